/**
 * DocumentApp stand-in over the DocModel (doc-model.ts), which stays the only state.
 *
 * Choices, where DocumentApp's behaviour is not fully documented:
 * - getText()/editAsText() of a container (body, table, row, cell) is a view of every paragraph
 *   inside it, in document order, joined with '\n' (so offsets count one per paragraph break).
 * - appendTable(cells) needs a non-empty rectangular string[][]; ragged rows throw a stand-in
 *   error (the add-on always sends rectangles). A '\n' in a cell string makes separate paragraphs.
 *   Like Docs, appending a table also appends an empty paragraph after it.
 * - appendParagraph('a\nb') and setText('a\nb'): Google's pages do not say whether '\n' becomes a soft
 *   line break or a new paragraph; ws.docsBehaviour.lineBreaks plays either ('soft' by default).
 * - Body.clear(): whether section breaks survive is not documented; ws.docsBehaviour.clearSectionBreaks
 *   plays either ('removed' by default; 'kept' leaves each later break with one empty paragraph).
 * - A Doc whose mode was never set is PAGES or PAGELESS as ws.docsBehaviour.newDocumentMode says
 *   (a user setting, whichever service created it).
 * - Text written loses what the Docs API strips from inserted text (doc-ops.ts stripInserted), and
 *   an edit that makes the document larger than 1.02 million characters throws (checkDocSize).
 * - setHeading() is accepted but not stored (the DocModel has no heading field): style headings
 *   explicitly. getHeading() is not implemented.
 * - openById opens any Doc the active user can open (docAccess); edits by a reader are not refused
 *   (the add-on only writes Docs it may edit).
 * - After saveAndClose() every call on that Document and its elements throws
 *   'Document is closed, its contents cannot be updated.' (DocumentApp.openById opens it again).
 * - Elements obtained before a Docs API batchUpdate point at the pre-update content (reopen the
 *   document, as with the real services, to see the change).
 * - Images (only what the add-on uses): Body.getImages / HeaderSection.getImages ("all the
 *   InlineImages contained in the section"), HeaderSection.getParagraphs,
 *   Paragraph.getPositionedImages and PositionedImage.getBlob/getWidth/getHeight
 *   (https://developers.google.com/apps-script/reference/document/paragraph#getPositionedImages(),
 *   https://developers.google.com/apps-script/reference/document/positioned-image),
 *   Document.getHeader (null when the Doc has none),
 *   Paragraph.appendInlineImage(blob), InlineImage.getBlob/getWidth/getHeight/setWidth/setHeight
 *   (sizes are integers "in pixels"):
 *   https://developers.google.com/apps-script/reference/document/body#getImages(),
 *   https://developers.google.com/apps-script/reference/document/header-section#getImages(),
 *   https://developers.google.com/apps-script/reference/document/document#getHeader(),
 *   https://developers.google.com/apps-script/reference/document/paragraph#appendInlineImage(BlobSource),
 *   https://developers.google.com/apps-script/reference/document/inline-image.
 *   A new image's size is its PNG's pixel size; other formats are a stand-in error (the add-on
 *   only inserts what it read from another Doc, and the demo's PNG). Text offsets (editAsText) of
 *   a paragraph holding an image are not modelled.
 */
import {
  newDocModel,
  OBJECT_CHAR,
  paragraphText,
  type DocModel,
  type ImageData,
  type ParagraphNode,
  type TableCellNode,
  type TableNode,
  type TableRowNode,
} from './doc-model';
import {
  checkDocSize,
  newCell,
  newParagraph,
  normalizeRuns,
  paragraphsIn,
  stripInserted,
  styleAt,
  styleParagraphRange,
  type StylePatch,
} from './doc-ops';
import { effectiveRoles } from './drive';
import { FakeBlob, blobData } from './blob';
import { Fake, enumName, enumOf } from './fake-base';
import { renderFakePdf } from './pdf-export';
import { notImplemented } from './proxy';
import type { Workspace } from './workspace';

type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;
type Text = GoogleAppsScript.Document.Text;
type Body = GoogleAppsScript.Document.Body;
type Element = GoogleAppsScript.Document.Element;
type Attrs = Record<string, unknown>;

