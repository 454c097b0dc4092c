/**
 * Exports the in-memory Google Doc (emulator/doc-model.ts) to a real .docx, so people without
 * Google can open the generated report in Word or LibreOffice. The conversion is literal: every
 * model section, paragraph, run, table, row and cell becomes exactly one docx counterpart, and
 * nothing is added except what OOXML itself requires (a cell needs at least one paragraph; a
 * section that ends with a table needs a paragraph to carry its section properties).
 *
 * Units: the model is in points. Page sizes, margins, indents, spacing and column widths become
 * twips (×20); font sizes become half-points (×2); border widths become eighths of a point (×8).
 *
 * Thai is a complex script in Word: a run's font and size only reach Thai text through the
 * complex-script attributes (w:rFonts w:cs, w:szCs, w:bCs, w:iCs), so every run sets both sets.
 */
import { writeFile } from 'node:fs/promises';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { IBorderOptions, ISectionOptions } from 'docx';
import { sectionsOf } from '../../emulator/doc-model';
import type { DocModel, PageStyle, ParagraphNode, TableCellNode, TableNode, TextRun as ModelRun } from '../../emulator/doc-model';

export interface DocxExportOptions {
  /** Font of runs whose style has no fontFamily (the Google Doc's default for this project). */
  defaultFontFamily?: string;
  /** Size in points of runs whose style has no fontSize. */
  defaultFontSize?: number;
}

const DEFAULTS: Required<DocxExportOptions> = { defaultFontFamily: 'Sarabun', defaultFontSize: 11 };

