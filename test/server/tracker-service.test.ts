/** The sidebar's server side against the seeded stand-in workspace: saves round-trip exactly. */
import { seededWorkspace, COORDINATOR } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import * as api from '../../src/server/api';
import { SHEET } from '../../src/core/labels';
import type { MeasureView, ProgressFields, ProgressSave, SaveResult } from '../../src/core/tracker';
import { measureSave, progressSave } from './tracker-saves';
import type { Workspace } from '../../emulator';

function ok<T>(r: SaveResult<T>): T {
  if (!r.ok) throw new Error(`${r.kind}: ${r.message} ${JSON.stringify(r)}`);
  return r.value;
}

function run<T>(ws: Workspace, user: string, f: () => T): T {
  ws.setActiveUser(user);
  try {
    return f();
  } finally {
    ws.endExecution();
  }
}

function measure(ws: Workspace, id: string, user = COORDINATOR): MeasureView {
  return run(ws, user, () => api.getMeasure(id))!;
}

function input(m: MeasureView, over: Partial<ProgressFields> = {}): ProgressSave {
  return progressSave(m, over);
}

const STAFF = 'somchai@nongbuathong.go.th';

describe('sidebar server: saves round-trip', () => {
  it('a saved progress entry reloads with the version and fingerprint the save returned, so the next save is no conflict', () => {
    const ws = seededWorkspace(sampleAgency());
    const tricky = ['=1+1', '1/2', '0812345678', 'TRUE', 'ข้อความ\nสองบรรทัด'];
    for (const text of tricky) {
      const m = measure(ws, 'M-0004', STAFF);
      const saved = ok(run(ws, STAFF, () => api.saveProgress(input(m, { result: text, actual: '๑๒' }))));
      const again = measure(ws, 'M-0004', STAFF).progress.H1!;
      expect(again.result).toBe(text);
      expect(again.actual).toBe(12);
      expect(again.version).toBe(saved.version);
      expect(again.fingerprint).toBe(saved.fingerprint);
    }
  });

  it('a new entry (no row yet) saves with base 0 and reloads identically', () => {
    const ws = seededWorkspace(sampleAgency());
    const m = measure(ws, 'M-0008', STAFF);
    expect(m.progress.H1).toBeUndefined();
    const saved = ok(run(ws, STAFF, () => api.saveProgress(input(m, { evidence: 'https://example.go.th/a\nhttps://example.go.th/b' }))));
    const again = measure(ws, 'M-0008', STAFF).progress.H1!;
    expect(again.fingerprint).toBe(saved.fingerprint);
    expect(again.evidence).toEqual(['https://example.go.th/a', 'https://example.go.th/b']);
    expect(again.updatedBy).toBe(STAFF);
  });

  it("two users changing the same field: the second gets a conflict for that field carrying the first one's text; keep-mine on theirs lands", () => {
    const ws = seededWorkspace(sampleAgency());
    const a = measure(ws, 'M-0005', STAFF);
    const b = measure(ws, 'M-0005', COORDINATOR);
    ok(run(ws, STAFF, () => api.saveProgress(input(a, { result: 'ของสมชาย' }))));
    const r = run(ws, COORDINATOR, () => api.saveProgress(input(b, { result: 'ของมาลี' })));
    expect(r.ok).toBe(false);
    if (r.ok || r.kind !== 'conflict') throw new Error('expected conflict');
    expect(r.theirs?.result).toBe('ของสมชาย');
    expect(r.fields?.map((f) => [f.key, f.theirs, f.mine])).toEqual([['result', 'ของสมชาย', 'ของมาลี']]);
    ok(run(ws, COORDINATOR, () => api.saveProgress(progressSave(b, { result: 'ของมาลี' }, { loaded: r.theirs!.form }))));
    expect(measure(ws, 'M-0005').progress.H1!.result).toBe('ของมาลี');
  });

  it('an edited measure reloads with the returned fingerprint; archive and move keep working on the returned versions', () => {
    const ws = seededWorkspace(sampleAgency());
    const m = measure(ws, 'M-0002');
    const saved = ok(
      run(ws, COORDINATOR, () =>
        api.saveMeasure(measureSave(m, { title: '0812 =x', responsible: 'สำนักปลัด, กองคลัง', period: '1/2', target: '๘๐' })),
      ),
    );
    const again = measure(ws, 'M-0002');
    expect(again.title).toBe('0812 =x');
    expect(again.period).toBe('1/2');
    expect(again.target).toBe(80);
    expect(again.fingerprint).toBe(saved.fingerprint);
    const archived = ok(run(ws, COORDINATOR, () => api.archiveMeasure(m.id, true, saved.version, saved.fingerprint)));
    expect(measure(ws, 'M-0002').fingerprint).toBe(archived.fingerprint);
    const back = ok(run(ws, COORDINATOR, () => api.archiveMeasure(m.id, false, archived.version, archived.fingerprint)));
    const moved = ok(run(ws, COORDINATOR, () => api.moveMeasure(m.id, -1)));
    const reloaded = run(ws, COORDINATOR, () => api.getTrackerData(2568)).measures;
    for (const v of moved) expect(reloaded.find((x) => x.id === v.id)!.fingerprint).toBe(v.fingerprint);
    expect(reloaded.map((x) => x.id).slice(0, 2)).toEqual(['M-0002', 'M-0001']);
    expect(back.archived).toBe(false);
  });

  it('a new measure gets an ID and the next order, and reloads identically', () => {
    const ws = seededWorkspace(sampleAgency());
    const saved = ok(
      run(ws, COORDINATOR, () =>
        api.saveMeasure(measureSave(null, { section: 'หมวดใหม่', title: 'มาตรการใหม่', responsible: 'กองช่าง' }, { fiscalYear: 2568 })),
      ),
    );
    const again = measure(ws, saved.id);
    expect(again.fingerprint).toBe(saved.fingerprint);
    expect(again.order).toBe(9);
  });

  it('when coordinators are listed, only they may add or edit measures; staff still save progress', () => {
    const ws = seededWorkspace(sampleAgency());
    const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.settings)!;
    const labels = settings
      .getRange(1, 1, settings.getLastRow(), 1)
      .getValues()
      .map((r) => String(r[0]));
    settings.getRange(labels.findIndex((l) => l.startsWith('อีเมลผู้ประสานงาน')) + 1, 2).setValue(COORDINATOR);
    ws.endExecution();
    const staffView = run(ws, STAFF, () => api.getTrackerData());
    expect(staffView.canEditMeasures).toBe(false);
    expect(run(ws, COORDINATOR, () => api.getTrackerData()).canEditMeasures).toBe(true);
    const m = staffView.measures.find((x) => x.id === 'M-0003')!;
    const r = run(ws, STAFF, () => api.archiveMeasure(m.id, true, m.version, m.fingerprint));
    expect(r).toMatchObject({ ok: false, kind: 'error' });
    expect(measure(ws, 'M-0003').archived).toBe(false);
    ok(run(ws, STAFF, () => api.saveProgress(input(measure(ws, m.id, STAFF), { outcome: 'ครบทุกกอง' }))));
  });

  it('tells the sidebar whether the report prints Thai digits', () => {
    const ws = seededWorkspace(sampleAgency());
    expect(run(ws, STAFF, () => api.getTrackerData()).thaiDigits).toBe(true);
  });
});
