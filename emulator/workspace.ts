/**
 * All state of the Apps Script stand-ins: one active spreadsheet, Drive, Docs, properties, locks,
 * the UI log and the active user. Plain data (so it serializes); the service fakes read and
 * write it through the Workspace they were installed with.
 */
import { CallLog } from './call-log';
import type { DocModel } from './doc-model';
import { authorizeCall, manifestScopes } from './scopes';

// ---------------------------------------------------------------- Sheets state

export type CellValue = string | number | boolean | Date;

export type CriteriaType = 'VALUE_IN_LIST' | 'VALUE_IN_RANGE' | 'NUMBER_BETWEEN' | 'DATE_IS_VALID_DATE' | 'CHECKBOX';

export interface DataValidationState {
  criteria: CriteriaType;
  /** VALUE_IN_RANGE stores [{sheet, a1}, showDropdown]; others store the builder's arguments. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface CellState {
  /** Stored value ('' when empty). For a formula cell: the computed value. */
  v: CellValue;
  /** Formula text, e.g. '=1+1'. */
  f?: string;
  /** Number format ('@' = plain text). */
  fmt?: string;
  dv?: DataValidationState;
  note?: string;
  fontWeight?: string;
  background?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  hAlign?: string;
  vAlign?: string;
}

export interface SheetState {
  sheetId: number;
  name: string;
  maxRows: number;
  maxCols: number;
  /** rows[r-1][c-1]; missing/null = untouched cell. */
  rows: (CellState | null)[][];
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  /** 1-based columns hidden with hideColumns (absent = none). */
  hiddenColumns?: number[];
  tabColor: string | null;
  /** 1-based column -> width in pixels. */
  columnWidths: Record<string, number>;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  timeZone: string;
  activeSheet: number;
  sheets: SheetState[];
}

// ---------------------------------------------------------------- Drive state

export type Role = 'viewer' | 'commenter' | 'editor';
export type AccessName = 'ANYONE' | 'ANYONE_WITH_LINK' | 'DOMAIN' | 'DOMAIN_WITH_LINK' | 'PRIVATE';
export type PermissionName = 'VIEW' | 'EDIT' | 'COMMENT' | 'OWNER' | 'ORGANIZER' | 'FILE_ORGANIZER' | 'NONE';

export interface DriveItemState {
  id: string;
  kind: 'file' | 'folder';
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  owner: string;
  created: Date;
  lastUpdated: Date;
  /** email -> role granted directly on this item. */
  shares: Record<string, Role>;
  access: AccessName;
  permission: PermissionName;
  /** drive.file scope: the add-on sees items it created or that were opened with it. */
  visibleToApp: boolean;
}

export interface DriveNotification {
  to: string;
  itemId: string;
  itemName: string;
  role: Role;
  by: string;
}

export interface DriveState {
  rootId: string;
  /** All files (not folders) by id. */
  files: Record<string, DriveItemState>;
  folders: Record<string, DriveItemState>;
  /** Every add{Viewer,Commenter,Editor}(s) mails the person (DriveApp's default). */
  notifications: DriveNotification[];
  /** Test hook: setSharing(ANYONE | ANYONE_WITH_LINK, …) throws like a Workspace admin policy. */
  forbidPublicSharing: boolean;
}

// ---------------------------------------------------------------- UI state

export type MenuEntry =
  { kind: 'item'; caption: string; functionName: string } | { kind: 'separator' } | { kind: 'submenu'; title: string; items: MenuEntry[] };

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface ShownRecord {
  kind: 'alert' | 'prompt' | 'sidebar' | 'modalDialog' | 'modelessDialog' | 'toast';
  title: string;
  content: string;
  /** For alert/prompt: the button the (scripted) user pressed. */
  response?: string;
  width?: number;
  height?: number;
}

