/**
 * The shape of the add-on's sheets: which columns exist, their Thai headers, what each holds.
 * Columns are found by header text, so a column moved in the grid is still found; a renamed one
 * is reported by name.
 */
import { AGENCY_TYPES, NO, NUMBERING, PUBLISH_TEXT, ROUND_LABEL, SHARE_ROLE_LABEL, SHEET, STATUS_LABEL, YES } from './labels';
import type { Measure, ProgressEntry } from './model';

export type ColumnKind = 'id' | 'text' | 'longtext' | 'number' | 'year' | 'date' | 'enum' | 'bool' | 'links' | 'system';

export interface ColumnDef<K extends string = string> {
  key: K;
  header: string;
  kind: ColumnKind;
  required?: boolean;
  /** Points, for setup. */
  width: number;
  /** Choices offered as a dropdown (enum) or suggested (allowInvalid). */
  options?: readonly string[];
  /** Dropdown from the units sheet, other values allowed (a measure may have several units). */
  unitsDropdown?: boolean;
  maxLength?: number;
  /** A field of the sidebar's forms: its label there (the header is the sheet's word). */
  label?: string;
  /** One line of help under the sidebar's field. */
  help?: string;
  /** false: not part of the row's fingerprint (identity, position, who/when). */
  fingerprint?: false;
}

/** Kinds whose cells are formatted as plain text, so what people type is kept as typed. */
export const PLAIN_TEXT_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>(['id', 'text', 'longtext', 'links', 'enum', 'bool']);

/** Long free text: Sheets holds 50,000 characters in a cell; a report cell can carry this much. */
export const MAX_LONG_TEXT = 20000;
export const MAX_SHORT_TEXT = 1000;

export const MEASURE_COLUMNS = [
  { key: 'id', header: 'รหัส', kind: 'id', required: true, width: 90, fingerprint: false },
  { key: 'fiscalYear', header: 'ปีงบประมาณ', kind: 'year', required: true, width: 80 },
  { key: 'order', header: 'ลำดับ', kind: 'number', width: 50, fingerprint: false },
  {
    key: 'section',
    header: 'หมวด/ประเด็นการวิเคราะห์',
    kind: 'text',
    width: 180,
    maxLength: MAX_SHORT_TEXT,
    label: 'หมวด/ประเด็นการวิเคราะห์',
    help: 'มาตรการหมวดเดียวกันอยู่ด้วยกันในรายงาน',
  },
  { key: 'itaTags', header: 'ตัวชี้วัด/ข้อ ITA', kind: 'text', width: 110, maxLength: MAX_SHORT_TEXT, label: 'ตัวชี้วัด/ข้อ ITA' },
  {
    key: 'issue',
    header: 'ประเด็นที่ต้องปรับปรุง/พัฒนา',
    kind: 'longtext',
    width: 220,
    maxLength: MAX_LONG_TEXT,
    label: 'ประเด็นที่ต้องปรับปรุง/พัฒนา',
  },
  {
    key: 'title',
    header: 'มาตรการ/โครงการ/กิจกรรม',
    kind: 'text',
    required: true,
    width: 240,
    maxLength: MAX_SHORT_TEXT,
    label: 'ชื่อมาตรการ/โครงการ/กิจกรรม',
  },
  {
    key: 'steps',
    header: 'ขั้นตอน/วิธีการ',
    kind: 'longtext',
    width: 300,
    maxLength: MAX_LONG_TEXT,
    label: 'ขั้นตอน/วิธีการ',
    help: 'หนึ่งขั้นตอนต่อบรรทัด รายงานจะใส่เลขข้อให้',
  },
  {
    key: 'responsible',
    header: 'ผู้รับผิดชอบ',
    kind: 'text',
    width: 150,
    unitsDropdown: true,
    maxLength: MAX_SHORT_TEXT,
    label: 'ผู้รับผิดชอบ',
  },
  { key: 'period', header: 'ระยะเวลา', kind: 'text', width: 140, maxLength: MAX_SHORT_TEXT, label: 'ระยะเวลา' },
  {
    key: 'monitoring',
    header: 'การติดตาม/กำหนดเวลาแล้วเสร็จ',
    kind: 'longtext',
    width: 220,
    maxLength: MAX_LONG_TEXT,
    label: 'การติดตาม/กำหนดเวลาแล้วเสร็จ',
  },
  {
    key: 'targetLabel',
    header: 'สิ่งที่นับ (เช่น ผู้เข้าร่วมกิจกรรม)',
    kind: 'text',
    width: 150,
    maxLength: MAX_SHORT_TEXT,
    label: 'สิ่งที่นับ',
  },
  { key: 'target', header: 'ค่าเป้าหมาย', kind: 'number', width: 80, label: 'ค่าเป้าหมาย' },
  { key: 'targetUnit', header: 'หน่วยนับ', kind: 'text', width: 70, maxLength: 100, label: 'หน่วยนับ' },
  { key: 'archived', header: 'เก็บถาวร', kind: 'bool', width: 70, options: [YES, NO] },
  { key: 'version', header: 'เวอร์ชัน (ระบบ)', kind: 'system', width: 70 },
  // Issue 11, ITA › เริ่มปีงบประมาณใหม่: the row a carried-over measure came from, and "carry me over".
  { key: 'fromId', header: 'มาจากรหัส', kind: 'id', width: 90, fingerprint: false },
  { key: 'continuing', header: 'ต่อเนื่อง', kind: 'bool', width: 70, options: [YES, NO], fingerprint: false },
] as const satisfies readonly ColumnDef[];

