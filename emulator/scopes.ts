/**
 * The OAuth scopes each stand-in method needs, so that a workspace created with the manifest's
 * `oauthScopes` refuses what Google refuses.
 *
 * One table keyed by the CallLog name ("Class.method", see proxy.ts): for each method the scopes
 * any ONE of which suffices (an empty list: the method needs none). Each class carries the
 * reference page the list was copied from; the built-in services' lists are the "Authorization"
 * sections of https://developers.google.com/apps-script/reference/… (checked against
 * gas-types-detailed 1.1.3, which copies those sections with the page URL of every method;
 * Paragraph.asParagraph and Table.asTable are documented on the Element page, Sheet.getTabColor
 * is deprecated and takes getTabColorObject's list). The advanced services' lists are the
 * "Authorization scopes" sections of the REST method pages
 * (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/…,
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/… and …/permissions/…).
 *
 * What the platform says when a scope is missing:
 * - built-in services: "Specified permissions are not sufficient to call DriveApp.createFolder.
 *   Required permissions: https://www.googleapis.com/auth/drive" (quoted in PRODUCT.md from real
 *   runs); with several acceptable scopes they are listed as "(A || B)".
 * - advanced services answer as their REST API does: 403 "Request had insufficient
 *   authentication scopes.", which Apps Script wraps as "API call to drive.files.create failed
 *   with error: …" — an approximation of the exact text, which Google's pages do not quote.
 *
 * Not modelled: `drive.file` and `documents.currentonly` are per file (Drive: per user, see
 * drive-api.ts); `*.currentonly` scopes do not cover advanced services — the REST lists below
 * simply do not contain them, which is the same rule.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SCOPE = {
  sheetsCurrent: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  sheets: 'https://www.googleapis.com/auth/spreadsheets',
  documentsCurrent: 'https://www.googleapis.com/auth/documents.currentonly',
  documents: 'https://www.googleapis.com/auth/documents',
  documentsReadonly: 'https://www.googleapis.com/auth/documents.readonly',
  drive: 'https://www.googleapis.com/auth/drive',
  driveReadonly: 'https://www.googleapis.com/auth/drive.readonly',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  driveAppdata: 'https://www.googleapis.com/auth/drive.appdata',
  driveMeetReadonly: 'https://www.googleapis.com/auth/drive.meet.readonly',
  driveMetadata: 'https://www.googleapis.com/auth/drive.metadata',
  driveMetadataReadonly: 'https://www.googleapis.com/auth/drive.metadata.readonly',
  drivePhotosReadonly: 'https://www.googleapis.com/auth/drive.photos.readonly',
  driveScripts: 'https://www.googleapis.com/auth/drive.scripts',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

type Scopes = readonly string[];

const NONE: Scopes = [];
const SHEETS: Scopes = [SCOPE.sheetsCurrent, SCOPE.sheets];
const DOCUMENT: Scopes = [SCOPE.documentsCurrent, SCOPE.documents];
const DOCUMENTS_ANY: Scopes = [SCOPE.documents];
const DRIVE: Scopes = [SCOPE.drive];
const DRIVE_READ: Scopes = [SCOPE.driveReadonly, SCOPE.drive];
const CONTAINER_UI: Scopes = [SCOPE.containerUi];
const EMAIL: Scopes = [SCOPE.email];

// REST method pages (Docs v1, Drive v3).
const DOCS_GET: Scopes = [SCOPE.documents, SCOPE.documentsReadonly, SCOPE.drive, SCOPE.driveFile, SCOPE.driveReadonly];
const DOCS_WRITE: Scopes = [SCOPE.documents, SCOPE.drive, SCOPE.driveFile];
const DRIVE_V3_READ: Scopes = [
  SCOPE.drive,
  SCOPE.driveAppdata,
  SCOPE.driveFile,
  SCOPE.driveMeetReadonly,
  SCOPE.driveMetadata,
  SCOPE.driveMetadataReadonly,
  SCOPE.drivePhotosReadonly,
  SCOPE.driveReadonly,
];
const DRIVE_V3_CREATE: Scopes = [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile];
const DRIVE_V3_UPDATE: Scopes = [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile, SCOPE.driveMetadata, SCOPE.driveScripts];
const DRIVE_V3_EXPORT: Scopes = [SCOPE.drive, SCOPE.driveFile, SCOPE.driveMetadataReadonly, SCOPE.driveReadonly];
const DRIVE_V3_SHARE: Scopes = [SCOPE.drive, SCOPE.driveFile];

export interface ClassScopes {
  /** The reference page the method lists were copied from. */
  readonly reference: string;
  /** How the platform reports a missing scope for this class. */
  readonly kind: 'built-in' | 'advanced';
  /** For advanced services: the REST name of the collection, e.g. 'drive.files'. */
  readonly rest?: string;
  readonly methods: Readonly<Record<string, Scopes>>;
}

