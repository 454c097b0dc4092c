/**
 * Sheet rows → validated model. Pure: takes the values and formulas the server read in a few
 * whole-range calls and returns the model plus every problem found, each naming sheet/row/column.
 */
import type { FiscalRound } from './fiscal';
import { readItaFromSheets } from './ita-result';
import { readItaAnalysis } from './ita-analysis';
import { NO, NUMBERING, ROUND_LABEL, SHARE_ROLE_LABEL, SHEET, STATUS_LABEL, YES } from './labels';
import type { Measure, ProgressEntry, Settings, ShareRole, Status, Workbook } from './model';
import type { Problem } from './problems';
import {
  MAX_SHORT_TEXT,
  MEASURE_COLUMNS,
  PROGRESS_COLUMNS,
  SETTINGS_ROWS,
  UNIT_COLUMNS,
  columnOf,
  type ColumnDef,
  type ColumnKind,
  type SettingDef,
} from './schema';
import { badEvidenceLine, cleanText, isBlank, normalizeLabel, parseYear, parseYesNo, splitEvidence } from './cells';
import { formatThaiDate, parseNumber, parseThaiDate } from './thai';
import { memoPurposeOf } from './memo-approval';

export type Cell = string | number | boolean | Date;

/** One sheet as read: getValues() and getFormulas() of its data range (row 1 = headers). */
export interface RawSheet {
  values: Cell[][];
  formulas: string[][];
}

export type RawWorkbook = Partial<Record<(typeof SHEET)[keyof typeof SHEET], RawSheet | null>>;

export interface ReadResult {
  workbook: Workbook;
  problems: Problem[];
}

export { isBlank, normalizeLabel };

/** Where each schema column sits in a sheet, found by header text. */
export interface ColumnMap<K extends string = string> {
  /** 0-based index by key; -1 when missing. */
  index: Record<K, number>;
  missing: ColumnDef[];
  unknownHeaders: string[];
  /** The schema's columns this map places. */
  defs: readonly ColumnDef[];
}

export function mapColumns<D extends readonly ColumnDef[]>(headerRow: readonly Cell[], defs: D): ColumnMap<D[number]['key']> {
  const byLabel = new Map<string, number>();
  headerRow.forEach((h, i) => {
    const key = normalizeLabel(String(h));
    if (key && !byLabel.has(key)) byLabel.set(key, i);
  });
  const index = {} as Record<D[number]['key'], number>;
  const missing: ColumnDef[] = [];
  const used = new Set<number>();
  for (const def of defs) {
    const i = byLabel.get(normalizeLabel(def.header));
    index[def.key as D[number]['key']] = i ?? -1;
    if (i === undefined) missing.push(def);
    else used.add(i);
  }
  const unknownHeaders = headerRow
    .map((h, i) => ({ h: String(h).trim(), i }))
    .filter(({ h, i }) => h !== '' && !used.has(i))
    .map(({ h }) => h);
  return { index, missing, unknownHeaders, defs };
}

function missingColumnProblems(sheet: string, map: ColumnMap): Problem[] {
  return map.missing.map((def) => ({
    sheet,
    row: 1,
    column: def.header,
    message:
      `ไม่พบคอลัมน์ "${def.header}" ในแถวหัวตาราง` +
      (map.unknownHeaders.length ? ` (พบหัวคอลัมน์ที่ระบบไม่รู้จัก: ${map.unknownHeaders.map((h) => `"${h}"`).join(', ')} — อาจถูกเปลี่ยนชื่อ)` : '') +
      ` — แก้ชื่อหัวคอลัมน์กลับเป็น "${def.header}" หรือเลือกเมนู ITA › ตั้งค่าชีต เพื่อเพิ่มคอลัมน์ที่ขาด`,
  }));
}

/** Reads typed cells of one row, collecting problems with exact coordinates. */
class RowReader {
  constructor(
    private readonly sheet: string,
    private readonly values: readonly Cell[],
    private readonly formulas: readonly string[],
    private readonly row: number,
    private readonly map: ColumnMap,
    private readonly defs: readonly ColumnDef[],
    readonly problems: Problem[],
  ) {}

