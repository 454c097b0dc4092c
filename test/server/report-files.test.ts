/**
 * The report's files under drive.file: several coordinators, adoption through the Picker, what
 * each Drive failure means, sharing without e-mail, and the report key shared by job and dialog.
 */
import { seededWorkspace, COORDINATOR } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { installGlobals, pickFiles, type DriveItemState, type Workspace } from '../../emulator';
import { DRIVE_TEXT, MENU, SHEET } from '../../src/core/labels';
import { generateReport, type GenerateResult } from '../../src/server/report-job';
import { reportDialogData } from '../../src/server/report-dialog-service';
import { adoptPickedFiles, pickerConfig, SCRIPT_PROPERTY, startNewReportFolder } from '../../src/server/picker-service';

const H1 = { fiscalYear: 2568, round: 'H1' as const, presetId: '001' };
const SECOND = 'somchai@nongbuathong.go.th';
const EXEC = ['palat@nongbuathong.go.th', 'nayok@nongbuathong.go.th'];

function ok(r: GenerateResult): Extract<GenerateResult, { ok: true }> {
  if (!r.ok) throw new Error(`${r.message}\n${r.problems.join('\n')}`);
  return r;
}

function failed(r: GenerateResult): Extract<GenerateResult, { ok: false }> {
  if (r.ok) throw new Error(`expected a failure, got ${r.url}`);
  return r;
}

function setSetting(labelStart: string, value: string): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.settings)!;
  const row =
    sheet
      .getRange(1, 1, sheet.getLastRow(), 1)
      .getValues()
      .findIndex((r) => String(r[0]).startsWith(labelStart)) + 1;
  if (row < 1) throw new Error(`no setting ${labelStart}`);
  sheet.getRange(row, 2).setValue(value);
}

function reportFolders(ws: Workspace): DriveItemState[] {
  return Object.values(ws.drive.folders).filter((f) => f.name === 'รายงาน ITA');
}

function idOf(url: string): string {
  return /\/(?:d|folders)\/([\w-]+)/.exec(url)![1];
}

function docText(ws: Workspace, url: string): string {
  return JSON.stringify(ws.docs.get(idOf(url)).content);
}

/** The next execution, as another person. */
function as(ws: Workspace, user: string): void {
  ws.endExecution();
  ws.setActiveUser(user);
}