export const Attribute = enumOf(
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
);
export const HorizontalAlignment = enumOf('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
export const VerticalAlignment = enumOf('BOTTOM', 'CENTER', 'TOP');
export const ParagraphHeading = enumOf(
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
);
export const ElementType = enumOf(
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
);

const ALIGN_TO_MODEL: Record<string, ParagraphNode['alignment']> = { LEFT: 'left', CENTER: 'center', RIGHT: 'right', JUSTIFY: 'justify' };
const ALIGN_FROM_MODEL: Record<string, string> = { left: 'LEFT', center: 'CENTER', right: 'RIGHT', justify: 'JUSTIFY' };
const VALIGN_TO_MODEL: Record<string, TableCellNode['verticalAlignment']> = { TOP: 'top', CENTER: 'middle', BOTTOM: 'bottom' };
const VALIGN_FROM_MODEL: Record<string, string> = { top: 'TOP', middle: 'CENTER', bottom: 'BOTTOM' };

export const DOC_CLOSED = 'Document is closed, its contents cannot be updated.';
export const DOC_MISSING = "Document is missing (perhaps it was deleted, or you don't have read access?)";

/** One opened Document (DocumentApp.create/openById) and every element obtained through it. */
interface DocSession {
  docId: string;
  closed: boolean;
}

/**
 * What the active user may do with a Doc. The documents scope is not per file: DocumentApp and
 * the Docs API reach any Doc the user can open in Docs (owner, shared directly or through a
 * folder, or link sharing), whichever add-on created it — unlike Drive under drive.file.
 */
export function docAccess(ws: Workspace, id: string): 'edit' | 'read' | null {
  const f = ws.drive.files[id];
  if (!ws.data.docs[id] || !f) return null;
  const me = ws.activeUser;
  const role = f.owner === me ? 'editor' : effectiveRoles(ws, f).get(me);
  if (role === 'editor') return 'edit';
  if (role || f.access === 'ANYONE' || f.access === 'ANYONE_WITH_LINK') return 'read';
  return null;
}

/** The paragraphs a written text becomes under the workspace's line-break behaviour. */
function writtenLines(ws: Workspace, text: string): string[] {
  const clean = stripInserted(text);
  return ws.docsBehaviour.lineBreaks === 'paragraphs' ? clean.split('\n') : [clean];
}

/** Inserts `nodes` right after `node`, in the body or in the table cell that holds it. */
function insertAfter(doc: DocModel, node: ParagraphNode, nodes: ParagraphNode[]): void {
  if (!nodes.length) return;
  const at = doc.content.indexOf(node);
  if (at >= 0) {
    doc.content.splice(at + 1, 0, ...nodes);
    return;
  }
  for (const n of doc.content) {
    if (n.type !== 'table') continue;
    for (const row of n.rows)
      for (const cell of row.cells) {
        const i = cell.paragraphs.indexOf(node);
        if (i >= 0) {
          cell.paragraphs.splice(i + 1, 0, ...nodes);
          return;
        }
      }
  }
  throw new Error('stand-in: paragraph not found in its document');
}

abstract class DocFake<T> extends Fake<T> {
  constructor(
    ws: Workspace,
    className: string,
    readonly _session: DocSession,
  ) {
    super(ws, className);
  }
  _guard(): void {
    if (this._session.closed) throw new Error(DOC_CLOSED);
  }
  _doc(): DocModel {
    const d = this._ws.data.docs[this._session.docId];
    if (!d) throw new Error(DOC_MISSING);
    return d;
  }
}

// ---------------------------------------------------------------- attributes

function numberAttr(name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`Invalid argument: ${name}`);
  return v;
}

/** Paragraph attributes that hold a number, by the model field that keeps them. */
const NUMERIC_PARAGRAPH_ATTRIBUTES: Partial<
  Record<string, 'indentFirstLine' | 'indentStart' | 'spaceAbove' | 'spaceBelow' | 'lineSpacing'>
> = {
  INDENT_FIRST_LINE: 'indentFirstLine',
  INDENT_START: 'indentStart',
  SPACING_BEFORE: 'spaceAbove',
  SPACING_AFTER: 'spaceBelow',
  LINE_SPACING: 'lineSpacing',
};

/** Applies text and paragraph attributes to paragraphs; other keys go to `extra` (false = unknown). */
function applyAttributes(
  paras: ParagraphNode[],
  attrs: Attrs,
  extra: (key: string, value: unknown) => boolean,
  range?: { start: number; end: number },
): void {
  const patch: StylePatch = {};
  const paraOps: ((p: ParagraphNode) => void)[] = [];
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    switch (key) {
      case 'BOLD':
        patch.bold = Boolean(value);
        break;
      case 'ITALIC':
        patch.italic = Boolean(value);
        break;
      case 'UNDERLINE':
        patch.underline = Boolean(value);
        break;
      case 'FONT_FAMILY':
        patch.fontFamily = String(value);
        break;
      case 'FONT_SIZE':
        patch.fontSize = numberAttr(key, value);
        break;
      case 'FOREGROUND_COLOR':
        patch.foregroundColor = String(value);
        break;
      case 'HORIZONTAL_ALIGNMENT': {
        const a = ALIGN_TO_MODEL[enumName(value)];
        if (!a) throw new Error('Invalid argument: HORIZONTAL_ALIGNMENT');
        paraOps.push((p) => {
          p.alignment = a;
        });
        break;
      }
      case 'HEADING':
        break; // not stored, see the header comment
      default: {
        const field = NUMERIC_PARAGRAPH_ATTRIBUTES[key];
        if (field) {
          const n = numberAttr(key, value);
          paraOps.push((p) => {
            p[field] = n;
          });
        } else if (!extra(key, value)) throw new Error(`stand-in: attribute ${key} is not implemented here`);
      }
    }
  }
  if (Object.keys(patch).length > 0) styleView(paras, range?.start ?? 0, range?.end ?? Infinity, patch);
  if (!range) for (const p of paras) for (const op of paraOps) op(p);
  else if (paraOps.length > 0) throw new Error('stand-in: paragraph attributes on a text range are not implemented');
}

function attributesOf(p: ParagraphNode | undefined): Attrs {
  const st = p ? styleAt(p) : {};
  return {
    BOLD: st.bold ?? null,
    ITALIC: st.italic ?? null,
    UNDERLINE: st.underline ?? null,
    FONT_FAMILY: st.fontFamily ?? null,
    FONT_SIZE: st.fontSize ?? null,
    FOREGROUND_COLOR: st.foregroundColor ?? null,
    HORIZONTAL_ALIGNMENT: p?.alignment ? ALIGN_FROM_MODEL[p.alignment] : null,
    INDENT_FIRST_LINE: p?.indentFirstLine ?? null,
    INDENT_START: p?.indentStart ?? null,
    SPACING_BEFORE: p?.spaceAbove ?? null,
    SPACING_AFTER: p?.spaceBelow ?? null,
    LINE_SPACING: p?.lineSpacing ?? null,
  };
}

