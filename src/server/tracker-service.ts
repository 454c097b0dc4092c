/**
 * The sidebar's server side. Loading is one google.script.run call; each save is one call that,
 * under the document lock, re-reads the row by ID, refuses to overwrite a row someone changed
 * since it was loaded (version or fingerprint differ), validates everything again, and writes
 * only that row.
 */
import type { FiscalRound } from '../core/fiscal';
import { NO, ROUND_LABEL, SHEET, STATUS_LABEL, YES } from '../core/labels';
import type { Measure } from '../core/model';
import { describeProblem, type Problem } from '../core/problems';
import {
  mapColumns,
  readMeasures,
  readProgress,
  readSettings,
  readUnits,
  type Cell,
  type ColumnMap,
  type RawSheet,
} from '../core/read-workbook';
import { measuresForYear } from '../core/measure-scope';
import {
  MEASURE_COLUMNS,
  MEASURE_FIELDS,
  PROGRESS_COLUMNS,
  PROGRESS_FIELDS,
  SETTINGS_ROWS,
  SIDEBAR_COLUMNS,
  type ColumnDef,
  type MeasureKey,
  type ProgressFieldKey,
  type ProgressKey,
} from '../core/schema';
import {
  apostropheNote,
  measureFingerprint,
  measureSummary,
  reportingRound,
  measureView,
  progressView,
  rowForm,
  rowPrint,
  validateMeasure,
  validateProgress,
  type CleanMeasure,
  type CleanProgress,
  type FieldChange,
  type FieldConflict,
  type FieldErrors,
  type MeasureFormFields,
  type MeasureSave,
  type MeasureView,
  type ProgressFields,
  type ProgressSave,
  type ProgressView,
  type RowCellsRead,
  type RowForm,
  type SaveResult,
  type TrackerData,
} from '../core/tracker';
import { hideSidebarColumns, newMeasureId, readRawWorkbook, readSheet } from './sheet-repository';
import { withDocumentLock } from './lock';
import { isCoordinator, setupBy } from './setup-owner';
import { readYearSettings } from '../core/year-settings';
import { staleReportsFromRaw } from './report-staleness';
import { appendRowCells, writeRowCells, type RewrittenCell } from './sheet-writer';

type SidebarKey = (typeof SIDEBAR_COLUMNS)[number]['key'];

const UNIT_FILTER = 'ita.unitFilter';
const BUSY = 'มีผู้อื่นกำลังบันทึกอยู่ — รอสักครู่แล้วกดบันทึกอีกครั้ง';

function userEmail(): string {
  return Session.getActiveUser().getEmail();
}

function canEdit(coordinators: readonly string[], email: string): boolean {
  return isCoordinator(coordinators, email);
}

/** ตั้งค่า › รอบที่เปิดให้บันทึกผลในแถบข้าง, set by the coordinator; null when blank (the round by date). */
function openRoundSetting(raw: RawSheet | null | undefined): FiscalRound | null {
  const def = SETTINGS_ROWS.find((d) => d.key === 'openRound');
  const row = def ? raw?.values.find((r) => String(r[0] ?? '').trim() === def.label) : undefined;
  const text = String(row?.[1] ?? '').trim();
  const found = (Object.entries(ROUND_LABEL) as [FiscalRound, string][]).find(([, label]) => label === text);
  return found ? found[0] : null;
}

/** The workbook as the sidebar reads it: measures, progress and each row's form texts. */
function trackerWorkbook() {
  const raw = readRawWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  const problems: Problem[] = [];
  const settings = readSettings(raw[SHEET.settings], []);
  const measures = readMeasures(raw[SHEET.measures], problems);
  const progress = readProgress(raw[SHEET.progress], new Set(measures.map((m) => m.id)), problems);
  const units = readUnits(raw[SHEET.units], problems);
  const mRows = rowsWithForms(raw[SHEET.measures], MEASURE_COLUMNS, MEASURE_FIELDS);
  const pRows = rowsWithForms(raw[SHEET.progress], PROGRESS_COLUMNS, PROGRESS_FIELDS);
  const full = (m: Measure): MeasureView => measureView(m, progress, formOf(m.row, mRows), (p) => formOf(p.row, pRows));
  return { raw, problems, settings, measures, progress, units, full };
}

