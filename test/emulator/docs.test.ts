import { installGlobals, type AppsScriptGlobals } from '../../emulator';
import { cellText, paragraphText, type TableNode } from '../../emulator/doc-model';
import { manifestScopes, SCOPE } from '../../emulator/scopes';
import { Workspace, type DocsBehaviour } from '../../emulator/workspace';

function setup(): { ws: Workspace; g: AppsScriptGlobals } {
  // The full drive scope only so that a test can look at the Doc's file through DriveApp.
  const ws = new Workspace({ now: new Date('2025-03-15T05:00:00Z'), scopes: [...manifestScopes(), SCOPE.drive] });
  const g = {} as AppsScriptGlobals;
  installGlobals(ws, g);
  return { ws, g };
}

type ApiDoc = GoogleAppsScript.Docs.Schema.Document;
type SE = GoogleAppsScript.Docs.Schema.StructuralElement;

function batch(g: AppsScriptGlobals, id: string, requests: unknown[]): void {
  g.Docs.Documents.batchUpdate({ requests } as unknown as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, id);
}

const span = (e: { startIndex?: number; endIndex?: number }): [number | undefined, number | undefined] => [e.startIndex, e.endIndex];

/** A doc: paragraph 'กขค', then a 2x2 table, then the empty paragraph Docs adds. */
function thaiDoc(g: AppsScriptGlobals): GoogleAppsScript.Document.Document {
  const doc = g.DocumentApp.create('รายงาน');
  const body = doc.getBody();
  body.getParagraphs()[0].setText('กขค');
  body.appendTable([
    ['ที่', 'b'],
    ['c', 'd'],
  ]);
  return doc;
}

describe('DocumentApp stand-in', () => {
  test('create makes a Drive file and a model; appendTable cells read back; body ends with a paragraph', () => {
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('รายงาน ITA');
    const body = doc.getBody();
    body.appendParagraph('หัวเรื่อง').setAlignment(g.DocumentApp.HorizontalAlignment.CENTER);
    const t = body.appendTable([
      ['ก', 'ข\nค'],
      ['1', '2'],
    ]);
    expect(t.getCell(0, 1).getText()).toBe('ข\nค');
    expect(t.getCell(0, 1).getNumChildren()).toBe(2);
    expect(t.getCell(1, 0).getText()).toBe('1');
    expect(body.getNumChildren()).toBe(4); // initial empty paragraph, heading, table, trailing paragraph
    expect(body.getChild(3).getType()).toBe(g.DocumentApp.ElementType.PARAGRAPH);
    const model = ws.docs.get(doc.getId());
    expect(model.content.map((n) => n.type)).toEqual(['sectionBreak', 'paragraph', 'paragraph', 'table', 'paragraph']);
    expect(ws.drive.files[doc.getId()].mimeType).toBe('application/vnd.google-apps.document');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(g.DriveApp.getFileById(doc.getId()).getName()).toBe('รายงาน ITA');
    expect(() => g.DocumentApp.openById('nope')).toThrow('Document is missing');
  });

  test('Text.setBold on a row bolds only that row; offsets split runs', () => {
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('d');
    const t = doc.getBody().appendTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    t.getRow(0).editAsText().setBold(true);
    const model = ws.docs.get(doc.getId());
    const table = model.content.find((n): n is TableNode => n.type === 'table')!;
    expect(table.rows[0].cells.map((c) => c.paragraphs[0].runs[0].style.bold)).toEqual([true, true]);
    expect(table.rows[1].cells.map((c) => c.paragraphs[0].runs[0].style.bold)).toEqual([undefined, undefined]);
    const p = doc.getBody().appendParagraph('สวัสดีครับ');
    p.editAsText().setItalic(0, 5, true).setFontSize(11).setFontFamily('Sarabun');
    const runs = ws.docs
      .get(doc.getId())
      .content.filter((n) => n.type === 'paragraph')
      .map((n) => (n.type === 'paragraph' ? n.runs : []))
      .pop()!;
    expect(runs.map((r) => [r.text, r.style.italic ?? false])).toEqual([
      ['สวัสดี', true],
      ['ครับ', false],
    ]);
    expect(runs.every((r) => r.style.fontSize === 11 && r.style.fontFamily === 'Sarabun')).toBe(true);
    expect(() => p.editAsText().setBold(0, 99, true)).toThrow();
  });

  test('body attributes, page size, clear, page break, soft line breaks', () => {
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('d');
    const body = doc.getBody();
    const A = g.DocumentApp.Attribute;
    body.setAttributes({ [A.PAGE_WIDTH]: 841.9, [A.PAGE_HEIGHT]: 595.3, [A.MARGIN_LEFT]: 85, [A.FONT_FAMILY]: 'Sarabun' });
    expect(body.getPageWidth()).toBe(841.9);
    body.appendParagraph('บรรทัด ๑\nบรรทัด ๒');
    body.appendPageBreak();
    expect(body.getNumChildren()).toBe(3);
    const m = ws.docs.get(doc.getId());
    expect(m.documentStyle.marginLeft).toBe(85);
    expect(paragraphText(m.content[2] as never)).toBe('บรรทัด ๑\nบรรทัด ๒');
    body.clear();
    expect(ws.docs.get(doc.getId()).content).toEqual([
      { type: 'sectionBreak', style: {} },
      { type: 'paragraph', runs: [] },
    ]);
    const id = doc.getId();
    doc.saveAndClose();
    expect(() => body.appendParagraph('x')).toThrow('Document is closed');
    expect(g.DocumentApp.openById(id).getBody().getNumChildren()).toBe(1);
  });
});

