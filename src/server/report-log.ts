/**
 * The report log sheet (ประวัติการสร้างรายงาน): one row appended per generation attempt, and read
 * back to tell which reports the data has moved away from. The only sheet สร้างรายงาน changes.
 */
import { LOG_SHEET } from '../core/labels';
import { readLog, logRowCells, type LogEntry } from '../core/report-log';
import { mapColumns, type Cell } from '../core/read-workbook';
import { REPORT_LOG_COLUMNS } from '../core/schema';
import { appendRowCells } from './sheet-writer';
import { ensureReportLog, readSheet } from './sheet-repository';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Appends one row; a missing sheet or column is repaired first (as ตั้งค่าชีต would). Call under the document lock. */
export function appendLogEntry(ss: Spreadsheet, entry: LogEntry): void {
  let sheet = ss.getSheetByName(LOG_SHEET);
  let width = sheet ? sheet.getLastColumn() : 0;
  let map = sheet && width ? mapColumns(sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[], REPORT_LOG_COLUMNS) : null;
  if (!sheet || !map || map.missing.length) {
    sheet = ensureReportLog(ss);
    width = sheet.getLastColumn();
    map = mapColumns(sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[], REPORT_LOG_COLUMNS);
  }
  appendRowCells(sheet, width, map, logRowCells(entry));
}

export function readLogEntries(ss: Spreadsheet): LogEntry[] {
  const sheet = ss.getSheetByName(LOG_SHEET);
  return sheet ? readLog(readSheet(sheet)) : [];
}
