/**
 * The Drive v3 advanced service (`Drive.Files`, `Drive.Permissions`) over the same Drive state as
 * the DriveApp stand-in, as strict as Google is about what the add-on may reach.
 *
 * Sources:
 * - Advanced Drive service: v3; methods named `delete` in the API are `remove` in Apps Script.
 *   https://developers.google.com/apps-script/advanced/drive
 * - files.create / get / update / list / delete, their `fields`, `q` and `supportsAllDrives`:
 *   https://developers.google.com/drive/api/reference/rest/v3/files
 *   (without `fields` a File answer carries only kind, id, name and mimeType)
 * - Search query terms (`'id' in parents`, `name = '…'`, `trashed = false`, `mimeType = '…'`):
 *   https://developers.google.com/drive/api/guides/ref-search-terms
 * - permissions.create: `sendNotificationEmail` "defaults to true for users and groups, and is not
 *   allowed for other requests"; `allowFileDiscovery` for type anyone/domain:
 *   https://developers.google.com/drive/api/v3/reference/permissions/create
 * - drive.file: per user, the files this app created or that the user opened/picked with it:
 *   https://developers.google.com/drive/api/guides/api-specific-auth and the Picker's setAppId
 *   ("required for the drive.file scope"):
 *   https://developers.google.com/workspace/drive/picker/reference/picker.pickerbuilder.setappid
 * - Uploads: files.create and files.update take the media (a Blob) as their second/third argument
 *   ("Upload files" in https://developers.google.com/apps-script/advanced/drive); files.update with
 *   media replaces the content and keeps the file's ID (https://developers.google.com/drive/api/
 *   reference/rest/v3/files/update: "updates a file's metadata, content, or both"); the File's
 *   `size` is the content's size in bytes. A Google type (Doc, folder) cannot take binary media
 *   as-is: refused here (the add-on never asks for a conversion).
 * - Admins can turn off the Drive SDK, which stops add-ons using the advanced Drive service:
 *   https://developers.google.com/apps-script/reference/drive
 *
 * Choices where the pages leave it open (the add-on must not depend on them):
 * - Error texts: 404 'API call to drive.files.get failed with error: File not found: <id>'; the
 *   API switched off: '… Access Not Configured. Drive API has not been used in project … or it is
 *   disabled (accessNotConfigured)'; Drive SDK off: '… The domain administrators have disabled
 *   Drive apps.'; a user permission with sendNotificationEmail false for an address without a
 *   Google account: '… Bad Request. User message: "… you must check the "Notify people" box …"'.
 * - Only the owner trashes, restores or deletes a file (My Drive rule); editors rename and share.
 * - Permission ids: 'anyoneWithLink' for the link, 'user:<email>' for people.
 *
 * Test hooks (ws.drive): `apiAccess` = 'not-enabled' (the `Drive` global is undefined),
 * 'access-not-configured' (403 on every call) or 'sdk-disabled'; `nonGoogleAccounts` = addresses
 * with no Google account; `forbidPublicSharing` refuses `anyone` permissions; `pickFiles(ws, ids)`
 * is what the Google Picker grants the active user under drive.file.
 */
import { blobData } from './blob';
import { newDocModel } from './doc-model';
import { effectiveRoles } from './drive';
import { wrap } from './proxy';
import type { DriveItemState, Role, Workspace } from './workspace';

declare module './workspace' {
  interface DriveItemState {
    /** drive.file: users whose add-on created or picked this item (default: its owner, if visibleToApp). */
    appUsers?: string[];
    /** In a shared drive: calls without supportsAllDrives answer 404. */
    sharedDrive?: boolean;
    /** A binary file's content (uploaded media), bytes as a latin1 string. */
    content?: string;
  }
  interface DriveState {
    /** Test hook: how the Drive advanced service is available (default 'enabled'). */
    apiAccess?: 'enabled' | 'not-enabled' | 'access-not-configured' | 'sdk-disabled';
    /** Test hook: addresses with no Google account (no share without a notification e-mail). */
    nonGoogleAccounts?: string[];
  }
}