describe('several coordinators: the report never forks', () => {
  it("rewrites the first coordinator's Doc in place for the second one: no second folder or Doc, same stored IDs, a note on adoption", () => {
    const ws = seededWorkspace(sampleAgency());
    const first = ok(generateReport(H1));
    const props = { ...ws.properties.document };
    const files = Object.keys(ws.drive.files).length;
    // The second coordinator changes a measure, then generates.
    const measures = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.measures)!;
    measures.getRange(2, 7).setValue('มาตรการที่แก้ไขโดยผู้ประสานงานคนที่สอง');
    // An editor of the Doc (here through its folder): Docs rewrites it; Drive under drive.file still cannot reach it.
    reportFolders(ws)[0].shares[SECOND] = 'editor';
    as(ws, SECOND);
    const second = ok(generateReport(H1));
    expect(second.url).toBe(first.url);
    expect(second.status).toBe('updated');
    expect(reportFolders(ws)).toHaveLength(1);
    expect(Object.keys(ws.drive.files)).toHaveLength(files);
    expect(ws.properties.document).toEqual(props);
    expect(docText(ws, second.url)).toContain('มาตรการที่แก้ไขโดยผู้ประสานงานคนที่สอง');
    const note = second.notes.find((n) => n.includes(`สร้างโดย ${COORDINATOR}`));
    expect(note).toContain('เขียนเนื้อหาใหม่ในไฟล์เดิมแล้ว');
    expect(note).toContain(MENU.picker);
    expect(second.sharedWith).toEqual([]);
    expect(second.offerPicker).toBe(true);
    expect(first.offerPicker).toBe(false);
  });

  it("refuses to start a new round's Doc in a folder it cannot reach, naming its creator; nothing is created", () => {
    const ws = seededWorkspace(sampleAgency());
    ok(generateReport(H1));
    const files = Object.keys(ws.drive.files).length;
    as(ws, SECOND);
    const r = failed(generateReport({ ...H1, round: 'FY' }));
    expect(r.message).toContain(`สร้างโดย ${COORDINATOR}`);
    expect(r.message).toContain('แชร์โฟลเดอร์ให้คุณเป็นผู้แก้ไข');
    expect(r.message).toContain(MENU.picker);
    expect(r.offerPicker).toBe(true);
    expect(reportFolders(ws)).toHaveLength(1);
    expect(Object.keys(ws.drive.files)).toHaveLength(files);
  });

  it('shares the folder with the listed coordinators as editors, without e-mail, so they can adopt it; after picking, all works', () => {
    const ws = seededWorkspace(sampleAgency());
    setSetting('อีเมลผู้ประสานงาน', `${COORDINATOR}, ${SECOND}`);
    const first = ok(generateReport(H1));
    const [folder] = reportFolders(ws);
    expect(folder.shares[SECOND]).toBe('editor');
    expect(folder.shares[COORDINATOR]).toBeUndefined();
    expect(ws.drive.notifications).toEqual([]);

    as(ws, SECOND);
    const config = pickerConfig();
    expect(config).toEqual({ ok: false, message: DRIVE_TEXT.pickerNotConfigured });
    ws.properties.script[SCRIPT_PROPERTY.pickerApiKey] = 'AIza-test-key';
    ws.properties.script[SCRIPT_PROPERTY.cloudProjectNumber] = '123456789012';
    const ready = pickerConfig();
    if (!ready.ok) throw new Error(ready.message);
    expect(ready.fileIds).toEqual([folder.id, idOf(first.url)]);
    expect(ready.appId).toBe('123456789012');

    // What the Google Picker grants when the user selects the files, then the server confirms them.
    pickFiles(ws, ready.fileIds);
    const adopted = adoptPickedFiles(ready.fileIds);
    expect(adopted.problems).toEqual([]);
    expect(adopted.adopted).toEqual(['ใช้โฟลเดอร์ "รายงาน ITA" แล้ว', `ใช้ไฟล์ "${first.name}" แล้ว`]);

    const again = ok(generateReport(H1));
    expect(again.url).toBe(first.url);
    expect(again.notes.some((n) => n.includes('สร้างโดย'))).toBe(false);
    expect(again.offerPicker).toBe(false);
    const fy = ok(generateReport({ ...H1, round: 'FY' }));
    expect(ws.drive.files[idOf(fy.url)].parents).toEqual([folder.id]);
    expect(ws.properties.document[`ita.creator.${idOf(fy.url)}`]).toBe(SECOND);
    expect(reportFolders(ws)).toHaveLength(1);
  });

  it('names what was picked but cannot be used: missing IDs, no edit rights (ask the owner), files that are not the report', () => {
    const ws = seededWorkspace(sampleAgency());
    ok(generateReport(H1));
    const [folder] = reportFolders(ws);
    folder.shares[SECOND] = 'viewer';
    const other = ws.addForeignFile('งบประมาณ', 'application/vnd.google-apps.document');
    other.owner = SECOND;
    as(ws, SECOND);
    pickFiles(ws, [folder.id, other.id]);
    const r = adoptPickedFiles([folder.id, other.id, '1MissingFileIdThatNobodyHas']);
    expect(r.adopted).toEqual([]);
    expect(r.problems).toEqual([
      'ไม่พบไฟล์ที่เลือก: 1MissingFileIdThatNobodyHas',
      `"รายงาน ITA": ขอให้ ${COORDINATOR} แชร์เป็นผู้แก้ไข`,
      '"งบประมาณ" ไม่ใช่โฟลเดอร์หรือไฟล์รายงานที่บันทึกไว้ จึงไม่ได้ใช้',
    ]);
    expect(() => adoptPickedFiles(['<script>'])).toThrow('รายการไฟล์ที่เลือกไม่ถูกต้อง');
  });

  it('starts a new folder only on the explicit choice; existing reports keep their Doc and link', () => {
    const ws = seededWorkspace(sampleAgency());
    const first = ok(generateReport(H1));
    reportFolders(ws)[0].shares[SECOND] = 'editor';
    as(ws, SECOND);
    const made = startNewReportFolder();
    expect(made.ok).toBe(true);
    expect(reportFolders(ws)).toHaveLength(2);
    const again = ok(generateReport(H1));
    expect(again.url).toBe(first.url);
    const fy = ok(generateReport({ ...H1, round: 'FY' }));
    expect(made.ok && ws.drive.files[idOf(fy.url)].parents).toEqual([idOf(made.ok ? made.url : '')]);
  });
});

