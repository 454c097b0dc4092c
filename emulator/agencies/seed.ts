/**
 * A stand-in workspace set up the way a coordinator would: ITA › ตั้งค่าชีต, then the data typed
 * into the sheets. Call counts are reset afterwards so a test sees only its own job's calls.
 */
import { installGlobals, Workspace } from '..';
import { SHEET } from '../../src/core/labels';
import { setupSheets } from '../../src/server/sheet-repository';
import type { Cell } from '../../src/core/read-workbook';
import type { SheetData } from './sheets';

export const COORDINATOR = 'malee@nongbuathong.go.th';

function writeTable(name: string, rows: Cell[][], fromRow: number): void {
  const body = rows.slice(fromRow - 1);
  if (!body.length) return;
  const width = Math.max(...body.map((r) => r.length));
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
  if (fromRow - 1 + body.length > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), fromRow - 1 + body.length - sheet.getMaxRows());
  sheet.getRange(fromRow, 1, body.length, width).setValues(body.map((r) => [...r, ...Array<Cell>(width - r.length).fill('')]));
}

/** Types the sheet data into an already set-up spreadsheet (header rows are left as setup made them). */
export function typeSheetData(data: SheetData): void {
  writeTable(SHEET.measures, data.measures, 2);
  writeTable(SHEET.progress, data.progress, 2);
  const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.settings)!;
  const labels = settings
    .getRange(1, 1, settings.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  const values = labels.map((label) => {
    const row = data.settings.find((r) => String(r[0]) === label);
    return [row ? row[1] : ''];
  });
  settings.getRange(1, 2, values.length, 1).setValues(values.map((v, i) => (i === 0 ? ['ค่า'] : v)));
  const units = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.units)!;
  units.getRange(2, 1, Math.max(units.getLastRow() - 1, 1), 1).clearContent();
  writeTable(SHEET.units, data.units, 2);
}

export function seededWorkspace(
  data: SheetData,
  options: { now?: Date; user?: string; htmlFiles?: Record<string, string> } = {},
): Workspace {
  const ws = new Workspace({
    activeUser: options.user ?? COORDINATOR,
    now: options.now ?? new Date(2025, 3, 5, 10, 0),
    htmlFiles: options.htmlFiles,
  });
  installGlobals(ws);
  setupSheets(SpreadsheetApp.getActiveSpreadsheet());
  typeSheetData(data);
  ws.endExecution();
  ws.calls.reset();
  return ws;
}
