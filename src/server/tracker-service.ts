/**
 * The sidebar's server side. Loading is one google.script.run call; each save is one call that,
 * under the document lock, re-reads the row by ID, refuses to overwrite a row someone changed
 * since it was loaded (version or fingerprint differ), validates everything again, and writes
 * only that row.
 */
import { currentRound, fiscalYearOf, type FiscalRound } from '../core/fiscal';
import { NO, ROUND_LABEL, SHEET, STATUS_LABEL, YES } from '../core/labels';
import type { Measure, ProgressEntry } from '../core/model';
import { describeProblem, type Problem } from '../core/problems';
import { mapColumns, readMeasures, readProgress, readSettings, readUnits, type ColumnMap, type RawSheet } from '../core/read-workbook';
import { measuresForYear } from '../core/measure-scope';
import { MEASURE_COLUMNS, PROGRESS_COLUMNS, type MeasureKey, type ProgressKey } from '../core/schema';
import {
  apostropheNote,
  measureFingerprint,
  measureView,
  progressFingerprint,
  progressView,
  validateMeasure,
  validateProgress,
  type MeasureInput,
  type MeasureView,
  type ProgressInput,
  type ProgressView,
  type SaveResult,
  type TrackerData,
  type CleanMeasure,
} from '../core/tracker';
import { newMeasureId, readRawWorkbook, readSheet } from './sheet-repository';
import { withDocumentLock } from './lock';
import { appendRowCells, writeRowCells, type RewrittenCell, type RowCells } from './sheet-writer';

const UNIT_FILTER = 'ita.unitFilter';
const BUSY = 'มีผู้อื่นกำลังบันทึกอยู่ — รอสักครู่แล้วกดบันทึกอีกครั้ง';

function userEmail(): string {
  return Session.getActiveUser().getEmail();
}

function canEdit(coordinators: readonly string[], email: string): boolean {
  return coordinators.length === 0 || coordinators.some((c) => c.toLowerCase() === email.toLowerCase());
}

export function loadTracker(fiscalYear?: number): TrackerData {
  const raw = readRawWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  const problems: Problem[] = [];
  const settings = readSettings(raw[SHEET.settings], []);
  const measures = readMeasures(raw[SHEET.measures], problems);
  const progress = readProgress(raw[SHEET.progress], new Set(measures.map((m) => m.id)), problems);
  const units = readUnits(raw[SHEET.units], problems);
  const now = new Date();
  const years = new Set(measures.map((m) => m.fiscalYear).filter((y) => y > 0));
  const year = fiscalYear ?? (settings.fiscalYear || fiscalYearOf(now));
  years.add(year);
  const email = userEmail();
  const inYear = measures.filter((m) => m.fiscalYear === year);
  // Active measures in report order, then archived ones (shown on request, never deleted).
  const ordered = [...measuresForYear(inYear, year), ...inYear.filter((m) => m.archived)];
  return {
    user: email,
    canEditMeasures: canEdit(settings.coordinators, email),
    fiscalYears: [...years].sort((a, b) => b - a),
    fiscalYear: year,
    currentRound: currentRound(now),
    units,
    unitFilter: PropertiesService.getUserProperties().getProperty(UNIT_FILTER) ?? '',
    statusLabels: STATUS_LABEL,
    thaiDigits: settings.thaiDigits,
    measures: ordered.map((m) => measureView(m, progress)),
    problems: problems.map(describeProblem),
  };
}

export function rememberUnitFilter(unit: string): void {
  PropertiesService.getUserProperties().setProperty(UNIT_FILTER, String(unit).slice(0, 200));
}

interface Opened<K extends string> {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  raw: RawSheet;
  map: ColumnMap<K>;
}

function open<D extends typeof MEASURE_COLUMNS | typeof PROGRESS_COLUMNS>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  defs: D,
): Opened<D[number]['key']> | string {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return `ไม่พบชีต "${name}" — ให้ผู้ประสานงานเลือกเมนู ITA › ตั้งค่าชีต`;
  const raw = readSheet(sheet);
  const map = mapColumns(raw.values[0] ?? [], defs);
  if (map.missing.length)
    return `ชีต "${name}" ไม่มีคอลัมน์ "${map.missing[0].header}" (อาจถูกเปลี่ยนชื่อ) — ให้ผู้ประสานงานแก้หัวคอลัมน์หรือเลือกเมนู ITA › ตั้งค่าชีต`;
  return { sheet, raw, map };
}

function rowOf(raw: RawSheet, row: number): { values: RawSheet['values'][number]; formulas: string[] } {
  return { values: raw.values[row - 1], formulas: raw.formulas[row - 1] ?? [] };
}

/** A save waits up to 10 s for another person's save, then asks the user to press save again. */
function withLock<T>(f: () => SaveResult<T>): SaveResult<T> {
  return withDocumentLock<SaveResult<T>>(10000, () => ({ ok: false, kind: 'error', message: BUSY }), f);
}

