import {
  fallbackSplitter,
  fitColumns,
  measureText,
  segmenterSplitter,
  thaiClusters,
  unbreakableRuns,
  type WordSplitter,
} from '../../src/core/column-widths';
import { readWorkbook } from '../../src/core/read-workbook';
import { buildReportContent } from '../../src/core/report-content';
import { buildReportLayout, CELL_PADDING, type LayoutTable } from '../../src/core/report-layout';
import { COLUMN_CATALOG, customPreset, findPreset, type ReportPreset } from '../../src/core/presets';
import { columnFit, customTooNarrow } from '../../src/core/column-fit';
import { rawWorkbook } from '../../emulator/agencies/sheets';
import { sampleAgency } from '../../emulator/agencies/sample-agency';

const segmenter = segmenterSplitter();

function table(preset: ReportPreset, split: WordSplitter): { t: LayoutTable; tooNarrow: boolean } {
  const { workbook, problems } = readWorkbook(rawWorkbook(sampleAgency()));
  expect(problems).toEqual([]);
  const c = buildReportContent(workbook, { fiscalYear: 2568, round: 'H1', preset, includeMemo: false, today: new Date(2025, 3, 5) });
  const layout = buildReportLayout(c, { thaiDigits: true, split });
  const t = layout.sections.flatMap((s) => s.blocks).find((b): b is LayoutTable => b.kind === 'table' && b.role === 'measures');
  return { t: t!, tooNarrow: layout.tooNarrow ?? false };
}

/** Every word of a column (by the real segmenter, whichever splitter sized it) with the width it needs. */
function wordsTooWide(t: LayoutTable): string[] {
  const wide: string[] = [];
  t.widths.forEach((w, i) => {
    const texts = [t.header![i], ...t.rows.flatMap((r) => (r.kind === 'cells' ? [r.cells[i]] : []))];
    texts.forEach((text, j) => {
      for (const word of unbreakableRuns(text, segmenter!)) {
        const need = measureText(word, 11, j === 0) + 2 * CELL_PADDING;
        if (need > w) wide.push(`${t.header![i]}: "${word}" needs ${need.toFixed(1)} pt, column ${w} pt`);
      }
    });
  });
  return wide;
}

const SEVEN = customPreset('มาตรการ, ขั้นตอน, ผู้รับผิดชอบ, ระยะเวลา, ผลการดำเนินการ, ผลลัพธ์, สถานะ').preset;
const TWELVE = customPreset(
  'ประเด็น, ตัวชี้วัด, มาตรการ, ขั้นตอน, ผู้รับผิดชอบ, ระยะเวลา, การติดตาม, ผลการดำเนินการ, ผลลัพธ์, ข้อเสนอแนะ, สถานะ, หลักฐาน',
).preset;

