/**
 * SpreadsheetApp stand-in: one active spreadsheet held in the Workspace.
 *
 * Faithful points (see sheet-values.ts for how written strings are typed, and for the switch
 * between the plausible plain-text behaviours Google's pages leave open):
 * - rows and columns are 1-based; getRange outside the sheet throws Sheets' messages;
 * - getValues/getDisplayValues/getFormulas/getNumberFormats return rectangular copies, '' for empty;
 * - setValues with the wrong shape throws Sheets' message;
 * - data validation is stored per cell and not enforced on script writes (as in Apps Script);
 * - appendRow writes after the last row with content and grows the sheet when needed;
 *   rows added by appendRow/insertRowsAfter inherit number format, validation and styles of the
 *   row above (as Sheets does), never its values or notes.
 */
import { Fake, enumName, enumOf } from './fake-base';
import { unwrapAs } from './proxy';
import { FakeHtmlOutput } from './html';
import { displayValue, plainTextBehaviour, storeValue } from './sheet-values';
import {
  isDate,
  lastRowCol,
  newSheetState,
  type CellState,
  type CellValue,
  type CriteriaType,
  type DataValidationState,
  type MenuEntry,
  type SheetState,
  type Workspace,
} from './workspace';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

function copyValue(ws: Workspace, v: CellValue): CellValue {
  return isDate(v) ? ws.makeDate(v.getTime()) : v;
}

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses 'B2', 'A1:C5', 'A:C', '2:5' (optionally 'Sheet!' prefixed) against a sheet's size. */
export function parseA1(
  a1: string,
  maxRows: number,
  maxCols: number,
): { row: number; col: number; numRows: number; numCols: number; sheet?: string } {
  let ref = a1.trim();
  let sheet: string | undefined;
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const part = (p: string): { col?: number; row?: number } | null => {
    const m = p.match(/^\$?([A-Za-z]*)\$?(\d*)$/);
    if (!m || (m[1] === '' && m[2] === '')) return null;
    return { col: m[1] ? columnNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const [a, b] = ref.split(':');
  const p1 = part(a);
  const p2 = b === undefined ? p1 : part(b);
  if (!p1 || !p2) throw new Error('Range not found');
  if ((p1.col === undefined) !== (p2.col === undefined) && b !== undefined && (p1.row === undefined || p2.row === undefined))
    throw new Error('Range not found');
  const r1 = p1.row ?? 1;
  const r2 = p2.row ?? (p1.row === undefined ? maxRows : p1.row);
  const c1 = p1.col ?? 1;
  const c2 = p2.col ?? (p1.col === undefined ? maxCols : p1.col);
  if (b === undefined && (p1.row === undefined || p1.col === undefined)) throw new Error('Range not found');
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1, sheet };
}

function sheetOf(ws: Workspace, sheetId: number): SheetState {
  const s = ws.data.spreadsheet.sheets.find((x) => x.sheetId === sheetId);
  if (!s) throw new Error('stand-in: the sheet of this object was deleted');
  return s;
}

function cellAt(s: SheetState, row: number, col: number): CellState | null {
  return s.rows[row - 1]?.[col - 1] ?? null;
}

function ensureCell(s: SheetState, row: number, col: number): CellState {
  while (s.rows.length < row) s.rows.push([]);
  const r = s.rows[row - 1] ?? (s.rows[row - 1] = []);
  while (r.length < col) r.push(null);
  let c = r[col - 1];
  if (!c) {
    c = { v: '' };
    r[col - 1] = c;
  }
  return c;
}

/** The non-value properties a new row copies from the row above. */
function inheritFormat(src: CellState | null): CellState | null {
  if (!src) return null;
  const c: CellState = { v: '' };
  if (src.fmt !== undefined) c.fmt = src.fmt;
  if (src.dv) c.dv = JSON.parse(JSON.stringify(src.dv)) as DataValidationState;
  for (const k of ['fontWeight', 'background', 'wrapStrategy', 'hAlign', 'vAlign'] as const) if (src[k] !== undefined) c[k] = src[k];
  if (src.wrap !== undefined) c.wrap = src.wrap;
  return c.fmt === undefined && !c.dv && Object.keys(c).length === 1 ? null : c;
}

function checkShape(kind: string, data: unknown, numRows: number, numCols: number): unknown[][] {
  if (!Array.isArray(data))
    throw new Error(`The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${kind}.`);
  if (data.length !== numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
    );
  }
  for (const row of data) {
    if (!Array.isArray(row))
      throw new Error(`The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.${kind}.`);
    if (row.length !== numCols) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numCols}.`,
      );
    }
  }
  return data as unknown[][];
}

// ---------------------------------------------------------------- Range

type RangeApi = Pick<
  Range,
  | 'getValues'
  | 'setValues'
  | 'getValue'
  | 'setValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormula'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getNumberFormats'
  | 'getNumberFormat'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'clearDataValidations'
  | 'setFontWeight'
  | 'setBackground'
  | 'setWrap'
  | 'setWrapStrategy'
  | 'setVerticalAlignment'
  | 'setHorizontalAlignment'
  | 'setNote'
  | 'getNote'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'getSheet'
  | 'clearContent'
  | 'offset'
  | 'getFontWeight'
  | 'getBackground'
  | 'getHeight'
  | 'getWidth'
  | 'getRowIndex'
>;

export class FakeRange extends Fake<Range> implements RangeApi {
  readonly _sheetId: number;
  readonly _row: number;
  readonly _col: number;
  readonly _numRows: number;
  readonly _numCols: number;

  constructor(ws: Workspace, sheetId: number, row: number, col: number, numRows: number, numCols: number) {
    super(ws, 'Range');
    const s = sheetOf(ws, sheetId);
    if (!Number.isInteger(row) || !Number.isInteger(col)) throw new Error('stand-in: row and column must be integers');
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (col < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > s.maxRows || col + numCols - 1 > s.maxCols) throw new Error(OUTSIDE);
    this._sheetId = sheetId;
    this._row = row;
    this._col = col;
    this._numRows = numRows;
    this._numCols = numCols;
  }

  _sheet(): SheetState {
    return sheetOf(this._ws, this._sheetId);
  }

  _map<T>(f: (c: CellState | null, r: number, c2: number) => T): T[][] {
    const s = this._sheet();
    if (this._row + this._numRows - 1 > s.maxRows || this._col + this._numCols - 1 > s.maxCols) throw new Error(OUTSIDE);
    const out: T[][] = [];
    for (let r = 0; r < this._numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this._numCols; c++) line.push(f(cellAt(s, this._row + r, this._col + c), this._row + r, this._col + c));
      out.push(line);
    }
    return out;
  }

  _each(f: (c: CellState, r: number, c2: number) => void): void {
    const s = this._sheet();
    if (this._row + this._numRows - 1 > s.maxRows || this._col + this._numCols - 1 > s.maxCols) throw new Error(OUTSIDE);
    for (let r = 0; r < this._numRows; r++) for (let c = 0; c < this._numCols; c++) f(ensureCell(s, this._row + r, this._col + c), r, c);
  }

  _write(cell: CellState, value: unknown): void {
    const st = storeValue(value, cell.fmt, this._ws.data.spreadsheet.timeZone, this._ws.now(), plainTextBehaviour(this._ws));
    cell.v = st.v;
    if (st.f === undefined) delete cell.f;
    else cell.f = st.f;
  }

  getValues(): unknown[][] {
    return this._map((c) => (c ? copyValue(this._ws, c.v) : ''));
  }
  getValue(): unknown {
    const c = cellAt(this._sheet(), this._row, this._col);
    return c ? copyValue(this._ws, c.v) : '';
  }
  setValues(values: unknown[][]): Range {
    const data = checkShape('setValues', values, this._numRows, this._numCols);
    this._each((cell, r, c) => this._write(cell, data[r][c]));
    return this._proxy;
  }
  setValue(value: unknown): Range {
    this._each((cell) => this._write(cell, value));
    return this._proxy;
  }
  getDisplayValues(): string[][] {
    const tz = this._ws.data.spreadsheet.timeZone;
    return this._map((c) => (c ? displayValue(c.v, c.fmt, tz) : ''));
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }
  getFormulas(): string[][] {
    return this._map((c) => c?.f ?? '');
  }
  getFormula(): string {
    return cellAt(this._sheet(), this._row, this._col)?.f ?? '';
  }
  setFormula(formula: string): Range {
    this._each((cell) => this._write(cell, formula.startsWith('=') ? formula : `=${formula}`));
    return this._proxy;
  }
  setNumberFormat(numberFormat: string): Range {
    this._each((cell) => {
      cell.fmt = numberFormat;
    });
    return this._proxy;
  }
  setNumberFormats(numberFormats: unknown[][]): Range {
    const data = checkShape('setNumberFormats', numberFormats, this._numRows, this._numCols);
    this._each((cell, r, c) => {
      cell.fmt = String(data[r][c]);
    });
    return this._proxy;
  }
  getNumberFormats(): string[][] {
    return this._map((c) => c?.fmt ?? '');
  }
  getNumberFormat(): string {
    return cellAt(this._sheet(), this._row, this._col)?.fmt ?? '';
  }
  setDataValidation(rule: DataValidation | null): Range {
    const st = rule === null ? null : validationState(rule);
    this._each((cell) => {
      if (st === null) delete cell.dv;
      else cell.dv = JSON.parse(JSON.stringify(st)) as DataValidationState;
    });
    return this._proxy;
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    const data = checkShape('setDataValidations', rules, this._numRows, this._numCols);
    this._each((cell, r, c) => {
      const rule: unknown = data[r][c];
      if (rule === null || rule === undefined) delete cell.dv;
      else cell.dv = validationState(rule);
    });
    return this._proxy;
  }
  getDataValidation(): DataValidation | null {
    const dv = cellAt(this._sheet(), this._row, this._col)?.dv;
    return dv ? new FakeDataValidation(this._ws, dv)._proxy : null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this._map((c) => (c?.dv ? new FakeDataValidation(this._ws, c.dv)._proxy : null));
  }
  clearDataValidations(): Range {
    this._each((cell) => {
      delete cell.dv;
    });
    return this._proxy;
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    this._each((cell) => {
      if (fontWeight === null) delete cell.fontWeight;
      else cell.fontWeight = String(fontWeight);
    });
    return this._proxy;
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return cellAt(this._sheet(), this._row, this._col)?.fontWeight === 'bold' ? 'bold' : 'normal';
  }
  setBackground(color: string | null): Range {
    this._each((cell) => {
      if (color === null) delete cell.background;
      else cell.background = color;
    });
    return this._proxy;
  }
  getBackground(): string {
    return cellAt(this._sheet(), this._row, this._col)?.background ?? '#ffffff';
  }
  setWrap(isWrapEnabled: boolean): Range {
    this._each((cell) => {
      cell.wrap = isWrapEnabled;
      cell.wrapStrategy = isWrapEnabled ? 'WRAP' : 'OVERFLOW';
    });
    return this._proxy;
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): Range {
    const name = enumName(strategy);
    this._each((cell) => {
      cell.wrapStrategy = name;
      cell.wrap = name === 'WRAP';
    });
    return this._proxy;
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    this._each((cell) => {
      if (alignment === null) delete cell.vAlign;
      else cell.vAlign = alignment;
    });
    return this._proxy;
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    this._each((cell) => {
      if (alignment === null) delete cell.hAlign;
      else cell.hAlign = alignment;
    });
    return this._proxy;
  }
  setNote(note: string | null): Range {
    this._each((cell) => {
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
    return this._proxy;
  }
  getNote(): string {
    return cellAt(this._sheet(), this._row, this._col)?.note ?? '';
  }
  getRow(): number {
    return this._row;
  }
  getRowIndex(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numCols;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }
  getHeight(): number {
    return this._numRows;
  }
  getWidth(): number {
    return this._numCols;
  }
  getA1Notation(): string {
    const a = `${columnLetter(this._col)}${this._row}`;
    if (this._numRows === 1 && this._numCols === 1) return a;
    return `${a}:${columnLetter(this.getLastColumn())}${this.getLastRow()}`;
  }
  getSheet(): Sheet {
    return new FakeSheet(this._ws, this._sheetId)._proxy;
  }
  clearContent(): Range {
    this._each((cell) => {
      cell.v = '';
      delete cell.f;
    });
    return this._proxy;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return new FakeRange(
      this._ws,
      this._sheetId,
      this._row + rowOffset,
      this._col + columnOffset,
      numRows ?? this._numRows,
      numColumns ?? this._numCols,
    )._proxy;
  }
}

// ---------------------------------------------------------------- Data validation

export const DataValidationCriteria = enumOf(
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
);

function validationState(rule: unknown): DataValidationState {
  const raw = unwrapAs(rule, FakeDataValidation);
  if (!raw) throw new Error('stand-in: setDataValidation expects a DataValidation built by SpreadsheetApp.newDataValidation()');
  return JSON.parse(JSON.stringify(raw._state)) as DataValidationState;
}

export class FakeDataValidation
  extends Fake<DataValidation>
  implements Pick<DataValidation, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'>
{
  readonly _state: DataValidationState;
  constructor(ws: Workspace, state: DataValidationState) {
    super(ws, 'DataValidation');
    this._state = JSON.parse(JSON.stringify(state)) as DataValidationState;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this._state.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    if (this._state.criteria === 'VALUE_IN_RANGE') {
      const [ref, dropdown] = this._state.values as [{ sheet: string; a1: string }, boolean];
      const s = this._ws.data.spreadsheet.sheets.find((x) => x.name === ref.sheet);
      if (!s) throw new Error(`stand-in: validation range sheet ${ref.sheet} no longer exists`);
      const p = parseA1(ref.a1, s.maxRows, s.maxCols);
      return [new FakeRange(this._ws, s.sheetId, p.row, p.col, p.numRows, p.numCols)._proxy, dropdown];
    }
    return JSON.parse(JSON.stringify(this._state.values)) as unknown[];
  }
  getAllowInvalid(): boolean {
    return this._state.allowInvalid;
  }
  getHelpText(): string {
    return this._state.helpText;
  }
  copy(): DataValidationBuilder {
    return new FakeDataValidationBuilder(this._ws, this._state)._proxy;
  }
}

type BuilderApi = Pick<
  DataValidationBuilder,
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'requireNumberBetween'
  | 'requireDate'
  | 'requireCheckbox'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'build'
>;

export class FakeDataValidationBuilder extends Fake<DataValidationBuilder> implements BuilderApi {
  _state: DataValidationState | null;
  _allowInvalid = true;
  _helpText = '';
  constructor(ws: Workspace, from?: DataValidationState) {
    super(ws, 'DataValidationBuilder');
    this._state = from ? (JSON.parse(JSON.stringify(from)) as DataValidationState) : null;
    if (from) {
      this._allowInvalid = from.allowInvalid;
      this._helpText = from.helpText;
    }
  }
  _set(criteria: CriteriaType, values: unknown[]): DataValidationBuilder {
    this._state = { criteria, values, allowInvalid: this._allowInvalid, helpText: this._helpText };
    return this._proxy;
  }
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilder {
    if (!Array.isArray(values))
      throw new Error("The parameters don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.");
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown ?? true]);
  }
  requireValueInRange(range: Range, showDropdown?: boolean): DataValidationBuilder {
    const raw = unwrapAs(range, FakeRange);
    if (!raw) throw new Error('stand-in: requireValueInRange expects a Range');
    const sheetName = raw._sheet().name;
    return this._set('VALUE_IN_RANGE', [{ sheet: sheetName, a1: raw.getA1Notation() }, showDropdown ?? true]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireDate(): DataValidationBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireCheckbox(): DataValidationBuilder {
    return this._set('CHECKBOX', []);
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this._allowInvalid = allowInvalidData;
    if (this._state) this._state.allowInvalid = allowInvalidData;
    return this._proxy;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this._helpText = helpText;
    if (this._state) this._state.helpText = helpText;
    return this._proxy;
  }
  build(): DataValidation {
    if (!this._state) throw new Error('You must specify a criteria type for data validation rules.');
    return new FakeDataValidation(this._ws, this._state)._proxy;
  }
}

// ---------------------------------------------------------------- Sheet

type SheetApi = Pick<
  Sheet,
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'getRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertColumnsAfter'
  | 'insertRowsAfter'
  | 'appendRow'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'hideSheet'
  | 'showSheet'
  | 'hideColumns'
  | 'showColumns'
  | 'isColumnHiddenByUser'
  | 'isSheetHidden'
  | 'setTabColor'
  | 'getTabColor'
  | 'autoResizeColumns'
  | 'getParent'
  | 'activate'
>;

export class FakeSheet extends Fake<Sheet> implements SheetApi {
  readonly _sheetId: number;
  constructor(ws: Workspace, sheetId: number) {
    super(ws, 'Sheet');
    this._sheetId = sheetId;
  }
  _s(): SheetState {
    return sheetOf(this._ws, this._sheetId);
  }
  getName(): string {
    return this._s().name;
  }
  setName(name: string): Sheet {
    const ss = this._ws.data.spreadsheet;
    if (ss.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase() && x.sheetId !== this._sheetId)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this._s().name = name;
    return this._proxy;
  }
  getSheetId(): number {
    return this._sheetId;
  }
  getIndex(): number {
    return this._ws.data.spreadsheet.sheets.findIndex((x) => x.sheetId === this._sheetId) + 1;
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    const s = this._s();
    if (typeof a === 'string') {
      const p = parseA1(a, s.maxRows, s.maxCols);
      if (p.sheet !== undefined && p.sheet !== s.name) throw new Error('Range not found');
      return new FakeRange(this._ws, this._sheetId, p.row, p.col, p.numRows, p.numCols)._proxy;
    }
    if (column === undefined)
      throw new Error("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return new FakeRange(this._ws, this._sheetId, a, column, numRows ?? 1, numColumns ?? 1)._proxy;
  }
  getDataRange(): Range {
    const { row, col } = lastRowCol(this._s());
    return new FakeRange(this._ws, this._sheetId, 1, 1, Math.max(row, 1), Math.max(col, 1))._proxy;
  }
  getLastRow(): number {
    return lastRowCol(this._s()).row;
  }
  getLastColumn(): number {
    return lastRowCol(this._s()).col;
  }
  getMaxRows(): number {
    return this._s().maxRows;
  }
  getMaxColumns(): number {
    return this._s().maxCols;
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    const s = this._s();
    if (afterPosition < 1 || afterPosition > s.maxRows) throw new Error(OUTSIDE);
    if (howMany < 1) throw new Error('The number of rows to insert must be at least 1.');
    while (s.rows.length < afterPosition) s.rows.push([]);
    const above = s.rows[afterPosition - 1] ?? [];
    const fresh: (CellState | null)[][] = [];
    for (let i = 0; i < howMany; i++) fresh.push(above.map(inheritFormat));
    s.rows.splice(afterPosition, 0, ...fresh);
    s.maxRows += howMany;
    return this._proxy;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    const s = this._s();
    if (afterPosition < 1 || afterPosition > s.maxCols) throw new Error(OUTSIDE);
    if (howMany < 1) throw new Error('The number of columns to insert must be at least 1.');
    for (const r of s.rows) {
      if (!r || r.length < afterPosition) continue;
      const left = r[afterPosition - 1] ?? null;
      const fresh: (CellState | null)[] = [];
      for (let i = 0; i < howMany; i++) fresh.push(inheritFormat(left));
      r.splice(afterPosition, 0, ...fresh);
    }
    const widths: Record<string, number> = {};
    for (const [k, w] of Object.entries(s.columnWidths)) widths[String(Number(k) > afterPosition ? Number(k) + howMany : Number(k))] = w;
    s.columnWidths = widths;
    if (s.hiddenColumns) s.hiddenColumns = s.hiddenColumns.map((c) => (c > afterPosition ? c + howMany : c));
    s.maxCols += howMany;
    return this._proxy;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideColumns(Integer,Integer) */
  hideColumns(columnIndex: number, numColumns = 1): void {
    const s = this._s();
    if (columnIndex < 1 || numColumns < 1 || columnIndex + numColumns - 1 > s.maxCols) throw new Error(OUTSIDE);
    const hidden = new Set(s.hiddenColumns ?? []);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) hidden.add(c);
    s.hiddenColumns = [...hidden].sort((a, b) => a - b);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    const s = this._s();
    if (columnIndex < 1 || numColumns < 1 || columnIndex + numColumns - 1 > s.maxCols) throw new Error(OUTSIDE);
    s.hiddenColumns = (s.hiddenColumns ?? []).filter((c) => c < columnIndex || c >= columnIndex + numColumns);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return (this._s().hiddenColumns ?? []).includes(columnPosition);
  }
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const s = this._s();
    const row = lastRowCol(s).row + 1;
    if (row > s.maxRows) {
      const above = s.rows[s.maxRows - 1] ?? [];
      while (s.rows.length < s.maxRows) s.rows.push([]);
      s.rows.push(above.map(inheritFormat));
      s.maxRows = row;
    }
    if (rowContents.length > s.maxCols) s.maxCols = rowContents.length;
    const tz = this._ws.data.spreadsheet.timeZone;
    rowContents.forEach((value, i) => {
      const cell = ensureCell(s, row, i + 1);
      const st = storeValue(value, cell.fmt, tz, this._ws.now(), plainTextBehaviour(this._ws));
      cell.v = st.v;
      if (st.f === undefined) delete cell.f;
      else cell.f = st.f;
    });
    return this._proxy;
  }
  setFrozenRows(rows: number): void {
    const s = this._s();
    if (rows < 0 || rows > s.maxRows) throw new Error(OUTSIDE);
    s.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._s().frozenRows;
  }
  setFrozenColumns(columns: number): void {
    const s = this._s();
    if (columns < 0 || columns > s.maxCols) throw new Error(OUTSIDE);
    s.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._s().frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    const s = this._s();
    if (columnPosition < 1 || columnPosition > s.maxCols) throw new Error(OUTSIDE);
    s.columnWidths[String(columnPosition)] = width;
    return this._proxy;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    const s = this._s();
    if (startColumn < 1 || startColumn + numColumns - 1 > s.maxCols) throw new Error(OUTSIDE);
    for (let c = startColumn; c < startColumn + numColumns; c++) s.columnWidths[String(c)] = width;
    return this._proxy;
  }
  getColumnWidth(columnPosition: number): number {
    return this._s().columnWidths[String(columnPosition)] ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    const s = this._s();
    if (startColumn < 1 || startColumn + numColumns - 1 > s.maxCols) throw new Error(OUTSIDE);
    for (let c = startColumn; c < startColumn + numColumns; c++) delete s.columnWidths[String(c)];
    return this._proxy;
  }
  hideSheet(): Sheet {
    const ss = this._ws.data.spreadsheet;
    const visible = ss.sheets.filter((x) => !x.hidden && x.sheetId !== this._sheetId);
    if (visible.length === 0) throw new Error("You can't hide all the sheets in a document.");
    this._s().hidden = true;
    return this._proxy;
  }
  showSheet(): Sheet {
    this._s().hidden = false;
    return this._proxy;
  }
  isSheetHidden(): boolean {
    return this._s().hidden;
  }
  setTabColor(color: string | null): Sheet {
    this._s().tabColor = color;
    return this._proxy;
  }
  getTabColor(): string | null {
    return this._s().tabColor;
  }
  getParent(): Spreadsheet {
    return new FakeSpreadsheet(this._ws)._proxy;
  }
  activate(): Sheet {
    const ss = this._ws.data.spreadsheet;
    ss.activeSheet = ss.sheets.findIndex((x) => x.sheetId === this._sheetId);
    return this._proxy;
  }
}

// ---------------------------------------------------------------- Spreadsheet

type SpreadsheetApi = Pick<
  Spreadsheet,
  | 'getId'
  | 'getName'
  | 'rename'
  | 'getUrl'
  | 'getSheetByName'
  | 'getSheets'
  | 'insertSheet'
  | 'getSpreadsheetTimeZone'
  | 'toast'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getSheetById'
  | 'deleteSheet'
  | 'getRange'
>;

export class FakeSpreadsheet extends Fake<Spreadsheet> implements SpreadsheetApi {
  constructor(ws: Workspace) {
    super(ws, 'Spreadsheet');
  }
  getId(): string {
    return this._ws.data.spreadsheet.id;
  }
  getName(): string {
    return this._ws.data.spreadsheet.name;
  }
  rename(newName: string): void {
    this._ws.data.spreadsheet.name = newName;
    const f = this._ws.drive.files[this.getId()];
    if (f) f.name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.getId()}/edit`;
  }
  getSheetByName(name: string): Sheet | null {
    const s = this._ws.data.spreadsheet.sheets.find((x) => x.name === name);
    return s ? new FakeSheet(this._ws, s.sheetId)._proxy : null;
  }
  getSheetById(id: number): Sheet | null {
    const s = this._ws.data.spreadsheet.sheets.find((x) => x.sheetId === id);
    return s ? new FakeSheet(this._ws, s.sheetId)._proxy : null;
  }
  getSheets(): Sheet[] {
    return this._ws.data.spreadsheet.sheets.map((s) => new FakeSheet(this._ws, s.sheetId)._proxy);
  }
  getActiveSheet(): Sheet {
    const ss = this._ws.data.spreadsheet;
    const s = ss.sheets[ss.activeSheet] ?? ss.sheets[0];
    return new FakeSheet(this._ws, s.sheetId)._proxy;
  }
  setActiveSheet(sheet: Sheet): Sheet {
    const raw = unwrapAs(sheet, FakeSheet);
    if (!raw) throw new Error('stand-in: setActiveSheet expects a Sheet');
    raw.activate();
    return sheet;
  }
  getRange(a1Notation: string): Range {
    const ss = this._ws.data.spreadsheet;
    const p = parseA1(a1Notation, 1e9, 1e9);
    const s = p.sheet === undefined ? (ss.sheets[ss.activeSheet] ?? ss.sheets[0]) : ss.sheets.find((x) => x.name === p.sheet);
    if (!s) throw new Error('Range not found');
    return new FakeSheet(this._ws, s.sheetId).getRange(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }
  /** insertSheet(), insertSheet(name), insertSheet(name, index), insertSheet(index): options are not supported. */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): Sheet {
    if ((typeof a === 'object' && a !== null) || (typeof b === 'object' && b !== null) || c !== undefined) {
      throw new Error('stand-in: Spreadsheet.insertSheet with options (template) is not implemented');
    }
    const ss = this._ws.data.spreadsheet;
    let name: string;
    let index: number | undefined;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else {
      if (typeof a === 'number') index = a;
      let n = ss.sheets.length + 1;
      while (ss.sheets.some((x) => x.name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (ss.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const st = newSheetState(this._ws.nextSheetId(), name);
    const at = index === undefined ? Math.min(ss.activeSheet + 1, ss.sheets.length) : Math.max(0, Math.min(index, ss.sheets.length));
    ss.sheets.splice(at, 0, st);
    ss.activeSheet = at;
    return new FakeSheet(this._ws, st.sheetId)._proxy;
  }
  deleteSheet(sheet: Sheet): void {
    const raw = unwrapAs(sheet, FakeSheet);
    if (!raw) throw new Error('stand-in: deleteSheet expects a Sheet');
    const ss = this._ws.data.spreadsheet;
    if (ss.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    ss.sheets = ss.sheets.filter((x) => x.sheetId !== raw._sheetId);
    ss.activeSheet = Math.min(ss.activeSheet, ss.sheets.length - 1);
  }
  getSpreadsheetTimeZone(): string {
    return this._ws.data.spreadsheet.timeZone;
  }
  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this._ws.ui.shown.push({ kind: 'toast', title: title ?? '', content: String(msg) });
  }
}

// ---------------------------------------------------------------- Ui and Menu

export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');
export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');

export class FakeMenu
  extends Fake<GoogleAppsScript.Base.Menu>
  implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  readonly _title: string;
  readonly _addon: boolean;
  readonly _items: MenuEntry[] = [];
  constructor(ws: Workspace, title: string, addon: boolean) {
    super(ws, 'Menu');
    this._title = title;
    this._addon = addon;
  }
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this._items.push({ kind: 'item', caption, functionName });
    return this._proxy;
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this._items.push({ kind: 'separator' });
    return this._proxy;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    const raw = unwrapAs(menu, FakeMenu);
    if (!raw) throw new Error('stand-in: addSubMenu expects a Menu');
    this._items.push({ kind: 'submenu', title: raw._title, items: JSON.parse(JSON.stringify(raw._items)) as MenuEntry[] });
    return this._proxy;
  }
  addToUi(): void {
    const menus = this._ws.ui.menus;
    const rec = { title: this._title, addon: this._addon, items: JSON.parse(JSON.stringify(this._items)) as MenuEntry[] };
    const i = menus.findIndex((m) => m.title === rec.title && m.addon === rec.addon);
    if (i >= 0) menus[i] = rec;
    else menus.push(rec);
  }
}

export class FakePromptResponse
  extends Fake<GoogleAppsScript.Base.PromptResponse>
  implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  constructor(
    ws: Workspace,
    readonly _text: string,
    readonly _button: string,
  ) {
    super(ws, 'PromptResponse');
  }
  getResponseText(): string {
    return this._text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this._button as unknown as GoogleAppsScript.Base.Button;
  }
}