type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type Options = Record<string, unknown>;

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';

const API_ROLE: Record<Role, string> = { viewer: 'reader', commenter: 'commenter', editor: 'writer' };
const ROLE_OF: Record<string, Role | undefined> = { reader: 'viewer', commenter: 'commenter', writer: 'editor' };

export class DriveApiError extends Error {
  constructor(
    method: string,
    readonly code: number,
    text: string,
  ) {
    super(`API call to drive.${method} failed with error: ${text}`);
    this.name = 'GoogleJsonResponseException';
  }
}

function appUsers(item: DriveItemState): string[] {
  return item.appUsers ?? (item.visibleToApp ? [item.owner] : []);
}

/** Whether `email` can open the item in Drive at all (owner, or shared directly or through a folder). */
function hasAccess(ws: Workspace, item: DriveItemState, email: string): boolean {
  return item.owner === email || effectiveRoles(ws, item).has(email);
}

function canEdit(ws: Workspace, item: DriveItemState, email: string): boolean {
  return item.owner === email || effectiveRoles(ws, item).get(email) === 'editor';
}

/** What the Google Picker grants: the active user's add-on may now reach these items. */
export function pickFiles(ws: Workspace, ids: string[]): void {
  for (const id of ids) {
    const item = ws.driveItem(id);
    if (!item || !hasAccess(ws, item, ws.activeUser)) throw new Error(`stand-in: ${ws.activeUser} cannot pick ${id}`);
    const users = appUsers(item);
    if (!users.includes(ws.activeUser)) item.appUsers = [...users, ws.activeUser];
  }
}