export interface UiState {
  menus: MenuRecord[];
  shown: ShownRecord[];
  /** Test hook: the Button name (e.g. 'YES', 'NO', 'CANCEL') the next alert() returns; consumed once. */
  nextAlertResponse: string | null;
  /** Test hook: what the next prompt() returns; consumed once. */
  nextPromptResponse: { text: string; button: string } | null;
}

// ---------------------------------------------------------------- whole workspace

export interface WorkspaceData {
  counters: { id: number; uuid: number; sheetId: number };
  activeUser: string;
  effectiveUser: string | null;
  spreadsheet: SpreadsheetState;
  drive: DriveState;
  docs: Record<string, DocModel>;
  properties: {
    script: Record<string, string>;
    document: Record<string, string>;
    user: Record<string, Record<string, string>>;
  };
  /** lock key ('document' | 'script' | 'user:EMAIL') -> who holds it. */
  locks: Record<string, 'self' | 'other'>;
  ui: UiState;
  logs: string[];
  /** Milliseconds since epoch the fake clock reads (null = real clock). */
  fixedNow: number | null;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

/** A type with every Date replaced by its JSON encoding {"$date": ISO string}. */
export type Encoded<T> = T extends Date
  ? { $date: string }
  : T extends (infer U)[]
    ? Encoded<U>[]
    : T extends object
      ? { [K in keyof T]: Encoded<T[K]> }
      : T;

/** What toJSON() returns: WorkspaceData with every Date encoded as {"$date": ISO string}. */
export interface WorkspaceState {
  format: 'apps-script-stand-ins';
  version: 1;
  data: Encoded<WorkspaceData>;
}

export interface WorkspaceOptions {
  htmlFiles?: Record<string, string>;
  activeUser?: string;
  spreadsheetName?: string;
  /** Names of the sheets of the new spreadsheet; default ['Sheet1']. */
  sheets?: string[];
  /** Fix the clock (Drive lastUpdated, '1/2' dates); default the real clock. */
  now?: Date;
  /**
   * OAuth scopes the user granted: a call whose scopes (scopes.ts) are not among them throws the
   * platform's message. Default: the manifest's `oauthScopes` (appsscript.json), as a real user
   * grants them; 'unchecked' lets every call through (for tests of a stand-in itself).
   */
  scopes?: readonly string[] | 'unchecked';
  /** Docs behaviours Google's pages leave open (default DEFAULT_DOCS_BEHAVIOUR). */
  docs?: Partial<DocsBehaviour>;
}

export type LockKind = 'document' | 'script' | 'user';

/**
 * Where Google's pages leave the Docs services' behaviour open, the stand-in can play each
 * plausible answer; the add-on must work under all of them (tests run the writer under each).
 */
export interface DocsBehaviour {
  /** appendParagraph / setText with '\n': 'soft' line breaks inside one paragraph, or one paragraph per line. */
  lineBreaks: 'soft' | 'paragraphs';
  /** Body.clear(): the section breaks after the first are 'removed', or 'kept' (each with an empty paragraph). */
  clearSectionBreaks: 'removed' | 'kept';
  /** insertSectionBreak: the new section copies the style of the section it splits, or starts with none. */
  newSectionStyle: 'inherit' | 'default';
  /** A new Doc's mode, which the user's Docs settings decide. */
  newDocumentMode: 'PAGES' | 'PAGELESS';
  /** Whether updateDocumentStyle accepts documentFormat.documentMode (recent in the API). */
  documentModeWritable: boolean;
}

export const DEFAULT_DOCS_BEHAVIOUR: Readonly<DocsBehaviour> = {
  lineBreaks: 'soft',
  clearSectionBreaks: 'removed',
  newSectionStyle: 'inherit',
  newDocumentMode: 'PAGES',
  documentModeWritable: true,
};

/** Every plausible value of each switch, for tests that run under each. */
export const DOCS_BEHAVIOUR_CHOICES: { readonly [K in keyof DocsBehaviour]: readonly DocsBehaviour[K][] } = {
  lineBreaks: ['soft', 'paragraphs'],
  clearSectionBreaks: ['removed', 'kept'],
  newSectionStyle: ['inherit', 'default'],
  newDocumentMode: ['PAGES', 'PAGELESS'],
  documentModeWritable: [true, false],
};

// ---------------------------------------------------------------- helpers

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A Drive-like id (44 chars of [A-Za-z0-9_-], starting with '1') derived from a counter. */
export function driveLikeId(n: number): string {
  let s = '1';
  let seed = mix32(n * 2654435761 + 12345);
  for (let i = 0; i < 43; i++) {
    seed = mix32(seed + i + n);
    s += ID_ALPHABET[seed % 64];
  }
  return s;
}

export function uuidFromCounter(n: number): string {
  let hex = '';
  let seed = mix32(n + 0x9e3779b9);
  while (hex.length < 32) {
    seed = mix32(seed + hex.length);
    hex += seed.toString(16).padStart(8, '0');
  }
  const h = hex.split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16], 16) % 4];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

