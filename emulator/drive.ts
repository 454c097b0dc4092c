/**
 * DriveApp stand-in. Every DriveApp method needs the full `drive` scope (Google's reference lists
 * only drive / drive.readonly under "Authorization"), which the add-on does not ask for, so the
 * add-on itself never calls DriveApp: it uses the Drive v3 advanced service (drive-api.ts), which
 * shares this Drive state. DriveApp stays for tests and tools that inspect Drive as a user would.
 * Items the add-on cannot see (`visibleToApp` false) read as "not found".
 *
 * Sharing: each item records email -> role; a file (or folder) inside a folder shared with someone
 * inherits that access, so getViewers/getEditors include inherited users.
 * As in DriveApp, getViewers returns viewers *and* commenters (DriveApp has no getCommenters, so
 * neither does the stand-in); add* never downgrades; removeViewer
 * / removeCommenter do not touch editors; every add* e-mails the person (ws.drive.notifications).
 * DriveApp's search methods (getFilesByName, getFoldersByName, Folder.getFiles …) include trashed
 * items, as the real ones do: check isTrashed().
 * ws.drive.forbidPublicSharing = true makes setSharing(ANYONE | ANYONE_WITH_LINK, …) throw
 * 'Access denied: DriveApp.', the message Apps Script gives when a Workspace admin policy forbids
 * link sharing.
 */
import { Fake, enumName, enumOf } from './fake-base';
import { FakeUser } from './misc';
import { unwrapAs } from './proxy';
import type { AccessName, DriveItemState, PermissionName, Role, Workspace } from './workspace';

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;
type User = GoogleAppsScript.Drive.User;
type BaseUser = GoogleAppsScript.Base.User;

export const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';
export const ACCESS_DENIED = 'Access denied: DriveApp.';

