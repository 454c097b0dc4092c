/**
 * How a value written through setValue(s)/appendRow is stored, as Google Sheets does in a Thai
 * (th_TH) locale spreadsheet, and how stored values are displayed.
 *
 * Writing a string:
 * - "'..." stores the rest as text (the apostrophe is not part of the value);
 * - "=..." (longer than "=") is a formula;
 * - in a '@' (plain text) cell anything else is stored exactly as typed;
 * - Google's pages leave open what a '@' cell does with "'..." (apostrophe hidden, or kept as a
 *   character) and with "=..." (a formula, or text): `setPlainTextBehaviour(ws, …)` picks one of
 *   the plausible answers, so code can be tested under each (default: hidden, formula). Neither
 *   https://developers.google.com/apps-script/reference/spreadsheet/range (setValue(s),
 *   setNumberFormat) nor the Sheets help on number formats says; ../shared/PRODUCT.md lists both
 *   as unsettled;
 * - otherwise Sheets parses it: 'TRUE'/'FALSE' (any case) -> boolean; numbers with optional sign,
 *   thousands commas, decimals, exponent or trailing % ('0812345678' -> 812345678, '1,234.5' ->
 *   1234.5, '50%' -> 0.5); dates d/m, d/m/yy, d/m/yyyy, d-m-yyyy, yyyy-m-d, yyyy/m/d (day first,
 *   as in th_TH; a 4-digit year is kept as given, so '2/2/2566' is year 2566 CE; 2-digit years
 *   00-29 -> 20xx, 30-99 -> 19xx; 'd/m' is in the current year; impossible dates such as 31/2
 *   stay text); times H:mm[:ss] -> Date on 1899-12-30 (Sheets' day zero). Dates are midnight in
 *   the spreadsheet's time zone.
 *
 * Formulas: there is no real evaluator. The computed value of a formula made only of numbers,
 * + - * / and parentheses (e.g. '=1+1') is computed; every other formula reads as '#N/A'.
 */
import { isDate, type CellValue } from './workspace';

export interface StoredCell {
  v: CellValue;
  f?: string;
}

/** Milliseconds to add to a UTC wall-clock time to get local wall-clock time in tz, at `at`. */
export function tzOffsetMs(at: number, tz: string): number {
  const dtf = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  });
  const parts: Record<string, string> = {};
  for (const p of dtf.formatToParts(new Date(at))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  asUtc.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  const atSec = Math.floor(at / 1000) * 1000;
  return asUtc.getTime() - atSec;
}

/** The instant of local wall-clock time y-m-d h:mi:s in tz. */
export function zonedDate(tz: string, y: number, m: number, d: number, h = 0, mi = 0, s = 0): Date {
  const guess = new Date(0);
  guess.setUTCFullYear(y, m - 1, d);
  guess.setUTCHours(h, mi, s, 0);
  const t = guess.getTime();
  const off = tzOffsetMs(t - tzOffsetMs(t, tz), tz);
  return new Date(t - off);
}

/** Wall-clock parts of an instant in tz. */
export function zonedParts(
  date: Date,
  tz: string,
): { y: number; m: number; d: number; h: number; mi: number; s: number; ms: number; dow: number } {
  const local = new Date(date.getTime() + tzOffsetMs(date.getTime(), tz));
  return {
    y: local.getUTCFullYear(),
    m: local.getUTCMonth() + 1,
    d: local.getUTCDate(),
    h: local.getUTCHours(),
    mi: local.getUTCMinutes(),
    s: local.getUTCSeconds(),
    ms: local.getUTCMilliseconds(),
    dow: local.getUTCDay(),
  };
}

function daysInMonth(y: number, m: number): number {
  const d = new Date(0);
  d.setUTCFullYear(y, m, 0);
  return d.getUTCDate();
}

const NUMBER_RE = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/;

export function parseNumberLike(text: string): number | null {
  const t = text.trim();
  if (!NUMBER_RE.test(t)) return null;
  const pct = t.endsWith('%');
  const n = Number((pct ? t.slice(0, -1) : t).replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return pct ? n / 100 : n;
}

export function parseDateLike(text: string, tz: string, now: Date): Date | null {
  const t = text.trim();
  let y: number;
  let m: number;
  let d: number;
  let mt: RegExpMatchArray | null;
  if ((mt = t.match(/^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/)) || (mt = t.match(/^(\d{1,2})-(\d{1,2})-(\d{4})$/))) {
    d = Number(mt[1]);
    m = Number(mt[2]);
    if (mt[3] === undefined) y = zonedParts(now, tz).y;
    else if (mt[3].length === 2) {
      const yy = Number(mt[3]);
      y = yy < 30 ? 2000 + yy : 1900 + yy;
    } else y = Number(mt[3]);
  } else if ((mt = t.match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/))) {
    y = Number(mt[1]);
    m = Number(mt[2]);
    d = Number(mt[3]);
  } else if ((mt = t.match(/^(\d{1,2}):(\d{2})(?::(\d{2}))?$/))) {
    const h = Number(mt[1]);
    const mi = Number(mt[2]);
    const s = mt[3] === undefined ? 0 : Number(mt[3]);
    if (h > 23 || mi > 59 || s > 59) return null;
    return zonedDate(tz, 1899, 12, 30, h, mi, s);
  } else return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return zonedDate(tz, y, m, d);
}

