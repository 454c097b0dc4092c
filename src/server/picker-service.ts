/**
 * Adoption through the Google Picker. Under drive.file, a folder or Doc another coordinator's
 * add-on created is "File not found" for this user's add-on until this user picks it in the
 * Picker (opened with setAppId = the Cloud project number). The dialog is pre-filtered to the
 * recorded folder and report files; each picked ID is then confirmed here with Drive.Files.get.
 * Starting a new folder is a separate, explicit action: adoption never makes one.
 */
import { DRIVE_TEXT, fill } from '../core/labels';
import { UserFacingError } from '../core/problems';
import { withDocumentLock } from './lock';
import { FOLDER_MIME, getFile, ownerOf } from './drive-v3';
import { currentUser, existingReports, PROPERTY, startNewFolder } from './report-files';

/** Script properties the deployer sets (Project settings › Script properties). */
export const SCRIPT_PROPERTY = { pickerApiKey: 'PICKER_API_KEY', cloudProjectNumber: 'CLOUD_PROJECT_NUMBER' } as const;

export type PickerConfig =
  { ok: true; developerKey: string; appId: string; oauthToken: string; fileIds: string[] } | { ok: false; message: string };

export interface AdoptResult {
  /** Thai lines: what is now in use. */
  adopted: string[];
  /** Thai lines: missing IDs, files without edit rights, files that are not the recorded ones. */
  problems: string[];
}

function recorded(): { folderId: string | null; docIds: Set<string> } {
  const props = PropertiesService.getDocumentProperties();
  return { folderId: props.getProperty(PROPERTY.folder), docIds: new Set(Object.values(existingReports(props))) };
}

/** What the Picker dialog needs; the recorded folder first, then the report Docs. */
export function pickerConfig(): PickerConfig {
  const script = PropertiesService.getScriptProperties();
  const developerKey = script.getProperty(SCRIPT_PROPERTY.pickerApiKey) ?? '';
  const appId = script.getProperty(SCRIPT_PROPERTY.cloudProjectNumber) ?? '';
  if (!developerKey || !/^\d+$/.test(appId)) return { ok: false, message: DRIVE_TEXT.pickerNotConfigured };
  const { folderId, docIds } = recorded();
  return { ok: true, developerKey, appId, oauthToken: ScriptApp.getOAuthToken(), fileIds: [...(folderId ? [folderId] : []), ...docIds] };
}

function parseIds(raw: unknown): string[] {
  const list: unknown[] = Array.isArray(raw) ? raw : [];
  const ids = list.filter((x): x is string => typeof x === 'string' && /^[\w-]{10,200}$/.test(x));
  if (!ids.length || ids.length !== list.length) throw new UserFacingError('รายการไฟล์ที่เลือกไม่ถูกต้อง — เลือกใหม่อีกครั้ง');
  return [...new Set(ids)];
}

/** Confirms each picked ID with Drive.Files.get: only the recorded folder and report Docs are taken. */
export function adoptPickedFiles(raw: unknown): AdoptResult {
  const ids = parseIds(raw);
  const { folderId, docIds } = recorded();
  const adopted: string[] = [];
  const problems: string[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const file = getFile(id);
    if (!file) {
      missing.push(id);
      continue;
    }
    const name = String(file.name ?? id);
    if (!file.capabilities?.canEdit) problems.push(fill(DRIVE_TEXT.pickedNoEdit, { name, owner: ownerOf(file) }));
    else if (id === folderId && file.mimeType === FOLDER_MIME) adopted.push(fill(DRIVE_TEXT.adoptedFolder, { name }));
    else if (docIds.has(id)) adopted.push(fill(DRIVE_TEXT.adoptedDoc, { name }));
    else problems.push(fill(DRIVE_TEXT.pickedUnknown, { name }));
  }
  if (missing.length) problems.unshift(fill(DRIVE_TEXT.pickedMissing, { ids: missing.join(', ') }));
  return { adopted, problems };
}

/** The explicit "start a new folder" choice: later reports go there; existing Docs keep their links. */
export type NewFolderResult = { ok: true; url: string; message: string } | { ok: false; message: string };

export function startNewReportFolder(): NewFolderResult {
  return withDocumentLock<NewFolderResult>(
    30000,
    () => ({ ok: false as const, message: 'มีผู้อื่นกำลังสร้างรายงานอยู่ — รอสักครู่แล้วลองใหม่' }),
    () => {
      const folder = startNewFolder(PropertiesService.getDocumentProperties(), currentUser());
      return { ok: true as const, url: folder.url, message: DRIVE_TEXT.newFolderMade };
    },
  );
}
