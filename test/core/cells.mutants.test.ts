/**
 * The cell rules every reader shares (core/cells.ts), at the edges mutation testing found open:
 * what counts as blank, and which text passes as a web link — a link must start the text, so
 * nothing can ride in front of an https:// (the report makes every link clickable).
 */
import { isBlank, isBuddhistYear, isWebLink, normalizeLabel, parseYear, parseYesNo, splitEvidence } from '../../src/core/cells';

describe('blank cells', () => {
  it.each(['', '  ', '\n', null, undefined])('%p is blank', (v) => {
    expect(isBlank(v)).toBe(true);
  });

  it.each([0, false, 'ก', ' 0 ', new Date(0)])('%p is not', (v) => {
    expect(isBlank(v)).toBe(false);
  });
});

describe('web links', () => {
  it.each(['https://a.go.th', 'http://a.go.th/x?y=1', 'https://www.a.go.th/ไฟล์.pdf'])('%p is a link', (s) => {
    expect(isWebLink(s)).toBe(true);
  });

  it.each([
    'javascript:alert(1)//https://a.go.th',
    'ดูที่https://a.go.th/1',
    ' https://a.go.th',
    'https://a.go.th x',
    'www.a.go.th',
    'https://localhost',
    'https://a/b.c',
    'file:///C:/a.pdf',
  ])('%p is not', (s) => {
    expect(isWebLink(s)).toBe(false);
  });

  it('splits evidence on new lines only, trimming each line and dropping blank ones', () => {
    expect(splitEvidence(' https://a.go.th/1,https://b.go.th/2\n\n https://c.go.th/3 \r')).toEqual([
      'https://a.go.th/1,https://b.go.th/2',
      'https://c.go.th/3',
    ]);
  });
});

describe('years, yes/no and labels', () => {
  it('a BE year is a whole number from 2400 to 2700', () => {
    expect([2399, 2400, 2700, 2701, 2568.5, null].map((n) => isBuddhistYear(n))).toEqual([false, true, true, false, false, false]);
    expect(parseYear(' ๒๕๖๘ ')).toBe(2568);
    expect(parseYear('2025')).toBeNull();
  });

  it('reads yes/no words and checkboxes; anything else is not an answer', () => {
    expect([true, false, 'ใช่', 'ไม่ใช่', 'Yes', 'NO', 'True', 'false'].map(parseYesNo)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
    expect([null, undefined, '', 'อาจจะ', 1].map(parseYesNo)).toEqual([null, null, null, null, null]);
  });

  it('labels match regardless of spacing, case and Thai digits', () => {
    expect(normalizeLabel(' รอบ ๖  เดือน ')).toBe(normalizeLabel('รอบ 6 เดือน'));
    expect(normalizeLabel('ITA Score')).toBe('itascore');
  });
});
