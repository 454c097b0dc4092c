import { seededWorkspace } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { setupSheets, readRawWorkbook } from '../../src/server/sheet-repository';
import { SHEET } from '../../src/core/labels';
import { ITA_RESULT_COLUMNS, YEAR_SETTING_COLUMNS } from '../../src/core/schema';
import { DEFAULT_FRAMEWORK, DEFAULT_FRAMEWORK_YEARS, readItaResults, readScoringRules } from '../../src/core/ita-result';

describe('ตั้งค่าชีต: ผลการประเมิน ITA and the scoring columns of ค่ากำหนดรายปี', () => {
  it('creates the result sheet with the known framework per year, scores blank, and ships the level rules per year', () => {
    const ws = seededWorkspace(sampleAgency());
    const values = ws.sheetValues(SHEET.itaResults);
    expect(values[0]).toEqual(ITA_RESULT_COLUMNS.map((c) => c.header));
    expect(values.slice(1)).toHaveLength(DEFAULT_FRAMEWORK.length * DEFAULT_FRAMEWORK_YEARS.length);
    expect(values[1].slice(0, 5)).toEqual([DEFAULT_FRAMEWORK_YEARS[0], 'IIT', 1, 'การปฏิบัติหน้าที่', '']);
    const years = ws.sheetValues(SHEET.yearSettings);
    const col = YEAR_SETTING_COLUMNS.findIndex((c) => c.key === 'levelRules');
    expect(years[0][col]).toBe(YEAR_SETTING_COLUMNS[col].header);
    const rulesOf = (y: number) => years.find((r) => r[0] === y)![col];
    expect(rulesOf(2565)).toContain('AA: 95');
    expect(rulesOf(2567)).toBe('ผ่าน: 85');
    expect(rulesOf(2568)).toContain('ผ่านดีเยี่ยม:');
    // Blank scores: no result yet, so reports fall back to the settings rows.
    const raw = readRawWorkbook(SpreadsheetApp.getActiveSpreadsheet());
    expect(readItaResults(raw[SHEET.itaResults], readScoringRules(raw[SHEET.yearSettings], [])).byYear.size).toBe(0);
  });

  it('a typed score survives ตั้งค่าชีต again; the framework is not written twice', () => {
    const ws = seededWorkspace(sampleAgency());
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName(SHEET.itaResults)!.getRange(2, 5).setValue(96.03);
    const report = setupSheets(ss);
    expect(report.createdSheets).toEqual([]);
    const values = ws.sheetValues(SHEET.itaResults);
    expect(values[1][4]).toBe(96.03);
    expect(values.slice(1)).toHaveLength(DEFAULT_FRAMEWORK.length * DEFAULT_FRAMEWORK_YEARS.length);
  });
});