// ---------------------------------------------------------------- Text

export function viewText(paras: ParagraphNode[]): string {
  return paras.map(paragraphText).join('\n');
}

/** Applies a style patch to [start, end) of the text formed by joining `paras` with '\n'. */
export function styleView(paras: ParagraphNode[], start: number, end: number, patch: StylePatch): void {
  let base = 0;
  for (const p of paras) {
    const len = paragraphText(p).length;
    const s = Math.max(0, start - base);
    const e = Math.min(len, end - base);
    if (s < e) styleParagraphRange(p, s, e, patch);
    base += len + 1;
  }
}

function locate(paras: ParagraphNode[], offset: number): { p: ParagraphNode; at: number } | null {
  let base = 0;
  for (const p of paras) {
    const len = paragraphText(p).length;
    if (offset < base + len) return { p, at: offset - base };
    base += len + 1;
  }
  return null;
}

type TextApi = Pick<
  Text,
  | 'getText'
  | 'setBold'
  | 'setItalic'
  | 'setUnderline'
  | 'setFontFamily'
  | 'setFontSize'
  | 'setForegroundColor'
  | 'setAttributes'
  | 'getAttributes'
  | 'isBold'
  | 'isItalic'
  | 'isUnderline'
  | 'getFontSize'
  | 'getFontFamily'
  | 'getForegroundColor'
  | 'getType'
>;

/** editAsText(): a view over the runs of some paragraphs, optionally a window [from, to) of it. */
export class FakeText extends DocFake<Text> implements TextApi {
  constructor(
    ws: Workspace,
    session: DocSession,
    readonly _paras: ParagraphNode[],
    readonly _from = 0,
    readonly _to: number | null = null,
  ) {
    super(ws, 'Text', session);
  }
  _len(): number {
    return (this._to ?? viewText(this._paras).length) - this._from;
  }
  _style(args: unknown[], key: keyof StylePatch): Text {
    let start: number;
    let endIncl: number;
    let value: unknown;
    if (args.length >= 3) {
      start = Number(args[0]);
      endIncl = Number(args[1]);
      value = args[2];
      const len = this._len();
      if (!Number.isInteger(start) || !Number.isInteger(endIncl) || start < 0 || endIncl >= len || start > endIncl) {
        throw new Error(`Index (${endIncl}) must be less than the content length (${len}).`);
      }
    } else {
      start = 0;
      endIncl = this._len() - 1;
      value = args[0];
    }
    if (endIncl < start) return this._proxy;
    const patch: StylePatch = {};
    (patch as Record<string, unknown>)[key] = value;
    styleView(this._paras, this._from + start, this._from + endIncl + 1, patch);
    return this._proxy;
  }
  getText(): string {
    return viewText(this._paras).slice(this._from, this._to ?? undefined);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'TEXT' as unknown as GoogleAppsScript.Document.ElementType;
  }
  setBold(...args: [boolean] | [number, number, boolean]): Text {
    return this._style(args, 'bold');
  }
  setItalic(...args: [boolean] | [number, number, boolean]): Text {
    return this._style(args, 'italic');
  }
  setUnderline(...args: [boolean] | [number, number, boolean]): Text {
    return this._style(args, 'underline');
  }
  setFontFamily(...args: [string] | [number, number, string]): Text {
    return this._style(args, 'fontFamily');
  }
  setFontSize(...args: [number] | [number, number, number]): Text {
    return this._style(args, 'fontSize');
  }
  setForegroundColor(...args: [string] | [number, number, string]): Text {
    return this._style(args, 'foregroundColor');
  }
  setAttributes(...args: [Attrs] | [number, number, Attrs]): Text {
    const attrs = (args.length === 3 ? args[2] : args[0]) as Attrs;
    const range =
      args.length === 3
        ? { start: this._from + Number(args[0]), end: this._from + Number(args[1]) + 1 }
        : { start: this._from, end: this._to ?? Infinity };
    const whole = args.length !== 3 && this._from === 0 && this._to === null;
    applyAttributes(this._paras, attrs, () => false, whole ? undefined : range);
    return this._proxy;
  }
  getAttributes(offset?: number): Attrs {
    const hit = locate(this._paras, this._from + (offset ?? 0));
    return attributesOf(hit?.p ?? this._paras[0]);
  }
  _at(offset?: number | null): ReturnType<typeof styleAt> {
    const hit = locate(this._paras, this._from + (offset ?? 0));
    return hit ? styleAt(hit.p, hit.at) : {};
  }
  isBold(offset?: number | null): boolean {
    return this._at(offset).bold ?? false;
  }
  isItalic(offset?: number | null): boolean {
    return this._at(offset).italic ?? false;
  }
  isUnderline(offset?: number | null): boolean {
    return this._at(offset).underline ?? false;
  }
  getFontSize(offset?: number | null): number {
    return this._at(offset).fontSize ?? 11;
  }
  getFontFamily(offset?: number | null): string {
    return this._at(offset).fontFamily ?? 'Arial';
  }
  getForegroundColor(offset?: number | null): string {
    return this._at(offset).foregroundColor ?? '#000000';
  }
}

// ---------------------------------------------------------------- Paragraph and PageBreak

