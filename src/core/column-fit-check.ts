/**
 * The column-width warning's data and the one sum the dialog does with it; no other imports, so
 * the dialog's bundle stays small (column-fit.ts computes the data on the server).
 */
import type { ColumnKey } from './presets';

export interface ColumnFit {
  /** Preset IDs whose columns' minimums exceed the page. */
  tooNarrowPresets: string[];
  /** Points available for the table. */
  width: number;
  /** Each custom column's minimum in points, with its catalog header. */
  customMinimums: Partial<Record<ColumnKey, number>>;
}

/** Whether a custom choice of columns is too narrow, from the minimums above. */
export function customTooNarrow(fit: ColumnFit, keys: readonly ColumnKey[]): boolean {
  if (!fit.width) return false;
  return keys.reduce((a, k) => a + (fit.customMinimums[k] ?? 0), 0) > fit.width + 0.05;
}
