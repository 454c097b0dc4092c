/**
 * "ข้อมูลเปลี่ยนหลังสร้างรายงานเมื่อ …": the report log's last hash of each report compared with
 * the same report built from the sheets now. Only what the report says counts, so saving the
 * same data again (or editing a column no report shows) does not make a report stale.
 */
import type { Workbook } from '../core/model';
import { readWorkbook, type RawWorkbook } from '../core/read-workbook';
import { staleReports, type StaleReport } from '../core/report-log';
import { contentHashFor } from './report-job';
import { readLogEntries } from './report-log';

export function staleReportsNow(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, workbook: Workbook, now: Date = new Date()): StaleReport[] {
  return staleReports(readLogEntries(ss), (req) => contentHashFor(req, workbook, now));
}

export type { StaleReport };

/** The same from the sheets already read (the sidebar's load): none while the sheets have problems. */
export function staleReportsFromRaw(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, raw: RawWorkbook, now: Date = new Date()): StaleReport[] {
  const { workbook, problems } = readWorkbook(raw);
  return problems.length ? [] : staleReportsNow(ss, workbook, now);
}
