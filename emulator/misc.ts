/**
 * PropertiesService, LockService, Session, ScriptApp, Utilities and Logger stand-ins.
 */
import { Fake, enumOf } from './fake-base';
import { zonedParts } from './sheet-values';
import { isDate, type LockKind, type Workspace } from './workspace';

type Props = GoogleAppsScript.Properties.Properties;

// ---------------------------------------------------------------- Properties

type PropsApi = Pick<
  Props,
  'getProperty' | 'setProperty' | 'getProperties' | 'setProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys'
>;

export class FakeProperties extends Fake<Props> implements PropsApi {
  constructor(
    ws: Workspace,
    readonly _store: () => Record<string, string>,
  ) {
    super(ws, 'Properties');
  }
  getProperty(key: string): string | null {
    const s = this._store();
    return Object.prototype.hasOwnProperty.call(s, key) ? s[key] : null;
  }
  setProperty(key: string, value: unknown): Props {
    this._store()[String(key)] = String(value);
    return this._proxy;
  }
  getProperties(): { [key: string]: string } {
    return { ...this._store() };
  }
  setProperties(properties: { [key: string]: unknown }, deleteAllOthers?: boolean): Props {
    const s = this._store();
    if (deleteAllOthers) for (const k of Object.keys(s)) delete s[k];
    for (const [k, v] of Object.entries(properties)) s[k] = String(v);
    return this._proxy;
  }
  deleteProperty(key: string): Props {
    delete this._store()[key];
    return this._proxy;
  }
  deleteAllProperties(): Props {
    const s = this._store();
    for (const k of Object.keys(s)) delete s[k];
    return this._proxy;
  }
  getKeys(): string[] {
    return Object.keys(this._store());
  }
}

export class FakePropertiesService
  extends Fake<GoogleAppsScript.Properties.PropertiesService>
  implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getScriptProperties' | 'getDocumentProperties' | 'getUserProperties'>
{
  constructor(ws: Workspace) {
    super(ws, 'PropertiesService');
  }
  getScriptProperties(): Props {
    return new FakeProperties(this._ws, () => this._ws.properties.script)._proxy;
  }
  getDocumentProperties(): Props {
    return new FakeProperties(this._ws, () => this._ws.properties.document)._proxy;
  }
  getUserProperties(): Props {
    const email = this._ws.activeUser; // bound when obtained, as in Apps Script
    return new FakeProperties(this._ws, () => {
      const u = this._ws.properties.user;
      return u[email] ?? (u[email] = {});
    })._proxy;
  }
}

// ---------------------------------------------------------------- Lock

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export class FakeLock
  extends Fake<GoogleAppsScript.Lock.Lock>
  implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
{
  constructor(
    ws: Workspace,
    readonly _key: string,
  ) {
    super(ws, 'Lock');
  }
  tryLock(_timeoutInMillis: number): boolean {
    const locks = this._ws.data.locks;
    if (locks[this._key] === 'other') return false;
    locks[this._key] = 'self';
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
  }
  releaseLock(): void {
    const locks = this._ws.data.locks;
    if (locks[this._key] === 'self') delete locks[this._key];
  }
  hasLock(): boolean {
    return this._ws.data.locks[this._key] === 'self';
  }
}

export class FakeLockService
  extends Fake<GoogleAppsScript.Lock.LockService>
  implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  constructor(ws: Workspace) {
    super(ws, 'LockService');
  }
  _lock(kind: LockKind): GoogleAppsScript.Lock.Lock {
    return new FakeLock(this._ws, this._ws.lockKey(kind))._proxy;
  }
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return this._lock('document');
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this._lock('script');
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this._lock('user');
  }
}

// ---------------------------------------------------------------- Session

export class FakeUser extends Fake<GoogleAppsScript.Base.User> implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(
    ws: Workspace,
    readonly _email: string,
  ) {
    super(ws, 'User');
  }
  getEmail(): string {
    return this._email;
  }
}

type SessionApi = Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
>;

export class FakeSession extends Fake<GoogleAppsScript.Base.Session> implements SessionApi {
  constructor(ws: Workspace) {
    super(ws, 'Session');
  }
  getActiveUser(): GoogleAppsScript.Base.User {
    return new FakeUser(this._ws, this._ws.activeUser)._proxy;
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return new FakeUser(this._ws, this._ws.data.effectiveUser ?? this._ws.activeUser)._proxy;
  }
  getScriptTimeZone(): string {
    return 'Asia/Bangkok';
  }
  getActiveUserLocale(): string {
    return 'th';
  }
  getTemporaryActiveUserKey(): string {
    return `tmpkey-${Buffer.from(this._ws.activeUser).toString('base64url')}`;
  }
}

// ---------------------------------------------------------------- ScriptApp