export const PROGRESS_COLUMNS = [
  { key: 'measureId', header: 'รหัสมาตรการ', kind: 'id', required: true, width: 90, fingerprint: false },
  { key: 'measureTitle', header: 'มาตรการ (อ้างอิง)', kind: 'system', width: 200, fingerprint: false },
  {
    key: 'round',
    header: 'รอบการรายงาน',
    kind: 'enum',
    required: true,
    width: 100,
    options: Object.values(ROUND_LABEL),
    fingerprint: false,
  },
  {
    key: 'status',
    header: 'สถานะ',
    kind: 'enum',
    required: true,
    width: 140,
    options: Object.values(STATUS_LABEL),
    label: 'สถานะ',
  },
  {
    key: 'result',
    header: 'ผลการดำเนินการ',
    kind: 'longtext',
    width: 300,
    maxLength: MAX_LONG_TEXT,
    label: 'ผลการดำเนินการ',
    help: 'ขึ้นบรรทัดใหม่สำหรับแต่ละข้อ ถ้าต้องการเลขข้อ ให้พิมพ์เอง เช่น 1. 2. (รายงานพิมพ์ตามที่พิมพ์ไว้)',
  },
  {
    key: 'outcome',
    header: 'ผลลัพธ์/ความสำเร็จ',
    kind: 'longtext',
    width: 220,
    maxLength: MAX_LONG_TEXT,
    label: 'ผลลัพธ์/ความสำเร็จ',
  },
  { key: 'actual', header: 'ผลที่ทำได้ (ตัวเลข)', kind: 'number', width: 90, label: 'ผลที่ทำได้ (ตัวเลข)' },
  {
    key: 'suggestions',
    header: 'ข้อเสนอแนะ',
    kind: 'longtext',
    width: 200,
    maxLength: MAX_LONG_TEXT,
    label: 'ข้อเสนอแนะ',
  },
  {
    key: 'evidence',
    header: 'หลักฐาน (ลิงก์)',
    kind: 'links',
    width: 200,
    maxLength: MAX_LONG_TEXT,
    label: 'หลักฐาน (ลิงก์หรือคำอธิบาย)',
    help: 'บรรทัดละหนึ่งรายการ: ลิงก์ที่ขึ้นต้นด้วย https:// (คลิกได้ในรายงาน) หรือคำอธิบาย เช่น "เอกสารในแฟ้ม สำนักปลัด"',
  },
  { key: 'updatedBy', header: 'ผู้บันทึก', kind: 'system', width: 150, fingerprint: false },
  { key: 'updatedAt', header: 'วันที่บันทึก', kind: 'system', width: 120, fingerprint: false },
  { key: 'version', header: 'เวอร์ชัน (ระบบ)', kind: 'system', width: 70 },
] as const satisfies readonly ColumnDef[];

