/**
 * Report column presets, named after the reference reports whose tables they reproduce, plus a
 * custom choice and order of columns.
 */
import { normalizeLabel } from './read-workbook';
import { MEASURE_FIELDS, PROGRESS_FIELDS, type MeasureFieldKey, type ProgressFieldKey } from './schema';

export type ColumnKey =
  | 'issue'
  | 'itaTags'
  | 'measure'
  | 'steps'
  | 'responsible'
  | 'period'
  | 'monitoring'
  | 'result'
  | 'outcome'
  | 'suggestions'
  | 'status'
  | 'evidence';

export interface ReportColumn {
  key: ColumnKey;
  header: string;
  /** Relative width (kept for callers that size columns without their content). */
  weight: number;
}

/**
 * Per-column limits in centimetres for widths computed from the content (column-widths.ts): a
 * prose column below its minimum becomes a tall ribbon of two-word lines; a short column (period,
 * unit, status) past its maximum only wastes room the prose columns need.
 */
export const COLUMN_LIMITS_CM: Record<ColumnKey, { min: number; max: number }> = {
  issue: { min: 2.5, max: 9 },
  itaTags: { min: 1.5, max: 3.5 },
  measure: { min: 2.5, max: 8 },
  steps: { min: 3, max: 11 },
  responsible: { min: 2, max: 4.5 },
  period: { min: 2, max: 4 },
  monitoring: { min: 2.5, max: 7 },
  result: { min: 3, max: 11 },
  outcome: { min: 2.5, max: 8 },
  suggestions: { min: 2, max: 6 },
  status: { min: 1.5, max: 3 },
  evidence: { min: 2.5, max: 6 },
};

export interface ReportPreset {
  id: string;
  name: string;
  /** 'plan' is the plan table itself (no results); 'report' reports a round's results. */
  kind: 'report' | 'plan';
  /** Number the rows ๑. ๒. (or ๑.๑ under sections); the issue-based table 000 does not. */
  numbered: boolean;
  columns: ReportColumn[];
}

/** Where a report column's text comes from: a field of the measures or the progress sheet. */
export type ColumnSource = { sheet: 'measures'; field: MeasureFieldKey } | { sheet: 'progress'; field: ProgressFieldKey };

interface CatalogEntry {
  /** The short name the report dialog shows and a coordinator types (ตั้งค่า › คอลัมน์ของรูปแบบ "กำหนดเอง"). */
  label: string;
  header: string;
  weight: number;
  source: ColumnSource;
  /** Extra words a coordinator may type for the column (the schema's header and label count too). */
  names: string[];
}

const measureField = (field: MeasureFieldKey): ColumnSource => ({ sheet: 'measures', field });
const progressField = (field: ProgressFieldKey): ColumnSource => ({ sheet: 'progress', field });

/** The columns a custom preset can use, each tied to the schema field it prints. */
export const COLUMN_CATALOG: Record<ColumnKey, CatalogEntry> = {
  issue: {
    label: 'ประเด็น',
    header: 'ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา',
    weight: 3,
    source: measureField('issue'),
    names: ['ประเด็น', 'ประเด็นที่ต้องปรับปรุง'],
  },
  itaTags: { label: 'ตัวชี้วัด', header: 'ตัวชี้วัด ITA', weight: 1.5, source: measureField('itaTags'), names: ['ตัวชี้วัด', 'ข้อ ITA'] },
  measure: {
    label: 'มาตรการ',
    header: 'มาตรการ/โครงการ/กิจกรรม',
    weight: 3,
    source: measureField('title'),
    names: ['มาตรการ', 'โครงการ', 'กิจกรรม'],
  },
  steps: {
    label: 'ขั้นตอน',
    header: 'ขั้นตอนหรือวิธีการปฏิบัติ',
    weight: 4,
    source: measureField('steps'),
    names: ['ขั้นตอน', 'วิธีการ', 'วิธีการดำเนินการ'],
  },
  responsible: { label: 'ผู้รับผิดชอบ', header: 'ผู้รับผิดชอบ', weight: 1.6, source: measureField('responsible'), names: ['หน่วยงานรับผิดชอบ'] },
  period: { label: 'ระยะเวลา', header: 'ระยะเวลา', weight: 1.6, source: measureField('period'), names: ['ระยะเวลาดำเนินการ'] },
  monitoring: {
    label: 'การติดตาม',
    header: 'การติดตามประเมินผล',
    weight: 2.5,
    source: measureField('monitoring'),
    names: ['การติดตาม', 'กำหนดเวลาแล้วเสร็จ'],
  },
  result: {
    label: 'ผลการดำเนินการ',
    header: 'ผลการดำเนินการ',
    weight: 4,
    source: progressField('result'),
    names: ['ผลการดำเนินงาน', 'การดำเนินการ'],
  },
  outcome: {
    label: 'ผลลัพธ์',
    header: 'ผลลัพธ์หรือความสำเร็จของการดำเนินการ',
    weight: 2.5,
    source: progressField('outcome'),
    names: ['ผลลัพธ์', 'ความสำเร็จ'],
  },
  suggestions: { label: 'ข้อเสนอแนะ', header: 'ข้อเสนอแนะ', weight: 2.2, source: progressField('suggestions'), names: [] },
  status: { label: 'สถานะ', header: 'สถานะ', weight: 1.5, source: progressField('status'), names: [] },
  evidence: { label: 'หลักฐาน', header: 'หลักฐาน', weight: 2, source: progressField('evidence'), names: ['ลิงก์'] },
};