  private def(key: string): ColumnDef {
    const d = this.defs.find((c) => c.key === key);
    if (!d) throw new Error(`unknown column ${key}`);
    return d;
  }

  private problem(key: string, message: string): void {
    const i = this.map.index[key];
    this.problems.push({ sheet: this.sheet, row: this.row, column: this.def(key).header, columnIndex: i + 1, message });
  }

  raw(key: string): Cell {
    const i = this.map.index[key];
    if (i < 0 || i >= this.values.length) return '';
    const formula = this.formulas[i];
    if (formula && this.def(key).kind !== 'system') {
      const shown = formula.length > 60 ? `${formula.slice(0, 60)}…` : formula;
      this.problem(key, `ช่องนี้มีสูตร ${shown} — ระบบใช้เฉพาะข้อความที่พิมพ์เอง กรุณาลบสูตรแล้วพิมพ์ข้อความแทน`);
      return '';
    }
    return this.values[i];
  }

  text(key: string): string {
    const v = this.raw(key);
    const s = v instanceof Date ? formatThaiDate(v) : typeof v === 'boolean' ? (v ? YES : NO) : String(v);
    const trimmed = cleanText(s);
    const max = this.def(key).maxLength ?? MAX_SHORT_TEXT;
    if (trimmed.length > max) {
      this.problem(
        key,
        `ข้อความยาว ${trimmed.length.toLocaleString('en-US')} ตัวอักษร เกินที่รับได้ ${max.toLocaleString('en-US')} ตัวอักษร — กรุณาย่อให้สั้นลง`,
      );
      return trimmed.slice(0, max);
    }
    return trimmed;
  }

  number(key: string): number | null {
    const v = this.raw(key);
    if (isBlank(v)) return null;
    const n = parseNumber(v);
    if (n === null) this.problem(key, `"${String(v)}" ไม่ใช่ตัวเลข — พิมพ์เฉพาะตัวเลข เช่น 70`);
    return n;
  }

  year(key: string): number | null {
    const v = this.raw(key);
    if (isBlank(v)) return null;
    const n = parseYear(v);
    if (n === null) {
      this.problem(key, `"${String(v)}" ไม่ใช่ปี พ.ศ. — พิมพ์เป็นปีพุทธศักราช 4 หลัก เช่น 2568`);
      return null;
    }
    return n;
  }

  enumOf<T extends string>(key: string, labels: Record<T, string>): T | null {
    const v = this.text(key);
    if (!v) return null;
    const wanted = normalizeLabel(v);
    for (const [k, label] of Object.entries(labels) as [T, string][]) if (normalizeLabel(label) === wanted) return k;
    const shown = v.length > 60 ? `${v.slice(0, 60)}…` : v;
    this.problem(key, `"${shown}" ไม่ใช่ค่าที่เลือกได้ — เลือกจากรายการ: ${Object.values<string>(labels).join(' / ')}`);
    return null;
  }

  bool(key: string): boolean {
    const v = this.raw(key);
    if (isBlank(v)) return false;
    const yes = parseYesNo(v);
    if (yes === null) this.problem(key, `"${String(v)}" ไม่ใช่ ${YES}/${NO}`);
    return yes ?? false;
  }

  links(key: string): string[] {
    const lines = splitEvidence(this.text(key));
    const bad = badEvidenceLine(lines);
    if (bad) this.problem(key, `"${bad}" เปิดจากรายงานไม่ได้ — ใส่ลิงก์ที่ขึ้นต้นด้วย https:// หรือคำอธิบายหลักฐาน บรรทัดละหนึ่งรายการ`);
    return lines.filter((l) => l !== bad);
  }

  date(key: string): Date | null {
    const v = this.raw(key);
    if (isBlank(v)) return null;
    if (v instanceof Date) return v;
    const d = parseThaiDate(String(v));
    if (!d) this.problem(key, `"${String(v)}" ไม่ใช่วันที่ — พิมพ์เป็น วัน/เดือน/ปี พ.ศ. เช่น 2/2/2566`);
    return d;
  }

