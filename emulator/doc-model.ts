/**
 * The in-memory Google Doc: plain data that the DocumentApp and Docs API stand-ins edit and the
 * .docx exporter reads. It mirrors the Docs API's structure (body content is a list of
 * structural elements; content[0] is always the section break that opens the first section).
 * Units are points, as in DocumentApp and the Docs API.
 */

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontFamily?: string;
  fontSize?: number;
  /** '#rrggbb' */
  foregroundColor?: string;
  /** TextStyle.link.url: the run is a hyperlink (Docs API TextStyle, Link). */
  linkUrl?: string;
}

/**
 * An inline image (DocumentApp InlineImage; Docs API InlineObjectElement, which occupies one
 * index). Bytes as a latin1 string, as in blob.ts; width and height in points.
 */
export interface ImageData {
  data: string;
  contentType: string;
  width: number;
  height: number;
}

/** The text of a run that holds an inline image: one index, as in the Docs API. */
export const OBJECT_CHAR = '\ufffc';

/**
 * A run of text with one style. A '\n' inside `text` is a soft line break within the paragraph.
 * A run with `image` is an inline image and its text is OBJECT_CHAR.
 */
export interface TextRun {
  text: string;
  style: TextStyle;
  image?: ImageData;
}

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphNode {
  type: 'paragraph';
  runs: TextRun[];
  alignment?: Alignment;
  indentFirstLine?: number;
  indentStart?: number;
  spaceAbove?: number;
  spaceBelow?: number;
  /** Multiplier, 1 = single. */
  lineSpacing?: number;
  /** True for the paragraph DocumentApp's appendPageBreak() creates. */
  pageBreak?: boolean;
  /** Images anchored to the paragraph (DocumentApp PositionedImage), in the order they were added. */
  positionedImages?: ImageData[];
  /** ParagraphStyle.keepLinesTogether / keepWithNext (Docs API). */
  keepLinesTogether?: boolean;
  keepWithNext?: boolean;
}

export interface TableCellNode {
  paragraphs: ParagraphNode[];
  /** >1 on the first cell of a merged span (Docs API mergeTableCells). */
  columnSpan: number;
  /** True on cells covered by a neighbour's span: they keep their slot, as in the Docs API. */
  mergedAway?: boolean;
  backgroundColor?: string;
  verticalAlignment?: 'top' | 'middle' | 'bottom';
  /** TableCellStyle.paddingLeft/Right/Top/Bottom in points (Docs API); absent = the editor's default. */
  padding?: { left?: number; right?: number; top?: number; bottom?: number };
}

export interface TableRowNode {
  cells: TableCellNode[];
  /** TableRowStyle.preventOverflow: the row may not break across pages (Docs API). */
  preventOverflow?: boolean;
}

export interface TableNode {
  type: 'table';
  rows: TableRowNode[];
  /** Points per column; null = evenly distributed. */
  columnWidths: (number | null)[];
  /** Rows repeated at the top of each page (Docs API pinTableHeaderRows). */
  pinnedHeaderRows: number;
  borderWidth: number;
  borderColor?: string;
}

export interface PageStyle {
  pageWidth: number;
  pageHeight: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

/** Per-section overrides of the document's page style (Docs API SectionStyle). */
export interface SectionStyle {
  marginTop?: number;
  marginBottom?: number;
  marginLeft?: number;
  marginRight?: number;
  /** Docs API: the section uses the document's page size turned 90°. */
  flipPageOrientation?: boolean;
}

export interface SectionBreakNode {
  type: 'sectionBreak';
  style: SectionStyle;
}

export type BodyNode = ParagraphNode | TableNode | SectionBreakNode;

export interface DocModel {
  id: string;
  name: string;
  documentStyle: PageStyle;
  /**
   * Docs API DocumentFormat.documentMode; a PAGELESS Doc ignores page size, margins and
   * orientation. Absent: never set, so the user's setting for new Docs (ws.docsBehaviour).
   */
  documentMode?: 'PAGES' | 'PAGELESS';
  /** content[0] is always a SectionBreakNode. */
  content: BodyNode[];
  /** The default header's paragraphs (DocumentApp HeaderSection); absent: the Doc has no header. */
  header?: ParagraphNode[];
}

export const A4: { width: number; height: number } = { width: 595.3, height: 841.9 };

export function newDocModel(id: string, name: string): DocModel {
  return {
    id,
    name,
    documentStyle: {
      pageWidth: 612,
      pageHeight: 792,
      marginTop: 72,
      marginBottom: 72,
      marginLeft: 72,
      marginRight: 72,
    },
    content: [
      { type: 'sectionBreak', style: {} },
      { type: 'paragraph', runs: [] },
    ],
  };
}

/** A paragraph's text; an inline image is not text (DocumentApp getText leaves it out). */
export function paragraphText(p: ParagraphNode): string {
  return p.runs
    .filter((r) => !r.image)
    .map((r) => r.text)
    .join('');
}

export function cellText(c: TableCellNode): string {
  return c.paragraphs.map(paragraphText).join('\n');
}

/** The effective page of each section, in order, with the nodes it holds. */
export function sectionsOf(doc: DocModel): { page: PageStyle; landscape: boolean; nodes: (ParagraphNode | TableNode)[] }[] {
  const out: { page: PageStyle; landscape: boolean; nodes: (ParagraphNode | TableNode)[] }[] = [];
  for (const node of doc.content) {
    if (node.type === 'sectionBreak') {
      const base = doc.documentStyle;
      const flip = node.style.flipPageOrientation === true;
      const page: PageStyle = {
        pageWidth: flip ? base.pageHeight : base.pageWidth,
        pageHeight: flip ? base.pageWidth : base.pageHeight,
        marginTop: node.style.marginTop ?? base.marginTop,
        marginBottom: node.style.marginBottom ?? base.marginBottom,
        marginLeft: node.style.marginLeft ?? base.marginLeft,
        marginRight: node.style.marginRight ?? base.marginRight,
      };
      out.push({ page, landscape: page.pageWidth > page.pageHeight, nodes: [] });
    } else {
      out[out.length - 1].nodes.push(node);
    }
  }
  return out;
}