/** Every word that picks a column: its report header, its extra names, the schema field's header and label. */
export function columnNames(key: ColumnKey): string[] {
  const { label, header, names, source } = COLUMN_CATALOG[key];
  const field = source.sheet === 'measures' ? MEASURE_FIELDS[source.field] : PROGRESS_FIELDS[source.field];
  return [label, header, ...names, field.header, field.label];
}

/** A column that prints a round's progress: a table with one reports results; without, it is the plan. */
export function isResultColumn(key: ColumnKey): boolean {
  return COLUMN_CATALOG[key].source.sheet === 'progress';
}

function col(key: ColumnKey, header: string, weight = COLUMN_CATALOG[key].weight): ReportColumn {
  return { key, header, weight };
}

export const PRESETS: readonly ReportPreset[] = [
  {
    id: '000',
    name: 'ประเด็นที่ต้องปรับปรุง – การดำเนินการ (รอบ 6 เดือน ตามข้อ ITA)',
    kind: 'report',
    numbered: false,
    columns: [
      col('issue', 'ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา', 3),
      col('steps', 'ขั้นตอนหรือวิธีการ/มาตรการ', 4),
      col('responsible', 'ผู้รับผิดชอบ', 1.5),
      col('monitoring', 'การรายงานผลและการกำกับติดตาม กำหนดเวลาแล้วเสร็จ', 3.2),
      col('result', 'การดำเนินการ', 3.2),
    ],
  },
  {
    id: '001',
    name: 'มาตรการ – ผลการดำเนินการ – ผลลัพธ์ – ข้อเสนอแนะ (7 คอลัมน์)',
    kind: 'report',
    numbered: true,
    columns: [
      col('measure', 'มาตรการหรือกิจกรรมที่ดำเนินการ', 2.6),
      col('steps', 'วิธีการดำเนินการ', 3.4),
      col('responsible', 'ผู้รับผิดชอบ', 1.5),
      col('period', 'ระยะเวลา', 1.4),
      col('result', 'ผลการดำเนินการ', 3.2),
      col('outcome', 'ผลลัพธ์หรือความสำเร็จของการดำเนินการ', 1.6),
      col('suggestions', 'ข้อเสนอแนะ', 1.5),
    ],
  },
  {
    id: '002',
    name: 'แผนมาตรการ (ไม่มีผลการดำเนินการ)',
    kind: 'plan',
    numbered: true,
    columns: [
      col('measure', 'มาตรการ/แนวทางการกำหนดวิธีการนำผลวิเคราะห์ไปสู่การปฏิบัติ', 3),
      col('steps', 'ขั้นตอน/วิธีดำเนินการ', 4),
      col('responsible', 'ผู้รับผิดชอบ', 1.4),
      col('period', 'ระยะเวลาดำเนินการ', 1.5),
      col('monitoring', 'การติดตามประเมินผล', 1.8),
    ],
  },
  {
    id: '003',
    name: 'มาตรการ – ผลการดำเนินการ – ข้อเสนอแนะ (6 คอลัมน์)',
    kind: 'report',
    numbered: true,
    columns: [
      col('measure', 'มาตรการที่ดำเนินการ', 2.4),
      col('steps', 'ขั้นตอน/วิธีการปฏิบัติ', 3.2),
      col('responsible', 'ผู้รับผิดชอบ', 1.3),
      col('period', 'ระยะเวลา', 1.4),
      col('result', 'ผลการดำเนินการ', 3.6),
      col('suggestions', 'ข้อเสนอแนะ', 2.6),
    ],
  },
  {
    id: '004',
    name: 'มาตรการ – ผลการดำเนินการ – ผลลัพธ์ – ผู้รับผิดชอบ – ระยะเวลา',
    kind: 'report',
    numbered: true,
    columns: [
      col('measure', 'มาตรการ/โครงการ/กิจกรรม', 2.4),
      col('steps', 'ขั้นตอนหรือวิธีการปฏิบัติ', 3.4),
      col('result', 'ผลการดำเนินการตามมาตรการหรือกิจกรรม', 3.4),
      col('outcome', 'ผลลัพธ์หรือความสำเร็จของการดำเนินการ', 2.8),
      col('responsible', 'ผู้รับผิดชอบ', 1.4),
      col('period', 'ระยะเวลา', 1.5),
    ],
  },
];

export const CUSTOM_PRESET_ID = 'กำหนดเอง';

export function findPreset(id: string): ReportPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/**
 * A custom preset from the coordinator's list of column names ("มาตรการ, ขั้นตอน, ผลการดำเนินการ")
 * or column keys. Unknown names are returned so the caller can say which one is wrong.
 */
export function customPreset(spec: string | readonly string[]): { preset: ReportPreset; unknown: string[] } {
  const names = typeof spec === 'string' ? spec.split(/[,\n]/) : spec;
  const columns: ReportColumn[] = [];
  const unknown: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    const wanted = normalizeLabel(name);
    const key = (Object.keys(COLUMN_CATALOG) as ColumnKey[]).find(
      (k) => k === name || columnNames(k).some((n) => normalizeLabel(n) === wanted),
    );
    if (!key) unknown.push(name);
    else if (!columns.some((c) => c.key === key)) columns.push(col(key, COLUMN_CATALOG[key].header));
  }
  const hasResults = columns.some((c) => isResultColumn(c.key));
  return {
    preset: { id: CUSTOM_PRESET_ID, name: 'กำหนดเอง', kind: hasResults ? 'report' : 'plan', numbered: true, columns },
    unknown,
  };
}
