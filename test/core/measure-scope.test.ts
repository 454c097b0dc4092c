/** Which measures and which round's progress the report and the sidebar show. */
import { measuresForYear, progressFor, roundEntry } from '../../src/core/measure-scope';
import type { Measure, ProgressEntry } from '../../src/core/model';

function m(id: string, over: Partial<Measure> = {}): Measure {
  return {
    id,
    fiscalYear: 2568,
    order: 1,
    section: '',
    itaTags: '',
    issue: '',
    title: id,
    steps: '',
    responsible: '',
    period: '',
    monitoring: '',
    targetLabel: '',
    target: null,
    targetUnit: '',
    archived: false,
    version: 1,
    row: 2,
    ...over,
  };
}

function p(measureId: string, round: 'H1' | 'FY', result: string): ProgressEntry {
  return {
    measureId,
    round,
    status: 'in_progress',
    result,
    outcome: '',
    actual: null,
    suggestions: '',
    evidence: [],
    updatedBy: '',
    updatedAt: null,
    version: 1,
    row: 2,
  };
}

describe('the measures of a year', () => {
  it('keeps that year’s active measures, by order then row, grouped by section in order of first appearance', () => {
    const list = [
      m('b2', { section: 'ข', order: 1, row: 5 }),
      m('a2', { section: 'ก', order: 3, row: 2 }),
      m('a1', { section: 'ก', order: 2, row: 9 }),
      m('b1', { section: 'ข', order: 1, row: 3 }),
      m('old', { fiscalYear: 2567, order: 0 }),
      m('archived', { archived: true, order: 0 }),
    ];
    expect(measuresForYear(list, 2568).map((x) => x.id)).toEqual(['b1', 'b2', 'a1', 'a2']);
    expect(measuresForYear(list, 2567).map((x) => x.id)).toEqual(['old']);
  });
});

describe('the progress of a round', () => {
  const entries = [p('x', 'H1', 'half'), p('x', 'FY', 'full'), p('y', 'H1', 'half y')];

  it('uses the round’s own entry', () => {
    expect(progressFor('x', 'H1', entries)?.result).toBe('half');
    expect(progressFor('x', 'FY', entries)?.result).toBe('full');
  });

  it('falls back from 12 months to 6 months, never the other way', () => {
    expect(progressFor('y', 'FY', entries)?.result).toBe('half y');
    expect(progressFor('z', 'FY', entries)).toBeUndefined();
    expect(progressFor('w', 'H1', [p('w', 'FY', 'full')])).toBeUndefined();
  });

  it('says when the shown entry came from the 6-month round', () => {
    expect(roundEntry({ H1: 'a' }, 'FY')).toEqual({ entry: 'a', fromH1: true });
    expect(roundEntry({ H1: 'a', FY: 'b' }, 'FY')).toEqual({ entry: 'b', fromH1: false });
    expect(roundEntry({ FY: 'b' }, 'H1')).toEqual({ entry: undefined, fromH1: false });
    expect(roundEntry({}, 'FY')).toEqual({ entry: undefined, fromH1: false });
  });
});
