/**
 * The Docs advanced service (`Docs.Documents`) over the DocModel.
 *
 * Index rules of get() (UTF-16 code units, as the Docs API counts; each Thai vowel or tone mark is
 * one unit):
 * - content[0], the first section break: { endIndex: 1 } (no startIndex);
 * - a paragraph: text length + 1 (its '\n'); a soft line break ('\n' in the model, '\u000b' in the
 *   API) counts 1; a page break counts 1 (element { pageBreak }) before the paragraph's '\n';
 * - a later section break: 1;
 * - a table at s: table.startIndex = s; row 0 starts at s+1; each row occupies 1 index and then its
 *   cells; each cell occupies 1 index and then its paragraphs (first cell of row 0 at s+2, its first
 *   paragraph at s+3); a cell's endIndex = end of its last paragraph; a row's endIndex = its last
 *   cell's endIndex, which is the next row's startIndex; table.endIndex = last row's endIndex + 1.
 * An inline image is a paragraph element { inlineObjectElement } of one index (InlineObjectElement,
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#inlineobjectelement);
 * the document's inlineObjects map is not modelled.
 * Cells covered by a merge (mergedAway) keep their slot and their (empty) paragraph, with
 * tableCellStyle.columnSpan 1; the merge head has columnSpan N.
 *
 * batchUpdate applies the requests in order on a deep copy, each seeing the previous ones, and
 * commits only when all succeed (all-or-nothing). Errors read like Apps Script's:
 * 'API call to docs.documents.batchUpdate failed with error: Invalid requests[N].kind: reason'.
 * Supported kinds: pinTableHeaderRows, mergeTableCells (rowSpan 1 only: the model has no row
 * spans), updateTableColumnProperties, updateTableCellStyle (backgroundColor, contentAlignment),
 * updateTableRowStyle (preventOverflow; TableRowStyle, UpdateTableRowStyleRequest:
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#tablerowstyle,
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#updatetablerowstylerequest),
 * updateTableCellStyle paddings (TableCellStyle.paddingLeft…), updateTextStyle link.url (TextStyle.link,
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#textstyle), updateParagraphStyle
 * keepLinesTogether/keepWithNext (ParagraphStyle,
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#paragraphstyle),
 * updateTextStyle, updateParagraphStyle, deleteContentRange (text inside one paragraph, or a
 * section break with the newline before it), insertSectionBreak (NEXT_PAGE, at the start of a
 * body paragraph), updateSectionStyle (margins, flipPageOrientation), updateDocumentStyle
 * (pageSize, margins, documentFormat.documentMode). Anything else throws a 'stand-in:' error.
 *
 * Rules enforced as the API states them:
 * - updateTextStyle, updateParagraphStyle and deleteContentRange ranges may not reach the body's
 *   final newline: 'Index N must be less than the end index of the referenced segment, M.'
 *   (N is the request's endIndex here; Google's pages do not pin which index the message names).
 *   One bad request fails the whole batch.
 * - deleteContentRange may not delete "the newline character before a … SectionBreak without
 *   deleting the element" (DeleteContentRangeRequest,
 *   https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest).
 * - a batch that leaves the document over 1.02 million characters fails (doc-ops.ts checkDocSize).
 * - get needs the user to be able to open the Doc, batchUpdate to edit it (document-app.ts
 *   docAccess; the documents scope is not per file): 404 'Requested entity was not found.', 403
 *   'The caller does not have permission'.
 * Open behaviours are switched by ws.docsBehaviour: the style a new section starts with
 * (newSectionStyle), whether documentFormat.documentMode can be written (documentModeWritable),
 * the mode of a Doc that never set one (newDocumentMode).
 */
import type {
  Alignment,
  DocModel,
  ParagraphNode,
  SectionBreakNode,
  SectionStyle,
  TableCellNode,
  TableNode,
  TextRun,
  TextStyle,
} from './doc-model';
import { checkDocSize, deepCopy, newParagraph, normalizeRuns, paragraphLength, styleParagraphRange, type StylePatch } from './doc-ops';
import { docAccess } from './document-app';
import { wrap } from './proxy';
import type { DocsBehaviour, Workspace } from './workspace';

// ---------------------------------------------------------------- layout

export interface ParaPos {
  node: ParagraphNode;
  start: number;
  end: number;
  /** Index in doc.content for body paragraphs; null inside a table. */
  contentIndex: number | null;
}

export interface CellPos {
  node: TableCellNode;
  start: number;
  end: number;
  paragraphs: ParaPos[];
}

export interface TablePos {
  node: TableNode;
  start: number;
  end: number;
  contentIndex: number;
  rows: { start: number; end: number; cells: CellPos[] }[];
}

export interface SectionPos {
  node: SectionBreakNode;
  /** null for content[0]. */
  start: number | null;
  end: number;
  contentIndex: number;
}

export interface DocsLayout {
  paragraphs: ParaPos[];
  tables: TablePos[];
  sections: SectionPos[];
  /** Per doc.content entry, its [start, end). */
  nodes: { start: number; end: number }[];
  endIndex: number;
}