function each(scopes: Scopes, ...methods: string[]): Record<string, Scopes> {
  return Object.fromEntries(methods.map((m) => [m, scopes]));
}

function ref(page: string): string {
  return `https://developers.google.com/apps-script/reference/${page}`;
}

function builtIn(page: string, ...groups: Record<string, Scopes>[]): ClassScopes {
  return { reference: ref(page), kind: 'built-in', methods: Object.assign({}, ...groups) as Record<string, Scopes> };
}

const DOCS_REST = 'https://developers.google.com/workspace/docs/api/reference/rest/v1/documents';
const DRIVE_REST = 'https://developers.google.com/workspace/drive/api/reference/rest/v3';

export const SCOPES_BY_CLASS: Readonly<Record<string, ClassScopes>> = {
  // ---- Sheets and the container's UI
  SpreadsheetApp: builtIn(
    'spreadsheet/spreadsheet-app',
    each(NONE, 'flush', 'getUi', 'newDataValidation'),
    each(SHEETS, 'getActive', 'getActiveSheet', 'getActiveSpreadsheet'),
  ),
  Spreadsheet: builtIn(
    'spreadsheet/spreadsheet',
    each(
      SHEETS,
      'deleteSheet',
      'getActiveSheet',
      'getId',
      'getName',
      'getRange',
      'getSheetById',
      'getSheetByName',
      'getSheets',
      'getSpreadsheetTimeZone',
      'getUrl',
      'insertSheet',
      'rename',
      'setActiveSheet',
      'toast',
    ),
  ),
  Sheet: builtIn(
    'spreadsheet/sheet',
    each(
      SHEETS,
      'activate',
      'appendRow',
      'autoResizeColumns',
      'getColumnWidth',
      'getDataRange',
      'getFrozenColumns',
      'getFrozenRows',
      'getIndex',
      'getLastColumn',
      'getLastRow',
      'getMaxColumns',
      'getMaxRows',
      'getName',
      'getParent',
      'getRange',
      'getSheetId',
      'getTabColor',
      'hideSheet',
      'hideColumns',
      'showColumns',
      'isColumnHiddenByUser',
      'insertColumnsAfter',
      'insertRowsAfter',
      'isSheetHidden',
      'setColumnWidth',
      'setColumnWidths',
      'setFrozenColumns',
      'setFrozenRows',
      'setName',
      'setTabColor',
      'showSheet',
    ),
  ),
  Range: builtIn(
    'spreadsheet/range',
    each(
      SHEETS,
      'clearContent',
      'clearDataValidations',
      'getA1Notation',
      'getBackground',
      'getColumn',
      'getDataValidation',
      'getDataValidations',
      'getDisplayValue',
      'getDisplayValues',
      'getFontWeight',
      'getFormula',
      'getFormulas',
      'getHeight',
      'getLastColumn',
      'getLastRow',
      'getNote',
      'getNumColumns',
      'getNumRows',
      'getNumberFormat',
      'getNumberFormats',
      'getRow',
      'getRowIndex',
      'getSheet',
      'getValue',
      'getValues',
      'getWidth',
      'setBackground',
      'setDataValidation',
      'setDataValidations',
      'setFontWeight',
      'setFormula',
      'setHorizontalAlignment',
      'setNote',
      'setNumberFormat',
      'setNumberFormats',
      'setValue',
      'setValues',
      'setVerticalAlignment',
      'setWrap',
      'setWrapStrategy',
    ),
    each(NONE, 'offset'),
  ),
  DataValidation: builtIn(
    'spreadsheet/data-validation',
    each(NONE, 'copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText'),
  ),
  DataValidationBuilder: builtIn(
    'spreadsheet/data-validation-builder',
    each(
      NONE,
      'build',
      'requireCheckbox',
      'requireDate',
      'requireNumberBetween',
      'requireValueInList',
      'requireValueInRange',
      'setAllowInvalid',
      'setHelpText',
    ),
  ),
  Ui: builtIn(
    'base/ui',
    each(NONE, 'alert', 'createAddonMenu', 'createMenu', 'prompt'),
    each(CONTAINER_UI, 'showModalDialog', 'showModelessDialog', 'showSidebar'),
  ),
  Menu: builtIn('base/menu', each(NONE, 'addItem', 'addSeparator', 'addSubMenu', 'addToUi')),
  PromptResponse: builtIn('base/prompt-response', each(NONE, 'getResponseText', 'getSelectedButton')),

  // ---- Documents
  DocumentApp: builtIn('document/document-app', each(DOCUMENTS_ANY, 'create', 'openById')),
  Document: builtIn(
    'document/document',
    each(DOCUMENT, 'getAs', 'getBody', 'getHeader', 'getId', 'getName', 'getUrl', 'saveAndClose', 'setName'),
  ),
  HeaderSection: builtIn('document/header-section', each(DOCUMENT, 'getImages', 'getParagraphs')),
  PositionedImage: builtIn('document/positioned-image', each(DOCUMENT, 'getBlob', 'getHeight', 'getWidth')),
  InlineImage: builtIn('document/inline-image', each(DOCUMENT, 'getBlob', 'getHeight', 'getWidth', 'setHeight', 'setWidth')),
  Blob: builtIn('base/blob', each(NONE, 'copyBlob', 'getBytes', 'getContentType', 'getDataAsString', 'getName', 'setName')),
  Body: builtIn(
    'document/body',
    each(
      DOCUMENT,
      'appendPageBreak',
      'appendParagraph',
      'appendTable',
      'clear',
      'editAsText',
      'getAttributes',
      'getChild',
      'getMarginBottom',
      'getMarginLeft',
      'getMarginRight',
      'getMarginTop',
      'getNumChildren',
      'getPageHeight',
      'getImages',
      'getPageWidth',
      'getParagraphs',
      'getTables',
      'getText',
      'getType',
      'setAttributes',
      'setMarginBottom',
      'setMarginLeft',
      'setMarginRight',
      'setMarginTop',
      'setPageHeight',
      'setPageWidth',
    ),
  ),
  Paragraph: builtIn(
    'document/paragraph',
    each(
      DOCUMENT,
      'appendInlineImage',
      'appendText',
      'asParagraph',
      'clear',
      'editAsText',
      'getAlignment',
      'getAttributes',
      'getIndentFirstLine',
      'getIndentStart',
      'getLineSpacing',
      'getNumChildren',
      'getPositionedImages',
      'getSpacingAfter',
      'getSpacingBefore',
      'getText',
      'getType',
      'setAlignment',
      'setAttributes',
      'setHeading',
      'setIndentFirstLine',
      'setIndentStart',
      'setLineSpacing',
      'setSpacingAfter',
      'setSpacingBefore',
      'setText',
    ),
  ),
  PageBreak: builtIn('document/page-break', each(DOCUMENT, 'getType')),
  Table: builtIn(
    'document/table',
    each(
      DOCUMENT,
      'asTable',
      'editAsText',
      'getAttributes',
      'getBorderColor',
      'getBorderWidth',
      'getCell',
      'getChild',
      'getColumnWidth',
      'getNumChildren',
      'getNumRows',
      'getRow',
      'getText',
      'getType',
      'setAttributes',
      'setBorderColor',
      'setBorderWidth',
      'setColumnWidth',
    ),
  ),
  TableRow: builtIn(
    'document/table-row',
    each(DOCUMENT, 'editAsText', 'getCell', 'getChild', 'getNumCells', 'getNumChildren', 'getText', 'getType', 'setAttributes'),
  ),
  TableCell: builtIn(
    'document/table-cell',
    each(
      DOCUMENT,
      'appendParagraph',
      'editAsText',
      'getAttributes',
      'getBackgroundColor',
      'getChild',
      'getColSpan',
      'getNumChildren',
      'getText',
      'getType',
      'getVerticalAlignment',
      'setAttributes',
      'setBackgroundColor',
      'setVerticalAlignment',
    ),
  ),
  Text: builtIn(
    'document/text',
    each(
      DOCUMENT,
      'getAttributes',
      'getFontFamily',
      'getFontSize',
      'getForegroundColor',
      'getText',
      'getType',
      'isBold',
      'isItalic',
      'isUnderline',
      'setAttributes',
      'setBold',
      'setFontFamily',
      'setFontSize',
      'setForegroundColor',
      'setItalic',
      'setUnderline',
    ),
  ),
  'Docs.Documents': {
    reference: DOCS_REST,
    kind: 'advanced',
    rest: 'docs.documents',
    methods: { get: DOCS_GET, batchUpdate: DOCS_WRITE, create: DOCS_WRITE },
  },

  // ---- Drive: DriveApp needs the full drive scope for everything
  DriveApp: builtIn(
    'drive/drive-app',
    each(DRIVE, 'createFile', 'createFolder'),
    each(DRIVE_READ, 'getFileById', 'getFilesByName', 'getFolderById', 'getFoldersByName', 'getRootFolder'),
  ),
  File: builtIn(
    'drive/file',
    each(
      DRIVE,
      'addCommenter',
      'addCommenters',
      'addEditor',
      'addEditors',
      'addViewer',
      'addViewers',
      'moveTo',
      'removeCommenter',
      'removeEditor',
      'removeViewer',
      'setName',
      'setSharing',
      'setTrashed',
    ),
    each(
      DRIVE_READ,
      'getDateCreated',
      'getEditors',
      'getId',
      'getLastUpdated',
      'getMimeType',
      'getName',
      'getOwner',
      'getParents',
      'getSharingAccess',
      'getSharingPermission',
      'getUrl',
      'getViewers',
      'isTrashed',
    ),
  ),
  Folder: builtIn(
    'drive/folder',
    each(
      DRIVE,
      'addEditor',
      'addEditors',
      'addViewer',
      'addViewers',
      'createFolder',
      'moveTo',
      'removeEditor',
      'removeViewer',
      'setName',
      'setSharing',
      'setTrashed',
    ),
    each(
      DRIVE_READ,
      'getEditors',
      'getFiles',
      'getFilesByName',
      'getFolders',
      'getFoldersByName',
      'getId',
      'getLastUpdated',
      'getName',
      'getOwner',
      'getParents',
      'getSharingAccess',
      'getSharingPermission',
      'getUrl',
      'getViewers',
      'isTrashed',
    ),
  ),
  FileIterator: builtIn('drive/file-iterator', each(NONE, 'getContinuationToken', 'hasNext', 'next')),
  FolderIterator: builtIn('drive/folder-iterator', each(NONE, 'getContinuationToken', 'hasNext', 'next')),
  // Base's User (Session) and Drive's User share the CallLog name; neither page lists a scope.
  User: builtIn('base/user', each(NONE, 'getDomain', 'getEmail', 'getName')),
  // Apps Script names the REST `delete` method `remove`.
  'Drive.Files': {
    reference: `${DRIVE_REST}/files`,
    kind: 'advanced',
    rest: 'drive.files',
    methods: {
      create: DRIVE_V3_CREATE,
      get: DRIVE_V3_READ,
      list: DRIVE_V3_READ,
      update: DRIVE_V3_UPDATE,
      remove: DRIVE_V3_CREATE,
      export: DRIVE_V3_EXPORT,
    },
  },
  'Drive.Permissions': {
    reference: `${DRIVE_REST}/permissions`,
    kind: 'advanced',
    rest: 'drive.permissions',
    methods: { create: DRIVE_V3_SHARE, get: DRIVE_V3_READ, list: DRIVE_V3_READ, update: DRIVE_V3_SHARE, remove: DRIVE_V3_SHARE },
  },

  // ---- HTML, properties, locks, session, script, utilities
  HtmlService: builtIn(
    'html/html-service',
    each(NONE, 'createHtmlOutput', 'createHtmlOutputFromFile', 'createTemplate', 'createTemplateFromFile'),
  ),
  HtmlOutput: builtIn(
    'html/html-output',
    each(
      NONE,
      'addMetaTag',
      'append',
      'appendUntrusted',
      'getContent',
      'getHeight',
      'getTitle',
      'getWidth',
      'setContent',
      'setFaviconUrl',
      'setHeight',
      'setSandboxMode',
      'setTitle',
      'setWidth',
      'setXFrameOptionsMode',
    ),
  ),
  HtmlTemplate: builtIn('html/html-template', each(NONE, 'evaluate', 'getCode', 'getRawContent')),
  PropertiesService: builtIn(
    'properties/properties-service',
    each(NONE, 'getDocumentProperties', 'getScriptProperties', 'getUserProperties'),
  ),
  Properties: builtIn(
    'properties/properties',
    each(NONE, 'deleteAllProperties', 'deleteProperty', 'getKeys', 'getProperties', 'getProperty', 'setProperties', 'setProperty'),
  ),
  LockService: builtIn('lock/lock-service', each(NONE, 'getDocumentLock', 'getScriptLock', 'getUserLock')),
  Lock: builtIn('lock/lock', each(NONE, 'hasLock', 'releaseLock', 'tryLock', 'waitLock')),
  Session: builtIn(
    'base/session',
    each(EMAIL, 'getActiveUser', 'getEffectiveUser'),
    each(NONE, 'getActiveUserLocale', 'getScriptTimeZone', 'getTemporaryActiveUserKey'),
  ),
  ScriptApp: builtIn(
    'script/script-app',
    each(NONE, 'getAuthorizationInfo', 'getOAuthToken', 'getScriptId', 'requireAllScopes', 'requireScopes'),
  ),
  AuthorizationInfo: builtIn(
    'script/authorization-info',
    each(NONE, 'getAuthorizationStatus', 'getAuthorizationUrl', 'getAuthorizedScopes'),
  ),
  Utilities: builtIn('utilities/utilities', each(NONE, 'formatDate', 'formatString', 'getUuid', 'sleep')),
  Logger: builtIn('base/logger', each(NONE, 'clear', 'getLog', 'log')),
};

