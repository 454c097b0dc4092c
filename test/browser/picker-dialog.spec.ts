/**
 * ITA › เลือกโฟลเดอร์/ไฟล์รายงานใน Google Drive… in a real browser: the built dist/PickerDialog.html,
 * its google.script.run bridged to the built dist/Code.js on the stand-ins, and a stand-in for
 * Google's Picker served where the page loads api.js from (Google is not reachable offline). The
 * stand-in records how the page builds the Picker and lets the test "pick" files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { installGlobals, pickFiles, Workspace } from '../../emulator';
import { COORDINATOR, typeSheetData } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { DIST, distHtmlFiles, loadBundle, type BundleFunctions } from '../../emulator/bundle';
import { manifestScopes } from '../../emulator/scopes';
import { DRIVE_TEXT, SHEET } from '../../src/core/labels';
import { SCRIPT_PROPERTY } from '../../src/server/picker-service';

const ORIGIN = 'https://ita.test';
const SECOND = 'somchai@nongbuathong.go.th';

/** Google's Picker as the page uses it: every builder call recorded; the test answers for the user. */
const STAND_IN_PICKER = `
window.__picker = { calls: [], callback: null, visible: false };
const rec = (...a) => window.__picker.calls.push(a);
window.gapi = { load(name, opts) { rec('gapi.load', name); setTimeout(opts.callback, 0); } };
class DocsView {
  constructor(id) { rec('DocsView', id); }
  setIncludeFolders(v) { rec('setIncludeFolders', v); return this; }
  setSelectFolderEnabled(v) { rec('setSelectFolderEnabled', v); return this; }
  setFileIds(v) { rec('setFileIds', v); return this; }
  setMode(v) { rec('setMode', v); return this; }
}
class PickerBuilder {
  addView(v) { rec('addView'); return this; }
  enableFeature(f) { rec('enableFeature', f); return this; }
  setAppId(v) { rec('setAppId', v); return this; }
  setOAuthToken(v) { rec('setOAuthToken', v); return this; }
  setDeveloperKey(v) { rec('setDeveloperKey', v); return this; }
  setOrigin(v) { rec('setOrigin', v); return this; }
  setLocale(v) { rec('setLocale', v); return this; }
  setTitle(v) { rec('setTitle', v); return this; }
  setCallback(cb) { window.__picker.callback = cb; return this; }
  build() { return { setVisible(v) { window.__picker.visible = v; } }; }
}
window.google.picker = {
  DocsView, PickerBuilder,
  ViewId: { DOCS: 'all' }, DocsViewMode: { LIST: 'list' },
  Feature: { MULTISELECT_ENABLED: 'multiselectEnabled', SUPPORT_DRIVES: 'supportDrives' },
  Action: { PICKED: 'picked', CANCEL: 'cancel' }, Response: { ACTION: 'action', DOCUMENTS: 'docs' }, Document: { ID: 'id' },
};`;

/** google.script.run and google.script.host, each call running one Apps Script execution in Node. */
const BRIDGE = `
window.google = { script: { host: { origin: '${ORIGIN}', close() { window.__closed = true; } } } };
const makeRun = (ok, fail) => new Proxy({}, { get(_, name) {
  if (name === 'withSuccessHandler') return (f) => makeRun(f, fail);
  if (name === 'withFailureHandler') return (f) => makeRun(ok, f);
  return (...args) => window.__run(String(name), JSON.stringify(args)).then(
    (r) => ok && ok(JSON.parse(r)), (e) => fail && fail(new Error(String(e.message || e))));
} });
window.google.script.run = makeRun(null, null);`;

interface Setup {
  ws: Workspace;
  fn: BundleFunctions;
  folderId: string;
  docId: string;
}

function agencyWithReport(): Setup {
  const ws = new Workspace({
    activeUser: COORDINATOR,
    now: new Date(2025, 3, 5),
    htmlFiles: distHtmlFiles(),
    scopes: manifestScopes(join(DIST, 'appsscript.json')),
  });
  installGlobals(ws);
  const { fn } = loadBundle(ws);
  fn.menuSetupSheets();
  ws.endExecution();
  typeSheetData(sampleAgency());
  const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.settings)!;
  const labels = settings
    .getRange(1, 1, settings.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  settings.getRange(labels.findIndex((l) => l.startsWith('อีเมลผู้ประสานงาน')) + 1, 2).setValue(`${COORDINATOR}, ${SECOND}`);
  ws.endExecution();
  const r = fn.generateReport({ fiscalYear: 2568, round: 'H1', presetId: '001' }) as { ok: boolean; url: string };
  if (!r.ok) throw new Error('report not generated');
  ws.endExecution();
  ws.setActiveUser(SECOND);
  const folderId = Object.values(ws.drive.folders).find((f) => f.name === 'รายงาน ITA')!.id;
  return { ws, fn, folderId, docId: /\/d\/([\w-]+)/.exec(r.url)![1] };
}

