/**
 * The part of the report's look DocumentApp cannot set — header row repeated on every page,
 * section rows spanning the table, fixed column widths, a portrait memo page before landscape
 * tables — as one Docs API batchUpdate, built from the layout and the document's structure
 * (Docs.Documents.get). Pure: plain data in, plain data out.
 */
import {
  CELL_PADDING,
  CELL_PADDING_V,
  type LayoutBlock,
  type LayoutParagraph,
  type LayoutTable,
  type Margins,
  type ReportLayout,
} from './report-layout';

// The subset of the Docs API JSON this module reads.
export interface DocsElement {
  startIndex?: number;
  endIndex?: number;
  paragraph?: { elements?: { textRun?: { content?: string }; inlineObjectElement?: { inlineObjectId?: string } }[] };
  table?: { rows?: number; columns?: number; tableRows?: DocsTableRow[] };
  sectionBreak?: object;
}
export interface DocsTableRow {
  startIndex?: number;
  endIndex?: number;
  tableCells?: { startIndex?: number; endIndex?: number; content?: DocsElement[] }[];
}
export interface DocsDocument {
  body?: { content?: DocsElement[] };
  documentStyle?: { documentFormat?: { documentMode?: string } };
}

interface Location {
  index: number;
}
interface Range {
  startIndex: number;
  endIndex: number;
}
interface Dimension {
  magnitude: number;
  unit: 'PT';
}
interface TableRange {
  tableCellLocation: { tableStartLocation: Location; rowIndex: number; columnIndex: number };
  rowSpan: number;
  columnSpan: number;
}

/** The requests this add-on sends. pinTableHeaderRows and flipPageOrientation postdate @types. */
export type DocsRequest =
  | {
      updateTextStyle: {
        range: Range;
        textStyle: { bold?: boolean; fontSize?: Dimension; weightedFontFamily?: { fontFamily: string }; link?: { url: string } };
        fields: string;
      };
    }
  | {
      updateTableRowStyle: {
        tableStartLocation: Location;
        rowIndices: number[];
        tableRowStyle: { preventOverflow: boolean };
        fields: 'preventOverflow';
      };
    }
  | {
      updateParagraphStyle: {
        range: Range;
        paragraphStyle: {
          alignment?: DocsAlignment;
          indentFirstLine?: Dimension;
          indentStart?: Dimension;
          spaceAbove?: Dimension;
          spaceBelow?: Dimension;
          lineSpacing?: number;
          keepLinesTogether?: boolean;
          keepWithNext?: boolean;
        };
        fields: string;
      };
    }
  | {
      updateTableCellStyle: {
        tableRange: TableRange;
        tableCellStyle: {
          backgroundColor?: { color: { rgbColor: { red: number; green: number; blue: number } } };
          contentAlignment?: 'TOP' | 'MIDDLE' | 'BOTTOM';
        };
        fields: string;
      };
    }
  | {
      updateTableCellStyle: {
        tableStartLocation: Location;
        tableCellStyle: { paddingLeft: Dimension; paddingRight: Dimension; paddingTop: Dimension; paddingBottom: Dimension };
        fields: 'paddingLeft,paddingRight,paddingTop,paddingBottom';
      };
    }
  | {
      updateTableColumnProperties: {
        tableStartLocation: Location;
        columnIndices: number[];
        tableColumnProperties: { widthType: 'FIXED_WIDTH'; width: Dimension };
        fields: 'width,widthType';
      };
    }
  | { pinTableHeaderRows: { tableStartLocation: Location; pinnedHeaderRowsCount: number } }
  | { deleteContentRange: { range: Range } }
  | { updateDocumentStyle: { documentStyle: { documentFormat: { documentMode: 'PAGES' } }; fields: 'documentFormat.documentMode' } }
  | { mergeTableCells: { tableRange: TableRange } }
  | { insertSectionBreak: { location: Location; sectionType: 'NEXT_PAGE' } }
  | {
      updateSectionStyle: {
        range: Range;
        sectionStyle: {
          flipPageOrientation: boolean;
          marginTop: Dimension;
          marginBottom: Dimension;
          marginLeft: Dimension;
          marginRight: Dimension;
        };
        fields: string;
      };
    };

