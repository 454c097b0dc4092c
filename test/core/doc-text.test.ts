import { checkReportSize, DOC_MAX_CHARACTERS, docSafeText, estimateDocCharacters } from '../../src/core/doc-text';
import { UserFacingError } from '../../src/core/problems';
import { REPORT_MARGINS, type ReportLayout } from '../../src/core/report-layout';

describe('docSafeText: text as a Doc holds it', () => {
  it('turns CRLF and lone CR into LF, keeps tab, LF and the vertical tab (line break)', () => {
    expect(docSafeText('ก\r\nข\rค\td\u000be\nf')).toBe('ก\nข\nค\td\u000be\nf');
  });

  it('strips U+0000–0008, U+000C–001F and the Private Use Area, as the Docs API does', () => {
    expect(docSafeText('a\u0000b\u0008c\u000cd\u001fe\ue000f\uf8ffg\uf71bh')).toBe('abcdefgh');
    // The neighbours of the stripped ranges stay.
    expect(docSafeText('\t\n\u000b \udfff\uf900')).toBe('\t\n\u000b \udfff\uf900');
  });

  it('maps legacy Thai glyphs (U+F700–U+F71A) back to the standard marks before stripping', () => {
    // ที่ typed with an old font: tone mark shifted down-left (U+F705); ญ without descender; ุ low.
    expect(docSafeText('ท\uf702\uf705')).toBe('ที่');
    expect(docSafeText('\uf70fาติ')).toBe('ญาติ');
    expect(docSafeText('ป\uf718\uf70b')).toBe('ปุ้');
    expect(docSafeText('\uf700าน')).toBe('ฐาน');
    expect(docSafeText('ก\uf710\uf713')).toBe('กั่');
  });
});

function layoutWith(cellText: string, rows: number): ReportLayout {
  return {
    fileName: 'x',
    font: 'Sarabun',
    baseSize: 11,
    sections: [
      {
        orientation: 'landscape',
        margins: REPORT_MARGINS,
        blocks: [
          { kind: 'paragraph', runs: [{ text: 'หัว' }, { text: 'ข้อ' }], align: 'center' },
          {
            kind: 'table',
            role: 'measures',
            widths: [100, 100],
            header: ['ก', 'ข'],
            rows: Array.from({ length: rows }, () => ({ kind: 'cells' as const, cells: [cellText, cellText] })),
            borders: true,
            align: 'left',
          },
        ],
      },
    ],
  };
}

describe('the 1.02 million character limit', () => {
  it('counts what the Docs API counts: code units, paragraph ends, tables, rows and cells', () => {
    // 1 (first section break) + 1 (section) + 'หัวข้อ' 6 + 1 + table: 2 + header row (1 + 2×(2+1)) + 1 row (1 + 2×(2+3)) + trailing paragraph 1
    expect(estimateDocCharacters(layoutWith('abc', 1))).toBe(1 + 1 + 7 + 2 + 7 + 11 + 1);
  });

  it('accepts a report at the limit and refuses a larger one with the size and what to do, in Thai', () => {
    const perRow = 1 + 2 * (2 + 998);
    const fixed = estimateDocCharacters(layoutWith('x'.repeat(998), 0));
    const rows = Math.floor((DOC_MAX_CHARACTERS - fixed) / perRow);
    expect(() => checkReportSize(layoutWith('x'.repeat(998), rows))).not.toThrow();
    const big = layoutWith('x'.repeat(998), rows + 1);
    expect(() => checkReportSize(big)).toThrow(UserFacingError);
    expect(() => checkReportSize(big)).toThrow(/ยาวประมาณ 1,02\d,\d{3} ตัวอักษร .*1,020,000.*แยกรายงาน.*ตามหน่วยงาน.*ย่อข้อความ/);
  });
});
