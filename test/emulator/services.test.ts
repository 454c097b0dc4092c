import * as vm from 'node:vm';
import { installGlobals, type AppsScriptGlobals } from '../../emulator';
import { Workspace } from '../../emulator/workspace';

function setup(opts: ConstructorParameters<typeof Workspace>[0] = {}): { ws: Workspace; g: AppsScriptGlobals } {
  const ws = new Workspace(opts);
  const g = {} as AppsScriptGlobals;
  installGlobals(ws, g);
  return { ws, g };
}

describe('call counting and gaps', () => {
  test('each method call counts once; enum reads and internal calls do not', () => {
    const { ws, g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    ws.calls.reset();
    const r = sheet.getRange(1, 1, 2, 2);
    r.setValues([
      ['a', 'b'],
      ['c', 'd'],
    ]).setFontWeight('bold');
    r.getValues();
    void g.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST;
    void g.DocumentApp.Attribute.BOLD;
    void g.DriveApp.Access.ANYONE;
    void g.ScriptApp.AuthMode.FULL;
    expect(ws.calls.snapshot()).toEqual({ 'Range.getValues': 1, 'Range.setFontWeight': 1, 'Range.setValues': 1, 'Sheet.getRange': 1 });
    expect(ws.calls.byService().Sheets).toBe(4);
  });

  test('an unimplemented method throws a stand-in error', () => {
    const { g } = setup();
    const r = g.SpreadsheetApp.getActiveSheet().getRange('A1') as unknown as Record<string, () => unknown>;
    expect(() => r.createFilter()).toThrow('stand-in: Range.createFilter is not implemented');
    expect(() => (g.Docs.Documents as unknown as Record<string, () => unknown>).foo()).toThrow(
      'stand-in: Docs.Documents.foo is not implemented',
    );
  });

  test('installGlobals works on a vm context', () => {
    const ws = new Workspace();
    const ctx = vm.createContext({});
    installGlobals(ws, ctx);
    const out: unknown = vm.runInContext("SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('0812').getValue()", ctx);
    expect(out).toBe(812);
    expect(ws.calls.count('Range.setValue')).toBe(1);
    // Dates cross the realm boundary both ways and are Dates of the context's realm.
    const ok: unknown = vm.runInContext(
      "var r = SpreadsheetApp.getActive().getSheets()[0].getRange('B1'); r.setValue(new Date(Date.UTC(2025, 0, 5))); var v = r.getValue(); (v instanceof Date) && v.getTime() === Date.UTC(2025, 0, 5)",
      ctx,
    );
    expect(ok).toBe(true);
  });
});

describe('Properties, locks, session, script, utilities, logger', () => {
  test('properties are strings; user properties are per user', () => {
    const { ws, g } = setup({ activeUser: 'a@x.th' });
    const doc = g.PropertiesService.getDocumentProperties();
    doc.setProperty('n', 5 as unknown as string);
    expect(doc.getProperty('n')).toBe('5');
    doc.setProperties({ a: '1', b: '2' }, true);
    expect(doc.getKeys().sort()).toEqual(['a', 'b']);
    expect(doc.getProperty('n')).toBeNull();
    g.PropertiesService.getUserProperties().setProperty('unit', 'กองคลัง');
    ws.setActiveUser('b@x.th');
    expect(g.PropertiesService.getUserProperties().getProperty('unit')).toBeNull();
    expect(g.Session.getActiveUser().getEmail()).toBe('b@x.th');
    expect(g.Session.getEffectiveUser().getEmail()).toBe('b@x.th');
    expect(ws.properties.user['a@x.th']).toEqual({ unit: 'กองคลัง' });
  });

  test('locks: another execution holding the lock', () => {
    const { ws, g } = setup();
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    ws.holdLockForOther('document');
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(g.LockService.getScriptLock().tryLock(10)).toBe(true);
    ws.releaseOtherLocks();
    lock.waitLock(10);
    expect(lock.hasLock()).toBe(true);
  });

  test('utilities: deterministic uuids, formatDate, session facts, script app', () => {
    const a = setup().g;
    const b = setup().g;
    const ua = [a.Utilities.getUuid(), a.Utilities.getUuid()];
    expect(ua).toEqual([b.Utilities.getUuid(), b.Utilities.getUuid()]);
    expect(ua[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ua[0]).not.toBe(ua[1]);
    const d = new Date('2025-03-31T20:30:00Z');
    expect(a.Utilities.formatDate(d, 'Asia/Bangkok', 'yyyy-MM-dd HH:mm')).toBe('2025-04-01 03:30');
    expect(a.Utilities.formatDate(d, 'Asia/Bangkok', "d MMM yyyy 'at' Z")).toBe('1 Apr 2025 at +0700');
    expect(a.Session.getScriptTimeZone()).toBe('Asia/Bangkok');
    expect(a.Session.getActiveUserLocale()).toBe('th');
    expect(a.ScriptApp.getOAuthToken()).toBe('fake-token');
    const sa = setup();
    sa.g.ScriptApp.requireScopes(sa.g.ScriptApp.AuthMode.FULL, ['https://www.googleapis.com/auth/documents']);
    expect(sa.ws.requestedScopes).toEqual([['https://www.googleapis.com/auth/documents']]);
    a.Logger.log('hello %s', 'world');
  });
});

describe('HtmlService', () => {
  test('files, missing files, templates with escaping', () => {
    const { g } = setup({
      htmlFiles: { 'Sidebar.html': '<p><?= title ?></p><div><?!= raw ?></div><? for (var i = 0; i < 2; i++) { ?>[<?= i ?>]<? } ?>' },
    });
    expect(() => g.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope was found.');
    const t = g.HtmlService.createTemplateFromFile('Sidebar') as GoogleAppsScript.HTML.HtmlTemplate & Record<string, unknown>;
    t.title = '<b>"ITA" & co</b>';
    t.raw = '<i>ok</i>';
    const out = t.evaluate().setTitle('ITA').setWidth(300);
    expect(out.getContent()).toBe('<p>&lt;b&gt;&quot;ITA&quot; &amp; co&lt;/b&gt;</p><div><i>ok</i></div>[0][1]');
    expect(out.getTitle()).toBe('ITA');
    expect(g.HtmlService.createHtmlOutput('<p>x</p>').append('y').getContent()).toBe('<p>x</p>y');
  });
});

describe('serialization', () => {
  test('toJSON/fromJSON keeps Dates, ids and counters', () => {
    const { ws, g } = setup({ now: new Date('2025-03-15T05:00:00Z'), scopes: 'unchecked' });
    g.SpreadsheetApp.getActiveSheet()
      .getRange('A1:B1')
      .setValues([['1/2/2568', 'x']]);
    const doc = g.DocumentApp.create('r');
    doc.getBody().appendTable([['a']]);
    const folder = g.DriveApp.createFolder('f');
    g.PropertiesService.getScriptProperties().setProperty('k', 'v');
    const uuid1 = g.Utilities.getUuid();
    const text = JSON.stringify(ws);
    const ws2 = Workspace.fromJSON(JSON.parse(text), { scopes: 'unchecked' });
    const g2 = {} as AppsScriptGlobals;
    installGlobals(ws2, g2);
    const v = g2.SpreadsheetApp.getActiveSheet().getRange('A1').getValue();
    expect(v).toBeInstanceOf(Date);
    expect((v as Date).toISOString()).toBe(new Date(Date.UTC(2568, 1, 1) - 7 * 3600_000).toISOString());
    expect(g2.DocumentApp.openById(doc.getId()).getBody().getTables()[0].getCell(0, 0).getText()).toBe('a');
    expect(g2.DriveApp.getFolderById(folder.getId()).getName()).toBe('f');
    expect(g2.DriveApp.getFileById(doc.getId()).getLastUpdated()).toBeInstanceOf(Date);
    expect(g2.PropertiesService.getScriptProperties().getProperty('k')).toBe('v');
    expect(g2.Utilities.getUuid()).not.toBe(uuid1);
    expect(g2.DriveApp.createFolder('g').getId()).toBe(g.DriveApp.createFolder('g').getId()); // same counter -> same next id
    expect(ws2.toJSON()).toEqual(JSON.parse(JSON.stringify(ws2)));
  });
});
