/**
 * The sidebar's saves when people also edit the grid by hand, and when a client sends what the
 * sidebar would never send: rows are found by ID, text is stored as text, and the server checks
 * everything again.
 */
import { seededWorkspace, COORDINATOR } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import * as api from '../../src/server/api';
import { SHEET } from '../../src/core/labels';
import type { MeasureView, ProgressFields, ProgressSave } from '../../src/core/tracker';
import { measureSave, progressSave } from './tracker-saves';
import type { Workspace } from '../../emulator';

function load(ws: Workspace, id: string): MeasureView {
  const m = api.getMeasure(id)!;
  ws.endExecution();
  return m;
}

function input(m: MeasureView, over: Partial<ProgressFields> = {}): ProgressSave {
  return progressSave(m, over);
}

function save(ws: Workspace, i: ProgressSave) {
  const r = api.saveProgress(i);
  ws.endExecution();
  return r;
}

function progressRowOf(ws: Workspace, id: string): unknown[] {
  return ws.sheetValues(SHEET.progress).find((r) => r[0] === id)!;
}

function sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
}

describe('rows edited by hand in the grid', () => {
  it("after the rows were sorted, a save still lands on its measure's row", () => {
    const ws = seededWorkspace(sampleAgency());
    const m = load(ws, 'M-0004');
    const rows = sheet(SHEET.progress).getRange(2, 1, 7, 12).getValues();
    sheet(SHEET.progress)
      .getRange(2, 1, 7, 12)
      .setValues([...rows].reverse()); // sorted Z→A by hand
    expect(save(ws, input(m, { result: 'เปิดบริการออนไลน์เพิ่มเป็น 5 บริการ' })).ok).toBe(true);
    expect(progressRowOf(ws, 'M-0004')[4]).toBe('เปิดบริการออนไลน์เพิ่มเป็น 5 บริการ');
    expect(progressRowOf(ws, 'M-0001')[4]).toMatch(/^1\. ประชุมผู้อำนวยการกองทุกกอง/);
  });

  it('after a column was moved, a save writes the right column and leaves the others as they were', () => {
    const ws = seededWorkspace(sampleAgency());
    const m = load(ws, 'M-0002');
    const s = sheet(SHEET.progress);
    const outcome = s.getRange(1, 6, 8, 1).getValues();
    s.getRange(1, 13, 8, 1).setValues(outcome);
    s.getRange(1, 6, 8, 1).setValues(outcome.map(() => ['']));
    const before = ws.sheetValues(SHEET.progress);
    expect(save(ws, input(m, { outcome: 'บุคลากรตอบแบบวัดครบ 100%' })).ok).toBe(true);
    const after = ws.sheetValues(SHEET.progress);
    expect(after[2][12]).toBe('บุคลากรตอบแบบวัดครบ 100%');
    expect(after[2][5]).toBe('');
    // The sidebar's own columns (fingerprint, request ID) are added at the end on its first save.
    for (const r of [1, 3, 4, 5, 6, 7]) expect(after[r].slice(0, before[r].length)).toEqual(before[r]);
  });

  it('a text edited in the grid since the sidebar loaded is a conflict, not overwritten', () => {
    const ws = seededWorkspace(sampleAgency());
    const m = load(ws, 'M-0007');
    sheet(SHEET.progress).getRange(8, 5).setValue('แก้ในตารางโดยตรง');
    const r = save(ws, input(m, { result: 'ข้อความจากแถบข้าง' }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.kind).toBe('conflict');
    expect(!r.ok && r.kind === 'conflict' && r.theirs?.result).toBe('แก้ในตารางโดยตรง');
    expect(progressRowOf(ws, 'M-0007')[4]).toBe('แก้ในตารางโดยตรง');
  });

  it('a measure whose ID was deleted in the grid cannot be saved to, and says why', () => {
    const ws = seededWorkspace(sampleAgency());
    const m = load(ws, 'M-0005');
    sheet(SHEET.measures).getRange(6, 1).setValue('');
    const before = ws.sheetValues(SHEET.progress);
    const r = save(ws, input(m, { result: 'x' }));
    expect(!r.ok && r.message).toContain('ไม่พบมาตรการรหัส "M-0005"');
    expect(ws.sheetValues(SHEET.progress)).toEqual(before);
    const data = api.getTrackerData(2568);
    expect(data.problems.some((p) => p.includes('แถว 6') && p.includes('ไม่มีรหัสมาตรการ'))).toBe(true);
  });
});

describe('the server checks again what the client sends', () => {
  it('stores formula-, number- and date-looking text exactly as typed, as text', () => {
    const ws = seededWorkspace(sampleAgency());
    const m = load(ws, 'M-0003');
    expect(save(ws, input(m, { result: '=IMPORTXML("https://example.com","//p")', outcome: '0812345678', suggestions: '1/2' })).ok).toBe(
      true,
    );
    const row = ws.sheetState(SHEET.progress).rows[3];
    expect(row[4]?.f).toBeUndefined();
    expect(progressRowOf(ws, 'M-0003').slice(4, 8)).toEqual(['=IMPORTXML("https://example.com","//p")', '0812345678', '', '1/2']);
    expect(load(ws, 'M-0003').progress.H1?.result).toBe('=IMPORTXML("https://example.com","//p")');
  });

  it.each([
    ['evidence', { evidence: 'javascript:alert(1)' }, 'เปิดจากรายงานไม่ได้'],
    ['result', { result: 'ก'.repeat(20001) }, 'เกินที่รับได้ 20,000'],
    ['actual', { actual: 'หกสิบ' }, 'ไม่ใช่จำนวน'],
    ['status', { status: 'finished' as never }, 'เลือกสถานะจากรายการ'],
  ])('refuses a bad %s with a Thai message for that field, writing nothing', (field, over, message) => {
    const ws = seededWorkspace(sampleAgency());
    const m = load(ws, 'M-0004');
    const before = ws.sheetValues(SHEET.progress);
    const r = save(ws, input(m, over as Partial<ProgressFields>));
    expect(!r.ok && r.kind).toBe('invalid');
    expect(!r.ok && r.kind === 'invalid' && r.fieldErrors[field]).toContain(message);
    expect(ws.sheetValues(SHEET.progress)).toEqual(before);
  });

  it('accepts people or bodies that are not in the units list as responsible (the list filters, it is not a gate)', () => {
    const ws = seededWorkspace(sampleAgency());
    const m = load(ws, 'M-0002');
    const r = api.saveMeasure(measureSave(m, { responsible: 'ผู้บริหาร, ผู้ใหญ่บ้านหมู่ ๓' }));
    ws.endExecution();
    expect(r.ok).toBe(true);
    expect(load(ws, 'M-0002').responsible).toBe('ผู้บริหาร, ผู้ใหญ่บ้านหมู่ ๓');
    expect(COORDINATOR).toBe(ws.activeUser);
  });
});
