/**
 * What the สร้างรายงาน dialog shows when it opens, in one round trip: the choices come from
 * PRESETS and COLUMN_CATALOG, and the reports already made from the report-files listing, keyed
 * by reportDocKey, so the dialog's "will update the existing file" note cannot disagree with the job.
 */
import { currentRound, fiscalYearOf, type FiscalRound } from '../core/fiscal';
import { CUSTOM_PRESET_LABEL, ROUND_LABEL } from '../core/labels';
import { describeProblem } from '../core/problems';
import { COLUMN_CATALOG, CUSTOM_PRESET_ID, customPreset, findPreset, PRESETS, type ColumnKey } from '../core/presets';
import { readWorkbook } from '../core/read-workbook';
import type { ReportKind } from '../core/report-key';
import { existingReports } from './report-files';
import { readRawWorkbook } from './sheet-repository';
import { staleReportsNow, type StaleReport } from './report-staleness';
import { columnFit } from '../core/column-fit';
import type { ColumnFit } from '../core/column-fit-check';

export interface ReportDialogData {
  fiscalYears: number[];
  defaultYear: number;
  rounds: { id: FiscalRound; label: string }[];
  defaultRound: FiscalRound;
  /** Every preset, then the custom choice; `kind` says which report key it writes (a plan has one per year). */
  presets: { id: string; name: string; kind: ReportKind }[];
  defaultPreset: string;
  customPresetId: string;
  /** The settings' custom columns, parsed once here. */
  customColumns: ColumnKey[];
  columnChoices: { key: ColumnKey; label: string }[];
  memoDefault: boolean;
  /** Reports already made, by reportDocKey ("2568.H1", "2568.plan"), so the dialog can say it will update them. */
  existing: Record<string, boolean>;
  /** Reports made before the data changed, each with the request that regenerates it. */
  stale: StaleReport[];
  problems: string[];
  /** Presets (and custom columns) too many for A4 landscape with this year's text: the dialog warns. */
  columnFit: ColumnFit;
}

const MAX_LISTED = 30;

export function reportDialogData(now: Date = new Date()): ReportDialogData {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { workbook, problems } = readWorkbook(readRawWorkbook(ss));
  const s = workbook.settings;
  const years = new Set(workbook.measures.map((m) => m.fiscalYear).filter((y) => y > 0));
  const defaultYear = s.fiscalYear || fiscalYearOf(now);
  years.add(defaultYear);
  const custom = customPreset(s.customColumns).preset;
  const existing: Record<string, boolean> = {};
  for (const key of Object.keys(existingReports(PropertiesService.getDocumentProperties()))) existing[key] = true;
  return {
    fiscalYears: [...years].sort((a, b) => b - a),
    defaultYear,
    rounds: (Object.keys(ROUND_LABEL) as FiscalRound[]).map((id) => ({ id, label: ROUND_LABEL[id] })),
    defaultRound: currentRound(now),
    presets: [
      // The plan (002) has its own menu item, ITA › สร้างแผนมาตรการ… (issue 11).
      ...PRESETS.filter((p) => p.kind !== 'plan').map((p) => ({ id: p.id, name: `${p.id} — ${p.name}`, kind: p.kind })),
      { id: CUSTOM_PRESET_ID, name: CUSTOM_PRESET_LABEL, kind: custom.kind },
    ],
    defaultPreset: s.defaultPreset && findPreset(s.defaultPreset)?.kind !== 'plan' ? s.defaultPreset : '001',
    customPresetId: CUSTOM_PRESET_ID,
    customColumns: custom.columns.map((c) => c.key),
    columnChoices: (Object.keys(COLUMN_CATALOG) as ColumnKey[]).map((key) => ({ key, label: COLUMN_CATALOG[key].label })),
    memoDefault: s.memo.enabled,
    existing,
    stale: problems.length ? [] : staleReportsNow(ss, workbook, now),
    problems: problems.slice(0, MAX_LISTED).map(describeProblem),
    columnFit: columnFit(workbook, defaultYear, currentRound(now), now),
  };
}
