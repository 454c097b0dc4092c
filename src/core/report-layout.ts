/**
 * Report content → layout: the document as data (sections, paragraphs, tables, sizes, bold,
 * alignment), with Thai digits applied. The Doc writer turns this into Apps Script calls; nothing
 * about the report's look is decided anywhere else.
 */
import { fitColumns, measureText, thaiWordSplitter, type WordSplitter } from './column-widths';
import { docSafeText } from './doc-text';
import { REPORT } from './labels';
import type { ReportContent } from './report-content';
import type { Signatory } from './model';
import { COLUMN_LIMITS_CM, type ColumnKey } from './presets';
import { thaiDigitsInText } from './thai';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface LayoutRun {
  text: string;
  bold?: boolean;
  /** Points; the paragraph's size when absent (the memo's labels are larger than its text). */
  size?: number;
}

export interface LayoutParagraph {
  kind: 'paragraph';
  runs: LayoutRun[];
  align: Align;
  /** Points; the document's base size when absent. */
  size?: number;
  indentFirstLine?: number;
  indentStart?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Docs keepLinesTogether: the paragraph is not split across pages (a signature block). */
  keepTogether?: boolean;
  /** Docs keepWithNext: the paragraph stays on the page of the next one. */
  keepWithNext?: boolean;
}

export type LayoutRow = { kind: 'section'; text: string } | { kind: 'cells'; cells: string[] };

export interface LayoutTable {
  kind: 'table';
  /**
   * 'memoRef': the memo's borderless ที่ | วันที่ row (Docs tab stops cannot be set through the API);
   * 'memoHead': the ครุฑ at the top left beside the centred title "บันทึกข้อความ".
   */
  role: 'measures' | 'signatures' | 'memoRef' | 'memoHead';
  /**
   * A cell that holds an inline image before its text (the ครุฑ): the writer inserts it at this
   * height in points, width by its aspect ratio; the cell keeps its start alignment.
   */
  image?: { row: number; column: number; height: number };
  /** Each cell's first word is a label: bold at this size (the memo's ที่ and วันที่). */
  labelSize?: number;
  /** Left and right cell padding in points; CELL_PADDING when absent. */
  padding?: number;
  /** Points per column. */
  widths: number[];
  /** The measures table's columns, whose widths are fitted to their text (column-widths.ts). */
  columnKeys?: ColumnKey[];
  /**
   * Rows (indexes into `rows`) that may not break across pages (Docs preventOverflow): section
   * rows, rows at most a third of the usable page high, a signature row.
   */
  keepRows?: number[];
  /** Each column's minimum width in points (its widest word), for the dialog's warning. */
  minimums?: number[];
  /** Header row, repeated on every page; null for tables without one. */
  header: string[] | null;
  rows: LayoutRow[];
  borders: boolean;
  align: 'left' | 'center';
}

export type LayoutBlock = LayoutParagraph | LayoutTable;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface LayoutSection {
  orientation: 'portrait' | 'landscape';
  margins: Margins;
  blocks: LayoutBlock[];
}

export interface ReportLayout {
  fileName: string;
  /**
   * The measures table's columns need more than A4 landscape's width for their longest words: the
   * report is made with narrower columns and the dialog warns (the columns' headers, in order).
   */
  tooNarrow?: boolean;
  font: string;
  /** Body size in points. */
  baseSize: number;
  sections: LayoutSection[];
}

/** Points. A4 is 595.3 × 841.9; 1 cm = 28.35 pt. */
export const PAGE = { a4Short: 595.3, a4Long: 841.9, cm: 28.35 } as const;

/**
 * Google Docs has Sarabun, not TH Sarabun; Sarabun is drawn about 1.47× larger, so TH Sarabun
 * 16/20/29 pt ≈ Sarabun 11/14/20 pt.
 */
export const TYPE = { font: 'Sarabun', body: 11, heading: 14, memoTitle: 20 } as const;

export const REPORT_MARGINS: Margins = { top: 2 * PAGE.cm, bottom: 2 * PAGE.cm, left: 2 * PAGE.cm, right: 2 * PAGE.cm };
/** Memo: left 3 cm, right 2 cm (ระเบียบงานสารบรรณ). */
export const MEMO_MARGINS: Margins = { top: 2 * PAGE.cm, bottom: 2 * PAGE.cm, left: 3 * PAGE.cm, right: 2 * PAGE.cm };

const INDENT = 2.5 * PAGE.cm;
/** The ครุฑ on a บันทึกข้อความ is 1.5 cm high (ระเบียบงานสารบรรณ). */
export const EMBLEM_HEIGHT = Math.round(1.5 * PAGE.cm * 10) / 10;
/** The memo head's side columns: the ครุฑ's on the left, an equal one on the right so the title is centred. */
const EMBLEM_COLUMN = 3 * PAGE.cm;