export const Access = enumOf('ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE');
export const Permission = enumOf('VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'FILE_ORGANIZER', 'NONE');

const RANK: Record<Role, number> = { viewer: 1, commenter: 2, editor: 3 };

function visible(item: DriveItemState | undefined): item is DriveItemState {
  return item !== undefined && item.visibleToApp;
}

function emailOf(u: unknown): string {
  if (typeof u === 'string') return u;
  const raw = unwrapAs(u, FakeUser) ?? unwrapAs(u, FakeDriveUser);
  if (raw) return raw._email;
  throw new Error("The parameters don't match the method signature for DriveApp.File.addViewer.");
}

function urlOf(item: DriveItemState): string {
  if (item.kind === 'folder') return `https://drive.google.com/drive/folders/${item.id}`;
  switch (item.mimeType) {
    case 'application/vnd.google-apps.document':
      return `https://docs.google.com/document/d/${item.id}/edit`;
    case 'application/vnd.google-apps.spreadsheet':
      return `https://docs.google.com/spreadsheets/d/${item.id}/edit`;
    default:
      return `https://drive.google.com/file/d/${item.id}/view`;
  }
}

/** Role of `email` on an item: its own share or one inherited from any ancestor folder. */
export function effectiveRoles(ws: Workspace, item: DriveItemState): Map<string, Role> {
  const out = new Map<string, Role>();
  const seen = new Set<string>();
  const visit = (it: DriveItemState | undefined): void => {
    if (!it || seen.has(it.id)) return;
    seen.add(it.id);
    for (const [email, role] of Object.entries(it.shares)) {
      const cur = out.get(email);
      if (!cur || RANK[role] > RANK[cur]) out.set(email, role);
    }
    for (const p of it.parents) visit(ws.data.drive.folders[p]);
  };
  visit(item);
  return out;
}

export class FakeDriveUser extends Fake<User> implements Pick<User, 'getEmail' | 'getName' | 'getDomain'> {
  constructor(
    ws: Workspace,
    readonly _email: string,
  ) {
    super(ws, 'User');
  }
  getEmail(): string {
    return this._email;
  }
  getName(): string {
    return this._email.split('@')[0];
  }
  getDomain(): string {
    return this._email.split('@')[1] ?? '';
  }
}

class FakeIterator<T> extends Fake<unknown> {
  constructor(
    ws: Workspace,
    className: string,
    readonly _items: T[],
    public _pos = 0,
  ) {
    super(ws, className);
  }
  hasNext(): boolean {
    return this._pos < this._items.length;
  }
  next(): T {
    if (this._pos >= this._items.length) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return this._items[this._pos++];
  }
  getContinuationToken(): string {
    return `stand-in-token-${this._pos}`;
  }
}

function fileIterator(ws: Workspace, items: DriveItemState[]): GoogleAppsScript.Drive.FileIterator {
  return new FakeIterator<File>(
    ws,
    'FileIterator',
    items.map((i) => new FakeFile(ws, i.id)._proxy),
  )._proxy as GoogleAppsScript.Drive.FileIterator;
}

function folderIterator(ws: Workspace, items: DriveItemState[]): GoogleAppsScript.Drive.FolderIterator {
  return new FakeIterator<Folder>(
    ws,
    'FolderIterator',
    items.map((i) => new FakeFolder(ws, i.id)._proxy),
  )._proxy as GoogleAppsScript.Drive.FolderIterator;
}

/** Shared behaviour of File and Folder (sharing, names, trash). */
abstract class DriveItemFake<T> extends Fake<T> {
  constructor(
    ws: Workspace,
    className: string,
    readonly _id: string,
  ) {
    super(ws, className);
  }
  _item(): DriveItemState {
    const it = this._ws.driveItem(this._id);
    if (!visible(it)) throw new Error(NOT_FOUND);
    return it;
  }
  _touch(): void {
    this._item().lastUpdated = this._ws.now();
  }
  _add(emails: unknown[], role: Role): void {
    const it = this._item();
    for (const e of emails) {
      const email = emailOf(e);
      const cur = it.shares[email];
      if (!cur || RANK[role] > RANK[cur]) it.shares[email] = role;
      this._ws.drive.notifications.push({ to: email, itemId: it.id, itemName: it.name, role, by: this._ws.activeUser });
    }
  }
  _users(pred: (r: Role) => boolean): User[] {
    const roles = effectiveRoles(this._ws, this._item());
    return [...roles.entries()].filter(([, r]) => pred(r)).map(([e]) => new FakeDriveUser(this._ws, e)._proxy);
  }
  _remove(email: string, roles: Role[]): void {
    const it = this._item();
    const cur = it.shares[email];
    if (cur && roles.includes(cur)) delete it.shares[email];
  }
  _setSharing(accessType: unknown, permissionType: unknown): void {
    const access = enumName(accessType) as AccessName;
    const permission = enumName(permissionType) as PermissionName;
    if (!(access in Access) || !(permission in Permission))
      throw new Error("The parameters don't match the method signature for DriveApp.File.setSharing.");
    if (this._ws.drive.forbidPublicSharing && (access === 'ANYONE' || access === 'ANYONE_WITH_LINK')) throw new Error(ACCESS_DENIED);
    const it = this._item();
    it.access = access;
    it.permission = permission;
  }
  // The sharing methods File and Folder have in common; T is File or Folder.
  addViewer(emailAddress: string | BaseUser): T {
    this._add([emailAddress], 'viewer');
    return this._proxy;
  }
  addViewers(emailAddresses: string[]): T {
    this._add(emailAddresses, 'viewer');
    return this._proxy;
  }
  addEditor(emailAddress: string | BaseUser): T {
    this._add([emailAddress], 'editor');
    return this._proxy;
  }
  addEditors(emailAddresses: string[]): T {
    this._add(emailAddresses, 'editor');
    return this._proxy;
  }
  getViewers(): User[] {
    return this._users((r) => r === 'viewer' || r === 'commenter');
  }
  getEditors(): User[] {
    return this._users((r) => r === 'editor');
  }
  removeViewer(emailAddress: string | BaseUser): T {
    this._remove(emailOf(emailAddress), ['viewer', 'commenter']);
    return this._proxy;
  }
  removeEditor(emailAddress: string | BaseUser): T {
    this._remove(emailOf(emailAddress), ['editor']);
    return this._proxy;
  }
  setSharing(accessType: GoogleAppsScript.Drive.Access, permissionType: GoogleAppsScript.Drive.Permission): T {
    this._setSharing(accessType, permissionType);
    return this._proxy;
  }
  getSharingAccess(): GoogleAppsScript.Drive.Access {
    return this._item().access as unknown as GoogleAppsScript.Drive.Access;
  }
  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    return this._item().permission as unknown as GoogleAppsScript.Drive.Permission;
  }
}

