/**
 * The edge that writes a report layout into a Google Doc. DocumentApp appends the content (one
 * call per paragraph block, one appendTable per table, whatever the number of rows); then one
 * Docs API batchUpdate styles it all — fonts, sizes, bold, alignment, indents — and adds what
 * DocumentApp cannot: the header row repeated on every page, section rows spanning the table,
 * column widths, the memo's portrait page. Styling this way costs no call per paragraph or row.
 *
 * It depends on nothing Google's pages leave open: whether appendParagraph turns '\n' into line
 * breaks or paragraphs (the styling step accepts both), whether Body.clear() keeps section breaks
 * (leftovers are deleted), which style a new section starts with (every section is styled in
 * full), whether a Doc is pageless (pages are asked for; a refusal becomes a warning).
 */
import { buildDocsRequests, leftoverSectionBreakDeletes, pagesModeRequest, type DocsDocument } from '../core/docs-requests';
import { DOC_TEXT } from '../core/labels';
import { PAGE, type LayoutTable, type ReportLayout } from '../core/report-layout';

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;

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

const STRUCTURE_FIELDS =
  'documentStyle.documentFormat,body.content(startIndex,endIndex,sectionBreak.sectionStyle.sectionType,paragraph.elements.textRun.content,' +
  'table.tableRows(startIndex,endIndex,tableCells(startIndex,endIndex,content(startIndex,endIndex,paragraph.elements(textRun.content,inlineObjectElement.inlineObjectId)))))';

/**
 * A batchUpdate refused because of its first request: "Invalid requests[0].kind: …" for a value
 * the API rejects, "Unknown name … at 'requests[0].update_document_style…'" for a field it does
 * not know.
 */
function refusedFirst(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return message.includes('requests[0]');
}

/** An image the layout places (the memo's ครุฑ), with its width / height ratio. */
export interface LayoutImage {
  blob: GoogleAppsScript.Base.Blob;
  aspect: number;
}

/** InlineImage sizes are integers "in pixels"; 96 pixels to the inch, 72 points. */
function pixelsOf(points: number): number {
  return Math.max(1, Math.round((points * 96) / 72));
}

function insertImage(table: GoogleAppsScript.Document.Table, block: LayoutTable, image: LayoutImage | undefined): void {
  const at = block.image;
  if (!at) return;
  if (!image) throw new Error('the layout places an image the writer was not given');
  const paragraph = table.getCell(at.row, at.column).getChild(0).asParagraph();
  const inline = paragraph.appendInlineImage(image.blob);
  const height = pixelsOf(at.height);
  inline.setHeight(height).setWidth(Math.max(1, Math.round(height * image.aspect)));
}

/**
 * Replaces the Doc's whole content with the layout. The Doc keeps its ID and URL. Returns
 * warnings for the user (in Thai) about what Google would not let the writer set. `image` is the
 * picture a table cell of the layout holds (the memo's ครุฑ), when it has one.
 */
export function writeReport(doc: Document, layout: ReportLayout, image?: LayoutImage): string[] {
  const warnings: string[] = [];
  const id = doc.getId();
  const body = doc.getBody();
  body.clear();
  setPage(body, layout);

  let first = true;
  for (const block of layout.sections.flatMap((s) => s.blocks)) {
    if (block.kind === 'paragraph') {
      const text = block.runs.map((r) => r.text).join('');
      // clear() leaves one empty paragraph: the first block reuses it instead of leaving a gap.
      if (first) body.getParagraphs()[0].setText(text);
      else body.appendParagraph(text);
    } else {
      const table = body.appendTable(cellsOf(block));
      if (!block.borders) table.setBorderWidth(0);
      insertImage(table, block, image);
    }
    first = false;
  }
  doc.saveAndClose();

  // DocumentApp's edits are saved; the Docs API now sees the structure with its indexes.
  const docsApi = Docs?.Documents;
  if (!docsApi) throw new Error('Docs advanced service is not enabled (appsscript.json dependencies)');
  let structure = docsApi.get(id, { fields: STRUCTURE_FIELDS }) as DocsDocument;
  // Section breaks Body.clear() may have left (an earlier memo's): gone before anything is styled.
  const leftovers = leftoverSectionBreakDeletes(structure);
  if (leftovers.length) {
    docsApi.batchUpdate({ requests: leftovers as GoogleAppsScript.Docs.Schema.Request[] }, id);
    structure = docsApi.get(id, { fields: STRUCTURE_FIELDS }) as DocsDocument;
  }
  const requests = buildDocsRequests(layout, structure);
  const pages = pagesModeRequest(structure);
  if (pages) {
    try {
      docsApi.batchUpdate({ requests: [pages, ...requests] as GoogleAppsScript.Docs.Schema.Request[] }, id);
      return warnings;
    } catch (e) {
      // A batch applies all or nothing: refused for the mode alone, the rest is sent again.
      if (!refusedFirst(e)) throw e;
      warnings.push(DOC_TEXT.pageless);
    }
  }
  if (requests.length) docsApi.batchUpdate({ requests: requests as GoogleAppsScript.Docs.Schema.Request[] }, id);
  return warnings;
}