/** Realm-independent Date check (Dates from a vm context are not `instanceof Date` here). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function encodeDates(value: unknown): JsonValue {
  if (isDate(value)) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map((v: unknown) => (v === undefined ? null : encodeDates(v)));
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') {
    const out: { [k: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeDates(v);
    return out;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(`stand-in: cannot serialize a ${typeof value}`);
}

export function decodeDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeDates);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const rec = value as Record<string, unknown>;
    if (keys.length === 1 && keys[0] === '$date' && typeof rec.$date === 'string') return new Date(rec.$date);
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = decodeDates(rec[k]);
    return out;
  }
  return value;
}

export function newSheetState(sheetId: number, name: string): SheetState {
  return {
    sheetId,
    name,
    maxRows: 1000,
    maxCols: 26,
    rows: [],
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    tabColor: null,
    columnWidths: {},
  };
}

function isEmptyCell(c: CellState | null | undefined): boolean {
  return c === null || c === undefined || (c.v === '' && c.f === undefined);
}

/** Row and column of the last cell with content (0 when the sheet is empty). */
export function lastRowCol(sheet: SheetState): { row: number; col: number } {
  let row = 0;
  let col = 0;
  sheet.rows.forEach((r, i) => {
    if (!r) return;
    r.forEach((c, j) => {
      if (!isEmptyCell(c)) {
        row = Math.max(row, i + 1);
        col = Math.max(col, j + 1);
      }
    });
  });
  return { row, col };
}

let manifest: readonly string[] | null = null;

function grantedFrom(scopes: WorkspaceOptions['scopes']): ReadonlySet<string> | null {
  if (scopes === 'unchecked') return null;
  manifest ??= manifestScopes();
  return new Set(scopes ?? manifest);
}

// ---------------------------------------------------------------- the Workspace

export class Workspace {
  data: WorkspaceData;
  readonly calls = new CallLog();
  htmlFiles: Record<string, string>;
  /** Scopes asked for through ScriptApp.requireScopes in this process (not serialized). */
  readonly requestedScopes: string[][] = [];
  /**
   * The Date constructor of the realm the add-on code runs in: installGlobals sets it to a vm
   * context's own Date so that `value instanceof Date` holds there for Dates the fakes return.
   */
  dateCtor: DateConstructor = Date;
  /** Granted OAuth scopes; null = no check (not serialized: it is how the workspace was set up). */
  grantedScopes: ReadonlySet<string> | null;
  /** How the Docs stand-ins answer where Google's pages are silent (not serialized). */
  docsBehaviour: DocsBehaviour;

