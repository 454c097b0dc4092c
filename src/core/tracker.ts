/**
 * The progress tracker behind the sidebar, as plain data: what the sidebar shows (views without
 * Dates, which google.script.run cannot carry), what it sends back, and the checks the server
 * makes again on every save (never trusting the client).
 */
import type { FiscalRound } from './fiscal';
import { STATUS_LABEL } from './labels';
import type { Measure, ProgressEntry, Status } from './model';
import { badEvidenceLine, cleanText, isBuddhistYear, splitEvidence } from './cells';
import type { Cell, ColumnMap } from './read-workbook';
import { figureSentence } from './report-content';
import type { StaleReport } from './report-log';
import {
  fingerprintKeys,
  MAX_SHORT_TEXT,
  MEASURE_COLUMNS,
  PROGRESS_COLUMNS,
  type ColumnDef,
  type MeasureFieldKey,
  MEASURE_FIELDS,
  PROGRESS_FIELDS,
  type ProgressFieldKey,
} from './schema';
import { parseNumber, percentOf } from './thai';

/** A progress entry as the sidebar receives it (no Dates: google.script.run cannot carry them). */
export interface ProgressView extends Omit<ProgressEntry, 'measureId' | 'updatedAt' | 'row'> {
  /** ISO date-time, '' when never saved. */
  updatedAt: string;
  /** Fingerprint of the row as loaded: catches edits made in the grid, which do not bump version. */
  fingerprint: string;
  /** Each form field's text exactly as its cell holds it: what a save says it was loaded with. */
  form: ProgressFields;
  /** Fields the form can only show (a formula, text in the number cell, …), with why, in Thai. */
  readOnly: ReadOnlyNotes;
  /** The row was changed in the grid since the last sidebar save. */
  editedInGrid: boolean;
}

/** A measure as the sidebar receives it, with its progress in each round. */
export interface MeasureView extends Omit<Measure, 'row'> {
  fingerprint: string;
  form: MeasureFormFields;
  readOnly: ReadOnlyNotes;
  editedInGrid: boolean;
  progress: Partial<Record<FiscalRound, ProgressView>>;
}

/** A measure as the list shows it: no long texts, so 1,000 measures load in one small call. */
export interface MeasureSummary {
  id: string;
  fiscalYear: number;
  order: number;
  section: string;
  title: string;
  responsible: string;
  archived: boolean;
  version: number;
  fingerprint: string;
  /** The status saved in each round that has an entry. */
  status: Partial<Record<FiscalRound, Status>>;
}

export function measureSummary(v: MeasureView): MeasureSummary {
  const status: Partial<Record<FiscalRound, Status>> = {};
  for (const [round, p] of Object.entries(v.progress) as [FiscalRound, ProgressView | undefined][]) if (p) status[round] = p.status;
  const { id, fiscalYear, order, section, title, responsible, archived, version, fingerprint } = v;
  return { id, fiscalYear, order, section, title, responsible, archived, version, fingerprint, status };
}

/**
 * The round the sidebar offers first, and its fiscal year: the one being reported. The 6-month
 * round from 1 October to 30 April, the 12-month round from 1 May to 31 October; in October that
 * is the fiscal year that has just ended (it began on 1 October of the year before last).
 */
export function reportingRound(now: Date): { round: FiscalRound; fiscalYear: number } {
  const month = now.getMonth();
  const beYear = now.getFullYear() + 543;
  // The fiscal year that contains `now` (begins 1 October).
  const current = month >= 9 ? beYear + 1 : beYear;
  if (month === 9) return { round: 'FY', fiscalYear: current - 1 };
  if (month >= 4 && month <= 8) return { round: 'FY', fiscalYear: current };
  return { round: 'H1', fiscalYear: current };
}

export interface TrackerData {
  user: string;
  canEditMeasures: boolean;
  fiscalYears: number[];
  fiscalYear: number;
  currentRound: FiscalRound;
  units: string[];
  unitFilter: string;
  /** Unsaved sidebar text kept in user properties (JSON), for browsers that block localStorage. */
  drafts: string;
  statusLabels: Record<Status, string>;
  /** The report prints Thai digits (setting ใช้เลขไทยในรายงาน): the sidebar's figure preview follows it. */
  thaiDigits: boolean;
  /** The list's measures: titles, units, status (see measureSummary); full texts via getMeasure. */
  measures: MeasureSummary[];
  /** Rows the tracker cannot use until they are fixed in the grid (said in Thai, with row). */
  problems: string[];
  /** Reports made before the data changed ("ข้อมูลเปลี่ยนหลังสร้างรายงานเมื่อ …"), each with its regenerate request. */
  staleReports?: StaleReport[];
  /** The coordinator closed this fiscal year (ค่ากำหนดรายปี): results are read-only in the sidebar. */
  yearClosed: boolean;
}