function invalid<T>(fieldErrors: Record<string, string | undefined>): SaveResult<T> {
  return { ok: false, kind: 'invalid', fieldErrors, message: 'ยังบันทึกไม่ได้ — แก้ช่องที่มีข้อความสีแดง' };
}

function conflictMessage(by: string, at: Date | null): string {
  const when = at ? ` เมื่อ ${at.toLocaleString('th-TH', { timeZone: 'Asia/Bangkok' })}` : '';
  return `${by || 'ผู้อื่น'} แก้ไขรายการนี้${when} หลังจากที่คุณเปิดไว้ — ดูข้อความของเขาด้านล่าง แล้วเลือกว่าจะใช้ของใคร`;
}

function rowProblems(problems: Problem[], sheet: string): string | null {
  const structural = problems.find((p) => p.sheet === sheet && (p.row === undefined || p.row === 1));
  return structural ? describeProblem(structural) : null;
}

export function saveProgressEntry(input: ProgressInput): SaveResult<ProgressView> {
  return withLock<ProgressView>(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const m = open(ss, SHEET.measures, MEASURE_COLUMNS);
    if (typeof m === 'string') return { ok: false, kind: 'error', message: m };
    const p = open(ss, SHEET.progress, PROGRESS_COLUMNS);
    if (typeof p === 'string') return { ok: false, kind: 'error', message: p };
    const problems: Problem[] = [];
    const measures = readMeasures(m.raw, problems);
    const entries = readProgress(p.raw, null, problems);
    const broken = rowProblems(problems, SHEET.progress);
    if (broken) return { ok: false, kind: 'error', message: broken };
    const measure = measures.find((x) => x.id === input.measureId);
    if (!measure)
      return {
        ok: false,
        kind: 'error',
        message: `ไม่พบมาตรการรหัส "${String(input.measureId)}" ในชีต "${SHEET.measures}" — อาจถูกลบรหัส กดโหลดใหม่`,
      };
    if (input.round !== 'H1' && input.round !== 'FY') return { ok: false, kind: 'error', message: 'รอบการรายงานไม่ถูกต้อง' };
    const existing = entries.find((e) => e.measureId === input.measureId && e.round === input.round);
    const sameAsLoaded = existing
      ? existing.version === input.baseVersion && progressFingerprint(existing) === input.baseFingerprint
      : input.baseVersion === 0;
    if (!sameAsLoaded) {
      return {
        ok: false,
        kind: 'conflict',
        message: conflictMessage(existing?.updatedBy ?? '', existing?.updatedAt ?? null),
        theirs: existing ? progressView(existing) : null,
      };
    }
    const { errors, value } = validateProgress(input);
    if (Object.keys(errors).length) return invalid(errors);
    const now = new Date();
    const version = (existing?.version ?? 0) + 1;
    const updatedBy = userEmail();
    const cells: RowCells<ProgressKey> = {
      status: STATUS_LABEL[value.status],
      result: value.result,
      outcome: value.outcome,
      actual: value.actual ?? '',
      suggestions: value.suggestions,
      evidence: value.evidence.join('\n'),
      updatedBy,
      updatedAt: now,
      version,
    };
    const rewritten: RewrittenCell[] = existing
      ? writeRowCells(p.sheet, existing.row, rowOf(p.raw, existing.row), p.map, cells)
      : appendRowCells(p.sheet, p.raw.values[0].length, p.map, {
          ...cells,
          measureId: measure.id,
          measureTitle: measure.title,
          round: ROUND_LABEL[input.round],
        }).rewritten;
    const saved: ProgressEntry = {
      measureId: measure.id,
      round: input.round,
      ...value,
      updatedBy,
      updatedAt: now,
      version,
      row: existing?.row ?? 0,
    };
    return savedWithNote(progressView(saved), rewritten);
  });
}

/** The editable values of a measure as its row's cells; no value yet is a blank cell. */
function measureCells(v: CleanMeasure): RowCells<MeasureKey> {
  const cells: RowCells<MeasureKey> = {};
  for (const key of Object.keys(v) as (keyof CleanMeasure)[]) cells[key] = v[key] ?? '';
  return cells;
}

function savedWithNote<T>(value: T, rewritten: readonly RewrittenCell[]): SaveResult<T> {
  const note = apostropheNote(rewritten);
  return note ? { ok: true, value, note } : { ok: true, value };
}

interface MeasureContext {
  m: Opened<MeasureKey>;
  measures: Measure[];
  units: string[];
  coordinators: string[];
}

function measureContext(): MeasureContext | string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const m = open(ss, SHEET.measures, MEASURE_COLUMNS);
  if (typeof m === 'string') return m;
  const problems: Problem[] = [];
  const measures = readMeasures(m.raw, problems);
  const settingsSheet = ss.getSheetByName(SHEET.settings);
  const unitsSheet = ss.getSheetByName(SHEET.units);
  const settings = readSettings(settingsSheet ? readSheet(settingsSheet) : null, []);
  const units = readUnits(unitsSheet ? readSheet(unitsSheet) : null, []);
  if (!canEdit(settings.coordinators, userEmail())) return 'เฉพาะผู้ประสานงานที่ระบุในชีต "ตั้งค่า" แก้ไขมาตรการได้';
  return { m, measures, units, coordinators: settings.coordinators };
}