export function textWidth(orientation: 'portrait' | 'landscape', m: Margins): number {
  return (orientation === 'landscape' ? PAGE.a4Long : PAGE.a4Short) - m.left - m.right;
}

/** Column widths from relative weights, rounded to tenths of a point, summing to the text width. */
export function columnWidths(weights: readonly number[], width: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w / total) * width * 10) / 10);
  out[out.length - 1] = Math.round((width - out.slice(0, -1).reduce((a, b) => a + b, 0)) * 10) / 10;
  return out;
}

function para(text: string, align: Align, extra: Partial<LayoutParagraph> = {}): LayoutParagraph {
  return { kind: 'paragraph', runs: [{ text }], align, ...extra };
}

/** A memo line: the label bold at the 20 pt (TH Sarabun) equivalent, the text at body size. */
function labelled(label: string, value: string): LayoutParagraph {
  return {
    kind: 'paragraph',
    runs: [{ text: label, bold: true, size: TYPE.heading }, { text: ` ${value}` }],
    align: 'left',
    spaceAfter: 4,
  };
}

/** Ranks printed before the parentheses, not inside them ("จ่าเอก (จรินทร์ ออมทรัพย์วัฒนา)"). */
const RANKS = [
  'ว่าที่ร้อยตรี',
  'ว่าที่ร้อยโท',
  'ว่าที่ร้อยเอก',
  'ว่าที่ ร.ต.',
  'ว่าที่ร.ต.',
  'ร้อยตรี',
  'ร้อยโท',
  'ร้อยเอก',
  'พันตรี',
  'พันโท',
  'พันเอก',
  'จ่าสิบตรี',
  'จ่าสิบโท',
  'จ่าสิบเอก',
  'จ่าตรี',
  'จ่าโท',
  'จ่าเอก',
  'สิบตรี',
  'สิบโท',
  'สิบเอก',
  'ดาบตำรวจ',
  'ร.ต.อ.',
  'ร.ต.ท.',
  'ร.ต.ต.',
  'พ.ต.อ.',
  'พ.ต.ท.',
  'พ.ต.ต.',
  'ร.ต.',
  'ร.ท.',
  'ร.อ.',
  'จ.ส.อ.',
  'จ.ส.ท.',
  'จ.ส.ต.',
  'จ.อ.',
  'จ.ท.',
  'จ.ต.',
  'ส.อ.',
  'ส.ท.',
  'ส.ต.',
  'ด.ต.',
];

/** "จ่าเอก จรินทร์ ออมทรัพย์วัฒนา" → rank "จ่าเอก", name "จรินทร์ ออมทรัพย์วัฒนา". */
export function splitRank(fullName: string): { rank: string; name: string } {
  const t = fullName.trim();
  const rank = RANKS.find((r) => t.startsWith(r) && t.length > r.length);
  return rank ? { rank, name: t.slice(rank.length).trim() } : { rank: '', name: t };
}

const SIGN_DOTS = '.'.repeat(35);

/**
 * A signature block: a blank line of room to sign, "ลงชื่อ ....", the name in parentheses with any
 * rank outside them, the position below.
 */
export function signatureText(s: Signatory): string {
  const { rank, name } = splitRank(s.name);
  const nameLine = `${rank ? `${rank} ` : ''}(${name || SIGN_DOTS})`;
  return ['', `${REPORT.signLine} ${SIGN_DOTS}`, nameLine, s.position].join('\n');
}

/**
 * The memo's head: with the agency's ครุฑ, a borderless row [ครุฑ | title | empty] whose side
 * columns are equal, so the title stays centred on the page; without it, the title alone.
 */
function memoHead(emblem: boolean): LayoutBlock[] {
  const title = para(REPORT.memoTitle, 'center', { size: TYPE.memoTitle, runs: [{ text: REPORT.memoTitle, bold: true }], spaceAfter: 12 });
  if (!emblem) return [title];
  const width = textWidth('portrait', MEMO_MARGINS);
  const side = Math.round(EMBLEM_COLUMN * 10) / 10;
  return [
    {
      kind: 'table',
      role: 'memoHead',
      widths: [side, Math.round((width - 2 * side) * 10) / 10, side],
      header: null,
      rows: [{ kind: 'cells', cells: ['', REPORT.memoTitle, ''] }],
      borders: false,
      align: 'center',
      labelSize: TYPE.memoTitle,
      padding: 0,
      image: { row: 0, column: 0, height: EMBLEM_HEIGHT },
    },
  ];
}