/**
 * Columns the sidebar keeps after the measure and progress columns (added on its first save when
 * missing; nothing else reads them): a fingerprint of all the row's cells at the last sidebar save
 * (a mismatch means the row was edited in the grid) and the ID of the last request that wrote the
 * row (a retried save finds it instead of writing twice).
 */
export const SIDEBAR_COLUMNS = [
  { key: 'rowPrint', header: 'ลายนิ้วมือแถว (ระบบ)', kind: 'system', width: 80 },
  { key: 'requestId', header: 'รหัสคำขอล่าสุด', kind: 'system', width: 80 },
] as const satisfies readonly ColumnDef[];

export const UNIT_COLUMNS = [
  { key: 'name', header: 'หน่วยงาน/ส่วนราชการ', kind: 'text', required: true, width: 260, maxLength: 200 },
] as const satisfies readonly ColumnDef[];

/**
 * ค่ากำหนดรายปี: one row per fiscal year. Extensible: a later column (weights, level rules) is
 * appended here and ตั้งค่าชีต adds it at the end of an existing sheet, like any other column.
 */
export const YEAR_SETTING_COLUMNS = [
  { key: 'fiscalYear', header: 'ปีงบประมาณ', kind: 'year', required: true, width: 90 },
  { key: 'planItem', header: 'ข้อ OIT ของแผน/มาตรการ', kind: 'text', width: 120, maxLength: 20 },
  { key: 'reportItem', header: 'ข้อ OIT ของรายงานผล', kind: 'text', width: 120, maxLength: 20 },
  { key: 'planUrl', header: 'ลิงก์เว็บไซต์ที่เผยแพร่แผน/มาตรการ', kind: 'links', width: 260, maxLength: MAX_SHORT_TEXT },
  { key: 'reportUrl', header: 'ลิงก์เว็บไซต์ที่เผยแพร่รายงานผล', kind: 'links', width: 260, maxLength: MAX_SHORT_TEXT },
  { key: 'note', header: 'หมายเหตุ', kind: 'text', width: 320, maxLength: MAX_SHORT_TEXT },
  // Issue 11: how that year's ITA result is scored (blank: the add-on's default for the year, see core/ita-result.ts).
  { key: 'weightIIT', header: 'น้ำหนัก IIT (ร้อยละ)', kind: 'number', width: 90 },
  { key: 'weightEIT', header: 'น้ำหนัก EIT (ร้อยละ)', kind: 'number', width: 90 },
  { key: 'weightOIT', header: 'น้ำหนัก OIT (ร้อยละ)', kind: 'number', width: 90 },
  { key: 'passMark', header: 'คะแนนผ่านรายตัวชี้วัด', kind: 'number', width: 90 },
  {
    key: 'levelRules',
    header: 'เกณฑ์ระดับผลการประเมิน (ระดับ: คะแนนขั้นต่ำ บรรทัดละระดับ)',
    kind: 'longtext',
    width: 220,
    maxLength: MAX_SHORT_TEXT,
  },
  // Issue 11: part 4 of the year's plan (one item per line; blank: the part is left out).
  { key: 'planLimits', header: 'ข้อจำกัดของหน่วยงาน (แผน)', kind: 'longtext', width: 260, maxLength: MAX_LONG_TEXT },
  { key: 'planSuggestions', header: 'ข้อเสนอแนะ/แนวทางจัดการข้อจำกัด (แผน)', kind: 'longtext', width: 260, maxLength: MAX_LONG_TEXT },
  // Issue 11: after a new fiscal year starts, the old year stays open for staff until the coordinator closes it here.
  { key: 'closed', header: 'ปิดรับบันทึกผลแล้ว', kind: 'bool', width: 90, options: [YES, NO] },
] as const satisfies readonly ColumnDef[];

