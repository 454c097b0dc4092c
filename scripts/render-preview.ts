/**
 * Renders an exported .docx the way a person would see it: LibreOffice turns it into a PDF and
 * poppler's pdftoppm turns each page into a PNG (150 dpi: Thai marks and line breaks are readable).
 *
 *   tsx scripts/render-preview.ts out/report.docx [outDir]
 *
 * Needs soffice and pdftoppm (and Sarabun where fontconfig finds it):
 * `bash scripts/ensure-system-deps.sh render` installs them.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** True when the tools the preview needs are on PATH. */
export async function canRenderPreview(): Promise<boolean> {
  try {
    await run('sh', ['-c', 'command -v soffice && command -v pdftoppm']);
    return true;
  } catch {
    return false;
  }
}

export async function renderPreview(docxPath: string, outDir: string): Promise<{ pdf: string; pngs: string[] }> {
  const src = resolve(docxPath);
  const out = resolve(outDir);
  await mkdir(out, { recursive: true });
  const stem = basename(src, extname(src));
  const pdf = join(out, `${stem}.pdf`);

  // A profile of its own, so this works while another LibreOffice is running and leaves the
  // user's profile alone.
  const profile = await mkdtemp(join(tmpdir(), 'render-preview-lo-'));
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', out, src],
      { timeout: 180_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  if (!existsSync(pdf)) throw new Error(`soffice did not write ${pdf}`);

  // Old pages of a previous, longer render would otherwise be listed too.
  const pagePattern = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+\\.png$`);
  for (const f of await readdir(out)) if (pagePattern.test(f)) await unlink(join(out, f));

  await run('pdftoppm', ['-png', '-r', '150', pdf, join(out, stem)], { timeout: 180_000 });
  const pngs = (await readdir(out))
    .filter((f) => pagePattern.test(f))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)![1]) - Number(/-(\d+)\.png$/.exec(b)![1]))
    .map((f) => join(out, f));
  return { pdf, pngs };
}

async function main(argv: string[]): Promise<void> {
  const [docx, outDir] = argv;
  if (!docx) {
    console.error('usage: tsx scripts/render-preview.ts <file.docx> [outDir]');
    process.exit(2);
  }
  if (!(await canRenderPreview())) {
    console.error('soffice or pdftoppm not found: run `bash scripts/ensure-system-deps.sh render`');
    process.exit(1);
  }
  const { pdf, pngs } = await renderPreview(docx, outDir ?? join(dirname(docx), 'preview'));
  console.log(pdf);
  for (const png of pngs) console.log(png);
}

// Run as a CLI only when this file is the entry point (tsx runs it as CommonJS).
if (typeof __filename !== 'undefined' && process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
