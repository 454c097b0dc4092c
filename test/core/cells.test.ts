/** The cell rules every reader and every server-side check share. */
import {
  cleanText,
  isBuddhistYear,
  isWebLink,
  parseYear,
  parseYesNo,
  splitEvidence,
  badEvidenceLine,
  YEAR_MAX,
  YEAR_MIN,
} from '../../src/core/cells';

describe('yes/no', () => {
  it.each([
    ['ใช่', true],
    [' ใช่ ', true],
    ['yes', true],
    ['YES', true],
    ['true', true],
    ['TRUE', true],
    [true, true],
    ['ไม่ใช่', false],
    ['no', false],
    ['No', false],
    ['false', false],
    ['FALSE', false],
    [false, false],
  ])('%p is %p', (cell, expected) => {
    expect(parseYesNo(cell)).toBe(expected);
  });

  it.each(['', 'y', 'n', 'ไม่', '1', '0', 'yess', 'ใช่ๆ'])('%p is neither', (cell) => {
    expect(parseYesNo(cell)).toBeNull();
  });
});

describe('the web-link rule', () => {
  it.each(['https://example.go.th/a.pdf', 'http://example.com', 'https://drive.google.com/file/d/1abc/view?usp=sharing'])(
    'keeps %s',
    (s) => {
      expect(isWebLink(s)).toBe(true);
    },
  );

  it.each([
    'javascript:alert(1)',
    'javascript://example.com/%0aalert(1)',
    'file:///C:/report.pdf',
    'www.example.go.th',
    'example.go.th/a',
    'data:text/html,x',
    'ftp://example.com/a',
    'https://localhost',
    'https:// example.com',
    'https://example.com/a b',
    '',
  ])('refuses %p', (s) => {
    expect(isWebLink(s)).toBe(false);
  });

  it('evidence is one link or description per line; a link with a comma or a space stays whole', () => {
    expect(splitEvidence('https://a.th/1\r\nภาพกิจกรรม: https://b.th/2, https://c.th/3  \n\n www.x.go.th/a.pdf \nเอกสารในแฟ้ม')).toEqual([
      'https://a.th/1',
      'ภาพกิจกรรม: https://b.th/2, https://c.th/3',
      'www.x.go.th/a.pdf',
      'เอกสารในแฟ้ม',
    ]);
    expect(splitEvidence('')).toEqual([]);
  });

  it('refuses only the evidence lines no reader could open: another scheme than http(s)', () => {
    expect(badEvidenceLine(['https://a.th/1', 'เอกสารในแฟ้ม', 'www.x.go.th/a.pdf', 'ภาพกิจกรรม: https://b.th'])).toBeNull();
    expect(badEvidenceLine(['https://a.th/1', 'javascript:alert(1)'])).toBe('javascript:alert(1)');
    expect(badEvidenceLine(['file:///C:/a.pdf'])).toBe('file:///C:/a.pdf');
    expect(badEvidenceLine(['DATA:text/html,x'])).toBe('DATA:text/html,x');
    expect(badEvidenceLine([])).toBeNull();
  });
});

describe('Buddhist-era years', () => {
  it('accepts the bounds and refuses one past them', () => {
    expect([YEAR_MIN, YEAR_MAX]).toEqual([2400, 2700]);
    expect([isBuddhistYear(2400), isBuddhistYear(2700), isBuddhistYear(2399), isBuddhistYear(2701)]).toEqual([true, true, false, false]);
    expect(isBuddhistYear(2568.5)).toBe(false);
    expect(isBuddhistYear(null)).toBe(false);
  });

  it('reads a year typed as a number, as text or in Thai digits; a CE year is refused', () => {
    expect([parseYear(2568), parseYear('2568'), parseYear('๒๕๖๘'), parseYear(2025), parseYear('พ.ศ. 2568'), parseYear('')]).toEqual([
      2568,
      2568,
      2568,
      null,
      null,
      null,
    ]);
  });
});

it('text is stored with \\n line ends and without outer spaces', () => {
  expect(cleanText('  ก\r\nข\rค \n')).toBe('ก\nข\nค');
});
