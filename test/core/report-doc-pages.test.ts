/**
 * The generated Doc on the stand-ins keeps rows and signatures together and links URLs: what the
 * batchUpdate asked for is read back from the Doc (Docs API semantics in emulator/docs-api.ts).
 */
import { generateReport } from '../../src/server/report-job';
import { signatureText, splitRank } from '../../src/core/report-layout';
import { REPORT } from '../../src/core/labels';
import { cellText, type DocModel, type ParagraphNode, type TableNode } from '../../emulator';
import { seededWorkspace } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';

function generated(presetId = '001', includeMemo = true): DocModel {
  const ws = seededWorkspace(sampleAgency());
  const result = generateReport({ fiscalYear: 2568, round: 'H1', presetId, includeMemo }, new Date(2025, 3, 5));
  if (!result.ok) throw new Error(result.message);
  return ws.docs.get(/\/d\/([\w-]+)/.exec(result.url)![1]);
}

const tables = (doc: DocModel) => doc.content.filter((n): n is TableNode => n.type === 'table');
const text = (p: ParagraphNode) => p.runs.map((r) => r.text).join('');

describe('rows, pages and links in the generated Doc', () => {
  it('section rows and short rows may not break across pages; the header row is pinned', () => {
    const doc = generated();
    const measures = tables(doc).find((t) => t.pinnedHeaderRows === 1)!;
    const body = measures.rows.slice(1);
    const sections = body.filter((r) => r.cells.filter((c) => !c.mergedAway).length === 1);
    expect(sections.length).toBe(3);
    for (const r of sections) expect(r.preventOverflow).toBe(true);
    for (const r of sections) expect(r.cells[0].paragraphs[0].keepWithNext).toBe(true);
    // The sample's rows are all short (far below a third of a landscape page).
    expect(body.every((r) => r.preventOverflow === true)).toBe(true);
    expect(measures.rows[0].preventOverflow).toBeUndefined();
    // Cell padding is the one the widths were computed with.
    expect(measures.rows[1].cells[0].padding).toEqual({ left: 5, right: 5, top: 3, bottom: 3 });
  });

  it('the memo: title at the 29 pt equivalent, labels bold at the 20 pt equivalent, ที่ and วันที่ on one borderless row', () => {
    const doc = generated();
    const paras = doc.content.filter((n): n is ParagraphNode => n.type === 'paragraph');
    const title = paras.find((p) => text(p) === 'บันทึกข้อความ')!;
    expect(title.runs[0].style).toMatchObject({ bold: true, fontSize: 20 });
    for (const label of ['ส่วนราชการ', 'เรื่อง']) {
      const p = paras.find((x) => text(x).startsWith(label))!;
      expect(p.runs[0]).toMatchObject({ text: label, style: { bold: true, fontSize: 14 } });
      expect(p.runs[1].style.fontSize).toBe(11);
    }
    const subject = paras.find((x) => text(x).startsWith('เรื่อง'))!;
    expect(subject.indentFirstLine).toBe(0);
    expect(subject.indentStart).toBeGreaterThan(20);
    const ref = tables(doc)[0];
    expect(ref.borderWidth).toBe(0);
    expect(ref.rows).toHaveLength(1);
    const [at, date] = ref.rows[0].cells;
    expect(at.paragraphs[0].runs[0]).toMatchObject({ text: 'ที่', style: { bold: true, fontSize: 14 } });
    expect(date.paragraphs[0].runs[0]).toMatchObject({ text: 'วันที่', style: { bold: true, fontSize: 14 } });
    expect(at.padding).toMatchObject({ left: 0, right: 0 });
  });

  it('the result column says when a measure has no entry for the round', () => {
    const doc = generated();
    const measures = tables(doc).find((t) => t.pinnedHeaderRows === 1)!;
    const row = measures.rows.find((r) => cellText(r.cells[0]).includes('ประชาสัมพันธ์ช่องทางการแจ้งเบาะแส'))!;
    expect(cellText(row.cells[4])).toBe('ยังไม่มีรายงานผลในรอบนี้');
    expect(cellText(row.cells[5])).toBe('');
  });

  it('signature blocks: room, a ลงชื่อ line, (name), position; kept together and with the line before', () => {
    const doc = generated();
    const sig = tables(doc).at(-1)!;
    expect(sig.rows[0].preventOverflow).toBe(true);
    const lines = cellText(sig.rows[0].cells[0]).split('\n');
    expect(lines[0]).toBe('');
    expect(lines[1]).toMatch(/^ลงชื่อ \.{10,}$/);
    expect(lines[2]).toMatch(/^\(.+\)$/);
    expect(lines[3]).not.toBe('');
    // The memo: one paragraph per signature, kept whole; the closing keeps with the first one.
    const memoSigs = doc.content.filter((n): n is ParagraphNode => n.type === 'paragraph' && text(n).includes('ลงชื่อ'));
    expect(memoSigs.length).toBeGreaterThan(1);
    for (const p of memoSigs) expect(p.keepLinesTogether).toBe(true);
    const closing = doc.content.find((n): n is ParagraphNode => n.type === 'paragraph' && text(n).startsWith('จึงเรียนมา'))!;
    expect(closing.keepWithNext).toBe(true);
  });

  it('evidence URLs are links to the URL; the visible text may break after each /', () => {
    const doc = generated('001', false);
    const runs = tables(doc).flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.flatMap((p) => p.runs))));
    const linked = runs.filter((r) => r.style.linkUrl);
    expect(linked.length).toBeGreaterThan(0);
    for (const r of linked) {
      expect(r.style.linkUrl).toMatch(/^https?:\/\/[^\u200b\s]+$/);
      expect(r.text.replace(/\u200b/g, '')).toBe(r.style.linkUrl);
      expect(r.text).toContain('/\u200b');
    }
  });
});

