/**
 * The writer against the strict Docs stand-ins, under every answer Google's pages leave open
 * (line breaks in appended text, Body.clear and section breaks, a new section's style, pageless
 * Docs): the report comes out the same, generated once or regenerated in place.
 */
import { seededWorkspace } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { syntheticAgency } from '../../emulator/agencies/synthetic-agency';
import { installGlobals, paragraphText, sectionsOf, Workspace, type DocModel } from '../../emulator';
import { paragraphsIn } from '../../emulator/doc-ops';
import { DOCS_BEHAVIOUR_CHOICES, type DocsBehaviour } from '../../emulator/workspace';
import * as docText from '../../src/core/doc-text';
import { docCharacters } from '../../emulator/doc-ops';
import { DOC_TEXT } from '../../src/core/labels';
import { MEMO_MARGINS, REPORT_MARGINS, type ReportLayout } from '../../src/core/report-layout';
import { generateReport, type GenerateResult } from '../../src/server/report-job';
import { writeReport } from '../../src/server/doc-writer';

const H1 = { fiscalYear: 2568, round: 'H1' as const, presetId: '001' };

function ok(r: GenerateResult): Extract<GenerateResult, { ok: true }> {
  if (!r.ok) throw new Error(`${r.message}\n${r.problems.join('\n')}`);
  return r;
}

function docOf(ws: Workspace, url: string): DocModel {
  return ws.docs.get(/\/d\/([\w-]+)/.exec(url)![1]);
}

/** Every paragraph's text in order, a line break and a paragraph break read alike. */
function textOf(doc: DocModel): string {
  return paragraphsIn(doc.content).map(paragraphText).join('\n');
}

/** The pages as a reader sees them: orientation, left margin, the first words of each section. */
function pagesOf(doc: DocModel): { landscape: boolean; marginLeft: number; starts: string }[] {
  return sectionsOf(doc).map((s) => ({
    landscape: s.landscape,
    marginLeft: s.page.marginLeft,
    starts: paragraphsIn(s.nodes).map(paragraphText).join('\n').slice(0, 12),
  }));
}

const combos: Partial<DocsBehaviour>[] = DOCS_BEHAVIOUR_CHOICES.lineBreaks.flatMap((lineBreaks) =>
  DOCS_BEHAVIOUR_CHOICES.clearSectionBreaks.flatMap((clearSectionBreaks) =>
    DOCS_BEHAVIOUR_CHOICES.newSectionStyle.map((newSectionStyle) => ({ lineBreaks, clearSectionBreaks, newSectionStyle })),
  ),
);

describe('the report Doc under each open Docs behaviour', () => {
  const reference = ((): { text: string; pages: ReturnType<typeof pagesOf> } => {
    const ws = seededWorkspace(sampleAgency());
    const doc = docOf(ws, ok(generateReport(H1)).url);
    return { text: textOf(doc), pages: pagesOf(doc) };
  })();

  it('has a portrait memo page and a landscape report, each with its own margins', () => {
    expect(reference.pages).toEqual([
      { landscape: false, marginLeft: MEMO_MARGINS.left, starts: 'บันทึกข้อความ'.slice(0, 12) },
      { landscape: true, marginLeft: REPORT_MARGINS.left, starts: expect.any(String) as unknown },
    ]);
  });

  it.each(combos)('generated and regenerated in place: same text, same pages, no leftover section (%o)', (docs) => {
    const ws = seededWorkspace(sampleAgency());
    ws.docsBehaviour = { ...ws.docsBehaviour, ...docs };
    const first = ok(generateReport(H1));
    ws.endExecution();
    const again = ok(generateReport(H1));
    expect(again.url).toBe(first.url);
    const doc = docOf(ws, again.url);
    expect(textOf(doc)).toBe(reference.text);
    expect(pagesOf(doc)).toEqual(reference.pages);
    // The report's section carries its own style instead of whatever a new section starts with.
    const breaks = doc.content.filter((n) => n.type === 'sectionBreak');
    expect(breaks[1]).toMatchObject({ style: { flipPageOrientation: false, marginLeft: REPORT_MARGINS.left } });
  });

  it('asks a pageless Doc for pages', () => {
    const ws = seededWorkspace(sampleAgency());
    ws.docsBehaviour = { ...ws.docsBehaviour, newDocumentMode: 'PAGELESS' };
    const r = ok(generateReport(H1));
    expect(docOf(ws, r.url).documentMode).toBe('PAGES');
    expect(r.notes).not.toContain(DOC_TEXT.pageless);
  });

  it('still writes and styles the report when pages are refused, and tells the user what to do', () => {
    const ws = seededWorkspace(sampleAgency());
    ws.docsBehaviour = { ...ws.docsBehaviour, newDocumentMode: 'PAGELESS', documentModeWritable: false };
    const r = ok(generateReport(H1));
    const doc = docOf(ws, r.url);
    expect(doc.documentMode).toBeUndefined();
    expect(r.notes).toContain(DOC_TEXT.pageless);
    expect(textOf(doc)).toBe(reference.text);
    expect(doc.content.some((n) => n.type === 'table' && n.pinnedHeaderRows === 1)).toBe(true);
  });
});