type ParagraphApi = Pick<
  Paragraph,
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'editAsText'
  | 'setAttributes'
  | 'getAttributes'
  | 'setAlignment'
  | 'getAlignment'
  | 'setIndentFirstLine'
  | 'getIndentFirstLine'
  | 'setIndentStart'
  | 'getIndentStart'
  | 'setSpacingBefore'
  | 'getSpacingBefore'
  | 'setSpacingAfter'
  | 'getSpacingAfter'
  | 'setLineSpacing'
  | 'getLineSpacing'
  | 'setHeading'
  | 'getType'
  | 'asParagraph'
  | 'getNumChildren'
  | 'clear'
  | 'appendInlineImage'
  | 'getPositionedImages'
>;

export class FakeParagraph extends DocFake<Paragraph> implements ParagraphApi {
  constructor(
    ws: Workspace,
    session: DocSession,
    readonly _node: ParagraphNode,
  ) {
    super(ws, 'Paragraph', session);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'PARAGRAPH' as unknown as GoogleAppsScript.Document.ElementType;
  }
  asParagraph(): Paragraph {
    return this._proxy;
  }
  getText(): string {
    return paragraphText(this._node);
  }
  getNumChildren(): number {
    return (this._node.runs.length > 0 ? 1 : 0) + (this._node.pageBreak ? 1 : 0);
  }
  setText(text: string): void {
    const style = this._node.runs[0]?.style ?? {};
    const [first, ...more] = writtenLines(this._ws, text);
    this._node.runs = first === '' ? [] : [{ text: first, style: { ...style } }];
    insertAfter(
      this._doc(),
      this._node,
      more.map((t) => newParagraph(t, style)),
    );
    checkDocSize(this._doc());
  }
  clear(): Paragraph {
    this._node.runs = [];
    return this._proxy;
  }
  getPositionedImages(): GoogleAppsScript.Document.PositionedImage[] {
    return (this._node.positionedImages ?? []).map((d) => new FakePositionedImage(this._ws, this._session, d)._proxy);
  }
  appendInlineImage(image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): InlineImage {
    const blob = blobData(image);
    if (!blob) throw notImplemented('Paragraph', 'appendInlineImage(InlineImage or a non-stand-in blob)');
    const size = pngSize(blob.data);
    if (!size) throw new Error('stand-in: appendInlineImage takes a PNG blob');
    const run = {
      text: OBJECT_CHAR,
      style: { ...(this._node.runs[this._node.runs.length - 1]?.style ?? {}) },
      image: { ...blob, ...size },
    };
    this._node.runs.push(run);
    checkDocSize(this._doc());
    return new FakeInlineImage(this._ws, this._session, run.image)._proxy;
  }
  appendText(text: string | Text): Text {
    if (typeof text !== 'string') throw notImplemented('Paragraph', 'appendText(Text)');
    const clean = stripInserted(text);
    const start = paragraphText(this._node).length;
    const style = this._node.runs[this._node.runs.length - 1]?.style ?? {};
    this._node.runs.push({ text: clean, style: { ...style } });
    normalizeRuns(this._node);
    checkDocSize(this._doc());
    return new FakeText(this._ws, this._session, [this._node], start, start + clean.length)._proxy;
  }
  editAsText(): Text {
    return new FakeText(this._ws, this._session, [this._node])._proxy;
  }
  setAttributes(attributes: Attrs): Paragraph {
    applyAttributes([this._node], attributes, () => false);
    return this._proxy;
  }
  getAttributes(): Attrs {
    return attributesOf(this._node);
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): Paragraph {
    applyAttributes([this._node], { HORIZONTAL_ALIGNMENT: alignment }, () => false);
    return this._proxy;
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return (this._node.alignment
      ? ALIGN_FROM_MODEL[this._node.alignment]
      : null) as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }
  setIndentFirstLine(indentFirstLine: number): Paragraph {
    this._node.indentFirstLine = numberAttr('indentFirstLine', indentFirstLine);
    return this._proxy;
  }
  getIndentFirstLine(): number {
    return this._node.indentFirstLine ?? 0;
  }
  setIndentStart(indentStart: number): Paragraph {
    this._node.indentStart = numberAttr('indentStart', indentStart);
    return this._proxy;
  }
  getIndentStart(): number {
    return this._node.indentStart ?? 0;
  }
  setSpacingBefore(spacingBefore: number): Paragraph {
    this._node.spaceAbove = numberAttr('spacingBefore', spacingBefore);
    return this._proxy;
  }
  getSpacingBefore(): number {
    return this._node.spaceAbove ?? 0;
  }
  setSpacingAfter(spacingAfter: number): Paragraph {
    this._node.spaceBelow = numberAttr('spacingAfter', spacingAfter);
    return this._proxy;
  }
  getSpacingAfter(): number {
    return this._node.spaceBelow ?? 0;
  }
  setLineSpacing(multiplier: number): Paragraph {
    this._node.lineSpacing = numberAttr('lineSpacing', multiplier);
    return this._proxy;
  }
  getLineSpacing(): number {
    return this._node.lineSpacing ?? 1;
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): Paragraph {
    if (!(enumName(heading) in ParagraphHeading)) throw new Error('Invalid argument: heading');
    return this._proxy;
  }
}

export class FakePageBreak
  extends DocFake<GoogleAppsScript.Document.PageBreak>
  implements Pick<GoogleAppsScript.Document.PageBreak, 'getType'>
{
  constructor(
    ws: Workspace,
    session: DocSession,
    readonly _node: ParagraphNode,
  ) {
    super(ws, 'PageBreak', session);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'PAGE_BREAK' as unknown as GoogleAppsScript.Document.ElementType;
  }
}

