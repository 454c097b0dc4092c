/**
 * Field-level saves under the document lock: each changed field is written only when its cell
 * still holds the text the user loaded; fields the user did not touch are never written, so what
 * the form cannot show (a formula, text in the number cell, evidence that is not a bare link) is
 * kept byte for byte; a retried request is answered with what it wrote.
 */
import { seededWorkspace, COORDINATOR } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import * as api from '../../src/server/api';
import { SHEET } from '../../src/core/labels';
import type { MeasureView, SaveResult } from '../../src/core/tracker';
import type { Workspace } from '../../emulator';
import { measureSave, progressSave } from './tracker-saves';

const A = 'somchai@nongbuathong.go.th';
const B = COORDINATOR;

function run<T>(ws: Workspace, user: string, f: () => T): T {
  ws.setActiveUser(user);
  try {
    return f();
  } finally {
    ws.endExecution();
  }
}

function measure(ws: Workspace, id: string, user = A): MeasureView {
  return run(ws, user, () => api.getMeasure(id))!;
}

function ok<T>(r: SaveResult<T>): T {
  if (!r.ok) throw new Error(`${r.kind}: ${r.message} ${JSON.stringify(r)}`);
  return r.value;
}

function header(ws: Workspace, sheet: string): string[] {
  return ws.sheetValues(sheet)[0].map(String);
}

/** The progress row of a measure, as cells keyed by header. */
function progressRow(ws: Workspace, id: string): Record<string, unknown> {
  const h = header(ws, SHEET.progress);
  const row = ws.sheetValues(SHEET.progress).find((r) => r[0] === id)!;
  return Object.fromEntries(h.map((k, i) => [k, row[i]]));
}

function setProgressCell(ws: Workspace, id: string, column: string, value: string): void {
  const rows = ws.sheetValues(SHEET.progress);
  const r = rows.findIndex((x) => x[0] === id) + 1;
  const c = header(ws, SHEET.progress).indexOf(column) + 1;
  const range = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.progress)!.getRange(r, c);
  if (value.startsWith('=')) range.setFormula(value);
  else range.setValue(value);
  ws.endExecution();
}

const ODD_EVIDENCE = 'ภาพกิจกรรม: https://photos.example.go.th/a b / www.x.go.th/a.pdf / เอกสารในแฟ้ม';

