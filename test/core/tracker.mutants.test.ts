/**
 * The sidebar's server-side checks and views, edge by edge: what a save accepts or refuses and
 * the words it answers with, what makes a row "changed" for conflict detection, and which typed
 * text is quoted so Sheets keeps it as text. Cases found by mutation testing (`npm run mutate`).
 */
import type { Measure, ProgressEntry } from '../../src/core/model';
import { mapColumns, type Cell } from '../../src/core/read-workbook';
import { PROGRESS_COLUMNS } from '../../src/core/schema';
import {
  apostropheNote,
  figurePreview,
  fingerprint,
  measureFingerprint,
  measureSummary,
  measureView,
  progressFingerprint,
  progressView,
  reportingRound,
  rowForm,
  rowPrint,
  suspiciousActual,
  validateMeasure,
  validateProgress,
  type MeasureInput,
  type ProgressFields,
  type ProgressInput,
  type RowCellsRead,
} from '../../src/core/tracker';

const progressInput = (over: Partial<ProgressInput> = {}): ProgressInput => ({
  measureId: 'M-1',
  round: 'H1',
  status: 'in_progress',
  result: '',
  outcome: '',
  actual: '',
  suggestions: '',
  evidence: '',
  baseVersion: 0,
  baseFingerprint: '',
  ...over,
});

const measureInput = (over: Partial<MeasureInput> = {}): MeasureInput => ({
  fiscalYear: 2568,
  section: '',
  itaTags: '',
  issue: '',
  title: 'มาตรการ',
  steps: '',
  responsible: '',
  period: '',
  monitoring: '',
  targetLabel: '',
  target: '',
  targetUnit: '',
  baseVersion: 0,
  baseFingerprint: '',
  ...over,
});

const MEASURE: Measure = {
  id: 'M-1',
  fiscalYear: 2568,
  order: 1,
  section: 'หมวด',
  itaTags: 'I1',
  issue: 'ประเด็น',
  title: 'มาตรการ',
  steps: 'ขั้นตอน',
  responsible: 'สำนักปลัด',
  period: 'ต.ค. 2567',
  monitoring: 'รายงาน',
  targetLabel: 'ผู้เข้าร่วมกิจกรรม',
  target: 70,
  targetUnit: 'คน',
  archived: false,
  version: 1,
  row: 2,
};

const ENTRY: ProgressEntry = {
  measureId: 'M-1',
  round: 'H1',
  status: 'in_progress',
  result: 'ผล',
  outcome: 'ผลลัพธ์',
  actual: 60,
  suggestions: 'ข้อเสนอแนะ',
  evidence: ['https://a.go.th/1'],
  updatedBy: 'a@x.go.th',
  updatedAt: new Date('2025-03-01T02:30:00Z'),
  version: 2,
  row: 2,
};