// ---------------------------------------------------------------- Table, TableRow, TableCell

function tableExtra(table: TableNode): (key: string, value: unknown) => boolean {
  return (key, value) => {
    if (key === 'BORDER_WIDTH') table.borderWidth = numberAttr(key, value);
    else if (key === 'BORDER_COLOR') table.borderColor = String(value);
    else if (key === 'BACKGROUND_COLOR') for (const r of table.rows) for (const c of r.cells) c.backgroundColor = String(value);
    else return false;
    return true;
  };
}

function cellExtra(cell: TableCellNode): (key: string, value: unknown) => boolean {
  return (key, value) => {
    if (key === 'BACKGROUND_COLOR') cell.backgroundColor = String(value);
    else if (key === 'VERTICAL_ALIGNMENT') {
      const v = VALIGN_TO_MODEL[enumName(value)];
      if (!v) throw new Error('Invalid argument: VERTICAL_ALIGNMENT');
      cell.verticalAlignment = v;
    } else return false;
    return true;
  };
}

type TableApi = Pick<
  Table,
  | 'getNumRows'
  | 'getRow'
  | 'getCell'
  | 'setColumnWidth'
  | 'getColumnWidth'
  | 'setBorderWidth'
  | 'getBorderWidth'
  | 'setBorderColor'
  | 'getBorderColor'
  | 'editAsText'
  | 'setAttributes'
  | 'getAttributes'
  | 'getText'
  | 'getType'
  | 'asTable'
  | 'getNumChildren'
  | 'getChild'
>;

export class FakeTable extends DocFake<Table> implements TableApi {
  constructor(
    ws: Workspace,
    session: DocSession,
    readonly _node: TableNode,
  ) {
    super(ws, 'Table', session);
  }
  _row(i: number): TableRowNode {
    const r = this._node.rows[i];
    if (!Number.isInteger(i) || !r)
      throw new Error(`Child index (${i}) must be less than the number of child elements (${this._node.rows.length}).`);
    return r;
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'TABLE' as unknown as GoogleAppsScript.Document.ElementType;
  }
  asTable(): Table {
    return this._proxy;
  }
  getNumRows(): number {
    return this._node.rows.length;
  }
  getNumChildren(): number {
    return this._node.rows.length;
  }
  getChild(childIndex: number): Element {
    return this.getRow(childIndex) as unknown as Element;
  }
  getRow(rowIndex: number): TableRow {
    return new FakeTableRow(this._ws, this._session, this._node, this._row(rowIndex))._proxy;
  }
  getCell(rowIndex: number, cellIndex: number): TableCell {
    return new FakeTableRow(this._ws, this._session, this._node, this._row(rowIndex)).getCell(cellIndex);
  }
  setColumnWidth(columnIndex: number, width: number): Table {
    const cols = this._node.rows[0]?.cells.length ?? 0;
    if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= cols)
      throw new Error(`Column index (${columnIndex}) must be less than the number of columns (${cols}).`);
    while (this._node.columnWidths.length < cols) this._node.columnWidths.push(null);
    this._node.columnWidths[columnIndex] = numberAttr('width', width);
    return this._proxy;
  }
  getColumnWidth(columnIndex: number): number {
    return this._node.columnWidths[columnIndex] ?? (null as unknown as number);
  }
  setBorderWidth(width: number): Table {
    this._node.borderWidth = numberAttr('width', width);
    return this._proxy;
  }
  getBorderWidth(): number {
    return this._node.borderWidth;
  }
  setBorderColor(color: string): Table {
    this._node.borderColor = color;
    return this._proxy;
  }
  getBorderColor(): string {
    return this._node.borderColor ?? '#000000';
  }
  editAsText(): Text {
    return new FakeText(this._ws, this._session, paragraphsIn([this._node]))._proxy;
  }
  getText(): string {
    return viewText(paragraphsIn([this._node]));
  }
  setAttributes(attributes: Attrs): Table {
    applyAttributes(paragraphsIn([this._node]), attributes, tableExtra(this._node));
    return this._proxy;
  }
  getAttributes(): Attrs {
    return {
      ...attributesOf(paragraphsIn([this._node])[0]),
      BORDER_WIDTH: this._node.borderWidth,
      BORDER_COLOR: this._node.borderColor ?? null,
    };
  }
}

type RowApi = Pick<
  TableRow,
  'getNumCells' | 'getCell' | 'editAsText' | 'getText' | 'getType' | 'setAttributes' | 'getNumChildren' | 'getChild'
>;