  constructor(options: WorkspaceOptions = {}) {
    this.htmlFiles = { ...(options.htmlFiles ?? {}) };
    this.grantedScopes = grantedFrom(options.scopes);
    this.docsBehaviour = { ...DEFAULT_DOCS_BEHAVIOUR, ...(options.docs ?? {}) };
    const activeUser = options.activeUser ?? 'user@example.com';
    this.data = {
      counters: { id: 0, uuid: 0, sheetId: 0 },
      activeUser,
      effectiveUser: null,
      spreadsheet: { id: '', name: options.spreadsheetName ?? 'Spreadsheet', timeZone: 'Asia/Bangkok', activeSheet: 0, sheets: [] },
      drive: { rootId: '', files: {}, folders: {}, notifications: [], forbidPublicSharing: false },
      docs: {},
      properties: { script: {}, document: {}, user: {} },
      locks: {},
      ui: { menus: [], shown: [], nextAlertResponse: null, nextPromptResponse: null },
      logs: [],
      fixedNow: options.now ? options.now.getTime() : null,
    };
    const root = this.newDriveItem('folder', 'My Drive', 'application/vnd.google-apps.folder', []);
    this.data.drive.rootId = root.id;
    const ssFile = this.newDriveItem('file', this.data.spreadsheet.name, 'application/vnd.google-apps.spreadsheet', [root.id]);
    this.data.spreadsheet.id = ssFile.id;
    for (const name of options.sheets ?? ['Sheet1']) this.data.spreadsheet.sheets.push(newSheetState(this.nextSheetId(), name));
  }

  // ---- ids and clock

  nextId(): string {
    this.data.counters.id += 1;
    return driveLikeId(this.data.counters.id);
  }

  nextUuid(): string {
    this.data.counters.uuid += 1;
    return uuidFromCounter(this.data.counters.uuid);
  }

  nextSheetId(): number {
    const n = this.data.counters.sheetId;
    this.data.counters.sheetId += 1;
    return n === 0 ? 0 : (mix32(n) % 2000000000) + 1;
  }

  /** A Date of the add-on's realm (see dateCtor). */
  makeDate(ms: number): Date {
    return new this.dateCtor(ms);
  }

  now(): Date {
    return this.data.fixedNow === null ? new Date() : new Date(this.data.fixedNow);
  }

  setNow(date: Date | null): void {
    this.data.fixedNow = date === null ? null : date.getTime();
  }

  // ---- users

  get activeUser(): string {
    return this.data.activeUser;
  }

  setActiveUser(email: string): void {
    this.data.activeUser = email;
  }

  /** Null = same as the active user (an add-on runs as the user who uses it). */
  setEffectiveUser(email: string | null): void {
    this.data.effectiveUser = email;
  }

  // ---- OAuth scopes

  /** Called by the proxy before every stand-in call (proxy.ts). */
  authorize(call: string): void {
    if (this.grantedScopes !== null) authorizeCall(this.grantedScopes, call);
  }

  /** Test hook: what the user granted from now on. */
  setScopes(scopes: readonly string[] | 'unchecked'): void {
    this.grantedScopes = grantedFrom(scopes);
  }

  // ---- HTML

  setHtmlFiles(map: Record<string, string>): void {
    this.htmlFiles = { ...map };
  }

  // ---- Drive

  get drive(): DriveState {
    return this.data.drive;
  }

  newDriveItem(kind: 'file' | 'folder', name: string, mimeType: string, parents: string[], visibleToApp = true): DriveItemState {
    const now = this.now();
    const item: DriveItemState = {
      id: this.nextId(),
      kind,
      name,
      mimeType,
      parents: [...parents],
      trashed: false,
      owner: this.data.activeUser,
      created: now,
      lastUpdated: now,
      shares: {},
      access: 'PRIVATE',
      permission: 'NONE',
      visibleToApp,
    };
    if (kind === 'file') this.data.drive.files[item.id] = item;
    else this.data.drive.folders[item.id] = item;
    return item;
  }

  /** Test hook: a file the add-on did not create (invisible under drive.file unless visibleToApp). */
  addForeignFile(name: string, mimeType = 'application/vnd.google-apps.document', visibleToApp = false): DriveItemState {
    return this.newDriveItem('file', name, mimeType, [this.data.drive.rootId], visibleToApp);
  }

