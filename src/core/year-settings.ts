/** ค่ากำหนดรายปี read into one record per fiscal year (what the ITAS entry and, later, the scoring need). */
import { isWebLink, parseYear, parseYesNo } from './cells';
import { isBlank, mapColumns, type RawSheet } from './read-workbook';
import { YEAR_SETTING_COLUMNS } from './schema';

export interface YearSetting {
  fiscalYear: number;
  planItem: string;
  reportItem: string;
  /** Web links only; anything else in the cell is treated as not filled in. */
  planUrl: string;
  reportUrl: string;
  /** Part 4 of the plan (issue 11): the agency's limits and the suggestions, one item per line. */
  planLimits: string;
  planSuggestions: string;
  /** The coordinator closed the year: the sidebar no longer takes its results. */
  closed: boolean;
}

/** By fiscal year; a row without a valid year is skipped (the sheet is advisory, never blocks a report). */
export function readYearSettings(raw: RawSheet | null | undefined): Map<number, YearSetting> {
  const out = new Map<number, YearSetting>();
  if (!raw || !raw.values.length) return out;
  const { index } = mapColumns(raw.values[0], YEAR_SETTING_COLUMNS);
  const cell = (row: readonly unknown[], i: number): string => (i < 0 || isBlank(row[i]) ? '' : String(row[i]).trim());
  const link = (s: string): string => (isWebLink(s) ? s : '');
  for (const row of raw.values.slice(1)) {
    const year = index.fiscalYear < 0 ? null : parseYear(row[index.fiscalYear]);
    if (year === null || out.has(year)) continue;
    out.set(year, {
      fiscalYear: year,
      planItem: cell(row, index.planItem).toUpperCase(),
      reportItem: cell(row, index.reportItem).toUpperCase(),
      planUrl: link(cell(row, index.planUrl)),
      reportUrl: link(cell(row, index.reportUrl)),
      planLimits: cell(row, index.planLimits),
      planSuggestions: cell(row, index.planSuggestions),
      closed: index.closed >= 0 && parseYesNo(row[index.closed]) === true,
    });
  }
  return out;
}