export class FakeTableRow extends DocFake<TableRow> implements RowApi {
  constructor(
    ws: Workspace,
    session: DocSession,
    readonly _table: TableNode,
    readonly _node: TableRowNode,
  ) {
    super(ws, 'TableRow', session);
  }
  _paras(): ParagraphNode[] {
    return this._node.cells.flatMap((c) => c.paragraphs);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'TABLE_ROW' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getNumCells(): number {
    return this._node.cells.length;
  }
  getNumChildren(): number {
    return this._node.cells.length;
  }
  getChild(childIndex: number): Element {
    return this.getCell(childIndex) as unknown as Element;
  }
  getCell(cellIndex: number): TableCell {
    const c = this._node.cells[cellIndex];
    if (!Number.isInteger(cellIndex) || !c)
      throw new Error(`Child index (${cellIndex}) must be less than the number of child elements (${this._node.cells.length}).`);
    return new FakeTableCell(this._ws, this._session, c)._proxy;
  }
  editAsText(): Text {
    return new FakeText(this._ws, this._session, this._paras())._proxy;
  }
  getText(): string {
    return viewText(this._paras());
  }
  setAttributes(attributes: Attrs): TableRow {
    applyAttributes(this._paras(), attributes, (k, v) => {
      if (k !== 'BACKGROUND_COLOR') return false;
      for (const c of this._node.cells) c.backgroundColor = String(v);
      return true;
    });
    return this._proxy;
  }
}

type CellApi = Pick<
  TableCell,
  | 'getText'
  | 'editAsText'
  | 'setBackgroundColor'
  | 'getBackgroundColor'
  | 'setVerticalAlignment'
  | 'getVerticalAlignment'
  | 'getNumChildren'
  | 'getChild'
  | 'setAttributes'
  | 'getAttributes'
  | 'getType'
  | 'appendParagraph'
  | 'getColSpan'
>;

export class FakeTableCell extends DocFake<TableCell> implements CellApi {
  constructor(
    ws: Workspace,
    session: DocSession,
    readonly _node: TableCellNode,
  ) {
    super(ws, 'TableCell', session);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'TABLE_CELL' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getText(): string {
    return viewText(this._node.paragraphs);
  }
  editAsText(): Text {
    return new FakeText(this._ws, this._session, this._node.paragraphs)._proxy;
  }
  setBackgroundColor(color: string): TableCell {
    this._node.backgroundColor = color;
    return this._proxy;
  }
  getBackgroundColor(): string {
    return this._node.backgroundColor ?? (null as unknown as string);
  }
  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): TableCell {
    cellExtra(this._node)('VERTICAL_ALIGNMENT', alignment);
    return this._proxy;
  }
  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    return VALIGN_FROM_MODEL[this._node.verticalAlignment ?? 'top'] as unknown as GoogleAppsScript.Document.VerticalAlignment;
  }
  getNumChildren(): number {
    return this._node.paragraphs.length;
  }
  getChild(childIndex: number): Element {
    const p = this._node.paragraphs[childIndex];
    if (!Number.isInteger(childIndex) || !p)
      throw new Error(`Child index (${childIndex}) must be less than the number of child elements (${this._node.paragraphs.length}).`);
    return new FakeParagraph(this._ws, this._session, p)._proxy as unknown as Element;
  }
  appendParagraph(text: string | Paragraph): Paragraph {
    if (typeof text !== 'string') throw notImplemented('TableCell', 'appendParagraph(Paragraph)');
    const ps = writtenLines(this._ws, text).map((t) => newParagraph(t));
    this._node.paragraphs.push(...ps);
    checkDocSize(this._doc());
    return new FakeParagraph(this._ws, this._session, ps[0])._proxy;
  }
  getColSpan(): number {
    return this._node.mergedAway ? 0 : this._node.columnSpan;
  }
  setAttributes(attributes: Attrs): TableCell {
    applyAttributes(this._node.paragraphs, attributes, cellExtra(this._node));
    return this._proxy;
  }
  getAttributes(): Attrs {
    return {
      ...attributesOf(this._node.paragraphs[0]),
      BACKGROUND_COLOR: this._node.backgroundColor ?? null,
      VERTICAL_ALIGNMENT: this._node.verticalAlignment ? VALIGN_FROM_MODEL[this._node.verticalAlignment] : null,
    };
  }
}

// ---------------------------------------------------------------- Body

type BodyApi = Pick<
  Body,
  | 'clear'
  | 'appendParagraph'
  | 'appendTable'
  | 'appendPageBreak'
  | 'getNumChildren'
  | 'getChild'
  | 'getParagraphs'
  | 'getTables'
  | 'getImages'
  | 'getText'
  | 'editAsText'
  | 'setAttributes'
  | 'getAttributes'
  | 'setPageWidth'
  | 'setPageHeight'
  | 'setMarginTop'
  | 'setMarginBottom'
  | 'setMarginLeft'
  | 'setMarginRight'
  | 'getPageWidth'
  | 'getPageHeight'
  | 'getMarginTop'
  | 'getMarginBottom'
  | 'getMarginLeft'
  | 'getMarginRight'
  | 'getType'
>;

const PAGE_ATTRS: Record<string, keyof DocModel['documentStyle']> = {
  PAGE_WIDTH: 'pageWidth',
  PAGE_HEIGHT: 'pageHeight',
  MARGIN_TOP: 'marginTop',
  MARGIN_BOTTOM: 'marginBottom',
  MARGIN_LEFT: 'marginLeft',
  MARGIN_RIGHT: 'marginRight',
};

