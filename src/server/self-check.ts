/**
 * ITA › ตรวจสอบการเชื่อมต่อกับ Google: runs, on the real platform, every assumption the add-on
 * relies on, on scratch objects (a folder, a Doc in it, a hidden sheet) that it removes
 * afterwards. Each check answers ✓/✗/! with the platform's own error text, so the first real
 * deployment settles what Google's pages leave open (line breaks in appended paragraphs, what a
 * plain-text cell does with "'" and "=") and shows at once a missing scope or API.
 */
import { mapColumns } from '../core/read-workbook';
import { MENU, SELF_CHECK, fill } from '../core/labels';
import type { ColumnDef } from '../core/schema';
import {
  ADD_ON_SCOPES,
  SELF_CHECK_IDS,
  checkResult,
  errorText,
  missingScopes,
  pdfPageCount,
  type SelfCheckId,
  type SelfCheckReport,
  type SelfCheckResult,
} from '../core/self-check';
import {
  addLinkReader,
  createBinaryIn,
  createDocIn,
  createFolder,
  getFile,
  listPermissions,
  PDF_MIME,
  removeFile,
  removePermission,
  updateContent,
} from './drive-v3';
import { segmenterSplitter } from '../core/column-widths';
import { pickerConfig } from './picker-service';
import { PROPERTY } from './report-files';
import { writeRowCells } from './sheet-writer';

type Check = () => SelfCheckResult;

/** What the checks share: the scratch objects made so far, removed at the end whatever happened. */
interface Scratch {
  folderId: string;
  docId: string;
  pdfId: string;
  leftovers: string[];
}

const A4 = { long: 841.9, short: 595.3 };

function docsApi(): GoogleAppsScript.Docs.Collection.DocumentsCollection | null {
  return typeof Docs === 'undefined' || !Docs ? null : Docs.Documents;
}

function checkScopes(): SelfCheckResult {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [...ADD_ON_SCOPES]);
  const granted = typeof info.getAuthorizedScopes === 'function' ? info.getAuthorizedScopes() : null;
  if (granted === null) return checkResult('scopes', 'warn', SELF_CHECK.scopesUnknown);
  const missing = missingScopes(ADD_ON_SCOPES, granted);
  if (missing.length) return checkResult('scopes', 'fail', fill(SELF_CHECK.scopesMissing, { scopes: missing.join(', ') }));
  return checkResult('scopes', 'ok', fill(SELF_CHECK.scopesOk, { n: ADD_ON_SCOPES.length }));
}

function checkDocsApi(): SelfCheckResult {
  return docsApi() ? checkResult('docsApi', 'ok', SELF_CHECK.serviceOk) : checkResult('docsApi', 'fail', SELF_CHECK.serviceMissing);
}

function checkDriveApi(): SelfCheckResult {
  if (typeof Drive === 'undefined' || !Drive) return checkResult('driveApi', 'fail', SELF_CHECK.serviceMissing);
  // A list call answers 403 accessNotConfigured when the API is off in the Cloud project.
  Drive.Files.list({ pageSize: 1, fields: 'files(id)', supportsAllDrives: true, includeItemsFromAllDrives: true });
  return checkResult('driveApi', 'ok', SELF_CHECK.serviceOk);
}

function checkScratchFolder(s: Scratch): SelfCheckResult {
  const folder = createFolder(SELF_CHECK.scratchName);
  s.folderId = folder.id ?? '';
  if (!s.folderId || !getFile(s.folderId)) throw new Error(`Drive.Files.get could not read back folder ${s.folderId}`);
  return checkResult('scratchFolder', 'ok', SELF_CHECK.folderOk);
}

function checkScratchDoc(s: Scratch): SelfCheckResult {
  const file = createDocIn(s.folderId, SELF_CHECK.scratchName);
  s.docId = file.id ?? '';
  const doc = DocumentApp.openById(s.docId);
  // What the report writer does: a multi-line paragraph, a table, the page turned to landscape A4.
  const body = doc.getBody();
  body.appendParagraph('บรรทัดหนึ่ง\nบรรทัดสอง');
  body.appendTable([
    ['หัว ๑', 'หัว ๒'],
    ['ก', 'ข'],
  ]);
  body.setAttributes({ [DocumentApp.Attribute.PAGE_WIDTH]: A4.long, [DocumentApp.Attribute.PAGE_HEIGHT]: A4.short });
  doc.saveAndClose();
  return checkResult('scratchDoc', 'ok', SELF_CHECK.docOk);
}

