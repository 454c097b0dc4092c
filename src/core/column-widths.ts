/**
 * Column widths from the content. Docs wraps a cell's text at word boundaries and cuts a word
 * that is wider than its column wherever it runs out ("ปีงบประมา/ณ"), so every column must be at
 * least as wide as its widest unbreakable run — a Thai word, a number, a URL segment — and the
 * rest of the page is shared by how much text each column holds, within per-column limits.
 *
 * Texts are measured with Sarabun's real advance widths (font-metrics.ts, generated from the .ttf),
 * not by counting characters: Thai vowels and tone marks above and below take no width, "ม" and
 * "ร" do not.
 *
 * Thai has no spaces between words. Intl.Segmenter('th', { granularity: 'word' }) finds them when
 * the runtime's ICU carries the Thai dictionary; whether Apps Script's V8 does is not documented,
 * so it is feature-detected (and reported by the self-check) and the fallback never fails: the
 * widest window of FALLBACK_CLUSTERS Thai character clusters bounds any word that long, and the
 * long official words that exceed it are kept whole by name.
 */
import { SARABUN_BOLD, SARABUN_REGULAR, SARABUN_UNITS_PER_EM } from './font-metrics';

/** Splits a run of text without spaces into the pieces a line may break between. */
export type WordSplitter = (text: string) => string[];

function parseWidths(table: string): Map<number, number> {
  const m = new Map<number, number>();
  for (const e of table.split(' ')) {
    const [cp, adv] = e.split(':');
    m.set(parseInt(cp, 16), parseInt(adv, 36));
  }
  return m;
}

let regular: Map<number, number> | null = null;
let bold: Map<number, number> | null = null;

/** Width of text in points, in Sarabun at `size` points. Characters the table lacks count as "ก". */
export function measureText(text: string, size: number, isBold = false): number {
  regular ??= parseWidths(SARABUN_REGULAR);
  bold ??= parseWidths(SARABUN_BOLD);
  const table = isBold ? bold : regular;
  const fallback = table.get(0x0e01) ?? SARABUN_UNITS_PER_EM / 2;
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x200b || /\p{M}/u.test(ch)) continue; // zero-width space and combining marks
    units += table.get(cp) ?? fallback;
  }
  return (units * size) / SARABUN_UNITS_PER_EM;
}

/**
 * Official words longer than a fallback window, or that a dictionary splits where a line should not
 * break ("ผู้รับ|ผิด|ชอบ" would leave "ชอบ" alone under a header): always kept whole.
 */
export const WHOLE_WORDS: readonly string[] = [
  'ผู้รับผิดชอบ',
  'ปีงบประมาณ',
  'ประชาสัมพันธ์',
  'อิเล็กทรอนิกส์',
  'ผู้ปฏิบัติงาน',
  'ผู้บังคับบัญชา',
  'สาธารณประโยชน์',
  'ผลประโยชน์ทับซ้อน',
  'ประสิทธิภาพ',
  'ประสิทธิผล',
  'คณะกรรมการ',
  'ข้อเสนอแนะ',
];

const THAI_LETTERS = /^[\u0e01-\u0e4f]+$/u;
/** Leading vowels (เ แ โ ใ ไ) belong to the consonant after them. */
const LEADING_VOWEL = /[\u0e40-\u0e44]/u;

/** Thai character clusters: a base letter with its marks, a leading vowel with the letter after it. */
export function thaiClusters(text: string): string[] {
  const out: string[] = [];
  let pendingLead = '';
  for (const ch of text) {
    if (LEADING_VOWEL.test(ch)) pendingLead += ch;
    else if (/\p{M}/u.test(ch) && out.length && !pendingLead) out[out.length - 1] += ch;
    else {
      out.push(pendingLead + ch);
      pendingLead = '';
    }
  }
  if (pendingLead) out.push(pendingLead);
  return out;
}

/** Long enough for every Thai word that is not in WHOLE_WORDS (ประชาสัมพันธ์ is 8 clusters). */
export const FALLBACK_CLUSTERS = 9;