/**
 * The progress form's fields as typed: every field of PROGRESS_FIELDS as text (the number in
 * Thai or Arabic digits, the links one per line), the status as chosen.
 */
export type ProgressFields = Record<Exclude<ProgressFieldKey, 'status'>, string> & { status: Status };

/** A save from the sidebar: the form plus the version and fingerprint it was loaded with. */
export interface ProgressInput extends ProgressFields {
  measureId: string;
  round: FiscalRound;
  baseVersion: number;
  baseFingerprint: string;
}

export interface MeasureInput extends Omit<CleanMeasure, 'target'> {
  /** Absent for a new measure. */
  id?: string;
  /** As typed. */
  target: string;
  baseVersion: number;
  baseFingerprint: string;
}

export type FieldErrors = Partial<Record<string, string>>;

/** A measure's form fields as typed (the target as text). */
export type MeasureFormFields = Record<MeasureFieldKey, string>;

/** A new measure's form: every field of the schema, empty. */
export const BLANK_MEASURE_FORM: Readonly<MeasureFormFields> = Object.fromEntries(
  Object.keys(MEASURE_FIELDS).map((k) => [k, '']),
) as MeasureFormFields;

/** Why a field is shown read-only, by field key (said in Thai). */
export type ReadOnlyNotes = Partial<Record<string, string>>;

/** One field the user changed: the text it was loaded with and the text now in the form. */
export interface FieldChange {
  loaded: string;
  value: string;
}

/**
 * A field-level save: only the changed fields are written, each only when its cell still holds the
 * text it was loaded with. `fields` is the whole form, used only when the row does not exist yet.
 * `requestId` is made by the client once per save attempt and sent again on a retry.
 */
export interface SaveRequest<K extends string, F> {
  requestId: string;
  fields: F;
  changes: Partial<Record<K, FieldChange>>;
}

export interface ProgressSave extends SaveRequest<ProgressFieldKey, ProgressFields> {
  measureId: string;
  round: FiscalRound;
}

export interface MeasureSave extends SaveRequest<MeasureFieldKey, MeasureFormFields> {
  /** Absent for a new measure. */
  id?: string;
  fiscalYear: number;
}

/** A changed field whose cell no longer holds what the user loaded: someone else changed it. */
export interface FieldConflict {
  key: string;
  label: string;
  /** What it was when the user opened the form. */
  loaded: string;
  /** What the cell holds now. */
  theirs: string;
  /** What the user typed. */
  mine: string;
}

export type SaveResult<T> =
  /** `note`: something the user should know about a save that worked (said in Thai). */
  | { ok: true; value: T; note?: string }
  | { ok: false; kind: 'invalid'; fieldErrors: FieldErrors; message: string }
  /**
   * `fields`: the changed fields someone else changed first (the other changed fields were written;
   * `theirs` is the row as it is now).
   */
  | { ok: false; kind: 'conflict'; message: string; theirs: T | null; fields?: FieldConflict[] }
  | { ok: false; kind: 'error'; message: string };

/** FNV-1a over the row's meaningful values: cheap, stable, and enough to notice any change. */
export function fingerprint(values: readonly unknown[]): string {
  let h = 0x811c9dc5;
  const s = JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : v)));
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const MEASURE_PRINT = fingerprintKeys(MEASURE_COLUMNS);
const PROGRESS_PRINT = fingerprintKeys(PROGRESS_COLUMNS);

/** A row's values in the schema's column order; a list of links counts as its cell text. */
function rowValues<T extends object>(row: T, keys: readonly string[]): unknown[] {
  const byKey = row as Record<string, unknown>;
  return keys.map((k) => {
    const v = byKey[k];
    return Array.isArray(v) ? v.join('\n') : v;
  });
}

export function progressFingerprint(p: ProgressEntry): string {
  return fingerprint(rowValues(p, PROGRESS_PRINT));
}

