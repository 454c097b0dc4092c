/**
 * Entry point of the Apps Script stand-ins: `installGlobals(ws, target)` puts the services on
 * `target` (globalThis by default, or a vm context object), typed as the real services.
 */
import * as vm from 'node:vm';
import { FakeDocumentApp } from './document-app';
import { makeDocsService } from './docs-api';
import { FakeDriveApp } from './drive';
import { makeDriveService } from './drive-api';
import { FakeHtmlService } from './html';
import { FakeLockService, FakeLogger, FakePropertiesService, FakeScriptApp, FakeSession, FakeUtilities } from './misc';
import { FakeSpreadsheetApp } from './sheets';
import type { Workspace } from './workspace';

export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Docs: GoogleAppsScript.Docs;
  /** The Drive v3 advanced service; undefined when not enabled (ws.drive.apiAccess = 'not-enabled'). */
  Drive: GoogleAppsScript.Drive | undefined;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
}

/** The service objects for a workspace, without installing them anywhere. */
export function createGlobals(ws: Workspace): AppsScriptGlobals {
  return {
    SpreadsheetApp: new FakeSpreadsheetApp(ws)._proxy,
    DocumentApp: new FakeDocumentApp(ws)._proxy,
    DriveApp: new FakeDriveApp(ws)._proxy,
    Docs: makeDocsService(ws),
    Drive: makeDriveService(ws),
    HtmlService: new FakeHtmlService(ws)._proxy,
    PropertiesService: new FakePropertiesService(ws)._proxy,
    LockService: new FakeLockService(ws)._proxy,
    Session: new FakeSession(ws)._proxy,
    ScriptApp: new FakeScriptApp(ws)._proxy,
    Utilities: new FakeUtilities(ws)._proxy,
    Logger: new FakeLogger(ws)._proxy,
  };
}

export function installGlobals(ws: Workspace, target: object = globalThis): void {
  if (target !== globalThis && vm.isContext(target)) {
    const ctor: unknown = vm.runInContext('Date', target);
    if (typeof ctor === 'function') ws.dateCtor = ctor as DateConstructor;
  }
  const g = createGlobals(ws);
  for (const [k, v] of Object.entries(g)) {
    Object.defineProperty(target, k, { value: v, configurable: true, writable: true, enumerable: true });
  }
}

export const GLOBAL_NAMES: (keyof AppsScriptGlobals)[] = [
  'SpreadsheetApp',
  'DocumentApp',
  'DriveApp',
  'Docs',
  'Drive',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'Session',
  'ScriptApp',
  'Utilities',
  'Logger',
];

export function uninstallGlobals(target: object = globalThis): void {
  for (const k of GLOBAL_NAMES) Reflect.deleteProperty(target, k);
}

export { Workspace } from './workspace';
export type {
  WorkspaceState,
  WorkspaceData,
  Encoded,
  JsonValue,
  WorkspaceOptions,
  CellValue,
  CellState,
  SheetState,
  DriveItemState,
  DriveNotification,
  DriveState,
  MenuRecord,
  MenuEntry,
  ShownRecord,
  UiState,
  LockKind,
  Role,
} from './workspace';
export { CallLog, serviceOf } from './call-log';
export type { ServiceName } from './call-log';
export { RAW, unwrap } from './proxy';
export { storeValue, displayValue, parseDateLike, parseNumberLike } from './sheet-values';
export { formatDate } from './misc';
export { docsApiDocument, docsLayout } from './docs-api';
export { pickFiles, DriveApiError } from './drive-api';
export * from './doc-model';
