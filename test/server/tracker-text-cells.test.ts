/**
 * User text reaches the sheet exactly as typed whatever a plain-text cell does with a leading
 * apostrophe or "=" (Google's pages leave both open): the stand-in is switched to each plausible
 * behaviour and every save is checked in the stored cells and after a reload.
 */
import { seededWorkspace } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { PLAIN_TEXT_BEHAVIOURS, setPlainTextBehaviour, type PlainTextBehaviour } from '../../emulator/sheet-values';
import type { Workspace } from '../../emulator';
import { ROUND_LABEL, SHEET } from '../../src/core/labels';
import { mapColumns } from '../../src/core/read-workbook';
import { PROGRESS_COLUMNS } from '../../src/core/schema';
import type { MeasureFormFields, MeasureView, ProgressFields, ProgressSave, SaveResult } from '../../src/core/tracker';
import { measureSave, progressSave } from './tracker-saves';
import { writeRowCells } from '../../src/server/sheet-writer';
import { loadMeasure, saveMeasureRow, saveProgressEntry } from '../../src/server/tracker-service';

const FORMULA = '=IMPORTXML("x","y")';
const QUOTED = "'quoted";

function exec<T>(ws: Workspace, f: () => T): T {
  try {
    return f();
  } finally {
    ws.endExecution();
  }
}

function measure(ws: Workspace, id: string): MeasureView {
  return exec(ws, () => loadMeasure(id))!;
}

function progressInput(m: MeasureView, over: Partial<ProgressFields>): ProgressSave {
  return progressSave(m, over);
}

function ok<T>(r: SaveResult<T>): { value: T; note?: string } {
  if (!r.ok) throw new Error(`${r.kind}: ${r.message}`);
  return r;
}

/** The stored cells (value and formula) of the row whose first cells match, by header. */
function storedRow(
  ws: Workspace,
  sheet: string,
  match: (byHeader: Record<string, unknown>) => boolean,
): Record<string, { v: unknown; f?: string }> {
  const s = ws.sheetState(sheet);
  const headers = (s.rows[0] ?? []).map((c) => String(c?.v ?? ''));
  for (const row of s.rows.slice(1)) {
    const cells: Record<string, { v: unknown; f?: string }> = {};
    headers.forEach((h, i) => (cells[h] = { v: row?.[i]?.v ?? '', f: row?.[i]?.f }));
    if (match(Object.fromEntries(Object.entries(cells).map(([h, c]) => [h, c.v])))) return cells;
  }
  throw new Error('row not found');
}

function expectStored(cells: Record<string, { v: unknown; f?: string }>, expected: Record<string, string>): void {
  for (const [header, text] of Object.entries(expected)) {
    expect({ header, v: cells[header].v, f: cells[header].f }).toEqual({ header, v: text, f: undefined });
  }
}

/** Whether saving these texts needs the apostrophe form under this behaviour. */
function needsRewrite(b: PlainTextBehaviour, texts: string[]): boolean {
  return (
    (b.formula === 'formula' && texts.some((t) => t.startsWith('='))) || (b.apostrophe === 'hidden' && texts.some((t) => t.startsWith("'")))
  );
}

