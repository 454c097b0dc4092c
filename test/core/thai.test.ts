import {
  formatCount,
  formatDecimal,
  formatThaiDate,
  formatThaiMonthShort,
  parseNumber,
  parseThaiDate,
  percentOf,
  thaiDigitsInText,
  toArabicDigits,
  toThaiDigits,
} from '../../src/core/thai';

describe('Thai digits', () => {
  it('converts both ways', () => {
    expect(toThaiDigits('2568 ครั้งที่ 1')).toBe('๒๕๖๘ ครั้งที่ ๑');
    expect(toArabicDigits('๘๓.๕๙')).toBe('83.59');
  });

  it('never touches URLs, e-mail addresses or file IDs', () => {
    const text = 'ดูที่ https://www.example.go.th/ita/2568?id=12 หรือ admin2@abt123.go.th รหัส 1AbC2dEf3GhI4jKl5MnO6pQr7StU ปี 2568';
    expect(thaiDigitsInText(text)).toBe(
      'ดูที่ https://www.example.go.th/ita/2568?id=12 หรือ admin2@abt123.go.th รหัส 1AbC2dEf3GhI4jKl5MnO6pQr7StU ปี ๒๕๖๘',
    );
  });

  it('converts ITA item codes as the references write them', () => {
    expect(thaiDigitsInText('(O9 Social network) E6')).toBe('(O๙ Social network) E๖');
  });
});

describe('numbers', () => {
  it('reads Thai, Arabic and mixed digits', () => {
    expect(parseNumber('๗0')).toBe(70);
    expect(parseNumber('๘๓.59')).toBe(83.59);
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber(45)).toBe(45);
    expect(parseNumber('เจ็ดสิบ')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('formats percentages like the references: two decimals unless whole', () => {
    expect(percentOf(60, 70)).toBe('85.71');
    expect(percentOf(45, 50)).toBe('90');
    expect(percentOf(1, 8)).toBe('12.50');
    expect(percentOf(1, 0)).toBeNull();
    expect(formatDecimal(83.589)).toBe('83.59');
    expect(formatCount(12345)).toBe('12,345');
  });
});

describe('Buddhist-era dates', () => {
  it('formats day, full month and BE year', () => {
    expect(toThaiDigits(formatThaiDate(new Date(2025, 2, 31)))).toBe('๓๑ มีนาคม ๒๕๖๘');
    expect(formatThaiMonthShort(new Date(2024, 9, 1))).toBe('ต.ค. 2567');
  });

  it.each([
    ['2/2/2566', [2023, 1, 2]],
    ['2/2/66', [2023, 1, 2]],
    ['02-02-2023', [2023, 1, 2]],
    ['2023-02-02', [2023, 1, 2]],
    ['๒ กุมภาพันธ์ ๒๕๖๖', [2023, 1, 2]],
    ['2 ก.พ. 66', [2023, 1, 2]],
    ['๓๑/๓/2568', [2025, 2, 31]],
  ])('parses "%s"', (text, [y, m, d]) => {
    const date = parseThaiDate(text);
    expect(date && [date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([y, m, d]);
  });

  it.each(['31/2/2566', 'พรุ่งนี้', '2566', '13/13/2566'])('rejects "%s"', (text) => {
    expect(parseThaiDate(text)).toBeNull();
  });
});