describe('what a Drive failure means', () => {
  it('the Drive advanced service not enabled (Drive undefined): its own Thai message, nothing created', () => {
    const ws = seededWorkspace(sampleAgency());
    ws.drive.apiAccess = 'not-enabled';
    installGlobals(ws);
    expect(typeof Drive).toBe('undefined');
    const r = failed(generateReport(H1));
    expect(r.message).toBe(DRIVE_TEXT.notEnabled);
    expect(r.offerPicker).toBe(false);
    expect(ws.docs.ids()).toEqual([]);
  });

  it('the Drive API off in the Cloud project (403 accessNotConfigured) or the Drive SDK off by the admin', () => {
    for (const access of ['access-not-configured', 'sdk-disabled'] as const) {
      const ws = seededWorkspace(sampleAgency());
      ws.drive.apiAccess = access;
      const r = failed(generateReport(H1));
      expect(r.message).toContain(DRIVE_TEXT.apiOff);
      expect(ws.docs.ids()).toEqual([]);
      expect(reportFolders(ws)).toEqual([]);
    }
  });

  it('restores a trashed folder the user owns (same ID); a folder in someone else’s trash names its owner', () => {
    const ws = seededWorkspace(sampleAgency());
    const first = ok(generateReport(H1));
    const [folder] = reportFolders(ws);
    folder.trashed = true;
    ws.endExecution();
    const again = ok(generateReport(H1));
    expect(folder.trashed).toBe(false);
    expect(again.folderUrl).toBe(first.folderUrl);
    expect(again.notes).toContain(DRIVE_TEXT.folderRestored);

    setSetting('อีเมลผู้ประสานงาน', `${COORDINATOR}, ${SECOND}`);
    ok(generateReport(H1));
    as(ws, SECOND);
    pickFiles(ws, [folder.id]);
    as(ws, COORDINATOR);
    folder.trashed = true;
    as(ws, SECOND);
    const r = failed(generateReport(H1));
    expect(r.message).toContain(`อยู่ในถังขยะของ ${COORDINATOR}`);
    expect(folder.trashed).toBe(true);
  });

  it("replaces a folder its own creator deleted for good, and says the folder's link changed", () => {
    const ws = seededWorkspace(sampleAgency());
    ok(generateReport(H1));
    const [folder] = reportFolders(ws);
    for (const f of Object.values(ws.drive.files)) if (f.parents.includes(folder.id)) f.parents = [ws.drive.rootId];
    delete ws.drive.folders[folder.id];
    ws.endExecution();
    const r = ok(generateReport(H1));
    expect(r.notes).toContain(DRIVE_TEXT.folderReplaced);
    expect(reportFolders(ws)).toHaveLength(1);
    expect(r.status).toBe('updated');
  });

  it('works in a shared drive: every call passes supportsAllDrives', () => {
    const ws = seededWorkspace(sampleAgency());
    ok(generateReport(H1));
    const [folder] = reportFolders(ws);
    folder.sharedDrive = true;
    for (const f of Object.values(ws.drive.files)) if (f.parents.includes(folder.id)) f.sharedDrive = true;
    ws.endExecution();
    const r = ok(generateReport({ ...H1, round: 'FY' }));
    expect(ws.drive.files[idOf(r.url)].sharedDrive).toBe(true);
  });
});

