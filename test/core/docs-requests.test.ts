import {
  buildDocsRequests,
  DocStructureError,
  leftoverSectionBreakDeletes,
  linkRequests,
  pagesModeRequest,
  type DocsDocument,
  type DocsElement,
} from '../../src/core/docs-requests';
import { MEMO_MARGINS, REPORT_MARGINS, type ReportLayout } from '../../src/core/report-layout';

const layout: ReportLayout = {
  fileName: 'x',
  font: 'Sarabun',
  baseSize: 11,
  sections: [
    {
      orientation: 'landscape',
      margins: REPORT_MARGINS,
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'หัว\nเรื่อง', bold: true }], align: 'center', size: 14 },
        { kind: 'paragraph', runs: [{ text: 'ที่', bold: true }, { text: ' นม 1' }], align: 'left' },
        {
          kind: 'table',
          role: 'measures',
          widths: [100, 200],
          header: ['ก', 'ข'],
          rows: [
            { kind: 'section', text: 'หมวด' },
            { kind: 'cells', cells: ['1', '2'] },
          ],
          borders: true,
          align: 'left',
        },
      ],
    },
  ],
};

const p = (start: number, text: string): DocsElement => ({
  startIndex: start,
  endIndex: start + text.length + 1,
  paragraph: { elements: [{ textRun: { content: `${text}\n` } }] },
});
const cell = (start: number, text: string) => ({ startIndex: start, endIndex: start + text.length + 2, content: [p(start + 1, text)] });

/** The document as the Docs API returns it, with the title either as one paragraph or two. */
function docsDocument(titleSplit: boolean): DocsDocument {
  const title = titleSplit ? [p(1, 'หัว'), p(5, 'เรื่อง')] : [{ ...p(1, 'หัว\u000bเรื่อง') }];
  const afterTitle = 12; // 'หัว\nเรื่อง' is 10 code units (each Thai vowel and tone mark counts) + its newline
  const second = p(afterTitle, 'ที่ นม 1');
  const t = second.endIndex!;
  const rows = [
    ['ก', 'ข'],
    ['หมวด', ''],
    ['1', '2'],
  ];
  let at = t + 1;
  const tableRows = rows.map((r) => {
    const rs = at;
    at += 1;
    const tableCells = r.map((c) => {
      const x = cell(at, c);
      at = x.endIndex;
      return x;
    });
    return { startIndex: rs, endIndex: at, tableCells };
  });
  const table: DocsElement = { startIndex: t, endIndex: at + 1, table: { rows: 3, columns: 2, tableRows } };
  return { body: { content: [{ endIndex: 1, sectionBreak: {} }, ...title, second, table, p(at + 1, '')] } };
}

