/**
 * ITA › สร้างแผนมาตรการ…: the plan document of the settings' fiscal year, made by the report job
 * with preset 002 — so it is the same `YEAR.plan` Doc (a plan made from the report dialog before
 * is upgraded in place, same ID) with the same PDF, log and ITAS entry as every report. The ITA
 * result's problems (a typed score that disagrees with the computed one) are listed, not blocking.
 */
import { fill, MENU, PLAN_JOB_TEXT, SHEET } from '../core/labels';
import { readItaFromSheets } from '../core/ita-result';
import { describeProblem } from '../core/problems';
import { analysisPrefillRows } from '../core/ita-analysis';
import { mapColumns, readSettings, readWorkbook, type Cell } from '../core/read-workbook';
import { ITA_ANALYSIS_COLUMNS } from '../core/schema';
import { withDocumentLock } from './lock';
import { generateReport, type GenerateResult } from './report-job';
import { appendRowCells } from './sheet-writer';
import { readRawWorkbook, readSheet } from './sheet-repository';

export const PLAN_PRESET_ID = '002';

export type PlanResult = GenerateResult & { warnings: string[] };

/** The ITA result's problems, each naming sheet, row and column (two whole-range reads). */
function itaWarnings(): string[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const read = (name: string) => {
    const sheet = ss.getSheetByName(name);
    return sheet ? readSheet(sheet) : null;
  };
  return readItaFromSheets(read(SHEET.itaResults), read(SHEET.yearSettings)).problems.map(describeProblem);
}

/**
 * Adds a row to การวิเคราะห์ผล ITA, pre-filled with the computed facts, for each analysis heading of
 * the year that has none (typed rows are never touched); text goes in through sheet-writer.
 */
function prefillAnalysis(year: number): void {
  withDocumentLock(
    30000,
    () => undefined,
    () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.getSheetByName(SHEET.itaAnalysis);
      if (!sheet) return;
      const { workbook } = readWorkbook(readRawWorkbook(ss));
      const rows = analysisPrefillRows(workbook, year);
      if (!rows.length) return;
      const width = sheet.getLastColumn();
      const map = mapColumns(sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[], ITA_ANALYSIS_COLUMNS);
      for (const r of rows) appendRowCells(sheet, width, map, r);
    },
  );
}

export function generatePlan(fiscalYear?: number): PlanResult {
  const year = fiscalYear ?? settingsYear();
  if (!year) return { ok: false, message: PLAN_JOB_TEXT.noYear, problems: [], offerPicker: false, warnings: [] };
  prefillAnalysis(year);
  const result = generateReport({ fiscalYear: year, round: 'FY', presetId: PLAN_PRESET_ID, includeMemo: false });
  return { ...result, warnings: itaWarnings() };
}

function settingsYear(): number {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.settings);
  return sheet ? readSettings(readSheet(sheet), []).fiscalYear : 0;
}

/** The alert's text: the link (or what stopped it), then the ITA result's problems. */
export function planMessage(r: PlanResult): string {
  const lines = r.ok
    ? [
        fill(PLAN_JOB_TEXT.done, { name: r.name }),
        r.url,
        ...(r.pdf ? [fill(PLAN_JOB_TEXT.pdf, { url: r.pdf.url })] : []),
        r.itas.line,
        ...r.itas.hints,
        ...r.notes,
      ]
    : [r.message, ...r.problems];
  if (r.warnings.length) lines.push('', PLAN_JOB_TEXT.warnings, ...r.warnings);
  return lines.join('\n');
}

export function planFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(MENU.plan, planMessage(generatePlan()), ui.ButtonSet.OK);
}
