import { seededWorkspace } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { setupSheets } from '../../src/server/sheet-repository';
import { LOG_SHEET, PUBLISH_TEXT, SHEET } from '../../src/core/labels';
import { REPORT_LOG_COLUMNS, YEAR_SETTING_COLUMNS } from '../../src/core/schema';

describe('ตั้งค่าชีต: ค่ากำหนดรายปี and ประวัติการสร้างรายงาน', () => {
  it('creates the per-year sheet with the shipped OIT items and a prompt on blank years', () => {
    const ws = seededWorkspace(sampleAgency());
    const values = ws.sheetValues(SHEET.yearSettings);
    expect(values[0].slice(0, YEAR_SETTING_COLUMNS.length)).toEqual(YEAR_SETTING_COLUMNS.map((c) => c.header));
    const byYear = new Map(values.slice(1).map((r) => [r[0], r]));
    expect(byYear.get(2564)!.slice(1, 3)).toEqual(['O42', 'O43']);
    expect(byYear.get(2565)!.slice(1, 3)).toEqual(['O42', 'O43']);
    expect(byYear.get(2567)!.slice(1, 3)).toEqual(['O34', 'O35']);
    expect(byYear.get(2568)!.slice(1, 3)).toEqual(['', '']);
    expect(byYear.get(2568)![5]).toBe(PUBLISH_TEXT.yearPrompt);
    expect(ws.sheetValues(LOG_SHEET)[0].slice(0, REPORT_LOG_COLUMNS.length)).toEqual(REPORT_LOG_COLUMNS.map((c) => c.header));
  });

  it('repairs them in place: edited values kept, a deleted sheet recreated, defaults never written twice', () => {
    const ws = seededWorkspace(sampleAgency());
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName(SHEET.yearSettings)!.getRange(6, 2).setValue('O40');
    ss.deleteSheet(ss.getSheetByName(LOG_SHEET)!);
    const report = setupSheets(ss);
    expect(report.createdSheets).toEqual([LOG_SHEET]);
    expect(ws.sheetValues(SHEET.yearSettings)[5][1]).toBe('O40');
    expect(ws.sheetValues(SHEET.yearSettings).filter((r) => r[0] === 2567)).toHaveLength(1);
  });
});
