/**
 * The whole server contract in one file: every function Apps Script calls — menu callbacks,
 * triggers, and google.script.run targets — and nothing else. The build makes each export a
 * top-level function of the deployed script; the client types its calls from `typeof` this module.
 */
import { currentRound, fiscalYearOf, type FiscalRound } from '../core/fiscal';
import { MENU, ROUND_LABEL, SHEET } from '../core/labels';
import { describeProblem } from '../core/problems';
import { CUSTOM_PRESET_ID, COLUMN_CATALOG, PRESETS } from '../core/presets';
import { readWorkbook } from '../core/read-workbook';
import { buildMenu, HTML_FILES } from './menu';
import { generateReport as runGenerate, type GenerateRequest, type GenerateResult } from './report-job';
import { PROPERTY } from './report-files';
import { readRawWorkbook, setupSheets } from './sheet-repository';
import * as tracker from './tracker-service';
import type { MeasureInput, MeasureView, ProgressInput, ProgressView, SaveResult, TrackerData } from '../core/tracker';

export type { GenerateRequest, GenerateResult, MeasureInput, MeasureView, ProgressInput, ProgressView, SaveResult, TrackerData };

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuSetupSheets(): void {
  const ui = SpreadsheetApp.getUi();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) {
    ui.alert(MENU.setup, 'มีผู้อื่นกำลังตั้งค่าชีตหรือสร้างรายงานอยู่ — รอสักครู่แล้วลองใหม่', ui.ButtonSet.OK);
    return;
  }
  try {
    const r = setupSheets(SpreadsheetApp.getActiveSpreadsheet());
    const lines: string[] = [];
    if (r.createdSheets.length) lines.push(`สร้างชีต: ${r.createdSheets.join(', ')}`);
    if (r.addedColumns.length) lines.push(`เพิ่มคอลัมน์ที่ขาด: ${r.addedColumns.join(', ')}`);
    if (r.addedSettings.length) lines.push(`เพิ่มรายการตั้งค่า: ${r.addedSettings.join(', ')}`);
    if (r.assignedIds) lines.push(`สร้างรหัสให้มาตรการใหม่ ${r.assignedIds} แถว`);
    if (!lines.length) lines.push('ชีตครบถ้วนแล้ว ไม่มีการเปลี่ยนแปลงข้อมูล');
    if (r.createdSheets.includes(SHEET.settings)) lines.push(`ขั้นต่อไป: กรอกชีต "${SHEET.settings}" แล้วเพิ่มมาตรการในชีต "${SHEET.measures}"`);
    ui.alert(MENU.setup, lines.join('\n'), ui.ButtonSet.OK);
  } finally {
    lock.releaseLock();
  }
}

export function menuGenerateReport(): void {
  const html = HtmlService.createHtmlOutputFromFile(HTML_FILES.reportDialog).setWidth(480).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, MENU.generate);
}

export function menuOpenSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(HTML_FILES.sidebar).setTitle('ติดตามมาตรการ ITA');
  SpreadsheetApp.getUi().showSidebar(html);
}

export interface ReportDialogData {
  fiscalYears: number[];
  defaultYear: number;
  rounds: { id: FiscalRound; label: string }[];
  defaultRound: FiscalRound;
  presets: { id: string; name: string }[];
  defaultPreset: string;
  customColumns: string[];
  columnChoices: string[];
  memoDefault: boolean;
  /** Links of reports already made, by "year.round", so the dialog can say it will update them. */
  existing: Record<string, boolean>;
  problems: string[];
}

/** What the report dialog shows when it opens: one round trip. */
export function getReportDialogData(): ReportDialogData {
  const now = new Date();
  const { workbook, problems } = readWorkbook(readRawWorkbook(SpreadsheetApp.getActiveSpreadsheet()));
  const s = workbook.settings;
  const years = new Set(workbook.measures.map((m) => m.fiscalYear).filter((y) => y > 0));
  const defaultYear = s.fiscalYear || fiscalYearOf(now);
  years.add(defaultYear);
  const props = PropertiesService.getDocumentProperties().getProperties();
  const existing: Record<string, boolean> = {};
  for (const k of Object.keys(props)) if (k.startsWith(PROPERTY.doc(''))) existing[k.slice(PROPERTY.doc('').length)] = true;
  return {
    fiscalYears: [...years].sort((a, b) => b - a),
    defaultYear,
    rounds: (Object.keys(ROUND_LABEL) as FiscalRound[]).map((id) => ({ id, label: ROUND_LABEL[id] })),
    defaultRound: currentRound(now),
    presets: [
      ...PRESETS.map((p) => ({ id: p.id, name: `${p.id} — ${p.name}` })),
      { id: CUSTOM_PRESET_ID, name: 'กำหนดเอง — เลือกและเรียงคอลัมน์เอง' },
    ],
    defaultPreset: s.defaultPreset || '001',
    customColumns: s.customColumns
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
    columnChoices: Object.values(COLUMN_CATALOG).map((c) => c.names[0]),
    memoDefault: s.memo.enabled,
    existing,
    problems: problems.slice(0, 30).map(describeProblem),
  };
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

export function saveProgress(input: ProgressInput): SaveResult<ProgressView> {
  return tracker.saveProgressEntry(input);
}

export function saveMeasure(input: MeasureInput): SaveResult<MeasureView> {
  return tracker.saveMeasureRow(input);
}

export function archiveMeasure(id: string, archived: boolean, baseVersion: number, baseFingerprint: string): SaveResult<MeasureView> {
  return tracker.setMeasureArchived(id, archived, baseVersion, baseFingerprint);
}

export function moveMeasure(id: string, direction: -1 | 1): SaveResult<MeasureView[]> {
  return tracker.moveMeasureRow(id, direction === -1 ? -1 : 1);
}

export function rememberUnitFilter(unit: string): void {
  tracker.rememberUnitFilter(unit);
}
