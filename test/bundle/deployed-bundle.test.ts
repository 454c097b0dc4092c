import { buildAll } from '../../scripts/build';
import { loadBundle, distHtmlFiles, DIST, enabledAdvancedServices } from '../../emulator/bundle';
import { installGlobals, pickFiles, Workspace, cellText, type TableNode } from '../../emulator';
import { manifestScopes } from '../../emulator/scopes';
import { join } from 'node:path';
import { typeSheetData, COORDINATOR } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { MENU_ITEMS } from '../../src/server/menu';

beforeAll(async () => {
  await buildAll();
}, 60000);

describe('the deployed bundle (dist/Code.js) run as Apps Script runs it', () => {
  it('exposes every menu callback and google.script.run target as a top-level function', () => {
    const ws = new Workspace();
    const { fn } = loadBundle(ws);
    for (const item of MENU_ITEMS) if (item) expect(typeof fn[item.functionName]).toBe('function');
    for (const name of [
      'onOpen',
      'onInstall',
      'getReportDialogData',
      'generateReport',
      'getTrackerData',
      'saveProgress',
      'getPickerConfig',
      'adoptPickedFiles',
      'startNewReportFolder',
    ])
      expect(typeof fn[name]).toBe('function');
  });

  it('onOpen builds the menu and touches no other service (AuthMode.NONE)', () => {
    const ws = new Workspace();
    const { fn } = loadBundle(ws);
    fn.onOpen({ authMode: 'NONE' });
    const calls = Object.keys(ws.calls.snapshot());
    expect(calls.every((c) => c === 'SpreadsheetApp.getUi' || c.startsWith('Ui.') || c.startsWith('Menu.'))).toBe(true);
    expect(ws.ui.menus[0].items.filter((i) => i.kind === 'item').map((i) => i.kind === 'item' && i.caption)).toEqual([
      'เปิดแถบติดตามมาตรการ',
      'สร้างรายงาน…',
      'สร้างแผนมาตรการ…',
      'เลือกโฟลเดอร์/ไฟล์รายงานใน Google Drive…',
      'เริ่มปีงบประมาณใหม่…',
      'ตั้งค่าชีต (สร้าง/ซ่อมแซม)',
      'ตรวจสอบการเชื่อมต่อกับ Google',
    ]);
  });

  it('goes from onOpen through the menu to a generated Doc', () => {
    const ws = new Workspace({ activeUser: COORDINATOR, now: new Date(2025, 3, 5), htmlFiles: distHtmlFiles() });
    installGlobals(ws); // for typing the sample data the way a person would, through the same services
    const { fn } = loadBundle(ws);
    fn.onOpen({ authMode: 'NONE' });
    const menu = ws.ui.menus[0].items;
    const call = (caption: string) => {
      const item = menu.find((i) => i.kind === 'item' && i.caption === caption);
      if (!item || item.kind !== 'item') throw new Error(`no menu item ${caption}`);
      return fn[item.functionName]();
    };
    call('ตั้งค่าชีต (สร้าง/ซ่อมแซม)');
    expect(ws.ui.shown.at(-1)).toMatchObject({ kind: 'alert', title: 'ตั้งค่าชีต (สร้าง/ซ่อมแซม)' });
    expect(ws.ui.shown.at(-1)?.content).toContain('สร้างชีต: ตั้งค่า, หน่วยงาน, มาตรการ, ผลการดำเนินการ');
    ws.endExecution();
    typeSheetData(sampleAgency());
    call('สร้างรายงาน…');
    const dialog = ws.ui.shown.at(-1)!;
    expect(dialog.kind).toBe('modalDialog');
    expect(dialog.content).toContain('google.script.run');
    const data = fn.getReportDialogData() as { defaultYear: number; problems: string[] };
    expect(data.defaultYear).toBe(2568);
    expect(data.problems).toEqual([]);
    const result = fn.generateReport({ fiscalYear: 2568, round: 'H1', presetId: '004' }) as { ok: boolean; url: string };
    expect(result.ok).toBe(true);
    const doc = ws.docs.get(/\/d\/([\w-]+)/.exec(result.url)![1]);
    const table = doc.content.find((n): n is TableNode => n.type === 'table' && n.pinnedHeaderRows === 1)!;
    expect(table.rows[0].cells.map(cellText)).toEqual([
      'มาตรการ/โครงการ/กิจกรรม',
      'ขั้นตอนหรือวิธีการปฏิบัติ',
      'ผลการดำเนินการตามมาตรการหรือกิจกรรม',
      'ผลลัพธ์หรือความสำเร็จของการดำเนินการ',
      'ผู้รับผิดชอบ',
      'ระยะเวลา',
    ]);
    expect(table.pinnedHeaderRows).toBe(1);
    expect(table.rows).toHaveLength(1 + 3 + 8);
  });

  it('opens the Picker in its own modal dialog, at least 600 × 425, loading api.js explicitly', () => {
    const ws = new Workspace({ activeUser: COORDINATOR, htmlFiles: distHtmlFiles() });
    const { fn } = loadBundle(ws);
    fn.menuAdoptReportFiles();
    const shown = ws.ui.shown.at(-1)!;
    expect(shown).toMatchObject({ kind: 'modalDialog', title: 'เลือกโฟลเดอร์/ไฟล์รายงานใน Google Drive…' });
    expect(shown.width).toBeGreaterThanOrEqual(600);
    expect(shown.height).toBeGreaterThanOrEqual(425);
    expect(shown.content).toContain('<script src="https://apis.google.com/js/api.js"></script>');
  });

  it("generates, regenerates (same Doc ID) and shares under exactly the manifest's scopes; a second coordinator never forks", () => {
    const scopes = manifestScopes(join(DIST, 'appsscript.json'));
    expect(scopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(enabledAdvancedServices()).toEqual(expect.arrayContaining([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }]));
    const ws = new Workspace({ activeUser: COORDINATOR, now: new Date(2025, 3, 5), htmlFiles: distHtmlFiles(), scopes });
    installGlobals(ws);
    const { fn } = loadBundle(ws);
    fn.menuSetupSheets();
    ws.endExecution();
    typeSheetData(sampleAgency());
    const second = 'somchai@nongbuathong.go.th';
    const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('ตั้งค่า')!;
    const labels = settings
      .getRange(1, 1, settings.getLastRow(), 1)
      .getValues()
      .map((r) => String(r[0]));
    settings.getRange(labels.findIndex((l) => l.startsWith('อีเมลผู้ประสานงาน')) + 1, 2).setValue(`${COORDINATOR}, ${second}`);
    settings.getRange(labels.findIndex((l) => l.startsWith('เปิดให้ทุกคน')) + 1, 2).setValue('ใช่');
    ws.endExecution();
    type Result = {
      ok: boolean;
      url: string;
      status: string;
      sharedWith: string[];
      publicLink: boolean;
      notes: string[];
      message?: string;
    };
    const generate = (round = 'H1') => fn.generateReport({ fiscalYear: 2568, round, presetId: '001' }) as Result;
    const first = generate();
    expect(first.message).toBeUndefined();
    expect(first).toMatchObject({ ok: true, status: 'new', publicLink: true });
    expect(first.sharedWith).toEqual(['palat@nongbuathong.go.th', 'nayok@nongbuathong.go.th']);
    const docId = /\/d\/([\w-]+)/.exec(first.url)![1];
    const folder = Object.values(ws.drive.folders).find((f) => f.name === 'รายงาน ITA')!;
    expect(ws.drive.files[docId].parents).toEqual([folder.id]);
    expect(folder.shares[second]).toBe('editor');
    expect(ws.drive.files[docId].access).toBe('ANYONE_WITH_LINK');
    expect(Object.keys(ws.calls.snapshot()).filter((c) => c.startsWith('DriveApp'))).toEqual([]);
    ws.endExecution();
    const again = generate();
    expect(again).toMatchObject({ ok: true, status: 'updated', url: first.url });

    // The second coordinator: same Doc rewritten, no second folder or Doc; after picking, a new round in the same folder.
    ws.endExecution();
    ws.setActiveUser(second);
    const files = Object.keys(ws.drive.files).length;
    const theirs = generate();
    expect(theirs).toMatchObject({ ok: true, status: 'updated', url: first.url });
    expect(Object.keys(ws.drive.files)).toHaveLength(files);
    expect(Object.values(ws.drive.folders).filter((f) => f.name === 'รายงาน ITA')).toHaveLength(1);
    ws.endExecution();
    pickFiles(ws, [folder.id, docId]);
    expect(fn.adoptPickedFiles([folder.id, docId])).toMatchObject({ problems: [] });
    const fy = generate('FY');
    expect(fy.ok).toBe(true);
    expect(ws.drive.files[/\/d\/([\w-]+)/.exec(fy.url)![1]].parents).toEqual([folder.id]);
  });

  it('runs ITA › ตรวจสอบการเชื่อมต่อกับ Google from the menu under exactly the manifest scopes: every check ✓', () => {
    const ws = new Workspace({ activeUser: COORDINATOR, now: new Date(2025, 3, 5), htmlFiles: distHtmlFiles(), scopes: manifestScopes() });
    installGlobals(ws);
    const { fn } = loadBundle(ws);
    fn.menuSetupSheets();
    ws.endExecution();
    ws.properties.script.PICKER_API_KEY = 'AIza-stand-in-key';
    ws.properties.script.CLOUD_PROJECT_NUMBER = '123456789012';
    fn.menuSelfCheck();
    expect(ws.ui.shown.at(-1)).toMatchObject({ kind: 'modalDialog', title: 'ตรวจสอบการเชื่อมต่อกับ Google' });
    const report = fn.runSelfCheck() as { results: { id: string; status: string; error: string }[]; leftovers: string[] };
    expect(report.results.filter((r) => r.status !== 'ok')).toEqual([]);
    expect(report.results).toHaveLength(15); // SELF_CHECK_IDS, the PDF export and Thai segmenter checks included
    expect(report.leftovers).toEqual([]);
  });
});