/**
 * The fallback splitter: runs of Thai letters come back as every window of FALLBACK_CLUSTERS
 * clusters (overlapping), so the widest piece bounds the width of any word that long; other
 * characters come back as they are.
 */
export const fallbackSplitter: WordSplitter = (text) => {
  const out: string[] = [];
  for (const part of text.split(/([\u0e01-\u0e4f]+)/u)) {
    if (!part) continue;
    if (!THAI_LETTERS.test(part)) {
      out.push(part);
      continue;
    }
    const cl = thaiClusters(part);
    if (cl.length <= FALLBACK_CLUSTERS) out.push(part);
    else for (let i = 0; i + FALLBACK_CLUSTERS <= cl.length; i++) out.push(cl.slice(i, i + FALLBACK_CLUSTERS).join(''));
  }
  return out;
};

interface SegmenterLike {
  segment(text: string): Iterable<{ segment: string }>;
}
type SegmenterCtor = new (locale: string, options: { granularity: 'word' }) => SegmenterLike;

/** A splitter from Intl.Segmenter when it exists and really splits Thai words, else null. */
export function segmenterSplitter(intl: unknown = typeof Intl === 'undefined' ? undefined : Intl): WordSplitter | null {
  try {
    const Ctor = (intl as { Segmenter?: SegmenterCtor } | undefined)?.Segmenter;
    if (typeof Ctor !== 'function') return null;
    const seg = new Ctor('th', { granularity: 'word' });
    const split: WordSplitter = (text) => Array.from(seg.segment(text), (s) => s.segment);
    // Without the Thai dictionary ICU returns the whole run as one segment.
    const probe = split('ปีงบประมาณนี้มีมาตรการ');
    return probe.length >= 3 && probe.join('') === 'ปีงบประมาณนี้มีมาตรการ' ? split : null;
  } catch {
    return null;
  }
}

/** The runtime's Thai word splitter: the segmenter when it works, else the fallback. */
export function thaiWordSplitter(): WordSplitter {
  return segmenterSplitter() ?? fallbackSplitter;
}