describe('a progress save', () => {
  it('passes a clean entry with no errors, text trimmed and Windows line ends made plain', () => {
    const { errors, value } = validateProgress(
      progressInput({ status: 'done', result: ' ข้อ 1\r\nข้อ 2\rข้อ 3 ', outcome: ' ดี ', suggestions: '\tควรทำต่อ\n', actual: ' ๖๐ ' }),
    );
    expect(errors).toEqual({});
    expect(value).toEqual({ status: 'done', result: 'ข้อ 1\nข้อ 2\nข้อ 3', outcome: 'ดี', actual: 60, suggestions: 'ควรทำต่อ', evidence: [] });
  });

  it('treats a field that is not text as empty (a client cannot slip in other types)', () => {
    const { value } = validateProgress(progressInput({ result: 5 as unknown as string, evidence: ['x'] as unknown as string }));
    expect(value.result).toBe('');
    expect(value.evidence).toEqual([]);
  });

  it('refuses a status not in the list and stores not started instead', () => {
    const { errors, value } = validateProgress(progressInput({ status: 'finished' as ProgressInput['status'] }));
    expect(errors).toEqual({ status: 'เลือกสถานะจากรายการ' });
    expect(value.status).toBe('not_started');
  });

  it.each(['result', 'outcome', 'suggestions'] as const)('takes 20,000 characters of %s and refuses 20,001', (field) => {
    expect(validateProgress(progressInput({ [field]: 'ก'.repeat(20000) })).errors).toEqual({});
    expect(validateProgress(progressInput({ [field]: ` ${'ก'.repeat(20000)} ` })).errors).toEqual({});
    expect(validateProgress(progressInput({ [field]: 'ก'.repeat(20001) })).errors).toEqual({
      [field]: 'ยาว 20,001 ตัวอักษร เกินที่รับได้ 20,000 ตัวอักษร',
    });
  });

  it.each([
    ['', null],
    ['0', 0],
    ['1,234', 1234],
    ['๘๕.๕', 85.5],
  ])('reads the actual number %p as %p', (typed, n) => {
    const { errors, value } = validateProgress(progressInput({ actual: typed }));
    expect(errors).toEqual({});
    expect(value.actual).toBe(n);
  });

  it.each(['-1', 'หกสิบ', '60 คน'])('refuses %p as the actual number', (typed) => {
    expect(validateProgress(progressInput({ actual: typed })).errors).toEqual({ actual: `"${typed}" ไม่ใช่จำนวน — พิมพ์เฉพาะตัวเลข เช่น 60` });
  });

  it('splits evidence on new lines only: a link with a comma or a space stays whole', () => {
    const { errors, value } = validateProgress(progressInput({ evidence: 'https://a.go.th/1\n\nhttp://b.go.th/2, https://c.go.th/3?x=1' }));
    expect(errors).toEqual({});
    expect(value.evidence).toEqual(['https://a.go.th/1', 'http://b.go.th/2, https://c.go.th/3?x=1']);
  });

  it.each(['www.a.go.th/1', 'https://localhost', 'เอกสารในแฟ้ม สำนักปลัด', 'ภาพกิจกรรม: https://a.go.th/x'])(
    'keeps %p as a description line',
    (typed) => {
      const { errors, value } = validateProgress(progressInput({ evidence: `https://ok.go.th/1\n${typed}` }));
      expect(errors).toEqual({});
      expect(value.evidence).toEqual(['https://ok.go.th/1', typed]);
    },
  );

  it.each(['javascript:alert(1)', 'file:///C:/report.pdf', 'ftp://a.go.th/x', 'data:text/html,x'])(
    'refuses %p, which no reader of the report could open, naming it',
    (typed) => {
      const { errors } = validateProgress(progressInput({ evidence: `https://ok.go.th/1\n${typed}` }));
      expect(errors).toEqual({ evidence: `"${typed}" เปิดจากรายงานไม่ได้ — ใส่ลิงก์ที่ขึ้นต้นด้วย https:// หรือคำอธิบายหลักฐาน บรรทัดละหนึ่งรายการ` });
    },
  );

  it('asks for the result of a measure marked done, and only then', () => {
    expect(validateProgress(progressInput({ status: 'done', result: '  ' })).errors).toEqual({
      result: 'มาตรการที่ดำเนินการแล้วเสร็จต้องมีผลการดำเนินการ',
    });
    expect(validateProgress(progressInput({ status: 'done', result: 'ทำแล้ว' })).errors).toEqual({});
    expect(validateProgress(progressInput({ status: 'in_progress', result: '' })).errors).toEqual({});
    expect(validateProgress(progressInput({ status: 'not_started', result: '' })).errors).toEqual({});
  });
});

