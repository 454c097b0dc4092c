import { wrap } from './proxy';
import type { Workspace } from './workspace';

/**
 * Base of every stand-in class: `_proxy` is the counted, gap-checking view handed to production
 * code (typed as the real Apps Script interface T). Members starting with '_' are internals.
 */
export abstract class Fake<T> {
  readonly _ws: Workspace;
  readonly _proxy: T;
  constructor(ws: Workspace, className: string) {
    this._ws = ws;
    this._proxy = wrap(ws, className, this) as unknown as T;
  }
}

/** Apps Script enums are opaque objects; the stand-ins use their names as plain string values. */
export function enumOf<K extends string>(...names: K[]): { readonly [P in K]: P } {
  const out = {} as { [P in K]: P };
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}

/** Apps Script passes enum values around; accept our strings (or anything whose String() is the name). */
export function enumName(value: unknown): string {
  return String(value);
}