describe('Docs advanced service stand-in', () => {
  test('get(): indexes in UTF-16 code units, tables per the documented rule', () => {
    const { g } = setup();
    const doc = thaiDoc(g);
    expect('ที่'.length).toBe(3);
    const d: ApiDoc = g.Docs.Documents.get(doc.getId());
    const c: SE[] = d.body!.content!;
    expect(c[0]).toEqual({ endIndex: 1, sectionBreak: expect.any(Object) });
    expect(span(c[1])).toEqual([1, 5]); // 'กขค' + '\n'
    expect(c[1].paragraph!.elements![0].textRun!.content).toBe('กขค\n');
    const t = c[2];
    expect(span(t)).toEqual([5, 23]);
    expect(t.table!.rows).toBe(2);
    expect(t.table!.columns).toBe(2);
    const [r0, r1] = t.table!.tableRows!;
    expect([...span(r0), ...span(r1)]).toEqual([6, 15, 15, 22]);
    const cell00 = r0.tableCells![0];
    expect(span(cell00)).toEqual([7, 12]);
    expect(span(cell00.content![0])).toEqual([8, 12]); // 'ที่' is 3 units + '\n'
    expect(r0.tableCells![1].startIndex).toBe(12);
    expect(r1.tableCells!.map(span)).toEqual([
      [16, 19],
      [19, 22],
    ]);
    expect(span(c[3])).toEqual([23, 24]);
    expect(d.documentStyle!.pageSize!.width).toEqual({ magnitude: 612, unit: 'PT' });
  });

  test('batchUpdate: pin + merge + column widths + cell style + text style', () => {
    const { ws, g } = setup();
    const doc = thaiDoc(g);
    const id = doc.getId();
    batch(g, id, [
      { pinTableHeaderRows: { tableStartLocation: { index: 5 }, pinnedHeaderRowsCount: 1 } },
      {
        mergeTableCells: {
          tableRange: { tableCellLocation: { tableStartLocation: { index: 5 }, rowIndex: 1, columnIndex: 0 }, rowSpan: 1, columnSpan: 2 },
        },
      },
      {
        updateTableColumnProperties: {
          tableStartLocation: { index: 5 },
          columnIndices: [0],
          tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 120, unit: 'PT' } },
          fields: 'width,widthType',
        },
      },
      {
        updateTableCellStyle: {
          tableRange: { tableCellLocation: { tableStartLocation: { index: 5 }, rowIndex: 0, columnIndex: 0 }, rowSpan: 1, columnSpan: 2 },
          tableCellStyle: { backgroundColor: { color: { rgbColor: { red: 0.8, green: 0.8, blue: 0.8 } } } },
          fields: 'backgroundColor',
        },
      },
      {
        updateTextStyle: {
          range: { startIndex: 6, endIndex: 15 },
          textStyle: { bold: true, fontSize: { magnitude: 11, unit: 'PT' } },
          fields: 'bold,fontSize',
        },
      },
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 4 }, paragraphStyle: { alignment: 'CENTER' }, fields: 'alignment' } },
    ]);
    const t = ws.docs.get(id).content[2] as TableNode;
    expect(t.pinnedHeaderRows).toBe(1);
    expect(t.rows[1].cells[0].columnSpan).toBe(2);
    expect(t.rows[1].cells[1].mergedAway).toBe(true);
    expect(cellText(t.rows[1].cells[0])).toBe('c\nd'); // covered content moves into the first cell
    expect(t.columnWidths).toEqual([120, null]);
    expect(t.rows[0].cells.map((c) => c.backgroundColor)).toEqual(['#cccccc', '#cccccc']);
    expect(t.rows[0].cells[0].paragraphs[0].runs[0].style).toEqual({ bold: true, fontSize: 11 });
    expect(t.rows[1].cells[0].paragraphs[0].runs[0].style).toEqual({});
    const c = g.Docs.Documents.get(id).body!.content!;
    expect((c[2].table!.tableRows![0].tableRowStyle as { tableHeader?: boolean }).tableHeader).toBe(true);
    expect(c[1].paragraph!.paragraphStyle!.alignment).toBe('CENTER');
    expect(ws.calls.count('Docs.Documents.batchUpdate')).toBe(1);
  });

  test('batchUpdate is all-or-nothing and reports the failing request like the API', () => {
    const { ws, g } = setup();
    const doc = thaiDoc(g);
    const before = JSON.stringify(ws.docs.get(doc.getId()));
    expect(() =>
      batch(g, doc.getId(), [
        { pinTableHeaderRows: { tableStartLocation: { index: 5 }, pinnedHeaderRowsCount: 1 } },
        { pinTableHeaderRows: { tableStartLocation: { index: 6 }, pinnedHeaderRowsCount: 1 } },
      ]),
    ).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].pinTableHeaderRows: The provided table start location is invalid.',
    );
    expect(JSON.stringify(ws.docs.get(doc.getId()))).toBe(before);
    // A range inside a paragraph styles just those characters (index 2 is the second of 'กขค').
    batch(g, doc.getId(), [{ updateTextStyle: { range: { startIndex: 2, endIndex: 3 }, textStyle: { bold: true }, fields: 'bold' } }]);
    const first = ws.docs.get(doc.getId()).content[1];
    expect(first.type === 'paragraph' && first.runs.map((r) => [r.text, r.style.bold === true])).toEqual([
      ['ก', false],
      ['ข', true],
      ['ค', false],
    ]);
  });

  test('section break then landscape section: indexes shift as the API does', () => {
    const { ws, g } = setup();
    const doc = thaiDoc(g);
    const id = doc.getId();
    batch(g, id, [{ insertSectionBreak: { location: { index: 23 }, sectionType: 'NEXT_PAGE' } }]); // the paragraph after the table
    const c = g.Docs.Documents.get(id).body!.content!;
    const kinds = c.map((e) => Object.keys(e).find((k) => k !== 'startIndex' && k !== 'endIndex'));
    expect(kinds).toEqual(['sectionBreak', 'paragraph', 'table', 'paragraph', 'sectionBreak', 'paragraph']);
    expect([c[3].startIndex, c[4].startIndex, c[5].startIndex]).toEqual([23, 24, 25]);
    batch(g, id, [
      { insertSectionBreak: { location: { index: 1 }, sectionType: 'NEXT_PAGE' } },
      {
        updateSectionStyle: {
          range: { startIndex: 3, endIndex: 4 },
          sectionStyle: { flipPageOrientation: true, marginLeft: { magnitude: 36, unit: 'PT' } },
          fields: 'flipPageOrientation,marginLeft',
        },
      },
      {
        updateDocumentStyle: {
          documentStyle: { pageSize: { width: { magnitude: 595.3, unit: 'PT' }, height: { magnitude: 841.9, unit: 'PT' } } },
          fields: 'pageSize',
        },
      },
    ]);
    const m = ws.docs.get(id);
    expect(m.content.map((n) => n.type)).toEqual([
      'sectionBreak',
      'paragraph',
      'sectionBreak',
      'paragraph',
      'table',
      'paragraph',
      'sectionBreak',
      'paragraph',
    ]);
    expect(m.content[2]).toEqual({ type: 'sectionBreak', style: { flipPageOrientation: true, marginLeft: 36 } });
    expect(m.documentStyle.pageWidth).toBe(595.3);
    expect(() => batch(g, id, [{ insertSectionBreak: { location: { index: 9 } } }])).toThrow('Invalid requests[0].insertSectionBreak');
  });
});

