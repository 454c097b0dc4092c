/**
 * npm start → a local playground: the built sidebar (dist/Sidebar.html) on localhost, with
 * google.script.run bridged to the BUILT server bundle (dist/Code.js) running in a node:vm
 * context on the in-memory Apps Script stand-ins. Each /rpc call is one script execution: load
 * the workspace from the state file, run the function as the page's user, save the state.
 *
 *   PORT=8080 PLAYGROUND_STATE=.playground/state.json npx tsx scripts/playground.ts [--reset]   (the CLI around this module)
 *
 * Pages: /            the sidebar (300 px) next to a live view of the sheets' rows
 *        /sidebar     the sidebar alone (?user=email picks who is using it)
 *        /dialog      the ITA › สร้างรายงาน dialog (the Doc it makes lands in the state file)
 *        /rows.json   the measures and progress sheets' rows;  /state.json the whole workspace
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as vm from 'node:vm';
import type { AddressInfo } from 'node:net';
import { GLOBAL_NAMES, installGlobals, Workspace } from './';
import { distHtmlFiles } from './bundle';
import { COORDINATOR, seededWorkspace } from './agencies/seed';
import { sampleAgency } from './agencies/sample-agency';
import { SHEET } from '../src/core/labels';

const root = join(__dirname, '..');
const dist = join(root, 'dist');

export const PLAYGROUND_USERS = [COORDINATOR, 'somchai@nongbuathong.go.th', 'wanida@nongbuathong.go.th'];

export interface PlaygroundOptions {
  /** 0 = any free port. Default: $PORT or 8080. */
  port?: number;
  /** Default: $PLAYGROUND_STATE or .playground/state.json. */
  statePath?: string;
  /** Reseed the state file with the sample agency. */
  reset?: boolean;
  /** Log each call. */
  verbose?: boolean;
}

export interface Playground {
  url: string;
  port: number;
  statePath: string;
  server: Server;
  /** The workspace as the state file holds it now. */
  workspace(): Workspace;
  /** Reseeds the state file with the sample agency (or writes the given workspace). */
  reset(ws?: Workspace): void;
  close(): Promise<void>;
}

/** The stand-in for google.script.run and google.script.host, injected at the top of the page. */
const BRIDGE = `<script>
(function () {
  var user = new URLSearchParams(location.search).get('user') || '';
  function runner(ok, fail) {
    return new Proxy({}, { get: function (_t, name) {
      if (name === 'withSuccessHandler') return function (f) { return runner(f, fail); };
      if (name === 'withFailureHandler') return function (f) { return runner(ok, f); };
      if (name === 'withUserObject') return function () { return runner(ok, fail); };
      return function () {
        var args = Array.prototype.slice.call(arguments);
        fetch('/rpc/' + encodeURIComponent(String(name)) + '?user=' + encodeURIComponent(user), {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args)
        }).then(function (r) { return r.json().then(function (body) { return { status: r.status, body: body }; }); })
          .then(function (res) {
            if (res.status === 200) { if (ok) ok(res.body.value); }
            else if (fail) fail(new Error(res.body.error || ('HTTP ' + res.status)));
          }, function (err) { if (fail) fail(new Error('เชื่อมต่อเซิร์ฟเวอร์ไม่ได้: ' + err.message)); });
      };
    } });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () { window.close(); }, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } } } };
})();
</script>`;

