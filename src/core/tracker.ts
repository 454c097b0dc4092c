/**
 * The progress tracker behind the sidebar, as plain data: what the sidebar shows (views without
 * Dates, which google.script.run cannot carry), what it sends back, and the checks the server
 * makes again on every save (never trusting the client).
 */
import type { FiscalRound } from './fiscal';
import { STATUS_LABEL } from './labels';
import type { Measure, ProgressEntry, Status } from './model';
import { figureSentence } from './report-content';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from './schema';
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

/** The progress form's fields as typed (the number and the links still text). */
export interface ProgressFields {
  status: Status;
  result: string;
  outcome: string;
  /** As typed; Thai or Arabic digits. */
  actual: string;
  suggestions: string;
  /** One link per line. */
  evidence: string;
}

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
  | { ok: true; value: T }
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

export function progressFingerprint(p: ProgressEntry): string {
  return fingerprint([p.status, p.result, p.outcome, p.actual, p.suggestions, p.evidence.join('\n'), p.version]);
}

export function measureFingerprint(m: Measure): string {
  return fingerprint([
    m.fiscalYear,
    m.section,
    m.itaTags,
    m.issue,
    m.title,
    m.steps,
    m.responsible,
    m.period,
    m.monitoring,
    m.targetLabel,
    m.target,
    m.targetUnit,
    m.archived,
    m.version,
  ]);
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

const URL_RE = /^https?:\/\/[^\s/]+\.[^\s]+$/;

export type CleanProgress = Pick<ProgressEntry, 'status' | 'result' | 'outcome' | 'actual' | 'suggestions' | 'evidence'>;

export function validateProgress(input: ProgressInput): { errors: FieldErrors; value: CleanProgress } {
  const errors: FieldErrors = {};
  const text = (v: unknown): string => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : '');
  const status = (Object.keys(STATUS_LABEL) as Status[]).includes(input.status) ? input.status : null;
  if (!status) errors.status = 'เลือกสถานะจากรายการ';
  const value: CleanProgress = {
    status: status ?? 'not_started',
    result: text(input.result),
    outcome: text(input.outcome),
    actual: null,
    suggestions: text(input.suggestions),
    evidence: text(input.evidence)
      .split(/[\s,]+/)
      .filter(Boolean),
  };
  checkLength(errors, 'result', value.result, MAX_LONG_TEXT);
  checkLength(errors, 'outcome', value.outcome, MAX_LONG_TEXT);
  checkLength(errors, 'suggestions', value.suggestions, MAX_LONG_TEXT);
  const actualText = text(input.actual);
  if (actualText) {
    const n = parseNumber(actualText);
    if (n === null || n < 0) errors.actual = `"${actualText}" ไม่ใช่จำนวน — พิมพ์เฉพาะตัวเลข เช่น 60`;
    value.actual = n;
  }
  const badLink = value.evidence.find((l) => !URL_RE.test(l));
  if (badLink) errors.evidence = `"${badLink}" ไม่ใช่ลิงก์ — ลิงก์ต้องขึ้นต้นด้วย https:// (หนึ่งลิงก์ต่อบรรทัด)`;
  if (value.status === 'done' && !value.result) errors.result = 'มาตรการที่ดำเนินการแล้วเสร็จต้องมีผลการดำเนินการ';
  return { errors, value };
}

export type CleanMeasure = Pick<
  Measure,
  | 'fiscalYear'
  | 'section'
  | 'itaTags'
  | 'issue'
  | 'title'
  | 'steps'
  | 'responsible'
  | 'period'
  | 'monitoring'
  | 'targetLabel'
  | 'target'
  | 'targetUnit'
>;

export function validateMeasure(input: MeasureInput, units: readonly string[]): { errors: FieldErrors; value: CleanMeasure } {
  const errors: FieldErrors = {};
  const text = (v: unknown): string => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : '');
  const value: CleanMeasure = {
    fiscalYear: Number(input.fiscalYear),
    section: text(input.section),
    itaTags: text(input.itaTags),
    issue: text(input.issue),
    title: text(input.title),
    steps: text(input.steps),
    responsible: text(input.responsible),
    period: text(input.period),
    monitoring: text(input.monitoring),
    targetLabel: text(input.targetLabel),
    target: null,
    targetUnit: text(input.targetUnit),
  };
  if (!Number.isInteger(value.fiscalYear) || value.fiscalYear < 2400 || value.fiscalYear > 2700)
    errors.fiscalYear = 'ปี พ.ศ. 4 หลัก เช่น 2568';
  if (!value.title) errors.title = 'ใส่ชื่อมาตรการ';
  for (const f of ['section', 'itaTags', 'title', 'responsible', 'period', 'targetLabel', 'targetUnit'] as const)
    checkLength(errors, f, value[f], MAX_SHORT_TEXT);
  for (const f of ['issue', 'steps', 'monitoring'] as const) checkLength(errors, f, value[f], MAX_LONG_TEXT);
  const targetText = text(input.target);
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

/** A string as Sheets must receive it to keep it text: "=x", "0812…", "1/2", "TRUE" stay as typed. */
export function asCellText(s: string): string {
  if (s === '') return s;
  const coercible = /^[=+\-@]/.test(s) || /^[\d\s,.:/-]+$/.test(s) || /^(true|false)$/i.test(s);
  return coercible ? `'${s}` : s;
}
