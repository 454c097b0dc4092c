import { seededWorkspace } from '../../emulator/agencies/seed';
import { syntheticAgency } from '../../emulator/agencies/synthetic-agency';
import { cellText, paragraphText, type DocModel } from '../../emulator';
import { SHEET } from '../../src/core/labels';
import { readWorkbook } from '../../src/core/read-workbook';
import { MEASURE_COLUMNS } from '../../src/core/schema';
import { newYearDialogData, startNewYear, type NewYearResult } from '../../src/server/new-year-service';
import { generateReport } from '../../src/server/report-job';
import { readRawWorkbook } from '../../src/server/sheet-repository';

const col = (key: string): number => MEASURE_COLUMNS.findIndex((c) => c.key === key);

function ok(r: NewYearResult): Extract<NewYearResult, { ok: true }> {
  if (!r.ok) throw new Error(r.message);
  return r;
}

const workbook = () => readWorkbook(readRawWorkbook(SpreadsheetApp.getActiveSpreadsheet())).workbook;

/** The Doc as text, table cells included (memo left out of the request). */
function docText(doc: DocModel): string {
  return JSON.stringify(
    doc.content.map((n) =>
      n.type === 'table' ? n.rows.map((r) => r.cells.map(cellText)) : n.type === 'paragraph' ? paragraphText(n) : n.type,
    ),
  );
}

