/** Builds sheet contents (as getValues() returns them) from readable records, for tests and seeds. */
import type { Cell, RawSheet, RawWorkbook } from '../../src/core/read-workbook';
import { SHEET } from '../../src/core/labels';
import { MEASURE_COLUMNS, PROGRESS_COLUMNS, SETTINGS_ROWS, UNIT_COLUMNS, type MeasureKey, type ProgressKey } from '../../src/core/schema';

export type Row<K extends string> = Partial<Record<K, Cell>>;

function table(defs: readonly { key: string; header: string }[], rows: Row<string>[]): Cell[][] {
  return [defs.map((d) => d.header), ...rows.map((r) => defs.map((d) => r[d.key] ?? ''))];
}

export function measureRows(rows: Row<MeasureKey>[]): Cell[][] {
  return table(MEASURE_COLUMNS, rows);
}

export function progressRows(rows: Row<ProgressKey>[]): Cell[][] {
  return table(PROGRESS_COLUMNS, rows);
}

export function unitRows(units: string[]): Cell[][] {
  return table(
    UNIT_COLUMNS,
    units.map((name) => ({ name })),
  );
}

/** Settings sheet rows: header, then [label, value, hint] for every setting (values by key). */
export function settingsRows(values: Record<string, Cell>): Cell[][] {
  return [['รายการ', 'ค่า', 'คำอธิบาย'], ...SETTINGS_ROWS.map((d) => [d.label, values[d.key] ?? d.defaultValue, d.hint])];
}

export function raw(values: Cell[][]): RawSheet {
  return { values, formulas: values.map((r) => r.map(() => '')) };
}

export interface SheetData {
  settings: Cell[][];
  measures: Cell[][];
  progress: Cell[][];
  units: Cell[][];
}

export function rawWorkbook(d: SheetData): RawWorkbook {
  return {
    [SHEET.settings]: raw(d.settings),
    [SHEET.measures]: raw(d.measures),
    [SHEET.progress]: raw(d.progress),
    [SHEET.units]: raw(d.units),
  };
}