/**
 * The list: only what it shows (titles, units, status, counts), so 1,000 measures with long texts
 * load in one small call; a measure's full texts come with getMeasure when it is opened.
 */
export function loadTracker(fiscalYear?: number): TrackerData {
  const { raw, problems, settings, measures, units, full } = trackerWorkbook();
  const now = new Date();
  const years = new Set(measures.map((m) => m.fiscalYear).filter((y) => y > 0));
  const byDate = reportingRound(now);
  const round = { ...byDate, round: openRoundSetting(raw[SHEET.settings]) ?? byDate.round };
  const year = fiscalYear ?? (settings.fiscalYear || round.fiscalYear);
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
    currentRound: round.round,
    units,
    unitFilter: PropertiesService.getUserProperties().getProperty(UNIT_FILTER) ?? '',
    drafts: PropertiesService.getUserProperties().getProperty(DRAFTS) ?? '',
    statusLabels: STATUS_LABEL,
    thaiDigits: settings.thaiDigits,
    measures: ordered.map((m) => measureSummary(full(m))),
    problems: problems.map(describeProblem),
    staleReports: staleReportsFromRaw(SpreadsheetApp.getActiveSpreadsheet(), raw, now),
    yearClosed: readYearSettings(raw[SHEET.yearSettings]).get(year)?.closed ?? false,
  };
}

/** ค่ากำหนดรายปี › ปิดรับบันทึกผลแล้ว: a closed year takes no more results from the sidebar. */
function closedYearMessage(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, year: number): string | null {
  const sheet = ss.getSheetByName(SHEET.yearSettings);
  if (!sheet || !readYearSettings(readSheet(sheet)).get(year)?.closed) return null;
  return `ปีงบประมาณ ${year} ปิดรับบันทึกผลแล้ว — ถ้าต้องแก้ ให้ผู้ประสานงานเปลี่ยนช่อง "ปิดรับบันทึกผลแล้ว" ของปีนี้ในชีต "${SHEET.yearSettings}" เป็น ไม่ใช่`;
}

/** One measure with all its texts and both rounds' progress: what opening it in the sidebar loads. */
export function loadMeasure(id: string): MeasureView | null {
  const { measures, full } = trackerWorkbook();
  const m = measures.find((x) => x.id === String(id));
  return m ? full(m) : null;
}