describe('ITA › เริ่มปีงบประมาณใหม่', () => {
  it('offers the current year’s measures, ticking the ones not done and those marked ต่อเนื่อง', () => {
    seededWorkspace(syntheticAgency(12));
    // Measure 2 is done (synthetic: every third in progress); mark it ต่อเนื่อง.
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(SHEET.measures)!
      .getRange(3, col('continuing') + 1)
      .setValue('ใช่');
    const data = newYearDialogData();
    expect(data).toMatchObject({ fromYear: 2568, toYear: 2569, error: '' });
    expect(data.measures).toHaveLength(12);
    const ticked = data.measures.filter((m) => m.preselected).map((m) => m.id);
    expect(ticked).toEqual(['M-00001', 'M-00002', 'M-00004', 'M-00007', 'M-00010']);
    expect(data.measures[1]).toMatchObject({ status: 'done', continuing: true });
  });

  it('carries the chosen measures into new rows with new IDs and มาจากรหัส, no progress, old rows and progress untouched', () => {
    const ws = seededWorkspace(syntheticAgency(12));
    const before = { measures: ws.sheetValues(SHEET.measures), progress: ws.sheetValues(SHEET.progress) };
    const r = ok(startNewYear({ fromYear: 2568, ids: ['M-00001', 'M-00004', 'M-00005'] }));
    expect(r).toMatchObject({ carried: 3, skipped: 0, toYear: 2569 });
    const after = ws.sheetValues(SHEET.measures);
    expect(after.slice(0, before.measures.length)).toEqual(before.measures);
    expect(ws.sheetValues(SHEET.progress)).toEqual(before.progress);
    const wb = workbook();
    const fresh = wb.measures.filter((m) => m.fiscalYear === 2569);
    expect(fresh.map((m) => m.fromId)).toEqual(['M-00001', 'M-00004', 'M-00005']);
    expect(fresh.map((m) => m.order)).toEqual([1, 2, 3]);
    for (const m of fresh) {
      const old = wb.measures.find((o) => o.id === m.fromId)!;
      expect(m.id).toMatch(/^M-[0-9A-F]{8}$/);
      expect(m.id).not.toBe(old.id);
      expect({ ...m, id: '', fiscalYear: 0, order: 0, row: 0, fromId: '', version: 0 }).toEqual({
        ...old,
        id: '',
        fiscalYear: 0,
        order: 0,
        row: 0,
        fromId: '',
        version: 0,
      });
      expect(wb.progress.some((p) => p.measureId === m.id)).toBe(false);
    }
    expect(new Set(fresh.map((m) => m.id)).size).toBe(3);
    expect(wb.settings.fiscalYear).toBe(2569);
    expect(readWorkbook(readRawWorkbook(SpreadsheetApp.getActiveSpreadsheet())).problems).toEqual([]);
  });

  it('twice = once: the second run adds nothing and leaves every sheet as it was', () => {
    const ws = seededWorkspace(syntheticAgency(12));
    ok(startNewYear({ fromYear: 2568, ids: ['M-00001', 'M-00002'] }));
    const snapshot = JSON.stringify(ws.toJSON().data.spreadsheet);
    const again = ok(startNewYear({ fromYear: 2568, ids: ['M-00001', 'M-00002'] }));
    expect(again).toMatchObject({ carried: 0, skipped: 2 });
    expect(JSON.stringify(ws.toJSON().data.spreadsheet)).toBe(snapshot);
    expect(newYearDialogData().fromYear).toBe(2569);
  });

  it('a measure already carried is offered unticked, with the row it became', () => {
    seededWorkspace(syntheticAgency(6));
    ok(startNewYear({ fromYear: 2568, ids: ['M-00001'] }));
    const data = newYearDialogData(); // the settings now say 2569: ask for 2568's view explicitly
    expect(data.fromYear).toBe(2569);
    const { carryCandidates } = jest.requireActual<typeof import('../../src/core/new-year')>('../../src/core/new-year');
    const c = carryCandidates(workbook(), 2568);
    expect(c[0].carriedAs).toMatch(/^M-[0-9A-F]{8}$/);
    expect(c[0].preselected).toBe(false);
  });

  it('carries 50 measures in as many Apps Script calls as 5', () => {
    const callsFor = (n: number): Record<string, number> => {
      const ws = seededWorkspace(syntheticAgency(n));
      const ids = Array.from({ length: n }, (_, i) => `M-${String(i + 1).padStart(5, '0')}`);
      ok(startNewYear({ fromYear: 2568, ids }));
      const calls = ws.calls.snapshot();
      expect(workbook().measures.filter((m) => m.fiscalYear === 2569)).toHaveLength(n);
      return calls;
    };
    const five = callsFor(5);
    const fifty = callsFor(50);
    expect(fifty).toEqual(five);
    // One whole-range read per sheet (4 calls each) plus a fixed handful for the block write and the settings year.
    expect(Object.values(fifty).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(4 * Object.values(SHEET).length + 15);
  });

  it('text that looks like a formula is carried as text', () => {
    const ws = seededWorkspace(syntheticAgency(3));
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName(SHEET.measures)!
      .getRange(2, col('title') + 1)
      .setNumberFormat('0.###############')
      .setValue('\'=IMPORTXML("https://example.com","//p")'); // how the sidebar stores such a text
    expect(workbook().measures[0].title).toBe('=IMPORTXML("https://example.com","//p")');
    ok(startNewYear({ fromYear: 2568, ids: ['M-00001'] }));
    const fresh = workbook().measures.find((m) => m.fiscalYear === 2569)!;
    expect(fresh.title).toBe('=IMPORTXML("https://example.com","//p")');
    expect(ws.sheetValues(SHEET.measures).length).toBe(5);
  });

  it('the old year’s report regenerates with the same content afterwards', () => {
    const ws = seededWorkspace(syntheticAgency(12));
    const req = { fiscalYear: 2568, round: 'FY' as const, presetId: '001', includeMemo: false };
    const first = generateReport(req);
    if (!first.ok) throw new Error(first.message);
    const id = /\/d\/([\w-]+)/.exec(first.url)![1];
    const before = docText(ws.docs.get(id));
    ok(startNewYear({ fromYear: 2568, ids: ['M-00001', 'M-00002', 'M-00003'] }));
    const again = generateReport(req);
    if (!again.ok) throw new Error(again.message);
    expect(again.url).toBe(first.url);
    expect(docText(ws.docs.get(id))).toBe(before);
  });

  it('refuses a bad year without touching anything', () => {
    const ws = seededWorkspace(syntheticAgency(3));
    const snapshot = JSON.stringify(ws.toJSON().data.spreadsheet);
    expect(startNewYear({ fromYear: 12, ids: ['M-00001'] }).ok).toBe(false);
    expect(JSON.stringify(ws.toJSON().data.spreadsheet)).toBe(snapshot);
  });
});