function memoSection(c: ReportContent, emblem: boolean): LayoutSection | null {
  const m = c.memo;
  if (!m) return null;
  const subjectHang = Math.round((measureText(REPORT.memoSubject, TYPE.heading, true) + measureText(' ', TYPE.body)) * 10) / 10;
  const blocks: LayoutBlock[] = [
    ...memoHead(emblem),
    {
      kind: 'paragraph',
      align: 'left',
      spaceAfter: 4,
      runs: [
        { text: REPORT.memoDivision, bold: true, size: TYPE.heading },
        { text: ` ${m.division}` },
        ...(m.phone ? [{ text: ` ${REPORT.memoPhone}`, bold: true }, { text: ` ${m.phone}` }] : []),
      ],
    },
    // ที่ and วันที่ on one line: a borderless two-column row, no padding, so ที่ starts at the margin.
    {
      kind: 'table',
      role: 'memoRef',
      widths: columnWidths([1, 1], textWidth('portrait', MEMO_MARGINS)),
      header: null,
      rows: [{ kind: 'cells', cells: [`${REPORT.memoRef} ${m.reference}`, `${REPORT.memoDate} ${m.date}`] }],
      borders: false,
      align: 'left',
      labelSize: TYPE.heading,
      padding: 0,
    },
    // เรื่อง's continuation lines start under its text, not under the label.
    {
      ...labelled(REPORT.memoSubject, m.subject),
      indentStart: subjectHang,
      indentFirstLine: -subjectHang,
    },
    { kind: 'paragraph', runs: [{ text: REPORT.memoTo }, { text: ` ${m.to}` }], align: 'left', spaceBefore: 8, spaceAfter: 8 },
    ...m.body.map((t) => para(t, 'justify', { indentFirstLine: INDENT, spaceAfter: 6 })),
    para(m.measureList.join('\n'), 'left', { indentStart: INDENT, spaceAfter: 6 }),
    para(m.attachment, 'left', { indentFirstLine: INDENT, spaceAfter: 6 }),
    para(m.closing, 'left', { indentFirstLine: INDENT, spaceAfter: 6, keepWithNext: c.signatories.length > 0 }),
    // One paragraph per signature, each kept whole and with the one after it except the last.
    ...c.signatories.map((s, i) =>
      para(signatureText(s), 'center', {
        indentStart: textWidth('portrait', MEMO_MARGINS) / 2,
        spaceBefore: 12,
        keepTogether: true,
        keepWithNext: i < c.signatories.length - 1,
      }),
    ),
    // The นายก's approval to publish, when the memo asks for it (memo-approval.ts).
    ...(m.approval ? [para(m.approval.join('\n'), 'left', { indentStart: textWidth('portrait', MEMO_MARGINS) / 2, spaceBefore: 18 })] : []),
  ];
  return { orientation: 'portrait', margins: MEMO_MARGINS, blocks };
}

function reportSection(c: ReportContent): LayoutSection {
  const width = textWidth('landscape', REPORT_MARGINS);
  const heading = (t: string): LayoutParagraph => ({ ...para(t, 'center', { size: TYPE.heading }), runs: [{ text: t, bold: true }] });
  const blocks: LayoutBlock[] = [
    heading([...c.titleLines, ...c.agencyLines].join('\n')),
    ...c.opening.map((t, i) => para(t, 'justify', { indentFirstLine: INDENT, spaceBefore: i === 0 ? 12 : 0, spaceAfter: 6 })),
  ];
  if (c.measureList.length) blocks.push(para(c.measureList.join('\n'), 'left', { indentStart: INDENT, spaceAfter: 6 }));
  blocks.push(para(c.detailsIntro, 'justify', { indentFirstLine: INDENT, spaceAfter: 6 }));
  blocks.push({
    kind: 'table',
    role: 'measures',
    widths: columnWidths(c.table.weights, width),
    columnKeys: c.table.keys,
    header: c.table.headers,
    rows: c.table.rows.map((r) => (r.kind === 'section' ? r : { kind: 'cells', cells: r.cells })),
    borders: true,
    align: 'left',
  });
  if (c.summary) {
    blocks.push({ ...para(c.summary.heading, 'left', { spaceBefore: 6 }), runs: [{ text: c.summary.heading, bold: true }] });
    blocks.push(para(c.summary.text, 'justify', { indentFirstLine: INDENT, keepWithNext: c.signatories.length > 0 }));
  }
  if (c.signatories.length) {
    blocks.push({
      kind: 'table',
      role: 'signatures',
      widths: columnWidths(
        c.signatories.map(() => 1),
        width,
      ),
      header: null,
      rows: [{ kind: 'cells', cells: c.signatories.map(signatureText) }],
      keepRows: [0],
      borders: false,
      align: 'center',
    });
  }
  return { orientation: 'landscape', margins: REPORT_MARGINS, blocks };
}