function htmlOf(out: unknown): FakeHtmlOutput {
  const raw = unwrapAs(out, FakeHtmlOutput);
  if (!raw) throw new Error('stand-in: expected an HtmlOutput from HtmlService');
  return raw;
}

type UiApi = Pick<
  GoogleAppsScript.Base.Ui,
  'createMenu' | 'createAddonMenu' | 'alert' | 'prompt' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
>;

export class FakeUi extends Fake<GoogleAppsScript.Base.Ui> implements UiApi {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  constructor(ws: Workspace) {
    super(ws, 'Ui');
  }
  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return new FakeMenu(this._ws, caption, false)._proxy;
  }
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return new FakeMenu(this._ws, '(add-on)', true)._proxy;
  }
  _args(a: unknown, b: unknown, c: unknown): { title: string; prompt: string; buttons: string } {
    if (c !== undefined) return { title: String(a), prompt: String(b), buttons: enumName(c) };
    if (b !== undefined) return { title: '', prompt: String(a), buttons: enumName(b) };
    return { title: '', prompt: String(a), buttons: 'OK' };
  }
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    const { title, prompt, buttons } = this._args(a, b, c);
    const ui = this._ws.ui;
    const response = ui.nextAlertResponse ?? (buttons.startsWith('YES') ? 'YES' : 'OK');
    ui.nextAlertResponse = null;
    ui.shown.push({ kind: 'alert', title, content: prompt, response });
    return response as unknown as GoogleAppsScript.Base.Button;
  }
  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    const { title, prompt, buttons } = this._args(a, b, c);
    const ui = this._ws.ui;
    const r = ui.nextPromptResponse ?? { text: '', button: buttons.startsWith('YES') ? 'YES' : 'OK' };
    ui.nextPromptResponse = null;
    ui.shown.push({ kind: 'prompt', title, content: prompt, response: r.button });
    return new FakePromptResponse(this._ws, r.text, r.button)._proxy;
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const h = htmlOf(userInterface);
    this._ws.ui.shown.push({ kind: 'sidebar', title: h._title, content: h._content, width: h._width, height: h._height });
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const h = htmlOf(userInterface);
    this._ws.ui.shown.push({ kind: 'modalDialog', title, content: h._content, width: h._width, height: h._height });
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const h = htmlOf(userInterface);
    this._ws.ui.shown.push({ kind: 'modelessDialog', title, content: h._content, width: h._width, height: h._height });
  }
}

// ---------------------------------------------------------------- SpreadsheetApp

type AppApi = Pick<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  'getActiveSpreadsheet' | 'getActive' | 'getUi' | 'newDataValidation' | 'flush' | 'getActiveSheet'
>;

export class FakeSpreadsheetApp extends Fake<GoogleAppsScript.Spreadsheet.SpreadsheetApp> implements AppApi {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
  readonly BorderStyle = enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
  constructor(ws: Workspace) {
    super(ws, 'SpreadsheetApp');
  }
  getActiveSpreadsheet(): Spreadsheet {
    return new FakeSpreadsheet(this._ws)._proxy;
  }
  getActive(): Spreadsheet {
    return new FakeSpreadsheet(this._ws)._proxy;
  }
  getActiveSheet(): Sheet {
    return new FakeSpreadsheet(this._ws).getActiveSheet();
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return new FakeUi(this._ws)._proxy;
  }
  newDataValidation(): DataValidationBuilder {
    return new FakeDataValidationBuilder(this._ws)._proxy;
  }
  flush(): void {
    /* writes are immediate in the stand-in */
  }
}
