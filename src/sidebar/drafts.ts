/**
 * Unsaved text, kept on every change so closing the sidebar loses nothing. In the browser's
 * localStorage when a feature check passes (in Sheets' sandboxed frame it throws a SecurityError
 * when the browser blocks site data), else in the user's properties on the server through one
 * debounced call. Keyed by e-mail, then by measure and round (progress) or measure (editor).
 */
import { callServer } from './server';

export interface Draft<F> {
  /** What the form holds. */
  fields: F;
  /** What each field held when the form was loaded (what a save says it changed from). */
  loaded: F;
}

const PREFIX = 'ita-drafts|';
/** The server is told at most once in this many milliseconds. */
const DEBOUNCE_MS = 1500;

function localStorageWorks(): boolean {
  try {
    const probe = `${PREFIX}probe`;
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** All drafts of one user, in one record, kept in step with where they are stored. */
export class DraftStore {
  private readonly all: Record<string, Draft<Record<string, string>>>;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly email: string,
    private readonly local = localStorageWorks(),
    fromServer = '',
  ) {
    this.all = this.read(fromServer);
  }

  /** Where drafts are kept: 'local' (this browser) or 'server' (the user's properties). */
  get where(): 'local' | 'server' {
    return this.local ? 'local' : 'server';
  }

  private read(fromServer: string): Record<string, Draft<Record<string, string>>> {
    try {
      const text = this.local ? window.localStorage.getItem(PREFIX + this.email) : fromServer;
      const parsed: unknown = text ? JSON.parse(text) : {};
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, Draft<Record<string, string>>>) : {};
    } catch {
      return {};
    }
  }

  private persist(): void {
    const text = JSON.stringify(this.all);
    if (this.local) {
      try {
        window.localStorage.setItem(PREFIX + this.email, text);
        return;
      } catch {
        // Storage full or blocked since the check: keep them on the server instead.
      }
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void callServer('rememberDrafts', text).catch(() => undefined), DEBOUNCE_MS);
  }

  /** The draft under `key`; its fields are the form's own, as it stored them. */
  get<F>(key: string): Draft<F> | undefined {
    return this.all[key] as Draft<F> | undefined;
  }

  has(key: string): boolean {
    return key in this.all;
  }

  set<F>(key: string, draft: Draft<F>): void {
    this.all[key] = draft as Draft<Record<string, string>>;
    this.persist();
  }

  delete(key: string): void {
    if (!(key in this.all)) return;
    delete this.all[key];
    this.persist();
  }
}