interface DocsStructure {
  body?: {
    content?: { startIndex?: number; paragraph?: unknown; table?: { tableRows?: { tableRowStyle?: { tableHeader?: boolean } }[] } }[];
  };
  documentStyle?: {
    pageSize?: { width?: { magnitude?: number }; height?: { magnitude?: number } };
    documentFormat?: { documentMode?: string };
  };
}

function structure(docId: string): DocsStructure {
  return docsApi()!.get(docId) as DocsStructure;
}

function paragraphTexts(d: DocsStructure): string[] {
  const out: string[] = [];
  for (const el of d.body?.content ?? []) {
    const p = el.paragraph as { elements?: { textRun?: { content?: string } }[] } | undefined;
    if (p) out.push((p.elements ?? []).map((e) => e.textRun?.content ?? '').join(''));
  }
  return out;
}

function checkLineBreaks(s: Scratch): SelfCheckResult {
  const texts = paragraphTexts(structure(s.docId));
  const one = texts.find((t) => t.includes('บรรทัดหนึ่ง') && t.includes('บรรทัดสอง'));
  if (one) return checkResult('lineBreaks', 'ok', SELF_CHECK.lineBreaksOne);
  if (texts.some((t) => t.includes('บรรทัดหนึ่ง')) && texts.some((t) => t.includes('บรรทัดสอง'))) {
    return checkResult('lineBreaks', 'ok', SELF_CHECK.lineBreaksMany);
  }
  return checkResult('lineBreaks', 'fail', fill(SELF_CHECK.lineBreaksLost, { found: texts.join(' | ').slice(0, 200) }));
}

function checkPinnedHeader(s: Scratch): SelfCheckResult {
  const table = (structure(s.docId).body?.content ?? []).find((el) => el.table);
  if (!table || table.startIndex === undefined) throw new Error('Docs.Documents.get shows no table in the scratch Doc');
  docsApi()!.batchUpdate(
    { requests: [{ pinTableHeaderRows: { tableStartLocation: { index: table.startIndex }, pinnedHeaderRowsCount: 1 } }] },
    s.docId,
  );
  const after = (structure(s.docId).body?.content ?? []).find((el) => el.table);
  const pinned = after?.table?.tableRows?.[0]?.tableRowStyle?.tableHeader === true;
  return pinned ? checkResult('pinnedHeader', 'ok', SELF_CHECK.pinnedOk) : checkResult('pinnedHeader', 'fail', SELF_CHECK.pinnedLost);
}

function checkLandscape(s: Scratch): SelfCheckResult {
  // A pageless Doc ignores page size and orientation: ask for pages, as the report writer does.
  const request = { updateDocumentStyle: { documentStyle: { documentFormat: { documentMode: 'PAGES' } }, fields: 'documentFormat' } };
  let refused = '';
  try {
    docsApi()!.batchUpdate({ requests: [request as GoogleAppsScript.Docs.Schema.Request] }, s.docId);
  } catch (e) {
    refused = errorText(e);
  }
  const style = structure(s.docId).documentStyle;
  const w = style?.pageSize?.width?.magnitude ?? 0;
  const h = style?.pageSize?.height?.magnitude ?? 0;
  const mode = style?.documentFormat?.documentMode ?? 'PAGES';
  const values = { w: w.toFixed(1), h: h.toFixed(1), mode };
  if (w > h && mode === 'PAGES') return checkResult('landscape', refused ? 'warn' : 'ok', fill(SELF_CHECK.landscapeOk, values), refused);
  return checkResult('landscape', 'fail', fill(SELF_CHECK.landscapeWrong, values), refused);
}