// ---------------------------------------------------------------- File

type FileApi = Pick<
  File,
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'getMimeType'
  | 'isTrashed'
  | 'setTrashed'
  | 'moveTo'
  | 'getParents'
  | 'addViewer'
  | 'addViewers'
  | 'addCommenter'
  | 'addCommenters'
  | 'addEditor'
  | 'addEditors'
  | 'getViewers'
  | 'getEditors'
  | 'removeViewer'
  | 'removeCommenter'
  | 'removeEditor'
  | 'setSharing'
  | 'getSharingAccess'
  | 'getSharingPermission'
  | 'getLastUpdated'
  | 'getDateCreated'
  | 'getOwner'
>;

export class FakeFile extends DriveItemFake<File> implements FileApi {
  constructor(ws: Workspace, id: string) {
    super(ws, 'File', id);
  }
  getId(): string {
    return this._item().id;
  }
  getName(): string {
    return this._item().name;
  }
  setName(name: string): File {
    this._item().name = name;
    const doc = this._ws.data.docs[this._id];
    if (doc) doc.name = name;
    if (this._id === this._ws.data.spreadsheet.id) this._ws.data.spreadsheet.name = name;
    this._touch();
    return this._proxy;
  }
  getUrl(): string {
    return urlOf(this._item());
  }
  getMimeType(): string {
    return this._item().mimeType;
  }
  isTrashed(): boolean {
    return this._item().trashed;
  }
  setTrashed(trashed: boolean): File {
    this._item().trashed = trashed;
    return this._proxy;
  }
  moveTo(destination: Folder): File {
    const dest = unwrapAs(destination, FakeFolder);
    if (!dest) throw new Error("The parameters don't match the method signature for DriveApp.File.moveTo.");
    const folder = dest._item();
    this._item().parents = [folder.id];
    return this._proxy;
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    const folders = this._item()
      .parents.map((p) => this._ws.data.drive.folders[p])
      .filter(visible);
    return folderIterator(this._ws, folders);
  }
  addCommenter(emailAddress: string | BaseUser): File {
    this._add([emailAddress], 'commenter');
    return this._proxy;
  }
  addCommenters(emailAddresses: string[]): File {
    this._add(emailAddresses, 'commenter');
    return this._proxy;
  }
  removeCommenter(emailAddress: string | BaseUser): File {
    this._remove(emailOf(emailAddress), ['viewer', 'commenter']);
    return this._proxy;
  }
  getLastUpdated(): GoogleAppsScript.Base.Date {
    return this._ws.makeDate(this._item().lastUpdated.getTime());
  }
  getDateCreated(): GoogleAppsScript.Base.Date {
    return this._ws.makeDate(this._item().created.getTime());
  }
  getOwner(): User {
    return new FakeDriveUser(this._ws, this._item().owner)._proxy;
  }
}

// ---------------------------------------------------------------- Folder

type FolderApi = Pick<
  Folder,
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'isTrashed'
  | 'setTrashed'
  | 'getFilesByName'
  | 'getFiles'
  | 'getFolders'
  | 'getFoldersByName'
  | 'createFolder'
  | 'addViewer'
  | 'addViewers'
  | 'addEditor'
  | 'addEditors'
  | 'getViewers'
  | 'getEditors'
  | 'removeViewer'
  | 'removeEditor'
  | 'getSharingAccess'
  | 'getSharingPermission'
  | 'setSharing'
  | 'getParents'
  | 'moveTo'
  | 'getLastUpdated'
  | 'getOwner'
>;