describe('a measure save', () => {
  const UNITS = ['สำนักปลัด', 'กองคลัง'];

  it('passes a clean measure with no errors, text trimmed', () => {
    const { errors, value } = validateMeasure(
      measureInput({
        fiscalYear: '2568' as unknown as number,
        title: ' มาตรการ\r\nที่ ๑ ',
        steps: 'ก\r\nข',
        target: ' ๗๐ ',
        responsible: 'สำนักปลัด, กองคลัง',
      }),
      UNITS,
    );
    expect(errors).toEqual({});
    expect(value).toMatchObject({ fiscalYear: 2568, title: 'มาตรการ\nที่ ๑', steps: 'ก\nข', target: 70, responsible: 'สำนักปลัด, กองคลัง' });
  });

  it.each([2399, 2701, 2568.5, 'ปีนี้', 2025])('refuses fiscal year %p', (y) => {
    expect(validateMeasure(measureInput({ fiscalYear: y as number }), []).errors).toEqual({ fiscalYear: 'ปี พ.ศ. 4 หลัก เช่น 2568' });
  });

  it.each([2400, 2700])('accepts fiscal year %p', (y) => {
    expect(validateMeasure(measureInput({ fiscalYear: y }), []).errors).toEqual({});
  });

  it('asks for a title', () => {
    expect(validateMeasure(measureInput({ title: ' \n ' }), []).errors).toEqual({ title: 'ใส่ชื่อมาตรการ' });
  });

  it.each(['section', 'itaTags', 'title', 'responsible', 'period', 'targetLabel'] as const)(
    'takes 1,000 characters of %s and refuses 1,001',
    (field) => {
      expect(validateMeasure(measureInput({ [field]: 'ก'.repeat(1000) }), []).errors).toEqual({});
      expect(validateMeasure(measureInput({ [field]: 'ก'.repeat(1001) }), []).errors).toEqual({
        [field]: 'ยาว 1,001 ตัวอักษร เกินที่รับได้ 1,000 ตัวอักษร',
      });
    },
  );

  it.each(['issue', 'steps', 'monitoring'] as const)('takes 20,000 characters of %s and refuses 20,001', (field) => {
    expect(validateMeasure(measureInput({ [field]: 'ก'.repeat(20000) }), []).errors).toEqual({});
    expect(validateMeasure(measureInput({ [field]: 'ก'.repeat(20001) }), []).errors).toEqual({
      [field]: 'ยาว 20,001 ตัวอักษร เกินที่รับได้ 20,000 ตัวอักษร',
    });
  });

  it('takes 100 characters of unit, as the sheet column allows,, and refuses 101', () => {
    expect(validateMeasure(measureInput({ targetUnit: 'ค'.repeat(100) }), []).errors).toEqual({});
    expect(validateMeasure(measureInput({ targetUnit: 'ค'.repeat(101) }), []).errors).toEqual({
      targetUnit: 'ยาว 101 ตัวอักษร เกินที่รับได้ 100 ตัวอักษร',
    });
  });

  it.each(['0', '-5', 'เจ็ดสิบ'])('refuses target %p', (typed) => {
    expect(validateMeasure(measureInput({ target: typed }), []).errors).toEqual({ target: `"${typed}" ไม่ใช่จำนวน — พิมพ์เฉพาะตัวเลข เช่น 70` });
  });

  it('leaves a blank target empty', () => {
    const { errors, value } = validateMeasure(measureInput({ target: '  ' }), []);
    expect(errors).toEqual({});
    expect(value.target).toBeNull();
  });

  it('accepts people and bodies that are not in the units sheet (the list filters, it is not a gate)', () => {
    expect(validateMeasure(measureInput({ responsible: 'สำนักปลัด\nผู้บริหาร, ผู้ใหญ่บ้านหมู่ ๓' }), UNITS).errors).toEqual({});
  });

  it('accepts any unit when the units sheet is empty', () => {
    expect(validateMeasure(measureInput({ responsible: 'กองช่าง' }), []).errors).toEqual({});
  });
});