const OPENERS = /^[([{“‘"'<]+$/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Characters a line never starts with, glued to the piece before: ฯ, ๆ and closing punctuation. */
const GLUE_BEFORE = /^[ฯๆ\p{M}]/u;

function isUrl(piece: string): boolean {
  return /^(https?:\/\/|www\.)/i.test(piece);
}

/**
 * The pieces of `text` a line cannot break inside: between spaces and line breaks, a URL split
 * after each '/', other text split by `split` with WHOLE_WORDS kept whole and punctuation kept with
 * its word ("(ชื่อ", "ณ,", "ฯลฯ").
 */
export function unbreakableRuns(text: string, split: WordSplitter): string[] {
  const out: string[] = [];
  for (const piece of text.split(/[\s\u200b]+/u)) {
    if (!piece) continue;
    if (isUrl(piece)) {
      out.push(...piece.split(/(?<=\/)/u));
      continue;
    }
    const raw: string[] = [];
    const whole = new RegExp(`(${WHOLE_WORDS.join('|')})`, 'u');
    for (const part of piece.split(whole)) {
      if (!part) continue;
      if (WHOLE_WORDS.includes(part)) raw.push(part);
      else raw.push(...split(part));
    }
    const runs: string[] = [];
    let open = '';
    for (const r of raw) {
      if (OPENERS.test(r)) open += r;
      else if (runs.length && !open && (!HAS_WORD.test(r) || GLUE_BEFORE.test(r))) runs[runs.length - 1] += r;
      else {
        runs.push(open + r);
        open = '';
      }
    }
    if (open && runs.length) runs[runs.length - 1] += open;
    else if (open) runs.push(open);
    out.push(...runs);
  }
  return out;
}

export interface ColumnInput {
  /** Header text (bold). */
  header: string;
  /** Every body cell of the column (regular). */
  texts: readonly string[];
  /** Points; the column is never narrower (unless the page is too narrow for all minimums). */
  min: number;
  /** Points; the column grows past this only when every column has reached its maximum. */
  max: number;
}

export interface FitOptions {
  /** The table's width in points. */
  width: number;
  /** Font size in points. */
  size: number;
  /** Left + right cell padding in points. */
  padding: number;
  split: WordSplitter;
}

export interface FitResult {
  /** Points per column, tenths, summing to the width. */
  widths: number[];
  /** Each column's minimum: its widest unbreakable run (header or body) and its own minimum. */
  minimums: number[];
  /** The minimums do not fit the width: the columns were shrunk and some words will break. */
  tooNarrow: boolean;
}

function widestRun(texts: readonly string[], opts: FitOptions, isBold: boolean): number {
  let w = 0;
  for (const t of texts) for (const r of unbreakableRuns(t, opts.split)) w = Math.max(w, measureText(r, opts.size, isBold));
  return w;
}

/** Widths for a table's columns; see the module comment. */
export function fitColumns(columns: readonly ColumnInput[], opts: FitOptions): FitResult {
  const n = columns.length;
  if (n === 0) return { widths: [], minimums: [], tooNarrow: false };
  const minimums = columns.map((c) =>
    ceilTenths(
      Math.min(
        Math.max(c.min, Math.max(widestRun([c.header], opts, true), widestRun(c.texts, opts, false)) + opts.padding),
        Math.max(c.min, c.max),
      ),
    ),
  );
  const maximums = columns.map((c, i) => Math.max(c.max, minimums[i]));
  // How much text each column holds (the header counts once, so an empty table still has shares).
  const demand = columns.map((c) => measureText(c.header, opts.size, true) + c.texts.reduce((a, t) => a + measureText(t, opts.size), 0));
  const minSum = minimums.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (minSum > opts.width) {
    widths = minimums.map((m) => (m / minSum) * opts.width);
  } else {
    widths = share(opts.width, demand, minimums, maximums);
  }
  return { widths: roundTenths(widths, opts.width), minimums, tooNarrow: minSum > opts.width + 0.05 };
}

/**
 * Water-filling: each column gets width in proportion to its demand; a column pushed below its
 * minimum or above its maximum is pinned there and the rest is shared again among the others.
 */
function share(width: number, demand: number[], min: number[], max: number[]): number[] {
  const n = demand.length;
  const pinned: (number | null)[] = new Array<number | null>(n).fill(null);
  for (;;) {
    const free = demand.map((_, i) => i).filter((i) => pinned[i] === null);
    if (!free.length) break;
    const left = width - pinned.reduce<number>((a, p) => a + (p ?? 0), 0);
    const d = free.reduce((a, i) => a + Math.max(demand[i], 1e-6), 0);
    let changed = false;
    for (const i of free) {
      const w = (left * Math.max(demand[i], 1e-6)) / d;
      if (w < min[i]) {
        pinned[i] = min[i];
        changed = true;
      }
    }
    if (changed) continue;
    for (const i of free) {
      const w = (left * Math.max(demand[i], 1e-6)) / d;
      if (w > max[i]) {
        pinned[i] = max[i];
        changed = true;
      }
    }
    if (changed) continue;
    return demand.map((x, i) => pinned[i] ?? (left * Math.max(x, 1e-6)) / d);
  }
  // Every column at its maximum and room left: share the rest by demand.
  const sum = pinned.reduce<number>((a, p) => a + (p ?? 0), 0);
  const total = demand.reduce((a, b) => a + Math.max(b, 1e-6), 0);
  return pinned.map((p, i) => (p ?? 0) + ((width - sum) * Math.max(demand[i], 1e-6)) / total);
}

function ceilTenths(w: number): number {
  return Math.ceil(w * 10 - 1e-6) / 10;
}

function roundTenths(widths: number[], total: number): number[] {
  const out = widths.map((w) => Math.floor(w * 10 + 1e-6) / 10);
  out[out.length - 1] = Math.round((total - out.slice(0, -1).reduce((a, b) => a + b, 0)) * 10) / 10;
  return out;
}
