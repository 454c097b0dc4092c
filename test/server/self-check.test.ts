/**
 * ITA › ตรวจสอบการเชื่อมต่อกับ Google on the strict stand-ins: green under the manifest's scopes,
 * and each check turns ✗ (or !) when the stand-in behaviour it checks is broken on purpose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededWorkspace } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { unwrap, type Workspace } from '../../emulator';
import { setPlainTextBehaviour } from '../../emulator/sheet-values';
import { blobData, FakeBlob } from '../../emulator/blob';
import { ADD_ON_SCOPES, selfCheckText, type SelfCheckId, type SelfCheckReport } from '../../src/core/self-check';
import { SELF_CHECK } from '../../src/core/labels';
import { runSelfCheck } from '../../src/server/self-check';
import { SCRIPT_PROPERTY } from '../../src/server/picker-service';
import { generateReport } from '../../src/server/report-job';

function statusOf(r: SelfCheckReport, id: SelfCheckId): string {
  return r.results.find((x) => x.id === id)!.status;
}

function configurePicker(): void {
  PropertiesService.getScriptProperties().setProperties({
    [SCRIPT_PROPERTY.pickerApiKey]: 'AIza-stand-in-key',
    [SCRIPT_PROPERTY.cloudProjectNumber]: '123456789012',
  });
}

function workspace(): Workspace {
  const ws = seededWorkspace(sampleAgency());
  configurePicker();
  return ws;
}

/** Replaces one method of a stand-in object (through its proxy) for the rest of the test. */
function breakMethod(proxy: object, name: string, impl: (...args: unknown[]) => unknown): void {
  Object.defineProperty(unwrap(proxy) as object, name, { value: impl, configurable: true, writable: true });
}

const GLOBALS = globalThis as unknown as Record<string, unknown>;

afterEach(() => {
  jest.restoreAllMocks();
});

