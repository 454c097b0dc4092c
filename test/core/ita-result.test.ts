import {
  DEFAULT_WEIGHTS,
  defaultLevelRules,
  levelOf,
  parseLevelRules,
  readItaResults,
  readScoringRules,
  type ScoringRules,
} from '../../src/core/ita-result';
import { SHEET } from '../../src/core/labels';
import type { Problem } from '../../src/core/problems';
import type { Cell, RawSheet } from '../../src/core/read-workbook';
import { ITA_RESULT_COLUMNS, YEAR_SETTING_COLUMNS } from '../../src/core/schema';
import { REFERENCE_002_RESULT } from '../fixtures/ita-result-002';
import { referenceFixture } from '../fixtures/reference-reports';
import { readWorkbook } from '../../src/core/read-workbook';
import { buildReportContent } from '../../src/core/report-content';
import { findPreset } from '../../src/core/presets';

const raw = (values: Cell[][]): RawSheet => ({ values, formulas: values.map((r) => r.map(() => '')) });
const header = ITA_RESULT_COLUMNS.map((c) => c.header);

const defaults = readScoringRules(null, []);

describe('ITA result of reference 002 (fiscal year 2567)', () => {
  const { byYear, problems } = readItaResults(raw(REFERENCE_002_RESULT), defaults);
  const y = byYear.get(2567)!;

  it('computes each tool as the mean of its indicators', () => {
    expect(y.toolScores).toEqual({ IIT: 96.22, EIT: 85.12, OIT: 95 });
  });
  it('computes the total with the default weights 30/30/40 and the level ผ่าน from 2566', () => {
    expect(y.total).toBe(92.4);
    expect(y.level).toBe('ผ่าน');
  });
  it('lists the indicators below the pass mark 85', () => {
    expect(y.belowPass.map((i) => i.number)).toEqual([8]);
  });
  it('lists one Problem for the typed EIT score, naming sheet, row and column', () => {
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: SHEET.itaResults, row: 7, column: ITA_RESULT_COLUMNS[5].header, columnIndex: 6 });
    expect(problems[0].message).toContain('88.45');
    expect(problems[0].message).toContain('85.12');
  });
});

describe('totals, change and typed totals', () => {
  const rows = (year: number, iit: number, eit: number, oit: number, total: Cell = ''): Cell[][] => [
    [year, 'IIT', 1, '', iit, '', '', ''],
    [year, 'EIT', 2, '', eit, '', '', ''],
    [year, 'OIT', 3, '', oit, '', total, ''],
  ];
  it('change from the year before; a typed total that disagrees is a Problem', () => {
    const { byYear, problems } = readItaResults(raw([header, ...rows(2565, 80, 80, 80), ...rows(2566, 90, 90, 90, 91)]), defaults);
    expect(byYear.get(2566)!.change).toBe(10);
    expect(byYear.get(2565)!.change).toBeNull();
    expect(byYear.get(2565)!.level).toBe('B');
    expect(problems.map((p) => [p.row, p.column])).toEqual([[7, ITA_RESULT_COLUMNS[6].header]]);
  });
  it('a typed total that agrees is no Problem', () => {
    expect(readItaResults(raw([header, ...rows(2566, 90, 90, 90, 90)]), defaults).problems).toEqual([]);
  });
  it('a tool without scores: no total, a Problem', () => {
    const { byYear, problems } = readItaResults(raw([header, ...rows(2566, 90, 90, 90).slice(0, 2)]), defaults);
    expect(byYear.get(2566)!.total).toBeNull();
    expect(byYear.get(2566)!.level).toBe('');
    expect(problems[0].message).toContain('OIT');
  });
  it('the shipped framework without scores is no result', () => {
    const blank = rows(2567, 0, 0, 0).map((r) => r.map((c, i) => (i === 4 ? '' : c)));
    expect(readItaResults(raw([header, ...blank]), defaults).byYear.size).toBe(0);
  });
  it('a bad tool or score names its cell', () => {
    const { problems } = readItaResults(
      raw([header, [2566, 'XIT', 1, '', 90, '', '', ''], [2566, 'IIT', 2, '', 'เก้าสิบ', '', '', '']]),
      defaults,
    );
    expect(problems.slice(0, 2).map((p) => [p.row, p.columnIndex])).toEqual([
      [2, 2],
      [3, 5],
    ]);
  });
});