type DocsAlignment = 'START' | 'CENTER' | 'END' | 'JUSTIFIED';
const ALIGNMENT: Record<LayoutParagraph['align'], DocsAlignment> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };

const HEADER_GREY = { red: 0.9, green: 0.9, blue: 0.9 };
const SECTION_GREY = { red: 0.95, green: 0.95, blue: 0.95 };

function pt(n: number): Dimension {
  return { magnitude: n, unit: 'PT' };
}

/** A paragraph's text as the layout wrote it (the API shows soft line breaks as \u000b). */
function paragraphText(e: DocsElement): string {
  return (e.paragraph?.elements ?? [])
    .map((x) => x.textRun?.content ?? '')
    .join('')
    .replace(/\n$/, '')
    .split('\u000b')
    .join('\n');
}

function cellRange(cell: { content?: DocsElement[] }): Range | null {
  const content = cell.content ?? [];
  if (!content.length) return null;
  const start = content[0].startIndex;
  const end = content[content.length - 1].endIndex;
  return start === undefined || end === undefined ? null : { startIndex: start, endIndex: end };
}

function rowRanges(row: DocsTableRow): Range[] {
  return (row.tableCells ?? []).map(cellRange).filter((r): r is Range => r !== null);
}

export class DocStructureError extends Error {}

interface PlacedTable {
  block: LayoutTable;
  element: DocsElement;
}

interface PlacedParagraph {
  block: LayoutParagraph;
  /** Document range of the block: one paragraph, or several when '\n' became paragraph breaks. */
  start: number;
  end: number;
}

/**
 * Pairs each layout block with its place in the document. The writer appended the blocks in
 * order, and DocumentApp leaves one empty paragraph after every table, which is skipped. A block
 * whose text holds '\n' may come back as one paragraph with line breaks or as several paragraphs
 * (either way each '\n' is one index), so consecutive paragraphs are joined until the text
 * matches. Each block's text is checked: a mismatch fails loudly instead of styling the wrong text.
 */
function placeBlocks(layout: ReportLayout, content: DocsElement[]): { paragraphs: PlacedParagraph[]; tables: PlacedTable[] } {
  const elements = content.filter((e) => e.paragraph || e.table);
  const paragraphs: PlacedParagraph[] = [];
  const tables: PlacedTable[] = [];
  const blocks: LayoutBlock[] = layout.sections.flatMap((s) => s.blocks);
  // A document opening with a table (the memo's head row) keeps the empty paragraph Body.clear() leaves.
  let at = blocks[0]?.kind === 'table' && elements[0]?.paragraph && paragraphText(elements[0]) === '' && elements[1]?.table ? 1 : 0;
  for (const block of blocks) {
    const element = elements[at];
    if (block.kind === 'paragraph') {
      const wanted = block.runs.map((r) => r.text).join('');
      let text = element?.paragraph ? paragraphText(element) : null;
      let last = at;
      while (text !== null && text !== wanted && wanted.startsWith(`${text}\n`) && elements[last + 1]?.paragraph) {
        last += 1;
        text = `${text}\n${paragraphText(elements[last])}`;
      }
      if (text !== wanted) throw new DocStructureError(`paragraph ${at} is not "${wanted.slice(0, 40)}"`);
      const start = element.startIndex ?? 0;
      paragraphs.push({ block, start, end: elements[last].endIndex ?? start + 1 });
      at = last + 1;
    } else {
      if (!element?.table) throw new DocStructureError(`element ${at} is not a table`);
      tables.push({ block, element });
      at += elements[at + 1]?.paragraph && paragraphText(elements[at + 1]) === '' ? 2 : 1;
    }
  }
  return { paragraphs, tables };
}

/**
 * `segmentEnd` is the body's end index: a range may not reach the body's final newline ("Index N
 * must be less than the end index of the referenced segment"), and one such range fails the whole
 * batchUpdate. A paragraph style still reaches every paragraph the range touches, so the last
 * paragraph's range stops before its newline; an empty last paragraph has nothing left to style.
 */