function rootPage(users: string[]): string {
  const options = users.map((u) => `<option value="${u}">${u}</option>`).join('');
  return `<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>ITA playground</title>
<style>
body { margin: 0; font: 14px/1.5 'Sarabun', 'Noto Sans Thai', Arial, sans-serif; display: flex; height: 100vh; color: #202124; }
#left { flex: none; width: 302px; display: flex; flex-direction: column; border-right: 1px solid #dadce0; }
#left header { padding: 6px 8px; background: #f1f3f4; font-size: 12px; }
#left select { font: inherit; max-width: 100%; }
iframe { border: 0; width: 300px; flex: 1; }
#right { flex: 1; overflow: auto; padding: 8px 12px; }
h2 { font-size: 15px; margin: 12px 0 4px; }
table { border-collapse: collapse; font-size: 12px; }
th, td { border: 1px solid #dadce0; padding: 2px 4px; vertical-align: top; max-width: 260px; white-space: pre-wrap; overflow-wrap: anywhere; }
th { background: #f8f9fa; position: sticky; top: 0; }
td.changed { background: #fff3b0; transition: background 2s; }
.muted { color: #5f6368; font-size: 12px; }
</style></head>
<body>
<div id="left">
  <header><label for="user">ผู้ใช้:</label> <select id="user">${options}</select>
  <a id="alone" href="/sidebar" target="_blank">เปิดแยกแท็บ</a> · <a href="/dialog" target="_blank">สร้างรายงาน…</a></header>
  <iframe id="sidebar" title="แถบติดตามมาตรการ" src="/sidebar?user=${encodeURIComponent(users[0])}"></iframe>
</div>
<div id="right"><p class="muted">แถวในชีต (อัปเดตอัตโนมัติทุก 1.5 วินาที; ช่องที่เพิ่งเปลี่ยนเป็นสีเหลือง) · <a href="/state.json">state.json</a></p><div id="rows"></div></div>
<script>
var sel = document.getElementById('user'), frame = document.getElementById('sidebar'), alone = document.getElementById('alone');
function setUser() { var q = '?user=' + encodeURIComponent(sel.value); frame.src = '/sidebar' + q; alone.href = '/sidebar' + q; }
sel.addEventListener('change', setUser); alone.href = '/sidebar?user=' + encodeURIComponent(sel.value);
var last = {};
function table(name, rows) {
  var t = document.createElement('table');
  rows.forEach(function (row, r) {
    var tr = document.createElement('tr');
    row.forEach(function (cell, c) {
      var td = document.createElement(r === 0 ? 'th' : 'td');
      td.textContent = cell;
      var key = name + ':' + r + ':' + c;
      if (last[key] !== undefined && last[key] !== cell) td.className = 'changed';
      last[key] = cell;
      tr.appendChild(td);
    });
    t.appendChild(tr);
  });
  return t;
}
var shown = '';
function refresh() {
  fetch('/rows.json').then(function (r) { return r.json(); }).then(function (sheets) {
    var text = JSON.stringify(sheets);
    if (text === shown) return;
    shown = text;
    var box = document.getElementById('rows');
    box.replaceChildren();
    Object.keys(sheets).forEach(function (name) {
      var h = document.createElement('h2'); h.textContent = 'ชีต "' + name + '"';
      box.appendChild(h); box.appendChild(table(name, sheets[name]));
    });
  }).catch(function () {});
}
refresh(); setInterval(refresh, 1500);
</script>
</body></html>`;
}

