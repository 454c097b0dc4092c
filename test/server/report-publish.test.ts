/**
 * Issue 10, publishing: the PDF beside the Doc at a stable link, the report log, the stale notice,
 * the ITAS entry, and saves that never wait behind a report — all under the manifest's scopes
 * (the seeded workspace grants exactly those).
 */
import { seededWorkspace } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { fakePdfPageCount } from '../../emulator/pdf-export';
import { generateReport, type GenerateResult } from '../../src/server/report-job';
import { reportDialogData } from '../../src/server/report-dialog-service';
import { loadTracker } from '../../src/server/tracker-service';
import { withDocumentLock } from '../../src/server/lock';
import { LOG_SHEET, PUBLISH_TEXT, SHEET } from '../../src/core/labels';
import { logRows, sheetsExceptLog } from '../support/report-log';
import type { Workspace } from '../../emulator';

const H1 = { fiscalYear: 2568, round: 'H1' as const, presetId: '001' };

function ok(r: GenerateResult): Extract<GenerateResult, { ok: true }> {
  if (!r.ok) throw new Error(`${r.message}\n${r.problems.join('\n')}`);
  return r;
}

function pdfs(ws: Workspace) {
  return Object.values(ws.drive.files).filter((f) => f.mimeType === 'application/pdf');
}

function docs(ws: Workspace) {
  return Object.values(ws.drive.files).filter((f) => f.mimeType === 'application/vnd.google-apps.document');
}

function sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
}

function setSetting(labelStart: string, value: string): void {
  const s = sheet(SHEET.settings);
  const row =
    s
      .getRange(1, 1, s.getLastRow(), 1)
      .getValues()
      .findIndex((r) => String(r[0]).startsWith(labelStart)) + 1;
  if (row < 1) throw new Error(`no setting ${labelStart}`);
  s.getRange(row, 2).setValue(value);
}

/** A cell of ค่ากำหนดรายปี by year and header. */
function setYear(year: number, header: string, value: string): void {
  const s = sheet(SHEET.yearSettings);
  const values = s.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === year) + 1;
  const col = values[0].indexOf(header) + 1;
  if (row < 1 || col < 1) throw new Error(`no ${year}/${header}`);
  s.getRange(row, col).setValue(value);
}

/** The measures sheet cell of a measure's title, as a save (under the document lock) writes it. */
function saveTitle(id: string, title: string): void {
  const s = sheet(SHEET.measures);
  const values = s.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === id) + 1;
  const col = values[0].indexOf('มาตรการ/โครงการ/กิจกรรม') + 1;
  const landed = withDocumentLock(
    10000,
    () => false,
    () => {
      s.getRange(row, col).setValue(title);
      return true;
    },
  );
  if (!landed) throw new Error('the save waited 10 s for the document lock and gave up');
}

function titleOf(id: string): string {
  const values = sheet(SHEET.measures).getDataRange().getValues();
  return String(values.find((r) => r[0] === id)![values[0].indexOf('มาตรการ/โครงการ/กิจกรรม')]);
}

