/**
 * The edge that writes a report layout into a Google Doc. DocumentApp builds the content with a
 * constant number of calls (one appendTable per table, styles by whole body/table/paragraph);
 * one Docs API batchUpdate adds what DocumentApp cannot (repeated header row, merged section
 * rows, column widths, the memo's portrait page).
 */
import { buildDocsRequests, type DocsDocument } from '../core/docs-requests';
import { PAGE, type LayoutParagraph, type LayoutTable, type ReportLayout } from '../core/report-layout';

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;

const ALIGN: Record<LayoutParagraph['align'], GoogleAppsScript.Document.HorizontalAlignment> = {
  get left() { return DocumentApp.HorizontalAlignment.LEFT; },
  get center() { return DocumentApp.HorizontalAlignment.CENTER; },
  get right() { return DocumentApp.HorizontalAlignment.RIGHT; },
  get justify() { return DocumentApp.HorizontalAlignment.JUSTIFY; },
};

type Attributes = Record<string, string | number | boolean | GoogleAppsScript.Document.HorizontalAlignment>;

function paragraphAttributes(p: LayoutParagraph): Attributes {
  const A = DocumentApp.Attribute;
  const attrs: Attributes = { [A.HORIZONTAL_ALIGNMENT]: ALIGN[p.align], [A.LINE_SPACING]: 1 };
  if (p.size) attrs[A.FONT_SIZE] = p.size;
  attrs[A.INDENT_FIRST_LINE] = (p.indentStart ?? 0) + (p.indentFirstLine ?? 0);
  attrs[A.INDENT_START] = p.indentStart ?? 0;
  attrs[A.SPACING_BEFORE] = p.spaceBefore ?? 0;
  attrs[A.SPACING_AFTER] = p.spaceAfter ?? 0;
  if (p.runs.every((r) => r.bold)) attrs[A.BOLD] = true;
  return attrs;
}

function cellsOf(t: LayoutTable): string[][] {
  const columns = t.widths.length;
  const rows = t.rows.map((r) => (r.kind === 'section' ? [r.text, ...Array<string>(columns - 1).fill('')] : r.cells));
  return t.header ? [t.header, ...rows] : rows;
}

function setPage(body: Body, layout: ReportLayout): void {
  // The document's page is the last section's (the report); an earlier memo section is flipped
  // to portrait by the Docs API step.
  const main = layout.sections[layout.sections.length - 1];
  const landscape = main.orientation === 'landscape';
  const A = DocumentApp.Attribute;
  body.setAttributes({
    [A.PAGE_WIDTH]: landscape ? PAGE.a4Long : PAGE.a4Short,
    [A.PAGE_HEIGHT]: landscape ? PAGE.a4Short : PAGE.a4Long,
    [A.MARGIN_TOP]: main.margins.top,
    [A.MARGIN_BOTTOM]: main.margins.bottom,
    [A.MARGIN_LEFT]: main.margins.left,
    [A.MARGIN_RIGHT]: main.margins.right,
  });
}

/** Replaces the Doc's whole content with the layout. The Doc keeps its ID and URL. */
export function writeReport(doc: Document, layout: ReportLayout): void {
  const id = doc.getId();
  const body = doc.getBody();
  body.clear();
  setPage(body, layout);

  const paragraphs: { p: GoogleAppsScript.Document.Paragraph; block: LayoutParagraph }[] = [];
  const tables: { t: GoogleAppsScript.Document.Table; block: LayoutTable }[] = [];
  let first = true;
  for (const block of layout.sections.flatMap((s) => s.blocks)) {
    if (block.kind === 'paragraph') {
      const text = block.runs.map((r) => r.text).join('');
      // clear() leaves one empty paragraph: the first block reuses it instead of leaving a gap.
      let p: GoogleAppsScript.Document.Paragraph;
      if (first) {
        p = body.getParagraphs()[0];
        p.setText(text);
      } else {
        p = body.appendParagraph(text);
      }
      paragraphs.push({ p, block });
    } else {
      tables.push({ t: body.appendTable(cellsOf(block)), block });
    }
    first = false;
  }

  // Base font for everything first; paragraph and table settings then override it.
  const all = body.editAsText();
  all.setFontFamily(layout.font);
  all.setFontSize(layout.baseSize);
  all.setBold(false);
  for (const { p, block } of paragraphs) {
    p.setAttributes(paragraphAttributes(block));
    if (!block.runs.every((r) => r.bold)) {
      let at = 0;
      const text = block.runs.some((r) => r.bold) ? p.editAsText() : null;
      for (const run of block.runs) {
        if (run.bold && text && run.text.length) text.setBold(at, at + run.text.length - 1, true);
        at += run.text.length;
      }
    }
  }
  for (const { t, block } of tables) {
    if (!block.borders) t.setBorderWidth(0);
  }
  doc.saveAndClose();

  // DocumentApp's edits are saved; the Docs API now sees the structure with its indexes.
  const docsApi = Docs?.Documents;
  if (!docsApi) throw new Error('Docs advanced service is not enabled (appsscript.json dependencies)');
  const structure = docsApi.get(id, {
    fields: 'body.content(startIndex,endIndex,paragraph.elements.textRun.content,table.tableRows(startIndex,endIndex,tableCells(startIndex,endIndex,content(startIndex,endIndex))))',
  }) as DocsDocument;
  const requests = buildDocsRequests(layout, structure);
  if (requests.length) {
    docsApi.batchUpdate({ requests: requests as GoogleAppsScript.Docs.Schema.Request[] }, id);
  }
}