export function paragraphUnits(p: ParagraphNode): number {
  return p.runs.reduce((n, r) => n + r.text.length, 0) + (p.pageBreak ? 1 : 0) + 1;
}

export function docsLayout(doc: DocModel): DocsLayout {
  const out: DocsLayout = { paragraphs: [], tables: [], sections: [], nodes: [], endIndex: 1 };
  let idx = 0;
  doc.content.forEach((node, ci) => {
    if (node.type === 'sectionBreak') {
      const start = ci === 0 ? null : idx;
      idx = ci === 0 ? 1 : idx + 1;
      out.sections.push({ node, start, end: idx, contentIndex: ci });
      out.nodes.push({ start: start ?? 0, end: idx });
    } else if (node.type === 'paragraph') {
      const start = idx;
      idx += paragraphUnits(node);
      out.paragraphs.push({ node, start, end: idx, contentIndex: ci });
      out.nodes.push({ start, end: idx });
    } else {
      const start = idx;
      idx += 1;
      const rows: TablePos['rows'] = [];
      for (const row of node.rows) {
        const rs = idx;
        idx += 1;
        const cells: CellPos[] = [];
        for (const cell of row.cells) {
          const cs = idx;
          idx += 1;
          const paragraphs: ParaPos[] = [];
          for (const p of cell.paragraphs) {
            const ps = idx;
            idx += paragraphUnits(p);
            paragraphs.push({ node: p, start: ps, end: idx, contentIndex: null });
          }
          cells.push({ node: cell, start: cs, end: idx, paragraphs });
          out.paragraphs.push(...paragraphs);
        }
        rows.push({ start: rs, end: idx, cells });
      }
      idx += 1;
      out.tables.push({ node, start, end: idx, contentIndex: ci, rows });
      out.nodes.push({ start, end: idx });
    }
  });
  out.endIndex = idx;
  return out;
}

// ---------------------------------------------------------------- get()

type Json = Record<string, unknown>;

const pt = (magnitude: number): Json => ({ magnitude, unit: 'PT' });

