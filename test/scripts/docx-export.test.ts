import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// fflate is the zip library docx v9 itself depends on (no package added for the tests).
import { strFromU8, unzipSync } from 'fflate';
import { docModelToDocx, resolveColumnWidths, writeDocx } from '../../scripts/lib/docx-export';
import { A4 } from '../../emulator/doc-model';
import type { DocModel, ParagraphNode, TableCellNode, TableNode, TextStyle } from '../../emulator/doc-model';

const CM = 72 / 2.54;

const para = (text: string, style: TextStyle = {}, extra: Partial<ParagraphNode> = {}): ParagraphNode => ({
  type: 'paragraph',
  runs: text === '' ? [] : [{ text, style }],
  ...extra,
});
const cell = (text: string, extra: Partial<TableCellNode> = {}): TableCellNode => ({
  paragraphs: [para(text, { fontSize: 10 })],
  columnSpan: 1,
  ...extra,
});
const away = (): TableCellNode => ({ paragraphs: [para('')], columnSpan: 1, mergedAway: true });

const TITLE = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส';
const YEAR = 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘';
const SECTION_ROW = 'ส่วนที่ ๑ การเปิดเผยข้อมูล';
const TABLE_TITLE = 'แบบรายงานผลการดำเนินการ รอบ ๖ เดือน';

function table(extra: Partial<TableNode> = {}): TableNode {
  return {
    type: 'table',
    columnWidths: [null, 200, null],
    pinnedHeaderRows: 1,
    borderWidth: 1,
    borderColor: '#000000',
    rows: [
      {
        cells: [
          cell('มาตรการ', { backgroundColor: '#d9d9d9', verticalAlignment: 'middle' }),
          cell('ขั้นตอน/วิธีการปฏิบัติ', { backgroundColor: '#d9d9d9', verticalAlignment: 'middle' }),
          cell('ผู้รับผิดชอบ', { backgroundColor: '#d9d9d9', verticalAlignment: 'middle' }),
        ],
      },
      { cells: [cell(SECTION_ROW, { columnSpan: 3 }), away(), away()] },
      { cells: [cell('๑. เผยแพร่ข้อมูลข่าวสาร'), cell('๑) จัดทำประกาศ\n๒) เผยแพร่ทางเว็บไซต์'), cell('สำนักปลัด')] },
      { cells: [cell('๒. ลดขั้นตอนการให้บริการ'), cell('ทบทวนคู่มือ'), cell('กองคลัง')] },
    ],
    ...extra,
  };
}

/** Portrait A4 first section (memo margins), landscape second section with the table. */
function sampleDoc(): DocModel {
  return {
    id: 'doc-1',
    name: 'รายงาน ITA',
    documentStyle: { pageWidth: A4.width, pageHeight: A4.height, marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72 },
    content: [
      { type: 'sectionBreak', style: { marginLeft: 3 * CM, marginRight: 2 * CM } },
      para(TITLE, { bold: true, fontSize: 14, fontFamily: 'Sarabun' }, { alignment: 'center' }),
      para(YEAR, { bold: true, fontSize: 14 }, { alignment: 'center', spaceBelow: 12 }),
      para(
        'ตามที่องค์การบริหารส่วนตำบลได้ดำเนินการวิเคราะห์ผลการประเมิน ซึ่งมีคะแนน ๘๓.๕๙ คะแนน',
        {},
        {
          alignment: 'justify',
          indentFirstLine: 2.5 * CM,
          lineSpacing: 1,
        },
      ),
      para(''),
      { type: 'sectionBreak', style: { flipPageOrientation: true, marginLeft: 36, marginRight: 36 } },
      para(TABLE_TITLE, { bold: true, fontSize: 14 }, { alignment: 'center' }),
      table(),
      para(''),
    ],
  };
}

function documentXml(buf: Buffer): string {
  const files = unzipSync(new Uint8Array(buf));
  expect(files['word/document.xml']).toBeDefined();
  return strFromU8(files['word/document.xml']);
}

const count = (xml: string, re: RegExp): number => (xml.match(re) ?? []).length;
/** Whole elements; `<w:p[ >/]` so that <w:pPr>, <w:trPr>, <w:tcPr> … do not count. */
const P = /<w:p[ >/]/g;
const TR = /<w:tr[ >/]/g;
const TC = /<w:tc[ >/]/g;
const rowsOf = (xml: string): string[] => xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
const sectPrsOf = (xml: string): string[] => xml.match(/<w:sectPr[ >][\s\S]*?<\/w:sectPr>/g) ?? [];
const attr = (el: string, tag: string, name: string): number => {
  const m = new RegExp(`<${tag} [^>]*\\b${name}="(\\d+)"`).exec(el);
  if (!m) throw new Error(`no ${tag}@${name} in ${el.slice(0, 200)}`);
  return Number(m[1]);
};