/** IDs of the year's measures whose texts (the measure's and its progress) contain every word of `query`. */
export function searchMeasureTexts(fiscalYear: number, query: string): string[] {
  const words = String(query ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10);
  if (!words.length) return [];
  const { measures, full } = trackerWorkbook();
  return measures
    .filter((m) => m.fiscalYear === Number(fiscalYear))
    .map(full)
    .filter((v) => {
      const text = [...Object.values(v.form), ...Object.values(v.progress).flatMap((p) => (p ? Object.values(p.form) : []))]
        .join('\n')
        .toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .map((v) => v.id);
}

interface SheetForms {
  raw: RawSheet;
  map: ColumnMap;
  all: ColumnMap;
  defs: readonly ColumnDef[];
  fields: Readonly<Record<string, unknown>>;
}

function rowsWithForms(
  raw: RawSheet | null | undefined,
  defs: readonly ColumnDef[],
  fields: Readonly<Record<string, unknown>>,
): SheetForms | null {
  if (!raw?.values.length) return null;
  return { raw, map: mapColumns(raw.values[0], defs), all: mapColumns(raw.values[0], [...defs, ...SIDEBAR_COLUMNS]), defs, fields };
}

/** A row's form texts and read-only fields, as the sidebar shows them. */
function formOf<F>(row: number, sheet: SheetForms | null): RowForm<F> | undefined {
  if (!sheet || row < 2) return undefined;
  const cells = rowOf(sheet.raw, row);
  return rowForm<F>(sheet.fields, sheet.defs, sheet.map, cells, sidebarCells(cells, sheet.all).print);
}

const DRAFTS = 'ita.drafts';
/** A property value holds 9 KB (Apps Script quotas); bigger drafts stay only in the open sidebar. */
const MAX_DRAFTS = 9000;

/** The sidebar's unsaved text, when the browser blocks localStorage (one debounced call per burst of typing). */
export function rememberDrafts(json: string): boolean {
  const text = String(json ?? '');
  if (text.length > MAX_DRAFTS) return false;
  const props = PropertiesService.getUserProperties();
  if (text === '{}' || !text) props.deleteProperty(DRAFTS);
  else props.setProperty(DRAFTS, text);
  return true;
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

function rowOf(raw: RawSheet, row: number): RowCellsRead {
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

/** Line ends as a textarea gives them back, so a cell and the form compare equal. */
function norm(text: string): string {
  return String(text ?? '').replace(/\r\n?/g, '\n');
}

/**
 * Which changed fields may be written: a field whose cell still holds the text the user loaded is
 * written; one whose cell changed since is a conflict for that field alone. Fields not changed are
 * never touched.
 */
function mergeChanges<K extends string>(
  changes: Partial<Record<K, FieldChange>>,
  stored: Record<K, string>,
  labels: Readonly<Record<K, { label: string }>>,
): { apply: K[]; conflicts: FieldConflict[] } {
  const apply: K[] = [];
  const conflicts: FieldConflict[] = [];
  for (const key of Object.keys(changes) as K[]) {
    const change = changes[key];
    if (!change || !(key in labels) || norm(change.value) === norm(change.loaded)) continue;
    const theirs = stored[key];
    if (norm(theirs) === norm(change.loaded) || norm(theirs) === norm(change.value)) apply.push(key);
    else conflicts.push({ key, label: labels[key].label, loaded: change.loaded, theirs, mine: change.value });
  }
  return { apply, conflicts };
}

/** Only the errors of fields being written (a stored value the form cannot show is not the user's to fix). */
function errorsFor(errors: FieldErrors, keys: readonly string[]): FieldErrors {
  const out: FieldErrors = {};
  for (const k of keys) if (errors[k]) out[k] = errors[k];
  return out;
}

/** The sheet's columns and the sidebar's own columns, which are added at the end when missing. */
function withSidebarColumns<D extends readonly ColumnDef[]>(
  o: Opened<D[number]['key']>,
  defs: D,
): ColumnMap<D[number]['key'] | SidebarKey> {
  const all = [...defs, ...SIDEBAR_COLUMNS] as const;
  const header = o.raw.values[0];
  let map = mapColumns(header, all);
  if (map.missing.length) {
    const width = header.length;
    const need = width + map.missing.length - o.sheet.getMaxColumns();
    if (need > 0) o.sheet.insertColumnsAfter(o.sheet.getMaxColumns(), need);
    o.sheet.getRange(1, width + 1, 1, map.missing.length).setValues([map.missing.map((d) => d.header)]);
    hideSidebarColumns(o.sheet, map.missing, width);
    header.push(...map.missing.map((d) => d.header));
    for (const r of o.raw.values.slice(1)) while (r.length < header.length) r.push('');
    map = mapColumns(header, all);
  }
  return map as ColumnMap<D[number]['key'] | SidebarKey>;
}

function cellText(v: Cell | undefined): string {
  return v === undefined || v === null ? '' : v instanceof Date ? v.toISOString() : String(v);
}

/** The row after `cells` are written (formulas elsewhere kept), to fingerprint and to show. */
function rowAfter(current: RowCellsRead, map: ColumnMap, cells: Record<string, Cell | undefined>): RowCellsRead {
  const values = [...current.values];
  const formulas = [...current.formulas];
  for (const [key, v] of Object.entries(cells)) {
    const i = map.index[key];
    if (i === undefined || i < 0 || v === undefined) continue;
    values[i] = v;
    formulas[i] = '';
  }
  return { values, formulas };
}

function sidebarCells(row: RowCellsRead, map: ColumnMap): { print: string; requestId: string } {
  const at = (key: string): string => (map.index[key] >= 0 ? cellText(row.values[map.index[key]]) : '');
  return { print: at('rowPrint'), requestId: at('requestId') };
}

/** One row of a sheet, read back with the reader the report uses, and its form. */
function progressAt(p: Opened<ProgressKey>, map: ColumnMap, rowNumber: number, row: RowCellsRead): ProgressView | null {
  const entries = readProgress({ values: [p.raw.values[0], [...row.values]], formulas: [[], [...row.formulas]] }, null, []);
  if (!entries[0]) return null;
  const form = rowForm<ProgressFields>(PROGRESS_FIELDS, PROGRESS_COLUMNS, p.map, row, sidebarCells(row, map).print);
  return progressView({ ...entries[0], row: rowNumber }, form);
}

function measureAt(m: Opened<MeasureKey>, map: ColumnMap, rowNumber: number, row: RowCellsRead): MeasureView | null {
  const found = readMeasures({ values: [m.raw.values[0], [...row.values]], formulas: [[], [...row.formulas]] }, []);
  if (!found[0]) return null;
  const form = rowForm<MeasureFormFields>(MEASURE_FIELDS, MEASURE_COLUMNS, m.map, row, sidebarCells(row, map).print);
  return measureView({ ...found[0], row: rowNumber }, [], form);
}

const EDITED_IN_GRID_NOTE = 'แถวนี้ถูกแก้ไขในชีตโดยตรงหลังการบันทึกครั้งก่อน — ช่องที่คุณไม่ได้แก้แสดงตามชีตตอนนี้แล้ว';

function requestIdOf(input: { requestId?: unknown }): string {
  return typeof input.requestId === 'string' ? input.requestId.slice(0, 100) : '';
}

export function saveProgressEntry(input: ProgressSave): SaveResult<ProgressView> {
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
    const closed = closedYearMessage(ss, measure.fiscalYear);
    if (closed) return { ok: false, kind: 'error', message: closed };
    const requestId = requestIdOf(input);
    let map = mapColumns(p.raw.values[0], [...PROGRESS_COLUMNS, ...SIDEBAR_COLUMNS]);
    const existing = entries.find((e) => e.measureId === input.measureId && e.round === input.round);
    const now = new Date();
    const updatedBy = userEmail();
    if (!existing) {
      const { errors, value } = validateProgress(input.fields);
      if (Object.keys(errors).length) return invalid(errors);
      map = withSidebarColumns(p, PROGRESS_COLUMNS);
      const cells: Record<string, Cell> = {
        ...progressCells(value, Object.keys(PROGRESS_FIELDS) as ProgressFieldKey[], input.fields),
        updatedBy,
        updatedAt: now,
        version: 1,
        measureId: measure.id,
        measureTitle: measure.title,
        round: ROUND_LABEL[input.round],
        requestId,
      };
      const blank: RowCellsRead = { values: Array<Cell>(p.raw.values[0].length).fill(''), formulas: [] };
      cells.rowPrint = rowPrint(rowAfter(blank, map, cells), p.map, PROGRESS_COLUMNS);
      const { row, rewritten } = appendRowCells(p.sheet, p.raw.values[0].length, map, cells);
      const view = progressAt(p, map, row, rowAfter(blank, map, cells));
      return view ? savedWithNote(view, rewritten) : { ok: false, kind: 'error', message: 'บันทึกแล้วแต่อ่านกลับไม่ได้ — กดโหลดใหม่' };
    }
    const current = rowOf(p.raw, existing.row);
    const before = progressAt(p, map, existing.row, current);
    if (!before) return { ok: false, kind: 'error', message: 'อ่านแถวผลการดำเนินการไม่ได้ — กดโหลดใหม่' };
    // A retry of a save that landed: answer with the row as it is, not a conflict with yourself.
    if (requestId && sidebarCells(current, map).requestId === requestId) return { ok: true, value: before };
    const { apply, conflicts } = mergeChanges(input.changes ?? {}, before.form, PROGRESS_FIELDS);
    const merged: ProgressFields = { ...before.form };
    for (const k of apply) (merged as Record<string, string>)[k] = norm(input.changes[k]?.value ?? '');
    const checked = validateProgress(merged);
    // Status changed to done without a result is the user's to fix, whichever of the two they changed.
    const errors = errorsFor(checked.errors, apply.includes('status') ? [...apply, 'result'] : apply);
    if (Object.keys(errors).length) return invalid(errors);
    if (!apply.length && !conflicts.length) return { ok: true, value: before };
    let after = current;
    let rewritten: RewrittenCell[] = [];
    if (apply.length) {
      map = withSidebarColumns(p, PROGRESS_COLUMNS);
      const cells: Record<string, Cell> = {
        ...progressCells(checked.value, apply, merged),
        updatedBy,
        updatedAt: now,
        version: existing.version + 1,
        requestId,
      };
      cells.rowPrint = rowPrint(rowAfter(current, map, cells), p.map, PROGRESS_COLUMNS);
      rewritten = writeRowCells(p.sheet, existing.row, current, map, cells);
      after = rowAfter(current, map, cells);
    }
    const view = progressAt(p, map, existing.row, after) ?? before;
    if (conflicts.length)
      return {
        ok: false,
        kind: 'conflict',
        message: fieldConflictMessage(existing.updatedBy, conflicts, apply.length),
        theirs: view,
        fields: conflicts,
      };
    const note = [before.editedInGrid ? EDITED_IN_GRID_NOTE : '', apostropheNote(rewritten) ?? ''].filter(Boolean).join(' — ');
    return note ? { ok: true, value: view, note } : { ok: true, value: view };
  });
}

/** The cells of the fields being written, from the validated values; the evidence as typed, one per line. */
function progressCells(value: CleanProgress, keys: readonly ProgressFieldKey[], typed: ProgressFields): Record<string, Cell> {
  const all: Record<ProgressFieldKey, Cell> = {
    status: STATUS_LABEL[value.status],
    result: value.result,
    outcome: value.outcome,
    actual: value.actual ?? '',
    suggestions: value.suggestions,
    evidence: norm(typed.evidence)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n'),
  };
  const out: Record<string, Cell> = {};
  for (const k of keys) out[k] = all[k];
  return out;
}

function fieldConflictMessage(by: string, conflicts: readonly FieldConflict[], written: number): string {
  const names = conflicts.map((c) => `"${c.label}"`).join(', ');
  const kept = written ? ' ช่องอื่นที่คุณแก้บันทึกแล้ว' : '';
  return `${by || 'ผู้อื่น'} แก้ช่อง ${names} หลังจากที่คุณเปิดไว้ — เลือกทีละช่องด้านล่างว่าจะใช้ของใคร${kept}`;
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
  if (!canEdit(settings.coordinators, userEmail())) {
    return settings.coordinators.length || setupBy()
      ? 'เฉพาะผู้ประสานงานที่ระบุในชีต "ตั้งค่า" (หรือผู้ที่ตั้งค่าชีตครั้งแรก) แก้ไขมาตรการได้'
      : 'ยังไม่มีผู้ประสานงาน — ใส่อีเมลผู้ประสานงานในชีต "ตั้งค่า" หรือให้ผู้ประสานงานเลือกเมนู ITA › ตั้งค่าชีต หนึ่งครั้ง';
  }
  return { m, measures, units, coordinators: settings.coordinators };
}

function stale(found: Measure | undefined, input: { baseVersion: number; baseFingerprint: string }): SaveResult<MeasureView> | null {
  if (!found) return { ok: false, kind: 'conflict', message: 'ไม่พบมาตรการนี้แล้ว (รหัสอาจถูกลบหรือแก้ในชีต) — กดโหลดใหม่', theirs: null };
  if (found.version !== input.baseVersion || measureFingerprint(found) !== input.baseFingerprint) {
    return { ok: false, kind: 'conflict', message: conflictMessage('', null), theirs: measureView(found, []) };
  }
  return null;
}

/** The cells of the measure fields being written (a blank target is a blank cell). */
function measureCells(v: CleanMeasure, keys: readonly (keyof CleanMeasure)[]): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  for (const key of keys) cells[key] = v[key] ?? '';
  return cells;
}

export function saveMeasureRow(input: MeasureSave): SaveResult<MeasureView> {
  return withLock<MeasureView>(() => {
    const ctx = measureContext();
    if (typeof ctx === 'string') return { ok: false, kind: 'error', message: ctx };
    const requestId = requestIdOf(input);
    let map = mapColumns(ctx.m.raw.values[0], [...MEASURE_COLUMNS, ...SIDEBAR_COLUMNS]);
    // A retried เพิ่มมาตรการ whose answer was lost: the row it made is found by its request ID.
    if (requestId) {
      const at =
        map.index.requestId < 0 ? -1 : ctx.m.raw.values.findIndex((r, i) => i > 0 && cellText(r[map.index.requestId]) === requestId);
      if (at > 0) {
        const view = measureAt(ctx.m, map, at + 1, rowOf(ctx.m.raw, at + 1));
        if (view) return { ok: true, value: view };
      }
    }
    if (!input.id) {
      const { errors, value } = validateMeasure({ ...input.fields, fiscalYear: Number(input.fiscalYear) });
      if (Object.keys(errors).length) return invalid(errors);
      map = withSidebarColumns(ctx.m, MEASURE_COLUMNS);
      const order = ctx.measures.filter((x) => x.fiscalYear === value.fiscalYear).length + 1;
      const id = newMeasureId();
      const cells: Record<string, Cell> = {
        ...measureCells(value, Object.keys(value) as (keyof CleanMeasure)[]),
        id,
        order,
        archived: NO,
        version: 1,
        requestId,
      };
      const blank: RowCellsRead = { values: Array<Cell>(ctx.m.raw.values[0].length).fill(''), formulas: [] };
      cells.rowPrint = rowPrint(rowAfter(blank, map, cells), ctx.m.map, MEASURE_COLUMNS);
      const { row, rewritten } = appendRowCells(ctx.m.sheet, ctx.m.raw.values[0].length, map, cells);
      const view = measureAt(ctx.m, map, row, rowAfter(blank, map, cells));
      return view ? savedWithNote(view, rewritten) : { ok: false, kind: 'error', message: 'บันทึกแล้วแต่อ่านกลับไม่ได้ — กดโหลดใหม่' };
    }
    const found = ctx.measures.find((x) => x.id === input.id);
    if (!found) return { ok: false, kind: 'conflict', message: 'ไม่พบมาตรการนี้แล้ว (รหัสอาจถูกลบหรือแก้ในชีต) — กดโหลดใหม่', theirs: null };
    const current = rowOf(ctx.m.raw, found.row);
    const before = measureAt(ctx.m, map, found.row, current);
    if (!before) return { ok: false, kind: 'error', message: 'อ่านแถวมาตรการไม่ได้ — กดโหลดใหม่' };
    const { apply, conflicts } = mergeChanges(input.changes ?? {}, before.form, MEASURE_FIELDS);
    const merged: MeasureFormFields = { ...before.form };
    for (const k of apply) merged[k] = norm(input.changes[k]?.value ?? '');
    const checked = validateMeasure({ ...merged, fiscalYear: found.fiscalYear });
    const errors = errorsFor(checked.errors, apply);
    if (Object.keys(errors).length) return invalid(errors);
    if (!apply.length && !conflicts.length) return { ok: true, value: before };
    let after = current;
    let rewritten: RewrittenCell[] = [];
    if (apply.length) {
      map = withSidebarColumns(ctx.m, MEASURE_COLUMNS);
      const cells: Record<string, Cell> = { ...measureCells(checked.value, apply), version: found.version + 1, requestId };
      cells.rowPrint = rowPrint(rowAfter(current, map, cells), ctx.m.map, MEASURE_COLUMNS);
      rewritten = writeRowCells(ctx.m.sheet, found.row, current, map, cells);
      after = rowAfter(current, map, cells);
    }
    const view = measureAt(ctx.m, map, found.row, after) ?? before;
    if (conflicts.length)
      return { ok: false, kind: 'conflict', message: fieldConflictMessage('', conflicts, apply.length), theirs: view, fields: conflicts };
    const note = [before.editedInGrid ? EDITED_IN_GRID_NOTE : '', apostropheNote(rewritten) ?? ''].filter(Boolean).join(' — ');
    return note ? { ok: true, value: view, note } : { ok: true, value: view };
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

/**
 * Moves a measure one place up or down within its year (within its หมวด when it has one) and sets
 * the ลำดับ of that group to 1, 2, 3 … in the new order, so hand-typed ties and gaps are resolved.
 */
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
    const reordered = [...group];
    reordered[at] = other;
    reordered[at + direction] = found;
    const moved: MeasureView[] = [];
    reordered.forEach((x, i) => {
      const order = i + 1;
      if (x.order === order) return;
      writeRowCells(ctx.m.sheet, x.row, rowOf(ctx.m.raw, x.row), ctx.m.map, { order, version: x.version + 1 });
      moved.push(measureView({ ...x, order, version: x.version + 1 }, []));
    });
    return { ok: true, value: moved };
  });
}

export type { FiscalRound };
