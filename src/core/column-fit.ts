/**
 * What the สร้างรายงาน dialog needs to warn, before generating, that a table's columns cannot all be
 * as wide as their longest words on A4 landscape (column-widths.ts): which presets are too narrow
 * for this year's text, and each custom column's minimum so the dialog can add up any choice.
 */
import type { FiscalRound } from './fiscal';
import type { Workbook } from './model';
import { COLUMN_CATALOG, customPreset, PRESETS } from './presets';
import { buildReportContent } from './report-content';
import { buildReportLayout, type LayoutTable, type ReportLayout } from './report-layout';
import { measuresForYear } from './measure-scope';
import type { ColumnFit } from './column-fit-check';

export type { ColumnFit } from './column-fit-check';
export { customTooNarrow } from './column-fit-check';

function measuresTable(layout: ReportLayout): LayoutTable | undefined {
  return layout.sections.flatMap((s) => s.blocks).find((b): b is LayoutTable => b.kind === 'table' && b.role === 'measures');
}

export function columnFit(workbook: Workbook, fiscalYear: number, round: FiscalRound, today: Date): ColumnFit {
  const fit: ColumnFit = { tooNarrowPresets: [], width: 0, customMinimums: {} };
  if (!measuresForYear(workbook.measures, fiscalYear).length) return fit;
  const layoutFor = (preset: (typeof PRESETS)[number]): ReportLayout =>
    buildReportLayout(buildReportContent(workbook, { fiscalYear, round, preset, includeMemo: false, today }), {
      thaiDigits: workbook.settings.thaiDigits,
    });
  for (const preset of PRESETS) if (layoutFor(preset).tooNarrow) fit.tooNarrowPresets.push(preset.id);
  const all = customPreset(Object.keys(COLUMN_CATALOG)).preset;
  const table = measuresTable(layoutFor(all));
  if (table?.columnKeys && table.minimums) {
    fit.width = table.widths.reduce((a, b) => a + b, 0);
    table.columnKeys.forEach((k, i) => (fit.customMinimums[k] = table.minimums![i]));
  }
  return fit;
}