/** Evaluates '=' + arithmetic on number literals; null for anything else. */
export function evalTinyFormula(formula: string): number | null {
  const src = formula.slice(1).replace(/\s+/g, '');
  let i = 0;
  const peek = (): string => src[i] ?? '';
  function expr(): number | null {
    let v = term();
    while (v !== null && (peek() === '+' || peek() === '-')) {
      const op = src[i++];
      const r = term();
      if (r === null) return null;
      v = op === '+' ? v + r : v - r;
    }
    return v;
  }
  function term(): number | null {
    let v = factor();
    while (v !== null && (peek() === '*' || peek() === '/')) {
      const op = src[i++];
      const r = factor();
      if (r === null) return null;
      v = op === '*' ? v * r : v / r;
    }
    return v;
  }
  function factor(): number | null {
    if (peek() === '-') {
      i++;
      const v = factor();
      return v === null ? null : -v;
    }
    if (peek() === '(') {
      i++;
      const v = expr();
      if (peek() !== ')') return null;
      i++;
      return v;
    }
    const m = src.slice(i).match(/^\d+(?:\.\d+)?/);
    if (!m) return null;
    i += m[0].length;
    return Number(m[0]);
  }
  const v = expr();
  if (v === null || i !== src.length || !Number.isFinite(v)) return null;
  return v;
}

/** What a plain-text ('@') cell does with a leading apostrophe and with a leading '='. */
export interface PlainTextBehaviour {
  apostrophe: 'hidden' | 'kept';
  formula: 'formula' | 'text';
}

export const DEFAULT_PLAIN_TEXT: PlainTextBehaviour = { apostrophe: 'hidden', formula: 'formula' };

/** Every combination, for tests that must pass whatever Google does. */
export const PLAIN_TEXT_BEHAVIOURS: readonly PlainTextBehaviour[] = (['hidden', 'kept'] as const).flatMap((apostrophe) =>
  (['formula', 'text'] as const).map((formula) => ({ apostrophe, formula })),
);

const chosenBehaviour = new WeakMap<object, PlainTextBehaviour>();

/** Switches one workspace's spreadsheet to one of the plausible plain-text behaviours. */
export function setPlainTextBehaviour(ws: object, behaviour: PlainTextBehaviour): void {
  chosenBehaviour.set(ws, { ...behaviour });
}

export function plainTextBehaviour(ws: object): PlainTextBehaviour {
  return chosenBehaviour.get(ws) ?? DEFAULT_PLAIN_TEXT;
}

function formulaCell(s: string): StoredCell {
  const n = evalTinyFormula(s);
  return { v: n === null ? '#N/A' : n, f: s };
}

/** What Sheets stores for a value written by a script into a cell with number format `fmt`. */
export function storeValue(
  value: unknown,
  fmt: string | undefined,
  tz: string,
  now: Date,
  plain: PlainTextBehaviour = DEFAULT_PLAIN_TEXT,
): StoredCell {
  if (value === null || value === undefined) return { v: '' };
  if (typeof value === 'number') return { v: Number.isFinite(value) ? value : '#NUM!' };
  if (typeof value === 'boolean') return { v: value };
  if (isDate(value)) return { v: new Date(value.getTime()) };
  const s = typeof value === 'string' ? value : String(value);
  const isFormula = s.startsWith('=') && s.length > 1;
  if (fmt === '@') {
    if (s.startsWith("'")) return { v: plain.apostrophe === 'hidden' ? s.slice(1) : s };
    if (isFormula && plain.formula === 'formula') return formulaCell(s);
    return { v: s };
  }
  if (s.startsWith("'")) return { v: s.slice(1) };
  if (isFormula) return formulaCell(s);
  if (s.trim() === '') return { v: s };
  const upper = s.trim().toUpperCase();
  if (upper === 'TRUE') return { v: true };
  if (upper === 'FALSE') return { v: false };
  const n = parseNumberLike(s);
  if (n !== null) return { v: n };
  const d = parseDateLike(s, tz, now);
  if (d !== null) return { v: d };
  return { v: s };
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Display string of a stored value under a number format (a small subset of Sheets' formats). */
export function displayValue(v: CellValue, fmt: string | undefined, tz: string): string {
  if (v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (isDate(v)) {
    const p = zonedParts(v, tz);
    const f = fmt && /[dmyhs]/i.test(fmt) ? fmt : p.y === 1899 && p.m === 12 && p.d === 30 ? 'H:mm:ss' : 'd/M/yyyy';
    return f.replace(/yyyy|yy|MM|M|dd|d|HH|H|mm|ss/g, (tok) => {
      switch (tok) {
        case 'yyyy':
          return String(p.y);
        case 'yy':
          return pad(p.y % 100);
        case 'MM':
          return pad(p.m);
        case 'M':
          return String(p.m);
        case 'dd':
          return pad(p.d);
        case 'd':
          return String(p.d);
        case 'HH':
          return pad(p.h);
        case 'H':
          return String(p.h);
        case 'mm':
          return pad(p.mi);
        case 'ss':
          return pad(p.s);
        default:
          return tok;
      }
    });
  }
  const f = fmt ?? '';
  const m = f.match(/^(#,##)?0(?:\.(0+))?(%?)$/);
  if (m) {
    const x = m[3] ? v * 100 : v;
    const fixed = x.toFixed(m[2] ? m[2].length : 0);
    const [ip, dp] = fixed.split('.');
    const neg = ip.startsWith('-');
    const digits = neg ? ip.slice(1) : ip;
    return (neg ? '-' : '') + (m[1] ? groupThousands(digits) : digits) + (dp ? `.${dp}` : '') + m[3];
  }
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(15)));
}
