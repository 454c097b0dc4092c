/** After a new fiscal year starts, the old year stays open for staff until the coordinator closes it. */
import { seededWorkspace, COORDINATOR } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import * as api from '../../src/server/api';
import { SHEET } from '../../src/core/labels';
import { YEAR_SETTING_COLUMNS } from '../../src/core/schema';
import type { Workspace } from '../../emulator';
import { progressSave } from './tracker-saves';

const STAFF = 'somchai@nongbuathong.go.th';

function run<T>(ws: Workspace, user: string, f: () => T): T {
  ws.setActiveUser(user);
  try {
    return f();
  } finally {
    ws.endExecution();
  }
}

function closeYear(ws: Workspace, year: number, value: string): void {
  run(ws, COORDINATOR, () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.yearSettings)!;
    const values = sheet.getDataRange().getValues();
    const col = values[0].map(String).indexOf(YEAR_SETTING_COLUMNS.find((c) => c.key === 'closed')!.header) + 1;
    let row = values.findIndex((r) => Number(r[0]) === year) + 1;
    if (row < 1) {
      row = values.length + 1;
      sheet.getRange(row, 1).setValue(year);
    }
    sheet.getRange(row, col).setValue(value);
  });
}

describe('closing a fiscal year for the sidebar (ค่ากำหนดรายปี › ปิดรับบันทึกผลแล้ว)', () => {
  it('an open year takes results; a closed one refuses them in Thai and says how to reopen; reopening works', () => {
    const ws = seededWorkspace(sampleAgency());
    expect(run(ws, STAFF, () => api.getTrackerData(2568)).yearClosed).toBe(false);
    const m = run(ws, STAFF, () => api.getMeasure('M-0004'))!;
    expect(run(ws, STAFF, () => api.saveProgress(progressSave(m, { suggestions: 'ก่อนปิดปี' }))).ok).toBe(true);

    closeYear(ws, 2568, 'ใช่');
    expect(run(ws, STAFF, () => api.getTrackerData(2568)).yearClosed).toBe(true);
    const before = JSON.stringify(ws.sheetValues(SHEET.progress));
    const again = run(ws, STAFF, () => api.getMeasure('M-0004'))!;
    const refused = run(ws, STAFF, () => api.saveProgress(progressSave(again, { suggestions: 'หลังปิดปี' })));
    expect(refused).toMatchObject({ ok: false, kind: 'error' });
    expect(!refused.ok && refused.message).toContain('ปิดรับบันทึกผลแล้ว');
    expect(!refused.ok && refused.message).toContain(SHEET.yearSettings);
    expect(JSON.stringify(ws.sheetValues(SHEET.progress))).toBe(before);

    closeYear(ws, 2568, 'ไม่ใช่');
    const reopened = run(ws, STAFF, () => api.getMeasure('M-0004'))!;
    expect(run(ws, STAFF, () => api.saveProgress(progressSave(reopened, { suggestions: 'เปิดอีกครั้ง' }))).ok).toBe(true);
  });
});