function urlOf(item: DriveItemState): string {
  if (item.kind === 'folder') return `https://drive.google.com/drive/folders/${item.id}`;
  if (item.mimeType === DOC_MIME) return `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
}

function fieldList(options: Options | undefined): string[] | null {
  const f = options?.fields;
  if (f === undefined) return null;
  if (typeof f !== 'string') throw new Error('stand-in: fields must be a string');
  // "id,name,owners(emailAddress),files(id,name)" → top-level names.
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of f) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim().replace(/\(.*$/, ''));
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim().replace(/\(.*$/, ''));
  return out;
}

function fileResource(ws: Workspace, item: DriveItemState, fields: string[] | null): File {
  const me = ws.activeUser;
  const full: Record<string, unknown> = {
    kind: 'drive#file',
    id: item.id,
    name: item.name,
    mimeType: item.mimeType,
    parents: [...item.parents],
    trashed: item.trashed,
    ownedByMe: item.owner === me,
    owners: [{ kind: 'drive#user', emailAddress: item.owner, displayName: item.owner.split('@')[0], me: item.owner === me }],
    capabilities: {
      canEdit: canEdit(ws, item, me),
      canRename: canEdit(ws, item, me),
      canShare: canEdit(ws, item, me),
      canTrash: item.owner === me,
      canUntrash: item.owner === me,
      canDelete: item.owner === me,
    },
    webViewLink: urlOf(item),
    ...(item.content !== undefined ? { size: String(item.content.length) } : {}),
    createdTime: item.created.toISOString(),
    modifiedTime: item.lastUpdated.toISOString(),
  };
  const keep = fields ?? ['kind', 'id', 'name', 'mimeType'];
  const out: Record<string, unknown> = {};
  for (const k of keep) if (k in full) out[k] = full[k];
  return out as File;
}

function permissionsOf(ws: Workspace, item: DriveItemState): Permission[] {
  const out: Permission[] = [{ kind: 'drive#permission', id: `user:${item.owner}`, type: 'user', role: 'owner', emailAddress: item.owner }];
  for (const [email, role] of effectiveRoles(ws, item)) {
    if (email === item.owner) continue;
    out.push({ kind: 'drive#permission', id: `user:${email}`, type: 'user', role: API_ROLE[role], emailAddress: email });
  }
  if (item.access === 'ANYONE_WITH_LINK' || item.access === 'ANYONE')
    out.push({
      kind: 'drive#permission',
      id: item.access === 'ANYONE' ? 'anyone' : 'anyoneWithLink',
      type: 'anyone',
      role: 'reader',
      allowFileDiscovery: item.access === 'ANYONE',
    });
  return out;
}

/** The request's checks every call makes: the API reachable, then the item under drive.file. */
class DriveCalls {
  constructor(readonly _ws: Workspace) {}

  _gate(method: string): void {
    const access = this._ws.drive.apiAccess ?? 'enabled';
    if (access === 'access-not-configured')
      throw new DriveApiError(
        method,
        403,
        'Access Not Configured. Drive API has not been used in project 000000000000 before or it is disabled. Enable it by visiting ' +
          'https://console.developers.google.com/apis/api/drive.googleapis.com/overview?project=000000000000 then retry. (accessNotConfigured)',
      );
    if (access === 'sdk-disabled') throw new DriveApiError(method, 403, 'The domain administrators have disabled Drive apps.');
  }

  _reach(method: string, id: unknown, options: Options | undefined): DriveItemState {
    this._gate(method);
    if (typeof id !== 'string' || !id) throw new Error(`stand-in: drive.${method} needs a file id`);
    const item = this._ws.driveItem(id);
    const me = this._ws.activeUser;
    const ok =
      item && appUsers(item).includes(me) && hasAccess(this._ws, item, me) && (!item.sharedDrive || options?.supportsAllDrives === true);
    if (!ok) throw new DriveApiError(method, 404, `File not found: ${id}`);
    return item;
  }
}

class FakeFiles extends DriveCalls {
  create(resource: File, mediaData?: unknown, optionalArgs?: Options): File {
    this._gate('files.create');
    const media = mediaData === undefined || mediaData === null ? null : blobData(mediaData);
    if (mediaData !== undefined && mediaData !== null && !media) throw new Error('stand-in: Drive.Files.create media must be a Blob');
    if (!resource || typeof resource.name !== 'string' || !resource.name) throw new Error('stand-in: Drive.Files.create needs a name');
    const mime = resource.mimeType ?? media?.contentType ?? 'application/octet-stream';
    if (media && mime.startsWith('application/vnd.google-apps.'))
      throw new Error('stand-in: Drive.Files.create converting media to a Google type is not implemented');
    const parentIds = resource.parents?.length ? resource.parents : [this._ws.drive.rootId];
    if (parentIds.length > 1)
      throw new DriveApiError('files.create', 403, 'Increasing the number of parents is not allowed. (cannotAddParent)');
    const parent = parentIds[0] === this._ws.drive.rootId ? null : this._reach('files.create', parentIds[0], optionalArgs);
    if (parent && !canEdit(this._ws, parent, this._ws.activeUser))
      throw new DriveApiError(
        'files.create',
        403,
        'The user does not have sufficient permissions for this file. (insufficientFilePermissions)',
      );
    const item = this._ws.newDriveItem(mime === FOLDER_MIME ? 'folder' : 'file', resource.name, mime, parentIds);
    item.appUsers = [this._ws.activeUser];
    if (parent?.sharedDrive) item.sharedDrive = true;
    if (mime === DOC_MIME) this._ws.data.docs[item.id] = newDocModel(item.id, item.name);
    if (media) item.content = media.data;
    return fileResource(this._ws, item, fieldList(optionalArgs));
  }

  get(fileId: string, optionalArgs?: Options): File {
    const item = this._reach('files.get', fileId, optionalArgs);
    return fileResource(this._ws, item, fieldList(optionalArgs));
  }

  update(resource: File, fileId: string, mediaData?: unknown, optionalArgs?: Options): File {
    const item = this._reach('files.update', fileId, optionalArgs);
    const me = this._ws.activeUser;
    const denied = (): DriveApiError =>
      new DriveApiError('files.update', 403, 'The user does not have sufficient permissions for this file. (insufficientFilePermissions)');
    if (mediaData !== undefined && mediaData !== null) {
      const media = blobData(mediaData);
      if (!media) throw new Error('stand-in: Drive.Files.update media must be a Blob');
      if (item.kind === 'folder' || item.mimeType.startsWith('application/vnd.google-apps.'))
        throw new Error('stand-in: Drive.Files.update with media on a Google type is not implemented');
      if (!canEdit(this._ws, item, me)) throw denied();
      item.content = media.data;
    }
    for (const key of Object.keys(resource ?? {})) {
      if (key === 'name') {
        if (!canEdit(this._ws, item, me)) throw denied();
        item.name = String(resource.name);
        const doc = this._ws.data.docs[item.id];
        if (doc) doc.name = item.name;
      } else if (key === 'trashed') {
        if (item.owner !== me) throw denied();
        item.trashed = resource.trashed === true;
      } else throw new Error(`stand-in: Drive.Files.update of "${key}" is not implemented`);
    }
    item.lastUpdated = this._ws.now();
    return fileResource(this._ws, item, fieldList(optionalArgs));
  }

  list(optionalArgs?: Options): { kind: string; files: File[] } {
    this._gate('files.list');
    const q = typeof optionalArgs?.q === 'string' ? optionalArgs.q : '';
    const tests = q ? q.split(/\s+and\s+/i).map((clause) => parseClause(clause)) : [];
    const me = this._ws.activeUser;
    const d = this._ws.drive;
    const items = [...Object.values(d.folders), ...Object.values(d.files)].filter(
      (i) =>
        i.id !== d.rootId &&
        appUsers(i).includes(me) &&
        hasAccess(this._ws, i, me) &&
        (!i.sharedDrive || optionalArgs?.supportsAllDrives === true) &&
        tests.every((t) => t(i)),
    );
    const fields = fieldList(optionalArgs);
    const inner = fields?.find((f) => f === 'files') ? innerFields(String(optionalArgs?.fields)) : null;
    return { kind: 'drive#fileList', files: items.map((i) => fileResource(this._ws, i, inner)) };
  }

  remove(fileId: string, optionalArgs?: Options): void {
    const item = this._reach('files.delete', fileId, optionalArgs);
    if (item.owner !== this._ws.activeUser)
      throw new DriveApiError(
        'files.delete',
        403,
        'The user does not have sufficient permissions for this file. (insufficientFilePermissions)',
      );
    const d = this._ws.drive;
    delete d.files[item.id];
    delete d.folders[item.id];
    delete this._ws.data.docs[item.id];
  }
}

function innerFields(fields: string): string[] {
  const m = /files\(([^)]*)\)/.exec(fields);
  return m ? m[1].split(',').map((s) => s.trim()) : ['kind', 'id', 'name', 'mimeType'];
}

function unquote(s: string): string {
  const m = /^'((?:[^'\\]|\\.)*)'$/.exec(s.trim());
  if (!m) throw new DriveApiError('files.list', 400, `Invalid Value (q: ${s})`);
  return m[1].replace(/\\(.)/g, '$1');
}

function parseClause(clause: string): (i: DriveItemState) => boolean {
  const c = clause.trim();
  let m = /^('(?:[^'\\]|\\.)*')\s+in\s+parents$/.exec(c);
  if (m) {
    const id = unquote(m[1]);
    return (i) => i.parents.includes(id);
  }
  m = /^(name|mimeType)\s*=\s*('(?:[^'\\]|\\.)*')$/.exec(c);
  if (m) {
    const field = m[1] as 'name' | 'mimeType';
    const value = unquote(m[2]);
    return (i) => i[field] === value;
  }
  m = /^trashed\s*=\s*(true|false)$/.exec(c);
  if (m) {
    const want = m[1] === 'true';
    return (i) => i.trashed === want;
  }
  throw new DriveApiError('files.list', 400, `Invalid Value (q: ${c})`);
}

class FakePermissions extends DriveCalls {
  list(fileId: string, optionalArgs?: Options): { kind: string; permissions: Permission[] } {
    const item = this._reach('permissions.list', fileId, optionalArgs);
    return { kind: 'drive#permissionList', permissions: permissionsOf(this._ws, item) };
  }

  create(resource: Permission, fileId: string, optionalArgs?: Options): Permission {
    const item = this._reach('permissions.create', fileId, optionalArgs);
    const me = this._ws.activeUser;
    if (!canEdit(this._ws, item, me))
      throw new DriveApiError(
        'permissions.create',
        403,
        'The user does not have sufficient permissions for this file. (insufficientFilePermissions)',
      );
    if (resource.type === 'anyone') {
      if (optionalArgs && 'sendNotificationEmail' in optionalArgs)
        throw new DriveApiError(
          'permissions.create',
          400,
          'Bad Request. sendNotificationEmail is not allowed for this permission type. (invalidSharingRequest)',
        );
      if (resource.role !== 'reader') throw new Error('stand-in: only reader links are implemented');
      if (this._ws.drive.forbidPublicSharing)
        throw new DriveApiError(
          'permissions.create',
          403,
          'The user does not have sufficient permissions for this file. (publishOutNotPermitted)',
        );
      item.access = resource.allowFileDiscovery === true ? 'ANYONE' : 'ANYONE_WITH_LINK';
      item.permission = 'VIEW';
      return permissionsOf(this._ws, item).find((p) => p.type === 'anyone')!;
    }
    if (resource.type !== 'user') throw new Error(`stand-in: permission type "${String(resource.type)}" is not implemented`);
    const email = String(resource.emailAddress ?? '').toLowerCase();
    const role = ROLE_OF[String(resource.role)];
    if (!email || !role) throw new DriveApiError('permissions.create', 400, 'Bad Request. (invalid)');
    const notify = optionalArgs?.sendNotificationEmail !== false;
    if (!notify && (this._ws.drive.nonGoogleAccounts ?? []).map((e) => e.toLowerCase()).includes(email))
      throw new DriveApiError(
        'permissions.create',
        400,
        `Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, ` +
          'you must check the "Notify people" box to invite this recipient." (invalidSharingRequest)',
      );
    const cur = item.shares[email];
    const rank: Record<Role, number> = { viewer: 1, commenter: 2, editor: 3 };
    if (!cur || rank[role] > rank[cur]) item.shares[email] = role;
    if (notify) this._ws.drive.notifications.push({ to: email, itemId: item.id, itemName: item.name, role, by: me });
    return { kind: 'drive#permission', id: `user:${email}`, type: 'user', role: resource.role, emailAddress: email };
  }

  remove(fileId: string, permissionId: string, optionalArgs?: Options): void {
    const item = this._reach('permissions.delete', fileId, optionalArgs);
    if (!canEdit(this._ws, item, this._ws.activeUser))
      throw new DriveApiError(
        'permissions.delete',
        403,
        'The user does not have sufficient permissions for this file. (insufficientFilePermissions)',
      );
    if (permissionId === 'anyoneWithLink' || permissionId === 'anyone') {
      item.access = 'PRIVATE';
      item.permission = 'NONE';
      return;
    }
    const email = permissionId.startsWith('user:') ? permissionId.slice(5) : '';
    if (!email || !(email in item.shares)) throw new DriveApiError('permissions.delete', 404, `Permission not found: ${permissionId}.`);
    delete item.shares[email];
  }
}

/** The `Drive` global, or undefined when the advanced service is not enabled in the manifest. */
export function makeDriveService(ws: Workspace): GoogleAppsScript.Drive | undefined {
  if (ws.drive.apiAccess === 'not-enabled') return undefined;
  const drive = {
    Files: wrap(ws, 'Drive.Files', new FakeFiles(ws)),
    Permissions: wrap(ws, 'Drive.Permissions', new FakePermissions(ws)),
  };
  return wrap(ws, 'Drive', drive) as unknown as GoogleAppsScript.Drive;
}
