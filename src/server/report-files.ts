/**
 * The report files: the "รายงาน ITA" folder, the one Doc per report key (found again so the link
 * the agency publishes never changes), who created each, and sharing. All Drive work goes through
 * the Drive v3 advanced service (drive-v3.ts), which works under drive.file.
 *
 * Under drive.file another coordinator's add-on cannot reach, through Drive, what the first one's
 * created, even when it is shared with them. So the report never forks: a folder or Doc this user
 * cannot reach is never silently replaced. A Doc that still exists is rewritten through
 * DocumentApp (the documents scope is not per file), keeping its link; renaming and sharing wait
 * until the user adopts the files in the Google Picker. Only a file its own creator can no longer
 * reach was deleted for good, and only then is it replaced, with a note that its link changed.
 */
import { DEFAULT_FOLDER_NAME, DRIVE_TEXT, fill, PUBLISH_TEXT } from '../core/labels';
import type { Settings } from '../core/model';
import { UserFacingError } from '../core/problems';
import {
  addLinkReader,
  addPerson,
  createBinaryIn,
  createDocIn,
  createFolder,
  docUrl,
  fileUrl,
  findInFolder,
  folderUrl,
  getFile,
  listPermissions,
  messageOf,
  ownerOf,
  removePermission,
  updateContent,
  updateFile,
  type DriveFile,
  type DrivePermission,
} from './drive-v3';

type Properties = GoogleAppsScript.Properties.Properties;

export const PROPERTY = {
  folder: 'ita.reportFolderId',
  doc: (key: string): string => `ita.doc.${key}`,
  /** The PDF beside the report key's Doc (same link every time, like the Doc's). */
  pdf: (key: string): string => `ita.pdf.${key}`,
  /** Who created a folder or Doc (its Drive ID): messages name them when Drive cannot reach it. */
  creator: (fileId: string): string => `ita.creator.${fileId}`,
  /** The day the report key's Doc was first generated (YYYY-MM-DD): the memo's date unless one is set. */
  firstGenerated: (key: string): string => `ita.firstGenerated.${key}`,
} as const;

const DOC_PREFIX = PROPERTY.doc('');

/**
 * The memo's default date: the day this report's Doc was first generated, so regenerating does not
 * move it; `now` for a report not made yet (recorded by recordFirstGenerated once it is).
 */
export function firstGeneratedOn(props: Properties, key: string, now: Date): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(props.getProperty(PROPERTY.firstGenerated(key)) ?? '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : now;
}

export function recordFirstGenerated(props: Properties, key: string, day: Date): void {
  if (props.getProperty(PROPERTY.firstGenerated(key))) return;
  const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  props.setProperty(PROPERTY.firstGenerated(key), iso);
}

/** The reports already made, by report key ("2568.H1", "2568.plan") → Doc ID. */
export function existingReports(props: Properties): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(props.getProperties())) if (k.startsWith(DOC_PREFIX) && v) out[k.slice(DOC_PREFIX.length)] = v;
  return out;
}

export function currentUser(): string {
  return Session.getActiveUser().getEmail();
}

export function creatorOf(props: Properties, fileId: string): string {
  return props.getProperty(PROPERTY.creator(fileId)) || DRIVE_TEXT.unknownUser;
}

function record(props: Properties, fileId: string, me: string): void {
  props.setProperty(PROPERTY.creator(fileId), me || DRIVE_TEXT.unknownUser);
}

const adopt = DRIVE_TEXT.adoptHint;

/** A refusal the user resolves by adopting the files in the Picker (the dialog offers its button). */
export class AdoptionNeeded extends UserFacingError {}