function paragraphRequests({ block, start, end }: PlacedParagraph, segmentEnd: number): DocsRequest[] {
  const styleEnd = Math.min(end, segmentEnd - 1);
  if (styleEnd <= start) return [];
  const indentStart = block.indentStart ?? 0;
  const out: DocsRequest[] = [
    {
      updateParagraphStyle: {
        range: { startIndex: start, endIndex: styleEnd },
        paragraphStyle: {
          alignment: ALIGNMENT[block.align],
          // The Docs API measures the first line from the margin, not from the start indent.
          indentFirstLine: pt(indentStart + (block.indentFirstLine ?? 0)),
          indentStart: pt(indentStart),
          spaceAbove: pt(block.spaceBefore ?? 0),
          spaceBelow: pt(block.spaceAfter ?? 0),
          lineSpacing: 100,
          keepLinesTogether: block.keepTogether ?? false,
          keepWithNext: block.keepWithNext ?? false,
        },
        fields: 'alignment,indentFirstLine,indentStart,spaceAbove,spaceBelow,lineSpacing,keepLinesTogether,keepWithNext',
      },
    },
  ];
  if (end - 1 <= start) return out;
  if (block.size)
    out.push({
      updateTextStyle: { range: { startIndex: start, endIndex: end - 1 }, textStyle: { fontSize: pt(block.size) }, fields: 'fontSize' },
    });
  let at = start;
  for (const run of block.runs) {
    if (run.bold && run.text.length)
      out.push({
        updateTextStyle: { range: { startIndex: at, endIndex: at + run.text.length }, textStyle: { bold: true }, fields: 'bold' },
      });
    if (run.size && run.text.length)
      out.push({
        updateTextStyle: {
          range: { startIndex: at, endIndex: at + run.text.length },
          textStyle: { fontSize: pt(run.size) },
          fields: 'fontSize',
        },
      });
    at += run.text.length;
  }
  return out;
}