/** The scopes any one of which lets `call` ("Class.method") run; undefined when not on record. */
export function requiredScopes(call: string): Scopes | undefined {
  const dot = call.lastIndexOf('.');
  const entry = SCOPES_BY_CLASS[call.slice(0, dot)];
  if (!entry || !Object.prototype.hasOwnProperty.call(entry.methods, call.slice(dot + 1))) return undefined;
  return entry.methods[call.slice(dot + 1)];
}

/** A call refused for lack of a granted scope, worded as the platform words it. */
export class ScopeError extends Error {}

/** Throws unless one of `call`'s scopes is granted; a method not on record always throws. */
export function authorizeCall(granted: ReadonlySet<string>, call: string): void {
  const needed = requiredScopes(call);
  if (needed === undefined) {
    throw new Error(`stand-in: ${call} has no OAuth scopes on record; add it to emulator/scopes.ts from its reference page`);
  }
  if (needed.length === 0 || needed.some((s) => granted.has(s))) return;
  const dot = call.lastIndexOf('.');
  const entry = SCOPES_BY_CLASS[call.slice(0, dot)];
  if (entry.kind === 'advanced') {
    const method = call.slice(dot + 1) === 'remove' ? 'delete' : call.slice(dot + 1);
    throw new ScopeError(`API call to ${entry.rest ?? call}.${method} failed with error: Request had insufficient authentication scopes.`);
  }
  const list = needed.length === 1 ? needed[0] : `(${needed.join(' || ')})`;
  throw new ScopeError(`Specified permissions are not sufficient to call ${call}. Required permissions: ${list}`);
}

/** The `oauthScopes` the add-on's manifest (appsscript.json at the repository's root) declares. */
export function manifestScopes(manifestPath: string = path.join(__dirname, '..', 'appsscript.json')): string[] {
  const manifest: unknown = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const scopes = (manifest as { oauthScopes?: unknown }).oauthScopes;
  if (!Array.isArray(scopes) || !scopes.every((s): s is string => typeof s === 'string'))
    throw new Error(`stand-in: ${manifestPath} has no oauthScopes list`);
  return scopes;
}