describe('levels and per-year rules', () => {
  it('AA–F up to 2565 at their bounds', () => {
    const rules = parseLevelRules(defaultLevelRules(2565)).rules;
    expect([100, 95, 94.99, 85, 84.99, 75, 65, 55, 50, 49.99, 0].map((s) => levelOf(s, rules))).toEqual([
      'AA',
      'AA',
      'A',
      'A',
      'B',
      'B',
      'C',
      'D',
      'E',
      'F',
      'F',
    ]);
  });
  it('from 2566 ผ่าน at 85 or more, nothing below', () => {
    const rules = parseLevelRules(defaultLevelRules(2566)).rules;
    expect(levelOf(85, rules)).toBe('ผ่าน');
    expect(levelOf(84.99, rules)).toBe('');
  });
  it('the five-level names ship without thresholds: no level printed', () => {
    const { rules, bad } = parseLevelRules(defaultLevelRules(2568));
    expect(rules.map((r) => r.name)).toEqual(['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่าน', 'ไม่ผ่าน', 'ต้องปรับปรุงโดยด่วน']);
    expect(bad).toEqual([]);
    expect(levelOf(99, rules)).toBe('');
  });
  it('weights, pass mark and rules typed in ค่ากำหนดรายปี; blank cells take the default', () => {
    const h = YEAR_SETTING_COLUMNS.map((c) => c.header);
    const row = (year: number, w: Cell[], pass: Cell, rules: Cell): Cell[] => [year, '', '', '', '', '', ...w, pass, rules];
    const problems: Problem[] = [];
    const rulesOf = readScoringRules(
      raw([h, row(2568, [20, 30, 50], 80, 'ดี: 90\nพอใช้: 0'), row(2569, ['', '', ''], '', ''), row(2570, [50, 50, 50], '', '')]),
      problems,
    );
    const r: ScoringRules = rulesOf(2568);
    expect(r).toEqual({
      weights: { IIT: 20, EIT: 30, OIT: 50 },
      passMark: 80,
      levels: [
        { name: 'ดี', min: 90 },
        { name: 'พอใช้', min: 0 },
      ],
    });
    expect(rulesOf(2569).weights).toEqual(DEFAULT_WEIGHTS);
    expect(rulesOf(2569).passMark).toBe(85);
    expect(rulesOf(2570).weights).toEqual(DEFAULT_WEIGHTS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: SHEET.yearSettings, row: 4 });
  });
});

describe("the reports' opening paragraph", () => {
  const opening = (withResult: boolean, id: '003' | '004'): string => {
    const fx = referenceFixture(id);
    if (withResult) fx.workbook[SHEET.itaResults] = raw(REFERENCE_002_RESULT);
    const { workbook } = readWorkbook(fx.workbook);
    const c = buildReportContent(workbook, {
      fiscalYear: fx.fiscalYear,
      round: fx.round,
      preset: findPreset(id)!,
      includeMemo: true,
      today: fx.today,
    });
    expect(c.memo?.body[0]).toBe(c.opening[0]);
    return c.opening[0];
  };
  it('takes the score and level of year − 1 from the ITA result', () => {
    expect(opening(true, '004')).toContain('พ.ศ. 2567 ซึ่งมีคะแนน 92.40 คะแนน จากคะแนนเต็ม 100 คะแนน โดยมีผลการประเมินระดับ ผ่าน นั้น');
  });
  it('falls back to the settings rows when year − 1 has no result', () => {
    expect(opening(true, '003')).toContain('ซึ่งมีคะแนน 83.59 คะแนน จากคะแนนเต็ม 100 คะแนน โดยมีผลการประเมินระดับ B นั้น');
    expect(opening(false, '003')).toBe(opening(true, '003'));
  });
});
