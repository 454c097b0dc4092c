/**
 * npm run demo — the main job, locally: the built add-on (dist/Code.js) runs its real entry points
 * against the in-memory Apps Script stand-ins, seeded with a sample agency, and the Doc it builds
 * is written to out/ as a .docx (and, when LibreOffice is installed, to out/report.pdf and PNG
 * pages; a missing or failing renderer is reported and never fails the demo).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { installGlobals, Workspace } from '../emulator';
import { loadBundle, distHtmlFiles } from '../emulator/bundle';
import { typeSheetData, COORDINATOR } from '../emulator/agencies/seed';
import { sampleAgency } from '../emulator/agencies/sample-agency';
import { addEmblemDoc } from '../emulator/agencies/emblem-doc';
import { SETTINGS_ROWS } from '../src/core/schema';
import { writeDocx } from './lib/docx-export';
import { canRenderPreview, renderPreview } from './render-preview';

const OUT = join(__dirname, '../out');

async function main(): Promise<void> {
  const ws = new Workspace({ activeUser: COORDINATOR, now: new Date(2025, 3, 5, 9, 30), htmlFiles: distHtmlFiles() });
  installGlobals(ws);
  const { fn } = loadBundle(ws);

  fn.onOpen({ authMode: 'NONE' });
  fn.menuSetupSheets();
  ws.endExecution();
  // The agency's letterhead Doc, here with a neutral grey disc standing in for the ครุฑ, named in ตั้งค่า.
  const emblemDoc = addEmblemDoc(ws, 'header');
  const agency = sampleAgency();
  const emblemLabel = SETTINGS_ROWS.find((d) => d.key === 'memoEmblemDoc')!.label;
  agency.settings.find((r) => r[0] === emblemLabel)![1] = `https://docs.google.com/document/d/${emblemDoc}/edit`;
  typeSheetData(agency); // what the coordinator and division staff type into the sheets
  ws.calls.reset();

  fn.menuGenerateReport();
  const result = fn.generateReport({ fiscalYear: 2568, round: 'H1', presetId: '001', includeMemo: true }) as
    | {
        ok: true;
        url: string;
        name: string;
        measureCount: number;
        sharedWith: string[];
        notes: string[];
        pdf: { url: string; status: string } | null;
      }
    | { ok: false; message: string; problems: string[] };
  ws.endExecution();
  if (!result.ok) {
    console.error(`${result.message}\n${result.problems.join('\n')}`);
    process.exit(1);
  }
  const id = /\/d\/([\w-]+)/.exec(result.url)![1];
  mkdirSync(OUT, { recursive: true });
  const docx = join(OUT, 'report.docx');
  await writeDocx(ws.docs.get(id), docx);

  console.log(`รายงาน: ${result.name} (${result.measureCount} มาตรการ)`);
  console.log(`Google Doc (in-memory): ${result.url}`);
  console.log(`shared with: ${result.sharedWith.join(', ') || '-'}`);
  for (const n of result.notes) console.log(`note: ${n}`);
  console.log(`\nwritten: ${docx}`);
  const byService = ws.calls.byService();
  console.log(`Apps Script service calls for สร้างรายงาน: ${ws.calls.total()} in all`);
  console.log(
    `  ${Object.entries(byService)
      .filter(([, n]) => n)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
  );
  if (result.pdf) console.log(`PDF beside the Doc (in-memory, ${result.pdf.status}): ${result.pdf.url}`);
  await writePdf(docx);
}

/**
 * out/report.pdf (and PNG pages) from the .docx through LibreOffice. The demo's job is the report:
 * without a renderer, or when rendering fails, the .docx stands, the reason is printed, and the
 * demo still succeeds.
 */
async function writePdf(docx: string): Promise<void> {
  if (!(await canRenderPreview())) {
    console.log('no PDF or preview: LibreOffice (soffice) and pdftoppm are not installed — bash scripts/ensure-system-deps.sh render');
    return;
  }
  try {
    const { pdf, pngs } = await renderPreview(docx, join(OUT, 'preview'));
    const target = join(OUT, 'report.pdf');
    copyFileSync(pdf, target);
    console.log(`written: ${target}\npreview: ${pngs.join('\n  ')}`);
  } catch (e) {
    console.log(
      `no PDF or preview: rendering the .docx failed (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); out/report.docx is complete`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
