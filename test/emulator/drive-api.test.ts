import { installGlobals, pickFiles, type AppsScriptGlobals } from '../../emulator';
import { Workspace } from '../../emulator/workspace';

const A = 'malee@agency.go.th';
const B = 'somchai@agency.go.th';
const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';
const ALL = { supportsAllDrives: true };

function setup(): { ws: Workspace; g: AppsScriptGlobals; drive: GoogleAppsScript.Drive } {
  const ws = new Workspace({ activeUser: A });
  const g = {} as AppsScriptGlobals;
  installGlobals(ws, g);
  return { ws, g, drive: g.Drive! };
}

const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;

describe('Drive v3 advanced service stand-in', () => {
  it('creates a folder and a Doc directly inside it; answers only the fields asked for', () => {
    const { ws, g, drive } = setup();
    const folder = drive.Files.create({ name: 'รายงาน ITA', mimeType: FOLDER }, NO_MEDIA, ALL);
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const doc = drive.Files.create({ name: 'รายงาน', mimeType: DOC, parents: [folder.id!] }, NO_MEDIA, {
      ...ALL,
      fields: 'id,parents,owners(emailAddress)',
    });
    expect(doc.parents).toEqual([folder.id]);
    expect(doc.owners?.[0].emailAddress).toBe(A);
    expect(g.DocumentApp.openById(doc.id!).getName()).toBe('รายงาน');
    expect(ws.calls.snapshot()).toMatchObject({ 'Drive.Files.create': 2 });
  });

  it('drive.file is per user: another user gets 404 even when the folder is shared with them, until they pick it', () => {
    const { ws, drive } = setup();
    const folder = drive.Files.create({ name: 'รายงาน ITA', mimeType: FOLDER }, NO_MEDIA, ALL);
    drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: B }, folder.id!, { ...ALL, sendNotificationEmail: false });
    ws.setActiveUser(B);
    expect(() => drive.Files.get(folder.id!, ALL)).toThrow(`API call to drive.files.get failed with error: File not found: ${folder.id}`);
    expect(drive.Files.list({ ...ALL, q: 'trashed = false' }).files).toEqual([]);
    pickFiles(ws, [folder.id!]);
    expect(drive.Files.get(folder.id!, { ...ALL, fields: 'capabilities(canEdit)' }).capabilities?.canEdit).toBe(true);
    // The Picker only offers what the user can open.
    const stranger = ws.addForeignFile('ของคนอื่น');
    stranger.owner = 'stranger@example.org';
    expect(() => pickFiles(ws, [stranger.id])).toThrow('cannot pick');
  });

  it('answers 404 without supportsAllDrives for a file in a shared drive', () => {
    const { ws, drive } = setup();
    const folder = drive.Files.create({ name: 'ทีม', mimeType: FOLDER }, NO_MEDIA, ALL);
    ws.driveItem(folder.id!)!.sharedDrive = true;
    expect(() => drive.Files.get(folder.id!)).toThrow('File not found');
    expect(drive.Files.get(folder.id!, ALL).id).toBe(folder.id);
  });

  it('only the owner restores from the trash; editors rename', () => {
    const { ws, drive } = setup();
    const doc = drive.Files.create({ name: 'a', mimeType: DOC }, NO_MEDIA, ALL);
    drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: B }, doc.id!, { ...ALL, sendNotificationEmail: false });
    drive.Files.update({ trashed: true }, doc.id!, NO_MEDIA, ALL);
    ws.setActiveUser(B);
    pickFiles(ws, [doc.id!]);
    expect(drive.Files.get(doc.id!, { ...ALL, fields: 'trashed,ownedByMe' })).toEqual({ trashed: true, ownedByMe: false });
    expect(() => drive.Files.update({ trashed: false }, doc.id!, NO_MEDIA, ALL)).toThrow('insufficientFilePermissions');
    drive.Files.update({ name: 'b' }, doc.id!, NO_MEDIA, ALL);
    ws.setActiveUser(A);
    drive.Files.update({ trashed: false }, doc.id!, NO_MEDIA, ALL);
    expect(ws.driveItem(doc.id!)).toMatchObject({ name: 'b', trashed: false });
  });

  it('remove deletes for good: DocumentApp cannot open it any more', () => {
    const { g, drive } = setup();
    const doc = drive.Files.create({ name: 'a', mimeType: DOC }, NO_MEDIA, ALL);
    drive.Files.remove(doc.id!, ALL);
    expect(() => g.DocumentApp.openById(doc.id!)).toThrow('Document is missing');
    expect(() => drive.Files.get(doc.id!, ALL)).toThrow('File not found');
  });

  it('permissions: e-mail by default, none when asked, refused for an address with no Google account', () => {
    const { ws, drive } = setup();
    ws.drive.nonGoogleAccounts = ['nogoogle@example.org'];
    const f = drive.Files.create({ name: 'a', mimeType: DOC }, NO_MEDIA, ALL).id!;
    drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'x@agency.go.th' }, f, ALL);
    drive.Permissions.create({ type: 'user', role: 'commenter', emailAddress: 'y@agency.go.th' }, f, {
      ...ALL,
      sendNotificationEmail: false,
    });
    expect(() =>
      drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'nogoogle@example.org' }, f, {
        ...ALL,
        sendNotificationEmail: false,
      }),
    ).toThrow('Notify people');
    drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'nogoogle@example.org' }, f, ALL);
    expect(ws.drive.notifications.map((n) => n.to)).toEqual(['x@agency.go.th', 'nogoogle@example.org']);
    const perms = drive.Permissions.list(f, ALL).permissions!;
    expect(perms.map((p) => [p.emailAddress, p.role])).toEqual([
      [A, 'owner'],
      ['x@agency.go.th', 'reader'],
      ['y@agency.go.th', 'commenter'],
      ['nogoogle@example.org', 'reader'],
    ]);
    drive.Permissions.remove(f, perms[1].id!, ALL);
    expect(drive.Permissions.list(f, ALL).permissions).toHaveLength(3);
  });

  it('link sharing is an anyone permission: sendNotificationEmail refused for it, and the admin may forbid it', () => {
    const { ws, drive } = setup();
    const f = drive.Files.create({ name: 'a', mimeType: DOC }, NO_MEDIA, ALL).id!;
    const link = { type: 'anyone', role: 'reader', allowFileDiscovery: false };
    expect(() => drive.Permissions.create(link, f, { ...ALL, sendNotificationEmail: false })).toThrow('sendNotificationEmail');
    const p = drive.Permissions.create(link, f, ALL);
    expect(ws.driveItem(f)!.access).toBe('ANYONE_WITH_LINK');
    drive.Permissions.remove(f, p.id!, ALL);
    expect(ws.driveItem(f)!.access).toBe('PRIVATE');
    ws.drive.forbidPublicSharing = true;
    expect(() => drive.Permissions.create(link, f, ALL)).toThrow('publishOutNotPermitted');
  });

  it('lists a folder by the query terms the add-on uses, and refuses any other term', () => {
    const { drive } = setup();
    const folder = drive.Files.create({ name: 'F', mimeType: FOLDER }, NO_MEDIA, ALL).id!;
    drive.Files.create({ name: "it's", mimeType: DOC, parents: [folder] }, NO_MEDIA, ALL);
    drive.Files.create({ name: 'other', mimeType: DOC, parents: [folder] }, NO_MEDIA, ALL);
    const q = `'${folder}' in parents and name = 'it\\'s' and trashed = false`;
    expect(drive.Files.list({ ...ALL, q, fields: 'files(id,name)' }).files!.map((f) => f.name)).toEqual(["it's"]);
    expect(() => drive.Files.list({ ...ALL, q: "fullText contains 'x'" })).toThrow('Invalid Value');
  });

  it('hooks: the service not enabled (no Drive global), 403 accessNotConfigured, the Drive SDK off', () => {
    const ws = new Workspace({ activeUser: A });
    ws.drive.apiAccess = 'not-enabled';
    const g = {} as AppsScriptGlobals;
    installGlobals(ws, g);
    expect(g.Drive).toBeUndefined();
    ws.drive.apiAccess = 'access-not-configured';
    installGlobals(ws, g);
    expect(() => g.Drive!.Files.list(ALL)).toThrow('accessNotConfigured');
    ws.drive.apiAccess = 'sdk-disabled';
    expect(() => g.Drive!.Files.create({ name: 'x', mimeType: FOLDER }, NO_MEDIA, ALL)).toThrow('disabled Drive apps');
  });
});
