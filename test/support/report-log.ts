import { LOG_SHEET } from '../../src/core/labels';
import { REPORT_LOG_COLUMNS, type ReportLogKey } from '../../src/core/schema';
import type { Workspace } from '../../emulator';

/** Every sheet but the report log, the one sheet สร้างรายงาน may change. */
export function sheetsExceptLog(ws: Workspace): string {
  const data = ws.toJSON().data.spreadsheet;
  return JSON.stringify({ ...data, activeSheet: null, sheets: data.sheets.filter((s) => s.name !== LOG_SHEET) });
}

/** The log's rows (header excluded, empty rows dropped), by column key. */
export function logRows(ws: Workspace): Record<ReportLogKey, unknown>[] {
  const values = ws.sheetValues(LOG_SHEET);
  const header = values[0] ?? [];
  return values
    .slice(1)
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => {
      const out = {} as Record<ReportLogKey, unknown>;
      for (const c of REPORT_LOG_COLUMNS) out[c.key] = r[header.indexOf(c.header)];
      return out;
    });
}
