/** ITA › ตั้งค่าชีต: create or repair the sheets under the document lock, and say what changed. */
import { MENU, SHEET } from '../core/labels';
import { withDocumentLock } from './lock';
import { setupSheets, type SetupReport } from './sheet-repository';

export const SETUP_BUSY = 'มีผู้อื่นกำลังตั้งค่าชีตหรือสร้างรายงานอยู่ — รอสักครู่แล้วลองใหม่';

/** The lines of the alert after a setup run, in Thai. */
export function setupMessage(r: SetupReport): string {
  const lines: string[] = [];
  if (r.createdSheets.length) lines.push(`สร้างชีต: ${r.createdSheets.join(', ')}`);
  if (r.addedColumns.length) lines.push(`เพิ่มคอลัมน์ที่ขาด: ${r.addedColumns.join(', ')}`);
  if (r.addedSettings.length) lines.push(`เพิ่มรายการตั้งค่า: ${r.addedSettings.join(', ')}`);
  if (r.assignedIds) lines.push(`สร้างรหัสให้มาตรการใหม่ ${r.assignedIds} แถว`);
  if (!lines.length) lines.push('ชีตครบถ้วนแล้ว ไม่มีการเปลี่ยนแปลงข้อมูล');
  if (r.createdSheets.includes(SHEET.settings)) lines.push(`ขั้นต่อไป: กรอกชีต "${SHEET.settings}" แล้วเพิ่มมาตรการในชีต "${SHEET.measures}"`);
  return lines.join('\n');
}

/** Runs the setup and returns the message to show (or the busy message). */
export function runSetup(): string {
  return withDocumentLock(
    30000,
    () => SETUP_BUSY,
    () => setupMessage(setupSheets(SpreadsheetApp.getActiveSpreadsheet())),
  );
}

/** ITA › ตั้งค่าชีต: runs the setup and tells the user what changed. */
export function setupFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(MENU.setup, runSetup(), ui.ButtonSet.OK);
}