/** Points → twips (1/20 pt), rounded as OOXML wants integers. */
const twips = (pt: number): number => Math.round(pt * 20);
/** Points → half-points. */
const halfPoints = (pt: number): number => Math.round(pt * 2);
/** '#rrggbb' → 'RRGGBB'. */
const hex = (color: string): string => color.replace(/^#/, '').toUpperCase();

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const VERTICAL = { top: VerticalAlign.TOP, middle: VerticalAlign.CENTER, bottom: VerticalAlign.BOTTOM } as const;

function runsOf(run: ModelRun, opts: Required<DocxExportOptions>): (TextRun | ImageRun)[] {
  // An inline image (the memo's ครุฑ) at its size in pixels; only PNG is drawn, anything else is left out.
  if (run.image)
    return run.image.contentType === 'image/png'
      ? [
          new ImageRun({
            type: 'png',
            data: Buffer.from(run.image.data, 'latin1'),
            transformation: { width: run.image.width, height: run.image.height },
          }),
        ]
      : [];
  const s = run.style;
  const font = s.fontFamily ?? opts.defaultFontFamily;
  const size = halfPoints(s.fontSize ?? opts.defaultFontSize);
  const props = {
    font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
    size,
    sizeComplexScript: size,
    ...(s.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(s.italic ? { italics: true, italicsComplexScript: true } : {}),
    ...(s.underline ? { underline: {} } : {}),
    ...(s.foregroundColor ? { color: hex(s.foregroundColor) } : {}),
  };
  // '\n' is a soft line break (w:br) inside the paragraph; '\t' a tab (w:tab).
  return run.text.split('\n').map((line, i) => {
    const parts = line.split('\t');
    const children: (string | Tab)[] = [];
    parts.forEach((part, j) => {
      if (j > 0) children.push(new Tab());
      if (part !== '') children.push(part);
    });
    return new TextRun({ ...props, children, ...(i > 0 ? { break: 1 } : {}) });
  });
}

function firstLineIndent(first: number | undefined, start: number): { firstLine?: number; hanging?: number } {
  if (first === undefined) return {};
  const relative = first - start;
  return relative >= 0 ? { firstLine: twips(relative) } : { hanging: twips(-relative) };
}

function paragraphOf(p: ParagraphNode, opts: Required<DocxExportOptions>): Paragraph {
  const children: (TextRun | ImageRun | PageBreak)[] = [];
  if (p.pageBreak) children.push(new PageBreak());
  for (const run of p.runs) children.push(...runsOf(run, opts));
  const indent =
    p.indentFirstLine !== undefined || p.indentStart !== undefined
      ? {
          ...(p.indentStart !== undefined ? { start: twips(p.indentStart) } : {}),
          // Google Docs (like DocumentApp's INDENT_FIRST_LINE) measures the first line from the
          // margin; Word measures it from the paragraph's start indent, hanging when negative.
          ...firstLineIndent(p.indentFirstLine, p.indentStart ?? 0),
        }
      : undefined;
  const spacing =
    p.spaceAbove !== undefined || p.spaceBelow !== undefined || p.lineSpacing !== undefined
      ? {
          ...(p.spaceAbove !== undefined ? { before: twips(p.spaceAbove) } : {}),
          ...(p.spaceBelow !== undefined ? { after: twips(p.spaceBelow) } : {}),
          ...(p.lineSpacing !== undefined ? { line: Math.round(p.lineSpacing * 240), lineRule: LineRuleType.AUTO } : {}),
        }
      : undefined;
  return new Paragraph({
    children,
    ...(p.alignment ? { alignment: ALIGNMENT[p.alignment] } : {}),
    ...(indent ? { indent } : {}),
    ...(spacing ? { spacing } : {}),
    // The Doc's keep flags, so the preview's page breaks come close to the Doc's.
    ...(p.keepLinesTogether ? { keepLines: true } : {}),
    ...(p.keepWithNext ? { keepNext: true } : {}),
  });
}

/** Column widths in points: null widths share what the fixed ones leave of the text width evenly. */
export function resolveColumnWidths(widths: (number | null)[], textWidth: number): number[] {
  const fixed = widths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const open = widths.filter((w) => w === null).length;
  const share = open > 0 ? Math.max(textWidth - fixed, 0) / open : 0;
  return widths.map((w) => w ?? share);
}

function tableOf(t: TableNode, page: PageStyle, opts: Required<DocxExportOptions>): Table {
  const textWidth = page.pageWidth - page.marginLeft - page.marginRight;
  const columnCount = Math.max(t.columnWidths.length, ...t.rows.map((r) => r.cells.length));
  const declared = Array.from({ length: columnCount }, (_, i) => t.columnWidths[i] ?? null);
  const widthsTw = resolveColumnWidths(declared, textWidth).map(twips);
  const total = widthsTw.reduce((a, b) => a + b, 0);

  const border: IBorderOptions =
    t.borderWidth > 0
      ? {
          style: BorderStyle.SINGLE,
          size: Math.max(2, Math.round(t.borderWidth * 8)),
          color: t.borderColor ? hex(t.borderColor) : '000000',
        }
      : { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

  const rows = t.rows.map((row, r) => {
    const header = r < t.pinnedHeaderRows;
    const cells: TableCell[] = [];
    row.cells.forEach((cell: TableCellNode, c) => {
      if (cell.mergedAway) return; // covered by the span of a cell before it
      const span = Math.max(1, cell.columnSpan);
      const width = widthsTw.slice(c, c + span).reduce((a, b) => a + b, 0);
      cells.push(
        new TableCell({
          children: cell.paragraphs.map((p) => paragraphOf(p, opts)),
          width: { size: width, type: WidthType.DXA },
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(cell.backgroundColor ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(cell.backgroundColor) } } : {}),
          ...(cell.verticalAlignment ? { verticalAlign: VERTICAL[cell.verticalAlignment] } : {}),
          // The Doc's cell padding (points → twips), which the column widths were computed with.
          ...(cell.padding
            ? {
                margins: {
                  top: Math.round((cell.padding.top ?? 0) * 20),
                  bottom: Math.round((cell.padding.bottom ?? 0) * 20),
                  left: Math.round((cell.padding.left ?? 0) * 20),
                  right: Math.round((cell.padding.right ?? 0) * 20),
                },
              }
            : {}),
        }),
      );
    });
    return new TableRow({
      children: cells,
      ...(header ? { tableHeader: true } : {}),
      ...(header || row.preventOverflow ? { cantSplit: true } : {}),
    });
  });

  return new Table({
    rows,
    columnWidths: widthsTw,
    width: { size: total, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders,
  });
}

function sectionOf(section: ReturnType<typeof sectionsOf>[number], opts: Required<DocxExportOptions>): ISectionOptions {
  const { page, landscape } = section;
  // docx v9 takes the portrait size plus LANDSCAPE and writes w:w/w:h swapped itself.
  const short = Math.min(page.pageWidth, page.pageHeight);
  const long = Math.max(page.pageWidth, page.pageHeight);
  return {
    properties: {
      page: {
        size: landscape
          ? { width: twips(short), height: twips(long), orientation: PageOrientation.LANDSCAPE }
          : { width: twips(page.pageWidth), height: twips(page.pageHeight), orientation: PageOrientation.PORTRAIT },
        margin: {
          top: twips(page.marginTop),
          bottom: twips(page.marginBottom),
          left: twips(page.marginLeft),
          right: twips(page.marginRight),
        },
      },
    },
    children: section.nodes.map((node) => (node.type === 'table' ? tableOf(node, page, opts) : paragraphOf(node, opts))),
  };
}

/** The model as a .docx file. */
export async function docModelToDocx(doc: DocModel, options: DocxExportOptions = {}): Promise<Buffer> {
  const opts: Required<DocxExportOptions> = { ...DEFAULTS, ...options };
  const font = opts.defaultFontFamily;
  const size = halfPoints(opts.defaultFontSize);
  const document = new Document({
    title: doc.name,
    // Document defaults, so empty paragraphs (no runs) take the Doc's default font and height too.
    styles: {
      default: {
        document: {
          run: { font: { ascii: font, hAnsi: font, cs: font, eastAsia: font }, size, sizeComplexScript: size },
        },
      },
    },
    sections: sectionsOf(doc).map((s) => sectionOf(s, opts)),
  });
  return Packer.toBuffer(document);
}

/** Exports the model and writes it to `path`. */
export async function writeDocx(doc: DocModel, path: string, options: DocxExportOptions = {}): Promise<void> {
  await writeFile(path, await docModelToDocx(doc, options));
}
