import { SHEET } from '../../src/core/labels';
import { benchReport, benchSidebar } from '../../scripts/bench';

// Call counts are deterministic, so they can be asserted; time is only benchmarked (npm run bench).
describe('round trips do not grow with the number of measures', () => {
  const small = benchReport(10);
  const large = benchReport(150);

  it('generates the report with exactly the same calls for 10 and 150 measures', () => {
    expect(large.calls).toEqual(small.calls);
  });

  it('reads each sheet with whole-range calls, never per row or cell', () => {
    // One whole-range read per sheet of the workbook (SHEET, ค่ากำหนดรายปี included), plus the
    // report log's header row and the read-back of the one row appended to it.
    expect(large.calls['Range.getValues']).toBe(Object.values(SHEET).length + 1);
    expect(large.calls['Range.getFormulas']).toBe(Object.values(SHEET).length + 1);
    expect(large.calls['Range.getValue'] ?? 0).toBe(0);
  });

  it('builds the Doc with one appendTable per table and one Docs API batchUpdate', () => {
    // The memo's ที่ | วันที่ row, the measures table, the signatures.
    expect(large.calls['Body.appendTable']).toBe(3);
    expect(large.calls['Docs.Documents.batchUpdate']).toBe(1);
    expect(large.calls['Body.appendParagraph']).toBeLessThan(25);
    // The PDF (export, upload, sharing) and the report log's row cost about 25 calls more; the memo's
    // ที่ | วันที่ row (one appendTable) and its first-generation date (a property read and write) 3.
    expect(large.calls.total).toBeLessThan(113);
  });

  it('loads the sidebar in a constant number of calls and saves one entry in a few', () => {
    const a = benchSidebar(10);
    const b = benchSidebar(150);
    expect(b.loadCalls).toBe(a.loadCalls);
    expect(b.saveCalls).toBe(a.saveCalls);
    // 22: the row reads, the plain-text read-back, and ค่ากำหนดรายปี for a year the coordinator closed.
    expect(b.saveCalls).toBeLessThan(25);
    expect(b.openCalls).toBe(a.openCalls);
  });

  it('at 1,000 measures with long texts the list loads at most 600 KB and opening a measure at most 50 KB', () => {
    const big = benchSidebar(1000);
    expect(big.payloadBytes).toBeLessThanOrEqual(600 * 1024);
    expect(big.openBytes).toBeLessThanOrEqual(50 * 1024);
    // The list carries titles, units and status only, not the long texts.
    expect(big.openBytes).toBeGreaterThan(big.payloadBytes / 1000);
  }, 120_000);
});