describe('the PDF beside the Doc, at a link that never changes', () => {
  it('regenerated three times: one Doc, one PDF, the same IDs and links, three log rows', () => {
    const ws = seededWorkspace(sampleAgency());
    const runs = [ok(generateReport(H1)), ok(generateReport(H1)), ok(generateReport(H1))];
    expect(docs(ws)).toHaveLength(1);
    expect(pdfs(ws)).toHaveLength(1);
    const [pdf] = pdfs(ws);
    const [doc] = docs(ws);
    expect(new Set(runs.map((r) => r.url)).size).toBe(1);
    expect(runs.map((r) => r.pdf)).toEqual([
      { url: `https://drive.google.com/file/d/${pdf.id}/view`, status: 'new' },
      { url: `https://drive.google.com/file/d/${pdf.id}/view`, status: 'updated' },
      { url: `https://drive.google.com/file/d/${pdf.id}/view`, status: 'updated' },
    ]);
    // Named like the Doc, in the same folder, holding the Doc's export.
    expect(pdf.name).toBe(`${doc.name}.pdf`);
    expect(pdf.parents).toEqual(doc.parents);
    expect(pdf.content!.startsWith('%PDF-')).toBe(true);
    expect(fakePdfPageCount(pdf.content!)).toBeGreaterThan(1);
    expect(Buffer.from(pdf.content!, 'latin1').toString('utf8')).toContain('No Gift Policy');
    const log = logRows(ws);
    expect(log.map((r) => [r.status, r.docUrl, r.pdfUrl])).toEqual([
      ['สร้างใหม่', runs[0].url, runs[0].pdf!.url],
      ['ปรับปรุงไฟล์เดิม', runs[0].url, runs[0].pdf!.url],
      ['ปรับปรุงไฟล์เดิม', runs[0].url, runs[0].pdf!.url],
    ]);
    expect(new Set(log.map((r) => r.contentHash)).size).toBe(1);
    expect(log[0].by).toBe(ws.activeUser);
    expect(log[0].measureCount).toBe(runs[0].measureCount);
  });

  it('the PDF follows a changed report: same file, new content', () => {
    const ws = seededWorkspace(sampleAgency());
    ok(generateReport(H1));
    const before = pdfs(ws)[0].content;
    saveTitle('M-0001', 'มาตรการที่เปลี่ยนชื่อแล้ว');
    ok(generateReport(H1));
    expect(pdfs(ws)).toHaveLength(1);
    expect(pdfs(ws)[0].content).not.toBe(before);
    expect(Buffer.from(pdfs(ws)[0].content!, 'latin1').toString('utf8')).toContain('มาตรการที่เปลี่ยนชื่อแล้ว');
  });

  it('a trashed PDF is restored (same ID) and that is logged', () => {
    const ws = seededWorkspace(sampleAgency());
    const first = ok(generateReport(H1));
    pdfs(ws)[0].trashed = true;
    const again = ok(generateReport(H1));
    expect(again.pdf).toEqual({ url: first.pdf!.url, status: 'updated' });
    expect(pdfs(ws)).toHaveLength(1);
    expect(pdfs(ws)[0].trashed).toBe(false);
    expect(again.notes).toContain(PUBLISH_TEXT.pdfRestored);
    expect(logRows(ws)[1].message).toContain(PUBLISH_TEXT.pdfRestored);
  });

  it('only a PDF deleted for good is replaced, and the user is told its link changed', () => {
    const ws = seededWorkspace(sampleAgency());
    const first = ok(generateReport(H1));
    delete ws.drive.files[pdfs(ws)[0].id];
    const again = ok(generateReport(H1));
    expect(again.pdf!.status).toBe('replaced');
    expect(again.pdf!.url).not.toBe(first.pdf!.url);
    expect(again.url).toBe(first.url);
    expect(again.notes).toContain(PUBLISH_TEXT.pdfReplaced);
  });

  it('is shared like the Doc: commenters and link sharing on the PDF too, taken back when turned off', () => {
    const ws = seededWorkspace(sampleAgency());
    setSetting('สิทธิ์ของผู้บริหาร', 'ผู้แสดงความคิดเห็น');
    setSetting('เปิดให้ทุกคนที่มีลิงก์', 'ใช่');
    ok(generateReport(H1));
    const [pdf] = pdfs(ws);
    const [doc] = docs(ws);
    expect(pdf.shares).toEqual(doc.shares);
    expect(Object.values(pdf.shares)).toContain('commenter');
    expect(pdf.access).toBe('ANYONE_WITH_LINK');
    setSetting('เปิดให้ทุกคนที่มีลิงก์', 'ไม่ใช่');
    ok(generateReport(H1));
    expect(pdfs(ws)[0].access).toBe('PRIVATE');
  });
});

describe('the ITAS entry', () => {
  it('with no OIT item for the year: says to fill ค่ากำหนดรายปี and to upload the PDF (its link is private)', () => {
    const ws = seededWorkspace(sampleAgency());
    const r = ok(generateReport(H1));
    expect(r.itas.item).toBe('');
    expect(r.itas.url).toBe('');
    expect(r.itas.hints).toEqual([expect.stringContaining('ค่ากำหนดรายปี'), PUBLISH_TEXT.itasUpload]);
    expect(logRows(ws)[0].itas).toBe(r.itas.line);
  });

  it("follows the year's settings: the item and the website link, in Thai digits but the URL as typed", () => {
    const ws = seededWorkspace(sampleAgency());
    setYear(2568, 'ข้อ OIT ของรายงานผล', 'o35');
    setYear(2568, 'ลิงก์เว็บไซต์ที่เผยแพร่รายงานผล', 'https://www.nongbuathong.go.th/ita/2568/o35');
    const r = ok(generateReport(H1));
    expect(r.itas).toEqual({
      item: 'O35',
      answer: 'มี',
      url: 'https://www.nongbuathong.go.th/ita/2568/o35',
      explanation:
        'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๘ เผยแพร่ที่ https://www.nongbuathong.go.th/ita/2568/o35',
      line: expect.stringMatching(/^ข้อ O35: มี — รายงานผล/),
      hints: [],
    });
    expect(logRows(ws)[0].itas).toBe(r.itas.line);
  });

  it("the plan takes the plan's item; without a website link the PDF's link is used only when link sharing is on", () => {
    seededWorkspace(sampleAgency());
    setYear(2568, 'ข้อ OIT ของแผน/มาตรการ', 'O34');
    setSetting('เปิดให้ทุกคนที่มีลิงก์', 'ใช่');
    const plan = ok(generateReport({ ...H1, presetId: '002' }));
    expect(plan.itas.item).toBe('O34');
    expect(plan.itas.url).toBe(plan.pdf!.url);
    expect(plan.itas.explanation).toMatch(/^มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. ๒๕๖๘ เผยแพร่ที่ https:/);
  });

  it('a year shipped with its items (2567: O34/O35) needs nothing filled in', () => {
    seededWorkspace(sampleAgency());
    const values = sheet(SHEET.yearSettings).getDataRange().getValues();
    expect(values.find((r) => r[0] === 2567)!.slice(1, 3)).toEqual(['O34', 'O35']);
  });
});