describe('the Docs API batchUpdate for the layout', () => {
  it.each([false, true])('styles each block over its range whether or not line breaks became paragraphs (split: %s)', (split) => {
    const requests = buildDocsRequests(layout, docsDocument(split));
    const json = JSON.stringify(requests);
    // The title block covers 'หัว\nเรื่อง' (1..12 with its newline), bold and 14 pt, centred.
    expect(requests).toContainEqual({
      updateTextStyle: { range: { startIndex: 1, endIndex: 11 }, textStyle: { bold: true }, fields: 'bold' },
    });
    expect(requests).toContainEqual({
      updateTextStyle: {
        range: { startIndex: 1, endIndex: 11 },
        textStyle: { fontSize: { magnitude: 14, unit: 'PT' } },
        fields: 'fontSize',
      },
    });
    expect(json).toContain('"range":{"startIndex":1,"endIndex":12},"paragraphStyle":{"alignment":"CENTER"');
    // Only the label of 'ที่ นม 1' is bold (each Thai character one index: ที่ is 3).
    expect(requests).toContainEqual({
      updateTextStyle: { range: { startIndex: 12, endIndex: 15 }, textStyle: { bold: true }, fields: 'bold' },
    });
    expect(json).toContain('"pinTableHeaderRows":{"tableStartLocation":{"index":21},"pinnedHeaderRowsCount":1}');
    expect(json).toContain(
      '"mergeTableCells":{"tableRange":{"tableCellLocation":{"tableStartLocation":{"index":21},"rowIndex":1,"columnIndex":0},"rowSpan":1,"columnSpan":2}}',
    );
    expect(requests.filter((r) => 'updateTableColumnProperties' in r)).toHaveLength(2);
    // The first section is reset to the report's page (a regenerated Doc may have had a memo).
    expect(requests.at(-1)).toMatchObject({ updateSectionStyle: { sectionStyle: { flipPageOrientation: false } } });
  });

  it("keeps rows whole: preventOverflow on the layout's kept rows (after the header), keep-with-next on section rows", () => {
    const kept: ReportLayout = {
      ...layout,
      sections: [
        {
          ...layout.sections[0],
          blocks: layout.sections[0].blocks.map((b) => (b.kind === 'table' ? { ...b, keepRows: [0, 1] } : b)),
        },
      ],
    };
    const requests = buildDocsRequests(kept, docsDocument(false));
    expect(requests).toContainEqual({
      updateTableRowStyle: {
        tableStartLocation: { index: 21 },
        rowIndices: [1, 2],
        tableRowStyle: { preventOverflow: true },
        fields: 'preventOverflow',
      },
    });
    // The section row's cell (row 1, first cell) keeps with the next row's paragraph.
    const sectionCell = docsDocument(false).body!.content![3].table!.tableRows![1].tableCells![0];
    expect(requests).toContainEqual({
      updateParagraphStyle: {
        range: { startIndex: sectionCell.startIndex! + 1, endIndex: sectionCell.endIndex! },
        paragraphStyle: { keepWithNext: true },
        fields: 'keepWithNext',
      },
    });
    // Without kept rows, no row request.
    expect(buildDocsRequests(layout, docsDocument(false)).some((r) => 'updateTableRowStyle' in r)).toBe(false);
  });

  it('paragraph keep flags are always written (a regenerated Doc loses old ones)', () => {
    const requests = buildDocsRequests(layout, docsDocument(false));
    const para = requests.find((r) => 'updateParagraphStyle' in r && r.updateParagraphStyle.range.startIndex === 12)!;
    expect(para).toMatchObject({ updateParagraphStyle: { paragraphStyle: { keepLinesTogether: false, keepWithNext: false } } });
    expect('updateParagraphStyle' in para && para.updateParagraphStyle.fields).toContain('keepLinesTogether,keepWithNext');
  });

  it('links a URL whose visible text has zero-width spaces after each / to the URL without them', () => {
    const visible = 'ดู https:/\u200b/\u200ba.go.th/\u200bx.pdf)';
    expect(linkRequests(p(40, visible))).toEqual([
      {
        updateTextStyle: {
          range: { startIndex: 43, endIndex: 43 + 'https:/\u200b/\u200ba.go.th/\u200bx.pdf'.length },
          textStyle: { link: { url: 'https://a.go.th/x.pdf' } },
          fields: 'link',
        },
      },
    ]);
    expect(linkRequests(p(40, 'ไม่มีลิงก์'))).toEqual([]);
  });

  it("refuses to style a document whose text is not the layout's", () => {
    const doc = docsDocument(false);
    doc.body!.content![2] = p(12, 'ข้อความอื่น');
    expect(() => buildDocsRequests(layout, doc)).toThrow(DocStructureError);
  });
});

describe('ranges the Docs API accepts', () => {
  /** Every range a request carries (text, paragraph and section styles). */
  function ranges(requests: ReturnType<typeof buildDocsRequests>): { startIndex: number; endIndex: number }[] {
    return requests.flatMap((r) => {
      const body = Object.values(r)[0] as { range?: { startIndex: number; endIndex: number } };
      return body.range ? [body.range] : [];
    });
  }

  const endsWithParagraph = (last: string): { layout: ReportLayout; doc: DocsDocument; bodyEnd: number } => {
    const l: ReportLayout = {
      ...layout,
      sections: [
        {
          ...layout.sections[0],
          blocks: [
            { kind: 'paragraph', runs: [{ text: 'หัวเรื่อง', bold: true }], align: 'center', size: 14 },
            { kind: 'paragraph', runs: [{ text: last }], align: 'justify', indentFirstLine: 10 },
          ],
        },
      ],
    };
    const second = p(11, last);
    return {
      layout: l,
      doc: { body: { content: [{ endIndex: 1, sectionBreak: {} }, p(1, 'หัวเรื่อง'), second] } },
      bodyEnd: second.endIndex!,
    };
  };

  it("no range reaches the body's final newline when the report ends with a paragraph (no signatories)", () => {
    const { layout: l, doc, bodyEnd } = endsWithParagraph('สรุปผล');
    const requests = buildDocsRequests(l, doc);
    for (const r of ranges(requests)) expect(r.endIndex).toBeLessThan(bodyEnd);
    // The last paragraph is still styled: its range stops before its newline.
    expect(requests).toContainEqual({
      updateParagraphStyle: expect.objectContaining({ range: { startIndex: 11, endIndex: bodyEnd - 1 } }) as unknown,
    });
  });

  it('an empty final paragraph is skipped rather than sent as an empty range', () => {
    const { layout: l, doc } = endsWithParagraph('');
    const requests = buildDocsRequests(l, doc);
    for (const r of ranges(requests)) expect(r.endIndex).toBeGreaterThan(r.startIndex);
    expect(ranges(requests).some((r) => r.startIndex === 11)).toBe(false);
  });
});