describe('signature text', () => {
  it('prints a rank outside the parentheses, a title inside', () => {
    expect(signatureText({ name: 'จ่าเอก จรินทร์ ออมทรัพย์วัฒนา', position: 'ปลัด' }).split('\n').slice(2)).toEqual([
      'จ่าเอก (จรินทร์ ออมทรัพย์วัฒนา)',
      'ปลัด',
    ]);
    expect(splitRank('ว่าที่ร้อยตรี สมชาย ใจดี')).toEqual({ rank: 'ว่าที่ร้อยตรี', name: 'สมชาย ใจดี' });
    expect(splitRank('นางบุญญาดา ศรีสุข')).toEqual({ rank: '', name: 'นางบุญญาดา ศรีสุข' });
    expect(signatureText({ name: '', position: 'นายก' }).split('\n')[2]).toMatch(/^\(\.+\)$/);
  });
});

describe('too many columns', () => {
  it('a 12-column custom report is still made, with the warning among its notes; a 7-column one without', () => {
    const all = 'issue,itaTags,measure,steps,responsible,period,monitoring,result,outcome,suggestions,status,evidence'.split(',');
    seededWorkspace(sampleAgency());
    const twelve = generateReport({ fiscalYear: 2568, round: 'H1', presetId: 'กำหนดเอง', columns: all as never, includeMemo: false });
    expect(twelve.ok && twelve.notes).toContain(REPORT.columnsTooNarrow);
    const seven = generateReport({
      fiscalYear: 2568,
      round: 'H1',
      presetId: 'กำหนดเอง',
      columns: all.slice(2, 9) as never,
      includeMemo: false,
    });
    expect(seven.ok && seven.notes).not.toContain(REPORT.columnsTooNarrow);
  });
});

describe('the memo date', () => {
  const memoDateCell = (doc: DocModel): string => cellText(tables(doc)[0].rows[0].cells[1]);
  function agency(dates: { h1?: Date | string; fy?: Date | string }) {
    const d = sampleAgency();
    for (const row of d.settings) {
      if (row[0] === 'บันทึกข้อความ: วันที่') row[1] = dates.h1 ?? '';
      if (row[0] === 'บันทึกข้อความ: วันที่ (รอบ 12 เดือน)') row[1] = dates.fy ?? '';
    }
    return d;
  }
  const make = (ws: ReturnType<typeof seededWorkspace>, round: 'H1' | 'FY', day: Date): DocModel => {
    const r = generateReport({ fiscalYear: 2568, round, presetId: '001', includeMemo: true }, day);
    if (!r.ok) throw new Error(r.message);
    ws.endExecution();
    return ws.docs.get(/\/d\/([\w-]+)/.exec(r.url)![1]);
  };

  it('is the day the report was first generated; regenerating later does not move it', () => {
    const ws = seededWorkspace(agency({}));
    expect(memoDateCell(make(ws, 'H1', new Date(2025, 3, 7, 9)))).toBe('วันที่ ๗ เมษายน ๒๕๖๘');
    expect(memoDateCell(make(ws, 'H1', new Date(2025, 4, 2, 9)))).toBe('วันที่ ๗ เมษายน ๒๕๖๘');
    // Another round is another report, with its own first day.
    expect(memoDateCell(make(ws, 'FY', new Date(2025, 9, 3, 9)))).toBe('วันที่ ๓ ตุลาคม ๒๕๖๘');
  });

  it('a date set for the round wins: the 12-month memo is not dated before its period ends', () => {
    const ws = seededWorkspace(agency({ h1: new Date(2025, 3, 2), fy: new Date(2025, 9, 1) }));
    expect(memoDateCell(make(ws, 'H1', new Date(2025, 3, 7)))).toBe('วันที่ ๒ เมษายน ๒๕๖๘');
    expect(memoDateCell(make(ws, 'FY', new Date(2025, 9, 3)))).toBe('วันที่ ๑ ตุลาคม ๒๕๖๘');
  });
});