describe('changed since the last report', () => {
  it('appears after a save that changes the report, not after saving the same data again, and goes after regenerating', () => {
    seededWorkspace(sampleAgency());
    expect(reportDialogData().stale).toEqual([]);
    ok(generateReport(H1));
    expect(reportDialogData().stale).toEqual([]);
    saveTitle('M-0001', titleOf('M-0001')); // the same data saved again
    expect(reportDialogData().stale).toEqual([]);
    saveTitle('M-0001', 'มาตรการที่เปลี่ยนชื่อแล้ว');
    const stale = reportDialogData().stale;
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^รอบ 6 เดือน ปีงบประมาณ 2568: ข้อมูลเปลี่ยนหลังสร้างรายงานเมื่อ /);
    expect(stale[0].request).toEqual({ fiscalYear: 2568, round: 'H1', presetId: '001', includeMemo: true });
    // One click: the dialog sends back the logged request.
    ok(generateReport(stale[0].request));
    expect(reportDialogData().stale).toEqual([]);
  });

  it('a report made without the memo the settings attach is not called stale for that', () => {
    const ws = seededWorkspace(sampleAgency());
    ok(generateReport({ ...H1, includeMemo: false }));
    expect(logRows(ws).map((r) => r.memo)).toEqual(['ไม่ใช่']);
    expect(reportDialogData().stale).toEqual([]);
  });

  it('a change no report shows (another year) does not make the report stale', () => {
    seededWorkspace(sampleAgency());
    ok(generateReport(H1));
    setYear(2569, 'หมายเหตุ', 'ยังไม่ได้กรอก');
    expect(reportDialogData().stale).toEqual([]);
  });
});

describe('saves never wait behind a report', () => {
  it('a save made while the Doc and PDF are being written lands (the document lock is free then)', () => {
    const ws = seededWorkspace(sampleAgency());
    const real = DocumentApp;
    let savedDuring = 0;
    // Slow generation: in the middle of writing, another person's save runs. Locks this run holds
    // are, from that save's execution, held by someone else.
    (globalThis as { DocumentApp: unknown }).DocumentApp = new Proxy(real, {
      get(target, prop) {
        if (prop !== 'openById') return Reflect.get(target, prop) as unknown;
        return (id: string) => {
          const held = Object.entries(ws.data.locks).filter(([, v]) => v === 'self');
          for (const [k] of held) ws.data.locks[k] = 'other';
          try {
            saveTitle('M-0002', `บันทึกระหว่างสร้างรายงาน ${++savedDuring}`);
          } finally {
            for (const [k] of held) ws.data.locks[k] = 'self';
          }
          return target.openById(id);
        };
      },
    });
    try {
      ok(generateReport(H1));
    } finally {
      (globalThis as { DocumentApp: unknown }).DocumentApp = real;
    }
    expect(savedDuring).toBeGreaterThan(0);
    expect(titleOf('M-0002')).toBe(`บันทึกระหว่างสร้างรายงาน ${savedDuring}`);
    expect(Object.values(ws.data.locks)).toEqual([]);
  });

  it('a second generation of the same report is told, not run twice; the marker goes away afterwards', () => {
    const ws = seededWorkspace(sampleAgency());
    const now = new Date();
    PropertiesService.getDocumentProperties().setProperty(
      'ita.inProgress.2568.H1',
      JSON.stringify({ who: 'somchai@nongbuathong.go.th', key: '2568.H1', since: new Date(now.getTime() - 60000).toISOString() }),
    );
    const before = sheetsExceptLog(ws);
    const r = generateReport(H1, now);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^มีผู้กำลังสร้างรายงานนี้อยู่ \(somchai@nongbuathong.go.th เริ่มเมื่อ /);
    expect(docs(ws)).toHaveLength(0);
    expect(sheetsExceptLog(ws)).toBe(before);
    expect(logRows(ws).map((l) => [l.status, String(l.message).slice(0, 30)])).toEqual([
      ['ไม่สำเร็จ', 'มีผู้กำลังสร้างรายงานนี้อยู่ (somchai@n'.slice(0, 30)],
    ]);
    // The other round is not blocked; a marker older than 6 minutes is a run that died.
    ok(generateReport({ ...H1, round: 'FY' }, now));
    ok(generateReport(H1, new Date(now.getTime() + 6 * 60000)));
    expect(
      PropertiesService.getDocumentProperties()
        .getKeys()
        .filter((k) => k.startsWith('ita.inProgress.')),
    ).toEqual([]);
  });

  it('a failure in the middle takes the marker down and is logged', () => {
    const ws = seededWorkspace(sampleAgency());
    ws.drive.apiAccess = 'sdk-disabled';
    const r = generateReport(H1);
    expect(r.ok).toBe(false);
    expect(
      PropertiesService.getDocumentProperties()
        .getKeys()
        .filter((k) => k.startsWith('ita.inProgress.')),
    ).toEqual([]);
    expect(logRows(ws).map((l) => l.status)).toEqual(['ไม่สำเร็จ']);
    expect(ws.sheetValues(LOG_SHEET).length).toBeGreaterThan(1);
  });
});