describe('ITA › ตรวจสอบการเชื่อมต่อกับ Google', () => {
  it('asks for exactly the scopes of the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect([...ADD_ON_SCOPES].sort()).toEqual([...manifest.oauthScopes].sort());
  });

  it('passes every check under the manifest scopes, and removes its scratch folder, Doc and sheet', () => {
    const ws = workspace();
    const foldersBefore = Object.keys(ws.drive.folders).length;
    const filesBefore = Object.keys(ws.drive.files).length;
    const sheetsBefore = SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((s) => s.getName());
    const report = runSelfCheck();
    const bad = report.results.filter((r) => r.status !== 'ok');
    expect(bad).toEqual([]);
    expect(report.leftovers).toEqual([]);
    expect(report.user).toBe('malee@nongbuathong.go.th');
    expect(Object.keys(ws.drive.folders).length).toBe(foldersBefore);
    expect(Object.keys(ws.drive.files).length).toBe(filesBefore);
    expect(
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(sheetsBefore);
    expect(selfCheckText(report)).toContain(SELF_CHECK.summaryOk);
  });

  it.each([
    ['hidden', 'formula'],
    ['hidden', 'text'],
    ['kept', 'formula'],
    ['kept', 'text'],
  ] as const)('the plain-text write holds whatever a plain-text cell does with "\'" (%s) and "=" (%s)', (apostrophe, formula) => {
    const ws = workspace();
    setPlainTextBehaviour(ws, { apostrophe, formula });
    expect(statusOf(runSelfCheck(), 'plainText')).toBe('ok');
  });

  it('says which scope is missing when the user granted only some', () => {
    const ws = workspace();
    ws.setScopes(ADD_ON_SCOPES.filter((s) => !s.endsWith('drive.file')));
    const report = runSelfCheck();
    const scopes = report.results.find((r) => r.id === 'scopes')!;
    expect(scopes.status).toBe('fail');
    expect(scopes.detail).toContain('drive.file');
    // Drive calls now fail with the platform's own words, shown under the check.
    const drive = report.results.find((r) => r.id === 'driveApi')!;
    expect(drive.status).toBe('fail');
    expect(drive.error).toMatch(/insufficient|permissions/i);
    expect(statusOf(report, 'scratchFolder')).toBe('skip');
  });

  it('fails the Docs API check (and what needs it) when the advanced service is not enabled', () => {
    workspace();
    const saved = GLOBALS.Docs;
    delete GLOBALS.Docs;
    try {
      const report = runSelfCheck();
      expect(statusOf(report, 'docsApi')).toBe('fail');
      expect(statusOf(report, 'pinnedHeader')).toBe('skip');
      expect(report.results.find((r) => r.id === 'pinnedHeader')!.detail).toBe(SELF_CHECK.notRun);
      expect(statusOf(report, 'scratchDoc')).toBe('ok');
    } finally {
      GLOBALS.Docs = saved;
    }
  });

  it('fails the Drive API check when the Drive service is off in the Cloud project', () => {
    const ws = workspace();
    ws.drive.apiAccess = 'access-not-configured';
    const report = runSelfCheck();
    expect(statusOf(report, 'driveApi')).toBe('fail');
    expect(report.results.find((r) => r.id === 'driveApi')!.error).toMatch(/accessNotConfigured|Access Not Configured/);
    expect(statusOf(report, 'scratchFolder')).toBe('skip');
  });

  it('fails the folder check when a created folder cannot be read back', () => {
    workspace();
    breakMethod(Drive!.Files, 'get', (id: unknown) => {
      throw new Error(`API call to drive.files.get failed with error: File not found: ${String(id)}`);
    });
    const report = runSelfCheck();
    expect(statusOf(report, 'scratchFolder')).toBe('fail');
    expect(statusOf(report, 'scratchDoc')).toBe('skip');
    // What was made is still removed.
    expect(report.leftovers).toEqual([]);
  });

  it('fails the line-break check when appended text is lost', () => {
    workspace();
    const real = DocumentApp.openById.bind(DocumentApp);
    breakMethod(DocumentApp, 'openById', (id: unknown) => {
      const doc = real(String(id));
      const body = doc.getBody();
      const append = body.appendParagraph.bind(body);
      breakMethod(body, 'appendParagraph', (text: unknown) => append(String(text).split('\n')[0]));
      breakMethod(doc, 'getBody', () => body);
      return doc;
    });
    const report = runSelfCheck();
    expect(statusOf(report, 'scratchDoc')).toBe('ok');
    expect(statusOf(report, 'lineBreaks')).toBe('fail');
  });

  it('fails the pinned-header check when the Docs API ignores pinTableHeaderRows', () => {
    workspace();
    const docs = Docs!.Documents;
    const real = docs.batchUpdate.bind(docs);
    breakMethod(docs, 'batchUpdate', (req: unknown, id: unknown) => {
      const requests = (req as { requests: Record<string, unknown>[] }).requests.filter((r) => !r.pinTableHeaderRows);
      return requests.length ? real({ requests }, String(id)) : {};
    });
    expect(statusOf(runSelfCheck(), 'pinnedHeader')).toBe('fail');
  });

  it('fails the landscape check when the page stays portrait', () => {
    workspace();
    const real = DocumentApp.openById.bind(DocumentApp);
    breakMethod(DocumentApp, 'openById', (id: unknown) => {
      const doc = real(String(id));
      const body = doc.getBody();
      breakMethod(body, 'setAttributes', () => body);
      breakMethod(doc, 'getBody', () => body);
      return doc;
    });
    expect(statusOf(runSelfCheck(), 'landscape')).toBe('fail');
  });

  it('warns on the PDF check when the export right after styling differs from a second export', () => {
    const ws = workspace();
    const real = DocumentApp.openById.bind(DocumentApp);
    let exports = 0;
    breakMethod(DocumentApp, 'openById', (id: unknown) => {
      const doc = real(String(id));
      const realAs = doc.getAs.bind(doc);
      // The first export does not see the batchUpdate yet: one page fewer.
      breakMethod(doc, 'getAs', (type: unknown) => {
        const blob = realAs(String(type));
        if (++exports > 1) return blob;
        const data = blobData(blob)!;
        return new FakeBlob(ws, { ...data, data: data.data.replace(/\/Count (\d+)/, (_, n: string) => `/Count ${Number(n) + 1}`) })._proxy;
      });
      return doc;
    });
    const r = runSelfCheck().results.find((x) => x.id === 'pdfExport')!;
    expect(r.status).toBe('warn');
    expect(r.detail).toMatch(/^PDF ที่ส่งออกทันทีหลังจัดรูปแบบต่างจากที่ส่งออกอีกครั้ง \(2 → 1 หน้า/);
  });

  it('fails the PDF check when updating the PDF gives it a new file ID', () => {
    workspace();
    const files = Drive!.Files;
    breakMethod(files, 'update', () => ({ id: 'another-id' }));
    expect(statusOf(runSelfCheck(), 'pdfExport')).toBe('fail');
  });

  it('fails the plain-text check when the sheet does not keep what was written', () => {
    workspace();
    const someRange = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1);
    // A sheet that evaluates "1+1" whatever the format or apostrophe: nothing the writer does keeps the text.
    const proto = Object.getPrototypeOf(unwrap(someRange)) as { setValues(v: unknown[][]): unknown; setValue(v: unknown): unknown };
    const mangle = (c: unknown): unknown => (typeof c === 'string' && c.includes('1+1') ? 2 : c);
    const realValues = proto.setValues;
    const realValue = proto.setValue;
    jest.spyOn(proto, 'setValues').mockImplementation(function (this: unknown, v: unknown[][]) {
      return realValues.call(
        this,
        v.map((row) => row.map(mangle)),
      );
    });
    jest.spyOn(proto, 'setValue').mockImplementation(function (this: unknown, v: unknown) {
      return realValue.call(this, mangle(v));
    });
    const plain = runSelfCheck().results.find((r) => r.id === 'plainText')!;
    expect(plain.status).toBe('fail');
    expect(plain.detail).toContain('=1+1');
  });

  it('warns, without failing the run, when the admin forbids link sharing', () => {
    const ws = workspace();
    ws.drive.forbidPublicSharing = true;
    const report = runSelfCheck();
    expect(statusOf(report, 'linkSharing')).toBe('warn');
    expect(report.leftovers).toEqual([]);
  });

  it('fails the e-mail check when Google gives no e-mail (several accounts signed in)', () => {
    const ws = workspace();
    ws.setActiveUser('');
    const email = runSelfCheck().results.find((r) => r.id === 'email')!;
    expect(email.status).toBe('fail');
    expect(email.detail).toBe(SELF_CHECK.emailEmpty);
  });

  it('fails the lock check while someone else holds the document lock', () => {
    const ws = workspace();
    ws.holdLockForOther('document');
    expect(statusOf(runSelfCheck(), 'lock')).toBe('fail');
  });

  it('says whether this runtime splits Thai words (ok here; a warning, not a failure, without Intl.Segmenter)', () => {
    workspace();
    const ok = runSelfCheck().results.find((r) => r.id === 'thaiSegmenter')!;
    expect(ok.status).toBe('ok');
    expect(ok.detail).toContain('ปีงบประมาณ|');
    const saved = Intl.Segmenter;
    try {
      (Intl as { Segmenter?: unknown }).Segmenter = undefined;
      expect(statusOf(runSelfCheck(), 'thaiSegmenter')).toBe('warn');
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = saved;
    }
  });

  it('warns when the Picker is not configured, and fails when the recorded folder cannot be read back', () => {
    const ws = seededWorkspace(sampleAgency());
    expect(statusOf(runSelfCheck(), 'picker')).toBe('warn');
    configurePicker();
    expect(generateReport({ fiscalYear: 2568, round: 'H1', presetId: '001' }).ok).toBe(true);
    expect(statusOf(runSelfCheck(), 'picker')).toBe('ok');
    ws.endExecution();
    ws.setActiveUser('somchai@nongbuathong.go.th');
    expect(statusOf(runSelfCheck(), 'picker')).toBe('fail');
  });
});