  isEmpty(): boolean {
    return this.values.every(isBlank) && this.formulas.every((f) => !f);
  }

  /** One cell read by its column's kind. */
  value(def: ColumnDef): KindValue[ColumnKind] {
    switch (def.kind) {
      case 'number':
        return this.number(def.key);
      case 'year':
        return this.year(def.key);
      case 'bool':
        return this.bool(def.key);
      case 'links':
        return this.links(def.key);
      case 'date':
        return this.date(def.key);
      case 'system':
        return this.raw(def.key);
      default:
        return this.text(def.key);
    }
  }

  /** Every column of the sheet but `skip`, in column order, each read by its kind. */
  fields<D extends readonly ColumnDef[], S extends D[number]['key']>(defs: D, skip: readonly S[]): Omit<RowValues<D>, S> {
    const out: Record<string, unknown> = {};
    for (const def of defs) if (!(skip as readonly string[]).includes(def.key)) out[def.key] = this.value(def);
    return out as Omit<RowValues<D>, S>;
  }
}

/** What a cell of each kind reads as ('system' cells are the program's own: read as stored). */
interface KindValue {
  id: string;
  text: string;
  longtext: string;
  enum: string;
  number: number | null;
  year: number | null;
  bool: boolean;
  links: string[];
  date: Date | null;
  system: Cell;
}

/** A row of a sheet read by the schema: each column's key with its kind's value. */
export type RowValues<D extends readonly ColumnDef[]> = { [C in D[number] as C['key']]: KindValue[C['kind']] };

function rowsOf(raw: RawSheet): { values: Cell[]; formulas: string[]; row: number }[] {
  return raw.values.slice(1).map((values, i) => ({ values, formulas: raw.formulas[i + 1] ?? [], row: i + 2 }));
}

function missingSheet(name: string): Problem {
  return { sheet: name, message: `ไม่พบชีต "${name}" — เลือกเมนู ITA › ตั้งค่าชีต เพื่อสร้างชีตที่ระบบต้องใช้` };
}

const HEADER = {
  id: columnOf(MEASURE_COLUMNS, 'id').header,
  title: columnOf(MEASURE_COLUMNS, 'title').header,
  fiscalYear: columnOf(MEASURE_COLUMNS, 'fiscalYear').header,
};

export function readMeasures(raw: RawSheet | null | undefined, problems: Problem[]): Measure[] {
  const sheet = SHEET.measures;
  if (!raw) {
    problems.push(missingSheet(sheet));
    return [];
  }
  const map = mapColumns(raw.values[0] ?? [], MEASURE_COLUMNS);
  if (map.missing.length) {
    problems.push(...missingColumnProblems(sheet, map));
    return [];
  }
  const measures: Measure[] = [];
  const seen = new Map<string, number>();
  for (const { values, formulas, row } of rowsOf(raw)) {
    const r = new RowReader(sheet, values, formulas, row, map, MEASURE_COLUMNS, problems);
    if (r.isEmpty()) continue;
    const id = r.text('id');
    if (!id) {
      problems.push({
        sheet,
        row,
        column: HEADER.id,
        columnIndex: map.index.id + 1,
        message: 'แถวนี้ไม่มีรหัสมาตรการ — ถ้าเพิ่งเพิ่มแถวใหม่ ให้เลือกเมนู ITA › ตั้งค่าชีต เพื่อสร้างรหัสให้ ถ้ารหัสถูกลบ ให้ใส่รหัสเดิมกลับคืน (ผลการดำเนินการผูกกับรหัสนี้)',
      });
      continue;
    }
    const firstRow = seen.get(id);
    if (firstRow !== undefined) {
      problems.push({
        sheet,
        row,
        column: HEADER.id,
        columnIndex: map.index.id + 1,
        message: `รหัส "${id}" ซ้ำกับแถว ${firstRow} — แถวที่คัดลอกมาต้องมีรหัสใหม่: ลบรหัสในแถวนี้แล้วเลือกเมนู ITA › ตั้งค่าชีต เพื่อสร้างรหัสให้`,
      });
      continue;
    }
    seen.set(id, row);
    const title = r.text('title');
    if (!title) problems.push({ sheet, row, column: HEADER.title, columnIndex: map.index.title + 1, message: 'ยังไม่ได้ใส่ชื่อมาตรการ' });
    const fiscalYear = r.year('fiscalYear');
    if (fiscalYear === null && !problems.some((p) => p.row === row && p.sheet === sheet && p.column === HEADER.fiscalYear)) {
      problems.push({ sheet, row, column: HEADER.fiscalYear, columnIndex: map.index.fiscalYear + 1, message: 'ยังไม่ได้ใส่ปีงบประมาณ (พ.ศ.)' });
    }
    const fields = r.fields(MEASURE_COLUMNS, ['id', 'title', 'fiscalYear']);
    measures.push({
      ...fields,
      id,
      title,
      fiscalYear: fiscalYear ?? 0,
      order: fields.order ?? row,
      version: parseNumber(fields.version) ?? 0,
      row,
    });
  }
  return measures;
}

