/**
 * HtmlService stand-in. HTML files come from the workspace's file map (name -> content; a name
 * without '.html' also finds 'name.html'). Templates support Apps Script scriptlets:
 * `<? code ?>`, `<?= expr ?>` (printed with HTML escaping of & < > " '), `<?!= expr ?>` (raw);
 * properties assigned on the template object are variables inside the scriptlets. The escaping is
 * the HTML-context one only (Apps Script also escapes contextually inside <script> and attributes).
 */
import { Fake, enumOf } from './fake-base';
import type { Workspace } from './workspace';

type HtmlOutputApi = Pick<
  GoogleAppsScript.HTML.HtmlOutput,
  | 'getContent'
  | 'setContent'
  | 'setTitle'
  | 'getTitle'
  | 'setWidth'
  | 'getWidth'
  | 'setHeight'
  | 'getHeight'
  | 'append'
  | 'appendUntrusted'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
  | 'setSandboxMode'
  | 'setFaviconUrl'
>;

export class FakeHtmlOutput extends Fake<GoogleAppsScript.HTML.HtmlOutput> implements HtmlOutputApi {
  _content: string;
  _title = '';
  _width = 300;
  _height = 500;
  _meta: { name: string; content: string }[] = [];
  constructor(ws: Workspace, content: string) {
    super(ws, 'HtmlOutput');
    this._content = content;
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    this._content = content;
    return this._proxy;
  }
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this._title = title;
    return this._proxy;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this._width = width;
    return this._proxy;
  }
  getWidth(): number {
    return this._width;
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this._height = height;
    return this._proxy;
  }
  getHeight(): number {
    return this._height;
  }
  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this._content += addedContent;
    return this._proxy;
  }
  appendUntrusted(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this._content += escapeHtml(addedContent);
    return this._proxy;
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): GoogleAppsScript.HTML.HtmlOutput {
    return this._proxy;
  }
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): GoogleAppsScript.HTML.HtmlOutput {
    return this._proxy;
  }
  setFaviconUrl(_url: string): GoogleAppsScript.HTML.HtmlOutput {
    return this._proxy;
  }
  addMetaTag(name: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
    this._meta.push({ name, content });
    return this._proxy;
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Compiles an Apps Script template into the JS source of a function body. */
export function compileTemplate(src: string): string {
  let code = 'var __out = [];\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) {
    if (m.index > last) code += `__out.push(${JSON.stringify(src.slice(last, m.index))});\n`;
    const body = m[2].trim();
    if (m[1] === '=') code += `__out.push(__esc(${body}));\n`;
    else if (m[1] === '!=') code += `__out.push(__raw(${body}));\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  if (last < src.length) code += `__out.push(${JSON.stringify(src.slice(last))});\n`;
  return `${code}return __out.join('');`;
}

function printable(v: unknown): string {
  if (v === undefined || v === null) return '';
  return String(v);
}

export class FakeHtmlTemplate
  extends Fake<GoogleAppsScript.HTML.HtmlTemplate>
  implements Pick<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getCode' | 'getRawContent'>
{
  readonly _source: string;
  constructor(ws: Workspace, source: string) {
    super(ws, 'HtmlTemplate');
    this._source = source;
  }
  getRawContent(): string {
    return this._source;
  }
  getCode(): string {
    return compileTemplate(this._source);
  }
  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    const vars: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this)) if (!k.startsWith('_')) vars[k] = v;
    const names = Object.keys(vars).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
    // Template code is the project's own HTML, run like Apps Script runs it.
    const fn = new Function('__esc', '__raw', ...names, compileTemplate(this._source)) as (...a: unknown[]) => string;
    const html = fn((v: unknown) => escapeHtml(printable(v)), printable, ...names.map((n) => vars[n]));
    return new FakeHtmlOutput(this._ws, html)._proxy;
  }
}

type HtmlServiceApi = Pick<
  GoogleAppsScript.HTML.HtmlService,
  'createHtmlOutputFromFile' | 'createHtmlOutput' | 'createTemplateFromFile' | 'createTemplate'
>;

export class FakeHtmlService extends Fake<GoogleAppsScript.HTML.HtmlService> implements HtmlServiceApi {
  readonly XFrameOptionsMode = enumOf('ALLOWALL', 'DEFAULT');
  readonly SandboxMode = enumOf('EMULATED', 'IFRAME', 'NATIVE');
  constructor(ws: Workspace) {
    super(ws, 'HtmlService');
  }
  _file(name: string): string {
    const files = this._ws.htmlFiles;
    const hit = files[name] ?? files[`${name}.html`];
    if (hit === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return hit;
  }
  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    return new FakeHtmlOutput(this._ws, this._file(filename))._proxy;
  }
  createHtmlOutput(html?: unknown): GoogleAppsScript.HTML.HtmlOutput {
    return new FakeHtmlOutput(this._ws, html === undefined ? '' : String(html))._proxy;
  }
  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return new FakeHtmlTemplate(this._ws, this._file(filename))._proxy;
  }
  createTemplate(html: unknown): GoogleAppsScript.HTML.HtmlTemplate {
    return new FakeHtmlTemplate(this._ws, String(html))._proxy;
  }
}
