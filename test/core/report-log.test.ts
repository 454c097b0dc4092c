import { logRowCells, readLog, staleReports, type LogEntry } from '../../src/core/report-log';
import { reportContentHash } from '../../src/core/report-hash';
import { REPORT_LOG_COLUMNS } from '../../src/core/schema';
import type { ReportContent } from '../../src/core/report-content';

function entry(over: Partial<LogEntry>): LogEntry {
  return {
    at: new Date(2025, 3, 5, 9, 30),
    by: 'malee@nongbuathong.go.th',
    fiscalYear: 2568,
    round: 'H1',
    presetId: '001',
    kind: 'report',
    measureCount: 8,
    docUrl: 'https://docs.google.com/document/d/D/edit',
    pdfUrl: 'https://drive.google.com/file/d/P/view',
    status: 'new',
    message: '',
    itas: '',
    contentHash: 'h1',
    ...over,
  };
}

/** Entries written as rows (by header, in the schema's order) and read back. */
function roundTrip(entries: LogEntry[]): LogEntry[] {
  const header = REPORT_LOG_COLUMNS.map((c) => c.header);
  const rows = entries.map((e) => {
    const cells = logRowCells(e);
    return REPORT_LOG_COLUMNS.map((c) => cells[c.key]);
  });
  return readLog({ values: [header, ...rows], formulas: [] });
}

describe('the report log', () => {
  it('reads back what it wrote, the custom preset with its columns', () => {
    const custom = entry({ presetId: 'กำหนดเอง', columns: ['measure', 'status'], status: 'updated' });
    const plan = entry({ kind: 'plan', presetId: '002', round: 'H1' });
    const failed = entry({ kind: null, status: 'failed', message: 'มีผู้กำลังสร้างรายงานนี้อยู่', contentHash: '', measureCount: null });
    expect(roundTrip([custom, plan, failed])).toEqual([custom, plan, failed]);
  });

  it('skips rows the add-on could not have written', () => {
    const header = REPORT_LOG_COLUMNS.map((c) => c.header);
    expect(readLog({ values: [header, ['เมื่อวาน', 'x', 'ปีนี้']], formulas: [] })).toEqual([]);
  });

  it('a report is stale when the last successful generation of its Doc no longer matches; failures and older runs do not count', () => {
    const entries = [
      entry({ contentHash: 'old', at: new Date(2025, 3, 1) }),
      entry({ contentHash: 'h1', at: new Date(2025, 3, 5, 9, 30) }),
      entry({ status: 'failed', kind: null, contentHash: '', at: new Date(2025, 3, 6) }),
      entry({ round: 'FY', contentHash: 'fy', at: new Date(2025, 3, 2) }),
    ];
    expect(staleReports(entries, () => 'h1').map((s) => s.key)).toEqual(['2568.FY']);
    const stale = staleReports(entries, (req) => (req.round === 'FY' ? 'fy' : 'changed'));
    expect(stale).toEqual([
      expect.objectContaining({
        key: '2568.H1',
        message: 'รอบ 6 เดือน ปีงบประมาณ 2568: ข้อมูลเปลี่ยนหลังสร้างรายงานเมื่อ 5 เมษายน 2568 09:30 น.',
        request: { fiscalYear: 2568, round: 'H1', presetId: '001' },
      }),
    ]);
    // A report that cannot be built now (bad data) is not called stale.
    expect(staleReports(entries, () => null)).toEqual([]);
  });
});

describe('the content hash', () => {
  const content = {
    fileName: 'รายงาน',
    titleLines: ['ก'],
    agencyLines: [],
    opening: [],
    measureList: [],
    detailsIntro: '',
    table: { headers: ['a'], keys: [], weights: [1], rows: [] },
    summary: null,
    signatories: [],
    memo: {
      division: '',
      phone: '',
      reference: '',
      date: '๕ เมษายน ๒๕๖๘',
      subject: '',
      to: '',
      body: [],
      measureList: [],
      attachment: '',
      closing: '',
      approval: null,
    },
    notes: [],
  } as unknown as ReportContent;

  it('leaves out the memo date and the notes, and follows everything the report says', () => {
    const h = reportContentHash(content);
    expect(reportContentHash({ ...content, memo: { ...content.memo!, date: '๖ เมษายน ๒๕๖๘' }, notes: ['x'] })).toBe(h);
    expect(reportContentHash({ ...content, titleLines: ['ข'] })).not.toBe(h);
    expect(reportContentHash({ ...content, memo: null })).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{14}$/);
  });
});
