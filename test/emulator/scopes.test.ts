import { createGlobals, type AppsScriptGlobals } from '../../emulator';
import * as documentApp from '../../emulator/document-app';
import * as drive from '../../emulator/drive';
import { Fake } from '../../emulator/fake-base';
import * as html from '../../emulator/html';
import * as misc from '../../emulator/misc';
import { CLASS_NAME, unwrap, wrap } from '../../emulator/proxy';
import { SCOPE, SCOPES_BY_CLASS, manifestScopes, requiredScopes } from '../../emulator/scopes';
import * as sheets from '../../emulator/sheets';
import { Workspace } from '../../emulator/workspace';

function setup(scopes?: readonly string[]): { ws: Workspace; g: AppsScriptGlobals } {
  const ws = new Workspace({ scopes });
  return { ws, g: createGlobals(ws) };
}

/** Public methods of an object and its prototypes, as the proxy hands them out. */
function methodsOf(raw: object): string[] {
  const names = new Set<string>();
  for (let p: object | null = raw; p && p !== Object.prototype && p !== Fake.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const k of Object.getOwnPropertyNames(p)) {
      const v: unknown = Reflect.get(p, k);
      if (k !== 'constructor' && !k.startsWith('_') && typeof v === 'function') names.add(k);
    }
  }
  return [...names];
}

/** Every stand-in class, built with throw-away arguments, by the name its calls are counted under. */
function everyStandIn(): Map<string, string[]> {
  const ws = new Workspace({ scopes: 'unchecked' });
  const out = new Map<string, string[]>();
  const add = (cls: string, names: string[]): void => {
    out.set(cls, [...new Set([...(out.get(cls) ?? []), ...names])]);
  };
  type Ctor = new (...args: unknown[]) => { _proxy: object };
  for (const mod of [sheets, documentApp, drive, html, misc] as Record<string, unknown>[]) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function' || !((value as { prototype: unknown }).prototype instanceof Fake)) continue;
      const C = value as Ctor;
      const instance =
        name === 'FakeRange'
          ? new C(ws, ws.data.spreadsheet.sheets[0].sheetId, 1, 1, 1, 1)
          : new C(ws, { docId: 'x', closed: false }, { type: 'paragraph', runs: [] });
      add(String(Reflect.get(instance._proxy, CLASS_NAME)), methodsOf(instance));
    }
  }
  // Objects handed out by the services rather than exported classes: iterators, advanced services.
  const g = createGlobals(ws) as unknown as Record<string, unknown>;
  const folder = (g.DriveApp as GoogleAppsScript.Drive.DriveApp).getRootFolder();
  add('FileIterator', methodsOf(unwrap(folder.getFiles()) as object));
  add('FolderIterator', methodsOf(unwrap(folder.getFolders()) as object));
  for (const [service, collections] of [
    ['Docs', ['Documents']],
    ['Drive', ['Files', 'Permissions']],
  ] as const) {
    const svc = g[service] as Record<string, unknown> | undefined;
    if (!svc) continue;
    for (const c of collections) {
      const raw = svc[c] === undefined ? undefined : unwrap(svc[c]);
      if (raw && typeof raw === 'object') add(`${service}.${c}`, methodsOf(raw));
    }
  }
  return out;
}