function hexToRgb(hex: string): Json {
  const m = hex.match(/^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
  if (!m) return {};
  const c = (s: string): number => Math.round((parseInt(s, 16) / 255) * 10000) / 10000;
  return { red: c(m[1]), green: c(m[2]), blue: c(m[3]) };
}

function rgbToHex(rgb: unknown): string {
  const r = typeof rgb === 'object' && rgb !== null ? (rgb as Json) : {};
  const ch = (v: unknown): string =>
    Math.round(Math.max(0, Math.min(1, typeof v === 'number' ? v : 0)) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${ch(r.red)}${ch(r.green)}${ch(r.blue)}`;
}

function textStyleJson(s: TextStyle): Json {
  const o: Json = {};
  if (s.bold !== undefined) o.bold = s.bold;
  if (s.italic !== undefined) o.italic = s.italic;
  if (s.underline !== undefined) o.underline = s.underline;
  if (s.fontSize !== undefined) o.fontSize = pt(s.fontSize);
  if (s.fontFamily !== undefined) o.weightedFontFamily = { fontFamily: s.fontFamily, weight: 400 };
  if (s.foregroundColor !== undefined) o.foregroundColor = { color: { rgbColor: hexToRgb(s.foregroundColor) } };
  if (s.linkUrl !== undefined) o.link = { url: s.linkUrl };
  return o;
}

const ALIGN_API: Record<Alignment, string> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };
const ALIGN_MODEL: Record<string, Alignment> = { START: 'left', CENTER: 'center', END: 'right', JUSTIFIED: 'justify' };

function paragraphJson(pos: ParaPos): Json {
  const p = pos.node;
  const elements: Json[] = [];
  let i = pos.start;
  if (p.pageBreak) {
    elements.push({ startIndex: i, endIndex: i + 1, pageBreak: { textStyle: {} } });
    i += 1;
  }
  const runs: TextRun[] = p.runs.filter((r) => r.text !== '');
  if (runs.length === 0) runs.push({ text: '', style: p.runs[0]?.style ?? {} });
  runs.forEach((r, k) => {
    if (r.image) {
      // InlineObjectElement: one index; the paragraph's newline follows in a text run of its own.
      elements.push({
        startIndex: i,
        endIndex: i + 1,
        inlineObjectElement: { inlineObjectId: `kix.image${i}`, textStyle: textStyleJson(r.style) },
      });
      i += 1;
      if (k === runs.length - 1) {
        elements.push({ startIndex: i, endIndex: i + 1, textRun: { content: '\n', textStyle: textStyleJson(r.style) } });
        i += 1;
      }
      return;
    }
    const content = r.text.replace(/\n/g, '\u000b') + (k === runs.length - 1 ? '\n' : '');
    elements.push({ startIndex: i, endIndex: i + content.length, textRun: { content, textStyle: textStyleJson(r.style) } });
    i += content.length;
  });
  const ps: Json = { namedStyleType: 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' };
  if (p.alignment) ps.alignment = ALIGN_API[p.alignment];
  if (p.indentFirstLine !== undefined) ps.indentFirstLine = pt(p.indentFirstLine);
  if (p.indentStart !== undefined) ps.indentStart = pt(p.indentStart);
  if (p.spaceAbove !== undefined) ps.spaceAbove = pt(p.spaceAbove);
  if (p.spaceBelow !== undefined) ps.spaceBelow = pt(p.spaceBelow);
  if (p.lineSpacing !== undefined) ps.lineSpacing = Math.round(p.lineSpacing * 100);
  if (p.keepLinesTogether !== undefined) ps.keepLinesTogether = p.keepLinesTogether;
  if (p.keepWithNext !== undefined) ps.keepWithNext = p.keepWithNext;
  return { startIndex: pos.start, endIndex: pos.end, paragraph: { elements, paragraphStyle: ps } };
}

function sectionStyleJson(s: SectionStyle, first: boolean): Json {
  const o: Json = { sectionType: first ? 'CONTINUOUS' : 'NEXT_PAGE', columnSeparatorStyle: 'NONE', contentDirection: 'LEFT_TO_RIGHT' };
  if (s.marginTop !== undefined) o.marginTop = pt(s.marginTop);
  if (s.marginBottom !== undefined) o.marginBottom = pt(s.marginBottom);
  if (s.marginLeft !== undefined) o.marginLeft = pt(s.marginLeft);
  if (s.marginRight !== undefined) o.marginRight = pt(s.marginRight);
  if (s.flipPageOrientation !== undefined) o.flipPageOrientation = s.flipPageOrientation;
  return o;
}

/** The Docs API Document JSON for a DocModel (what Docs.Documents.get returns). */
export function docsApiDocument(
  doc: DocModel,
  newDocumentMode: DocsBehaviour['newDocumentMode'] = 'PAGES',
): GoogleAppsScript.Docs.Schema.Document {
  const lay = docsLayout(doc);
  const content: Json[] = [];
  let pi = 0;
  let ti = 0;
  let si = 0;
  for (const node of doc.content) {
    if (node.type === 'sectionBreak') {
      const s = lay.sections[si++];
      const el: Json = { endIndex: s.end, sectionBreak: { sectionStyle: sectionStyleJson(node.style, s.start === null) } };
      if (s.start !== null) el.startIndex = s.start;
      content.push(el);
    } else if (node.type === 'paragraph') {
      while (lay.paragraphs[pi].node !== node) pi++;
      content.push(paragraphJson(lay.paragraphs[pi++]));
    } else {
      const t = lay.tables[ti++];
      const cols = node.rows[0]?.cells.length ?? 0;
      content.push({
        startIndex: t.start,
        endIndex: t.end,
        table: {
          rows: node.rows.length,
          columns: cols,
          tableRows: t.rows.map((r, ri) => ({
            startIndex: r.start,
            endIndex: r.end,
            tableRowStyle: {
              minRowHeight: { unit: 'PT' },
              ...(ri < node.pinnedHeaderRows ? { tableHeader: true } : {}),
              ...(node.rows[ri].preventOverflow !== undefined ? { preventOverflow: node.rows[ri].preventOverflow } : {}),
            },
            tableCells: r.cells.map((c) => {
              const style: Json = {
                rowSpan: 1,
                columnSpan: c.node.mergedAway ? 1 : c.node.columnSpan,
                contentAlignment: (c.node.verticalAlignment ?? 'top').toUpperCase(),
              };
              if (c.node.backgroundColor) style.backgroundColor = { color: { rgbColor: hexToRgb(c.node.backgroundColor) } };
              for (const side of ['left', 'right', 'top', 'bottom'] as const) {
                const v = c.node.padding?.[side];
                if (v !== undefined) style[`padding${side[0].toUpperCase()}${side.slice(1)}`] = pt(v);
              }
              return { startIndex: c.start, endIndex: c.end, content: c.paragraphs.map(paragraphJson), tableCellStyle: style };
            }),
          })),
          tableStyle: {
            tableColumnProperties: Array.from({ length: cols }, (_, i) => {
              const w = node.columnWidths[i];
              return w === null || w === undefined ? { widthType: 'EVENLY_DISTRIBUTED' } : { widthType: 'FIXED_WIDTH', width: pt(w) };
            }),
          },
        },
      });
    }
  }
  const ds = doc.documentStyle;
  const out: Json = {
    documentId: doc.id,
    title: doc.name,
    revisionId: 'stand-in-revision',
    body: { content },
    documentStyle: {
      pageSize: { width: pt(ds.pageWidth), height: pt(ds.pageHeight) },
      marginTop: pt(ds.marginTop),
      marginBottom: pt(ds.marginBottom),
      marginLeft: pt(ds.marginLeft),
      marginRight: pt(ds.marginRight),
      marginHeader: pt(36),
      marginFooter: pt(36),
      pageNumberStart: 1,
      documentFormat: { documentMode: doc.documentMode ?? newDocumentMode },
    },
  };
  return out as GoogleAppsScript.Docs.Schema.Document;
}

// ---------------------------------------------------------------- batchUpdate

/** An API-level rejection of one request (becomes 'Invalid requests[N].kind: message'). */
class RequestError extends Error {}

function obj(v: unknown, what: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new RequestError(`${what} is required`);
  return v as Json;
}

function int(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new RequestError(`${what} must be an integer`);
  return v;
}

function dim(v: unknown, what: string): number {
  const d = obj(v, what);
  if (typeof d.magnitude !== 'number') throw new RequestError(`${what}.magnitude is required`);
  if (d.unit !== 'PT') throw new Error(`stand-in: ${what}.unit ${String(d.unit)} is not supported (use 'PT')`);
  return d.magnitude;
}

/** The field mask: '*' or a comma list; `has('pageSize')` is true for 'pageSize' and 'pageSize.width'. */
function fieldMask(v: unknown, allowed: string[], kind: string): (name: string) => boolean {
  if (typeof v !== 'string' || v.trim() === '')
    throw new RequestError("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
  if (v.trim() === '*') return () => true;
  const list = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const f of list) {
    if (!allowed.some((a) => f === a || f.startsWith(`${a}.`) || a.startsWith(`${f}.`)))
      throw new Error(`stand-in: ${kind} field '${f}' is not implemented`);
  }
  return (name) => list.some((f) => f === name || f.startsWith(`${name}.`) || name.startsWith(`${f}.`));
}

function tableAt(lay: DocsLayout, loc: unknown): TablePos {
  const l = obj(loc, 'tableStartLocation');
  if (l.segmentId !== undefined && l.segmentId !== '') throw new Error('stand-in: tables outside the body are not supported');
  const idx = int(l.index, 'tableStartLocation.index');
  const t = lay.tables.find((x) => x.start === idx);
  if (!t) throw new RequestError('The provided table start location is invalid.');
  return t;
}

function cellsOf(t: TablePos, range: unknown): { rows: number[]; cols: number[]; rowIndex: number; columnIndex: number } {
  const r = obj(range, 'tableRange');
  const loc = obj(r.tableCellLocation, 'tableRange.tableCellLocation');
  const rowIndex = loc.rowIndex === undefined ? 0 : int(loc.rowIndex, 'rowIndex');
  const columnIndex = loc.columnIndex === undefined ? 0 : int(loc.columnIndex, 'columnIndex');
  const rowSpan = int(r.rowSpan, 'tableRange.rowSpan');
  const columnSpan = int(r.columnSpan, 'tableRange.columnSpan');
  const nRows = t.node.rows.length;
  const nCols = t.node.rows[0]?.cells.length ?? 0;
  if (rowIndex < 0 || columnIndex < 0 || rowSpan < 1 || columnSpan < 1 || rowIndex + rowSpan > nRows || columnIndex + columnSpan > nCols) {
    throw new RequestError('The table range is invalid.');
  }
  const rows = Array.from({ length: rowSpan }, (_, i) => rowIndex + i);
  const cols = Array.from({ length: columnSpan }, (_, i) => columnIndex + i);
  return { rows, cols, rowIndex, columnIndex };
}

/**
 * A request's range. `mayReachEnd` only for section styles, whose pages state no such rule; text,
 * paragraph and delete ranges must stop before the body's final newline.
 */
function rangeOf(v: unknown, lay: DocsLayout, mayReachEnd = false): { s: number; e: number } {
  const r = obj(v, 'range');
  if (r.segmentId !== undefined && r.segmentId !== '') throw new Error('stand-in: ranges outside the body are not supported');
  const s = int(r.startIndex, 'range.startIndex');
  const e = int(r.endIndex, 'range.endIndex');
  if (s >= e) throw new RequestError('The range should not be empty.');
  if (s < 1 || e > lay.endIndex || (!mayReachEnd && e >= lay.endIndex))
    throw new RequestError(`Index ${e} must be less than the end index of the referenced segment, ${lay.endIndex}.`);
  return { s, e };
}

function isEmptyCell(c: TableCellNode): boolean {
  return c.paragraphs.every((p) => p.runs.every((r) => r.text === '') && !p.pageBreak);
}

type Handler = (doc: DocModel, req: Json, kind: string, behaviour: DocsBehaviour) => void;

const HANDLERS: Record<string, Handler> = {
  pinTableHeaderRows(doc, req) {
    const t = tableAt(docsLayout(doc), req.tableStartLocation);
    const n = int(req.pinnedHeaderRowsCount ?? 0, 'pinnedHeaderRowsCount');
    if (n < 0 || n > t.node.rows.length) throw new RequestError('The number of pinned header rows is invalid.');
    t.node.pinnedHeaderRows = n;
  },

  mergeTableCells(doc, req) {
    const range = obj(req.tableRange, 'tableRange');
    const t = tableAt(docsLayout(doc), obj(range.tableCellLocation, 'tableRange.tableCellLocation').tableStartLocation);
    const { rows, cols } = cellsOf(t, range);
    if (rows.length > 1) throw new Error('stand-in: mergeTableCells with rowSpan > 1 is not supported (the DocModel has no row spans)');
    const row = t.node.rows[rows[0]];
    const first = cols[0];
    const last = cols[cols.length - 1];
    // A merge that sticks out of the range on either side cannot be merged again partially.
    const headOf = (c: number): number => {
      let h = c;
      while (h > 0 && row.cells[h].mergedAway) h--;
      return h;
    };
    if (
      headOf(first) !== first ||
      (last + 1 < row.cells.length &&
        row.cells[last + 1].mergedAway &&
        headOf(last + 1) >= first &&
        headOf(last + 1) <= last &&
        headOf(last + 1) + row.cells[headOf(last + 1)].columnSpan - 1 > last)
    ) {
      throw new RequestError('The table range is invalid: it partially covers merged cells.');
    }
    const head = row.cells[first];
    for (const c of cols.slice(1)) {
      const cell = row.cells[c];
      if (!cell.mergedAway && !isEmptyCell(cell)) {
        if (isEmptyCell(head)) head.paragraphs = cell.paragraphs;
        else head.paragraphs.push(...cell.paragraphs);
      }
      cell.paragraphs = [newParagraph()];
      cell.mergedAway = true;
      cell.columnSpan = 1;
    }
    head.columnSpan = cols.length;
    head.mergedAway = false;
  },

  updateTableColumnProperties(doc, req, kind) {
    const t = tableAt(docsLayout(doc), req.tableStartLocation);
    const nCols = t.node.rows[0]?.cells.length ?? 0;
    const indices =
      Array.isArray(req.columnIndices) && req.columnIndices.length > 0
        ? req.columnIndices.map((v: unknown) => int(v, 'columnIndices[]'))
        : Array.from({ length: nCols }, (_, i) => i);
    for (const i of indices) if (i < 0 || i >= nCols) throw new RequestError(`The column index ${i} is invalid.`);
    const props = obj(req.tableColumnProperties, 'tableColumnProperties');
    const has = fieldMask(req.fields, ['width', 'widthType'], kind);
    while (t.node.columnWidths.length < nCols) t.node.columnWidths.push(null);
    for (const i of indices) {
      let w = t.node.columnWidths[i];
      if (has('widthType')) {
        if (props.widthType === 'EVENLY_DISTRIBUTED') w = null;
        else if (props.widthType !== 'FIXED_WIDTH') throw new RequestError(`Invalid widthType ${String(props.widthType)}.`);
      }
      if (has('width') && props.widthType !== 'EVENLY_DISTRIBUTED') {
        const mag = dim(props.width, 'tableColumnProperties.width');
        if (mag < 5) throw new RequestError('Column width must be at least 5 points.');
        w = mag;
      }
      t.node.columnWidths[i] = w;
    }
  },

  updateTableRowStyle(doc, req, kind) {
    const t = tableAt(docsLayout(doc), req.tableStartLocation);
    const n = t.node.rows.length;
    // "rowIndices: The list of zero-based row indices whose style should be updated. If no indices
    // are specified, all rows will be updated."
    const indices =
      Array.isArray(req.rowIndices) && req.rowIndices.length > 0
        ? req.rowIndices.map((v: unknown) => int(v, 'rowIndices[]'))
        : Array.from({ length: n }, (_, i) => i);
    for (const i of indices) if (i < 0 || i >= n) throw new RequestError(`The row index ${i} is invalid.`);
    const style = obj(req.tableRowStyle, 'tableRowStyle');
    const has = fieldMask(req.fields, ['preventOverflow'], kind);
    for (const i of indices) {
      if (!has('preventOverflow')) continue;
      if (style.preventOverflow === undefined) delete t.node.rows[i].preventOverflow;
      else if (typeof style.preventOverflow === 'boolean') t.node.rows[i].preventOverflow = style.preventOverflow;
      else throw new RequestError('tableRowStyle.preventOverflow must be a boolean');
    }
  },

  updateTableCellStyle(doc, req, kind) {
    const lay = docsLayout(doc);
    let targets: TableCellNode[];
    if (req.tableRange !== undefined) {
      const range = obj(req.tableRange, 'tableRange');
      const t = tableAt(lay, obj(range.tableCellLocation, 'tableRange.tableCellLocation').tableStartLocation);
      const { rows, cols } = cellsOf(t, range);
      targets = rows.flatMap((r) => cols.map((c) => t.node.rows[r].cells[c]));
    } else {
      const t = tableAt(lay, req.tableStartLocation);
      targets = t.node.rows.flatMap((r) => r.cells);
    }
    const style = obj(req.tableCellStyle, 'tableCellStyle');
    const has = fieldMask(
      req.fields,
      ['backgroundColor', 'contentAlignment', 'paddingLeft', 'paddingRight', 'paddingTop', 'paddingBottom'],
      kind,
    );
    for (const cell of targets) {
      for (const side of ['left', 'right', 'top', 'bottom'] as const) {
        const f = `padding${side[0].toUpperCase()}${side.slice(1)}`;
        if (!has(f)) continue;
        cell.padding = { ...cell.padding };
        if (style[f] === undefined) delete cell.padding[side];
        else {
          const v = dim(style[f], `tableCellStyle.${f}`);
          if (v < 0) throw new RequestError(`tableCellStyle.${f} must not be negative.`);
          cell.padding[side] = v;
        }
      }
      if (has('backgroundColor')) {
        const bg = style.backgroundColor === undefined ? undefined : obj(style.backgroundColor, 'backgroundColor').color;
        if (bg === undefined) delete cell.backgroundColor;
        else cell.backgroundColor = rgbToHex(obj(bg, 'backgroundColor.color').rgbColor);
      }
      if (has('contentAlignment')) {
        const a = style.contentAlignment;
        if (a === undefined || a === 'CONTENT_ALIGNMENT_UNSPECIFIED') delete cell.verticalAlignment;
        else if (a === 'TOP' || a === 'MIDDLE' || a === 'BOTTOM')
          cell.verticalAlignment = a.toLowerCase() as TableCellNode['verticalAlignment'];
        else throw new RequestError(`Invalid contentAlignment ${String(a)}.`);
      }
    }
  },

  updateTextStyle(doc, req, kind) {
    const lay = docsLayout(doc);
    const { s, e } = rangeOf(req.range, lay);
    const ts = obj(req.textStyle, 'textStyle');
    const has = fieldMask(req.fields, ['bold', 'italic', 'underline', 'fontSize', 'weightedFontFamily', 'foregroundColor', 'link'], kind);
    const patch: StylePatch = {};
    const bool = (k: 'bold' | 'italic' | 'underline'): void => {
      if (has(k)) patch[k] = ts[k] === undefined ? null : Boolean(ts[k]);
    };
    bool('bold');
    bool('italic');
    bool('underline');
    if (has('fontSize')) patch.fontSize = ts.fontSize === undefined ? null : dim(ts.fontSize, 'textStyle.fontSize');
    if (has('weightedFontFamily')) {
      const f = ts.weightedFontFamily === undefined ? undefined : obj(ts.weightedFontFamily, 'weightedFontFamily').fontFamily;
      patch.fontFamily = typeof f === 'string' ? f : null;
    }
    if (has('foregroundColor')) {
      const c = ts.foregroundColor === undefined ? undefined : obj(ts.foregroundColor, 'foregroundColor').color;
      patch.foregroundColor = c === undefined ? null : rgbToHex(obj(c, 'foregroundColor.color').rgbColor);
    }
    if (has('link')) {
      const url = ts.link === undefined ? undefined : obj(ts.link, 'textStyle.link').url;
      if (url !== undefined && typeof url !== 'string') throw new RequestError('textStyle.link.url must be a string');
      if (ts.link !== undefined && url === undefined) throw new Error('stand-in: links to bookmarks or headings are not implemented');
      patch.linkUrl = url ?? null;
    }
    // Like the API, the range may start and end inside paragraphs; the newline is not text.
    for (const p of lay.paragraphs) {
      if (p.end <= s || p.start >= e) continue;
      const from = Math.max(s, p.start) - p.start;
      const to = Math.min(e, p.end - 1) - p.start;
      if (to > from) styleParagraphRange(p.node, from, to, patch);
    }
  },

  updateParagraphStyle(doc, req, kind) {
    const lay = docsLayout(doc);
    const { s, e } = rangeOf(req.range, lay);
    const ps = obj(req.paragraphStyle, 'paragraphStyle');
    const has = fieldMask(
      req.fields,
      [
        'alignment',
        'indentFirstLine',
        'indentStart',
        'spaceAbove',
        'spaceBelow',
        'lineSpacing',
        'namedStyleType',
        'keepLinesTogether',
        'keepWithNext',
      ],
      kind,
    );
    if (has('namedStyleType') && ps.namedStyleType !== undefined && ps.namedStyleType !== 'NORMAL_TEXT') {
      throw new Error('stand-in: namedStyleType other than NORMAL_TEXT is not implemented');
    }
    let align: Alignment | undefined;
    if (has('alignment') && ps.alignment !== undefined) {
      align = ALIGN_MODEL[String(ps.alignment)];
      if (!align) throw new RequestError(`Invalid alignment ${String(ps.alignment)}.`);
    }
    const dims: [string, 'indentFirstLine' | 'indentStart' | 'spaceAbove' | 'spaceBelow'][] = [
      ['indentFirstLine', 'indentFirstLine'],
      ['indentStart', 'indentStart'],
      ['spaceAbove', 'spaceAbove'],
      ['spaceBelow', 'spaceBelow'],
    ];
    for (const p of lay.paragraphs) {
      if (p.end <= s || p.start >= e) continue;
      if (has('alignment')) {
        if (align) p.node.alignment = align;
        else delete p.node.alignment;
      }
      for (const [f, k] of dims) {
        if (!has(f)) continue;
        if (ps[f] === undefined) delete p.node[k];
        else p.node[k] = dim(ps[f], `paragraphStyle.${f}`);
      }
      for (const k of ['keepLinesTogether', 'keepWithNext'] as const) {
        if (!has(k)) continue;
        if (ps[k] === undefined) delete p.node[k];
        else if (typeof ps[k] === 'boolean') p.node[k] = ps[k];
        else throw new RequestError(`paragraphStyle.${k} must be a boolean`);
      }
      if (has('lineSpacing')) {
        if (ps.lineSpacing === undefined) delete p.node.lineSpacing;
        else if (typeof ps.lineSpacing === 'number') p.node.lineSpacing = ps.lineSpacing / 100;
        else throw new RequestError('lineSpacing must be a number');
      }
    }
  },

  deleteContentRange(doc, req) {
    const lay = docsLayout(doc);
    const { s, e } = rangeOf(req.range, lay);
    // A section break with the newline before it: the two paragraphs around the break merge.
    const sec = lay.sections.find((x) => x.start !== null && x.end === e);
    if (sec) {
      const before = lay.paragraphs.find((p) => p.contentIndex === sec.contentIndex - 1);
      const after = doc.content[sec.contentIndex + 1];
      if (!before || s !== before.end - 1)
        throw new Error('stand-in: deleteContentRange over a section break is only supported with the newline just before it');
      if (after?.type !== 'paragraph') throw new Error('stand-in: deleteContentRange of a section break needs a paragraph after it');
      before.node.runs.push(...after.runs);
      normalizeRuns(before.node);
      doc.content.splice(sec.contentIndex, 2);
      return;
    }
    const p = lay.paragraphs.find((x) => s >= x.start && e <= x.end);
    if (!p) throw new Error('stand-in: deleteContentRange across paragraphs or tables is not implemented');
    if (e === p.end) {
      const next = p.contentIndex === null ? undefined : doc.content[p.contentIndex + 1];
      if (next?.type === 'sectionBreak' || next?.type === 'table')
        throw new RequestError(
          'Invalid deletion range: the newline before a table or section break cannot be deleted without the element.',
        );
      throw new Error('stand-in: deleting a paragraph break is not implemented');
    }
    const from = s - p.start - (p.node.pageBreak ? 1 : 0);
    const to = e - p.start - (p.node.pageBreak ? 1 : 0);
    if (from < 0 || to > paragraphLength(p.node)) throw new Error('stand-in: deleting a page break is not implemented');
    let pos = 0;
    for (const r of p.node.runs) {
      const a = pos;
      pos += r.text.length;
      const cutFrom = Math.max(from, a) - a;
      const cutTo = Math.min(to, pos) - a;
      if (cutTo > cutFrom) r.text = r.text.slice(0, cutFrom) + r.text.slice(cutTo);
    }
    normalizeRuns(p.node);
  },

  insertSectionBreak(doc, req, _kind, behaviour) {
    if (req.endOfSegmentLocation !== undefined) throw new Error('stand-in: insertSectionBreak at endOfSegmentLocation is not implemented');
    const loc = obj(req.location, 'location');
    if (loc.segmentId !== undefined && loc.segmentId !== '') throw new RequestError('Section breaks can only be inserted inside the body.');
    const idx = int(loc.index, 'location.index');
    const type = req.sectionType ?? 'NEXT_PAGE';
    if (type !== 'NEXT_PAGE') throw new Error(`stand-in: sectionType ${String(type)} is not implemented (only NEXT_PAGE)`);
    const lay = docsLayout(doc);
    if (idx < 1 || idx >= lay.endIndex)
      throw new RequestError(`Index ${idx} must be less than the end index of the referenced segment, ${lay.endIndex}.`);
    if (lay.tables.some((t) => idx > t.start && idx < t.end)) {
      throw new RequestError('Section breaks cannot be inserted inside a table.');
    }
    const p = lay.paragraphs.find((x) => x.contentIndex !== null && x.start === idx);
    if (!p || p.contentIndex === null) throw new Error('stand-in: insertSectionBreak is only supported at the start of a body paragraph');
    // The section the paragraph is in: the last section break before it.
    let sec: SectionBreakNode | undefined;
    for (let i = p.contentIndex; i >= 0; i--) {
      const n = doc.content[i];
      if (n.type === 'sectionBreak') {
        sec = n;
        break;
      }
    }
    const emptyPara: ParagraphNode = { ...deepCopy(p.node), runs: [] };
    delete emptyPara.pageBreak;
    const brk: SectionBreakNode = {
      type: 'sectionBreak',
      style: behaviour.newSectionStyle === 'inherit' ? deepCopy(sec?.style ?? {}) : {},
    };
    doc.content.splice(p.contentIndex, 0, emptyPara, brk);
  },

  updateSectionStyle(doc, req, kind) {
    const lay = docsLayout(doc);
    const { s, e } = rangeOf(req.range, lay, true);
    const st = obj(req.sectionStyle, 'sectionStyle');
    const has = fieldMask(req.fields, ['marginTop', 'marginBottom', 'marginLeft', 'marginRight', 'flipPageOrientation'], kind);
    lay.sections.forEach((sec, i) => {
      const from = sec.start ?? 0;
      const to = lay.sections[i + 1]?.start ?? lay.endIndex;
      if (!(s < to && e > from)) return;
      for (const m of ['marginTop', 'marginBottom', 'marginLeft', 'marginRight'] as const) {
        if (!has(m)) continue;
        if (st[m] === undefined) delete sec.node.style[m];
        else sec.node.style[m] = dim(st[m], `sectionStyle.${m}`);
      }
      if (has('flipPageOrientation')) {
        if (st.flipPageOrientation === undefined) delete sec.node.style.flipPageOrientation;
        else sec.node.style.flipPageOrientation = Boolean(st.flipPageOrientation);
      }
    });
  },

  updateDocumentStyle(doc, req, kind, behaviour) {
    const ds = obj(req.documentStyle, 'documentStyle');
    const has = fieldMask(req.fields, ['pageSize', 'marginTop', 'marginBottom', 'marginLeft', 'marginRight', 'documentFormat'], kind);
    const style = doc.documentStyle;
    if (has('documentFormat.documentMode')) {
      if (!behaviour.documentModeWritable) throw new RequestError("Invalid field mask: 'documentFormat.documentMode' cannot be updated.");
      const mode = obj(ds.documentFormat, 'documentStyle.documentFormat').documentMode;
      if (mode !== 'PAGES' && mode !== 'PAGELESS') throw new RequestError(`Invalid documentMode ${String(mode)}.`);
      doc.documentMode = mode;
    }
    if (has('pageSize.width') || has('pageSize.height')) {
      const size = obj(ds.pageSize, 'documentStyle.pageSize');
      if (has('pageSize.width')) style.pageWidth = dim(size.width, 'pageSize.width');
      if (has('pageSize.height')) style.pageHeight = dim(size.height, 'pageSize.height');
    }
    for (const m of ['marginTop', 'marginBottom', 'marginLeft', 'marginRight'] as const) {
      if (has(m)) style[m] = dim(ds[m], `documentStyle.${m}`);
    }
  },
};

function apiError(method: string, message: string): Error {
  return new Error(`API call to docs.documents.${method} failed with error: ${message}`);
}

export class FakeDocumentsCollection implements Pick<
  GoogleAppsScript.Docs.Collection.DocumentsCollection,
  'get' | 'batchUpdate' | 'create'
> {
  /** Number of committed batchUpdate calls (the Docs API write quota counts these). */
  _writes = 0;
  constructor(readonly _ws: Workspace) {}
  _doc(method: string, id: unknown, need: 'read' | 'edit'): DocModel {
    const access = typeof id === 'string' ? docAccess(this._ws, id) : null;
    if (access === null) throw apiError(method, 'Requested entity was not found.');
    if (need === 'edit' && access !== 'edit') throw apiError(method, 'The caller does not have permission');
    return this._ws.data.docs[id as string];
  }
  get(documentId: string, _optionalArgs?: object): GoogleAppsScript.Docs.Schema.Document {
    return docsApiDocument(this._doc('get', documentId, 'read'), this._ws.docsBehaviour.newDocumentMode);
  }
  create(resource: GoogleAppsScript.Docs.Schema.Document): GoogleAppsScript.Docs.Schema.Document {
    throw new Error(`stand-in: Docs.Documents.create is not implemented (use DocumentApp.create) ${resource.title ?? ''}`);
  }
  batchUpdate(
    resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
    documentId: string,
  ): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const doc = this._doc('batchUpdate', documentId, 'edit');
    const res: unknown = resource;
    const requests = typeof res === 'object' && res !== null ? (res as Json).requests : undefined;
    if (!Array.isArray(requests)) throw apiError('batchUpdate', 'Invalid JSON payload received. Unknown or missing field "requests".');
    const copy = deepCopy(doc);
    requests.forEach((r: unknown, i: number) => {
      const req = typeof r === 'object' && r !== null ? (r as Json) : {};
      const kinds = Object.keys(req).filter((k) => req[k] !== undefined);
      if (kinds.length !== 1)
        throw apiError('batchUpdate', `Invalid requests[${i}]: a request must set exactly one kind (got ${kinds.length}).`);
      const kind = kinds[0];
      const handler = HANDLERS[kind];
      if (!handler) throw new Error(`stand-in: Docs.Documents.batchUpdate request kind '${kind}' is not implemented`);
      try {
        handler(copy, obj(req[kind], kind), kind, this._ws.docsBehaviour);
      } catch (e) {
        if (e instanceof RequestError) throw apiError('batchUpdate', `Invalid requests[${i}].${kind}: ${e.message}`);
        throw e;
      }
    });
    checkDocSize(copy);
    doc.content = copy.content;
    doc.documentStyle = copy.documentStyle;
    if (copy.documentMode) doc.documentMode = copy.documentMode;
    this._writes += 1;
    const f = this._ws.drive.files[doc.id];
    if (f) f.lastUpdated = this._ws.now();
    return {
      documentId: doc.id,
      replies: requests.map(() => ({})),
      writeControl: { requiredRevisionId: `stand-in-revision-${this._writes}` },
    };
  }
}

/** The `Docs` global: `Docs.Documents` counted as 'Docs.Documents.get' etc. */
export function makeDocsService(ws: Workspace): GoogleAppsScript.Docs {
  const documents = wrap(ws, 'Docs.Documents', new FakeDocumentsCollection(ws));
  const docs = wrap(ws, 'Docs', { Documents: documents });
  return docs as unknown as GoogleAppsScript.Docs;
}