export class FakeFolder extends DriveItemFake<Folder> implements FolderApi {
  constructor(ws: Workspace, id: string) {
    super(ws, 'Folder', id);
  }
  _children(kind: 'file' | 'folder'): DriveItemState[] {
    const d = this._ws.data.drive;
    const pool = kind === 'file' ? d.files : d.folders;
    return Object.values(pool).filter((i) => visible(i) && i.parents.includes(this._id));
  }
  getId(): string {
    return this._item().id;
  }
  getName(): string {
    return this._item().name;
  }
  setName(name: string): Folder {
    this._item().name = name;
    return this._proxy;
  }
  getUrl(): string {
    return urlOf(this._item());
  }
  isTrashed(): boolean {
    return this._item().trashed;
  }
  setTrashed(trashed: boolean): Folder {
    this._item().trashed = trashed;
    return this._proxy;
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(this._ws, this._children('file'));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this._ws,
      this._children('file').filter((i) => i.name === name),
    );
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this._ws, this._children('folder'));
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(
      this._ws,
      this._children('folder').filter((i) => i.name === name),
    );
  }
  createFolder(name: string): Folder {
    this._item();
    const f = this._ws.newDriveItem('folder', name, 'application/vnd.google-apps.folder', [this._id]);
    return new FakeFolder(this._ws, f.id)._proxy;
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    const folders = this._item()
      .parents.map((p) => this._ws.data.drive.folders[p])
      .filter(visible);
    return folderIterator(this._ws, folders);
  }
  moveTo(destination: Folder): Folder {
    const dest = unwrapAs(destination, FakeFolder);
    if (!dest) throw new Error("The parameters don't match the method signature for DriveApp.Folder.moveTo.");
    if (dest._id === this._id) throw new Error('stand-in: cannot move a folder into itself');
    this._item().parents = [dest._item().id];
    return this._proxy;
  }
  getLastUpdated(): GoogleAppsScript.Base.Date {
    return this._ws.makeDate(this._item().lastUpdated.getTime());
  }
  getOwner(): User {
    return new FakeDriveUser(this._ws, this._item().owner)._proxy;
  }
}

// ---------------------------------------------------------------- DriveApp

type DriveAppApi = Pick<
  GoogleAppsScript.Drive.DriveApp,
  'createFolder' | 'getFolderById' | 'getFileById' | 'getRootFolder' | 'getFoldersByName' | 'getFilesByName' | 'createFile'
>;

export class FakeDriveApp extends Fake<GoogleAppsScript.Drive.DriveApp> implements DriveAppApi {
  readonly Access = Access;
  readonly Permission = Permission;
  constructor(ws: Workspace) {
    super(ws, 'DriveApp');
  }
  createFolder(name: string): Folder {
    const f = this._ws.newDriveItem('folder', name, 'application/vnd.google-apps.folder', [this._ws.drive.rootId]);
    return new FakeFolder(this._ws, f.id)._proxy;
  }
  createFile(a: unknown, content?: unknown, mimeType?: unknown): File {
    if (typeof a !== 'string') throw new Error('stand-in: DriveApp.createFile(blob) is not implemented');
    const f = this._ws.newDriveItem('file', a, typeof mimeType === 'string' ? mimeType : 'text/plain', [this._ws.drive.rootId]);
    void content;
    return new FakeFile(this._ws, f.id)._proxy;
  }
  getFolderById(id: string): Folder {
    const it = this._ws.data.drive.folders[id];
    if (!visible(it)) throw new Error(NOT_FOUND);
    return new FakeFolder(this._ws, id)._proxy;
  }
  getFileById(id: string): File {
    const it = this._ws.data.drive.files[id];
    if (!visible(it)) throw new Error(NOT_FOUND);
    return new FakeFile(this._ws, id)._proxy;
  }
  getRootFolder(): Folder {
    return new FakeFolder(this._ws, this._ws.drive.rootId)._proxy;
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(
      this._ws,
      Object.values(this._ws.data.drive.folders).filter((i) => visible(i) && i.name === name),
    );
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this._ws,
      Object.values(this._ws.data.drive.files).filter((i) => visible(i) && i.name === name),
    );
  }
}