/** A trashed file: restored (same ID, same link) when this user owns it, else the owner is named. */
function restoreIfTrashed(file: DriveFile, what: 'folder' | 'doc' | 'pdf', notes: string[]): void {
  if (!file.trashed) return;
  if (!file.ownedByMe) {
    const word = { folder: DRIVE_TEXT.folderWord, doc: DRIVE_TEXT.docWord, pdf: PUBLISH_TEXT.pdfWord }[what];
    throw new UserFacingError(fill(DRIVE_TEXT.trashedNotMine, { what: word, owner: ownerOf(file) }));
  }
  updateFile(String(file.id), { trashed: false });
  notes.push({ folder: DRIVE_TEXT.folderRestored, doc: DRIVE_TEXT.docRestored, pdf: PUBLISH_TEXT.pdfRestored }[what]);
}

export interface ReportFolder {
  id: string;
  url: string;
  /** False when this user's add-on cannot reach it through Drive (another coordinator's). */
  reachable: boolean;
  creator: string;
}

/** A new "รายงาน ITA" folder, recorded as the report folder (also the explicit choice in the Picker dialog). */
export function startNewFolder(props: Properties, me: string): ReportFolder {
  const made = createFolder(DEFAULT_FOLDER_NAME);
  const id = String(made.id);
  props.setProperty(PROPERTY.folder, id);
  record(props, id, me);
  return { id, url: folderUrl(id), reachable: true, creator: me };
}

/** The folder from settings; else the one recorded; else (nothing recorded) a new "รายงาน ITA". */
export function resolveFolder(settings: Settings, props: Properties, me: string, notes: string[]): ReportFolder {
  if (settings.reportFolderId) {
    const id = settings.reportFolderId;
    const file = getFile(id);
    if (!file) throw new AdoptionNeeded(fill(DRIVE_TEXT.settingsFolderUnreachable, { id, adopt }));
    restoreIfTrashed(file, 'folder', notes);
    return { id, url: folderUrl(id), reachable: true, creator: creatorOf(props, id) };
  }
  const knownId = props.getProperty(PROPERTY.folder);
  if (!knownId) return startNewFolder(props, me);
  const creator = creatorOf(props, knownId);
  const file = getFile(knownId);
  if (file) {
    restoreIfTrashed(file, 'folder', notes);
    return { id: knownId, url: folderUrl(knownId), reachable: true, creator };
  }
  // Its own creator's add-on always reaches what it made: for them a 404 means deleted for good.
  if (me && creator === me) {
    notes.push(DRIVE_TEXT.folderReplaced);
    return startNewFolder(props, me);
  }
  return { id: knownId, url: folderUrl(knownId), reachable: false, creator };
}

export interface ReportDoc {
  id: string;
  url: string;
  doc: GoogleAppsScript.Document.Document;
  /** 'new' the first time, 'updated' when the same Doc was rewritten, 'replaced' when the old one was deleted for good. */
  status: 'new' | 'updated' | 'replaced';
  /** False when Drive cannot reach it for this user: content rewritten, but no rename or sharing. */
  reachable: boolean;
}

function tryOpen(id: string): GoogleAppsScript.Document.Document | null {
  try {
    return DocumentApp.openById(id);
  } catch {
    return null;
  }
}

function createDoc(
  key: string,
  name: string,
  folder: ReportFolder,
  props: Properties,
  me: string,
): { id: string; doc: GoogleAppsScript.Document.Document } {
  if (!folder.reachable) throw new AdoptionNeeded(fill(DRIVE_TEXT.noDocNoFolder, { creator: folder.creator, me, adopt }));
  const made = createDocIn(folder.id, name);
  const id = String(made.id);
  props.setProperty(PROPERTY.doc(key), id);
  record(props, id, me);
  return { id, doc: DocumentApp.openById(id) };
}

function reuse(file: DriveFile, key: string, name: string, props: Properties, notes: string[]): ReportDoc {
  const id = String(file.id);
  restoreIfTrashed(file, 'doc', notes);
  if (file.name !== name && file.capabilities?.canEdit) updateFile(id, { name });
  props.setProperty(PROPERTY.doc(key), id);
  return { id, url: docUrl(id), doc: DocumentApp.openById(id), status: 'updated', reachable: true };
}