describe('fingerprints: what counts as a change made by someone else', () => {
  it('is eight hex digits and the same for the same values', () => {
    expect(fingerprint([])).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint(['ก', 1, null])).toBe(fingerprint(['ก', 1, null]));
    expect(fingerprint(['ก'])).not.toBe(fingerprint(['ข']));
    expect(fingerprint([new Date('2025-03-01T00:00:00Z')])).toBe(fingerprint(['2025-03-01T00:00:00.000Z']));
  });

  it.each([
    ['fiscalYear', 2569],
    ['section', 'อื่น'],
    ['itaTags', 'I2'],
    ['issue', 'อื่น'],
    ['title', 'อื่น'],
    ['steps', 'อื่น'],
    ['responsible', 'กองคลัง'],
    ['period', 'อื่น'],
    ['monitoring', 'อื่น'],
    ['targetLabel', 'อื่น'],
    ['target', 71],
    ['targetUnit', 'ครั้ง'],
    ['archived', true],
    ['version', 2],
  ] as const)('a measure changes when %s changes', (key, v) => {
    expect(measureFingerprint({ ...MEASURE, [key]: v })).not.toBe(measureFingerprint(MEASURE));
  });

  it('a measure does not change with its place in the sheet', () => {
    expect(measureFingerprint({ ...MEASURE, row: 9, order: 5 })).toBe(measureFingerprint(MEASURE));
  });

  it.each([
    ['status', 'done'],
    ['result', 'อื่น'],
    ['outcome', 'อื่น'],
    ['actual', 61],
    ['suggestions', 'อื่น'],
    ['evidence', ['https://a.go.th/2']],
    ['version', 3],
  ] as const)('a progress entry changes when %s changes', (key, v) => {
    expect(progressFingerprint({ ...ENTRY, [key]: v })).not.toBe(progressFingerprint(ENTRY));
  });

  it('a progress entry does not change with who saved it, when, or its row', () => {
    expect(progressFingerprint({ ...ENTRY, updatedBy: 'b@x.go.th', updatedAt: null, row: 7 })).toBe(progressFingerprint(ENTRY));
  });
});

describe('what the sidebar receives', () => {
  it('a progress entry without its row or measure, the time as ISO text, and its fingerprint', () => {
    const v = progressView(ENTRY);
    expect(v).toEqual({
      round: 'H1',
      status: 'in_progress',
      result: 'ผล',
      outcome: 'ผลลัพธ์',
      actual: 60,
      suggestions: 'ข้อเสนอแนะ',
      evidence: ['https://a.go.th/1'],
      updatedBy: 'a@x.go.th',
      updatedAt: '2025-03-01T02:30:00.000Z',
      version: 2,
      fingerprint: progressFingerprint(ENTRY),
      form: {
        status: 'in_progress',
        result: 'ผล',
        outcome: 'ผลลัพธ์',
        actual: '60',
        suggestions: 'ข้อเสนอแนะ',
        evidence: 'https://a.go.th/1',
      },
      readOnly: {},
      editedInGrid: false,
    });
    expect(progressView({ ...ENTRY, updatedAt: null }).updatedAt).toBe('');
  });

  it('a measure with only its own progress, by round', () => {
    const other = { ...ENTRY, measureId: 'M-2', result: 'ของอีกมาตรการ' };
    const fy = { ...ENTRY, round: 'FY' as const, result: 'ทั้งปี' };
    const v = measureView(MEASURE, [other, ENTRY, fy]);
    expect(v).not.toHaveProperty('row');
    expect(v.fingerprint).toBe(measureFingerprint(MEASURE));
    expect(Object.keys(v.progress).sort()).toEqual(['FY', 'H1']);
    expect(v.progress.H1?.result).toBe('ผล');
    expect(v.progress.FY?.result).toBe('ทั้งปี');
  });

  it('previews the figure sentence as the report prints it, and nothing without both numbers', () => {
    expect(figurePreview(MEASURE, '๖๐')).toBe('ผู้เข้าร่วมกิจกรรม 60 คน คิดเป็นร้อยละ 85.71 ของกลุ่มเป้าหมาย (70 คน)');
    expect(figurePreview(MEASURE, '')).toBe('');
    expect(figurePreview(MEASURE, 'หกสิบ')).toBe('');
    expect(figurePreview({ ...MEASURE, target: null }, '60')).toBe('');
    expect(figurePreview({ ...MEASURE, target: 0 }, '60')).toBe('');
  });
});