function cellText(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  return v === null || v === undefined ? '' : String(v);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/** Tries `port`, then the next ports, then any free port: a taken 8080 (another playground) is no reason to stop. */
async function listenOnFreePort(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  const candidates = port === 0 ? [0] : [...Array.from({ length: 10 }, (_, i) => port + i), 0];
  for (const candidate of candidates) {
    const taken = await new Promise<boolean>((ok, fail) => {
      const onError = (err: NodeJS.ErrnoException): void => (err.code === 'EADDRINUSE' ? ok(true) : fail(err));
      server.once('error', onError);
      server.listen(candidate, '127.0.0.1', () => {
        server.off('error', onError);
        ok(false);
      });
    });
    if (!taken) return;
  }
  throw new Error(`no free port from ${port}`);
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const statePath = resolve(options.statePath ?? process.env.PLAYGROUND_STATE ?? join(root, '.playground/state.json'));
  const port = options.port ?? Number(process.env.PORT ?? 8080);
  for (const f of ['Code.js', 'Sidebar.html']) {
    if (!existsSync(join(dist, f))) throw new Error(`dist/${f} is missing — run npm run build first`);
  }
  // Every built page, so a menu callback run from a page (the Picker dialog, the self-check) finds its HTML file.
  const htmlFiles = distHtmlFiles();
  const code = new vm.Script(readFileSync(join(dist, 'Code.js'), 'utf8'), { filename: 'Code.js' });
  const sidebarPage = htmlFiles['Sidebar.html'].replace(/<head>/i, `<head>${BRIDGE}`);
  const dialogPage = (htmlFiles['ReportDialog.html'] ?? '').replace(/<head>/i, `<head>${BRIDGE}`);

  const save = (ws: Workspace): void => {
    mkdirSync(dirname(statePath), { recursive: true });
    const tmp = `${statePath}.tmp`;
    writeFileSync(tmp, JSON.stringify(ws.toJSON()));
    renameSync(tmp, statePath);
  };
  const load = (): Workspace => Workspace.fromJSON(JSON.parse(readFileSync(statePath, 'utf8')), { htmlFiles });
  if (options.reset || !existsSync(statePath)) {
    const ws = seededWorkspace(sampleAgency());
    save(ws);
  }

  /** One Apps Script execution of a top-level function of the built bundle. */
  const execute = (name: string, args: unknown[], user: string): unknown => {
    const ws = load();
    ws.setActiveUser(user);
    const context = vm.createContext({});
    installGlobals(ws, context);
    code.runInContext(context);
    const fn: unknown = (context as Record<string, unknown>)[name];
    const callable =
      /^[A-Za-z]\w*$/.test(name) &&
      !name.endsWith('_') &&
      name !== 'App' &&
      !(GLOBAL_NAMES as string[]).includes(name) &&
      typeof fn === 'function';
    if (!callable) throw new Error(`Script function not found: ${name}`);
    try {
      // A JSON round trip, like google.script.run: plain data in, plain data out.
      const value = (fn as (...a: unknown[]) => unknown)(...(JSON.parse(JSON.stringify(args)) as unknown[]));
      return value === undefined ? null : JSON.parse(JSON.stringify(value));
    } finally {
      ws.endExecution();
      save(ws);
    }
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      try {
        if (req.method === 'POST' && path.startsWith('/rpc/')) {
          const name = decodeURIComponent(path.slice('/rpc/'.length));
          const body = await readBody(req);
          const args: unknown = body ? JSON.parse(body) : [];
          const user = url.searchParams.get('user') || COORDINATOR;
          const started = Date.now();
          try {
            const value = execute(name, Array.isArray(args) ? args : [args], user);
            if (options.verbose) console.log(`${user} ${name} ${Date.now() - started} ms`);
            send(res, 200, 'application/json', JSON.stringify({ value }));
          } catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            if (options.verbose) console.log(`${user} ${name} failed: ${message}`);
            send(res, 500, 'application/json', JSON.stringify({ error: message }));
          }
          return;
        }
        if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
        if (path === '/') return send(res, 200, 'text/html', rootPage(PLAYGROUND_USERS));
        if (path === '/sidebar') return send(res, 200, 'text/html', sidebarPage);
        if (path === '/dialog') return send(res, 200, 'text/html', dialogPage);
        // Any other built page (/page/SelfCheckDialog.html …), bridged the same way.
        const page = /^\/page\/(\w+\.html)$/.exec(path);
        if (page && htmlFiles[page[1]]) return send(res, 200, 'text/html', htmlFiles[page[1]].replace(/<head>/i, `<head>${BRIDGE}`));
        if (path === '/state.json') return send(res, 200, 'application/json', readFileSync(statePath, 'utf8'));
        if (path === '/rows.json') {
          const ws = load();
          const rows: Record<string, string[][]> = {};
          for (const name of [SHEET.progress, SHEET.measures]) rows[name] = ws.sheetValues(name).map((r) => r.map(cellText));
          return send(res, 200, 'application/json', JSON.stringify(rows));
        }
        send(res, 404, 'text/plain', 'not found');
      } catch (err) {
        send(res, 500, 'text/plain', err instanceof Error ? err.message : String(err));
      }
    })();
  });
  await listenOnFreePort(server, port);
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    statePath,
    server,
    workspace: load,
    reset: (ws?: Workspace) => save(ws ?? seededWorkspace(sampleAgency())),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
