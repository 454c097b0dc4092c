import { currentRound, FISCAL_ROUNDS, fiscalYearOf, roundPeriod } from '../../src/core/fiscal';

describe('fiscal years and rounds', () => {
  it('FY 2568 runs 1 Oct 2024 – 30 Sep 2025; its first half ends 31 Mar 2025', () => {
    const fy = roundPeriod(2568, 'FY');
    expect([fy.start.getFullYear(), fy.start.getMonth(), fy.start.getDate()]).toEqual([2024, 9, 1]);
    expect([fy.end.getFullYear(), fy.end.getMonth(), fy.end.getDate()]).toEqual([2025, 8, 30]);
    const h1 = roundPeriod(2568, 'H1');
    expect([h1.end.getFullYear(), h1.end.getMonth(), h1.end.getDate()]).toEqual([2025, 2, 31]);
  });

  it('knows the fiscal year and round of a date', () => {
    expect(fiscalYearOf(new Date(2024, 9, 1))).toBe(2568);
    expect(fiscalYearOf(new Date(2024, 8, 30))).toBe(2567);
    expect(currentRound(new Date(2025, 2, 31))).toBe('H1');
    expect(currentRound(new Date(2025, 3, 1))).toBe('FY');
    expect(currentRound(new Date(2026, 10, 23))).toBe('H1');
  });
});

describe('round boundaries (what the sidebar and the report dialog pick by default)', () => {
  const ymd = (d: Date) => [d.getFullYear(), d.getMonth(), d.getDate()];

  it('both rounds of a fiscal year start on 1 October of the year before', () => {
    expect(ymd(roundPeriod(2568, 'H1').start)).toEqual([2024, 9, 1]);
    expect(ymd(roundPeriod(2568, 'FY').start)).toEqual([2024, 9, 1]);
    expect(ymd(roundPeriod(2500, 'FY').end)).toEqual([1957, 8, 30]);
  });

  it('a new fiscal year and its six-month round begin on 1 October, the twelve-month round on 1 April', () => {
    expect(fiscalYearOf(new Date(2025, 8, 30))).toBe(2568);
    expect(fiscalYearOf(new Date(2025, 9, 1))).toBe(2569);
    expect(fiscalYearOf(new Date(2025, 0, 15))).toBe(2568);
    expect(currentRound(new Date(2025, 8, 30))).toBe('FY');
    expect(currentRound(new Date(2025, 9, 1))).toBe('H1');
    expect(currentRound(new Date(2025, 0, 1))).toBe('H1');
    expect(currentRound(new Date(2025, 11, 31))).toBe('H1');
  });
});

describe('the rounds', () => {
  it('are the six-month round, then the twelve-month round (the sidebar lists them, the report job accepts only these)', () => {
    expect(FISCAL_ROUNDS).toEqual(['H1', 'FY']);
  });
});
