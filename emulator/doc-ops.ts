/**
 * Editing helpers over the DocModel (doc-model.ts), shared by the DocumentApp and Docs API
 * stand-ins. The model stays the only state: these functions edit it in place.
 */
import type { BodyNode, DocModel, ParagraphNode, TableCellNode, TableNode, TextRun, TextStyle } from './doc-model';

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
    // An image run stays one run of its own (it is one object, not text).
    if (last && !last.image && !r.image && sameStyle(last.style, r.style)) last.text += r.text;
    else out.push({ text: r.text, style: { ...r.style }, ...(r.image ? { image: r.image } : {}) });
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
    out.push({ text: r.text.slice(s - a, e - a), style: applyPatch(r.style, patch), ...(r.image ? { image: r.image } : {}) });
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

// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

/**
 * Inserted text as Docs keeps it: "Some control characters (U+0000-U+0008, U+000C-U+001F) and
 * characters from the Unicode Basic Multilingual Plane Private Use Area (U+E000-U+F8FF) will be
 * stripped out of the inserted text" (InsertTextRequest,
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttextrequest).
 * DocumentApp writes into the same documents, so the stand-in strips there too.
 */
export function stripInserted(text: string): string {
  return text.replace(STRIPPED, '');
}

/** "Up to 1.02 million characters" per document (https://support.google.com/drive/answer/37603). */
export const DOC_MAX_CHARACTERS = 1_020_000;

/** The document's length in Docs API indexes (UTF-16 units, one per paragraph end, table, row, cell, break). */
export function docCharacters(doc: DocModel): number {
  const para = (p: ParagraphNode): number => paragraphLength(p) + (p.pageBreak ? 1 : 0) + 1;
  let n = 0;
  for (const node of doc.content) {
    if (node.type === 'sectionBreak') n += 1;
    else if (node.type === 'paragraph') n += para(node);
    else
      n +=
        2 +
        node.rows.reduce((r, row) => r + 1 + row.cells.reduce((c, cell) => c + 1 + cell.paragraphs.reduce((k, p) => k + para(p), 0), 0), 0);
  }
  return n;
}

/** Refuses an edit that leaves the document larger than Docs holds (the wording is the stand-in's). */
export function checkDocSize(doc: DocModel): void {
  const n = docCharacters(doc);
  if (n > DOC_MAX_CHARACTERS)
    throw new Error(`Document ${doc.id} would hold ${n} characters; a Google Doc holds at most ${DOC_MAX_CHARACTERS} (stand-in wording).`);
}

export function deepCopy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
