/**
 * The add-on's only door to Drive: the Drive v3 advanced service, which works under the
 * `drive.file` scope (DriveApp needs the full `drive` scope for every method). Every call passes
 * supportsAllDrives, since a folder in a shared drive answers 404 otherwise.
 *
 * Under drive.file a 404 means "missing, or never given to this add-on for this user": Drive does
 * not tell them apart, so callers decide what it means from what they recorded.
 */
import { DRIVE_TEXT } from '../core/labels';
import { UserFacingError } from '../core/problems';

export type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
export type DrivePermission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOC_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

const ALL_DRIVES = { supportsAllDrives: true } as const;
/** Metadata-only calls pass no media blob (the advanced service's optional-args overloads need the slot). */
const NO_MEDIA = null as unknown as GoogleAppsScript.Base.Blob;
const FILE_FIELDS = 'id,name,mimeType,parents,trashed,ownedByMe,owners(emailAddress),capabilities(canEdit,canShare,canUntrash),webViewLink';

/** The Drive service, or a Thai message when the advanced service is not enabled in the manifest. */
function drive(): GoogleAppsScript.Drive {
  const service = typeof Drive === 'undefined' ? undefined : Drive;
  if (!service) throw new UserFacingError(DRIVE_TEXT.notEnabled);
  return service;
}

function messageOf(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
}

export function isNotFound(e: unknown): boolean {
  return /File not found|notFound|\b404\b/i.test(messageOf(e));
}

/** The Drive API switched off in the Cloud project, or the Drive SDK turned off by the admin. */
function isApiOff(e: unknown): boolean {
  return /accessNotConfigured|Access Not Configured|has not been used in project|disabled Drive apps/i.test(messageOf(e));
}

/** Runs a Drive call; a switched-off API becomes its Thai message, anything else is rethrown. */
function call<T>(run: (d: GoogleAppsScript.Drive) => T): T {
  const d = drive();
  try {
    return run(d);
  } catch (e) {
    if (isApiOff(e)) throw new UserFacingError(`${DRIVE_TEXT.apiOff} (${messageOf(e)})`);
    throw e;
  }
}

/** The file's metadata, or null on 404 (missing, or not given to this add-on for this user). */
export function getFile(id: string): DriveFile | null {
  try {
    return call((d) => d.Files.get(id, { ...ALL_DRIVES, fields: FILE_FIELDS }));
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

export function createFolder(name: string): DriveFile {
  return call((d) => d.Files.create({ name, mimeType: FOLDER_MIME }, NO_MEDIA, { ...ALL_DRIVES, fields: FILE_FIELDS }));
}

/** A Google Doc made directly inside the folder (DocumentApp.create would put it in My Drive's root). */
export function createDocIn(folderId: string, name: string): DriveFile {
  return call((d) =>
    d.Files.create({ name, mimeType: DOC_MIME, parents: [folderId] }, NO_MEDIA, {
      ...ALL_DRIVES,
      fields: FILE_FIELDS,
    }),
  );
}

/** A binary file (the report's PDF) uploaded into the folder. */
export function createBinaryIn(folderId: string, name: string, blob: GoogleAppsScript.Base.Blob): DriveFile {
  return call((d) =>
    d.Files.create({ name, mimeType: blob.getContentType() ?? undefined, parents: [folderId] }, blob, {
      ...ALL_DRIVES,
      fields: FILE_FIELDS,
    }),
  );
}

/** New content for the same file: its ID and link stay (drive.file is enough for a file the add-on made). */
export function updateContent(id: string, blob: GoogleAppsScript.Base.Blob): DriveFile {
  return call((d) => d.Files.update({}, id, blob, { ...ALL_DRIVES, fields: FILE_FIELDS }));
}

export function fileUrl(id: string): string {
  return `https://drive.google.com/file/d/${id}/view`;
}

export function updateFile(id: string, change: { name?: string; trashed?: boolean }): DriveFile {
  return call((d) => d.Files.update(change, id, NO_MEDIA, { ...ALL_DRIVES, fields: FILE_FIELDS }));
}

/** Files this add-on may reach in a folder with that name (not trashed). */
export function findInFolder(folderId: string, name: string): DriveFile[] {
  const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const q = `${quote(folderId)} in parents and name = ${quote(name)} and trashed = false`;
  const list = call((d) => d.Files.list({ ...ALL_DRIVES, includeItemsFromAllDrives: true, q, fields: `files(${FILE_FIELDS})` }));
  return list.files ?? [];
}

/** Deletes for good (skipping the trash); only the owner may. Used for the self-check's scratch files. */
export function removeFile(id: string): void {
  call((d) => d.Files.remove(id, { ...ALL_DRIVES }));
}

export function listPermissions(id: string): DrivePermission[] {
  return call((d) => d.Permissions.list(id, { ...ALL_DRIVES, fields: 'permissions(id,type,role,emailAddress)' })).permissions ?? [];
}

/** A person's permission; `notify` false asks Drive not to e-mail them. */
export function addPerson(id: string, email: string, role: 'reader' | 'commenter' | 'writer', notify: boolean): void {
  call((d) => d.Permissions.create({ type: 'user', role, emailAddress: email }, id, { ...ALL_DRIVES, sendNotificationEmail: notify }));
}

/** Link sharing: anyone with the link reads; sendNotificationEmail is not allowed for this type. */
export function addLinkReader(id: string): void {
  call((d) => d.Permissions.create({ type: 'anyone', role: 'reader', allowFileDiscovery: false }, id, { ...ALL_DRIVES }));
}

export function removePermission(id: string, permissionId: string): void {
  call((d) => d.Permissions.remove(id, permissionId, { ...ALL_DRIVES }));
}

export function ownerOf(file: DriveFile): string {
  return file.owners?.[0]?.emailAddress ?? '';
}

export function folderUrl(id: string): string {
  return `https://drive.google.com/drive/folders/${id}`;
}

export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

export { messageOf };
