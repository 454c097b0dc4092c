import { readYearSettings } from '../../src/core/year-settings';
import { YEAR_SETTING_COLUMNS } from '../../src/core/schema';

describe('ค่ากำหนดรายปี', () => {
  it('reads one record per year, by header, keeping only web links', () => {
    // Columns in another order than the schema's: found by header.
    const cols = [...YEAR_SETTING_COLUMNS].reverse();
    const row = (cells: Partial<Record<string, unknown>>): unknown[] => cols.map((c) => cells[c.key] ?? '');
    const raw = {
      values: [
        cols.map((c) => c.header),
        row({ fiscalYear: 2567, planItem: 'O34', reportItem: 'o35 ', planUrl: 'ftp://x', reportUrl: 'https://www.agency.go.th/ita/o35' }),
        row({ fiscalYear: 'ไม่ใช่ปี' }),
      ] as (string | number)[][],
      formulas: [],
    };
    const years = readYearSettings(raw);
    expect([...years.keys()]).toEqual([2567]);
    expect(years.get(2567)).toMatchObject({
      fiscalYear: 2567,
      planItem: 'O34',
      reportItem: 'O35',
      planUrl: '',
      reportUrl: 'https://www.agency.go.th/ita/o35',
      planLimits: '',
      planSuggestions: '',
    });
  });

  it('answers an empty map for a missing sheet', () => {
    expect(readYearSettings(null).size).toBe(0);
  });
});