function stale(found: Measure | undefined, input: { baseVersion: number; baseFingerprint: string }): SaveResult<MeasureView> | null {
  if (!found) return { ok: false, kind: 'conflict', message: 'ไม่พบมาตรการนี้แล้ว (รหัสอาจถูกลบหรือแก้ในชีต) — กดโหลดใหม่', theirs: null };
  if (found.version !== input.baseVersion || measureFingerprint(found) !== input.baseFingerprint) {
    return { ok: false, kind: 'conflict', message: conflictMessage('', null), theirs: measureView(found, []) };
  }
  return null;
}

export function saveMeasureRow(input: MeasureInput): SaveResult<MeasureView> {
  return withLock<MeasureView>(() => {
    const ctx = measureContext();
    if (typeof ctx === 'string') return { ok: false, kind: 'error', message: ctx };
    const found = input.id ? ctx.measures.find((x) => x.id === input.id) : undefined;
    if (input.id) {
      const s = stale(found, input);
      if (s) return s;
    }
    // Responsible units are checked against the list only when the text was changed here.
    const unitsToCheck = found && found.responsible === String(input.responsible ?? '').trim() ? [] : ctx.units;
    const { errors, value } = validateMeasure(input, unitsToCheck);
    if (Object.keys(errors).length) return invalid(errors);
    const cells = measureCells(value);
    if (found) {
      const version = found.version + 1;
      const rewritten = writeRowCells(ctx.m.sheet, found.row, rowOf(ctx.m.raw, found.row), ctx.m.map, { ...cells, version });
      const saved: Measure = { ...found, ...value, version };
      return savedWithNote(measureView(saved, []), rewritten);
    }
    const order = Math.max(0, ...ctx.measures.filter((x) => x.fiscalYear === value.fiscalYear).map((x) => x.order)) + 1;
    const id = newMeasureId();
    const { row, rewritten } = appendRowCells(ctx.m.sheet, ctx.m.raw.values[0].length, ctx.m.map, {
      ...cells,
      id,
      order,
      archived: NO,
      version: 1,
    });
    const saved: Measure = { ...value, id, order, archived: false, version: 1, row };
    return savedWithNote(measureView(saved, []), rewritten);
  });
}

/** Archive (or bring back): the row stays in the sheet with its progress; reports leave it out. */
export function setMeasureArchived(id: string, archived: boolean, baseVersion: number, baseFingerprint: string): SaveResult<MeasureView> {
  return withLock<MeasureView>(() => {
    const ctx = measureContext();
    if (typeof ctx === 'string') return { ok: false, kind: 'error', message: ctx };
    const found = ctx.measures.find((x) => x.id === id);
    const s = stale(found, { baseVersion, baseFingerprint });
    if (s || !found) return s ?? { ok: false, kind: 'error', message: 'ไม่พบมาตรการ' };
    const version = found.version + 1;
    writeRowCells(ctx.m.sheet, found.row, rowOf(ctx.m.raw, found.row), ctx.m.map, { archived: archived ? YES : NO, version });
    return { ok: true, value: measureView({ ...found, archived, version }, []) };
  });
}

/** Swaps a measure with its neighbour in the same section (report order). */
export function moveMeasureRow(id: string, direction: -1 | 1): SaveResult<MeasureView[]> {
  return withLock<MeasureView[]>(() => {
    const ctx = measureContext();
    if (typeof ctx === 'string') return { ok: false, kind: 'error', message: ctx };
    const found = ctx.measures.find((x) => x.id === id);
    if (!found) return { ok: false, kind: 'conflict', message: 'ไม่พบมาตรการนี้แล้ว — กดโหลดใหม่', theirs: null };
    const group = measuresForYear(ctx.measures, found.fiscalYear).filter((x) => x.section === found.section);
    const at = group.findIndex((x) => x.id === id);
    const other = group[at + direction];
    if (!other) return { ok: false, kind: 'error', message: direction < 0 ? 'อยู่ลำดับแรกของหมวดแล้ว' : 'อยู่ลำดับสุดท้ายของหมวดแล้ว' };
    // Orders may tie (typed by hand): give the pair distinct orders that swap their places.
    const [a, b] =
      found.order === other.order
        ? direction < 0
          ? [other.order, other.order + 1]
          : [other.order + 1, other.order]
        : [other.order, found.order];
    const moved = [
      { m: found, order: a },
      { m: other, order: b },
    ];
    for (const { m, order } of moved)
      writeRowCells(ctx.m.sheet, m.row, rowOf(ctx.m.raw, m.row), ctx.m.map, { order, version: m.version + 1 });
    return { ok: true, value: moved.map(({ m, order }) => measureView({ ...m, order, version: m.version + 1 }, [])) };
  });
}

export type { FiscalRound };
