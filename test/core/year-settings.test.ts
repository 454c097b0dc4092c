import { readYearSettings } from '../../src/core/year-settings';
import { YEAR_SETTING_COLUMNS } from '../../src/core/schema';

const header = YEAR_SETTING_COLUMNS.map((c) => c.header);

describe('ค่ากำหนดรายปี', () => {
  it('reads one record per year, by header, keeping only web links', () => {
    const raw = {
      values: [
        [...header].reverse(),
        ['', 'https://www.agency.go.th/ita/o35', 'ftp://x', 'o35 ', 'O34', 2567],
        ['', '', '', '', '', 'ไม่ใช่ปี'],
      ],
      formulas: [],
    };
    const years = readYearSettings(raw);
    expect([...years.keys()]).toEqual([2567]);
    expect(years.get(2567)).toEqual({
      fiscalYear: 2567,
      planItem: 'O34',
      reportItem: 'O35',
      planUrl: '',
      reportUrl: 'https://www.agency.go.th/ita/o35',
    });
  });

  it('answers an empty map for a missing sheet', () => {
    expect(readYearSettings(null).size).toBe(0);
  });
});
