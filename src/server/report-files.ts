/**
 * The edge to Drive: the report folder, the one Doc per fiscal year and round (found again so the
 * URL the agency publishes never changes), and sharing with the executives.
 */
import { DEFAULT_FOLDER_NAME } from '../core/labels';
import type { Settings } from '../core/model';
import { UserFacingError } from '../core/problems';

type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;
type Properties = GoogleAppsScript.Properties.Properties;

export const PROPERTY = {
  folder: 'ita.reportFolderId',
  doc: (key: string): string => `ita.doc.${key}`,
} as const;

function usable<T extends { isTrashed(): boolean }>(get: () => T): T | null {
  try {
    const item = get();
    return item.isTrashed() ? null : item;
  } catch {
    return null;
  }
}

/** The folder from settings; else the one the add-on made before; else a new "รายงาน ITA". */
export function resolveFolder(settings: Settings, props: Properties): { folder: Folder; created: boolean } {
  if (settings.reportFolderId) {
    const folder = usable(() => DriveApp.getFolderById(settings.reportFolderId));
    if (!folder) {
      throw new UserFacingError(
        `เปิดโฟลเดอร์รายงาน "${settings.reportFolderId}" (ชีต "ตั้งค่า" แถว "โฟลเดอร์รายงาน") ไม่ได้ — ` +
          'ส่วนเสริมนี้เข้าถึงได้เฉพาะโฟลเดอร์ที่ส่วนเสริมสร้างเอง ให้ล้างช่องนี้ให้ว่าง แล้วระบบจะสร้างโฟลเดอร์ "รายงาน ITA" ให้ ' +
          '(ย้ายโฟลเดอร์นั้นไปไว้ที่ใดก็ได้ในภายหลัง) หรือตรวจว่าโฟลเดอร์ไม่ได้อยู่ในถังขยะ',
      );
    }
    return { folder, created: false };
  }
  const knownId = props.getProperty(PROPERTY.folder);
  const known = knownId ? usable(() => DriveApp.getFolderById(knownId)) : null;
  if (known) return { folder: known, created: false };
  const folder = DriveApp.createFolder(DEFAULT_FOLDER_NAME);
  props.setProperty(PROPERTY.folder, folder.getId());
  return { folder, created: true };
}

export interface ReportDoc {
  doc: GoogleAppsScript.Document.Document;
  file: File;
  /** 'new' the first time, 'updated' when the same Doc was rewritten, 'replaced' when the old one was gone. */
  status: 'new' | 'updated' | 'replaced';
}

/** The Doc for this year and round: the same file every time, so its link stays the same. */
export function openReportDoc(key: string, name: string, folder: Folder, props: Properties): ReportDoc {
  const knownId = props.getProperty(PROPERTY.doc(key));
  let file = knownId ? usable(() => DriveApp.getFileById(knownId)) : null;
  if (!file) {
    // Properties can be lost (a copied spreadsheet); a Doc of the same name in the folder is ours.
    const same = folder.getFilesByName(name);
    while (!file && same.hasNext()) file = usable(() => same.next());
  }
  if (file) {
    if (file.getName() !== name) file.setName(name);
    props.setProperty(PROPERTY.doc(key), file.getId());
    return { doc: DocumentApp.openById(file.getId()), file, status: 'updated' };
  }
  const doc = DocumentApp.create(name);
  const id = doc.getId();
  const created = DriveApp.getFileById(id);
  created.moveTo(folder);
  props.setProperty(PROPERTY.doc(key), id);
  return { doc, file: created, status: knownId ? 'replaced' : 'new' };
}

export interface SharingResult {
  added: string[];
  publicLink: boolean;
  warnings: string[];
}

/**
 * Gives the executives access, adding only who is missing (Drive e-mails everyone it adds, so a
 * regenerated report mails nobody twice). Viewers are added on the folder, so every report in it
 * is readable with no per-file sharing; commenters on the Doc. Link sharing only when the setting
 * says so, and taken back when it is turned off.
 */
export function shareReport(file: File, folder: Folder, settings: Settings): SharingResult {
  const warnings: string[] = [];
  const lower = (users: GoogleAppsScript.Drive.User[]): string[] => users.map((u) => u.getEmail().toLowerCase());
  let added: string[] = [];
  if (settings.executives.length) {
    const target = settings.shareRole === 'commenter' ? file : folder;
    // getViewers() lists viewers and commenters, inherited access included.
    const has = new Set([...lower(target.getEditors()), ...lower(target.getViewers())]);
    added = settings.executives.filter((e) => !has.has(e.toLowerCase()));
    try {
      if (added.length && settings.shareRole === 'commenter') file.addCommenters(added);
      else if (added.length) folder.addViewers(added);
    } catch (e) {
      warnings.push(`แชร์ให้ ${added.join(', ')} ไม่สำเร็จ: ${(e as Error).message} — ตรวจอีเมลในชีต "ตั้งค่า" แถว "อีเมลผู้บริหาร"`);
      added = [];
    }
  }
  let publicLink = false;
  try {
    const access = file.getSharingAccess();
    const isPublic = access === DriveApp.Access.ANYONE_WITH_LINK || access === DriveApp.Access.ANYONE;
    if (settings.publicLink && !isPublic) file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    if (!settings.publicLink && isPublic) file.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.NONE);
    publicLink = settings.publicLink;
  } catch {
    warnings.push(
      'เปิดให้ทุกคนที่มีลิงก์ดูรายงานไม่ได้ — ผู้ดูแลระบบ Google Workspace ขององค์กรอาจปิดการแชร์แบบลิงก์ไว้ ให้ดาวน์โหลดเป็น PDF แล้วเผยแพร่บนเว็บไซต์แทน',
    );
  }
  return { added, publicLink, warnings };
}