export class FakeBody extends DocFake<Body> implements BodyApi {
  constructor(ws: Workspace, session: DocSession) {
    super(ws, 'Body', session);
  }
  _children(): (ParagraphNode | TableNode)[] {
    return this._doc().content.filter((n): n is ParagraphNode | TableNode => n.type !== 'sectionBreak');
  }
  _wrap(n: ParagraphNode | TableNode): Element {
    return (n.type === 'paragraph'
      ? new FakeParagraph(this._ws, this._session, n)._proxy
      : new FakeTable(this._ws, this._session, n)._proxy) as unknown as Element;
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'BODY_SECTION' as unknown as GoogleAppsScript.Document.ElementType;
  }
  clear(): Body {
    const d = this._doc();
    const kept = this._ws.docsBehaviour.clearSectionBreaks === 'kept' ? d.content.slice(1).filter((n) => n.type === 'sectionBreak') : [];
    d.content = [d.content[0], newParagraph(), ...kept.flatMap((b) => [b, newParagraph()])];
    return this._proxy;
  }
  appendParagraph(text: string | Paragraph): Paragraph {
    if (typeof text !== 'string') throw notImplemented('Body', 'appendParagraph(Paragraph)');
    const ps = writtenLines(this._ws, text).map((t) => newParagraph(t));
    this._doc().content.push(...ps);
    checkDocSize(this._doc());
    return new FakeParagraph(this._ws, this._session, ps[0])._proxy;
  }
  appendTable(cells?: string[][] | Table): Table {
    if (!Array.isArray(cells)) throw notImplemented('Body', 'appendTable() without a string[][]');
    if (cells.length === 0 || !Array.isArray(cells[0]) || cells[0].length === 0)
      throw new Error('stand-in: appendTable needs at least one row and one column');
    const width = cells[0].length;
    cells.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== width)
        throw new Error(
          `stand-in: appendTable needs a rectangular array (row ${i} has ${Array.isArray(row) ? row.length : 'no'} cells, row 0 has ${width})`,
        );
      row.forEach((c) => {
        if (typeof c !== 'string')
          throw new Error("The parameters (number[][]) don't match the method signature for DocumentApp.Body.appendTable.");
      });
    });
    const table: TableNode = {
      type: 'table',
      rows: cells.map((row) => ({ cells: row.map((c) => newCell(stripInserted(c))) })),
      columnWidths: cells[0].map(() => null),
      pinnedHeaderRows: 0,
      borderWidth: 1,
    };
    const d = this._doc();
    d.content.push(table, newParagraph());
    checkDocSize(d);
    return new FakeTable(this._ws, this._session, table)._proxy;
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    const p: ParagraphNode = { type: 'paragraph', runs: [], pageBreak: true };
    this._doc().content.push(p);
    return new FakePageBreak(this._ws, this._session, p)._proxy;
  }
  getNumChildren(): number {
    return this._children().length;
  }
  getChild(childIndex: number): Element {
    const ch = this._children();
    const n = ch[childIndex];
    if (!Number.isInteger(childIndex) || !n)
      throw new Error(`Child index (${childIndex}) must be less than the number of child elements (${ch.length}).`);
    return this._wrap(n);
  }
  getParagraphs(): Paragraph[] {
    return paragraphsIn(this._children()).map((p) => new FakeParagraph(this._ws, this._session, p)._proxy);
  }
  getImages(): InlineImage[] {
    return imagesIn(this._children()).map((d) => new FakeInlineImage(this._ws, this._session, d)._proxy);
  }
  getTables(): Table[] {
    return this._children()
      .filter((n): n is TableNode => n.type === 'table')
      .map((t) => new FakeTable(this._ws, this._session, t)._proxy);
  }
  getText(): string {
    return viewText(paragraphsIn(this._children()));
  }
  editAsText(): Text {
    return new FakeText(this._ws, this._session, paragraphsIn(this._children()))._proxy;
  }
  setAttributes(attributes: Attrs): Body {
    const style = this._doc().documentStyle;
    applyAttributes(paragraphsIn(this._children()), attributes, (k, v) => {
      const field = PAGE_ATTRS[k];
      if (!field) return false;
      style[field] = numberAttr(k, v);
      return true;
    });
    return this._proxy;
  }
  getAttributes(): Attrs {
    const s = this._doc().documentStyle;
    return {
      ...attributesOf(paragraphsIn(this._children())[0]),
      PAGE_WIDTH: s.pageWidth,
      PAGE_HEIGHT: s.pageHeight,
      MARGIN_TOP: s.marginTop,
      MARGIN_BOTTOM: s.marginBottom,
      MARGIN_LEFT: s.marginLeft,
      MARGIN_RIGHT: s.marginRight,
    };
  }
  _setPage(field: keyof DocModel['documentStyle'], v: number): Body {
    this._doc().documentStyle[field] = numberAttr(field, v);
    return this._proxy;
  }
  setPageWidth(pageWidth: number): Body {
    return this._setPage('pageWidth', pageWidth);
  }
  setPageHeight(pageHeight: number): Body {
    return this._setPage('pageHeight', pageHeight);
  }
  setMarginTop(marginTop: number): Body {
    return this._setPage('marginTop', marginTop);
  }
  setMarginBottom(marginBottom: number): Body {
    return this._setPage('marginBottom', marginBottom);
  }
  setMarginLeft(marginLeft: number): Body {
    return this._setPage('marginLeft', marginLeft);
  }
  setMarginRight(marginRight: number): Body {
    return this._setPage('marginRight', marginRight);
  }
  getPageWidth(): number {
    return this._doc().documentStyle.pageWidth;
  }
  getPageHeight(): number {
    return this._doc().documentStyle.pageHeight;
  }
  getMarginTop(): number {
    return this._doc().documentStyle.marginTop;
  }
  getMarginBottom(): number {
    return this._doc().documentStyle.marginBottom;
  }
  getMarginLeft(): number {
    return this._doc().documentStyle.marginLeft;
  }
  getMarginRight(): number {
    return this._doc().documentStyle.marginRight;
  }
}

// ---------------------------------------------------------------- Document and DocumentApp

type InlineImage = GoogleAppsScript.Document.InlineImage;

