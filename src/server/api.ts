/**
 * The whole server contract in one file: every function Apps Script calls — menu callbacks,
 * triggers, and google.script.run targets — and nothing else. The build makes each export a
 * top-level function of the deployed script; the client types its calls from `typeof` this module.
 */
import type { ColumnKey } from '../core/presets';
import type { SelfCheckReport } from '../core/self-check';
import type { MeasureSave, MeasureView, ProgressSave, ProgressView, SaveResult, TrackerData } from '../core/tracker';
import { buildMenu, showDialog, showSidebar } from './menu';
import * as picker from './picker-service';
import type { AdoptResult, NewFolderResult, PickerConfig } from './picker-service';
import { reportDialogData, type ReportDialogData } from './report-dialog-service';
import { generateReport as runGenerate, type GenerateRequest, type GenerateResult } from './report-job';
import { runSelfCheck as runChecks } from './self-check';
import { setupFromMenu } from './setup-service';
import { planFromMenu } from './plan-job';
import {
  newYearDialogData,
  startNewYear as runNewYear,
  type NewYearDialogData,
  type NewYearRequest,
  type NewYearResult,
} from './new-year-service';
import * as tracker from './tracker-service';

export type {
  AdoptResult,
  ColumnKey,
  NewFolderResult,
  GenerateRequest,
  GenerateResult,
  MeasureSave,
  MeasureView,
  PickerConfig,
  ProgressSave,
  ProgressView,
  ReportDialogData,
  SaveResult,
  SelfCheckReport,
  TrackerData,
};

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuSetupSheets(): void {
  setupFromMenu();
}

export function menuGenerateReport(): void {
  showDialog('report');
}

/** ITA › เลือกโฟลเดอร์/ไฟล์รายงานใน Google Drive…: the Google Picker in its own modal dialog. */
export function menuAdoptReportFiles(): void {
  showDialog('picker');
}

/** The Picker's key, project number, token and the recorded files to pre-filter on. */
export function getPickerConfig(): PickerConfig {
  return picker.pickerConfig();
}

/** The IDs picked in the Picker, each confirmed with Drive.Files.get. */
export function adoptPickedFiles(ids: string[]): AdoptResult {
  return picker.adoptPickedFiles(ids);
}

/** The explicit choice to start a new report folder (never made by adoption or generation). */
export function startNewReportFolder(): NewFolderResult {
  return picker.startNewReportFolder();
}

/** ITA › ตรวจสอบการเชื่อมต่อกับ Google: the checklist dialog; it calls runSelfCheck when it opens. */
export function menuSelfCheck(): void {
  showDialog('selfCheck');
}

/** Runs every platform check on scratch objects it removes afterwards. */
export function runSelfCheck(): SelfCheckReport {
  return runChecks();
}

export function menuOpenSidebar(): void {
  showSidebar();
}

/** What the report dialog shows when it opens: one round trip. */
export function getReportDialogData(): ReportDialogData {
  return reportDialogData();
}

/** ITA › สร้างแผนมาตรการ…: the plan of the settings' fiscal year (preset 002), then an alert with its link. */
export function menuGeneratePlan(): void {
  planFromMenu();
}

/** ITA › เริ่มปีงบประมาณใหม่: the dialog; it calls getNewYearDialogData, then startNewYear. */
export function menuNewYear(): void {
  showDialog('newYear');
}

export function getNewYearDialogData(): NewYearDialogData {
  return newYearDialogData();
}

/** Carries the chosen measures into the next fiscal year (under the document lock). */
export function startNewYear(req: NewYearRequest): NewYearResult {
  return runNewYear(req);
}

/** สร้างรายงาน, called by the report dialog. */
export function generateReport(req: GenerateRequest): GenerateResult {
  return runGenerate(req);
}

// ---- The sidebar (แถบติดตามมาตรการ) ----

/** Everything the sidebar shows, in one round trip. */
export function getTrackerData(fiscalYear?: number): TrackerData {
  return tracker.loadTracker(fiscalYear);
}

export function getMeasure(id: string): MeasureView | null {
  return tracker.loadMeasure(id);
}

export function searchMeasures(fiscalYear: number, query: string): string[] {
  return tracker.searchMeasureTexts(fiscalYear, query);
}

export function saveProgress(input: ProgressSave): SaveResult<ProgressView> {
  return tracker.saveProgressEntry(input);
}

export function saveMeasure(input: MeasureSave): SaveResult<MeasureView> {
  return tracker.saveMeasureRow(input);
}

export function archiveMeasure(id: string, archived: boolean, baseVersion: number, baseFingerprint: string): SaveResult<MeasureView> {
  return tracker.setMeasureArchived(id, archived, baseVersion, baseFingerprint);
}

export function moveMeasure(id: string, direction: -1 | 1): SaveResult<MeasureView[]> {
  return tracker.moveMeasureRow(id, direction === -1 ? -1 : 1);
}

export function rememberDrafts(json: string): boolean {
  return tracker.rememberDrafts(json);
}

export function rememberUnitFilter(unit: string): void {
  tracker.rememberUnitFilter(unit);
}