describe('docModelToDocx', () => {
  let xml: string;
  beforeAll(async () => {
    xml = documentXml(await docModelToDocx(sampleDoc()));
  });

  it('writes one section per model section, portrait then landscape, with margins in twips', () => {
    const [first, second, ...rest] = sectPrsOf(xml);
    expect(rest).toHaveLength(0);
    expect(first).toContain('w:orient="portrait"');
    expect(attr(first, 'w:pgSz', 'w:w')).toBe(Math.round(A4.width * 20));
    expect(attr(first, 'w:pgSz', 'w:h')).toBe(Math.round(A4.height * 20));
    expect(attr(first, 'w:pgMar', 'w:left')).toBe(Math.round(3 * CM * 20)); // 1701
    expect(attr(first, 'w:pgMar', 'w:right')).toBe(Math.round(2 * CM * 20)); // 1134
    expect(attr(first, 'w:pgMar', 'w:top')).toBe(1440);

    expect(second).toContain('w:orient="landscape"');
    expect(attr(second, 'w:pgSz', 'w:w')).toBeGreaterThan(attr(second, 'w:pgSz', 'w:h'));
    expect(attr(second, 'w:pgSz', 'w:w')).toBe(Math.round(A4.height * 20));
    expect(attr(second, 'w:pgMar', 'w:left')).toBe(720);
    // The first section's properties ride on its own last paragraph, after the body text.
    expect(xml.indexOf(first)).toBeGreaterThan(xml.indexOf('๘๓.๕๙'));
    expect(xml.indexOf(first)).toBeLessThan(xml.indexOf('<w:tbl>'));
  });

  it('adds no paragraphs, rows or cells beyond the model', () => {
    // Body: 4 paragraphs in section 1, 2 in section 2; cells: 3 + 1 + 3 + 3 cells, one paragraph each.
    expect(count(xml, TR)).toBe(4);
    expect(count(xml, TC)).toBe(10);
    expect(count(xml, P)).toBe(6 + 10);
    expect(count(xml, /<w:tbl>/g)).toBe(1);
  });

  it('repeats the pinned header row only', () => {
    const rows = rowsOf(xml);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('<w:cantSplit/>');
    for (const row of rows.slice(1)) {
      expect(row).not.toContain('w:tblHeader');
    }
    expect(count(xml, /<w:tblHeader\/>/g)).toBe(1);
  });

  it('merges the section row across all three columns', () => {
    const row = rowsOf(xml)[1];
    expect(count(row, TC)).toBe(1);
    expect(row).toContain('<w:gridSpan w:val="3"/>');
    expect(row).toContain(SECTION_ROW);
    expect(count(xml, /<w:gridSpan /g)).toBe(1);
  });

  it('gives the table fixed column widths that fill the landscape text width', () => {
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const textWidth = Math.round((A4.height - 72) * 20);
    expect(grid).toHaveLength(3);
    expect(grid[1]).toBe(4000);
    expect(grid[0]).toBe(grid[2]);
    expect(Math.abs(grid.reduce((a, b) => a + b, 0) - textWidth)).toBeLessThanOrEqual(2);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toMatch(/<w:insideH w:val="single" w:color="000000" w:sz="8"\/>/);
    expect(xml).toMatch(/<w:shd [^>]*w:fill="D9D9D9"/);
    expect(count(xml, /<w:vAlign w:val="center"\/>/g)).toBe(3);
  });

  it('sets complex-script font, size and bold so Thai text takes them', () => {
    const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      expect(run).toMatch(/<w:rFonts [^>]*w:cs="Sarabun"/);
      expect(run).toMatch(/<w:rFonts [^>]*w:ascii="Sarabun"/);
      expect(run).toMatch(/<w:rFonts [^>]*w:hAnsi="Sarabun"/);
      expect(run).toMatch(/<w:szCs w:val="\d+"\/>/);
    }
    const title = runs.find((r) => r.includes(TITLE));
    expect(title).toBeDefined();
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:bCs/>');
    expect(title).toContain('<w:sz w:val="28"/>');
    expect(title).toContain('<w:szCs w:val="28"/>');
    // The landscape section's title: bold 14 pt, centred, after the first section's properties.
    const tableTitle = runs.find((r) => r.includes(TABLE_TITLE))!;
    expect(tableTitle).toContain('<w:b/>');
    expect(tableTitle).toContain('<w:szCs w:val="28"/>');
    expect(xml.match(new RegExp(`<w:p>(?:(?!<w:p>)[\\s\\S])*?${TABLE_TITLE}`))![0]).toContain('<w:jc w:val="center"/>');
    expect(xml.indexOf(TABLE_TITLE)).toBeGreaterThan(xml.indexOf('w:orient="portrait"'));
    expect(xml.indexOf(TABLE_TITLE)).toBeLessThan(xml.indexOf('<w:tbl>'));
    // A run without font/size gets the defaults (Sarabun 11 pt) and is not bold.
    const body = runs.find((r) => r.includes('๘๓.๕๙'))!;
    expect(body).toContain('<w:szCs w:val="22"/>');
    expect(body).not.toContain('<w:b/>');
  });

  it('keeps paragraph formatting', () => {
    const titlePara = xml.match(new RegExp(`<w:p>(?:(?!<w:p>)[\\s\\S])*?${TITLE}`))![0];
    expect(titlePara).toContain('<w:jc w:val="center"/>');
    const bodyPara = xml.match(/<w:p>(?:(?!<w:p>)[\s\S])*?๘๓\.๕๙/)![0];
    expect(bodyPara).toContain('<w:jc w:val="both"/>');
    expect(bodyPara).toMatch(/<w:ind [^>]*w:firstLine="1417"/);
    expect(bodyPara).toMatch(/<w:spacing [^>]*w:line="240"/);
    const yearPara = xml.match(/<w:p>(?:(?!<w:p>)[\s\S])*?ประจำปีงบประมาณ/)![0];
    expect(yearPara).toMatch(/<w:spacing [^>]*w:after="240"/);
  });

  it('keeps the Thai text and Thai digits, with soft line breaks for \\n', () => {
    for (const text of [TITLE, YEAR, SECTION_ROW, '๑) จัดทำประกาศ', '๒) เผยแพร่ทางเว็บไซต์', 'สำนักปลัด']) {
      expect(xml).toContain(text);
    }
    expect(xml).not.toContain('จัดทำประกาศ\n');
    expect(count(xml, /<w:br\/>/g)).toBe(1);
  });

  it('uses the options for runs without font or size', async () => {
    const x = documentXml(await docModelToDocx(sampleDoc(), { defaultFontFamily: 'TH Sarabun New', defaultFontSize: 16 }));
    const body = x.match(/<w:r>(?:(?!<w:r>)[\s\S])*?๘๓\.๕๙/)![0];
    expect(body).toMatch(/w:cs="TH Sarabun New"/);
    expect(body).toContain('<w:szCs w:val="32"/>');
    // Explicit model styles still win.
    const title = x.match(new RegExp(`<w:r>(?:(?!<w:r>)[\\s\\S])*?${TITLE}`))![0];
    expect(title).toMatch(/w:cs="Sarabun"/);
  });

  it('writes page breaks, italic, underline and colour, and borderless tables', async () => {
    const doc = sampleDoc();
    doc.content.splice(2, 0, { type: 'paragraph', runs: [], pageBreak: true });
    doc.content.splice(3, 0, para('ลงชื่อ', { italic: true, underline: true, foregroundColor: '#ff0000' }));
    doc.content.splice(doc.content.length - 1, 0, table({ borderWidth: 0, pinnedHeaderRows: 0 }), para(''));
    const x = documentXml(await docModelToDocx(doc));
    expect(count(x, /<w:br w:type="page"\/>/g)).toBe(1);
    const signed = x.match(/<w:r>(?:(?!<w:r>)[\s\S])*?ลงชื่อ/)![0];
    expect(signed).toContain('<w:i/>');
    expect(signed).toContain('<w:iCs/>');
    expect(signed).toMatch(/<w:u w:val="single"\/>/);
    expect(signed).toContain('<w:color w:val="FF0000"/>');
    const tables = x.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    expect(tables).toHaveLength(2);
    expect(tables[1]).toMatch(/<w:insideV w:val="(none|nil)"/);
    expect(tables[1]).not.toContain('w:val="single"');
    expect(tables[1]).not.toContain('w:tblHeader');
    expect(count(x, TR)).toBe(8);
    expect(count(x, P)).toBe(16 + 2 + 1 + 10);
  });
});

