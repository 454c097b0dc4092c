/**
 * Loads the deployed artifact — dist/Code.js, exactly what `clasp push` uploads — into a Node vm
 * context whose globals are the Apps Script stand-ins, as Apps Script runs it. An advanced service
 * the deployed manifest (dist/appsscript.json) does not enable is not there, as in Apps Script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createGlobals, type AppsScriptGlobals, type Workspace } from './';

export const DIST = join(__dirname, '../dist');

export type BundleFunctions = Record<string, (...args: unknown[]) => unknown>;

export function distHtmlFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(DIST)) if (f.endsWith('.html')) out[f] = readFileSync(join(DIST, f), 'utf8');
  return out;
}

interface AdvancedService {
  userSymbol: string;
  serviceId: string;
  version: string;
}

/** The advanced services the deployed manifest enables. */
export function enabledAdvancedServices(manifestPath = join(DIST, 'appsscript.json')): AdvancedService[] {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { dependencies?: { enabledAdvancedServices?: AdvancedService[] } };
  return manifest.dependencies?.enabledAdvancedServices ?? [];
}

/** The stand-ins model these versions only; any other (or none) leaves the global undefined. */
const ADVANCED: { global: 'Docs' | 'Drive'; serviceId: string; version: string }[] = [
  { global: 'Docs', serviceId: 'docs', version: 'v1' },
  { global: 'Drive', serviceId: 'drive', version: 'v3' },
];

export function loadBundle(ws: Workspace): { context: vm.Context; fn: BundleFunctions } {
  const globals: Partial<AppsScriptGlobals> = createGlobals(ws);
  const enabled = enabledAdvancedServices();
  for (const a of ADVANCED)
    if (!enabled.some((e) => e.userSymbol === a.global && e.serviceId === a.serviceId && e.version === a.version)) delete globals[a.global];
  // One realm, as in Apps Script: Dates made by the stand-ins must be Dates to the script too.
  const context = vm.createContext({ ...globals, Date, console });
  vm.runInContext(readFileSync(join(DIST, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  return { context, fn: context as unknown as BundleFunctions };
}