function latin1(blob: GoogleAppsScript.Base.Blob): string {
  const bytes = blob.getBytes();
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.slice(i, i + 8192).map((b) => b & 255));
  return out;
}

/**
 * Google's pages do not say whether getAs('application/pdf') in the same run already sees a
 * batchUpdate's styling: export right after the landscape batchUpdate, then again from a freshly
 * opened Doc, and compare page count and size. Then the report job's upload: create the PDF, update
 * it with the second export, and check the file ID stayed.
 */
function checkPdfExport(s: Scratch): SelfCheckResult {
  const first = DocumentApp.openById(s.docId).getAs(PDF_MIME);
  const a = latin1(first);
  s.pdfId = String(createBinaryIn(s.folderId, `${SELF_CHECK.scratchName}.pdf`, first).id ?? '');
  const second = DocumentApp.openById(s.docId).getAs(PDF_MIME);
  const b = latin1(second);
  const updated = String(updateContent(s.pdfId, second).id ?? '');
  if (updated !== s.pdfId) return checkResult('pdfExport', 'fail', fill(SELF_CHECK.pdfIdChanged, { before: s.pdfId, after: updated }));
  const [p1, p2] = [pdfPageCount(a), pdfPageCount(b)];
  if (p1 !== p2 || a.length !== b.length)
    return checkResult('pdfExport', 'warn', fill(SELF_CHECK.pdfDiffers, { pages1: p1, pages2: p2, size1: a.length, size2: b.length }));
  return checkResult('pdfExport', 'ok', fill(SELF_CHECK.pdfOk, { pages: p1, size: a.length }));
}

const SCRATCH_COLUMNS: readonly ColumnDef[] = [
  { key: 'a', header: 'a', kind: 'text', width: 60 },
  { key: 'b', header: 'b', kind: 'text', width: 60 },
];

function checkPlainText(s: Scratch): SelfCheckResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const name = `${SELF_CHECK.scratchName} ${Date.now()}`;
  const sheet = ss.insertSheet(name);
  try {
    sheet.hideSheet();
    sheet.getRange(1, 1, 1, 2).setValues([['a', 'b']]);
    const map = mapColumns(['a', 'b'], SCRATCH_COLUMNS);
    const wrote = ["'-x", '=1+1'];
    const rewritten = writeRowCells(sheet, 2, { values: ['', ''], formulas: ['', ''] }, map, { a: wrote[0], b: wrote[1] });
    const read = sheet.getRange(2, 1, 1, 2).getValues()[0].map(String);
    const formulas = sheet.getRange(2, 1, 1, 2).getFormulas()[0];
    if (read[0] !== wrote[0] || read[1] !== wrote[1] || formulas.some(Boolean)) {
      return checkResult('plainText', 'fail', fill(SELF_CHECK.plainTextWrong, { wrote: wrote.join(' '), read: read.join(' ') }));
    }
    return checkResult(
      'plainText',
      'ok',
      fill(SELF_CHECK.plainTextOk, { rewritten: rewritten.length ? SELF_CHECK.plainTextRewritten : '' }),
    );
  } finally {
    try {
      ss.deleteSheet(sheet);
    } catch {
      s.leftovers.push(name);
    }
  }
}

function checkLinkSharing(s: Scratch): SelfCheckResult {
  try {
    addLinkReader(s.docId);
  } catch (e) {
    return checkResult('linkSharing', 'warn', SELF_CHECK.linkRefused, errorText(e));
  }
  const link = listPermissions(s.docId).find((p) => p.type === 'anyone');
  if (!link?.id) throw new Error('Drive.Permissions.list shows no "anyone" permission after creating it');
  removePermission(s.docId, link.id);
  if (listPermissions(s.docId).some((p) => p.type === 'anyone'))
    throw new Error('the "anyone" permission is still there after removing it');
  return checkResult('linkSharing', 'ok', SELF_CHECK.linkOk);
}

function checkEmail(): SelfCheckResult {
  const email = Session.getActiveUser().getEmail();
  return email ? checkResult('email', 'ok', fill(SELF_CHECK.emailOk, { email })) : checkResult('email', 'fail', SELF_CHECK.emailEmpty);
}