function mapText(layout: ReportLayout, f: (s: string) => string): ReportLayout {
  const block = (b: LayoutBlock): LayoutBlock =>
    b.kind === 'paragraph'
      ? { ...b, runs: b.runs.map((r) => ({ ...r, text: f(r.text) })) }
      : {
          ...b,
          header: b.header ? b.header.map(f) : null,
          rows: b.rows.map((r) => (r.kind === 'section' ? { ...r, text: f(r.text) } : { ...r, cells: r.cells.map(f) })),
        };
  return { ...layout, sections: layout.sections.map((s) => ({ ...s, blocks: s.blocks.map(block) })) };
}

/** Cell padding left and right, and top and bottom, in points; docs-requests.ts sets them explicitly. */
export const CELL_PADDING = 5;
export const CELL_PADDING_V = 3;
/** Sarabun's line height (ascender + descender, hhea) is about 1.3 em; Docs single spacing uses it. */
const LINE_HEIGHT_EM = 1.32;

/** Estimated height of a row in points: each cell's lines at its column's width. */
export function estimateRowHeight(cells: readonly string[], widths: readonly number[], size: number): number {
  let tallest = 0;
  cells.forEach((text, i) => {
    const room = Math.max(1, widths[i] - 2 * CELL_PADDING);
    let lines = 0;
    for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(measureText(line, size) / room));
    tallest = Math.max(tallest, lines);
  });
  return tallest * size * LINE_HEIGHT_EM + 2 * CELL_PADDING_V;
}

/** A cell URL with a zero-width space after each '/', so Docs may break the visible text there. */
export function breakableUrls(text: string): string {
  return text.replace(/https?:\/\/[^\s\u200b]+/g, (url) => url.replace(/\//g, '/\u200b'));
}

/** The measures table's widths fitted to its final text (after Thai digits and Docs' text rules). */
function fitMeasureColumns(layout: ReportLayout, split: WordSplitter): ReportLayout {
  let tooNarrow = false;
  const sections = layout.sections.map((s) => ({
    ...s,
    blocks: s.blocks.map((b): LayoutBlock => {
      if (b.kind !== 'table' || !b.columnKeys || !b.header) return b;
      const keys = b.columnKeys;
      const header = b.header;
      const fit = fitColumns(
        keys.map((k, i) => ({
          header: header[i],
          texts: b.rows.flatMap((r) => (r.kind === 'cells' ? [r.cells[i]] : [])),
          min: COLUMN_LIMITS_CM[k].min * PAGE.cm,
          max: COLUMN_LIMITS_CM[k].max * PAGE.cm,
        })),
        { width: textWidth(s.orientation, s.margins), size: layout.baseSize, padding: 2 * CELL_PADDING, split },
      );
      tooNarrow ||= fit.tooNarrow;
      // A section row never sits alone at a page's foot; a short row never carries over one line.
      const usable = (s.orientation === 'landscape' ? PAGE.a4Short : PAGE.a4Long) - s.margins.top - s.margins.bottom;
      const keepRows = b.rows.flatMap((r, i) =>
        r.kind === 'section' || estimateRowHeight(r.cells, fit.widths, layout.baseSize) <= usable / 3 ? [i] : [],
      );
      return { ...b, widths: fit.widths, keepRows, minimums: fit.minimums };
    }),
  }));
  return { ...layout, sections, tooNarrow };
}

function mapTableCells(layout: ReportLayout, f: (s: string) => string): ReportLayout {
  const block = (b: LayoutBlock): LayoutBlock =>
    b.kind === 'table' && b.role === 'measures'
      ? { ...b, rows: b.rows.map((r) => (r.kind === 'cells' ? { ...r, cells: r.cells.map(f) } : r)) }
      : b;
  return { ...layout, sections: layout.sections.map((s) => ({ ...s, blocks: s.blocks.map(block) })) };
}

/** `emblem`: the memo gets the agency's ครุฑ (the writer is handed its image). */
export function buildReportLayout(c: ReportContent, opts: { thaiDigits: boolean; split?: WordSplitter; emblem?: boolean }): ReportLayout {
  const memo = memoSection(c, opts.emblem ?? false);
  const layout: ReportLayout = {
    fileName: c.fileName,
    tooNarrow: false,
    font: TYPE.font,
    baseSize: TYPE.body,
    sections: memo ? [memo, reportSection(c)] : [reportSection(c)],
  };
  // Every text goes into the Doc as Docs will hold it (doc-text.ts), so the styling step finds it.
  // File names keep Arabic digits: they are searched and sorted by people and by Drive.
  const safe = mapText(layout, docSafeText);
  const digits = opts.thaiDigits ? { ...mapText(safe, thaiDigitsInText), fileName: layout.fileName } : safe;
  const final = mapTableCells(digits, breakableUrls);
  return fitMeasureColumns(final, opts.split ?? thaiWordSplitter());
}