describe('text the Docs API would refuse or change', () => {
  it('a report that ends with a paragraph (no signatories) is styled without touching the final newline', () => {
    const ws = new Workspace();
    installGlobals(ws);
    const layout: ReportLayout = {
      fileName: 'r',
      font: 'Sarabun',
      baseSize: 11,
      sections: [
        {
          orientation: 'landscape',
          margins: REPORT_MARGINS,
          blocks: [
            { kind: 'paragraph', runs: [{ text: 'รายงาน', bold: true }], align: 'center', size: 14 },
            { kind: 'paragraph', runs: [{ text: 'สรุปผลการดำเนินการ' }], align: 'justify', indentFirstLine: 70 },
          ],
        },
      ],
    };
    const doc = DocumentApp.create('r');
    const id = doc.getId();
    expect(writeReport(doc, layout)).toEqual([]);
    const last = ws.docs.get(id).content.at(-1);
    expect(last).toMatchObject({ type: 'paragraph', alignment: 'justify', indentFirstLine: 70, runs: [{ text: 'สรุปผลการดำเนินการ' }] });
  });

  it('control characters and old-font Thai glyphs typed in the sheet do not derail the styling; the marks come back', () => {
    const data = sampleAgency();
    const title = data.measures[1][6];
    // ที่ typed with an old Thai font (tone mark as U+F70A) and a stray control character.
    data.measures[1][6] = `${String(title)} ท\uf702\uf70aสุด\u0007`;
    const ws = seededWorkspace(data);
    const r = ok(generateReport(H1));
    const text = textOf(docOf(ws, r.url));
    expect(text).toContain(`${String(title)} ที่สุด`);
    expect([...text].filter((c) => c < '\u0009' || (c >= '\ue000' && c <= '\uf8ff'))).toEqual([]);
  });
});

describe('the 1.02 million character limit', () => {
  it("estimates the report's size as the Doc will count it", () => {
    const check = jest.spyOn(docText, 'checkReportSize');
    const ws = seededWorkspace(sampleAgency());
    const r = ok(generateReport(H1));
    const layout = check.mock.calls[0][0];
    check.mockRestore();
    expect(docText.estimateDocCharacters(layout)).toBe(docCharacters(docOf(ws, r.url)));
  });

  it('refuses a report larger than a Doc holds before creating any folder or Doc, saying how large and what to do', () => {
    const ws = seededWorkspace(syntheticAgency(700));
    const files = Object.keys(ws.drive.files).length;
    const folders = Object.keys(ws.drive.folders).length;
    const r = generateReport({ fiscalYear: 2568, round: 'FY', presetId: '001' });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(/^รายงานนี้ยาวประมาณ 1,\d{3},\d{3} ตัวอักษร เกินกว่าที่ Google เอกสารหนึ่งไฟล์รับได้ \(1,020,000 ตัวอักษร\)/);
    expect(r.ok ? '' : r.message).toContain('แยกรายงานเป็นหลายฉบับตามหน่วยงาน');
    expect([Object.keys(ws.drive.files).length, Object.keys(ws.drive.folders).length]).toEqual([files, folders]);
    expect(ws.docs.all()).toHaveLength(0);
  });
});
