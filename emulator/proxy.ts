/**
 * The Proxy every stand-in object is handed out through.
 *
 * - Calling a method the fake implements records "Class.method" in the workspace's CallLog (each
 *   call once; calls the fakes make internally on raw objects are not counted).
 * - Reading a data property (enum-like constants such as DocumentApp.Attribute) is not a call and
 *   returns the plain value.
 * - Reading any other name returns a function that throws `stand-in: Class.name is not
 *   implemented`, so a gap in the stand-ins is loud instead of `undefined is not a function`.
 * - Names starting with '_' are the fakes' own internals: returned raw, never recorded.
 * - A method that returns its own raw object returns the proxy instead (chaining works).
 * - If the raw object has a `_guard(method)` function it runs before each call (e.g. a closed
 *   Document throws).
 * - Before a call runs, the recorder may refuse it (`authorize`): the workspace checks the OAuth
 *   scopes it was created with against scopes.ts, as Apps Script does.
 */
import type { CallLog } from './call-log';

export const RAW = Symbol('stand-in raw object');
export const CLASS_NAME = Symbol('stand-in class name');

/** Names some tooling probes on any object (await, jest, JSON): they read as undefined. */
const PROBES = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'inspect',
  'constructor',
  'prototype',
  'length',
  'name',
]);

export interface CallRecorder {
  readonly calls: CallLog;
  /** Throws when the call is not allowed (e.g. a scope the workspace was not granted). */
  authorize?(call: string): void;
}

function findOwner(target: object, prop: string): object | null {
  let o: object | null = target;
  while (o !== null && o !== Object.prototype) {
    if (Object.prototype.hasOwnProperty.call(o, prop)) return o;
    o = Object.getPrototypeOf(o) as object | null;
  }
  return null;
}

export function notImplemented(className: string, name: string): Error {
  return new Error(`stand-in: ${className}.${name} is not implemented`);
}

/** Wraps `target` so that calls are counted under `className` (e.g. 'Range', 'Docs.Documents'). */
export function wrap<T extends object>(rec: CallRecorder, className: string, target: T): T {
  const proxy: T = new Proxy(target, {
    get(t, prop, receiver) {
      if (prop === RAW) return t;
      if (prop === CLASS_NAME) return className;
      if (typeof prop === 'symbol') return Reflect.get(t, prop, receiver) as unknown;
      if (prop.startsWith('_')) return Reflect.get(t, prop) as unknown;
      const owner = findOwner(t, prop);
      if (owner === null) {
        if (prop in t || PROBES.has(prop) || prop.startsWith('@@') || prop.startsWith('$$')) return Reflect.get(t, prop) as unknown; // Object.prototype, probes
        return () => {
          throw notImplemented(className, prop);
        };
      }
      const value: unknown = Reflect.get(t, prop);
      if (prop === 'constructor' || typeof value !== 'function') return value;
      const fn = value as (...a: unknown[]) => unknown;
      return (...args: unknown[]): unknown => {
        const call = `${className}.${prop}`;
        rec.calls.record(call);
        rec.authorize?.(call);
        const guard: unknown = Reflect.get(t, '_guard');
        if (typeof guard === 'function') (guard as (m: string) => void).call(t, prop);
        const r = fn.apply(t, args);
        return r === t ? proxy : r;
      };
    },
  });
  return proxy;
}

/** The raw fake behind a proxy (or the value itself when it is not one of ours). */
export function unwrap(value: unknown): unknown {
  if ((typeof value === 'object' || typeof value === 'function') && value !== null) {
    const raw: unknown = (value as { [RAW]?: unknown })[RAW];
    if (raw !== undefined) return raw;
  }
  return value;
}

/** The raw fake behind a proxy if it is an instance of `cls`, else null. */
export function unwrapAs<C>(value: unknown, cls: abstract new (...args: never[]) => C): C | null {
  const raw = unwrap(value);
  return raw instanceof cls ? raw : null;
}