describe('field-level saves', () => {
  it('two people changing different fields of one entry both land (A’s result is not reverted)', () => {
    const ws = seededWorkspace(sampleAgency());
    const a = measure(ws, 'M-0005', A);
    const b = measure(ws, 'M-0005', B);
    ok(run(ws, A, () => api.saveProgress(progressSave(a, { result: 'ผลใหม่ของสมชาย' }))));
    const r = ok(run(ws, B, () => api.saveProgress(progressSave(b, { outcome: 'ผลลัพธ์ของมาลี' }))));
    expect(r.result).toBe('ผลใหม่ของสมชาย');
    const now = measure(ws, 'M-0005').progress.H1!;
    expect([now.result, now.outcome]).toEqual(['ผลใหม่ของสมชาย', 'ผลลัพธ์ของมาลี']);
  });

  it('the same field changed by both is a conflict for that field only; the other changed field is written', () => {
    const ws = seededWorkspace(sampleAgency());
    const a = measure(ws, 'M-0005', A);
    const b = measure(ws, 'M-0005', B);
    const loadedResult = b.progress.H1!.form.result;
    ok(run(ws, A, () => api.saveProgress(progressSave(a, { result: 'ของสมชาย' }))));
    const r = run(ws, B, () => api.saveProgress(progressSave(b, { result: 'ของมาลี', suggestions: 'ข้อเสนอของมาลี' })));
    if (r.ok || r.kind !== 'conflict') throw new Error(`expected a conflict, got ${JSON.stringify(r)}`);
    expect(r.fields).toEqual([{ key: 'result', label: 'ผลการดำเนินการ', loaded: loadedResult, theirs: 'ของสมชาย', mine: 'ของมาลี' }]);
    expect(r.message).toContain('"ผลการดำเนินการ"');
    const now = measure(ws, 'M-0005').progress.H1!;
    expect([now.result, now.suggestions]).toEqual(['ของสมชาย', 'ข้อเสนอของมาลี']);
    // "use mine": the same field sent again, loaded with theirs, lands.
    ok(run(ws, B, () => api.saveProgress(progressSave(b, { result: 'ของมาลี' }, { loaded: r.theirs!.form }))));
    expect(measure(ws, 'M-0005').progress.H1!.result).toBe('ของมาลี');
  });

  it('fields the user did not touch are never written: odd evidence, text in the number cell and a formula stay byte for byte', () => {
    const ws = seededWorkspace(sampleAgency());
    setProgressCell(ws, 'M-0007', 'หลักฐาน (ลิงก์)', ODD_EVIDENCE);
    setProgressCell(ws, 'M-0007', 'ผลที่ทำได้ (ตัวเลข)', '48 คน');
    setProgressCell(ws, 'M-0007', 'ผลลัพธ์/ความสำเร็จ', '=CONCATENATE("ผล","ลัพธ์")');
    const m = measure(ws, 'M-0007');
    const p = m.progress.H1!;
    expect(p.form.evidence).toBe(ODD_EVIDENCE);
    expect(p.form.actual).toBe('48 คน');
    expect(p.form.outcome).toBe('=CONCATENATE("ผล","ลัพธ์")');
    // Evidence is one link or description per line: the sidebar can edit it, so it is not read-only.
    expect(Object.keys(p.readOnly).sort()).toEqual(['actual', 'outcome']);
    expect(p.readOnly.actual).toContain('48 คน');
    const before = progressRow(ws, 'M-0007');
    ok(run(ws, A, () => api.saveProgress(progressSave(m, { suggestions: 'ข้อเสนอใหม่' }))));
    const after = progressRow(ws, 'M-0007');
    for (const column of ['หลักฐาน (ลิงก์)', 'ผลที่ทำได้ (ตัวเลข)', 'ผลการดำเนินการ', 'สถานะ']) expect(after[column]).toBe(before[column]);
    expect(after['ข้อเสนอแนะ']).toBe('ข้อเสนอใหม่');
    const sheet = ws.sheetState(SHEET.progress);
    const r = ws.sheetValues(SHEET.progress).findIndex((x) => x[0] === 'M-0007');
    expect(sheet.rows[r][header(ws, SHEET.progress).indexOf('ผลลัพธ์/ความสำเร็จ')]?.f).toBe('=CONCATENATE("ผล","ลัพธ์")');
  });

  it('evidence is stored one link or description per line as typed; a line no reader could open is refused, naming it', () => {
    const ws = seededWorkspace(sampleAgency());
    const m = measure(ws, 'M-0004');
    const evidence =
      'https://example.go.th/a.pdf\nภาพกิจกรรม: https://drive.google.com/file/d/x/view?usp=sharing, ชุดที่ 2\nเอกสารในแฟ้ม สำนักปลัด';
    ok(run(ws, A, () => api.saveProgress(progressSave(m, { evidence }))));
    expect(progressRow(ws, 'M-0004')['หลักฐาน (ลิงก์)']).toBe(evidence);
    const bad = run(ws, A, () => api.saveProgress(progressSave(measure(ws, 'M-0004'), { evidence: 'file:///C:/a.pdf' })));
    expect(!bad.ok && bad.kind === 'invalid' && bad.fieldErrors.evidence).toContain('"file:///C:/a.pdf" เปิดจากรายงานไม่ได้');
  });

  it('a row edited in the grid is said so on load, never blocks a save, and the save says it', () => {
    const ws = seededWorkspace(sampleAgency());
    const m = measure(ws, 'M-0004');
    ok(run(ws, A, () => api.saveProgress(progressSave(m, { result: 'จากแถบข้าง' }))));
    expect(measure(ws, 'M-0004').progress.H1!.editedInGrid).toBe(false);
    setProgressCell(ws, 'M-0004', 'ข้อเสนอแนะ', 'แก้ในตาราง');
    const loaded = measure(ws, 'M-0004').progress.H1!;
    expect(loaded.editedInGrid).toBe(true);
    const r = run(ws, A, () => api.saveProgress(progressSave(measure(ws, 'M-0004'), { outcome: 'ผลลัพธ์ใหม่' })));
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.note).toContain('แก้ไขในชีตโดยตรง');
    expect(r.value.suggestions).toBe('แก้ในตาราง');
    expect(measure(ws, 'M-0004').progress.H1!.editedInGrid).toBe(false);
  });

  it('a retried save that had landed answers with its result, not a conflict with yourself', () => {
    const ws = seededWorkspace(sampleAgency());
    const m = measure(ws, 'M-0005');
    const request = progressSave(m, { result: 'ครั้งเดียว' }, { requestId: 'req-retry-1' });
    const first = ok(run(ws, A, () => api.saveProgress(request)));
    const again = run(ws, A, () => api.saveProgress(request));
    expect(again).toEqual({ ok: true, value: first });
    expect(progressRow(ws, 'M-0005')['รหัสคำขอล่าสุด']).toBe('req-retry-1');
  });

  it('a retried เพิ่มมาตรการ whose answer was lost makes one row, not two', () => {
    const ws = seededWorkspace(sampleAgency());
    const request = measureSave(null, { title: 'มาตรการที่กดซ้ำ' }, { fiscalYear: 2568, requestId: 'req-new-1' });
    const first = ok(run(ws, B, () => api.saveMeasure(request)));
    const second = ok(run(ws, B, () => api.saveMeasure(request)));
    expect(second.id).toBe(first.id);
    expect(ws.sheetValues(SHEET.measures).filter((r) => r.includes('มาตรการที่กดซ้ำ'))).toHaveLength(1);
  });

  it('two coordinators editing different fields of one measure both land', () => {
    const ws = seededWorkspace(sampleAgency());
    const a = measure(ws, 'M-0002', B);
    const b = measure(ws, 'M-0002', B);
    ok(run(ws, B, () => api.saveMeasure(measureSave(a, { period: 'ต.ค. 2567 – มี.ค. 2568' }))));
    ok(run(ws, B, () => api.saveMeasure(measureSave(b, { steps: 'ขั้นที่ 1\nขั้นที่ 2' }))));
    const now = measure(ws, 'M-0002', B);
    expect([now.period, now.steps]).toEqual(['ต.ค. 2567 – มี.ค. 2568', 'ขั้นที่ 1\nขั้นที่ 2']);
  });

  it('moving sets the 1-based ลำดับ within the year and หมวด, resolving ties and gaps', () => {
    const ws = seededWorkspace(sampleAgency());
    const data = run(ws, B, () => api.getTrackerData(2568));
    const section = data.measures[0].section;
    const group = data.measures.filter((m) => !m.archived && m.section === section);
    expect(group.length).toBeGreaterThan(1);
    ok(run(ws, B, () => api.moveMeasure(group[1].id, -1)));
    const after = run(ws, B, () => api.getTrackerData(2568)).measures.filter((m) => !m.archived && m.section === section);
    expect(after.map((m) => m.id)).toEqual([group[1].id, group[0].id, ...group.slice(2).map((m) => m.id)]);
    expect(after.map((m) => m.order)).toEqual(after.map((_, i) => i + 1));
  });
});