export class FakeScriptApp
  extends Fake<GoogleAppsScript.Script.ScriptApp>
  implements Pick<GoogleAppsScript.Script.ScriptApp, 'getOAuthToken' | 'requireScopes' | 'getScriptId' | 'requireAllScopes'>
{
  readonly AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
  readonly TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
  readonly EventType = enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
  constructor(ws: Workspace) {
    super(ws, 'ScriptApp');
  }
  getOAuthToken(): string {
    return 'fake-token';
  }
  requireScopes(_authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void {
    this._ws.requestedScopes.push([...oAuthScopes]);
  }
  requireAllScopes(_authMode: GoogleAppsScript.Script.AuthMode): void {
    /* every scope is granted in the stand-in */
  }
  getScriptId(): string {
    return '1StandInScriptId000000000000000000000000000000000000000';
  }
  /**
   * Granular consent: which of `oAuthScopes` the user granted (the workspace's scopes; every one
   * when the workspace does not check scopes).
   * https://developers.google.com/apps-script/reference/script/authorization-info
   */
  getAuthorizationInfo(_authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes?: string[]): GoogleAppsScript.Script.AuthorizationInfo {
    const granted = this._ws.grantedScopes;
    const asked = oAuthScopes ?? [...(granted ?? [])];
    const have = asked.filter((s) => granted === null || granted.has(s));
    return new FakeAuthorizationInfo(this._ws, have, asked.length > have.length)._proxy;
  }
}

export class FakeAuthorizationInfo
  extends Fake<GoogleAppsScript.Script.AuthorizationInfo>
  implements Pick<GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizationStatus' | 'getAuthorizationUrl' | 'getAuthorizedScopes'>
{
  constructor(
    ws: Workspace,
    readonly _granted: string[],
    readonly _required: boolean,
  ) {
    super(ws, 'AuthorizationInfo');
  }
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return (this._required ? 'REQUIRED' : 'NOT_REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }
  getAuthorizationUrl(): string {
    return this._required ? 'https://script.google.com/macros/d/stand-in/authorize' : (null as unknown as string);
  }
  getAuthorizedScopes(): string[] {
    return [...this._granted];
  }
}

// ---------------------------------------------------------------- Utilities and Logger

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** java.text.SimpleDateFormat subset: y M d E H h m s S a Z X and '…' quoting; English names. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const offsetMin = Math.round(
    (Date.UTC(p.y < 100 ? 100 : p.y, p.m - 1, p.d, p.h, p.mi, p.s) - Math.floor(date.getTime() / 1000) * 1000) / 60000,
  );
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? pattern.length : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const num = (v: number): string => String(v).padStart(n, '0');
    switch (ch) {
      case 'y':
        out += n === 2 ? String(p.y % 100).padStart(2, '0') : num(p.y);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[p.m - 1] : n === 3 ? MONTHS[p.m - 1].slice(0, 3) : num(p.m);
        break;
      case 'd':
        out += num(p.d);
        break;
      case 'E':
        out += n >= 4 ? DAYS[p.dow] : DAYS[p.dow].slice(0, 3);
        break;
      case 'H':
        out += num(p.h);
        break;
      case 'h':
        out += num(p.h % 12 === 0 ? 12 : p.h % 12);
        break;
      case 'm':
        out += num(p.mi);
        break;
      case 's':
        out += num(p.s);
        break;
      case 'S':
        out += String(p.ms).padStart(3, '0').slice(0, Math.max(n, 3));
        break;
      case 'a':
        out += p.h < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
      case 'X': {
        const sign = offsetMin < 0 ? '-' : '+';
        const a = Math.abs(offsetMin);
        const hh = String(Math.floor(a / 60)).padStart(2, '0');
        const mm = String(a % 60).padStart(2, '0');
        out += ch === 'X' && offsetMin === 0 ? 'Z' : ch === 'X' && n >= 3 ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
        break;
      }
      default:
        throw new Error(`stand-in: Utilities.formatDate pattern letter '${ch}' is not implemented`);
    }
  }
  return out;
}

export class FakeUtilities
  extends Fake<GoogleAppsScript.Utilities.Utilities>
  implements Pick<GoogleAppsScript.Utilities.Utilities, 'getUuid' | 'formatDate' | 'sleep' | 'formatString'>
{
  constructor(ws: Workspace) {
    super(ws, 'Utilities');
  }
  getUuid(): string {
    return this._ws.nextUuid();
  }
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date)) throw new Error("The parameters don't match the method signature for Utilities.formatDate.");
    return formatDate(date, timeZone, format);
  }
  sleep(_milliseconds: number): void {
    /* no-op: tests run at full speed */
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%(\d*\.?\d*)([sdf%])/g, (_m, w: string, t: string) => {
      if (t === '%') return '%';
      const v = args[i++];
      if (t === 'd') return String(Math.trunc(Number(v)));
      if (t === 'f') return w.includes('.') ? Number(v).toFixed(Number(w.split('.')[1])) : String(Number(v));
      return String(v);
    });
  }
}

export class FakeLogger
  extends Fake<GoogleAppsScript.Base.Logger>
  implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'>
{
  constructor(ws: Workspace) {
    super(ws, 'Logger');
  }
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    let text = typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data));
    if (values.length > 0) {
      let i = 0;
      text = text.replace(/%s|%d/g, () => String(values[i++]));
    }
    this._ws.logs.push(text);
    return this._proxy;
  }
  getLog(): string {
    return this._ws.logs.join('\n');
  }
  clear(): void {
    this._ws.logs.length = 0;
  }
}