describe('the Docs stand-ins refuse and strip what Google does', () => {
  function withBehaviour(docs: Partial<DocsBehaviour>): { ws: Workspace; g: AppsScriptGlobals } {
    const ws = new Workspace({ docs });
    const g = {} as AppsScriptGlobals;
    installGlobals(ws, g);
    return { ws, g };
  }

  test("a style range may not reach the body's final newline, and one bad request fails the whole batch", () => {
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('d');
    doc.getBody().getParagraphs()[0].setText('กขค'); // [1, 5): 'กขค' and its newline, the body's last
    const id = doc.getId();
    doc.saveAndClose();
    const bold = { updateTextStyle: { range: { startIndex: 1, endIndex: 4 }, textStyle: { bold: true }, fields: 'bold' } };
    const tooFar = {
      updateParagraphStyle: { range: { startIndex: 1, endIndex: 5 }, paragraphStyle: { alignment: 'CENTER' }, fields: 'alignment' },
    };
    expect(() => batch(g, id, [bold, tooFar])).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].updateParagraphStyle: Index 5 must be less than the end index of the referenced segment, 5.',
    );
    expect(ws.docs.get(id).content[1]).toMatchObject({ runs: [{ text: 'กขค', style: {} }] });
    expect(() => batch(g, id, [{ deleteContentRange: { range: { startIndex: 2, endIndex: 5 } } }])).toThrow('Index 5 must be less than');
    // Stopping before the newline styles the paragraph all the same.
    batch(g, id, [bold, { ...tooFar, updateParagraphStyle: { ...tooFar.updateParagraphStyle, range: { startIndex: 1, endIndex: 4 } } }]);
    expect(ws.docs.get(id).content[1]).toMatchObject({ alignment: 'center', runs: [{ text: 'กขค', style: { bold: true } }] });
  });

  test('written text loses control characters and Private Use Area characters, as inserted text does', () => {
    const { ws, g } = setup();
    const doc = g.DocumentApp.create('d');
    const body = doc.getBody();
    body.appendParagraph('a\u0001b\u000cc\ue000d\tf');
    body.getParagraphs()[0].setText('x\u001fy');
    body.appendTable([['ท\uf70bี่', 'ok']]);
    const texts = ws.docs
      .get(doc.getId())
      .content.flatMap((n) => (n.type === 'paragraph' ? [paragraphText(n)] : n.type === 'table' ? [cellText(n.rows[0].cells[0])] : []));
    expect(texts).toEqual(['xy', 'abcd\tf', 'ที่', '']);
  });

  test('a document larger than 1.02 million characters is refused', () => {
    const { g } = setup();
    const body = g.DocumentApp.create('d').getBody();
    body.appendParagraph('ก'.repeat(1_019_990));
    expect(() => body.appendParagraph('ข'.repeat(20))).toThrow('a Google Doc holds at most 1020000');
  });

  test.each(['soft', 'paragraphs'] as const)('appendParagraph with a line break: %s', (lineBreaks) => {
    const { ws, g } = withBehaviour({ lineBreaks });
    const doc = g.DocumentApp.create('d');
    doc.getBody().appendParagraph('บรรทัด ๑\nบรรทัด ๒');
    const paragraphs = ws.docs.get(doc.getId()).content.filter((n) => n.type === 'paragraph');
    expect(paragraphs.map((p) => (p.type === 'paragraph' ? paragraphText(p) : ''))).toEqual(
      lineBreaks === 'soft' ? ['', 'บรรทัด ๑\nบรรทัด ๒'] : ['', 'บรรทัด ๑', 'บรรทัด ๒'],
    );
  });

  test.each(['removed', 'kept'] as const)('Body.clear() and section breaks: %s', (clearSectionBreaks) => {
    const { ws, g } = withBehaviour({ clearSectionBreaks });
    const doc = g.DocumentApp.create('d');
    doc.getBody().getParagraphs()[0].setText('memo');
    doc.getBody().appendParagraph('report');
    const id = doc.getId();
    doc.saveAndClose();
    batch(g, id, [{ insertSectionBreak: { location: { index: 6 }, sectionType: 'NEXT_PAGE' } }]);
    g.DocumentApp.openById(id).getBody().clear();
    expect(ws.docs.get(id).content.map((n) => n.type)).toEqual(
      clearSectionBreaks === 'removed' ? ['sectionBreak', 'paragraph'] : ['sectionBreak', 'paragraph', 'sectionBreak', 'paragraph'],
    );
  });

  test('a section break is deleted together with the newline before it, never that newline alone', () => {
    const { ws, g } = withBehaviour({ clearSectionBreaks: 'kept' });
    const doc = g.DocumentApp.create('d');
    doc.getBody().getParagraphs()[0].setText('memo');
    doc.getBody().appendParagraph('report');
    const id = doc.getId();
    doc.saveAndClose();
    batch(g, id, [{ insertSectionBreak: { location: { index: 6 }, sectionType: 'NEXT_PAGE' } }]);
    // [1,6) 'memo\n', [6,7) the inserted '\n', [7,8) the break, [8,15) 'report\n'
    expect(() => batch(g, id, [{ deleteContentRange: { range: { startIndex: 6, endIndex: 7 } } }])).toThrow(
      'Invalid requests[0].deleteContentRange',
    );
    batch(g, id, [{ deleteContentRange: { range: { startIndex: 6, endIndex: 8 } } }]);
    const content = ws.docs.get(id).content;
    expect(content.map((n) => (n.type === 'paragraph' ? paragraphText(n) : n.type))).toEqual(['sectionBreak', 'memo', 'report']);
  });

  test.each(['inherit', 'default'] as const)('a new section starts with its style: %s', (newSectionStyle) => {
    const { ws, g } = withBehaviour({ newSectionStyle });
    const doc = g.DocumentApp.create('d');
    doc.getBody().getParagraphs()[0].setText('memo');
    doc.getBody().appendParagraph('report');
    const id = doc.getId();
    doc.saveAndClose();
    batch(g, id, [
      {
        updateSectionStyle: {
          range: { startIndex: 1, endIndex: 2 },
          sectionStyle: { flipPageOrientation: true },
          fields: 'flipPageOrientation',
        },
      },
      { insertSectionBreak: { location: { index: 6 }, sectionType: 'NEXT_PAGE' } },
    ]);
    const second = ws.docs.get(id).content[3];
    expect(second).toEqual({ type: 'sectionBreak', style: newSectionStyle === 'inherit' ? { flipPageOrientation: true } : {} });
  });

  test.each([true, false])('a pageless Doc asked for pages (documentMode writable: %s)', (documentModeWritable) => {
    const { ws, g } = withBehaviour({ newDocumentMode: 'PAGELESS', documentModeWritable });
    const doc = g.DocumentApp.create('d');
    const id = doc.getId();
    doc.saveAndClose();
    expect(g.Docs.Documents.get(id).documentStyle?.documentFormat?.documentMode).toBe('PAGELESS');
    const pages = {
      updateDocumentStyle: { documentStyle: { documentFormat: { documentMode: 'PAGES' } }, fields: 'documentFormat.documentMode' },
    };
    if (documentModeWritable) {
      batch(g, id, [pages]);
      expect(ws.docs.get(id).documentMode).toBe('PAGES');
      expect(g.Docs.Documents.get(id).documentStyle?.documentFormat?.documentMode).toBe('PAGES');
    } else {
      expect(() => batch(g, id, [pages])).toThrow('Invalid requests[0].updateDocumentStyle');
      expect(g.Docs.Documents.get(id).documentStyle?.documentFormat?.documentMode).toBe('PAGELESS');
    }
  });
});

describe('the documents scope is not per file', () => {
  test('DocumentApp and the Docs API reach any Doc the user can open, whichever add-on made it; writing needs edit rights', () => {
    const { ws, g } = setup();
    ws.setActiveUser('a@agency.go.th');
    const doc = g.DocumentApp.create('รายงาน');
    const id = doc.getId();
    doc.saveAndClose();
    const file = ws.drive.files[id];
    file.visibleToApp = false; // what Drive under drive.file would say for another user's add-on
    ws.setActiveUser('b@agency.go.th');
    expect(() => g.DocumentApp.openById(id)).toThrow('Document is missing');
    expect(() => g.Docs.Documents.get(id)).toThrow('Requested entity was not found.');
    file.access = 'ANYONE_WITH_LINK';
    expect(g.DocumentApp.openById(id).getName()).toBe('รายงาน');
    expect(g.Docs.Documents.get(id).title).toBe('รายงาน');
    expect(() => batch(g, id, [])).toThrow('API call to docs.documents.batchUpdate failed with error: The caller does not have permission');
    file.shares['b@agency.go.th'] = 'editor';
    expect(() => batch(g, id, [])).not.toThrow();
  });
});