/** Width and height in pixels from a PNG's IHDR chunk (bytes as a latin1 string), or null. */
function pngSize(data: string): { width: number; height: number } | null {
  if (!data.startsWith('\x89PNG\r\n\x1a\n') || data.slice(12, 16) !== 'IHDR') return null;
  const u32 = (at: number): number => Buffer.from(data.slice(at, at + 4), 'latin1').readUInt32BE(0);
  return { width: u32(16), height: u32(20) };
}

/** Every inline image in these nodes, table cells included, in document order. */
function imagesIn(nodes: (ParagraphNode | TableNode)[]): ImageData[] {
  const paragraphs = nodes.flatMap((n) => (n.type === 'paragraph' ? [n] : n.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs))));
  return paragraphs.flatMap((p) => p.runs.flatMap((r) => (r.image ? [r.image] : [])));
}

function pixels(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Error('Invalid argument: size');
  return v;
}

export class FakeInlineImage
  extends DocFake<InlineImage>
  implements Pick<InlineImage, 'getBlob' | 'getWidth' | 'getHeight' | 'setWidth' | 'setHeight'>
{
  constructor(
    ws: Workspace,
    session: DocSession,
    readonly _image: ImageData,
  ) {
    super(ws, 'InlineImage', session);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return new FakeBlob(this._ws, { data: this._image.data, contentType: this._image.contentType, name: 'image' })._proxy;
  }
  getWidth(): number {
    return this._image.width;
  }
  getHeight(): number {
    return this._image.height;
  }
  setWidth(width: number): InlineImage {
    this._image.width = pixels(width);
    return this._proxy;
  }
  setHeight(height: number): InlineImage {
    this._image.height = pixels(height);
    return this._proxy;
  }
}

export class FakePositionedImage
  extends DocFake<GoogleAppsScript.Document.PositionedImage>
  implements Pick<GoogleAppsScript.Document.PositionedImage, 'getBlob' | 'getWidth' | 'getHeight'>
{
  constructor(
    ws: Workspace,
    session: DocSession,
    readonly _image: ImageData,
  ) {
    super(ws, 'PositionedImage', session);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return new FakeBlob(this._ws, { data: this._image.data, contentType: this._image.contentType, name: 'image' })._proxy;
  }
  getWidth(): number {
    return this._image.width;
  }
  getHeight(): number {
    return this._image.height;
  }
}

export class FakeHeaderSection
  extends DocFake<GoogleAppsScript.Document.HeaderSection>
  implements Pick<GoogleAppsScript.Document.HeaderSection, 'getImages' | 'getParagraphs'>
{
  constructor(ws: Workspace, session: DocSession) {
    super(ws, 'HeaderSection', session);
  }
  getImages(): InlineImage[] {
    return imagesIn(this._doc().header ?? []).map((d) => new FakeInlineImage(this._ws, this._session, d)._proxy);
  }
  getParagraphs(): Paragraph[] {
    return (this._doc().header ?? []).map((p) => new FakeParagraph(this._ws, this._session, p)._proxy);
  }
}

type DocumentApi = Pick<
  GoogleAppsScript.Document.Document,
  'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'saveAndClose' | 'getAs' | 'getHeader'
>;

export class FakeDocument extends DocFake<GoogleAppsScript.Document.Document> implements DocumentApi {
  constructor(ws: Workspace, session: DocSession) {
    super(ws, 'Document', session);
  }
  getId(): string {
    return this._doc().id;
  }
  getName(): string {
    return this._doc().name;
  }
  setName(name: string): GoogleAppsScript.Document.Document {
    this._doc().name = name;
    const f = this._ws.drive.files[this._session.docId];
    if (f) f.name = name;
    return this._proxy;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this._doc().id}/edit`;
  }
  getBody(): Body {
    return new FakeBody(this._ws, this._session)._proxy;
  }
  /** The Doc's header, or null when it has none (the reference's example tests for null). */
  getHeader(): GoogleAppsScript.Document.HeaderSection {
    const header = this._doc().header;
    return (header ? new FakeHeaderSection(this._ws, this._session)._proxy : null) as GoogleAppsScript.Document.HeaderSection;
  }
  /** Only PDF is valid for a Doc; the bytes are the stand-in's (pdf-export.ts), not a rendering. */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== 'application/pdf')
      throw new Error(`Converting from application/vnd.google-apps.document to ${contentType} is not supported.`);
    const doc = this._doc();
    return new FakeBlob(this._ws, { data: renderFakePdf(doc), contentType, name: `${doc.name}.pdf` })._proxy;
  }
  saveAndClose(): void {
    const f = this._ws.drive.files[this._session.docId];
    if (f) f.lastUpdated = this._ws.now();
    this._session.closed = true;
  }
}

export class FakeDocumentApp
  extends Fake<GoogleAppsScript.Document.DocumentApp>
  implements Pick<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById'>
{
  readonly Attribute = Attribute;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  readonly ParagraphHeading = ParagraphHeading;
  readonly ElementType = ElementType;
  constructor(ws: Workspace) {
    super(ws, 'DocumentApp');
  }
  create(name: string): GoogleAppsScript.Document.Document {
    const file = this._ws.newDriveItem('file', name, 'application/vnd.google-apps.document', [this._ws.drive.rootId]);
    this._ws.data.docs[file.id] = newDocModel(file.id, name);
    return new FakeDocument(this._ws, { docId: file.id, closed: false })._proxy;
  }
  openById(id: string): GoogleAppsScript.Document.Document {
    if (docAccess(this._ws, id) === null) throw new Error(DOC_MISSING);
    return new FakeDocument(this._ws, { docId: id, closed: false })._proxy;
  }
}