describe('column widths from the content', () => {
  it('this Node segments Thai words (the tests below need a reference splitter)', () => {
    expect(segmenter).not.toBeNull();
    expect(segmenter!('ปีงบประมาณนี้มีมาตรการ').length).toBeGreaterThan(2);
  });

  it('measures with Sarabun advances: marks above and below take no width, bold is wider', () => {
    expect(measureText('กิ่', 11)).toBeCloseTo(measureText('ก', 11), 5);
    expect(measureText('ม', 11)).toBeGreaterThan(measureText('ร', 11));
    expect(measureText('ผู้รับผิดชอบ', 11, true)).toBeGreaterThan(measureText('ผู้รับผิดชอบ', 11));
    expect(measureText('aa', 22)).toBeCloseTo(4 * measureText('a', 11), 5);
  });

  it('finds unbreakable runs: words, numbers, URL segments, punctuation kept with its word', () => {
    const runs = unbreakableRuns('ผู้รับผิดชอบ (กองคลัง) พ.ศ. ๒๕๖๘ ฯลฯ https://www.example.go.th/ita/o34.pdf', segmenter!);
    expect(runs).toContain('ผู้รับผิดชอบ');
    expect(runs).toContain('(กอง');
    expect(runs).toContain('๒๕๖๘');
    expect(runs).toContain('www.example.go.th/');
    expect(runs).toContain('o34.pdf');
    expect(runs.some((r) => r.startsWith('ฯ') && r !== 'ฯลฯ')).toBe(false);
  });

  it('the fallback needs no segmenter and bounds every word of up to 9 clusters', () => {
    expect(thaiClusters('เกี่ยว')).toEqual(['เกี่', 'ย', 'ว']);
    const runs = unbreakableRuns('ประชาสัมพันธ์ผ่านเว็บไซต์', fallbackSplitter);
    const widest = Math.max(...runs.map((r) => measureText(r, 11)));
    for (const w of segmenter!('ประชาสัมพันธ์ผ่านเว็บไซต์')) expect(measureText(w, 11)).toBeLessThanOrEqual(widest);
  });

  it('feature detection: no Intl.Segmenter, or one that returns Thai unsplit, gives null; a throwing one too', () => {
    expect(segmenterSplitter({})).toBeNull();
    expect(segmenterSplitter(null)).toBeNull();
    class Unsplit {
      segment(text: string) {
        return [{ segment: text }];
      }
    }
    expect(segmenterSplitter({ Segmenter: Unsplit })).toBeNull();
    class Throws {
      constructor() {
        throw new RangeError('Incorrect locale information provided');
      }
    }
    expect(segmenterSplitter({ Segmenter: Throws })).toBeNull();
  });

  for (const [name, split] of [
    ['with the segmenter', segmenter!],
    ['with the fallback', fallbackSplitter],
  ] as const) {
    describe(name, () => {
      for (const [label, preset] of [
        ['001', findPreset('001')!],
        ['003', findPreset('003')!],
        ['004', findPreset('004')!],
        ['7-column custom', SEVEN],
      ] as const) {
        it(`${label}: no word is wider than its column, widths fill A4 landscape, no warning`, () => {
          const { t, tooNarrow } = table(preset, split);
          expect(wordsTooWide(t)).toEqual([]);
          expect(t.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(841.9 - 4 * 28.35, 1);
          expect(tooNarrow).toBe(false);
        });
      }

      it('12-column custom: the minimums exceed the page, the report still gets widths that fit, with the warning', () => {
        const { t, tooNarrow } = table(TWELVE, split);
        expect(t.widths).toHaveLength(12);
        expect(tooNarrow).toBe(true);
        expect(t.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(841.9 - 4 * 28.35, 1);
      });
    });
  }

  it('shares the room by how much text a column holds, within its minimum and maximum', () => {
    const split = segmenter!;
    const long = 'มีการดำเนินการตามแผนงานอย่างต่อเนื่อง '.repeat(20);
    const r = fitColumns(
      [
        { header: 'ระยะเวลา', texts: ['ต.ค. ๖๗ – ก.ย. ๖๘'], min: 40, max: 100 },
        { header: 'ผลการดำเนินการ', texts: [long], min: 80, max: 1000 },
        { header: 'ข้อเสนอแนะ', texts: [''], min: 50, max: 1000 },
      ],
      { width: 600, size: 11, padding: 10, split },
    );
    expect(r.tooNarrow).toBe(false);
    expect(r.widths[1]).toBeGreaterThan(r.widths[0]);
    expect(r.widths[1]).toBeGreaterThan(r.widths[2]);
    expect(r.widths[0]).toBeGreaterThanOrEqual(r.minimums[0]);
    expect(r.widths[2]).toBeGreaterThanOrEqual(r.minimums[2]);
    expect(r.widths[0]).toBeLessThanOrEqual(100);
    expect(r.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(600, 5);
    // A column's minimum is its widest word (bold header here) plus padding.
    expect(r.minimums[1]).toBeGreaterThanOrEqual(measureText('ดำเนินการ', 11, true) + 10);
  });

  it('the period column of 001 is not a ribbon beside an empty wide column', () => {
    const { t } = table(findPreset('001')!, segmenter!);
    const period = t.widths[3];
    const suggestions = t.widths[6];
    // Reference: before, period was 1.4/15.2 of the width (≈ 67 pt) next to 1.5 (≈ 72 pt) for a mostly empty column.
    expect(period).toBeGreaterThanOrEqual(2 * 28.35);
    expect(t.widths[4]).toBeGreaterThan(suggestions);
  });
});

describe('the dialog warns before generating', () => {
  const { workbook } = readWorkbook(rawWorkbook(sampleAgency()));
  const fit = columnFit(workbook, 2568, 'H1', new Date(2025, 3, 5));

  it('no preset is too narrow for the sample; every catalog column has a minimum', () => {
    expect(fit.tooNarrowPresets).toEqual([]);
    expect(fit.width).toBeCloseTo(841.9 - 4 * 28.35, 1);
    expect(Object.keys(fit.customMinimums).sort()).toEqual(Object.keys(COLUMN_CATALOG).sort());
  });

  it('a 7-column custom choice fits, the 12-column one does not (as the layout itself says)', () => {
    expect(
      customTooNarrow(
        fit,
        SEVEN.columns.map((c) => c.key),
      ),
    ).toBe(false);
    expect(
      customTooNarrow(
        fit,
        TWELVE.columns.map((c) => c.key),
      ),
    ).toBe(true);
    expect(table(TWELVE, segmenter!).tooNarrow).toBe(true);
  });
});
