/** Who may edit measures: the listed coordinators, else the person who set the sheet up first — not everyone. */
import { seededWorkspace, COORDINATOR } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import * as api from '../../src/server/api';
import { reportingRound } from '../../src/core/tracker';
import { SHEET } from '../../src/core/labels';
import type { Workspace } from '../../emulator';
import { measureSave } from './tracker-saves';

const STAFF = 'somchai@nongbuathong.go.th';

function run<T>(ws: Workspace, user: string, f: () => T): T {
  ws.setActiveUser(user);
  try {
    return f();
  } finally {
    ws.endExecution();
  }
}

describe('coordinators', () => {
  it('with the coordinators row blank, only the person who ran ตั้งค่าชีต first may edit measures', () => {
    const ws = seededWorkspace(sampleAgency()); // set up by COORDINATOR, coordinators row blank
    expect(run(ws, COORDINATOR, () => api.getTrackerData()).canEditMeasures).toBe(true);
    expect(run(ws, STAFF, () => api.getTrackerData()).canEditMeasures).toBe(false);
    const m = run(ws, STAFF, () => api.getMeasure('M-0002'))!;
    const r = run(ws, STAFF, () => api.saveMeasure(measureSave(m, { period: 'โดยเจ้าหน้าที่' })));
    expect(r).toMatchObject({ ok: false, kind: 'error' });
    // A later repair run by someone else does not make them the coordinator.
    run(ws, STAFF, () => api.menuSetupSheets());
    expect(run(ws, STAFF, () => api.getTrackerData()).canEditMeasures).toBe(false);
  });

  it('a sheet set up before the first person was recorded has no coordinator, not everyone, until ตั้งค่าชีต runs again', () => {
    const ws = seededWorkspace(sampleAgency());
    delete ws.properties.document['ita.setupBy'];
    expect(run(ws, STAFF, () => api.getTrackerData()).canEditMeasures).toBe(false);
    expect(run(ws, COORDINATOR, () => api.getTrackerData()).canEditMeasures).toBe(false);
    const m = run(ws, STAFF, () => api.getMeasure('M-0002'))!;
    const r = run(ws, STAFF, () => api.saveMeasure(measureSave(m, { period: 'โดยเจ้าหน้าที่' })));
    expect(r).toMatchObject({ ok: false, kind: 'error' });
    expect(!r.ok && r.message).toContain('ITA › ตั้งค่าชีต');
    run(ws, COORDINATOR, () => api.menuSetupSheets());
    expect(run(ws, COORDINATOR, () => api.getTrackerData()).canEditMeasures).toBe(true);
    expect(run(ws, STAFF, () => api.getTrackerData()).canEditMeasures).toBe(false);
  });
});

describe('the round offered by default is the one being reported', () => {
  it.each([
    ['2025-10-01', 'FY', 2568],
    ['2025-10-31', 'FY', 2568],
    ['2025-11-01', 'H1', 2569],
    ['2026-04-30', 'H1', 2569],
    ['2026-05-01', 'FY', 2569],
    ['2026-09-30', 'FY', 2569],
  ])('on %s: %s of %p', (day, round, fiscalYear) => {
    const [y, mo, d] = day.split('-').map(Number);
    expect(reportingRound(new Date(y, mo - 1, d, 12))).toEqual({ round, fiscalYear });
  });
});

describe('the coordinator can set the open round in ตั้งค่า', () => {
  it('the sidebar offers that round; blank offers the round by date', () => {
    const ws = seededWorkspace(sampleAgency());
    const byDate = reportingRound(new Date()).round;
    expect(run(ws, STAFF, () => api.getTrackerData()).currentRound).toBe(byDate);
    const other = byDate === 'H1' ? 'รอบ 12 เดือน' : 'รอบ 6 เดือน';
    run(ws, COORDINATOR, () => {
      const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.settings)!;
      const labels = settings
        .getRange(1, 1, settings.getLastRow(), 1)
        .getValues()
        .map((r) => String(r[0]));
      const at = labels.indexOf('รอบที่เปิดให้บันทึกผลในแถบข้าง');
      expect(at).toBeGreaterThan(0);
      settings.getRange(at + 1, 2).setValue(other);
    });
    expect(run(ws, STAFF, () => api.getTrackerData()).currentRound).toBe(byDate === 'H1' ? 'FY' : 'H1');
  });
});
