import { installGlobals, type AppsScriptGlobals } from '../../emulator';
import { manifestScopes, SCOPE } from '../../emulator/scopes';
import { Workspace } from '../../emulator/workspace';

function setup(): { ws: Workspace; g: AppsScriptGlobals } {
  // DriveApp needs the full drive scope, which the add-on does not ask for.
  const ws = new Workspace({ activeUser: 'coordinator@agency.go.th', scopes: [...manifestScopes(), SCOPE.drive] });
  const g = {} as AppsScriptGlobals;
  installGlobals(ws, g);
  return { ws, g };
}

const emails = (users: { getEmail(): string }[]): string[] => users.map((u) => u.getEmail()).sort();

describe('DriveApp stand-in', () => {
  test('folders, moveTo, getParents, urls, ids', () => {
    const { g } = setup();
    const folder = g.DriveApp.createFolder('รายงาน ITA');
    const doc = g.DocumentApp.create('รายงานผล');
    const file = g.DriveApp.getFileById(doc.getId());
    expect(file.getParents().next().getId()).toBe(g.DriveApp.getRootFolder().getId());
    file.moveTo(folder);
    const parents = file.getParents();
    expect(parents.next().getName()).toBe('รายงาน ITA');
    expect(parents.hasNext()).toBe(false);
    expect(folder.getFilesByName('รายงานผล').next().getId()).toBe(doc.getId());
    expect(folder.getUrl()).toBe(`https://drive.google.com/drive/folders/${folder.getId()}`);
    expect(folder.getId()).toMatch(/^[A-Za-z0-9_-]{33,44}$/);
    expect(g.DriveApp.getFoldersByName('รายงาน ITA').hasNext()).toBe(true);
    expect(() => g.DriveApp.getFileById('1nope')).toThrow(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
  });

  test('drive.file: files the add-on did not create are invisible', () => {
    const { ws, g } = setup();
    const foreign = ws.addForeignFile('someone else');
    expect(() => g.DriveApp.getFileById(foreign.id)).toThrow('No item with the given ID');
    expect(g.DriveApp.getFilesByName('someone else').hasNext()).toBe(false);
  });

  test('sharing: inheritance from a folder, notifications, no downgrade, removeViewer', () => {
    const { ws, g } = setup();
    const folder = g.DriveApp.createFolder('ผู้บริหาร');
    folder.addViewers(['palad@agency.go.th', 'mayor@agency.go.th']);
    const file = g.DriveApp.getFileById(g.DocumentApp.create('r').getId());
    file.moveTo(folder);
    file.addEditor('staff@agency.go.th');
    file.addViewer('staff@agency.go.th'); // does not downgrade the editor
    file.addCommenter('auditor@agency.go.th');
    expect(emails(file.getViewers())).toEqual(['auditor@agency.go.th', 'mayor@agency.go.th', 'palad@agency.go.th']);
    expect(emails(file.getEditors())).toEqual(['staff@agency.go.th']);
    expect(ws.drive.notifications.map((n) => n.to)).toEqual([
      'palad@agency.go.th',
      'mayor@agency.go.th',
      'staff@agency.go.th',
      'staff@agency.go.th',
      'auditor@agency.go.th',
    ]);
    file.removeViewer('staff@agency.go.th'); // editors are untouched
    file.removeCommenter('auditor@agency.go.th');
    expect(emails(file.getEditors())).toEqual(['staff@agency.go.th']);
    expect(emails(file.getViewers())).toEqual(['mayor@agency.go.th', 'palad@agency.go.th']);
  });

  test('setSharing and an admin policy that forbids link sharing', () => {
    const { ws, g } = setup();
    const file = g.DriveApp.getFileById(g.DocumentApp.create('r').getId());
    file.setSharing(g.DriveApp.Access.ANYONE_WITH_LINK, g.DriveApp.Permission.VIEW);
    expect(file.getSharingAccess()).toBe(g.DriveApp.Access.ANYONE_WITH_LINK);
    expect(file.getSharingPermission()).toBe(g.DriveApp.Permission.VIEW);
    ws.drive.forbidPublicSharing = true;
    expect(() => file.setSharing(g.DriveApp.Access.ANYONE, g.DriveApp.Permission.VIEW)).toThrow('Access denied: DriveApp.');
    file.setSharing(g.DriveApp.Access.DOMAIN_WITH_LINK, g.DriveApp.Permission.VIEW);
    expect(file.getSharingAccess()).toBe('DOMAIN_WITH_LINK');
  });

  test('trash: search methods still return trashed files, as DriveApp does', () => {
    const { g } = setup();
    const file = g.DriveApp.getFileById(g.DocumentApp.create('old').getId());
    file.setTrashed(true);
    const it = g.DriveApp.getFilesByName('old');
    expect(it.next().isTrashed()).toBe(true);
  });
});