export function measureFingerprint(m: Measure): string {
  return fingerprint(rowValues(m, MEASURE_PRINT));
}

/** What the form shows of a row, read from its cells (see rowForm). */
export interface RowForm<F> {
  form: F;
  readOnly: ReadOnlyNotes;
  editedInGrid: boolean;
}

/** A progress entry's form texts from the model alone (a row not read from the sheet). */
function progressFormOf(p: ProgressEntry): ProgressFields {
  return {
    status: p.status,
    result: p.result,
    outcome: p.outcome,
    actual: p.actual === null ? '' : String(p.actual),
    suggestions: p.suggestions,
    evidence: p.evidence.join('\n'),
  };
}

function measureFormOf(m: Measure): MeasureFormFields {
  const form = {} as MeasureFormFields;
  for (const k of Object.keys(MEASURE_FIELDS) as MeasureFieldKey[]) {
    const v = (m as unknown as Record<string, unknown>)[k];
    form[k] = v === null || v === undefined ? '' : String(v);
  }
  return form;
}

export function progressView(p: ProgressEntry, row?: RowForm<ProgressFields>): ProgressView {
  const { measureId: _id, row: _row, updatedAt, ...rest } = p;
  return {
    ...rest,
    updatedAt: updatedAt ? updatedAt.toISOString() : '',
    fingerprint: progressFingerprint(p),
    ...(row ?? { form: progressFormOf(p), readOnly: {}, editedInGrid: false }),
  };
}

export function measureView(
  m: Measure,
  progress: readonly ProgressEntry[],
  row?: RowForm<MeasureFormFields>,
  progressRows?: (p: ProgressEntry) => RowForm<ProgressFields> | undefined,
): MeasureView {
  const own: Partial<Record<FiscalRound, ProgressView>> = {};
  for (const p of progress) if (p.measureId === m.id) own[p.round] = progressView(p, progressRows?.(p));
  const { row: _row, ...rest } = m;
  return {
    ...rest,
    fingerprint: measureFingerprint(m),
    progress: own,
    ...(row ?? { form: measureFormOf(m), readOnly: {}, editedInGrid: false }),
  };
}

/** One row's cells as read (formulas beside values). */
export interface RowCellsRead {
  values: readonly Cell[];
  formulas: readonly string[];
}

function cellAt(row: RowCellsRead, i: number): Cell {
  if (i < 0) return '';
  return row.formulas[i] || (row.values[i] ?? '');
}

/**
 * A fingerprint of every cell of the row in the given columns (formulas as written, dates as ISO
 * text). Stored at each sidebar save; when it no longer matches, the row was edited in the grid.
 */
export function rowPrint(row: RowCellsRead, map: ColumnMap, defs: readonly ColumnDef[]): string {
  return fingerprint(defs.map((d) => cellAt(row, map.index[d.key])));
}

const STATUS_OF_LABEL = new Map(Object.entries(STATUS_LABEL).map(([k, v]) => [v, k]));
const READ_ONLY_FORMULA = 'ช่องนี้ในชีตเป็นสูตร — แสดงให้ดูอย่างเดียว แก้ในชีตโดยตรง (ระบบเก็บไว้ตามเดิม)';

/**
 * Each form field's text exactly as its cell holds it, and the fields the form cannot represent
 * exactly (shown read-only and never written back, so nothing the form cannot show is lost).
 */
