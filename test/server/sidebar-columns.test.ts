/** The sidebar's bookkeeping columns sit hidden at the end of the measures and progress sheets. */
import { seededWorkspace } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { SHEET } from '../../src/core/labels';
import { SIDEBAR_COLUMNS } from '../../src/core/schema';
import { setupSheets } from '../../src/server/sheet-repository';
import * as api from '../../src/server/api';
import { progressSave } from './tracker-saves';

function hiddenHeaders(name: string): string[] {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  return header.filter((_, i) => sheet.isColumnHiddenByUser(i + 1));
}

describe('hidden sidebar columns', () => {
  it('ตั้งค่าชีต adds them hidden, and only them', () => {
    seededWorkspace(sampleAgency());
    const wanted = SIDEBAR_COLUMNS.map((c) => c.header);
    expect(hiddenHeaders(SHEET.measures)).toEqual(wanted);
    expect(hiddenHeaders(SHEET.progress)).toEqual(wanted);
  });

  it('a coordinator who shows them again is not overruled by the next ตั้งค่าชีต', () => {
    seededWorkspace(sampleAgency());
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.measures)!;
    sheet.showColumns(1, sheet.getMaxColumns());
    setupSheets(SpreadsheetApp.getActiveSpreadsheet());
    expect(hiddenHeaders(SHEET.measures)).toEqual([]);
  });

  it('a sheet set up before they existed gets them hidden on the first sidebar save that needs them', () => {
    const ws = seededWorkspace(sampleAgency());
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.progress)!;
    // As an older setup left it: no bookkeeping headers, nothing hidden.
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    for (const h of SIDEBAR_COLUMNS.map((c) => c.header)) sheet.getRange(1, header.indexOf(h) + 1).setValue('');
    sheet.showColumns(1, sheet.getMaxColumns());
    ws.endExecution();
    const m = api.getMeasure('M-0004')!;
    ws.endExecution();
    const r = api.saveProgress(progressSave(m, { suggestions: 'ข้อเสนอใหม่' }));
    ws.endExecution();
    expect(r.ok).toBe(true);
    expect(hiddenHeaders(SHEET.progress)).toEqual(SIDEBAR_COLUMNS.map((c) => c.header));
  });
});