/** The Doc for this report key: the same file every time, so its link stays the same. */
export function openReportDoc(key: string, name: string, folder: ReportFolder, props: Properties, me: string, notes: string[]): ReportDoc {
  const knownId = props.getProperty(PROPERTY.doc(key));
  if (knownId) {
    const file = getFile(knownId);
    if (file) return reuse(file, key, name, props, notes);
    const doc = tryOpen(knownId);
    if (doc) {
      notes.push(fill(DRIVE_TEXT.docOfOther, { creator: creatorOf(props, knownId), adopt }));
      return { id: knownId, url: docUrl(knownId), doc, status: 'updated', reachable: false };
    }
    const made = createDoc(key, name, folder, props, me);
    return { ...made, url: docUrl(made.id), status: 'replaced', reachable: true };
  }
  // Properties can be lost (a copied spreadsheet); a Doc of that name in the folder is ours.
  const same = folder.reachable ? findInFolder(folder.id, name) : [];
  if (same.length) return reuse(same[0], key, name, props, notes);
  const made = createDoc(key, name, folder, props, me);
  return { ...made, url: docUrl(made.id), status: 'new', reachable: true };
}

export interface ReportPdf {
  id: string;
  url: string;
  status: 'new' | 'updated' | 'replaced';
  /** False when this user's add-on cannot reach it (another coordinator's): left as it was. */
  reachable: boolean;
}

/** The PDF's name: the Doc's, with the extension a downloaded copy gets. */
export function pdfName(docName: string): string {
  return `${docName}.pdf`;
}

function createPdf(
  key: string,
  name: string,
  folder: ReportFolder,
  props: Properties,
  me: string,
  blob: GoogleAppsScript.Base.Blob,
): string {
  const id = String(createBinaryIn(folder.id, name, blob).id);
  props.setProperty(PROPERTY.pdf(key), id);
  record(props, id, me);
  return id;
}

/**
 * Writes the report's PDF beside its Doc: created the first time, then its content replaced with
 * Drive.Files.update, which keeps the file's ID and so its link. A trashed PDF is restored; only a
 * PDF its creator can no longer reach was deleted for good, and only then is a new one made (the
 * user is told the link changed). A PDF another coordinator's add-on made is left alone until this
 * user adopts the files in the Picker.
 */
export function writeReportPdf(
  key: string,
  docName: string,
  blob: GoogleAppsScript.Base.Blob,
  folder: ReportFolder,
  props: Properties,
  me: string,
  notes: string[],
): ReportPdf | null {
  const name = pdfName(docName);
  blob.setName(name);
  const knownId = props.getProperty(PROPERTY.pdf(key));
  const adoptNote = (): void => void notes.push(fill(PUBLISH_TEXT.pdfSkipped, { adopt }));
  let file: DriveFile | null = knownId ? getFile(knownId) : null;
  if (knownId && !file && !(me && creatorOf(props, knownId) === me)) {
    adoptNote();
    return { id: knownId, url: fileUrl(knownId), status: 'updated', reachable: false };
  }
  if (!knownId && folder.reachable) file = findInFolder(folder.id, name)[0] ?? null;
  if (file) {
    const id = String(file.id);
    restoreIfTrashed(file, 'pdf', notes);
    if (file.name !== name && file.capabilities?.canEdit) updateFile(id, { name });
    updateContent(id, blob);
    props.setProperty(PROPERTY.pdf(key), id);
    return { id, url: fileUrl(id), status: 'updated', reachable: true };
  }
  if (!folder.reachable) {
    adoptNote();
    return null;
  }
  const id = createPdf(key, name, folder, props, me, blob);
  if (knownId) notes.push(PUBLISH_TEXT.pdfReplaced);
  return { id, url: fileUrl(id), status: knownId ? 'replaced' : 'new', reachable: true };
}

export interface SharingResult {
  added: string[];
  publicLink: boolean;
  warnings: string[];
}

function emailsIn(perms: DrivePermission[]): Set<string> {
  return new Set(perms.filter((p) => p.emailAddress).map((p) => String(p.emailAddress).toLowerCase()));
}