export function rowForm<F>(
  fields: Readonly<Record<string, unknown>>,
  defs: readonly ColumnDef[],
  map: ColumnMap,
  row: RowCellsRead,
  storedPrint: string,
): RowForm<F> {
  const form: Record<string, string> = {};
  const readOnly: ReadOnlyNotes = {};
  for (const def of defs) {
    if (!(def.key in fields)) continue;
    const i = map.index[def.key];
    const formula = i >= 0 ? (row.formulas[i] ?? '') : '';
    const v = i >= 0 ? (row.values[i] ?? '') : '';
    if (formula) {
      form[def.key] = formula;
      readOnly[def.key] = READ_ONLY_FORMULA;
      continue;
    }
    if (v instanceof Date || typeof v === 'boolean') {
      form[def.key] = v instanceof Date ? v.toISOString() : String(v);
      readOnly[def.key] = 'ช่องนี้ในชีตเป็นวันที่หรือค่าจริง/เท็จ — แสดงให้ดูอย่างเดียว แก้ในชีตโดยตรง (ระบบเก็บไว้ตามเดิม)';
      continue;
    }
    const text = String(v).replace(/\r\n?/g, '\n');
    form[def.key] = text;
    if (def.key === 'status') {
      const status = text.trim() ? STATUS_OF_LABEL.get(text.trim()) : 'not_started';
      if (status) form[def.key] = status;
      else readOnly[def.key] = `สถานะ "${text}" ในชีตไม่อยู่ในรายการ — แก้ในชีตโดยตรง (ระบบเก็บไว้ตามเดิม)`;
    } else if (def.kind === 'number') {
      const n = typeof v === 'number' ? v : parseNumber(text);
      if (text.trim() && n === null) readOnly[def.key] = `ช่องตัวเลขในชีตมีข้อความ "${text}" — แสดงให้ดูอย่างเดียว แก้ในชีตโดยตรง (ระบบเก็บไว้ตามเดิม)`;
    } else if (text.length > (def.maxLength ?? MAX_SHORT_TEXT)) {
      readOnly[def.key] =
        `ข้อความในชีตยาว ${text.length.toLocaleString('en-US')} ตัวอักษร เกินที่แถบนี้แก้ได้ — แสดงให้ดูอย่างเดียว แก้ในชีตโดยตรง (ระบบเก็บไว้ตามเดิม)`;
    } else if (def.kind === 'links' && evidenceProblem(text)) {
      readOnly[def.key] = `หลักฐานในชีตมีบรรทัดที่แถบนี้รับไม่ได้ — แสดงให้ดูอย่างเดียว แก้ในชีตโดยตรง (ระบบเก็บไว้ตามเดิม)`;
    }
  }
  const printNow = rowPrint(row, map, defs);
  return { form: form as F, readOnly, editedInGrid: storedPrint !== '' && storedPrint !== printNow };
}

/** The form fields of each sheet, in schema order (for labels in conflicts). */
export const FORM_FIELDS = { measure: MEASURE_FIELDS, progress: PROGRESS_FIELDS } as const;

/**
 * Evidence as the report reads it: one link or description per line. The line no reader of the
 * report could open (another scheme than http/https), said in Thai; null when every line is fine.
 */
export function evidenceProblem(text: string): string | null {
  const bad = badEvidenceLine(splitEvidence(text));
  return bad ? `"${bad}" เปิดจากรายงานไม่ได้ — ใส่ลิงก์ที่ขึ้นต้นด้วย https:// หรือคำอธิบายหลักฐาน บรรทัดละหนึ่งรายการ` : null;
}

/** The figure as the report will print it, for the sidebar to show while typing. */
export function figurePreview(m: Pick<Measure, 'target' | 'targetLabel' | 'targetUnit'>, actualText: string): string {
  const actual = parseNumber(actualText);
  if (m.target === null || actual === null || suspiciousActual(actualText, m.target)) return '';
  const pct = percentOf(actual, m.target);
  return pct === null ? '' : (figureSentence({ ...(m as Measure) }, actual) ?? '');
}

function checkLength(errors: FieldErrors, field: string, value: string, max: number): void {
  if (value.length > max)
    errors[field] = `ยาว ${value.length.toLocaleString('en-US')} ตัวอักษร เกินที่รับได้ ${max.toLocaleString('en-US')} ตัวอักษร`;
}

function textOf(v: unknown): string {
  return typeof v === 'string' ? cleanText(v) : '';
}

type TextKind = 'text' | 'longtext' | 'links';
/** The keys of a sheet's form fields that hold text (numbers and choices are checked on their own). */
type TextFieldKey<D extends readonly ColumnDef[]> = Extract<D[number], { label: string; kind: TextKind }>['key'];

/** Every text field cleaned and checked against its column's length limit. */
function cleanTexts<D extends readonly ColumnDef[]>(defs: D, input: object, errors: FieldErrors): Record<TextFieldKey<D>, string> {
  const typed = input as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const def of defs) {
    if (def.label === undefined || !(def.kind === 'text' || def.kind === 'longtext' || def.kind === 'links')) continue;
    out[def.key] = textOf(typed[def.key]);
    checkLength(errors, def.key, out[def.key], def.maxLength ?? MAX_SHORT_TEXT);
  }
  return out as Record<TextFieldKey<D>, string>;
}