describe('the note after a save stored with an apostrophe', () => {
  it('names every cell by column and row', () => {
    expect(apostropheNote([])).toBeUndefined();
    expect(
      apostropheNote([
        { row: 4, column: 'ผลการดำเนินการ' },
        { row: 4, column: 'ข้อเสนอแนะ' },
      ]),
    ).toBe(
      'บันทึกแล้ว — ข้อความในช่อง "ผลการดำเนินการ" แถว 4, "ข้อเสนอแนะ" แถว 4 ชีตอาจอ่านเป็นสูตร จึงเก็บโดยมีเครื่องหมาย \' นำหน้า (ข้อความยังเป็นตามที่พิมพ์ทุกตัวอักษร)',
    );
  });
});

describe('the form a row loads into (rowForm) and the grid-edit check (rowPrint)', () => {
  const HEADER = PROGRESS_COLUMNS.map((c) => c.header);
  const map = mapColumns(HEADER, PROGRESS_COLUMNS);
  const FIELDS = { status: '', result: '', outcome: '', actual: '', suggestions: '', evidence: '' };
  const at = (key: string) => PROGRESS_COLUMNS.findIndex((c) => c.key === key);

  function cells(over: Partial<Record<string, Cell>>, formulas: Partial<Record<string, string>> = {}): RowCellsRead {
    return {
      values: PROGRESS_COLUMNS.map((c) => over[c.key] ?? ''),
      formulas: PROGRESS_COLUMNS.map((c) => formulas[c.key] ?? ''),
    };
  }

  const form = (row: RowCellsRead, stored = '') => rowForm<ProgressFields>(FIELDS, PROGRESS_COLUMNS, map, row, stored);

  it('shows each field as its cell holds it, the status as its key, Windows line ends made plain', () => {
    const r = form(
      cells({ status: 'ดำเนินการแล้วเสร็จ', result: 'ข้อ 1\r\nข้อ 2', actual: 60, evidence: 'https://a.go.th/1', measureTitle: 'x' }),
    );
    expect(r).toEqual({
      form: { status: 'done', result: 'ข้อ 1\nข้อ 2', outcome: '', actual: '60', suggestions: '', evidence: 'https://a.go.th/1' },
      readOnly: {},
      editedInGrid: false,
    });
  });

  it('a blank status is not started; one not in the list is shown read-only as typed', () => {
    expect(form(cells({ status: '  ' })).form.status).toBe('not_started');
    const r = form(cells({ status: 'เสร็จแล้ว' }));
    expect(r.form.status).toBe('เสร็จแล้ว');
    expect(r.readOnly).toEqual({ status: 'สถานะ "เสร็จแล้ว" ในชีตไม่อยู่ในรายการ — แก้ในชีตโดยตรง (ระบบเก็บไว้ตามเดิม)' });
  });

  it('shows a formula as written and read-only, never its value', () => {
    const r = form(cells({ result: 'ค่าที่คำนวณ' }, { result: '=A1&"x"' }));
    expect(r.form.result).toBe('=A1&"x"');
    expect(r.readOnly).toEqual({ result: 'ช่องนี้ในชีตเป็นสูตร — แสดงให้ดูอย่างเดียว แก้ในชีตโดยตรง (ระบบเก็บไว้ตามเดิม)' });
  });

  it('shows a date or a checkbox value read-only', () => {
    const r = form(cells({ outcome: new Date('2025-03-01T00:00:00Z'), suggestions: true }));
    expect(r.form).toMatchObject({ outcome: '2025-03-01T00:00:00.000Z', suggestions: 'true' });
    const note = 'ช่องนี้ในชีตเป็นวันที่หรือค่าจริง/เท็จ — แสดงให้ดูอย่างเดียว แก้ในชีตโดยตรง (ระบบเก็บไว้ตามเดิม)';
    expect(r.readOnly).toEqual({ outcome: note, suggestions: note });
  });

  it('text in the number cell is read-only; Thai digits and blanks are not', () => {
    expect(form(cells({ actual: 'หกสิบคน' })).readOnly).toEqual({
      actual: 'ช่องตัวเลขในชีตมีข้อความ "หกสิบคน" — แสดงให้ดูอย่างเดียว แก้ในชีตโดยตรง (ระบบเก็บไว้ตามเดิม)',
    });
    expect(form(cells({ actual: '๖๐' })).readOnly).toEqual({});
    expect(form(cells({ actual: ' ' })).readOnly).toEqual({});
  });

  it('text longer than the form takes is read-only, at the column limit and not before', () => {
    expect(form(cells({ result: 'ก'.repeat(20000) })).readOnly).toEqual({});
    expect(form(cells({ result: 'ก'.repeat(20001) })).readOnly).toEqual({
      result: 'ข้อความในชีตยาว 20,001 ตัวอักษร เกินที่แถบนี้แก้ได้ — แสดงให้ดูอย่างเดียว แก้ในชีตโดยตรง (ระบบเก็บไว้ตามเดิม)',
    });
  });

  it('evidence the report would refuse is read-only', () => {
    expect(form(cells({ evidence: 'https://a.go.th/1\nเอกสารในแฟ้ม' })).readOnly).toEqual({});
    expect(form(cells({ evidence: 'https://a.go.th/1\njavascript:alert(1)' })).readOnly).toEqual({
      evidence: 'หลักฐานในชีตมีบรรทัดที่แถบนี้รับไม่ได้ — แสดงให้ดูอย่างเดียว แก้ในชีตโดยตรง (ระบบเก็บไว้ตามเดิม)',
    });
  });

  it('reads only the fields asked for, and a missing column as blank', () => {
    const partial = mapColumns(
      HEADER.filter((h) => h !== 'ข้อเสนอแนะ'),
      PROGRESS_COLUMNS,
    );
    const row = cells({ result: 'ผล' });
    row.values = (row.values as Cell[]).filter((_, i) => i !== at('suggestions'));
    row.formulas = (row.formulas as string[]).filter((_, i) => i !== at('suggestions'));
    const r = rowForm<Partial<ProgressFields>>({ result: '', suggestions: '' }, PROGRESS_COLUMNS, partial, row, '');
    expect(r.form).toEqual({ result: 'ผล', suggestions: '' });
  });

  it('notices an edit made in the grid since the print was stored, and only then', () => {
    const before = cells({ status: 'อยู่ระหว่างดำเนินการ', result: 'ผล' });
    const print = rowPrint(before, map, PROGRESS_COLUMNS);
    expect(print).toMatch(/^[0-9a-f]{8}$/);
    expect(form(before, print).editedInGrid).toBe(false);
    expect(form(before, '').editedInGrid).toBe(false);
    expect(form(cells({ status: 'อยู่ระหว่างดำเนินการ', result: 'ผลใหม่' }), print).editedInGrid).toBe(true);
    expect(rowPrint(cells({ result: 'ผล' }, { result: '=1' }), map, PROGRESS_COLUMNS)).not.toBe(
      rowPrint(cells({ result: 'ผล' }), map, PROGRESS_COLUMNS),
    );
  });
});

