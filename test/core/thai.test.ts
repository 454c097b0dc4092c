import {
  beYear,
  formatCount,
  formatDecimal,
  formatThaiDate,
  formatThaiMonth,
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

describe('edges people type (found by mutation testing)', () => {
  it('converts every digit both ways', () => {
    expect(toThaiDigits('0123456789')).toBe('๐๑๒๓๔๕๖๗๘๙');
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  it('protects www. links, long IDs and e-mails only when they are whole', () => {
    expect(thaiDigitsInText('ดู www.abt2.go.th/p1 ข้อ 3')).toBe('ดู www.abt2.go.th/p1 ข้อ ๓');
    expect(thaiDigitsInText('รหัส 1AbC2dEf3GhI4jKl5MnO6pQr7StU')).toBe('รหัส 1AbC2dEf3GhI4jKl5MnO6pQr7StU');
    expect(thaiDigitsInText('ITA2568abcdefghijklmnopq')).toBe('ITA๒๕๖๘abcdefghijklmnopq'); // 24 characters: not an ID
    expect(thaiDigitsInText('ห้อง 2@ชั้น 3')).toBe('ห้อง ๒@ชั้น ๓');
    expect(thaiDigitsInText('1 https://a.go.th/2 และ https://b.go.th/3 4')).toBe('๑ https://a.go.th/2 และ https://b.go.th/3 ๔');
    expect(thaiDigitsInText('')).toBe('');
  });

  it.each([
    ['-5', -5],
    [' 1 234 ', 1234],
    ['0', 0],
  ])('reads %p as %p', (text, n) => {
    expect(parseNumber(text)).toBe(n);
  });

  it.each([NaN, Infinity, true, null, undefined, '1.5.2', '.5', '5.', 'abc12', '12abc', '1-2', '--1'])(
    'does not read %p as a number',
    (v) => {
      expect(parseNumber(v)).toBeNull();
    },
  );

  it('formats decimals, counts and percentages at their edges', () => {
    expect(formatDecimal(12.5)).toBe('12.50');
    expect(formatDecimal(12.004)).toBe('12');
    expect(formatDecimal(-3)).toBe('-3');
    expect(percentOf(0, 10)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(1234.5)).toBe('1,234.50');
  });

  it('formats every month, full and short, with the BE year', () => {
    expect(formatThaiMonth(new Date(2025, 0, 15))).toBe('มกราคม 2568');
    expect(formatThaiMonth(new Date(2024, 11, 1))).toBe('ธันวาคม 2567');
    expect(formatThaiMonthShort(new Date(2024, 11, 1))).toBe('ธ.ค. 2567');
    expect(beYear(new Date(2000, 5, 1))).toBe(2543);
  });

  it.each([
    ['1 มกราคม 2568', [2025, 0, 1]],
    ['31 ธ.ค. 67', [2024, 11, 31]],
    ['2 ก.พ. พ.ศ. 2566', [2023, 1, 2]],
    ['2ก.พ.66', [2023, 1, 2]],
    ['  2   กุมภาพันธ์   2566  ', [2023, 1, 2]],
    ['2023-2-2', [2023, 1, 2]],
    ['2.2.2566', [2023, 1, 2]],
    ['29/2/2567', [2024, 1, 29]],
  ])('parses "%s"', (text, [y, m, d]) => {
    const date = parseThaiDate(text);
    expect(date && [date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([y, m, d]);
  });

  it.each(['0/1/2566', '2023-02-30', '29/2/2566', '2 ก.พ 66', '2 กุมภา 2566', '2/2/566', 'x2/2/2566', '2/2/2566x', '2 ก.พ. 2566 น.'])(
    'rejects "%s"',
    (text) => {
      expect(parseThaiDate(text)).toBeNull();
    },
  );
});

describe('edges, second pass', () => {
  it('keeps http:// links and every part of an e-mail address as written', () => {
    expect(thaiDigitsInText('ดู http://a.go.th/2568 ปี 2568')).toBe('ดู http://a.go.th/2568 ปี ๒๕๖๘');
    expect(thaiDigitsInText('somchai12@x.go.th')).toBe('somchai12@x.go.th');
    expect(thaiDigitsInText('it@mail.abt1.go2.th')).toBe('it@mail.abt1.go2.th');
    expect(thaiDigitsInText('a@b.go1.th')).toBe('a@b.go1.th');
  });

  it('reads "พ.ศ." written without a space before the year', () => {
    const date = parseThaiDate('2 ก.พ. พ.ศ.2566');
    expect(date && [date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2023, 1, 2]);
  });

  it.each(['x2023-02-02', '2023-02-02/1', 'x2 ก.พ. 66'])('rejects "%s" (something before or after the date)', (text) => {
    expect(parseThaiDate(text)).toBeNull();
  });
});