export type CleanProgress = Pick<ProgressEntry, ProgressFieldKey>;

export function validateProgress(input: ProgressFields | ProgressInput): { errors: FieldErrors; value: CleanProgress } {
  const errors: FieldErrors = {};
  const status = (Object.keys(STATUS_LABEL) as Status[]).includes(input.status) ? input.status : null;
  if (!status) errors.status = 'เลือกสถานะจากรายการ';
  const texts = cleanTexts(PROGRESS_COLUMNS, input, errors);
  const value: CleanProgress = { ...texts, status: status ?? 'not_started', actual: null, evidence: splitEvidence(texts.evidence) };
  const actualText = textOf(input.actual);
  if (actualText) {
    const n = parseNumber(actualText);
    if (n === null || n < 0) errors.actual = `"${actualText}" ไม่ใช่จำนวน — พิมพ์เฉพาะตัวเลข เช่น 60`;
    value.actual = n;
  }
  const badEvidence = evidenceProblem(texts.evidence);
  if (badEvidence && !errors.evidence) errors.evidence = badEvidence;
  if (value.status === 'done' && !value.result) errors.result = 'มาตรการที่ดำเนินการแล้วเสร็จต้องมีผลการดำเนินการ';
  return { errors, value };
}

/** A measure as the editor may change it: its form fields and its fiscal year. */
export type CleanMeasure = Pick<Measure, MeasureFieldKey | 'fiscalYear'>;

/**
 * `units` is accepted for callers that pass the list, but not a gate: ผู้รับผิดชอบ may name people or
 * bodies that are not units (ผู้บริหาร, ผู้ใหญ่บ้านหมู่ ๓); the list is for filtering.
 */
export function validateMeasure(
  input: MeasureFormFields & { fiscalYear: number },
  _units: readonly string[] = [],
): { errors: FieldErrors; value: CleanMeasure } {
  const errors: FieldErrors = {};
  const fiscalYear = Number(input.fiscalYear);
  if (!isBuddhistYear(fiscalYear)) errors.fiscalYear = 'ปี พ.ศ. 4 หลัก เช่น 2568';
  const texts = cleanTexts(MEASURE_COLUMNS, input, errors);
  const value: CleanMeasure = { ...texts, fiscalYear, target: null };
  if (!value.title) errors.title = 'ใส่ชื่อมาตรการ';
  const targetText = textOf(input.target);
  if (targetText) {
    const n = parseNumber(targetText);
    if (n === null || n <= 0) errors.target = `"${targetText}" ไม่ใช่จำนวน — พิมพ์เฉพาะตัวเลข เช่น 70`;
    value.target = n;
  }
  return { errors, value };
}

/** What the user is told when a saved text had to be stored with a leading apostrophe. */
export function apostropheNote(cells: readonly { row: number; column: string }[]): string | undefined {
  if (!cells.length) return undefined;
  const where = cells.map((c) => `"${c.column}" แถว ${c.row}`).join(', ');
  return `บันทึกแล้ว — ข้อความในช่อง ${where} ชีตอาจอ่านเป็นสูตร จึงเก็บโดยมีเครื่องหมาย ' นำหน้า (ข้อความยังเป็นตามที่พิมพ์ทุกตัวอักษร)`;
}

/**
 * An actual count that is probably a typing slip, said in Thai, or null: over 10× the target, over
 * 1,000,000, or written with a leading 0 (e.g. 060). The sidebar asks before saving it and shows no
 * percentage for it.
 */
export function suspiciousActual(actualText: string, target: number | null): string | null {
  const text = String(actualText ?? '').trim();
  const n = parseNumber(text);
  if (!text || n === null) return null;
  const digits = text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  if (/^0\d/.test(digits)) return `ตัวเลข "${text}" ขึ้นต้นด้วย 0 — ตรวจสอบว่าพิมพ์ถูกต้อง`;
  if (n > 1_000_000) return `ตัวเลข ${n.toLocaleString('en-US')} มากกว่า 1,000,000 — ตรวจสอบว่าพิมพ์ถูกต้อง`;
  if (target !== null && target > 0 && n > target * 10)
    return `ตัวเลข ${n.toLocaleString('en-US')} มากกว่าเป้าหมาย (${target.toLocaleString('en-US')}) เกิน 10 เท่า — ตรวจสอบว่าพิมพ์ถูกต้อง`;
  return null;
}