describe('views with and without the row as read from the sheet', () => {
  it('a measure read from the model alone: its form fields as text, a blank target as empty', () => {
    const v = measureView({ ...MEASURE, target: null }, []);
    expect(v.form).toMatchObject({ title: 'มาตรการ', targetUnit: 'คน', target: '' });
    expect(measureView(MEASURE, []).form.target).toBe('70');
    expect(v).toMatchObject({ readOnly: {}, editedInGrid: false });
  });

  it('uses the row as read when it is given, for the measure and each progress entry', () => {
    const row = { form: { ...measureView(MEASURE, []).form, title: '=A1' }, readOnly: { title: 'สูตร' }, editedInGrid: true };
    const progressRow = { form: { ...progressView(ENTRY).form, result: 'จากชีต' }, readOnly: {}, editedInGrid: true };
    const v = measureView(MEASURE, [ENTRY], row, (p) => (p.round === 'H1' ? progressRow : undefined));
    expect(v).toMatchObject({ form: { title: '=A1' }, readOnly: { title: 'สูตร' }, editedInGrid: true });
    expect(v.progress.H1).toMatchObject({ form: { result: 'จากชีต' }, editedInGrid: true });
    expect(measureView(MEASURE, [ENTRY], undefined, () => undefined).progress.H1).toMatchObject({
      form: { result: 'ผล' },
      editedInGrid: false,
    });
  });
});

