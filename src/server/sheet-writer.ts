/**
 * Writing one row back: one setValues over the span that changed; formulas in it are kept.
 *
 * User text must be stored exactly as typed (`=IMPORTXML(…)`, `-`, `0812345678`, `1/2`,
 * `'quoted`). Google's pages leave open what a plain-text cell does with a leading apostrophe
 * (hidden or kept) and with a leading `=` (formula or text), so nothing here depends on it:
 * text goes raw into cells formatted as plain text (the format is set where a text column lost
 * it), then the span is read back with getFormulas (and getValues when a text starts with an
 * apostrophe); a cell that became a formula or does not hold exactly what was written is
 * rewritten in apostrophe form in a cell of the automatic format, where a leading apostrophe is
 * always the text marker, and is reported to the caller.
 */
import type { Cell, ColumnMap } from '../core/read-workbook';
import { PLAIN_TEXT_KINDS, type ColumnDef } from '../core/schema';

/** Cells of one row by column key: a mistyped key does not compile. */
export type RowCells<K extends string> = Partial<Record<K, Cell>>;

/** A cell that had to be stored in apostrophe form; `column` is its header. */
export interface RewrittenCell {
  row: number;
  column: string;
}

const PLAIN_TEXT = '@';
/** The pattern Sheets reports for a cell in its default (automatic) number format. */
const AUTOMATIC = '0.###############';

function columnAt(map: ColumnMap, index: number): ColumnDef | undefined {
  return map.defs.find((d) => map.index[d.key] === index);
}

export function writeRowCells<K extends string>(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  current: { values: readonly Cell[]; formulas: readonly string[] },
  map: ColumnMap<K>,
  changes: RowCells<NoInfer<K>>,
): RewrittenCell[] {
  const placed = (Object.entries(changes) as [K, Cell][]).map(([key, value]) => ({ i: map.index[key], value })).filter((c) => c.i >= 0);
  if (!placed.length) return [];
  const from = Math.min(...placed.map((c) => c.i));
  const to = Math.max(...placed.map((c) => c.i));
  const span: Cell[] = [];
  const keptFormula = new Set<number>();
  for (let c = from; c <= to; c++) {
    if (current.formulas[c]) keptFormula.add(c - from);
    span.push(current.formulas[c] || (current.values[c] ?? ''));
  }
  for (const { i, value } of placed) {
    span[i - from] = value;
    keptFormula.delete(i - from);
  }
  const range = sheet.getRange(row, from + 1, 1, span.length);
  const formats = range.getNumberFormats()[0];
  const wanted = formats.map((f, k) => {
    const def = columnAt(map, from + k);
    return def && PLAIN_TEXT_KINDS.has(def.kind) ? PLAIN_TEXT : f;
  });
  if (wanted.some((f, k) => f !== formats[k])) range.setNumberFormats([wanted]);
  const isText = (k: number): boolean => typeof span[k] === 'string' && span[k] !== '' && !keptFormula.has(k);
  // Outside plain-text cells Sheets would read "1/2" as a date: there the apostrophe form is the rule.
  range.setValues([span.map((v, k) => (isText(k) && wanted[k] !== PLAIN_TEXT ? `'${String(v)}` : v))]);
  const formulas = range.getFormulas()[0];
  // Only a leading apostrophe can be lost from a plain-text cell: read the values back only then.
  const apostrophes = span.some((v, k) => isText(k) && String(v).startsWith("'"));
  const stored = apostrophes ? range.getValues()[0] : span;
  const rewritten: RewrittenCell[] = [];
  span.forEach((v, k) => {
    if (!isText(k) || (formulas[k] === '' && stored[k] === v)) return;
    sheet
      .getRange(row, from + k + 1)
      .setNumberFormat(AUTOMATIC)
      .setValue(`'${String(v)}`);
    rewritten.push({ row, column: columnAt(map, from + k)?.header ?? `${from + k + 1}` });
  });
  return rewritten;
}

/**
 * A new row at the bottom. Numbers and dates go in with appendRow (nothing in them can be
 * misread); text follows through writeRowCells, so it gets the same care as an edit.
 */
export function appendRowCells<K extends string>(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  width: number,
  map: ColumnMap<K>,
  cells: RowCells<NoInfer<K>>,
): { row: number; rewritten: RewrittenCell[] } {
  const typed: Cell[] = Array<Cell>(width).fill('');
  const texts: RowCells<K> = {};
  for (const [key, value] of Object.entries(cells) as [K, Cell][]) {
    const i = map.index[key];
    if (i < 0) continue;
    if (typeof value === 'string') texts[key] = value;
    else typed[i] = value;
  }
  // appendRow places the row after the last one with content: an empty row would be overwritten.
  if (typed.every((v) => v === '')) throw new Error('appendRowCells: a new row needs at least one number, date or yes/no value');
  sheet.appendRow(typed);
  const row = sheet.getLastRow();
  return { row, rewritten: writeRowCells(sheet, row, { values: typed, formulas: [] }, map, texts) };
}
