/** The add-on menu and what its items open. */
import { MENU } from '../core/labels';

/** The functions the menu calls; they are top-level in the bundle (see src/server/api.ts). */
export const MENU_ITEMS = [
  { caption: MENU.sidebar, functionName: 'menuOpenSidebar' },
  { caption: MENU.generate, functionName: 'menuGenerateReport' },
  { caption: MENU.picker, functionName: 'menuAdoptReportFiles' },
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
} as const;

/** The Google Picker needs at least 600 × 425 px to show its own dialog inside ours. */
export const PICKER_DIALOG_SIZE = { width: 720, height: 520 } as const;