function checkLock(): SelfCheckResult {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) return checkResult('lock', 'fail', SELF_CHECK.lockBusy);
  lock.releaseLock();
  return checkResult('lock', 'ok', SELF_CHECK.lockOk);
}

function checkPicker(): SelfCheckResult {
  const config = pickerConfig();
  if (!config.ok) return checkResult('picker', 'warn', config.message);
  const folderId = PropertiesService.getDocumentProperties().getProperty(PROPERTY.folder);
  if (!folderId) return checkResult('picker', 'ok', fill(SELF_CHECK.pickerOk, { project: config.appId, readBack: '' }));
  const reached = getFile(folderId) !== null;
  const readBack = reached ? SELF_CHECK.pickerReadBack : fill(SELF_CHECK.pickerReadBackFailed, { menu: MENU.picker });
  return checkResult('picker', reached ? 'ok' : 'fail', fill(SELF_CHECK.pickerOk, { project: config.appId, readBack }));
}

/** Whether this runtime's ICU splits Thai words: not documented for Apps Script (column-widths.ts). */
function checkThaiSegmenter(): SelfCheckResult {
  const split = segmenterSplitter();
  if (!split) return checkResult('thaiSegmenter', 'warn', SELF_CHECK.segmenterMissing);
  return checkResult('thaiSegmenter', 'ok', fill(SELF_CHECK.segmenterOk, { sample: split('ปีงบประมาณนี้มีมาตรการ').join('|') }));
}

function removeScratch(s: Scratch): void {
  for (const [id, what] of [
    [s.pdfId, 'PDF'],
    [s.docId, 'Doc'],
    [s.folderId, 'folder'],
  ] as const) {
    if (!id) continue;
    try {
      removeFile(id);
    } catch {
      s.leftovers.push(`${SELF_CHECK.scratchName} (${what} ${id})`);
    }
  }
}

/** Runs every check; one failing never stops the others (those that need it say they were skipped). */
export function runSelfCheck(): SelfCheckReport {
  const s: Scratch = { folderId: '', docId: '', pdfId: '', leftovers: [] };
  const checks: Record<SelfCheckId, { run: Check; needs: SelfCheckId[] }> = {
    scopes: { run: checkScopes, needs: [] },
    docsApi: { run: checkDocsApi, needs: [] },
    driveApi: { run: checkDriveApi, needs: [] },
    scratchFolder: { run: () => checkScratchFolder(s), needs: ['driveApi'] },
    scratchDoc: { run: () => checkScratchDoc(s), needs: ['scratchFolder'] },
    lineBreaks: { run: () => checkLineBreaks(s), needs: ['scratchDoc', 'docsApi'] },
    pinnedHeader: { run: () => checkPinnedHeader(s), needs: ['scratchDoc', 'docsApi'] },
    landscape: { run: () => checkLandscape(s), needs: ['scratchDoc', 'docsApi'] },
    pdfExport: { run: () => checkPdfExport(s), needs: ['scratchDoc', 'landscape'] },
    plainText: { run: () => checkPlainText(s), needs: [] },
    linkSharing: { run: () => checkLinkSharing(s), needs: ['scratchDoc'] },
    email: { run: checkEmail, needs: [] },
    lock: { run: checkLock, needs: [] },
    picker: { run: checkPicker, needs: ['driveApi'] },
    thaiSegmenter: { run: checkThaiSegmenter, needs: [] },
  };
  const results: SelfCheckResult[] = [];
  try {
    for (const id of SELF_CHECK_IDS) {
      const { run, needs } = checks[id];
      const failedNeed = needs.some((n) => ['fail', 'skip'].includes(results.find((r) => r.id === n)?.status ?? ''));
      if (failedNeed) {
        results.push(checkResult(id, 'skip', SELF_CHECK.notRun));
        continue;
      }
      try {
        results.push(run());
      } catch (e) {
        results.push(checkResult(id, 'fail', '', errorText(e)));
      }
    }
  } finally {
    removeScratch(s);
  }
  return { at: new Date().toISOString(), user: safeEmail(), results, leftovers: s.leftovers };
}

function safeEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}