function tableRequests({ block, element }: PlacedTable): { styles: DocsRequest[]; structure: DocsRequest[] } {
  const start: Location = { index: element.startIndex ?? 0 };
  const rows = element.table?.tableRows ?? [];
  const columns = block.widths.length;
  const styles: DocsRequest[] = [];
  const structure: DocsRequest[] = [];
  const bold = (range: Range): DocsRequest => ({ updateTextStyle: { range, textStyle: { bold: true }, fields: 'bold' } });
  const center = (range: Range): DocsRequest => ({
    updateParagraphStyle: { range, paragraphStyle: { alignment: 'CENTER' }, fields: 'alignment' },
  });
  const shade = (rowIndex: number, rgb: typeof HEADER_GREY, middle: boolean): DocsRequest => ({
    updateTableCellStyle: {
      tableRange: { tableCellLocation: { tableStartLocation: start, rowIndex, columnIndex: 0 }, rowSpan: 1, columnSpan: columns },
      tableCellStyle: { backgroundColor: { color: { rgbColor: rgb } }, ...(middle ? { contentAlignment: 'MIDDLE' as const } : {}) },
      fields: middle ? 'backgroundColor,contentAlignment' : 'backgroundColor',
    },
  });

  const image = block.image;
  const imageCell = image ? rows[image.row]?.tableCells?.[image.column] : undefined;
  if (image) {
    // The writer inserted the image; a cell without it means the Doc is not the one just written.
    const holds = (imageCell?.content ?? []).some((e) => (e.paragraph?.elements ?? []).some((x) => x.inlineObjectElement));
    if (!holds) throw new DocStructureError(`table cell ${image.row},${image.column} has no image`);
    // The title sits on the image's baseline side: the row's cells are aligned to the bottom.
    structure.push({
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: { tableStartLocation: start, rowIndex: image.row, columnIndex: 0 },
          rowSpan: 1,
          columnSpan: columns,
        },
        tableCellStyle: { contentAlignment: 'BOTTOM' },
        fields: 'contentAlignment',
      },
    });
  }
  const bodyOffset = block.header ? 1 : 0;
  if (block.header && rows[0]) {
    for (const r of rowRanges(rows[0])) styles.push(bold(r), center(r));
    structure.push(shade(0, HEADER_GREY, true));
  }
  // The image's cell keeps its start alignment (the ครุฑ at the margin).
  if (block.align === 'center')
    for (const row of rows)
      for (const cell of row.tableCells ?? []) {
        const r = cell === imageCell ? null : cellRange(cell);
        if (r) styles.push(center(r));
      }
  block.widths.forEach((w, i) =>
    structure.push({
      updateTableColumnProperties: {
        tableStartLocation: start,
        columnIndices: [i],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(w) },
        fields: 'width,widthType',
      },
    }),
  );
  if (block.header) structure.push({ pinTableHeaderRows: { tableStartLocation: start, pinnedHeaderRowsCount: 1 } });

  // The Doc's cell padding, set rather than left to the editor's default, so widths and the
  // preview's page breaks are computed with what the Doc uses.
  structure.push({
    updateTableCellStyle: {
      tableStartLocation: start,
      tableCellStyle: {
        paddingLeft: pt(block.padding ?? CELL_PADDING),
        paddingRight: pt(block.padding ?? CELL_PADDING),
        paddingTop: pt(CELL_PADDING_V),
        paddingBottom: pt(CELL_PADDING_V),
      },
      fields: 'paddingLeft,paddingRight,paddingTop,paddingBottom',
    },
  });
  if (block.keepRows?.length)
    styles.push({
      updateTableRowStyle: {
        tableStartLocation: start,
        rowIndices: block.keepRows.map((i) => i + bodyOffset),
        tableRowStyle: { preventOverflow: true },
        fields: 'preventOverflow',
      },
    });

  const sectionRows = block.rows.map((r, i) => (r.kind === 'section' ? i + bodyOffset : -1)).filter((i) => i >= 0);
  for (const rowIndex of sectionRows) {
    const first = rows[rowIndex]?.tableCells?.[0];
    const range = first ? cellRange(first) : null;
    if (range) {
      styles.push(bold(range));
      // Best effort: whether keep-with-next holds a table row to the next is not documented.
      styles.push({ updateParagraphStyle: { range, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' } });
    }
    structure.push(shade(rowIndex, SECTION_GREY, false));
  }
  // Label cells (the memo's ที่ | วันที่): the first word bold at the label size.
  if (block.labelSize)
    for (const row of rows)
      for (const cell of row.tableCells ?? []) {
        const e = cell.content?.[0];
        const text = e ? paragraphText(e) : '';
        const label = text.split(' ')[0];
        if (!e || e.startIndex === undefined || !label) continue;
        const range = { startIndex: e.startIndex, endIndex: e.startIndex + label.length };
        styles.push(bold(range), { updateTextStyle: { range, textStyle: { fontSize: pt(block.labelSize) }, fields: 'fontSize' } });
      }
  // URLs are links; the visible text keeps its zero-width spaces, the link does not.
  for (const row of rows) for (const cell of row.tableCells ?? []) for (const e of cell.content ?? []) styles.push(...linkRequests(e));
  // Merging moves text between cells; go bottom-up so earlier rows keep their indexes.
  for (const rowIndex of [...sectionRows].reverse()) {
    if (columns > 1) {
      structure.push({
        mergeTableCells: {
          tableRange: { tableCellLocation: { tableStartLocation: start, rowIndex, columnIndex: 0 }, rowSpan: 1, columnSpan: columns },
        },
      });
    }
  }
  return { styles, structure };
}

/** Links for the URLs in a paragraph (text with zero-width spaces after '/'), ranges in the Doc. */
export function linkRequests(e: DocsElement): DocsRequest[] {
  if (!e.paragraph || e.startIndex === undefined) return [];
  const text = (e.paragraph.elements ?? []).map((x) => x.textRun?.content ?? '').join('');
  const out: DocsRequest[] = [];
  for (const m of text.matchAll(/https?:[^\s]+/g)) {
    const visible = m[0].replace(/[).,;:]+$/u, '');
    const url = visible.replace(/\u200b/g, '');
    const startIndex = e.startIndex + (m.index ?? 0);
    out.push({
      updateTextStyle: { range: { startIndex, endIndex: startIndex + visible.length }, textStyle: { link: { url } }, fields: 'link' },
    });
  }
  return out;
}

/** The style of the section that holds `at` (the first section: index 1), set in full. */
function sectionStyle(orientationFlip: boolean, m: Margins, at = 1): DocsRequest {
  return {
    updateSectionStyle: {
      range: { startIndex: at, endIndex: at + 1 },
      sectionStyle: {
        flipPageOrientation: orientationFlip,
        marginTop: pt(m.top),
        marginBottom: pt(m.bottom),
        marginLeft: pt(m.left),
        marginRight: pt(m.right),
      },
      fields: 'flipPageOrientation,marginTop,marginBottom,marginLeft,marginRight',
    },
  };
}

/**
 * Requests in an order where each one's indexes are still right when it runs: text and paragraph
 * styles first (they move nothing), then table structure from the last table to the first, then
 * the section break before the report (which shifts everything after it) and the memo's page.
 */
export function buildDocsRequests(layout: ReportLayout, doc: DocsDocument): DocsRequest[] {
  const content = doc.body?.content ?? [];
  const placed = placeBlocks(layout, content);
  const perTable = placed.tables.map(tableRequests);
  const bodyEnd = content.length ? (content[content.length - 1].endIndex ?? 2) : 2;
  const requests: DocsRequest[] = [
    // The base font for everything; paragraph and table styles below override it.
    ...(bodyEnd - 1 > 1
      ? [
          {
            updateTextStyle: {
              range: { startIndex: 1, endIndex: bodyEnd - 1 },
              textStyle: { bold: false, fontSize: pt(layout.baseSize), weightedFontFamily: { fontFamily: layout.font } },
              fields: 'bold,fontSize,weightedFontFamily',
            },
          },
        ]
      : []),
    ...placed.paragraphs.flatMap((p) => paragraphRequests(p, bodyEnd)),
    ...perTable.flatMap((t) => t.styles),
    ...[...perTable].reverse().flatMap((t) => t.structure),
  ];

  if (layout.sections.length > 2) throw new DocStructureError('at most two sections (memo, report) are supported');
  // A regenerated Doc keeps its first section's style (and a new section break inherits it), so
  // the first section is first reset to the report's page, memo or not.
  const main = layout.sections[layout.sections.length - 1];
  requests.push(sectionStyle(false, main.margins));
  if (layout.sections.length === 2) {
    const [memo, report] = layout.sections;
    const firstBlock = report.blocks[0];
    if (!firstBlock || firstBlock.kind !== 'paragraph') throw new DocStructureError('the report section must start with a paragraph');
    const target = placed.paragraphs.find((p) => p.block === firstBlock);
    if (!target) throw new DocStructureError('report title paragraph not found');
    requests.push({ insertSectionBreak: { location: { index: target.start }, sectionType: 'NEXT_PAGE' } });
    // Which style a new section starts with is not documented: the report's section (after the
    // newline and the break the insertion added) is styled explicitly, like the memo's.
    requests.push(sectionStyle(false, report.margins, target.start + 2));
    requests.push(sectionStyle(memo.orientation !== report.orientation, memo.margins));
  }
  return requests;
}

/**
 * Section breaks other than the document's first, in a Doc the writer has just cleared and
 * filled: whether Body.clear() removes them is not documented, and one left behind would start
 * the report on a page of its own with an old section's style. Each is deleted with the newline
 * before it (the API refuses that newline alone), last first so earlier indexes hold.
 */
export function leftoverSectionBreakDeletes(doc: DocsDocument): DocsRequest[] {
  const content = doc.body?.content ?? [];
  const out: DocsRequest[] = [];
  content.forEach((e, i) => {
    if (!e.sectionBreak || i === 0) return;
    const before = content[i - 1];
    if (!before?.paragraph || e.startIndex === undefined || e.endIndex === undefined)
      throw new DocStructureError(`section break at ${String(e.startIndex)} does not follow a paragraph`);
    out.push({ deleteContentRange: { range: { startIndex: e.startIndex - 1, endIndex: e.endIndex } } });
  });
  return out.reverse();
}

/** A pageless Doc ignores page size, margins and orientation: ask for pages (null when it has them). */
export function pagesModeRequest(doc: DocsDocument): DocsRequest | null {
  if (doc.documentStyle?.documentFormat?.documentMode !== 'PAGELESS') return null;
  return { updateDocumentStyle: { documentStyle: { documentFormat: { documentMode: 'PAGES' } }, fields: 'documentFormat.documentMode' } };
}
