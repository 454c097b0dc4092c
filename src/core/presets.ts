/**
 * Report column presets, named after the reference reports whose tables they reproduce, plus a
 * custom choice and order of columns.
 */
import { normalizeLabel } from './read-workbook';

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
  /** Relative width. */
  weight: number;
}

export interface ReportPreset {
  id: string;
  name: string;
  /** 'plan' is the plan table itself (no results); 'report' reports a round's results. */
  kind: 'report' | 'plan';
  /** Number the rows ๑. ๒. (or ๑.๑ under sections); the issue-based table 000 does not. */
  numbered: boolean;
  columns: ReportColumn[];
}

/** The columns a custom preset can use, with the words a coordinator may type for each. */
export const COLUMN_CATALOG: Record<ColumnKey, { header: string; weight: number; names: string[] }> = {
  issue: { header: 'ประเด็นที่ต้องปรับปรุงแก้ไข/ประเด็นที่ต้องพัฒนา', weight: 3, names: ['ประเด็น', 'ประเด็นที่ต้องปรับปรุง'] },
  itaTags: { header: 'ตัวชี้วัด ITA', weight: 1.5, names: ['ตัวชี้วัด', 'ตัวชี้วัด ITA', 'ข้อ ITA'] },
  measure: { header: 'มาตรการ/โครงการ/กิจกรรม', weight: 3, names: ['มาตรการ', 'โครงการ', 'กิจกรรม', 'มาตรการ/โครงการ/กิจกรรม'] },
  steps: { header: 'ขั้นตอนหรือวิธีการปฏิบัติ', weight: 4, names: ['ขั้นตอน', 'วิธีการ', 'ขั้นตอน/วิธีการ', 'วิธีการดำเนินการ'] },
  responsible: { header: 'ผู้รับผิดชอบ', weight: 1.6, names: ['ผู้รับผิดชอบ', 'หน่วยงานรับผิดชอบ'] },
  period: { header: 'ระยะเวลา', weight: 1.6, names: ['ระยะเวลา', 'ระยะเวลาดำเนินการ'] },
  monitoring: { header: 'การติดตามประเมินผล', weight: 2.5, names: ['การติดตาม', 'การติดตามประเมินผล', 'กำหนดเวลาแล้วเสร็จ'] },
  result: { header: 'ผลการดำเนินการ', weight: 4, names: ['ผลการดำเนินการ', 'ผลการดำเนินงาน', 'การดำเนินการ'] },
  outcome: { header: 'ผลลัพธ์หรือความสำเร็จของการดำเนินการ', weight: 2.5, names: ['ผลลัพธ์', 'ความสำเร็จ', 'ผลลัพธ์/ความสำเร็จ'] },
  suggestions: { header: 'ข้อเสนอแนะ', weight: 2.2, names: ['ข้อเสนอแนะ'] },
  status: { header: 'สถานะ', weight: 1.5, names: ['สถานะ'] },
  evidence: { header: 'หลักฐาน', weight: 2, names: ['หลักฐาน', 'ลิงก์', 'หลักฐาน (ลิงก์)'] },
};

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
      (k) =>
        k === name ||
        normalizeLabel(COLUMN_CATALOG[k].header) === wanted ||
        COLUMN_CATALOG[k].names.some((n) => normalizeLabel(n) === wanted),
    );
    if (!key) unknown.push(name);
    else if (!columns.some((c) => c.key === key)) columns.push(col(key, COLUMN_CATALOG[key].header));
  }
  const hasResults = columns.some((c) => ['result', 'outcome', 'suggestions', 'status', 'evidence'].includes(c.key));
  return {
    preset: { id: CUSTOM_PRESET_ID, name: 'กำหนดเอง', kind: hasResults ? 'report' : 'plan', numbered: true, columns },
    unknown,
  };
}