describe('resolveColumnWidths', () => {
  it('shares the rest of the text width evenly among null columns', () => {
    expect(resolveColumnWidths([null, 100, null], 500)).toEqual([200, 100, 200]);
    expect(resolveColumnWidths([100, 200], 500)).toEqual([100, 200]);
    expect(resolveColumnWidths([null, null], 300)).toEqual([150, 150]);
  });
});

describe('writeDocx', () => {
  it('writes a .docx (zip) file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docx-export-'));
    try {
      const path = join(dir, 'report.docx');
      await writeDocx(sampleDoc(), path);
      const buf = readFileSync(path);
      expect(buf.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(documentXml(buf)).toContain(TITLE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the preview approximates the Doc', () => {
  it("applies the Doc's cell padding, keeps kept rows and keep flags", async () => {
    const t = table();
    t.rows[2].preventOverflow = true;
    for (const c of t.rows[2].cells) c.padding = { left: 5, right: 5, top: 3, bottom: 3 };
    const kept = para('ลงชื่อ', {}, { keepLinesTogether: true, keepWithNext: true });
    const doc = sampleDoc();
    doc.content.splice(doc.content.length - 1, 0, kept);
    doc.content[doc.content.findIndex((n) => n.type === 'table')] = t;
    const out = documentXml(await docModelToDocx(doc));
    const rows = rowsOf(out);
    expect(rows[2]).toContain('<w:cantSplit/>');
    expect(rows[3]).not.toContain('w:cantSplit');
    expect(rows[2]).toMatch(/<w:tcMar><w:top w:type="dxa" w:w="60"\/><w:left w:type="dxa" w:w="100"\/>/);
    expect(rows[3]).not.toContain('w:tcMar');
    expect(out).toMatch(/<w:keepNext\/><w:keepLines\/>|<w:keepLines\/><w:keepNext\/>/);
  });
});
