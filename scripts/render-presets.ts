/**
 * Renders every report the add-on makes, for a person to read page by page beside the reference
 * reports: presets 000–004 (002 is the plan, through ITA › สร้างแผนมาตรการ…), a 7- and a 12-column
 * custom table, and a 12-month round, all from the sample agency on the in-memory stand-ins.
 *
 *   npx tsx scripts/render-presets.ts [outDir]     (default out/presets; needs LibreOffice:
 *                                                   bash scripts/ensure-system-deps.sh render)
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { installGlobals, Workspace } from '../emulator';
import { COORDINATOR, typeSheetData } from '../emulator/agencies/seed';
import { sampleAgency } from '../emulator/agencies/sample-agency';
import { distHtmlFiles, loadBundle } from '../emulator/bundle';
import type { ColumnKey } from '../src/core/presets';
import { writeDocx } from './lib/docx-export';
import { canRenderPreview, renderPreview } from './render-preview';

const SEVEN: ColumnKey[] = ['measure', 'steps', 'responsible', 'period', 'result', 'outcome', 'suggestions'];
const TWELVE: ColumnKey[] = [
  'issue',
  'itaTags',
  'measure',
  'steps',
  'responsible',
  'period',
  'monitoring',
  'result',
  'outcome',
  'suggestions',
  'status',
  'evidence',
];

const JOBS: { name: string; req?: Record<string, unknown>; plan?: true }[] = [
  { name: '000-H1', req: { presetId: '000', round: 'H1' } },
  { name: '001-H1', req: { presetId: '001', round: 'H1', includeMemo: true } },
  { name: '001-FY', req: { presetId: '001', round: 'FY' } },
  { name: '002-plan', plan: true },
  { name: '003-H1', req: { presetId: '003', round: 'H1' } },
  { name: '004-H1', req: { presetId: '004', round: 'H1' } },
  { name: 'custom-7', req: { presetId: 'กำหนดเอง', round: 'H1', columns: SEVEN } },
  { name: 'custom-12', req: { presetId: 'กำหนดเอง', round: 'H1', columns: TWELVE } },
];

/** ITA › สร้างแผนมาตรการ… answers with an alert; its second line is the Doc's link. */
function planThroughMenu(ws: Workspace, fn: Record<string, (...a: unknown[]) => unknown>): { ok: boolean; url?: string; message?: string } {
  fn.menuGeneratePlan();
  const alert = ws.ui.shown.at(-1)?.content ?? '';
  const url = /https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit/.exec(alert)?.[0];
  return url ? { ok: true, url } : { ok: false, message: alert };
}

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? join(__dirname, '../out/presets'));
  if (!(await canRenderPreview())) throw new Error('LibreOffice is not installed: bash scripts/ensure-system-deps.sh render');
  for (const job of JOBS) {
    const ws = new Workspace({ activeUser: COORDINATOR, now: new Date(2025, 3, 5, 9, 30), htmlFiles: distHtmlFiles() });
    installGlobals(ws);
    const { fn } = loadBundle(ws);
    fn.menuSetupSheets();
    ws.endExecution();
    typeSheetData(sampleAgency());
    ws.endExecution();
    const result = (job.plan ? planThroughMenu(ws, fn) : fn.generateReport({ fiscalYear: 2568, ...job.req })) as {
      ok: boolean;
      url?: string;
      message?: string;
      notes?: string[];
    };
    ws.endExecution();
    const id = result.url ? /\/d\/([\w-]+)/.exec(result.url)?.[1] : undefined;
    if (!result.ok || !id) {
      console.log(`${job.name}: not made — ${result.message ?? JSON.stringify(result)}`);
      continue;
    }
    const dir = join(out, job.name);
    mkdirSync(dir, { recursive: true });
    const docx = join(dir, `${job.name}.docx`);
    await writeDocx(ws.docs.get(id), docx);
    const { pngs } = await renderPreview(docx, dir);
    console.log(`${job.name}: ${pngs.length} pages in ${dir}${result.notes?.length ? `\n  notes: ${result.notes.join(' | ')}` : ''}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