describe('what the writer does not leave to chance', () => {
  it('deletes each leftover section break with the newline before it, last first', () => {
    const doc: DocsDocument = {
      body: {
        content: [
          { endIndex: 1, sectionBreak: {} },
          p(1, 'ก'),
          { startIndex: 3, endIndex: 4, sectionBreak: {} },
          p(4, 'ข'),
          { startIndex: 6, endIndex: 7, sectionBreak: {} },
          p(7, ''),
        ],
      },
    };
    expect(leftoverSectionBreakDeletes(doc)).toEqual([
      { deleteContentRange: { range: { startIndex: 5, endIndex: 7 } } },
      { deleteContentRange: { range: { startIndex: 2, endIndex: 4 } } },
    ]);
    expect(leftoverSectionBreakDeletes({ body: { content: [{ endIndex: 1, sectionBreak: {} }, p(1, 'ก')] } })).toEqual([]);
  });

  it('refuses to delete a section break that does not follow a paragraph', () => {
    const doc: DocsDocument = {
      body: { content: [{ endIndex: 1, sectionBreak: {} }, { startIndex: 1, endIndex: 2, sectionBreak: {} }, p(2, '')] },
    };
    expect(() => leftoverSectionBreakDeletes(doc)).toThrow(DocStructureError);
  });

  it('asks for pages only when the Doc is pageless', () => {
    expect(pagesModeRequest({ documentStyle: { documentFormat: { documentMode: 'PAGELESS' } } })).toEqual({
      updateDocumentStyle: { documentStyle: { documentFormat: { documentMode: 'PAGES' } }, fields: 'documentFormat.documentMode' },
    });
    expect(pagesModeRequest({ documentStyle: { documentFormat: { documentMode: 'PAGES' } } })).toBeNull();
    expect(pagesModeRequest({})).toBeNull();
  });

  it('styles the report section explicitly after the memo section break', () => {
    const memoLayout: ReportLayout = {
      ...layout,
      sections: [
        { orientation: 'portrait', margins: MEMO_MARGINS, blocks: [{ kind: 'paragraph', runs: [{ text: 'บันทึก' }], align: 'center' }] },
        { orientation: 'landscape', margins: REPORT_MARGINS, blocks: [{ kind: 'paragraph', runs: [{ text: 'รายงาน' }], align: 'center' }] },
      ],
    };
    const doc: DocsDocument = { body: { content: [{ endIndex: 1, sectionBreak: {} }, p(1, 'บันทึก'), p(8, 'รายงาน')] } };
    const requests = buildDocsRequests(memoLayout, doc);
    const tail = requests.slice(-3);
    expect(tail[0]).toEqual({ insertSectionBreak: { location: { index: 8 }, sectionType: 'NEXT_PAGE' } });
    expect(tail[1]).toMatchObject({
      updateSectionStyle: {
        range: { startIndex: 10, endIndex: 11 },
        sectionStyle: { flipPageOrientation: false, marginLeft: { magnitude: REPORT_MARGINS.left } },
      },
    });
    expect(tail[2]).toMatchObject({
      updateSectionStyle: {
        range: { startIndex: 1, endIndex: 2 },
        sectionStyle: { flipPageOrientation: true, marginLeft: { magnitude: MEMO_MARGINS.left } },
      },
    });
  });
});
