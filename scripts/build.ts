/**
 * npm run build → dist/: appsscript.json, Code.js (one bundle whose public functions are real
 * top-level declarations, as Apps Script requires) and the HTML pages with their script and CSS
 * inlined (HtmlService serves single files).
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const dist = join(root, 'dist');

interface Page {
  entry: string;
  /** The HTML shell: the sidebar's own, or the one every dialog shares. */
  html: string;
  /** Inlined in order: common.css first, then what only this page needs. */
  css: string[];
  /** Scripts loaded before the page's own (the Picker's api.js: HtmlService does not add it). */
  scripts?: string[];
  out: string;
}

const COMMON_CSS = 'src/sidebar/common.css';
const DIALOG_SHELL = 'src/sidebar/dialog.html';

/** Client pages: TypeScript entry + HTML shell + CSS → one HTML file. */
export const PAGES: Page[] = [
  { entry: 'src/sidebar/sidebar.ts', html: 'src/sidebar/sidebar.html', css: [COMMON_CSS], out: 'Sidebar.html' },
  {
    entry: 'src/sidebar/report-dialog.ts',
    html: DIALOG_SHELL,
    css: [COMMON_CSS, 'src/sidebar/report-dialog.css'],
    out: 'ReportDialog.html',
  },
  {
    entry: 'src/sidebar/picker-dialog.ts',
    html: DIALOG_SHELL,
    css: [COMMON_CSS],
    scripts: ['https://apis.google.com/js/api.js'],
    out: 'PickerDialog.html',
  },
  {
    entry: 'src/sidebar/self-check-dialog.ts',
    html: DIALOG_SHELL,
    css: [COMMON_CSS, 'src/sidebar/self-check-dialog.css'],
    out: 'SelfCheckDialog.html',
  },
  {
    entry: 'src/sidebar/new-year-dialog.ts',
    html: DIALOG_SHELL,
    css: [COMMON_CSS, 'src/sidebar/new-year-dialog.css'],
    out: 'NewYearDialog.html',
  },
];

async function buildServer(): Promise<{ names: string[]; bytes: number }> {
  const entry = join(root, 'src/index.ts');
  // First pass only to learn the exported names (the server contract).
  const probe = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'probe.js',
    logLevel: 'silent',
  });
  const names = Object.values(probe.metafile.outputs)
    .flatMap((o) => o.exports)
    .sort();
  const footer = [
    '',
    '// Apps Script finds menu callbacks, triggers and google.script.run targets only as top-level functions.',
    ...names.map((n) => `function ${n}() { return App.${n}.apply(this, arguments); }`),
  ].join('\n');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'App',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    outfile: 'Code.js',
    footer: { js: footer },
    banner: { js: '// ITA Measures — built by scripts/build.ts from src/. Edit the sources, not this file.' },
  });
  const code = result.outputFiles[0].text;
  writeFileSync(join(dist, 'Code.js'), code);
  return { names, bytes: Buffer.byteLength(code) };
}

async function buildPage(page: Page): Promise<number> {
  const result = await build({
    entryPoints: [join(root, page.entry)],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    write: false,
    outfile: 'page.js',
  });
  const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const css = page.css.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  const scripts = (page.scripts ?? []).map((src) => `<script src="${src}"></script>`).join('\n    ');
  const shell = readFileSync(join(root, page.html), 'utf8');
  const html = shell
    .replace('/* INLINE_CSS */', () => css)
    .replace('/* INLINE_JS */', () => js)
    .replace('<!-- SCRIPTS -->', () => scripts);
  writeFileSync(join(dist, page.out), html);
  return Buffer.byteLength(html);
}

export async function buildAll(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const server = await buildServer();
  const sizes: string[] = [];
  for (const page of PAGES) {
    if (!existsSync(join(root, page.entry))) continue;
    sizes.push(`${page.out} ${(await buildPage(page)) / 1000} KB`);
  }
  console.log(`dist/Code.js ${(server.bytes / 1000).toFixed(1)} KB, top-level functions: ${server.names.join(', ')}`);
  if (sizes.length) console.log(`dist/${sizes.join(', dist/')}`);
}

if (require.main === module) {
  buildAll().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