/** `measureIds` is null when the measures sheet could not be read: IDs are then not checked. */
export function readProgress(
  raw: RawSheet | null | undefined,
  measureIds: ReadonlySet<string> | null,
  problems: Problem[],
): ProgressEntry[] {
  const sheet = SHEET.progress;
  if (!raw) {
    problems.push(missingSheet(sheet));
    return [];
  }
  const map = mapColumns(raw.values[0] ?? [], PROGRESS_COLUMNS);
  if (map.missing.length) {
    problems.push(...missingColumnProblems(sheet, map));
    return [];
  }
  const entries: ProgressEntry[] = [];
  const seen = new Map<string, number>();
  for (const { values, formulas, row } of rowsOf(raw)) {
    const r = new RowReader(sheet, values, formulas, row, map, PROGRESS_COLUMNS, problems);
    if (r.isEmpty()) continue;
    const measureId = r.text('measureId');
    const round = r.enumOf<FiscalRound>('round', ROUND_LABEL);
    const status = r.enumOf<Status>('status', STATUS_LABEL) ?? 'not_started';
    const idCol = { sheet, row, column: columnOf(PROGRESS_COLUMNS, 'measureId').header, columnIndex: map.index.measureId + 1 };
    if (!measureId) {
      problems.push({ ...idCol, message: 'แถวนี้ไม่มีรหัสมาตรการ จึงไม่รู้ว่าเป็นผลของมาตรการใด — ใส่รหัสจากชีต "มาตรการ"' });
      continue;
    }
    if (measureIds && !measureIds.has(measureId)) {
      problems.push({
        ...idCol,
        message: `ไม่พบมาตรการรหัส "${measureId}" ในชีต "มาตรการ" — รหัสอาจถูกลบหรือแก้ไข ให้ใส่รหัสเดิมกลับคืนในชีต "มาตรการ"`,
      });
      continue;
    }
    if (!round) {
      // Only a blank round needs saying here; a wrong or over-long one was said by enumOf already.
      if (isBlank(values[map.index.round]) && !formulas[map.index.round])
        problems.push({
          sheet,
          row,
          column: columnOf(PROGRESS_COLUMNS, 'round').header,
          columnIndex: map.index.round + 1,
          message: 'ยังไม่ได้เลือกรอบการรายงาน',
        });
      continue;
    }
    const key = `${measureId}|${round}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ ...idCol, message: `ผลของมาตรการ "${measureId}" ${ROUND_LABEL[round]} ซ้ำกับแถว ${first} — เก็บไว้แถวเดียว` });
      continue;
    }
    seen.set(key, row);
    const fields = r.fields(PROGRESS_COLUMNS, ['measureId', 'measureTitle', 'round', 'status']);
    entries.push({
      ...fields,
      measureId,
      round,
      status,
      updatedBy: cleanText(String(fields.updatedBy)),
      updatedAt: fields.updatedAt instanceof Date ? fields.updatedAt : null,
      version: parseNumber(fields.version) ?? 0,
      row,
    });
  }
  return entries;
}

export function readUnits(raw: RawSheet | null | undefined, problems: Problem[]): string[] {
  if (!raw) {
    problems.push(missingSheet(SHEET.units));
    return [];
  }
  const map = mapColumns(raw.values[0] ?? [], UNIT_COLUMNS);
  if (map.missing.length) {
    problems.push(...missingColumnProblems(SHEET.units, map));
    return [];
  }
  const out: string[] = [];
  for (const { values } of rowsOf(raw)) {
    const name = String(values[map.index.name] ?? '').trim();
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

function settingValue(def: SettingDef, cell: Cell, formula: string, row: number, problems: Problem[]): unknown {
  const sheet = SHEET.settings;
  const at = { sheet, row, column: 'ค่า', columnIndex: 2 };
  if (formula) {
    problems.push({ ...at, message: `"${def.label}" มีสูตร ${formula.slice(0, 40)} — พิมพ์เป็นข้อความแทน` });
    return undefined;
  }
  const blank = isBlank(cell);
  if (blank) {
    if (def.required) problems.push({ ...at, message: `ยังไม่ได้กรอก "${def.label}"` });
    return undefined;
  }
  // A text setting that Sheets turned into a date keeps what it shows, never silently ''.
  const text = cell instanceof Date ? formatThaiDate(cell) : String(cell).trim();
  switch (def.kind) {
    case 'number': {
      const n = parseNumber(cell);
      if (n === null) problems.push({ ...at, message: `"${def.label}": "${text}" ไม่ใช่ตัวเลข เช่น 83.59` });
      return n ?? undefined;
    }
    case 'year': {
      const n = parseYear(cell);
      if (n === null) {
        problems.push({ ...at, message: `"${def.label}": "${text}" ไม่ใช่ปี พ.ศ. 4 หลัก เช่น 2568` });
        return undefined;
      }
      return n;
    }
    case 'date': {
      if (cell instanceof Date) return cell;
      const d = parseThaiDate(text);
      if (!d) problems.push({ ...at, message: `"${def.label}": "${text}" ไม่ใช่วันที่ — พิมพ์เป็น วัน/เดือน/ปี พ.ศ. เช่น 2/2/2566` });
      return d ?? undefined;
    }
    case 'bool': {
      const yes = parseYesNo(cell);
      if (yes !== null) return yes;
      problems.push({ ...at, message: `"${def.label}": เลือก ${YES} หรือ ${NO}` });
      return undefined;
    }
    case 'enum': {
      const found = def.options?.find((o) => normalizeLabel(o) === normalizeLabel(text));
      if (!found) problems.push({ ...at, message: `"${def.label}": "${text}" ไม่ใช่ค่าที่เลือกได้ — เลือกจาก ${def.options?.join(' / ')}` });
      return found;
    }
    case 'emails': {
      const emails = text.split(/[\s,;]+/).filter(Boolean);
      const bad = emails.find((e) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e));
      if (bad) problems.push({ ...at, message: `"${def.label}": "${bad}" ไม่ใช่อีเมล` });
      return emails.filter((e) => e !== bad);
    }
    default:
      return text;
  }
}

/** Drive folder ID from a pasted link or an ID. */
export function folderIdFrom(text: string): string {
  const m = /\/folders\/([\w-]+)/.exec(text) ?? /[?&]id=([\w-]+)/.exec(text);
  return m ? m[1] : text.trim();
}

/** A Google Doc's ID from its link (…/document/d/ID/…) or the ID itself. */
export function docIdFrom(text: string): string {
  const m = /\/document\/(?:u\/\d+\/)?d\/([\w-]+)/.exec(text);
  return m ? m[1] : text.trim();
}

export function readSettings(raw: RawSheet | null | undefined, problems: Problem[]): Settings {
  const found: Record<string, unknown> = {};
  if (!raw) {
    problems.push(missingSheet(SHEET.settings));
  } else {
    const byLabel = new Map(SETTINGS_ROWS.map((d) => [normalizeLabel(d.label), d]));
    const seenKeys = new Set<string>();
    raw.values.forEach((cells, i) => {
      const def = byLabel.get(normalizeLabel(String(cells[0] ?? '')));
      if (!def || seenKeys.has(def.key)) return;
      seenKeys.add(def.key);
      found[def.key] = settingValue(def, cells[1] ?? '', raw.formulas[i]?.[1] ?? '', i + 1, problems);
    });
    for (const def of SETTINGS_ROWS) {
      if (!seenKeys.has(def.key) && def.required) {
        problems.push({ sheet: SHEET.settings, message: `ไม่พบแถว "${def.label}" — เลือกเมนู ITA › ตั้งค่าชีต เพื่อเพิ่มแถวที่ขาด แล้วกรอกค่า` });
      }
    }
  }
  const str = (k: string, d = ''): string => (typeof found[k] === 'string' ? (found[k] as string) : d);
  const bool = (k: string, d: boolean): boolean => (typeof found[k] === 'boolean' ? (found[k] as boolean) : d);
  const num = (k: string): number | null => (typeof found[k] === 'number' ? (found[k] as number) : null);
  const roleLabel = str('shareRole', SHARE_ROLE_LABEL.viewer);
  const shareRole: ShareRole = normalizeLabel(roleLabel) === normalizeLabel(SHARE_ROLE_LABEL.commenter) ? 'commenter' : 'viewer';
  const signatories = [1, 2, 3]
    .map((i) => ({ name: str(`signer${i}Name`), position: str(`signer${i}Position`) }))
    .filter((s) => s.name || s.position);
  return {
    agencyName: str('agencyName'),
    agencyType: str('agencyType'),
    district: str('district').replace(/^อำเภอ\s*/, ''),
    province: str('province').replace(/^จังหวัด\s*/, ''),
    fiscalYear: num('fiscalYear') ?? 0,
    lastScore: num('lastScore'),
    lastGrade: str('lastGrade'),
    reportFolderId: folderIdFrom(str('reportFolderId')),
    executives: Array.isArray(found.executives) ? (found.executives as string[]) : [],
    coordinators: Array.isArray(found.coordinators) ? (found.coordinators as string[]) : [],
    shareRole,
    publicLink: bool('publicLink', false),
    thaiDigits: bool('thaiDigits', true),
    subNumbering: normalizeLabel(str('measureNumbering', NUMBERING.sub)) !== normalizeLabel(NUMBERING.none),
    defaultPreset: str('defaultPreset', '001'),
    customColumns: str('customColumns'),
    signatories,
    memo: {
      enabled: bool('memoEnabled', false),
      division: str('memoDivision'),
      phone: str('memoPhone'),
      reference: str('memoReference'),
      date: found.memoDate instanceof Date ? found.memoDate : null,
      dateFY: found.memoDateFY instanceof Date ? found.memoDateFY : null,
      to: str('memoTo'),
      purpose: memoPurposeOf(str('memoPurpose')),
      emblemDocId: docIdFrom(str('memoEmblemDoc')),
    },
  };
}

/** The whole workbook: every problem at once, so the user fixes them in one pass. */
export function readWorkbook(raw: RawWorkbook): ReadResult {
  const problems: Problem[] = [];
  const settings = readSettings(raw[SHEET.settings], problems);
  const before = problems.length;
  const measures = readMeasures(raw[SHEET.measures], problems);
  const measuresUnreadable = problems.slice(before).some((p) => p.row === undefined || p.row === 1);
  const progress = readProgress(raw[SHEET.progress], measuresUnreadable ? null : new Set(measures.map((m) => m.id)), problems);
  const units = readUnits(raw[SHEET.units], problems);
  // ITA result problems are warnings (the documents print the computed figures): listed by the jobs, never blocking.
  const itaResults = readItaFromSheets(raw[SHEET.itaResults], raw[SHEET.yearSettings]).byYear;
  const itaAnalysis = readItaAnalysis(raw[SHEET.itaAnalysis]);
  return { workbook: { settings, measures, progress, units, itaResults, itaAnalysis }, problems };
}
