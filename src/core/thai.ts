/** Thai digits, numbers and Buddhist-era dates as Thai official documents write them. */

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

export const THAI_MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] as const;

export const BE_OFFSET = 543;

/** Arabic → Thai digits in every character. Use `thaiDigitsInText` for prose that may hold URLs. */
export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);
}

export function toArabicDigits(s: string): string {
  return s.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}

/**
 * Thai digits in prose, leaving alone what must stay machine-readable: URLs, e-mail addresses,
 * Drive-style IDs and Latin item codes with digits inside words (e-plan, ISO9001 stay; O9 → O๙
 * follows the references, which write "O๙", "E๖").
 */
const PROTECTED = /(?:https?:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[A-Za-z0-9_-]{25,}\b/g;

export function thaiDigitsInText(s: string): string {
  let out = '';
  let last = 0;
  for (const m of s.matchAll(PROTECTED)) {
    const at = m.index ?? 0;
    out += toThaiDigits(s.slice(last, at)) + m[0];
    last = at + m[0].length;
  }
  return out + toThaiDigits(s.slice(last));
}

/**
 * A number typed by a person: Thai or Arabic digits or both mixed, thousands separators, spaces.
 * Returns null when the text is not a number.
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const s = toArabicDigits(value).replace(/[,\s]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** 85.714 → "85.71", 90 → "90", 12.5 → "12.50": two decimals unless the value is whole. */
export function formatDecimal(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  if (Number.isInteger(rounded)) return String(rounded);
  return rounded.toFixed(2);
}

/** Percentage of part in whole, formatted like formatDecimal; null when whole is 0. */
export function percentOf(part: number, whole: number): string | null {
  if (!whole) return null;
  return formatDecimal((part / whole) * 100);
}

/** Thousands separators for integers (1,234), the decimals rule otherwise. */
export function formatCount(n: number): string {
  const s = formatDecimal(n);
  const [int, frac] = s.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

export function beYear(date: Date): number {
  return date.getFullYear() + BE_OFFSET;
}

/** "31 มีนาคม 2568" (digits converted later, with the document's digit setting). */
export function formatThaiDate(date: Date): string {
  return `${date.getDate()} ${THAI_MONTHS[date.getMonth()]} ${beYear(date)}`;
}

/** "มี.ค. 2568" */
export function formatThaiMonthShort(date: Date): string {
  return `${THAI_MONTHS_SHORT[date.getMonth()]} ${beYear(date)}`;
}

/** "มีนาคม 2568" */
export function formatThaiMonth(date: Date): string {
  return `${THAI_MONTHS[date.getMonth()]} ${beYear(date)}`;
}

/**
 * A date a person typed as text: "2/2/2566", "2/2/66", "02-02-2023", "2023-02-02",
 * "๒ กุมภาพันธ์ ๒๕๖๖", "2 ก.พ. 66". Years above 2400 are BE; two-digit years are BE (66 → 2566).
 * Returns null when it is not a real calendar date.
 */
export function parseThaiDate(text: string): Date | null {
  const s = toArabicDigits(text).trim().replace(/\s+/g, ' ');
  let d: number, m: number, y: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2}) ?([ก-๛.]+) ?(?:พ\.ศ\. ?)?(\d{2}|\d{4})$/.exec(s))) {
    d = Number(match[1]);
    const name = match[2];
    const full = THAI_MONTHS.indexOf(name as (typeof THAI_MONTHS)[number]);
    const short = THAI_MONTHS_SHORT.indexOf(name as (typeof THAI_MONTHS_SHORT)[number]);
    const idx = full >= 0 ? full : short;
    if (idx < 0) return null;
    m = idx + 1;
    y = Number(match[3]);
  } else {
    return null;
  }
  if (y < 100) y += 2500;
  if (y > 2400) y -= BE_OFFSET;
  const date = new Date(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return date;
}
