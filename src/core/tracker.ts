/**
 * The progress tracker behind the sidebar, as plain data: what the sidebar shows (views without
 * Dates, which google.script.run cannot carry), what it sends back, and the checks the server
 * makes again on every save (never trusting the client).
 */
import type { FiscalRound } from './fiscal';
import { STATUS_LABEL } from './labels';
import type { Measure, ProgressEntry, Status } from './model';
import { cleanText, isBuddhistYear, isWebLink, splitLinks } from './cells';
import { figureSentence } from './report-content';
import {
  fingerprintKeys,
  MAX_SHORT_TEXT,
  MEASURE_COLUMNS,
  PROGRESS_COLUMNS,
  type ColumnDef,
  type MeasureFieldKey,
  type ProgressFieldKey,
} from './schema';
import { parseNumber, percentOf } from './thai';

/** A progress entry as the sidebar receives it (no Dates: google.script.run cannot carry them). */
export interface ProgressView extends Omit<ProgressEntry, 'measureId' | 'updatedAt' | 'row'> {
  /** ISO date-time, '' when never saved. */
  updatedAt: string;
  /** Fingerprint of the row as loaded: catches edits made in the grid, which do not bump version. */
  fingerprint: string;
}

/** A measure as the sidebar receives it, with its progress in each round. */
export interface MeasureView extends Omit<Measure, 'row'> {
  fingerprint: string;
  progress: Partial<Record<FiscalRound, ProgressView>>;
}

export interface TrackerData {
  user: string;
  canEditMeasures: boolean;
  fiscalYears: number[];
  fiscalYear: number;
  currentRound: FiscalRound;
  units: string[];
  unitFilter: string;
  statusLabels: Record<Status, string>;
  /** The report prints Thai digits (setting ใช้เลขไทยในรายงาน): the sidebar's figure preview follows it. */
  thaiDigits: boolean;
  measures: MeasureView[];
  /** Rows the tracker cannot use until they are fixed in the grid (said in Thai, with row). */
  problems: string[];
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

export type SaveResult<T> =
  /** `note`: something the user should know about a save that worked (said in Thai). */
  | { ok: true; value: T; note?: string }
  | { ok: false; kind: 'invalid'; fieldErrors: FieldErrors; message: string }
  | { ok: false; kind: 'conflict'; message: string; theirs: T | null }
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

export function progressView(p: ProgressEntry): ProgressView {
  const { measureId: _id, row: _row, updatedAt, ...rest } = p;
  return { ...rest, updatedAt: updatedAt ? updatedAt.toISOString() : '', fingerprint: progressFingerprint(p) };
}

export function measureView(m: Measure, progress: readonly ProgressEntry[]): MeasureView {
  const own: Partial<Record<FiscalRound, ProgressView>> = {};
  for (const p of progress) if (p.measureId === m.id) own[p.round] = progressView(p);
  const { row: _row, ...rest } = m;
  return { ...rest, fingerprint: measureFingerprint(m), progress: own };
}

/** The figure as the report will print it, for the sidebar to show while typing. */
export function figurePreview(m: Pick<Measure, 'target' | 'targetLabel' | 'targetUnit'>, actualText: string): string {
  const actual = parseNumber(actualText);
  if (m.target === null || actual === null) return '';
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

export function validateProgress(input: ProgressInput): { errors: FieldErrors; value: CleanProgress } {
  const errors: FieldErrors = {};
  const status = (Object.keys(STATUS_LABEL) as Status[]).includes(input.status) ? input.status : null;
  if (!status) errors.status = 'เลือกสถานะจากรายการ';
  const texts = cleanTexts(PROGRESS_COLUMNS, input, errors);
  const value: CleanProgress = { ...texts, status: status ?? 'not_started', actual: null, evidence: splitLinks(texts.evidence) };
  const actualText = textOf(input.actual);
  if (actualText) {
    const n = parseNumber(actualText);
    if (n === null || n < 0) errors.actual = `"${actualText}" ไม่ใช่จำนวน — พิมพ์เฉพาะตัวเลข เช่น 60`;
    value.actual = n;
  }
  const badLink = value.evidence.find((l) => !isWebLink(l));
  if (badLink) errors.evidence = `"${badLink}" ไม่ใช่ลิงก์ — ลิงก์ต้องขึ้นต้นด้วย https:// (หนึ่งลิงก์ต่อบรรทัด)`;
  if (value.status === 'done' && !value.result) errors.result = 'มาตรการที่ดำเนินการแล้วเสร็จต้องมีผลการดำเนินการ';
  return { errors, value };
}

/** A measure as the editor may change it: its form fields and its fiscal year. */
export type CleanMeasure = Pick<Measure, MeasureFieldKey | 'fiscalYear'>;

export function validateMeasure(input: MeasureInput, units: readonly string[]): { errors: FieldErrors; value: CleanMeasure } {
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
  if (value.responsible && units.length) {
    const unknown = value.responsible
      .split(/[,\n]+/)
      .map((u) => u.trim())
      .filter((u) => u && !units.includes(u));
    if (unknown.length) errors.responsible = `ไม่มี "${unknown[0]}" ในชีตหน่วยงาน — เลือกจากรายการ (คั่นหลายหน่วยงานด้วยจุลภาค)`;
  }
  return { errors, value };
}

/** What the user is told when a saved text had to be stored with a leading apostrophe. */
export function apostropheNote(cells: readonly { row: number; column: string }[]): string | undefined {
  if (!cells.length) return undefined;
  const where = cells.map((c) => `"${c.column}" แถว ${c.row}`).join(', ');
  return `บันทึกแล้ว — ข้อความในช่อง ${where} ชีตอาจอ่านเป็นสูตร จึงเก็บโดยมีเครื่องหมาย ' นำหน้า (ข้อความยังเป็นตามที่พิมพ์ทุกตัวอักษร)`;
}