async function openPickerDialog(page: Page, { ws, fn }: Setup): Promise<void> {
  await page.exposeFunction('__run', (name: string, args: string) => {
    const result = fn[name](...(JSON.parse(args) as unknown[]));
    ws.endExecution();
    return JSON.stringify(result ?? null);
  });
  await page.addInitScript(BRIDGE);
  await page.route('https://apis.google.com/js/api.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: STAND_IN_PICKER }),
  );
  const html = readFileSync(join(DIST, 'PickerDialog.html'), 'utf8');
  await page.route(`${ORIGIN}/picker`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${ORIGIN}/picker`);
}

test.use({ viewport: { width: 720, height: 520 }, locale: 'th-TH' });

test.describe('ITA › เลือกโฟลเดอร์/ไฟล์รายงานใน Google Drive…', () => {
  test('builds the Picker for drive.file, pre-filtered to the recorded files; the picked files are confirmed and adopted', async ({
    page,
  }) => {
    const setup = agencyWithReport();
    setup.ws.properties.script[SCRIPT_PROPERTY.pickerApiKey] = 'AIza-test-key';
    setup.ws.properties.script[SCRIPT_PROPERTY.cloudProjectNumber] = '123456789012';
    await openPickerDialog(page, setup);
    await page.getByRole('button', { name: 'เลือกไฟล์ใน Google Drive' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __picker: { visible: boolean } }).__picker.visible)).toBe(true);
    const calls = await page.evaluate(() => (window as unknown as { __picker: { calls: unknown[][] } }).__picker.calls);
    expect(calls).toEqual(
      expect.arrayContaining([
        ['gapi.load', 'picker'],
        ['setIncludeFolders', true],
        ['setSelectFolderEnabled', true],
        ['setFileIds', `${setup.folderId},${setup.docId}`],
        ['enableFeature', 'multiselectEnabled'],
        ['setAppId', '123456789012'],
        ['setOAuthToken', expect.any(String)],
        ['setDeveloperKey', 'AIza-test-key'],
        ['setOrigin', ORIGIN],
      ]),
    );
    // The user selects both; the Picker grants this add-on drive.file access to them.
    pickFiles(setup.ws, [setup.folderId, setup.docId]);
    await page.evaluate(
      (ids) =>
        (window as unknown as { __picker: { callback: (d: unknown) => void } }).__picker.callback({
          action: 'picked',
          docs: ids.map((id) => ({ id })),
        }),
      [setup.folderId, setup.docId],
    );
    await expect(page.locator('.box.ok')).toContainText('ใช้โฟลเดอร์ "รายงาน ITA" แล้ว');
    const fy = setup.fn.generateReport({ fiscalYear: 2568, round: 'FY', presetId: '001' }) as { ok: boolean; url: string };
    expect(fy.ok).toBe(true);
    expect(setup.ws.drive.files[/\/d\/([\w-]+)/.exec(fy.url)![1]].parents).toEqual([setup.folderId]);
  });

  test('without the key and project number it says what the deployer must set; a new folder only after confirming', async ({ page }) => {
    const setup = agencyWithReport();
    await openPickerDialog(page, setup);
    await expect(page.getByRole('alert')).toHaveText(DRIVE_TEXT.pickerNotConfigured);
    await expect(page.getByRole('button', { name: 'เลือกไฟล์ใน Google Drive' })).toBeDisabled();
    const folders = (): number => Object.values(setup.ws.drive.folders).filter((f) => f.name === 'รายงาน ITA').length;
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'เริ่มโฟลเดอร์รายงานใหม่' }).click();
    expect(folders()).toBe(1);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'เริ่มโฟลเดอร์รายงานใหม่' }).click();
    await expect(page.locator('.box.ok')).toHaveText(DRIVE_TEXT.newFolderMade);
    expect(folders()).toBe(2);
  });
});