/**
 * ผลการประเมิน ITA: one row per fiscal year (the year assessed) and indicator. The tool score and
 * total columns are optional copies of what the NACC printed, checked against the computed ones.
 */
export const ITA_RESULT_COLUMNS = [
  { key: 'fiscalYear', header: 'ปีงบประมาณที่ประเมิน', kind: 'year', required: true, width: 90 },
  { key: 'tool', header: 'เครื่องมือ (IIT/EIT/OIT)', kind: 'enum', required: true, width: 90, options: ['IIT', 'EIT', 'OIT'] },
  { key: 'number', header: 'ตัวชี้วัดที่', kind: 'number', required: true, width: 70 },
  { key: 'name', header: 'ตัวชี้วัด', kind: 'text', width: 240, maxLength: MAX_SHORT_TEXT },
  { key: 'score', header: 'คะแนน', kind: 'number', width: 80 },
  { key: 'toolScore', header: 'คะแนนรายเครื่องมือ (ตามประกาศ ถ้ามี)', kind: 'number', width: 110 },
  { key: 'total', header: 'คะแนนรวม (ตามประกาศ ถ้ามี)', kind: 'number', width: 100 },
  { key: 'note', header: 'หมายเหตุ', kind: 'text', width: 240, maxLength: MAX_SHORT_TEXT },
] as const satisfies readonly ColumnDef[];

/**
 * การวิเคราะห์ผล ITA: the coordinator's analysis for the plan of a fiscal year, one row per analysis
 * heading (the measures' หมวด). ITA › สร้างแผนมาตรการ… adds a row, pre-filled with the computed facts,
 * for each heading that has none; typed rows are never changed.
 */
export const ITA_ANALYSIS_COLUMNS = [
  { key: 'fiscalYear', header: 'ปีงบประมาณของแผน', kind: 'year', required: true, width: 90 },
  { key: 'heading', header: 'ประเด็นการวิเคราะห์ (หมวด)', kind: 'text', required: true, width: 220, maxLength: MAX_SHORT_TEXT },
  { key: 'findings', header: 'ข้อค้นพบ', kind: 'longtext', width: 320, maxLength: MAX_LONG_TEXT },
  { key: 'strengths', header: 'จุดแข็ง', kind: 'longtext', width: 260, maxLength: MAX_LONG_TEXT },
  { key: 'weaknesses', header: 'จุดอ่อน/สิ่งที่ต้องปรับปรุง', kind: 'longtext', width: 260, maxLength: MAX_LONG_TEXT },
] as const satisfies readonly ColumnDef[];

export type YearSettingKey = (typeof YEAR_SETTING_COLUMNS)[number]['key'];

/** Shipped, editable: the OIT items of the years whose ITA manual the add-on knows; others left blank. */
export const YEAR_SETTING_DEFAULTS: readonly { fiscalYear: number; planItem: string; reportItem: string }[] = [
  { fiscalYear: 2564, planItem: 'O42', reportItem: 'O43' },
  { fiscalYear: 2565, planItem: 'O42', reportItem: 'O43' },
  { fiscalYear: 2566, planItem: '', reportItem: '' },
  { fiscalYear: 2567, planItem: 'O34', reportItem: 'O35' },
  { fiscalYear: 2568, planItem: '', reportItem: '' },
  { fiscalYear: 2569, planItem: '', reportItem: '' },
];