describe('an actual number that is probably a slip (asked about before saving)', () => {
  it('nothing to ask for a blank, a non-number, or a plausible count', () => {
    expect(suspiciousActual('', 70)).toBeNull();
    expect(suspiciousActual(undefined as unknown as string, 70)).toBeNull();
    expect(suspiciousActual('หกสิบ', 70)).toBeNull();
    expect(suspiciousActual('60', 70)).toBeNull();
    expect(suspiciousActual('0', 70)).toBeNull();
    expect(suspiciousActual('0.5', 70)).toBeNull();
    expect(suspiciousActual('100', 70)).toBeNull();
  });

  it.each(['060', ' 060 ', '๐๖๐'])('asks about a leading zero in %p', (typed) => {
    expect(suspiciousActual(typed, 70)).toBe(`ตัวเลข "${typed.trim()}" ขึ้นต้นด้วย 0 — ตรวจสอบว่าพิมพ์ถูกต้อง`);
  });

  it('asks about more than 1,000,000, not 1,000,000 itself', () => {
    expect(suspiciousActual('1000000', null)).toBeNull();
    expect(suspiciousActual('1,000,001', null)).toBe('ตัวเลข 1,000,001 มากกว่า 1,000,000 — ตรวจสอบว่าพิมพ์ถูกต้อง');
  });

  it('asks about more than ten times the target, only when there is a positive target', () => {
    expect(suspiciousActual('700', 70)).toBeNull();
    expect(suspiciousActual('701', 70)).toBe('ตัวเลข 701 มากกว่าเป้าหมาย (70) เกิน 10 เท่า — ตรวจสอบว่าพิมพ์ถูกต้อง');
    expect(suspiciousActual('15001', 1500)).toBe('ตัวเลข 15,001 มากกว่าเป้าหมาย (1,500) เกิน 10 เท่า — ตรวจสอบว่าพิมพ์ถูกต้อง');
    expect(suspiciousActual('5', 0)).toBeNull();
    expect(suspiciousActual('5000', null)).toBeNull();
  });

  it('shows no figure for a suspicious number', () => {
    expect(figurePreview(MEASURE, '701')).toBe('');
    expect(figurePreview(MEASURE, '700')).toBe('ผู้เข้าร่วมกิจกรรม 700 คน คิดเป็นร้อยละ 1000 ของกลุ่มเป้าหมาย (70 คน)');
  });
});

describe('forms and prints, third pass', () => {
  it('a progress form from the model: no number is blank, links one per line', () => {
    const v = progressView({ ...ENTRY, actual: null, evidence: ['https://a.go.th/1', 'https://b.go.th/2'] });
    expect(v.form).toMatchObject({ actual: '', evidence: 'https://a.go.th/1\nhttps://b.go.th/2' });
  });

  it('a measure form never shows "undefined" or "null"', () => {
    const form = measureView({ ...MEASURE, target: null }, []).form as Record<string, string>;
    expect(Object.values(form).filter((v) => v === 'undefined' || v === 'null')).toEqual([]);
  });

  it('a measure takes only its own progress, wherever other measures’ rows are', () => {
    const other = { ...ENTRY, measureId: 'M-2', result: 'ของอีกมาตรการ' };
    expect(measureView(MEASURE, [ENTRY, other]).progress.H1?.result).toBe('ผล');
  });

  it('a fingerprint is always eight hex digits (leading zeros kept)', () => {
    const prints = Array.from({ length: 200 }, (_, i) => fingerprint([i]));
    expect(prints.every((p) => /^[0-9a-f]{8}$/.test(p))).toBe(true);
    expect(prints.some((p) => p.startsWith('0'))).toBe(true);
  });
});

