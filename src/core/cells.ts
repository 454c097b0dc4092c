/**
 * The rules for what a cell or a form field may hold, each written once and used by the sheet
 * reader, the settings reader and the sidebar's server-side checks alike.
 */
import { NO, YES } from './labels';
import { parseNumber, toArabicDigits } from './thai';

/** Buddhist-era years the add-on accepts (a CE year such as 2025 is refused, not misread). */
export const YEAR_MIN = 2400;
export const YEAR_MAX = 2700;

export function isBuddhistYear(n: number | null): n is number {
  return n !== null && Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX;
}

/** A BE year typed as a number or text (Thai digits allowed); null when it is not one. */
export function parseYear(value: unknown): number | null {
  const n = parseNumber(value);
  return isBuddhistYear(n) ? n : null;
}

/** Header and label matching ignores spacing, case and Thai/Arabic digits. */
export function normalizeLabel(s: string): string {
  return toArabicDigits(s).replace(/\s+/g, '').toLowerCase();
}

export function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Text as stored: Windows line ends become \n, outer spaces go. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').trim();
}

const YES_WORDS = [YES, 'yes', 'true'].map(normalizeLabel);
const NO_WORDS = [NO, 'no', 'false'].map(normalizeLabel);

/** ใช่/ไม่ใช่, yes/no, true/false (any case) or a checkbox; null for blank or anything else. */
export function parseYesNo(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  const s = normalizeLabel(String(value ?? ''));
  if (YES_WORDS.includes(s)) return true;
  if (NO_WORDS.includes(s)) return false;
  return null;
}

/**
 * An evidence link: http(s) with a dotted host. `javascript:`, `file:`, `data:` and a bare
 * `www.…` are refused — the report makes every link clickable, so only web addresses may pass.
 */
export function isWebLink(s: string): boolean {
  return /^https?:\/\/[^\s/]+\.[^\s]+$/.test(s);
}

/**
 * Evidence: one link or description per line ("ภาพกิจกรรม: https://…", "เอกสารในแฟ้ม"). Only new
 * lines separate entries, so a link with a comma or a space in it stays whole.
 */
export function splitEvidence(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * An evidence line that is neither a web link nor a description: it starts with another scheme
 * (`javascript:`, `file:`, `data:` …), which no reader of the report could open. Null when fine.
 * A line such as `www.x.go.th/a.pdf` is a description: printed as text, never made a link.
 */
export function badEvidenceLine(lines: readonly string[]): string | null {
  return lines.find((l) => !isWebLink(l) && /^[a-z][a-z0-9+.-]*:/i.test(l) && !/^https?:\/\//i.test(l)) ?? null;
}