describe.each(PLAIN_TEXT_BEHAVIOURS)('plain-text cells: apostrophe $apostrophe, "=" makes a $formula', (behaviour) => {
  function workspace(): Workspace {
    const ws = seededWorkspace(sampleAgency());
    setPlainTextBehaviour(ws, behaviour);
    return ws;
  }

  it.each([
    ['an existing entry', 'M-0003'],
    ['a new entry (appended row)', 'M-0008'],
  ])('progress saved to %s is stored and read back exactly as typed', (_what, id) => {
    const ws = workspace();
    const texts = { result: FORMULA, outcome: '-', suggestions: '0812345678' };
    const first = ok(exec(ws, () => saveProgressEntry(progressInput(measure(ws, id), texts))));
    expect(first.note !== undefined).toBe(needsRewrite(behaviour, Object.values(texts)));
    if (first.note) expect(first.note).toContain('"ผลการดำเนินการ" แถว');
    const second = { result: QUOTED, outcome: '1/2', suggestions: FORMULA };
    const again = ok(exec(ws, () => saveProgressEntry(progressInput(measure(ws, id), second))));
    expect(again.note !== undefined).toBe(needsRewrite(behaviour, Object.values(second)));

    const row = storedRow(ws, SHEET.progress, (c) => c['รหัสมาตรการ'] === id && c['รอบการรายงาน'] === ROUND_LABEL.H1);
    expectStored(row, { ผลการดำเนินการ: QUOTED, 'ผลลัพธ์/ความสำเร็จ': '1/2', ข้อเสนอแนะ: FORMULA, รหัสมาตรการ: id });
    const reloaded = measure(ws, id).progress.H1!;
    expect([reloaded.result, reloaded.outcome, reloaded.suggestions]).toEqual([QUOTED, '1/2', FORMULA]);
    expect(reloaded.fingerprint).toBe(again.value.fingerprint);
  });

  it('a new measure and an edit of it keep every text as typed', () => {
    const ws = workspace();
    const fields: MeasureFormFields = {
      title: '1/2',
      section: FORMULA,
      itaTags: '0812345678',
      issue: QUOTED,
      steps: '-',
      responsible: '',
      period: 'TRUE',
      monitoring: '+1',
      targetLabel: '',
      target: '',
      targetUnit: '',
    };
    const added = ok(exec(ws, () => saveMeasureRow(measureSave(null, fields, { fiscalYear: 2568 })))).value;
    const cells = storedRow(ws, SHEET.measures, (c) => c['รหัส'] === added.id);
    expectStored(cells, {
      'มาตรการ/โครงการ/กิจกรรม': '1/2',
      'หมวด/ประเด็นการวิเคราะห์': FORMULA,
      'ตัวชี้วัด/ข้อ ITA': '0812345678',
      'ประเด็นที่ต้องปรับปรุง/พัฒนา': QUOTED,
      'ขั้นตอน/วิธีการ': '-',
      ระยะเวลา: 'TRUE',
      'การติดตาม/กำหนดเวลาแล้วเสร็จ': '+1',
    });
    const loaded = measure(ws, added.id);
    expect([loaded.title, loaded.section, loaded.itaTags, loaded.issue, loaded.steps, loaded.period]).toEqual([
      '1/2',
      FORMULA,
      '0812345678',
      QUOTED,
      '-',
      'TRUE',
    ]);
    const edited = ok(exec(ws, () => saveMeasureRow(measureSave(loaded, { title: FORMULA, section: '1/2' }))));
    expect(edited.note !== undefined).toBe(needsRewrite(behaviour, [FORMULA, QUOTED]));
    const after = measure(ws, added.id);
    expect([after.title, after.section, after.issue]).toEqual([FORMULA, '1/2', QUOTED]);
  });
});

describe('the writer', () => {
  it('puts plain text back on a text cell that lost its format, so a phone number keeps its zero', () => {
    const ws = seededWorkspace(sampleAgency());
    const m = measure(ws, 'M-0003');
    const row = ws.sheetState(SHEET.progress).rows.findIndex((r) => r?.[0]?.v === 'M-0003') + 1;
    exec(ws, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.progress)!.getRange(row, 6).setNumberFormat(''));
    ok(exec(ws, () => saveProgressEntry(progressInput(m, { outcome: '0812345678' }))));
    expect(ws.sheetState(SHEET.progress).rows[row - 1][5]).toMatchObject({ v: '0812345678', fmt: '@' });
  });

  it('keeps a formula someone typed in an untouched cell of the span, and leaves other columns alone', () => {
    const ws = seededWorkspace(sampleAgency());
    const row = ws.sheetState(SHEET.progress).rows.findIndex((r) => r?.[0]?.v === 'M-0003') + 1;
    exec(ws, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.progress)!.getRange(row, 7).setValue('=1+1'));
    const before = ws.sheetValues(SHEET.progress)[row - 1];
    // The formula in "ผลที่ทำได้" makes the row unreadable for the tracker, so write through the writer itself.
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.progress)!;
    const raw = { values: sheet.getDataRange().getValues() as never[][], formulas: sheet.getDataRange().getFormulas() };
    const map = mapColumns(raw.values[0], PROGRESS_COLUMNS);
    const rewritten = exec(ws, () =>
      writeRowCells(sheet, row, { values: raw.values[row - 1], formulas: raw.formulas[row - 1] }, map, { result: 'ก', suggestions: 'ข' }),
    );
    expect(rewritten).toEqual([]);
    const after = ws.sheetValues(SHEET.progress)[row - 1];
    expect(after[6]).toBe('=1+1');
    expect([after[4], after[7]]).toEqual(['ก', 'ข']);
    expect(after.filter((_, i) => i !== 4 && i !== 7)).toEqual(before.filter((_, i) => i !== 4 && i !== 7));
  });

  it('accepts only the sheet’s column keys (a mistyped key does not compile)', () => {
    const ws = seededWorkspace(sampleAgency());
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.progress)!;
    const map = mapColumns(sheet.getRange(1, 1, 1, PROGRESS_COLUMNS.length).getValues()[0] as string[], PROGRESS_COLUMNS);
    const current = { values: [], formulas: [] };
    // @ts-expect-error 'reslt' is not a column of the progress sheet
    const typo = (): unknown => writeRowCells(sheet, 2, current, map, { reslt: 'x' });
    // @ts-expect-error a right key beside it does not let the wrong one through
    const mixed = (): unknown => writeRowCells(sheet, 2, current, map, { result: 'x', reslt: 1 });
    expect([typeof typo, typeof mixed]).toEqual(['function', 'function']);
    exec(ws, () => writeRowCells(sheet, 2, current, map, { result: 'typed by key' }));
    expect(ws.sheetValues(SHEET.progress)[1][4]).toBe('typed by key');
  });
});
