/**
 * Loads the deployed artifact — dist/Code.js, exactly what `clasp push` uploads — into a Node vm
 * context whose globals are the Apps Script stand-ins, as Apps Script runs it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createGlobals, type Workspace } from './';

export const DIST = join(__dirname, '../dist');

export type BundleFunctions = Record<string, (...args: unknown[]) => unknown>;

export function distHtmlFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(DIST)) if (f.endsWith('.html')) out[f] = readFileSync(join(DIST, f), 'utf8');
  return out;
}

export function loadBundle(ws: Workspace): { context: vm.Context; fn: BundleFunctions } {
  // One realm, as in Apps Script: Dates made by the stand-ins must be Dates to the script too.
  const context = vm.createContext({ ...createGlobals(ws), Date, console });
  vm.runInContext(readFileSync(join(DIST, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return { context, fn: context as unknown as BundleFunctions };
}
