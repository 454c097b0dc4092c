/**
 * What a Google Doc accepts as text, applied to every text the report layout writes.
 *
 * - The Docs API strips "some control characters (U+0000-U+0008, U+000C-U+001F) and characters
 *   from the Unicode Basic Multilingual Plane Private Use Area (U+E000-U+F8FF)" from inserted text
 *   (InsertTextRequest, https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttextrequest).
 *   Stripping them here makes the Doc's text equal the layout's, whichever way (DocumentApp or
 *   the Docs API) they would have been dropped, so styling never lands on shifted indexes.
 *   \t, \n and U+000B (a line break inside a paragraph) stay.
 * - Text pasted from documents made with old Thai fonts carries the fonts' positional glyphs in
 *   the Private Use Area (U+F700–U+F71A: a tone mark shifted left or down, ฐ/ญ without their
 *   descender). They are the standard marks drawn differently, so they are mapped back before the
 *   stripping would delete them; the table is HarfBuzz's Windows PUA table read backwards
 *   (src/hb-ot-shaper-thai.cc, SD/SDL/SL/RD mappings).
 * - A Doc holds at most 1.02 million characters (Google Drive help, "Files you can store in Google
 *   Drive", https://support.google.com/drive/answer/37603). The estimate counts what the Docs API
 *   counts — UTF-16 code units, one per paragraph end, table, row and cell — and is checked before
 *   anything is created.
 */
import type { LayoutBlock, ReportLayout } from './report-layout';
import { DOC_TEXT } from './labels';
import { UserFacingError } from './problems';
import { formatCount } from './thai';

const MAI_EK = '\u0e48';
const MAI_THO = '\u0e49';
const MAI_TRI = '\u0e4a';
const MAI_CHATTAWA = '\u0e4b';
const THANTHAKHAT = '\u0e4c';

/** Legacy Thai Private Use Area glyph → the standard character it draws. */
export const LEGACY_THAI_GLYPHS: Readonly<Record<string, string>> = {
  '\uf700': '\u0e10', // ฐ without its descender
  '\uf701': '\u0e34', // sara i, shifted left
  '\uf702': '\u0e35',
  '\uf703': '\u0e36',
  '\uf704': '\u0e37',
  '\uf705': MAI_EK, // tone marks shifted down and left
  '\uf706': MAI_THO,
  '\uf707': MAI_TRI,
  '\uf708': MAI_CHATTAWA,
  '\uf709': THANTHAKHAT,
  '\uf70a': MAI_EK, // tone marks shifted down
  '\uf70b': MAI_THO,
  '\uf70c': MAI_TRI,
  '\uf70d': MAI_CHATTAWA,
  '\uf70e': THANTHAKHAT,
  '\uf70f': '\u0e0d', // ญ without its descender
  '\uf710': '\u0e31', // mai han-akat, shifted left
  '\uf711': '\u0e4d', // nikhahit, shifted left
  '\uf712': '\u0e47', // maitaikhu, shifted left
  '\uf713': MAI_EK, // tone marks shifted left
  '\uf714': MAI_THO,
  '\uf715': MAI_TRI,
  '\uf716': MAI_CHATTAWA,
  '\uf717': THANTHAKHAT,
  '\uf718': '\u0e38', // sara u, shifted down
  '\uf719': '\u0e39', // sara uu, shifted down
  '\uf71a': '\u0e3a', // phinthu, shifted down
};

// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

/** Text as a Doc will hold it: CRLF/CR → LF, legacy Thai glyphs → standard marks, the rest of what Docs strips removed. */
export function docSafeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\uf700-\uf71a]/g, (c) => LEGACY_THAI_GLYPHS[c] ?? c)
    .replace(STRIPPED, '');
}

/** Google Docs' limit on a document's characters. */
export const DOC_MAX_CHARACTERS = 1_020_000;

function blockUnits(b: LayoutBlock): number {
  if (b.kind === 'paragraph') return b.runs.reduce((n, r) => n + r.text.length, 0) + 1;
  const rows: string[][] = [
    ...(b.header ? [b.header] : []),
    ...b.rows.map((r) => (r.kind === 'section' ? [r.text, ...Array<string>(b.widths.length - 1).fill('')] : r.cells)),
  ];
  // A table and each row and cell take one index; each cell's text ends with a newline; an empty
  // paragraph follows every table DocumentApp appends.
  return 2 + rows.reduce((n, row) => n + 1 + row.reduce((m, cell) => m + 2 + cell.length, 0), 0) + 1;
}

/** The number of characters (Docs API indexes) the layout will take in the Doc. */
export function estimateDocCharacters(layout: ReportLayout): number {
  return 1 + layout.sections.reduce((n, s) => n + 1 + s.blocks.reduce((m, b) => m + blockUnits(b), 0), 0);
}

/** Refuses, before anything is created, a report larger than a Doc can hold. */
export function checkReportSize(layout: ReportLayout): void {
  const size = estimateDocCharacters(layout);
  if (size > DOC_MAX_CHARACTERS) {
    throw new UserFacingError(DOC_TEXT.tooLarge.replace('{size}', formatCount(size)).replace('{max}', formatCount(DOC_MAX_CHARACTERS)));
  }
}