describe('the sidebar gets the same notice', () => {
  it('getTrackerData carries the stale reports, and none after regenerating', () => {
    seededWorkspace(sampleAgency());
    ok(generateReport(H1));
    expect(loadTracker(2568).staleReports).toEqual([]);
    saveTitle('M-0003', 'มาตรการที่แก้ไขจากแถบข้าง');
    const stale = loadTracker(2568).staleReports!;
    expect(stale.map((s) => s.key)).toEqual(['2568.H1']);
    ok(generateReport(stale[0].request));
    expect(loadTracker(2568).staleReports).toEqual([]);
  });
});

describe('the approval memo', () => {
  function memoText(ws: Workspace, url: string): string {
    const doc = ws.docs.get(/\/d\/([\w-]+)/.exec(url)![1]);
    return doc.content.map((n) => (n.type === 'paragraph' ? n.runs.map((r) => r.text).join('') : '')).join('\n');
  }

  it('"เพื่อโปรดพิจารณาอนุญาตเผยแพร่" asks to publish and adds the นายก\'s approval block', () => {
    const ws = seededWorkspace(sampleAgency());
    setSetting('บันทึกข้อความ: เพื่อ', 'เพื่อโปรดพิจารณาอนุญาตเผยแพร่');
    const text = memoText(ws, ok(generateReport({ ...H1, includeMemo: true })).url);
    expect(text).toContain('จึงเรียนมาเพื่อโปรดพิจารณาอนุญาตให้เผยแพร่รายงานดังกล่าวบนเว็บไซต์ขององค์การบริหารส่วนตำบลหนองบัวทอง');
    expect(text).toContain('ความเห็นของนายกองค์การบริหารส่วนตำบลหนองบัวทอง');
    expect(text).toContain('☐ อนุญาต     ☐ ไม่อนุญาต');
    expect(text).toContain('(นายประเสริฐ มั่นคง)');
    expect(text).toContain('วันที่ ........../........../..........');
  });

  it('"เพื่อโปรดทราบ" (the default) keeps the memo for information, with no approval block', () => {
    const ws = seededWorkspace(sampleAgency());
    const text = memoText(ws, ok(generateReport({ ...H1, includeMemo: true })).url);
    expect(text).toContain('จึงเรียนมาเพื่อโปรดทราบ');
    expect(text).not.toContain('อนุญาต');
    const s = sheet(SHEET.settings);
    const row = s
      .getDataRange()
      .getValues()
      .find((r) => r[0] === 'บันทึกข้อความ: เพื่อ')!;
    expect(['', 'เพื่อโปรดทราบ']).toContain(row[1]);
  });
});

describe('another coordinator', () => {
  it("leaves the first coordinator's PDF alone until they adopt the files, and says so; no second PDF", () => {
    const ws = seededWorkspace(sampleAgency());
    const first = ok(generateReport(H1));
    const folder = Object.values(ws.drive.folders).find((f) => f.name === 'รายงาน ITA')!;
    folder.shares['somchai@nongbuathong.go.th'] = 'editor';
    ws.setActiveUser('somchai@nongbuathong.go.th');
    const second = ok(generateReport(H1));
    expect(pdfs(ws)).toHaveLength(1);
    expect(second.pdf).toEqual({ url: first.pdf!.url, status: 'updated' });
    expect(second.notes.some((n) => n.startsWith('ยังไม่ได้ปรับปรุงไฟล์ PDF'))).toBe(true);
    // Not offered to ITAS as a link this run could not refresh.
    expect(second.itas.url).toBe('');
  });
});