/**
 * Adds each missing person without an e-mail; Drive refuses that for an address with no Google
 * account, so that one is retried once with the invitation e-mail and the user is told.
 */
function addPeople(
  fileId: string,
  emails: string[],
  role: 'reader' | 'commenter' | 'writer',
  warnings: string[],
  failedText: string,
): string[] {
  const added: string[] = [];
  const mailed: string[] = [];
  const failed: string[] = [];
  let lastError = '';
  for (const email of emails) {
    try {
      addPerson(fileId, email, role, false);
      added.push(email);
    } catch {
      try {
        addPerson(fileId, email, role, true);
        added.push(email);
        mailed.push(email);
      } catch (e) {
        failed.push(email);
        lastError = messageOf(e);
      }
    }
  }
  if (mailed.length) warnings.push(fill(DRIVE_TEXT.invitedByMail, { emails: mailed.join(', ') }));
  if (failed.length) warnings.push(fill(failedText, { emails: failed.join(', '), error: lastError }));
  return added;
}

/**
 * Gives the executives access, adding only who is missing, with no e-mail (the dialog shows the
 * link). Readers are added on the folder, so every report in it is readable with no per-file
 * sharing; commenters on the Doc. The coordinators become the folder's editors, so they can adopt
 * it in the Picker. The link is opened to anyone only when the setting says so, and taken back
 * when it is turned off.
 */
export function shareReport(
  doc: ReportDoc,
  folder: ReportFolder,
  settings: Settings,
  me: string,
  pdf: ReportPdf | null = null,
): SharingResult {
  const warnings: string[] = [];
  if (!doc.reachable) return { added: [], publicLink: false, warnings };
  // The PDF is shared like the Doc: the same per-file permissions (people when not on the folder, the link).
  const files = [doc.id, ...(pdf?.reachable ? [pdf.id] : [])];
  const perms = new Map<string, DrivePermission[]>();
  const permsOf = (id: string): DrivePermission[] => {
    if (!perms.has(id)) perms.set(id, listPermissions(id));
    return perms.get(id)!;
  };
  let added: string[] = [];
  if (settings.executives.length) {
    const onDoc = settings.shareRole === 'commenter' || !folder.reachable;
    for (const target of onDoc ? files : [folder.id]) {
      const has = emailsIn(permsOf(target));
      const missing = settings.executives.filter((e) => !has.has(e.toLowerCase()));
      const now = addPeople(target, missing, settings.shareRole === 'commenter' ? 'commenter' : 'reader', warnings, DRIVE_TEXT.shareFailed);
      if (target === doc.id || target === folder.id) added = now;
    }
  }
  if (folder.reachable && settings.coordinators.length) {
    const has = emailsIn(permsOf(folder.id));
    const missing = settings.coordinators.filter((e) => e.toLowerCase() !== me.toLowerCase() && !has.has(e.toLowerCase()));
    addPeople(folder.id, missing, 'writer', warnings, DRIVE_TEXT.coordinatorShareFailed);
  }
  let publicLink = false;
  try {
    for (const id of files) {
      const link = permsOf(id).find((p) => p.type === 'anyone');
      if (settings.publicLink && !link) addLinkReader(id);
      if (!settings.publicLink && link) removePermission(id, String(link.id));
    }
    publicLink = settings.publicLink;
  } catch {
    warnings.push(DRIVE_TEXT.publicLinkRefused);
  }
  return { added, publicLink, warnings };
}

/** Whether this user's add-on reaches a recorded file through Drive (for the picker's pre-filter). */
export function recordedFileIds(props: Properties): string[] {
  const folder = props.getProperty(PROPERTY.folder);
  const pdfs = Object.entries(props.getProperties())
    .filter(([k, v]) => k.startsWith(PROPERTY.pdf('')) && v)
    .map(([, v]) => v);
  return [...(folder ? [folder] : []), ...Object.values(existingReports(props)), ...pdfs];
}
