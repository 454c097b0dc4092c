import { reportDocKey } from '../../src/core/report-key';

describe('reportDocKey: one Doc per year and round, one plan per year', () => {
  it("keys a round's report by year and round", () => {
    expect(reportDocKey(2568, 'report', 'H1')).toBe('2568.H1');
    expect(reportDocKey(2568, 'report', 'FY')).toBe('2568.FY');
  });

  it('keys the plan by year alone, whatever round the dialog shows', () => {
    expect(reportDocKey(2568, 'plan', 'H1')).toBe('2568.plan');
    expect(reportDocKey(2568, 'plan', 'FY')).toBe('2568.plan');
  });

  it('never gives a plan and a report the same key', () => {
    const keys = (['report', 'plan'] as const).flatMap((kind) => (['H1', 'FY'] as const).map((r) => reportDocKey(2568, kind, r)));
    expect(new Set(keys)).toEqual(new Set(['2568.H1', '2568.FY', '2568.plan']));
    expect(reportDocKey(2569, 'plan', 'H1')).not.toBe(reportDocKey(2568, 'plan', 'H1'));
  });
});