describe('every stand-in method carries its OAuth scopes', () => {
  test('no stand-in method is missing from emulator/scopes.ts', () => {
    const missing: string[] = [];
    for (const [cls, names] of everyStandIn()) for (const m of names) if (!requiredScopes(`${cls}.${m}`)) missing.push(`${cls}.${m}`);
    expect(missing).toEqual([]);
  });

  test('each class names the Google reference page its list came from', () => {
    for (const [cls, entry] of Object.entries(SCOPES_BY_CLASS)) {
      expect([cls, entry.reference]).toEqual([
        cls,
        expect.stringMatching(/^https:\/\/developers\.google\.com\/(apps-script\/reference|workspace)\//),
      ]);
    }
  });

  test('the reference says: DriveApp only with drive; Docs API with drive.file; Session needs userinfo.email', () => {
    expect(requiredScopes('DriveApp.createFolder')).toEqual([SCOPE.drive]);
    expect(requiredScopes('File.getUrl')).toEqual([SCOPE.driveReadonly, SCOPE.drive]);
    expect(requiredScopes('Docs.Documents.batchUpdate')).toContain(SCOPE.driveFile);
    expect(requiredScopes('Docs.Documents.batchUpdate')).not.toContain(SCOPE.documentsCurrent);
    expect(requiredScopes('Drive.Permissions.create')).toEqual([SCOPE.drive, SCOPE.driveFile]);
    expect(requiredScopes('Session.getActiveUser')).toEqual([SCOPE.email]);
    expect(requiredScopes('ScriptApp.getOAuthToken')).toEqual([]);
    expect(requiredScopes('Range.frobnicate')).toBeUndefined();
  });
});

describe('a workspace created with the manifest refuses what Google refuses', () => {
  test('manifestScopes() reads appsscript.json', () => {
    expect(manifestScopes()).toEqual([SCOPE.sheetsCurrent, SCOPE.documents, SCOPE.driveFile, SCOPE.containerUi, SCOPE.email]);
  });

  test('DriveApp under drive.file throws the platform message', () => {
    const { g } = setup(manifestScopes());
    expect(() => g.DriveApp.createFolder('รายงาน ITA')).toThrow(
      new Error(
        'Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
      ),
    );
    expect(() => g.DriveApp.getFileById('x')).toThrow(
      'Specified permissions are not sufficient to call DriveApp.getFileById. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
    );
  });

  test('what the add-on needs works under the manifest: sheet, Doc, Docs API, UI, e-mail, properties, lock', () => {
    const { ws, g } = setup(manifestScopes());
    ws.setHtmlFiles({ 'Sidebar.html': '<p>x</p>' });
    g.SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x');
    const doc = g.DocumentApp.create('report');
    doc.getBody().appendParagraph('ย่อหน้า');
    const id = doc.getId();
    doc.saveAndClose();
    g.Docs.Documents!.get(id);
    g.SpreadsheetApp.getUi().showSidebar(g.HtmlService.createHtmlOutputFromFile('Sidebar.html'));
    expect(g.Session.getActiveUser().getEmail()).toBe('user@example.com');
    g.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    expect(g.LockService.getDocumentLock().tryLock(10)).toBe(true);
    g.ScriptApp.getOAuthToken();
  });

  test('a missing scope is refused per method, built-in and advanced services alike', () => {
    const { g } = setup([SCOPE.sheets, SCOPE.containerUi]);
    expect(g.SpreadsheetApp.getActiveSheet().getRange('A1').getValue()).toBe('');
    expect(() => g.DocumentApp.create('x')).toThrow(
      'Specified permissions are not sufficient to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
    );
    expect(() => g.Session.getActiveUser()).toThrow('Required permissions: https://www.googleapis.com/auth/userinfo.email');
    expect(() => g.Docs.Documents!.get('x')).toThrow(
      'API call to docs.documents.get failed with error: Request had insufficient authentication scopes.',
    );
    const none = setup([]).g;
    expect(() => none.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
  });

  test('a method not on record throws once scopes are checked, so a new stand-in method cannot slip through', () => {
    const ws = new Workspace({ scopes: manifestScopes() });
    const odd = wrap(ws, 'Range', { frobnicate: () => 1 });
    expect(() => odd.frobnicate()).toThrow('stand-in: Range.frobnicate has no OAuth scopes on record');
    const lax = wrap(new Workspace({ scopes: 'unchecked' }), 'Range', { frobnicate: () => 1 });
    expect(lax.frobnicate()).toBe(1);
  });

  test("by default a workspace grants the manifest's scopes; 'unchecked' lets every call through", () => {
    const { ws, g } = setup();
    expect(() => g.DriveApp.createFolder('e')).toThrow('Specified permissions are not sufficient');
    ws.setScopes('unchecked');
    expect(g.DriveApp.createFolder('f').getName()).toBe('f');
    ws.setScopes(manifestScopes());
    expect(() => g.DriveApp.createFolder('g')).toThrow('Specified permissions are not sufficient');
    ws.setScopes('unchecked');
    expect(g.DriveApp.createFolder('h').getName()).toBe('h');
  });

  test('fromJSON checks scopes as a new workspace does (they describe the setup, not the state)', () => {
    const ws = new Workspace({ scopes: manifestScopes() });
    const again = Workspace.fromJSON(JSON.parse(JSON.stringify(ws)), { scopes: manifestScopes() });
    expect(() => createGlobals(again).DriveApp.getRootFolder()).toThrow('Specified permissions are not sufficient');
  });
});