/** ประวัติการสร้างรายงาน: one row per generation attempt (the add-on writes it; people read it). */
export const REPORT_LOG_COLUMNS = [
  { key: 'at', header: 'เวลา', kind: 'date', width: 140 },
  { key: 'by', header: 'ผู้สร้าง', kind: 'text', width: 180 },
  { key: 'fiscalYear', header: 'ปีงบประมาณ', kind: 'number', width: 80 },
  { key: 'round', header: 'รอบ/แผน', kind: 'text', width: 110 },
  { key: 'preset', header: 'รูปแบบตาราง', kind: 'text', width: 90 },
  { key: 'memo', header: 'แนบบันทึกข้อความ', kind: 'text', width: 80 },
  { key: 'measureCount', header: 'จำนวนมาตรการ', kind: 'number', width: 80 },
  { key: 'docUrl', header: 'ลิงก์ Google Doc', kind: 'text', width: 260 },
  { key: 'pdfUrl', header: 'ลิงก์ PDF', kind: 'text', width: 260 },
  { key: 'status', header: 'ผล', kind: 'text', width: 110 },
  { key: 'message', header: 'ข้อความ', kind: 'longtext', width: 300, maxLength: MAX_LONG_TEXT },
  { key: 'itas', header: 'ข้อมูลสำหรับกรอกในระบบ ITAS', kind: 'longtext', width: 320, maxLength: MAX_LONG_TEXT },
  { key: 'contentHash', header: 'รหัสเนื้อหารายงาน (ระบบ)', kind: 'text', width: 120 },
] as const satisfies readonly ColumnDef[];

export type ReportLogKey = (typeof REPORT_LOG_COLUMNS)[number]['key'];

export type MeasureKey = (typeof MEASURE_COLUMNS)[number]['key'];
export type ProgressKey = (typeof PROGRESS_COLUMNS)[number]['key'];

// Every column is a field of the model, so a column added here without one fails the build (the
// readers build each model object from the columns, so a model field without a column fails too).
type Within<K, T> = [K] extends [keyof T] ? true : false;
type Holds<T extends true> = T;
export type ColumnsAreModelFields = [
  Holds<Within<MeasureKey, Measure>>,
  // The measure's title is repeated on each progress row for people reading the grid only.
  Holds<Within<Exclude<ProgressKey, 'measureTitle'>, ProgressEntry>>,
];

/** The keys of the columns that are a sidebar form field (they carry a label). */
type FieldKey<D extends readonly ColumnDef[]> = Extract<D[number], { label: string }>['key'];
export type MeasureFieldKey = FieldKey<typeof MEASURE_COLUMNS>;
export type ProgressFieldKey = FieldKey<typeof PROGRESS_COLUMNS>;

export interface FieldText {
  label: string;
  help: string;
  /** The sheet's header for the same value. */
  header: string;
}

function fieldsOf<K extends string>(defs: readonly ColumnDef[]): Record<K, FieldText> {
  const out: Partial<Record<string, FieldText>> = {};
  for (const d of defs) if (d.label) out[d.key] = { label: d.label, help: d.help ?? '', header: d.header };
  return out as Record<K, FieldText>;
}

/** The measure editor's fields: label and help for each, in the sheet's column order. */
export const MEASURE_FIELDS: Readonly<Record<MeasureFieldKey, FieldText>> = fieldsOf<MeasureFieldKey>(MEASURE_COLUMNS);
/** The progress form's fields: label and help for each. */
export const PROGRESS_FIELDS: Readonly<Record<ProgressFieldKey, FieldText>> = fieldsOf<ProgressFieldKey>(PROGRESS_COLUMNS);

/** The columns whose values make a row's fingerprint (what a concurrent edit would change). */
export function fingerprintKeys<D extends readonly ColumnDef[]>(defs: D): D[number]['key'][] {
  return defs.filter((d) => d.fingerprint !== false).map((d) => d.key);
}

export function columnOf<D extends readonly ColumnDef[]>(defs: D, key: D[number]['key']): ColumnDef {
  const def = defs.find((d) => d.key === key);
  if (!def) throw new Error(`unknown column ${key}`);
  return def;
}

export interface SettingDef {
  key: string;
  label: string;
  kind: 'text' | 'number' | 'year' | 'date' | 'enum' | 'bool' | 'emails';
  required?: boolean;
  options?: readonly string[];
  defaultValue: string;
  hint: string;
}

export const PRESET_CHOICES = ['000', '001', '002', '003', '004', 'กำหนดเอง'] as const;

