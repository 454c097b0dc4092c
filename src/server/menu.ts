/** The add-on menu and what its items open. */
import { MENU } from '../core/labels';

/** The functions the menu calls; they are top-level in the bundle (see src/server/api.ts). */
export const MENU_ITEMS = [
  { caption: MENU.sidebar, functionName: 'menuOpenSidebar' },
  { caption: MENU.generate, functionName: 'menuGenerateReport' },
  { caption: MENU.plan, functionName: 'menuGeneratePlan' },
  { caption: MENU.picker, functionName: 'menuAdoptReportFiles' },
  { caption: MENU.newYear, functionName: 'menuNewYear' },
  null,
  { caption: MENU.setup, functionName: 'menuSetupSheets' },
  { caption: MENU.selfCheck, functionName: 'menuSelfCheck' },
] as const;

/** Builds the menu only: onOpen runs in AuthMode.NONE and may touch no other service. */
export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.caption, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export const HTML_FILES = {
  reportDialog: 'ReportDialog',
  sidebar: 'Sidebar',
  pickerDialog: 'PickerDialog',
  selfCheckDialog: 'SelfCheckDialog',
  newYearDialog: 'NewYearDialog',
} as const;

/** The modal dialogs the menu opens; the Google Picker needs at least 600 × 425 px inside ours. */
export const DIALOGS = {
  report: { file: HTML_FILES.reportDialog, title: MENU.generate, width: 480, height: 560 },
  picker: { file: HTML_FILES.pickerDialog, title: MENU.picker, width: 720, height: 520 },
  selfCheck: { file: HTML_FILES.selfCheckDialog, title: MENU.selfCheck, width: 560, height: 600 },
  newYear: { file: HTML_FILES.newYearDialog, title: MENU.newYear, width: 600, height: 620 },
} as const;

export function showDialog(which: keyof typeof DIALOGS): void {
  const d = DIALOGS[which];
  const html = HtmlService.createHtmlOutputFromFile(d.file).setWidth(d.width).setHeight(d.height);
  SpreadsheetApp.getUi().showModalDialog(html, d.title);
}

export function showSidebar(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(HTML_FILES.sidebar).setTitle('ติดตามมาตรการ ITA'));
}
