/**
 * The edge that reads and repairs the spreadsheet. Reads are whole ranges (a constant number of
 * calls however many rows); setup only adds what is missing and never rewrites user data.
 */
import { DEFAULT_UNITS, LOG_SHEET, PUBLISH_TEXT, SHEET } from '../core/labels';
import { recordSetupBy } from './setup-owner';
import { mapColumns, type RawSheet, type RawWorkbook, type Cell } from '../core/read-workbook';
import { YEAR_MAX, YEAR_MIN } from '../core/cells';
import {
  MEASURE_COLUMNS,
  PLAIN_TEXT_KINDS,
  PROGRESS_COLUMNS,
  REPORT_LOG_COLUMNS,
  SETTINGS_ROWS,
  UNIT_COLUMNS,
  YEAR_SETTING_COLUMNS,
  YEAR_SETTING_DEFAULTS,
  ITA_RESULT_COLUMNS,
  ITA_ANALYSIS_COLUMNS,
  SIDEBAR_COLUMNS,
  type ColumnDef,
} from '../core/schema';
import { DEFAULT_FRAMEWORK, DEFAULT_FRAMEWORK_YEARS, defaultLevelRules } from '../core/ita-result';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#d9ead3';

export function readSheet(sheet: Sheet): RawSheet {
  const range = sheet.getDataRange();
  return { values: range.getValues() as Cell[][], formulas: range.getFormulas() };
}

/** Every sheet the add-on uses, in 4 calls per sheet. */
export function readRawWorkbook(ss: Spreadsheet): RawWorkbook {
  const out: RawWorkbook = {};
  for (const name of Object.values(SHEET)) {
    const sheet = ss.getSheetByName(name);
    out[name] = sheet ? readSheet(sheet) : null;
  }
  return out;
}

export interface SetupReport {
  createdSheets: string[];
  addedColumns: string[];
  addedSettings: string[];
  assignedIds: number;
}

