/**
 * ITA › เริ่มปีงบประมาณใหม่: carry the chosen measures of a year into the next one and move the
 * settings' fiscal year on. Old rows are never written; the new rows go in as one block (a
 * constant number of calls however many measures), and a measure already carried (its ID is a
 * มาจากรหัส in the next year) is not carried again, so running it twice adds nothing.
 */
import { fill, NEW_YEAR_TEXT, SHEET } from '../core/labels';
import { carryCandidates, carryOverRows, type CarryCandidate } from '../core/new-year';
import { isBuddhistYear, normalizeLabel } from '../core/cells';
import { mapColumns, readWorkbook, type Cell } from '../core/read-workbook';
import { MEASURE_COLUMNS, PLAIN_TEXT_KINDS, SETTINGS_ROWS, type MeasureKey } from '../core/schema';
import { withDocumentLock } from './lock';
import { newMeasureId, readRawWorkbook } from './sheet-repository';

export interface NewYearDialogData {
  fromYear: number;
  toYear: number;
  measures: CarryCandidate[];
  /** Set when the dialog cannot offer anything (no fiscal year, unreadable measures sheet). */
  error: string;
}

export interface NewYearRequest {
  fromYear: number;
  ids: string[];
}

export type NewYearResult =
  { ok: true; carried: number; skipped: number; toYear: number; message: string } | { ok: false; message: string };

const PLAIN_TEXT = '@';
const AUTOMATIC = '0.###############';

/** The dialog: the settings' year and its measures, the ones to continue ticked. */
export function newYearDialogData(): NewYearDialogData {
  const { workbook, problems } = readWorkbook(readRawWorkbook(SpreadsheetApp.getActiveSpreadsheet()));
  const fromYear = workbook.settings.fiscalYear;
  const base = { fromYear, toYear: fromYear + 1, measures: [] as CarryCandidate[] };
  if (!fromYear) return { ...base, error: NEW_YEAR_TEXT.noYear };
  if (problems.some((p) => p.sheet === SHEET.measures && (p.row === undefined || p.row === 1)))
    return { ...base, error: NEW_YEAR_TEXT.measuresUnreadable };
  return { ...base, measures: carryCandidates(workbook, fromYear), error: '' };
}

export function startNewYear(req: NewYearRequest): NewYearResult {
  const fromYear = Number(req?.fromYear);
  if (!isBuddhistYear(fromYear)) return { ok: false, message: fill(NEW_YEAR_TEXT.badYear, { year: String(req?.fromYear) }) };
  const ids = Array.isArray(req.ids) ? req.ids.map(String) : [];
  return withDocumentLock<NewYearResult>(
    30000,
    () => ({ ok: false, message: NEW_YEAR_TEXT.busy }),
    () => carryOver(fromYear, ids),
  );
}

function carryOver(fromYear: number, ids: string[]): NewYearResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const raw = readRawWorkbook(ss);
  const { workbook, problems } = readWorkbook(raw);
  const measuresRaw = raw[SHEET.measures];
  const sheet = ss.getSheetByName(SHEET.measures);
  if (!measuresRaw || !sheet || problems.some((p) => p.sheet === SHEET.measures && (p.row === undefined || p.row === 1)))
    return { ok: false, message: NEW_YEAR_TEXT.measuresUnreadable };
  const toYear = fromYear + 1;
  const { rows, skipped } = carryOverRows(workbook, fromYear, ids, idMaker(new Set(workbook.measures.map((m) => m.id))));
  const rewritten = rows.length ? appendBlock(sheet, measuresRaw.values, rows) : 0;
  moveSettingsYear(ss, raw[SHEET.settings]?.values ?? [], workbook.settings.fiscalYear, toYear);
  const notes = rewritten ? ` ${fill(NEW_YEAR_TEXT.rewritten, { count: rewritten })}` : '';
  return {
    ok: true,
    carried: rows.length,
    skipped: skipped.length,
    toYear,
    message:
      fill(NEW_YEAR_TEXT.done, {
        toYear,
        fromYear,
        carried: rows.length,
        skipped: skipped.length ? fill(NEW_YEAR_TEXT.skipped, { count: skipped.length }) : '',
      }) + notes,
  };
}

/**
 * New measure IDs in the shape newMeasureId makes (M- and 8 hex digits) from one UUID for the whole
 * batch — consecutive numbers from a random start, skipping any ID the sheet already has.
 */
function idMaker(taken: Set<string>): () => string {
  let n = parseInt(newMeasureId().slice(2), 16);
  return () => {
    let id: string;
    do {
      n = (n + 1) % 0x100000000;
      id = `M-${n.toString(16).toUpperCase().padStart(8, '0')}`;
    } while (taken.has(id));
    taken.add(id);
    return id;
  };
}

/**
 * The new rows below the last one: formats, values and one read-back for the whole block. Text
 * goes raw into plain-text cells (as sheet-writer does for one row); a cell that became a formula
 * or lost its leading apostrophe is rewritten in apostrophe form. Returns how many were.
 */
function appendBlock(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: readonly Cell[][],
  rows: Partial<Record<MeasureKey, Cell>>[],
): number {
  const header = values[0] ?? [];
  const map = mapColumns(header, MEASURE_COLUMNS);
  const width = header.length;
  const start = values.length + 1;
  const need = start + rows.length - 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  const kindAt = (c: number) => MEASURE_COLUMNS.find((d) => map.index[d.key] === c)?.kind;
  const plain = Array.from({ length: width }, (_, c) => {
    const kind = kindAt(c);
    return kind !== undefined && PLAIN_TEXT_KINDS.has(kind);
  });
  const block: Cell[][] = rows.map((r) => {
    const line = Array<Cell>(width).fill('');
    for (const [key, v] of Object.entries(r) as [MeasureKey, Cell][]) if (map.index[key] >= 0) line[map.index[key]] = v;
    return line;
  });
  const range = sheet.getRange(start, 1, rows.length, width);
  range.setNumberFormats(block.map(() => plain.map((p) => (p ? PLAIN_TEXT : AUTOMATIC))));
  range.setValues(block);
  const formulas = range.getFormulas();
  const apostrophes = block.some((line) => line.some((v) => typeof v === 'string' && v.startsWith("'")));
  const stored = apostrophes ? range.getValues() : block;
  let rewritten = 0;
  block.forEach((line, r) =>
    line.forEach((v, c) => {
      if (typeof v !== 'string' || v === '' || (formulas[r][c] === '' && stored[r][c] === v)) return;
      sheet
        .getRange(start + r, c + 1)
        .setNumberFormat(AUTOMATIC)
        .setValue(`'${v}`);
      rewritten += 1;
    }),
  );
  return rewritten;
}

/** The settings' fiscal year moves on (never back: a second run or an older year leaves it). */
function moveSettingsYear(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: readonly Cell[][],
  current: number,
  toYear: number,
): void {
  if (current >= toYear) return;
  const label = normalizeLabel(SETTINGS_ROWS.find((d) => d.key === 'fiscalYear')!.label);
  const i = settings.findIndex((r) => normalizeLabel(String(r[0] ?? '')) === label);
  if (i < 0) return;
  ss.getSheetByName(SHEET.settings)!
    .getRange(i + 1, 2)
    .setValue(String(toYear));
}
