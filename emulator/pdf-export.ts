/**
 * What Document.getAs('application/pdf') hands out in the stand-in: not a real PDF renderer, but
 * a small byte string shaped like one (`%PDF-1.4`), that carries what a caller can compare —
 * the page count (an estimate from the Doc's sections, page sizes, margins and lines), each
 * page's MediaBox, and the Doc's text — so a second export of an unchanged Doc is identical and
 * a changed Doc (or page style) gives different bytes.
 *
 * Source: https://developers.google.com/apps-script/reference/document/document#getAs(String)
 * ("the contents of this object as a blob converted to the specified content type … 'application/pdf'
 * is also valid"; the blob's name gets the extension, e.g. "myfile.pdf").
 */
import { cellText, paragraphText, sectionsOf, type DocModel } from './doc-model';

/** Points per line of body text (16 pt Thai with its spacing). */
const LINE_PT = 24;

export function estimatePages(doc: DocModel): { width: number; height: number }[] {
  const pages: { width: number; height: number }[] = [];
  for (const section of sectionsOf(doc)) {
    const usable = Math.max(section.page.pageHeight - section.page.marginTop - section.page.marginBottom, LINE_PT);
    const perPage = Math.max(1, Math.floor(usable / LINE_PT));
    let lines = 0;
    for (const node of section.nodes) {
      if (node.type === 'paragraph') lines += Math.max(1, paragraphText(node).split('\n').length);
      else for (const row of node.rows) lines += Math.max(1, ...row.cells.map((c) => cellText(c).split('\n').length));
    }
    const n = Math.max(1, Math.ceil(lines / perPage));
    for (let i = 0; i < n; i++) pages.push({ width: section.page.pageWidth, height: section.page.pageHeight });
  }
  return pages;
}

/** The stand-in's PDF bytes as a latin1 string (the text part is UTF-8 encoded). */
export function renderFakePdf(doc: DocModel): string {
  const pages = estimatePages(doc);
  const text = doc.content
    .map((n) =>
      n.type === 'paragraph' ? paragraphText(n) : n.type === 'table' ? n.rows.map((r) => r.cells.map(cellText).join('\t')).join('\n') : '',
    )
    .join('\n');
  const lines = [
    '%PDF-1.4',
    `% stand-in export: /Count ${pages.length}`,
    ...pages.map((p, i) => `% page ${i + 1} /MediaBox [0 0 ${p.width} ${p.height}]`),
    Buffer.from(text, 'utf8').toString('latin1'),
    '%%EOF',
  ];
  return lines.join('\n');
}

/** The page count a stand-in PDF declares (for tests and the self-check's comparisons). */
export function fakePdfPageCount(bytes: string): number {
  const m = /\/Count (\d+)/.exec(bytes);
  return m ? Number(m[1]) : 0;
}
