import { seededWorkspace } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { addEmblemDoc } from '../../emulator/agencies/emblem-doc';
import { generateReport, type GenerateResult } from '../../src/server/report-job';
import { cellText, sectionsOf, type DocModel, type ParagraphNode } from '../../emulator';
import { REPORT, SHEET } from '../../src/core/labels';
import { SETTINGS_ROWS } from '../../src/core/schema';
import { docIdFrom } from '../../src/core/read-workbook';
import type { Workspace } from '../../emulator';
import { strFromU8, unzipSync } from 'fflate';
import { docModelToDocx } from '../../scripts/lib/docx-export';
import { writeReport } from '../../src/server/doc-writer';
import { buildDocsRequests, DocStructureError, type DocsDocument } from '../../src/core/docs-requests';
import { EMBLEM_HEIGHT, MEMO_MARGINS, type LayoutTable, type ReportLayout } from '../../src/core/report-layout';

const H1 = { fiscalYear: 2568, round: 'H1' as const, presetId: '001', includeMemo: true };
const EMBLEM_LABEL = SETTINGS_ROWS.find((d) => d.key === 'memoEmblemDoc')!.label;
/** 1.5 cm in InlineImage pixels (96 to the inch). */
const PX_15_CM = Math.round((1.5 / 2.54) * 96);

function ok(r: GenerateResult): Extract<GenerateResult, { ok: true }> {
  if (!r.ok) throw new Error(`${r.message}\n${r.problems.join('\n')}`);
  return r;
}

function docOf(ws: Workspace, url: string): DocModel {
  return ws.docs.get(/\/d\/([\w-]+)/.exec(url)![1]);
}

/** Types `value` into ตั้งค่า's row for the emblem Doc, as the coordinator would. */
function setEmblemSetting(value: string): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.settings)!;
  const labels = sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  const row = labels.indexOf(EMBLEM_LABEL) + 1;
  expect(row).toBeGreaterThan(0);
  sheet.getRange(row, 2).setValue(value);
}

function imagesOf(doc: DocModel): { height: number; width: number }[] {
  const paragraphs = doc.content.flatMap((n): ParagraphNode[] =>
    n.type === 'paragraph' ? [n] : n.type === 'table' ? n.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)) : [],
  );
  return paragraphs.flatMap((p) => p.runs.flatMap((r) => (r.image ? [r.image] : [])));
}

function expectEmblemBesideTitle(doc: DocModel): void {
  const memo = sectionsOf(doc)[0];
  expect(memo.landscape).toBe(false);
  // Body.clear() leaves one empty paragraph, which DocumentApp cannot remove before a table: the head row follows it.
  const [blank, first] = memo.nodes;
  expect(blank.type === 'paragraph' && blank.runs.every((r) => r.text === '')).toBe(true);
  if (first.type !== 'table') throw new Error('the memo does not start with its head row');
  const [emblemCell, titleCell, rightCell] = first.rows[0].cells;
  const image = emblemCell.paragraphs[0].runs.find((r) => r.image)?.image;
  expect(image?.height).toBe(PX_15_CM);
  // The placeholder is 48 × 56: the width follows the aspect ratio.
  expect(image?.width).toBe(Math.round((PX_15_CM * 48) / 56));
  expect(emblemCell.paragraphs[0].alignment ?? 'left').toBe('left');
  expect(cellText(titleCell)).toBe(REPORT.memoTitle);
  expect(titleCell.paragraphs[0].alignment).toBe('center');
  expect(titleCell.paragraphs[0].runs[0].style).toMatchObject({ bold: true, fontSize: 20 });
  expect(cellText(rightCell)).toBe('');
  // Equal side columns keep the title centred; the head row has no borders.
  expect(first.columnWidths[0]).toBe(first.columnWidths[2]);
  expect(first.borderWidth).toBe(0);
  expect(imagesOf(doc)).toHaveLength(1);
}

describe("the memo's ครุฑ from the Doc named in ตั้งค่า", () => {
  it("takes the first image in the Doc's body, 1.5 cm high at the top left beside the title", () => {
    const ws = seededWorkspace(sampleAgency());
    const id = addEmblemDoc(ws, 'body');
    setEmblemSetting(`https://docs.google.com/document/d/${id}/edit?usp=sharing`);
    const r = ok(generateReport(H1));
    expectEmblemBesideTitle(docOf(ws, r.url));
    expect(r.notes.join('\n')).not.toContain('ตราครุฑ');
  });

  it('takes the image in the header when the body has none (a letterhead)', () => {
    const ws = seededWorkspace(sampleAgency());
    const id = addEmblemDoc(ws, 'header');
    setEmblemSetting(id);
    const r = ok(generateReport(H1));
    expectEmblemBesideTitle(docOf(ws, r.url));
  });

  it.each(['body', 'header'] as const)('takes a positioned (floating) image in the %s', (where) => {
    const ws = seededWorkspace(sampleAgency());
    setEmblemSetting(addEmblemDoc(ws, where, 'หัวกระดาษ', 'positioned'));
    const r = ok(generateReport(H1));
    expectEmblemBesideTitle(docOf(ws, r.url));
    expect(r.notes.join('\n')).not.toContain('ตราครุฑ');
  });

  it('keeps the emblem when the report is generated again', () => {
    const ws = seededWorkspace(sampleAgency());
    setEmblemSetting(addEmblemDoc(ws, 'body'));
    ok(generateReport(H1));
    ws.endExecution();
    const again = ok(generateReport(H1));
    expectEmblemBesideTitle(docOf(ws, again.url));
  });

  it('makes the memo with the title alone, and says nothing, when no Doc is set', () => {
    const ws = seededWorkspace(sampleAgency());
    const r = ok(generateReport(H1));
    const doc = docOf(ws, r.url);
    const first = sectionsOf(doc)[0].nodes[0] as ParagraphNode;
    expect(first.type).toBe('paragraph');
    expect(first.runs.map((x) => x.text).join('')).toBe(REPORT.memoTitle);
    expect(imagesOf(doc)).toHaveLength(0);
    expect(r.notes.join('\n')).not.toContain('ตราครุฑ');
  });

  it('still makes the report, without the emblem and with a Thai note, when the Doc cannot be opened', () => {
    const ws = seededWorkspace(sampleAgency());
    const id = addEmblemDoc(ws, 'body');
    ws.driveItem(id)!.owner = 'someone.else@example.org'; // private to another user
    setEmblemSetting(id);
    const r = ok(generateReport(H1));
    expect(imagesOf(docOf(ws, r.url))).toHaveLength(0);
    expect(r.notes).toContain(REPORT.emblemUnreadable.replace('{id}', id));
  });

  it('says so when the Doc has no image', () => {
    const ws = seededWorkspace(sampleAgency());
    const id = addEmblemDoc(ws, 'body');
    ws.docs.get(id).content.splice(1, 1);
    setEmblemSetting(id);
    const r = ok(generateReport(H1));
    expect(imagesOf(docOf(ws, r.url))).toHaveLength(0);
    expect(r.notes).toContain(REPORT.emblemMissing.replace('{id}', id));
  });
});