describe('sharing without e-mail', () => {
  it('adds the executives without e-mail; an address with no Google account is retried once with the invitation, and the user told', () => {
    const ws = seededWorkspace(sampleAgency());
    ws.drive.nonGoogleAccounts = [EXEC[1]];
    const r = ok(generateReport(H1));
    const [folder] = reportFolders(ws);
    expect(folder.shares).toEqual({ [EXEC[0]]: 'viewer', [EXEC[1]]: 'viewer' });
    expect(ws.drive.notifications.map((n) => n.to)).toEqual([EXEC[1]]);
    expect(r.sharedWith).toEqual(EXEC);
    expect(r.notes).toContain(`${EXEC[1]} ไม่มีบัญชี Google จึงแชร์พร้อมส่งอีเมลเชิญแทน`);
    expect(ws.calls.snapshot()['Drive.Permissions.create']).toBe(3);
  });

  it('opens and closes the link through an anyone permission, never passing sendNotificationEmail for it', () => {
    const ws = seededWorkspace(sampleAgency());
    setSetting('เปิดให้ทุกคน', 'ใช่');
    const r = ok(generateReport(H1));
    const file = ws.drive.files[idOf(r.url)];
    expect(file.access).toBe('ANYONE_WITH_LINK');
    expect(r.publicLink).toBe(true);
    setSetting('เปิดให้ทุกคน', 'ไม่ใช่');
    ws.endExecution();
    ws.calls.reset();
    const off = ok(generateReport(H1));
    expect(off.publicLink).toBe(false);
    expect(file.access).toBe('PRIVATE');
    // The link is taken back from the Doc and from the PDF beside it.
    expect(ws.calls.snapshot()['Drive.Permissions.remove']).toBe(2);
  });
});

describe('one report key for the job and the dialog', () => {
  it('a plan is one Doc per year; the dialog lists it as "2568.plan", never as the round’s report', () => {
    const ws = seededWorkspace(sampleAgency());
    const plan = ok(generateReport({ ...H1, presetId: '002' }));
    ws.endExecution();
    let data = reportDialogData(new Date(2025, 3, 5));
    expect(data.existing).toEqual({ '2568.plan': true });
    // The plan (002) has its own menu item, ITA › สร้างแผนมาตรการ… (issue 11); its Doc is still listed.
    expect(data.presets.some((p) => p.id === '002')).toBe(false);
    expect(data.presets.find((p) => p.id === '001')?.kind).toBe('report');
    // The plan made in the 12-month round is the same Doc as in the 6-month round.
    expect(ok(generateReport({ ...H1, round: 'FY', presetId: '002' })).url).toBe(plan.url);
    ws.endExecution();
    const report = ok(generateReport(H1));
    expect(report.url).not.toBe(plan.url);
    expect(report.status).toBe('new');
    data = reportDialogData(new Date(2025, 3, 5));
    expect(data.existing).toEqual({ '2568.plan': true, '2568.H1': true });
  });

  it('offers presets and columns from one place, and takes columns as keys parsed once', () => {
    seededWorkspace(sampleAgency());
    const data = reportDialogData(new Date(2025, 3, 5));
    expect(data.presets.map((p) => p.id)).toEqual(['000', '001', '003', '004', data.customPresetId]);
    expect(data.columnChoices[0]).toEqual({ key: 'issue', label: 'ประเด็น' });
    const bad = failed(generateReport({ ...H1, presetId: data.customPresetId, columns: ['measure', 'มาตรการ' as never] }));
    expect(bad.message).toBe('ไม่รู้จักคอลัมน์ "มาตรการ" ในรูปแบบ "กำหนดเอง"');
    ok(generateReport({ ...H1, presetId: data.customPresetId, columns: ['measure', 'result'] }));
  });
});