export function newMeasureId(): string {
  return `M-${Utilities.getUuid().replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

function ensureSheet(ss: Spreadsheet, name: string, report: SetupReport): Sheet {
  const existing = ss.getSheetByName(name);
  if (existing) return existing;
  report.createdSheets.push(name);
  return ss.insertSheet(name);
}

/**
 * The sidebar's bookkeeping columns (row fingerprint, last request ID) are hidden when they are
 * added, so nobody types into them; someone who shows them again is not overruled later.
 */
export function hideSidebarColumns(sheet: Sheet, added: readonly ColumnDef[], firstIndex: number): void {
  const sidebarKeys: readonly string[] = SIDEBAR_COLUMNS.map((c) => c.key);
  added.forEach((d, i) => {
    if (sidebarKeys.includes(d.key)) sheet.hideColumns(firstIndex + i + 1);
  });
}

function ensureColumns(
  sheet: Sheet,
  defs: readonly ColumnDef[],
  report: SetupReport,
  unitsRange: GoogleAppsScript.Spreadsheet.Range | null,
): number {
  const lastCol = sheet.getLastColumn();
  const header = lastCol ? (sheet.getRange(1, 1, 1, lastCol).getValues()[0] as Cell[]) : [];
  const map = mapColumns(header, defs);
  const fresh = lastCol === 0;
  if (map.missing.length) {
    const need = lastCol + map.missing.length - sheet.getMaxColumns();
    if (need > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), need);
    sheet.getRange(1, lastCol + 1, 1, map.missing.length).setValues([map.missing.map((d) => d.header)]);
    map.missing.forEach((d, i) => {
      map.index[d.key] = lastCol + i;
      if (!fresh) report.addedColumns.push(`${sheet.getName()}: ${d.header}`);
    });
    hideSidebarColumns(sheet, map.missing, lastCol);
  }
  const width = Math.max(lastCol, lastCol + map.missing.length);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
  sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  for (const def of defs) {
    const col = map.index[def.key] + 1;
    if (map.missing.includes(def)) sheet.setColumnWidth(col, def.width);
    if (rows < 1) continue;
    const body = sheet.getRange(2, col, rows, 1);
    // Plain text: what people type stays exactly as typed (no 1/2 → date, no 081… → number).
    if (PLAIN_TEXT_KINDS.has(def.kind)) body.setNumberFormat('@');
    if (def.kind === 'longtext') body.setWrap(true);
    const rule = validationFor(def, unitsRange);
    if (rule) body.setDataValidation(rule);
  }
  return width;
}

function validationFor(
  def: ColumnDef,
  unitsRange: GoogleAppsScript.Spreadsheet.Range | null,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  if ((def.kind === 'enum' || def.kind === 'bool') && def.options) {
    return SpreadsheetApp.newDataValidation()
      .requireValueInList([...def.options], true)
      .setAllowInvalid(false)
      .build();
  }
  if (def.unitsDropdown && unitsRange) {
    return SpreadsheetApp.newDataValidation()
      .requireValueInRange(unitsRange, true)
      .setAllowInvalid(true)
      .setHelpText('เลือกจากรายการหน่วยงาน หรือพิมพ์หลายหน่วยงานคั่นด้วยจุลภาค')
      .build();
  }
  if (def.kind === 'year') {
    return SpreadsheetApp.newDataValidation()
      .requireNumberBetween(YEAR_MIN, YEAR_MAX)
      .setAllowInvalid(true)
      .setHelpText('ปี พ.ศ. 4 หลัก เช่น 2568')
      .build();
  }
  return null;
}

/** Gives every measure row that has content but no ID a new one; other cells are not touched. */
function assignMissingIds(sheet: Sheet, report: SetupReport): void {
  const values = sheet.getDataRange().getValues() as Cell[][];
  const map = mapColumns(values[0] ?? [], MEASURE_COLUMNS);
  const idCol = map.index.id;
  if (idCol < 0 || values.length < 2) return;
  const ids = values.slice(1).map((row) => row[idCol]);
  const seen = new Set<string>();
  let changed = 0;
  const next = ids.map((id, i) => {
    const row = values[i + 1];
    const s = String(id).trim();
    if (s && !seen.has(s)) {
      seen.add(s);
      return [id];
    }
    const hasContent = row.some((v, c) => c !== idCol && String(v).trim() !== '');
    if (s || !hasContent) return [id];
    changed += 1;
    return [newMeasureId()];
  });
  if (changed) {
    sheet.getRange(2, idCol + 1, next.length, 1).setValues(next);
    report.assignedIds += changed;
  }
}

function ensureSettings(ss: Spreadsheet, report: SetupReport): void {
  const sheet = ensureSheet(ss, SHEET.settings, report);
  const lastRow = sheet.getLastRow();
  const existing = lastRow ? (sheet.getRange(1, 1, lastRow, 1).getValues() as Cell[][]).map((r) => String(r[0]).replace(/\s+/g, '')) : [];
  const rows: string[][] = [];
  if (lastRow === 0) rows.push(['รายการ', 'ค่า', 'คำอธิบาย']);
  const missing = SETTINGS_ROWS.filter((d) => !existing.includes(d.label.replace(/\s+/g, '')));
  for (const d of missing) rows.push([d.label, d.defaultValue, d.hint]);
  if (lastRow > 0) report.addedSettings.push(...missing.map((d) => d.label));
  const start = lastRow + 1;
  if (rows.length) {
    const body = sheet.getRange(start, 1, rows.length, 3);
    body.setNumberFormat('@');
    body.setValues(rows);
    missing.forEach((d, i) => {
      if (d.options) {
        const row = start + i + (lastRow === 0 ? 1 : 0);
        sheet.getRange(row, 2).setDataValidation(
          SpreadsheetApp.newDataValidation()
            .requireValueInList([...d.options], true)
            .setAllowInvalid(false)
            .build(),
        );
      }
    });
  }
  if (lastRow === 0) {
    sheet.getRange(1, 1, 1, 3).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 260);
    sheet.setColumnWidth(2, 320);
    sheet.setColumnWidth(3, 320);
  }
}

function ensureUnits(ss: Spreadsheet, report: SetupReport): Sheet {
  const sheet = ensureSheet(ss, SHEET.units, report);
  const fresh = sheet.getLastRow() === 0;
  ensureColumns(sheet, UNIT_COLUMNS, report, null);
  if (fresh) sheet.getRange(2, 1, DEFAULT_UNITS.length, 1).setValues(DEFAULT_UNITS.map((u) => [u]));
  return sheet;
}

/** ค่ากำหนดรายปี: a new sheet gets the shipped years (editable); a blank year carries the prompt to fill it. */
function ensureYearSettings(ss: Spreadsheet, report: SetupReport): void {
  const sheet = ensureSheet(ss, SHEET.yearSettings, report);
  const fresh = sheet.getLastRow() === 0;
  ensureColumns(sheet, YEAR_SETTING_COLUMNS, report, null);
  if (!fresh) return;
  const at = mapColumns(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as Cell[], YEAR_SETTING_COLUMNS).index;
  const rows = YEAR_SETTING_DEFAULTS.map((d) => {
    const row: Cell[] = Array<Cell>(sheet.getLastColumn()).fill('');
    row[at.fiscalYear] = d.fiscalYear;
    row[at.planItem] = d.planItem;
    row[at.reportItem] = d.reportItem;
    row[at.note] = d.planItem ? '' : PUBLISH_TEXT.yearPrompt;
    row[at.levelRules] = defaultLevelRules(d.fiscalYear); // shipped editable; weights and pass mark blank = default
    return row;
  });
  sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
}

/** The report log sheet, created or repaired (also when สร้างรายงาน finds it missing or a column gone). */
export function ensureReportLog(
  ss: Spreadsheet,
  report: SetupReport = { createdSheets: [], addedColumns: [], addedSettings: [], assignedIds: 0 },
): Sheet {
  const sheet = ensureSheet(ss, LOG_SHEET, report);
  ensureColumns(sheet, REPORT_LOG_COLUMNS, report, null);
  return sheet;
}

/** ผลการประเมิน ITA: a new sheet gets the known framework's indicators per year, scores blank (editable). */
function ensureItaResults(ss: Spreadsheet, report: SetupReport): void {
  const sheet = ensureSheet(ss, SHEET.itaResults, report);
  const fresh = sheet.getLastRow() === 0;
  ensureColumns(sheet, ITA_RESULT_COLUMNS, report, null);
  if (!fresh) return;
  const at = mapColumns(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as Cell[], ITA_RESULT_COLUMNS).index;
  const rows = DEFAULT_FRAMEWORK_YEARS.flatMap((year) =>
    DEFAULT_FRAMEWORK.map((d) => {
      const row: Cell[] = Array<Cell>(sheet.getLastColumn()).fill('');
      row[at.fiscalYear] = year;
      row[at.tool] = d.tool;
      row[at.number] = d.number;
      row[at.name] = d.name;
      return row;
    }),
  );
  sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
}

/** ITA › ตั้งค่าชีต: create what is missing, repair headers, formats and dropdowns; keep all data. */
export function setupSheets(ss: Spreadsheet): SetupReport {
  const report: SetupReport = { createdSheets: [], addedColumns: [], addedSettings: [], assignedIds: 0 };
  // With no coordinators listed, the person who set the sheet up first is the coordinator.
  recordSetupBy();
  ensureSettings(ss, report);
  const units = ensureUnits(ss, report);
  const unitsRange = units.getRange(2, 1, Math.max(units.getMaxRows() - 1, 1), 1);
  const measures = ensureSheet(ss, SHEET.measures, report);
  // The sidebar's own columns (row fingerprint, last request ID) come last.
  ensureColumns(measures, [...MEASURE_COLUMNS, ...SIDEBAR_COLUMNS], report, unitsRange);
  assignMissingIds(measures, report);
  const progress = ensureSheet(ss, SHEET.progress, report);
  ensureColumns(progress, [...PROGRESS_COLUMNS, ...SIDEBAR_COLUMNS], report, null);
  ensureYearSettings(ss, report);
  ensureItaResults(ss, report);
  ensureColumns(ensureSheet(ss, SHEET.itaAnalysis, report), ITA_ANALYSIS_COLUMNS, report, null);
  ensureReportLog(ss, report);
  return report;
}