  driveItem(id: string): DriveItemState | undefined {
    return this.data.drive.files[id] ?? this.data.drive.folders[id];
  }

  // ---- Docs

  readonly docs = {
    get: (id: string): DocModel => {
      const d = this.data.docs[id];
      if (!d) throw new Error(`stand-in: no document ${id}`);
      return d;
    },
    ids: (): string[] => Object.keys(this.data.docs),
    all: (): DocModel[] => Object.values(this.data.docs),
  };

  // ---- Sheets

  sheetState(name: string): SheetState {
    const s = this.data.spreadsheet.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`stand-in: no sheet named ${name}`);
    return s;
  }

  /**
   * Stored contents of a sheet for assertions, without counting calls: a rectangle from A1 to the
   * last row/column with content; formulas as their text ('=...'), other cells as stored values
   * ('' when empty; numbers, booleans and Dates as Sheets typed them).
   */
  sheetValues(name: string): unknown[][] {
    const s = this.sheetState(name);
    const { row, col } = lastRowCol(s);
    const out: unknown[][] = [];
    for (let r = 0; r < row; r++) {
      const line: unknown[] = [];
      for (let c = 0; c < col; c++) {
        const cell = s.rows[r]?.[c];
        if (!cell) line.push('');
        else if (cell.f !== undefined) line.push(cell.f);
        else line.push(isDate(cell.v) ? new Date(cell.v.getTime()) : cell.v);
      }
      out.push(line);
    }
    return out;
  }

  /** Number formats of a sheet's used rectangle ('' = not set). */
  sheetFormats(name: string): string[][] {
    const s = this.sheetState(name);
    const { row, col } = lastRowCol(s);
    const out: string[][] = [];
    for (let r = 0; r < row; r++) {
      const line: string[] = [];
      for (let c = 0; c < col; c++) line.push(s.rows[r]?.[c]?.fmt ?? '');
      out.push(line);
    }
    return out;
  }

  // ---- UI, properties, locks, logs

  get ui(): UiState {
    return this.data.ui;
  }

  get logs(): string[] {
    return this.data.logs;
  }

  get properties(): WorkspaceData['properties'] {
    return this.data.properties;
  }

  lockKey(kind: LockKind): string {
    return kind === 'user' ? `user:${this.data.activeUser}` : kind;
  }

  /** Test hook: another execution holds this lock, so tryLock fails and waitLock throws. */
  holdLockForOther(kind: LockKind): void {
    this.data.locks[this.lockKey(kind)] = 'other';
  }

  releaseOtherLocks(): void {
    for (const [k, v] of Object.entries(this.data.locks)) if (v === 'other') delete this.data.locks[k];
  }

  /** The end of a script execution: Apps Script releases the locks it still held. */
  endExecution(): void {
    for (const [k, v] of Object.entries(this.data.locks)) if (v === 'self') delete this.data.locks[k];
  }

  // ---- serialization

  toJSON(): WorkspaceState {
    return { format: 'apps-script-stand-ins', version: 1, data: encodeDates(this.data) as unknown as Encoded<WorkspaceData> };
  }

  /** Restores a workspace from toJSON() output (or that output after JSON.parse). */
  static fromJSON(state: unknown, options: { htmlFiles?: Record<string, string>; scopes?: WorkspaceOptions['scopes'] } = {}): Workspace {
    if (typeof state !== 'object' || state === null) throw new Error('stand-in: not a workspace state');
    const s = state as Partial<WorkspaceState>;
    if (s.format !== 'apps-script-stand-ins' || s.version !== 1) throw new Error('stand-in: not a workspace state (format/version)');
    const ws = new Workspace({ htmlFiles: options.htmlFiles, scopes: options.scopes });
    ws.data = decodeDates(s.data) as WorkspaceData;
    return ws;
  }
}
