/** Writing one row back: one setValues over the span that changed; formulas in it are kept. */
import type { Cell, ColumnMap } from '../core/read-workbook';

export function writeRowCells(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  current: { values: readonly Cell[]; formulas: readonly string[] },
  map: ColumnMap,
  changes: Record<string, Cell>,
): void {
  const cols = Object.keys(changes)
    .map((k) => map.index[k])
    .filter((i) => i >= 0);
  if (!cols.length) return;
  const from = Math.min(...cols);
  const to = Math.max(...cols);
  const span: Cell[] = [];
  for (let c = from; c <= to; c++) span.push(current.formulas[c] || (current.values[c] ?? ''));
  for (const [key, value] of Object.entries(changes)) {
    const i = map.index[key];
    if (i >= 0) span[i - from] = value;
  }
  sheet.getRange(row, from + 1, 1, to - from + 1).setValues([span]);
}

/** A new row at the bottom, in one call; cells are placed by header. */
export function appendRowCells(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  width: number,
  map: ColumnMap,
  cells: Record<string, Cell>,
): number {
  const values: Cell[] = Array<Cell>(width).fill('');
  for (const [key, value] of Object.entries(cells)) {
    const i = map.index[key];
    if (i >= 0) values[i] = value;
  }
  sheet.appendRow(values);
  return sheet.getLastRow();
}