describe('docIdFrom', () => {
  it('reads the ID from a Docs link or takes a bare ID', () => {
    expect(docIdFrom('https://docs.google.com/document/d/1AbC_d-9/edit?usp=sharing')).toBe('1AbC_d-9');
    expect(docIdFrom('https://docs.google.com/document/u/0/d/1AbC_d-9/edit')).toBe('1AbC_d-9');
    expect(docIdFrom('  1AbC_d-9 ')).toBe('1AbC_d-9');
    expect(docIdFrom('')).toBe('');
  });
});

describe('the Doc writer and the styling step with an image cell', () => {
  const head: LayoutTable = {
    kind: 'table',
    role: 'memoHead',
    widths: [85, 283.6, 85],
    header: null,
    rows: [{ kind: 'cells', cells: ['', REPORT.memoTitle, ''] }],
    borders: false,
    align: 'center',
    labelSize: 20,
    padding: 0,
    image: { row: 0, column: 0, height: EMBLEM_HEIGHT },
  };
  const layout: ReportLayout = {
    fileName: 'memo',
    font: 'Sarabun',
    baseSize: 11,
    sections: [{ orientation: 'portrait', margins: MEMO_MARGINS, blocks: [head] }],
  };

  it('inserts the image it is given and refuses a layout whose image it was not given', () => {
    const ws = seededWorkspace(sampleAgency());
    const source = DocumentApp.openById(addEmblemDoc(ws, 'body')).getBody().getImages()[0];
    const doc = DocumentApp.create('memo');
    const id = doc.getId();
    expect(writeReport(doc, layout, { blob: source.getBlob(), aspect: 48 / 56 })).toEqual([]);
    expect(imagesOf(ws.docs.get(id))).toEqual([expect.objectContaining({ height: PX_15_CM })]);
    expect(() => writeReport(DocumentApp.create('other'), layout)).toThrow('the layout places an image the writer was not given');
  });

  it('fails loudly when the cell that should hold the image does not', () => {
    const ws = seededWorkspace(sampleAgency());
    const source = DocumentApp.openById(addEmblemDoc(ws, 'body')).getBody().getImages()[0];
    const doc = DocumentApp.create('memo');
    const id = doc.getId();
    writeReport(doc, layout, { blob: source.getBlob(), aspect: 1 });
    const structure = Docs!.Documents!.get(id) as DocsDocument;
    expect(buildDocsRequests(layout, structure).length).toBeGreaterThan(0);
    const withoutImage = JSON.parse(JSON.stringify(structure), (k: string, v: unknown) =>
      k === 'inlineObjectElement' ? undefined : v,
    ) as DocsDocument;
    expect(() => buildDocsRequests(layout, withoutImage)).toThrow(DocStructureError);
  });
});

describe('the image stand-ins', () => {
  it('refuse what the reference does not allow and report no header when the Doc has none', () => {
    const ws = seededWorkspace(sampleAgency());
    const withBody = DocumentApp.openById(addEmblemDoc(ws, 'body'));
    expect(withBody.getHeader()).toBeNull();
    const image = withBody.getBody().getImages()[0];
    expect([image.getWidth(), image.getHeight()]).toEqual([48, 56]);
    expect(() => image.setHeight(42.5)).toThrow('Invalid argument');
    expect(image.getBlob().getContentType()).toBe('image/png');
    // Not a PNG: the stand-in does not pretend to know its size.
    const paragraph = DocumentApp.create('x').getBody().appendParagraph('');
    expect(() => paragraph.appendInlineImage(Utilities.newBlob('text', 'text/plain'))).toThrow();
    const withHeader = DocumentApp.openById(addEmblemDoc(ws, 'header'));
    expect(withHeader.getBody().getImages()).toHaveLength(0);
    expect(withHeader.getHeader().getImages()).toHaveLength(1);
  });

  it("the .docx export draws the memo's image", async () => {
    const ws = seededWorkspace(sampleAgency());
    setEmblemSetting(addEmblemDoc(ws, 'body'));
    const r = ok(generateReport(H1));
    const files = unzipSync(new Uint8Array(await docModelToDocx(docOf(ws, r.url))));
    expect(Object.keys(files).filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
    expect(strFromU8(files['word/document.xml'])).toContain('<w:drawing>');
  });
});
