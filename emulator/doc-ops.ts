/**
 * Editing helpers over the DocModel (doc-model.ts), shared by the DocumentApp and Docs API
 * stand-ins. The model stays the only state: these functions edit it in place.
 */
import type { BodyNode, ParagraphNode, TableCellNode, TableNode, TextRun, TextStyle } from './doc-model';

export type StylePatch = { [K in keyof TextStyle]?: TextStyle[K] | null };

export function newParagraph(text = '', style: TextStyle = {}): ParagraphNode {
  return { type: 'paragraph', runs: text === '' ? [] : [{ text, style: { ...style } }] };
}

export function newCell(text: string): TableCellNode {
  return { paragraphs: text.split('\n').map((t) => newParagraph(t)), columnSpan: 1 };
}

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  const ka = Object.keys(a)
    .filter((k) => a[k as keyof TextStyle] !== undefined)
    .sort();
  const kb = Object.keys(b)
    .filter((k) => b[k as keyof TextStyle] !== undefined)
    .sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k as keyof TextStyle] === b[k as keyof TextStyle]);
}

/** Drops empty runs and merges neighbours with the same style. */
export function normalizeRuns(p: ParagraphNode): void {
  const out: TextRun[] = [];
  for (const r of p.runs) {
    if (r.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last.style, r.style)) last.text += r.text;
    else out.push({ text: r.text, style: { ...r.style } });
  }
  p.runs = out;
}

export function applyPatch(style: TextStyle, patch: StylePatch): TextStyle {
  const s: TextStyle = { ...style };
  for (const [k, v] of Object.entries(patch) as [keyof TextStyle, unknown][]) {
    if (v === undefined) continue;
    if (v === null) delete s[k];
    else (s as Record<string, unknown>)[k] = v;
  }
  return s;
}

/** Applies `patch` to characters [start, end) of a paragraph, splitting runs as needed. */
export function styleParagraphRange(p: ParagraphNode, start: number, end: number, patch: StylePatch): void {
  const out: TextRun[] = [];
  let pos = 0;
  for (const r of p.runs) {
    const a = pos;
    const b = pos + r.text.length;
    pos = b;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    if (s >= e) {
      out.push(r);
      continue;
    }
    if (s > a) out.push({ text: r.text.slice(0, s - a), style: { ...r.style } });
    out.push({ text: r.text.slice(s - a, e - a), style: applyPatch(r.style, patch) });
    if (e < b) out.push({ text: r.text.slice(e - a), style: { ...r.style } });
  }
  p.runs = out;
  normalizeRuns(p);
}

export function paragraphLength(p: ParagraphNode): number {
  return p.runs.reduce((n, r) => n + r.text.length, 0);
}

/** Every paragraph of a list of body nodes, tables included, in document order. */
export function paragraphsIn(nodes: (BodyNode | TableNode)[]): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  for (const n of nodes) {
    if (n.type === 'paragraph') out.push(n);
    else if (n.type === 'table') for (const row of n.rows) for (const c of row.cells) out.push(...c.paragraphs);
  }
  return out;
}

/** Style of the character at `offset` (or of the first run). */
export function styleAt(p: ParagraphNode, offset?: number | null): TextStyle {
  if (offset === undefined || offset === null) return p.runs[0]?.style ?? {};
  let pos = 0;
  for (const r of p.runs) {
    if (offset < pos + r.text.length) return r.style;
    pos += r.text.length;
  }
  return p.runs[p.runs.length - 1]?.style ?? {};
}

export function deepCopy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