export const SETTINGS_ROWS: readonly SettingDef[] = [
  { key: 'agencyName', label: 'ชื่อหน่วยงาน', kind: 'text', required: true, defaultValue: '', hint: 'เช่น องค์การบริหารส่วนตำบลแกลง' },
  { key: 'agencyType', label: 'ประเภทหน่วยงาน', kind: 'enum', options: AGENCY_TYPES, defaultValue: AGENCY_TYPES[0], hint: '' },
  { key: 'district', label: 'อำเภอ', kind: 'text', required: true, defaultValue: '', hint: 'ไม่ต้องพิมพ์คำว่า "อำเภอ"' },
  { key: 'province', label: 'จังหวัด', kind: 'text', required: true, defaultValue: '', hint: 'ไม่ต้องพิมพ์คำว่า "จังหวัด"' },
  { key: 'fiscalYear', label: 'ปีงบประมาณ (พ.ศ.)', kind: 'year', required: true, defaultValue: '', hint: 'เช่น 2568' },
  { key: 'lastScore', label: 'คะแนน ITA ปีที่แล้ว', kind: 'number', defaultValue: '', hint: 'เช่น 83.59 (เว้นว่างได้)' },
  { key: 'lastGrade', label: 'ระดับผลการประเมินปีที่แล้ว', kind: 'text', defaultValue: '', hint: 'เช่น B หรือ ผ่าน (เว้นว่างได้)' },
  {
    key: 'reportFolderId',
    label: 'โฟลเดอร์รายงาน (ลิงก์หรือรหัส)',
    kind: 'text',
    defaultValue: '',
    hint: 'เว้นว่าง: ระบบสร้างโฟลเดอร์ "รายงาน ITA" ให้',
  },
  { key: 'executives', label: 'อีเมลผู้บริหารที่จะแชร์รายงานให้', kind: 'emails', defaultValue: '', hint: 'คั่นหลายอีเมลด้วยจุลภาค (,)' },
  {
    key: 'coordinators',
    label: 'อีเมลผู้ประสานงาน (แก้ไขมาตรการในแถบข้างได้)',
    kind: 'emails',
    defaultValue: '',
    hint: 'เว้นว่าง: ผู้ที่เลือก ITA › ตั้งค่าชีต เป็นคนแรกเป็นผู้ประสานงาน',
  },
  {
    key: 'shareRole',
    label: 'สิทธิ์ของผู้บริหาร',
    kind: 'enum',
    options: Object.values(SHARE_ROLE_LABEL),
    defaultValue: SHARE_ROLE_LABEL.viewer,
    hint: '',
  },
  {
    key: 'publicLink',
    label: 'เปิดให้ทุกคนที่มีลิงก์ดูรายงานได้',
    kind: 'bool',
    options: [YES, NO],
    defaultValue: NO,
    hint: 'เปิดเมื่อต้องการนำลิงก์ไปเผยแพร่ในระบบ ITAS',
  },
  {
    key: 'measureNumbering',
    label: 'เลขข้อมาตรการใต้หมวด',
    kind: 'enum',
    options: Object.values(NUMBERING),
    defaultValue: NUMBERING.sub,
    hint: 'ใช้ทั้งในตารางและรายการมาตรการในย่อหน้าเปิด',
  },
  { key: 'thaiDigits', label: 'ใช้เลขไทยในรายงาน', kind: 'bool', options: [YES, NO], defaultValue: YES, hint: '' },
  {
    key: 'defaultPreset',
    label: 'รูปแบบตารางเริ่มต้น',
    kind: 'enum',
    options: PRESET_CHOICES,
    defaultValue: '001',
    hint: 'ดูคำอธิบายรูปแบบใน README',
  },
  {
    key: 'customColumns',
    label: 'คอลัมน์ของรูปแบบ "กำหนดเอง"',
    kind: 'text',
    defaultValue: 'มาตรการ, ขั้นตอน, ผู้รับผิดชอบ, ระยะเวลา, ผลการดำเนินการ, ผลลัพธ์, ข้อเสนอแนะ',
    hint: 'ชื่อคอลัมน์ตามลำดับ คั่นด้วยจุลภาค',
  },
  { key: 'signer1Name', label: 'ผู้รายงาน (ชื่อ)', kind: 'text', defaultValue: '', hint: 'เช่น นางบุญญาดา ศรีสุข' },
  { key: 'signer1Position', label: 'ผู้รายงาน (ตำแหน่ง)', kind: 'text', defaultValue: '', hint: 'เช่น หัวหน้าสำนักปลัด' },
  { key: 'signer2Name', label: 'ปลัด (ชื่อ)', kind: 'text', defaultValue: '', hint: '' },
  { key: 'signer2Position', label: 'ปลัด (ตำแหน่ง)', kind: 'text', defaultValue: '', hint: '' },
  { key: 'signer3Name', label: 'นายก/ผู้บริหาร (ชื่อ)', kind: 'text', defaultValue: '', hint: '' },
  { key: 'signer3Position', label: 'นายก/ผู้บริหาร (ตำแหน่ง)', kind: 'text', defaultValue: '', hint: '' },
  { key: 'memoEnabled', label: 'แนบบันทึกข้อความเป็นหน้าแรก', kind: 'bool', options: [YES, NO], defaultValue: NO, hint: '' },
  { key: 'memoDivision', label: 'บันทึกข้อความ: ส่วนราชการ', kind: 'text', defaultValue: '', hint: 'เช่น องค์การบริหารส่วนตำบลโคกไม้ลาย (สำนักปลัด)' },
  { key: 'memoPhone', label: 'บันทึกข้อความ: โทร.', kind: 'text', defaultValue: '', hint: '' },
  {
    key: 'memoEmblemDoc',
    label: 'บันทึกข้อความ: เอกสารที่มีตราครุฑ (ลิงก์หรือรหัส)',
    kind: 'text',
    defaultValue: '',
    hint: 'Google เอกสารที่มีรูปตราครุฑ เช่น หัวกระดาษของหน่วยงาน (ใช้รูปแรกในเนื้อหา หรือในส่วนหัว) — เว้นว่าง: ไม่มีตราครุฑ',
  },
  { key: 'memoReference', label: 'บันทึกข้อความ: ที่', kind: 'text', defaultValue: '', hint: 'เช่น ปจ 71501/' },
  {
    key: 'memoDate',
    label: 'บันทึกข้อความ: วันที่',
    kind: 'date',
    defaultValue: '',
    hint: 'รอบ 6 เดือนและแผน — เว้นว่าง: วันที่สร้างรายงานนั้นครั้งแรก (สร้างซ้ำวันที่ไม่เปลี่ยน)',
  },
  {
    key: 'memoDateFY',
    label: 'บันทึกข้อความ: วันที่ (รอบ 12 เดือน)',
    kind: 'date',
    defaultValue: '',
    hint: 'เว้นว่าง: วันที่สร้างรายงานรอบ 12 เดือนครั้งแรก (สร้างซ้ำวันที่ไม่เปลี่ยน)',
  },
  { key: 'memoTo', label: 'บันทึกข้อความ: เรียน', kind: 'text', defaultValue: '', hint: 'เว้นว่าง: "นายก" + ชื่อหน่วยงาน' },
  {
    key: 'memoPurpose',
    label: 'บันทึกข้อความ: เพื่อ',
    kind: 'enum',
    options: [PUBLISH_TEXT.memoPurposeInform, PUBLISH_TEXT.memoPurposeApprove],
    defaultValue: PUBLISH_TEXT.memoPurposeInform,
    hint: '"เพื่อโปรดพิจารณาอนุญาตเผยแพร่" เพิ่มช่องให้นายกลงความเห็น อนุญาต/ไม่อนุญาต ให้เผยแพร่รายงานบนเว็บไซต์',
  },
  // Issue 9: the round the sidebar opens measures in (blank: the round being reported by date).
  {
    key: 'openRound',
    label: 'รอบที่เปิดให้บันทึกผลในแถบข้าง',
    kind: 'enum',
    options: Object.values(ROUND_LABEL),
    defaultValue: '',
    hint: 'เว้นว่าง: รอบที่กำลังรายงานตามวันที่ (6 เดือน: 1 ต.ค.–30 เม.ย., 12 เดือน: 1 พ.ค.–31 ต.ค.)',
  },
];

export const SHEET_NAMES = SHEET;
