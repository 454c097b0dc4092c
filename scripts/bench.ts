/**
 * npm run bench [-- --json] — Apps Script round trips of the main jobs, counted on the in-memory
 * stand-ins, for 10, 100 and 600 measures, with a modelled Apps Script time. A benchmark, not
 * a test: nothing here asserts on time. 600 of the synthetic agency's long measures come near a
 * Doc's 1.02 million characters; 1,000 would be refused before anything is created.
 */
import { installGlobals, serviceOf, Workspace, type ServiceName } from '../emulator';
import { seededWorkspace, COORDINATOR } from '../emulator/agencies/seed';
import { generateReport } from '../src/server/report-job';
import { loadMeasure, loadTracker, saveProgressEntry } from '../src/server/tracker-service';
import { syntheticAgency } from '../emulator/agencies/synthetic-agency';

/**
 * Seconds per call, by service, and for the few methods known to cost more. Sources (README,
 * "Benchmark"): a 4,000-cell setValues under 50 ms and SpreadsheetApp.flush() 610 ms (measured,
 * published); appendRow in a loop 275 ms per call (sheetquery issue #16); PropertiesService get
 * 30 ms and set 62 ms on average (published measurement of 100 runs). DocumentApp edits are
 * buffered like Sheets writes until saveAndClose, which we price like a flush; Drive calls and
 * the Docs REST API have no published figure we trust, so they are set high on purpose.
 */
export const LATENCY: Record<ServiceName, number> = {
  Sheets: 0.05,
  DocumentApp: 0.05,
  DocsApi: 1,
  Drive: 0.3,
  Properties: 0.062,
  Lock: 0.1,
  Other: 0.01,
};

export const METHOD_LATENCY: Record<string, number> = {
  'Sheet.appendRow': 0.275,
  'SpreadsheetApp.flush': 0.61,
  'Document.saveAndClose': 0.61,
  'Properties.getProperty': 0.03,
  'Properties.getProperties': 0.03,
};

export interface ReportBench {
  measures: number;
  calls: Record<string, number> & { total: number };
  modelledSeconds: number;
  wallMs: number;
  byService: Record<ServiceName, number>;
}

export interface SidebarBench {
  measures: number;
  loadCalls: number;
  saveCalls: number;
  payloadBytes: number;
  /** Opening one measure: its calls and its payload. */
  openCalls: number;
  openBytes: number;
}

function modelled(calls: Record<string, number>): number {
  let seconds = 0;
  for (const [call, n] of Object.entries(calls)) seconds += n * (METHOD_LATENCY[call] ?? LATENCY[serviceOf(call)]);
  return Math.round(seconds * 10) / 10;
}

export function benchReport(measures: number): ReportBench {
  const ws = seededWorkspace(syntheticAgency(measures));
  const started = process.hrtime.bigint();
  const r = generateReport({ fiscalYear: 2568, round: 'FY', presetId: '001', includeMemo: true });
  const wallMs = Number((process.hrtime.bigint() - started) / 1000000n);
  if (!r.ok) throw new Error(`${r.message}\n${r.problems.join('\n')}`);
  const byService = ws.calls.byService();
  return {
    measures,
    calls: { total: ws.calls.total(), ...ws.calls.snapshot() },
    modelledSeconds: modelled(ws.calls.snapshot()),
    wallMs,
    byService,
  };
}

export function benchSidebar(measures: number): SidebarBench {
  const ws: Workspace = seededWorkspace(syntheticAgency(measures));
  const data = loadTracker(2568);
  const loadCalls = ws.calls.total();
  const payloadBytes = Buffer.byteLength(JSON.stringify(data));
  ws.endExecution();
  ws.calls.reset();
  // Opening a measure: one call with its full texts (the one with the longest texts: the worst case).
  const biggest = data.measures.reduce((a, b) => (b.title.length > a.title.length ? b : a), data.measures[0]);
  const m = loadMeasure(biggest.id)!;
  const openCalls = ws.calls.total();
  const openBytes = Buffer.byteLength(JSON.stringify(m));
  ws.endExecution();
  ws.calls.reset();
  const p = m.progress.H1!;
  // A field-level save, as the sidebar sends it: each changed field with the text it was loaded with.
  const typed = { status: 'done', result: 'บันทึกผลจากแถบข้าง', actual: '61' } as const;
  const saved = saveProgressEntry({
    measureId: m.id,
    round: 'H1',
    requestId: 'bench-1',
    fields: { ...p.form, ...typed },
    changes: {
      status: { loaded: p.form.status, value: typed.status },
      result: { loaded: p.form.result, value: typed.result },
      actual: { loaded: p.form.actual, value: typed.actual },
    },
  });
  if (!saved.ok) throw new Error(saved.message);
  return { measures, loadCalls, saveCalls: ws.calls.total(), payloadBytes, openCalls, openBytes };
}

function table(rows: ReportBench[], sidebar: SidebarBench[]): string {
  const services: ServiceName[] = ['Sheets', 'DocumentApp', 'DocsApi', 'Drive', 'Properties', 'Lock', 'Other'];
  const head = `| measures | ${services.join(' | ')} | total calls | modelled Apps Script time | local wall time |`;
  const sep = `|---:|${services.map(() => '---:').join('|')}|---:|---:|---:|`;
  const body = rows.map(
    (r) =>
      `| ${r.measures} | ${services.map((s) => r.byService[s]).join(' | ')} | ${r.calls.total} | ${r.modelledSeconds} s | ${r.wallMs} ms |`,
  );
  const side = [
    '',
    '| sidebar, measures | calls to load the list | list payload | calls to open a measure | open payload | calls to save one entry |',
    '|---:|---:|---:|---:|---:|---:|',
    ...sidebar.map(
      (s) =>
        `| ${s.measures} | ${s.loadCalls} | ${(s.payloadBytes / 1024).toFixed(1)} KB | ${s.openCalls} | ${(s.openBytes / 1024).toFixed(1)} KB | ${s.saveCalls} |`,
    ),
  ];
  return [head, sep, ...body, ...side].join('\n');
}

function main(): void {
  const json = process.argv.includes('--json');
  const sizes = [10, 100, 600];
  const reports = sizes.map(benchReport);
  if (json) {
    console.log(
      JSON.stringify(reports.map(({ measures, calls, modelledSeconds, wallMs }) => ({ measures, calls, modelledSeconds, wallMs }))),
    );
    return;
  }
  const sidebar = [10, 200, 1000].map(benchSidebar);
  console.log(table(reports, sidebar));
  console.log(
    `\nLatency per call (s): ${Object.entries(LATENCY)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}; ${Object.entries(METHOD_LATENCY)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  const top = Object.entries(reports[2].calls)
    .filter(([k]) => k !== 'total')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  console.log(`Most frequent calls at ${reports[2].measures} measures: ${top.map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

if (require.main === module) {
  installGlobals(new Workspace({ activeUser: COORDINATOR }));
  main();
}