describe('rowForm at the edges of the row', () => {
  const FIELDS = { status: '', result: '' };
  const keys = ['result', 'status', 'measureId'];
  const header = keys.map((k) => PROGRESS_COLUMNS.find((c) => c.key === k)!.header);
  const map = mapColumns(header, PROGRESS_COLUMNS);

  it('reads a field in the first column, lone carriage returns as new lines, a status with spaces around it', () => {
    const r = rowForm<Partial<ProgressFields>>(
      FIELDS,
      PROGRESS_COLUMNS,
      map,
      { values: ['ก\rข', ' ดำเนินการแล้วเสร็จ ', 'M-1'], formulas: ['', '', ''] },
      '',
    );
    expect(r).toEqual({ form: { result: 'ก\nข', status: 'done' }, readOnly: {}, editedInGrid: false });
  });

  it('a row shorter than the header reads as blank cells without formulas', () => {
    const r = rowForm<Partial<ProgressFields>>(FIELDS, PROGRESS_COLUMNS, map, { values: [], formulas: [] }, '');
    expect(r).toEqual({ form: { result: '', status: 'not_started' }, readOnly: {}, editedInGrid: false });
    expect(rowPrint({ values: [], formulas: [] }, map, PROGRESS_COLUMNS)).toBe(
      rowPrint({ values: ['', '', ''], formulas: ['', '', ''] }, map, PROGRESS_COLUMNS),
    );
  });

  it('the print covers the first column too, and a missing column counts as blank', () => {
    const a = rowPrint({ values: ['ผล', '', ''], formulas: [] }, map, PROGRESS_COLUMNS);
    expect(rowPrint({ values: ['ผลใหม่', '', ''], formulas: [] }, map, PROGRESS_COLUMNS)).not.toBe(a);
    const withOutcome = mapColumns([...header, PROGRESS_COLUMNS.find((c) => c.key === 'outcome')!.header], PROGRESS_COLUMNS);
    expect(rowPrint({ values: ['ผล', '', '', ''], formulas: [] }, withOutcome, PROGRESS_COLUMNS)).toBe(a);
  });
});

describe('the list row and the round the sidebar offers first', () => {
  it('a measure summary carries what the list shows and the status of each round with an entry', () => {
    const v = measureView(MEASURE, [ENTRY, { ...ENTRY, round: 'FY', status: 'done' }]);
    expect(measureSummary(v)).toEqual({
      id: 'M-1',
      fiscalYear: 2568,
      order: 1,
      section: 'หมวด',
      title: 'มาตรการ',
      responsible: 'สำนักปลัด',
      archived: false,
      version: 1,
      fingerprint: measureFingerprint(MEASURE),
      status: { H1: 'in_progress', FY: 'done' },
    });
    expect(measureSummary({ ...v, progress: { H1: undefined } }).status).toEqual({});
  });

  it.each([
    [new Date(2025, 9, 15), 'FY', 2568], // October: the year that just ended
    [new Date(2025, 10, 1), 'H1', 2569],
    [new Date(2026, 0, 10), 'H1', 2569],
    [new Date(2026, 3, 30), 'H1', 2569],
    [new Date(2026, 4, 1), 'FY', 2569],
    [new Date(2026, 8, 30), 'FY', 2569],
  ])('on %p offers round %p of fiscal year %p', (now, round, fiscalYear) => {
    expect(reportingRound(now)).toEqual({ round, fiscalYear });
  });
});
