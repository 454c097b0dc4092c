/** The sidebar's server-side rules come from the schema: labels, length limits, fingerprints. */
import type { Measure, ProgressEntry } from '../../src/core/model';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, MEASURE_COLUMNS, MEASURE_FIELDS, PROGRESS_COLUMNS, PROGRESS_FIELDS } from '../../src/core/schema';
import {
  apostropheNote,
  measureFingerprint,
  progressFingerprint,
  validateMeasure,
  validateProgress,
  type MeasureInput,
  type ProgressInput,
} from '../../src/core/tracker';

const measure: Measure = {
  id: 'M-1',
  fiscalYear: 2568,
  order: 1,
  section: 'ก',
  itaTags: 'O9',
  issue: 'ประเด็น',
  title: 'มาตรการ',
  steps: 'ขั้น',
  responsible: 'สำนักปลัด',
  period: 'ต.ค.',
  monitoring: 'ติดตาม',
  targetLabel: 'ผู้เข้าร่วม',
  target: 70,
  targetUnit: 'คน',
  archived: false,
  version: 3,
  row: 5,
};

const entry: ProgressEntry = {
  measureId: 'M-1',
  round: 'H1',
  status: 'done',
  result: 'ทำแล้ว',
  outcome: 'ดี',
  actual: 60,
  suggestions: '',
  evidence: ['https://a.go.th/x'],
  updatedBy: 'a@b.th',
  updatedAt: new Date(0),
  version: 2,
  row: 4,
};

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

describe('fields for the sidebar', () => {
  it('are the labelled columns, with label, help and the sheet header', () => {
    expect(Object.keys(MEASURE_FIELDS)).toEqual([
      'section',
      'itaTags',
      'issue',
      'title',
      'steps',
      'responsible',
      'period',
      'monitoring',
      'targetLabel',
      'target',
      'targetUnit',
    ]);
    expect(Object.keys(PROGRESS_FIELDS)).toEqual(['status', 'result', 'outcome', 'actual', 'suggestions', 'evidence']);
    expect(MEASURE_FIELDS.title).toEqual({ label: 'ชื่อมาตรการ/โครงการ/กิจกรรม', help: '', header: 'มาตรการ/โครงการ/กิจกรรม' });
    expect(MEASURE_FIELDS.steps.help).toBe('หนึ่งขั้นตอนต่อบรรทัด รายงานจะใส่เลขข้อให้');
    expect(PROGRESS_FIELDS.evidence.help).toMatch(/^บรรทัดละหนึ่งรายการ: ลิงก์ที่ขึ้นต้นด้วย https:\/\//);
  });
});

describe('length limits come from the columns', () => {
  it.each(
    MEASURE_COLUMNS.filter(
      (c): c is (typeof MEASURE_COLUMNS)[number] & { label: string; maxLength: number } => 'label' in c && 'maxLength' in c,
    ).map((c) => [c.key, c.maxLength] as const),
  )('measure %s: %d characters pass, one more is refused', (key, max) => {
    const at = validateMeasure(measureInput({ [key]: 'ก'.repeat(max) }), []);
    expect(at.errors[key]).toBeUndefined();
    const over = validateMeasure(measureInput({ [key]: 'ก'.repeat(max + 1) }), []);
    expect(over.errors[key]).toBe(`ยาว ${(max + 1).toLocaleString('en-US')} ตัวอักษร เกินที่รับได้ ${max.toLocaleString('en-US')} ตัวอักษร`);
  });

  it('short texts stop at 1,000, long ones at 20,000, the unit at 100', () => {
    const limits = Object.fromEntries(
      MEASURE_COLUMNS.filter((c) => 'maxLength' in c).map((c) => [c.key, (c as { maxLength: number }).maxLength]),
    );
    expect(limits).toMatchObject({ title: MAX_SHORT_TEXT, steps: MAX_LONG_TEXT, targetUnit: 100 });
  });

  it.each(['result', 'outcome', 'suggestions'] as const)('progress %s: 20,000 characters pass, 20,001 are refused', (key) => {
    expect(validateProgress(progressInput({ [key]: 'ก'.repeat(MAX_LONG_TEXT) })).errors[key]).toBeUndefined();
    expect(validateProgress(progressInput({ [key]: 'ก'.repeat(MAX_LONG_TEXT + 1) })).errors[key]).toMatch(/^ยาว 20,001 ตัวอักษร/);
  });

  it('texts are trimmed with \\n line ends before they are measured and stored', () => {
    const { errors, value } = validateMeasure(measureInput({ title: `  ${'ก'.repeat(MAX_SHORT_TEXT)}\r\n ` }), []);
    expect(errors).toEqual({});
    expect(value.title).toBe('ก'.repeat(MAX_SHORT_TEXT));
    expect(validateProgress(progressInput({ result: ' a\r\nb ' })).value.result).toBe('a\nb');
  });
});

describe('fingerprints cover the content columns', () => {
  const contentKeys = (cols: readonly { key: string; fingerprint?: false }[]) =>
    cols.filter((c) => c.fingerprint !== false).map((c) => c.key);

  it.each(contentKeys(MEASURE_COLUMNS))('a change of the measure’s %s changes its fingerprint', (key) => {
    const changed = { ...measure, [key]: key === 'archived' ? true : typeof measure[key as keyof Measure] === 'number' ? 99 : 'อื่น' };
    expect(measureFingerprint(changed)).not.toBe(measureFingerprint(measure));
  });

  it('its ID, place in the sheet and order do not', () => {
    expect(measureFingerprint({ ...measure, id: 'M-2', row: 9, order: 7 })).toBe(measureFingerprint(measure));
  });

  it.each(contentKeys(PROGRESS_COLUMNS))('a change of the entry’s %s changes its fingerprint', (key) => {
    const value =
      key === 'evidence' ? ['https://b.go.th/y'] : key === 'status' ? 'not_started' : key === 'actual' || key === 'version' ? 1 : 'อื่น';
    expect(progressFingerprint({ ...entry, [key]: value })).not.toBe(progressFingerprint(entry));
  });

  it('who saved it and when do not (the version does)', () => {
    expect(progressFingerprint({ ...entry, updatedBy: 'x@y.th', updatedAt: new Date(1), row: 8 })).toBe(progressFingerprint(entry));
  });

  it('links count as the cell text, one per line', () => {
    expect(progressFingerprint({ ...entry, evidence: ['a', 'b'] })).toBe(progressFingerprint({ ...entry, evidence: ['a\nb'] }));
  });
});

it('the note names each cell stored in apostrophe form, and there is none when none was', () => {
  expect(apostropheNote([])).toBeUndefined();
  expect(apostropheNote([{ row: 4, column: 'ผลการดำเนินการ' }])).toBe(
    'บันทึกแล้ว — ข้อความในช่อง "ผลการดำเนินการ" แถว 4 ชีตอาจอ่านเป็นสูตร จึงเก็บโดยมีเครื่องหมาย \' นำหน้า (ข้อความยังเป็นตามที่พิมพ์ทุกตัวอักษร)',
  );
});
