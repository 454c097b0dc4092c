/** The sidebar's client state (loaded data, filters, view, unsaved drafts) and the small helpers every view shares. */
import type { FiscalRound } from '../core/fiscal';
import type { Status } from '../core/model';
import {
  measureSummary,
  type MeasureFormFields,
  type MeasureSummary,
  type MeasureView,
  type ProgressView,
  type TrackerData,
} from '../core/tracker';
import { byId, h } from './dom';
import { DraftStore } from './drafts';

export type MeasureFields = MeasureFormFields;

export type View = { kind: 'list' } | { kind: 'measure'; id: string; round: FiscalRound } | { kind: 'edit'; id: string | null };

export const state = {
  data: null as TrackerData | null,
  search: '',
  unit: '',
  status: '' as '' | Status,
  showArchived: false,
  view: { kind: 'list' } as View,
  /**
   * Unsaved text of this user: progress by "measureId|round", measure edits by "measure|id"
   * ("measure|" = a new measure). Replaced on load, when the user's e-mail is known.
   */
  drafts: new DraftStore(''),
  /** Measures opened since the list was loaded, with all their texts (getMeasure). */
  full: new Map<string, MeasureView>(),
  /** The server's full-text matches for a search (one call after 400 ms without typing). */
  textMatches: null as { query: string; ids: Set<string> } | null,
  lastOpened: '',
  /** Whether the measure's details are expanded (kept while moving between measures). */
  detailsOpen: false,
};

export function data(): TrackerData {
  if (!state.data) throw new Error('not loaded');
  return state.data;
}

export function say(text: string, kind: 'ok' | 'error' | 'info' = 'info'): void {
  const box = byId('status');
  box.replaceChildren(text ? h('div', { class: `msg ${kind}` }, text) : '');
}

export function statusLabel(s: Status): string {
  return data().statusLabels[s];
}

export function badge(s: Status, suffix = ''): HTMLElement {
  return h('span', { class: `badge s-${s}` }, statusLabel(s) + suffix);
}

/** The progress that counts for a round (the full year falls back to the 6-month entry, as the report does). */
export function progressOf(m: MeasureView, round: FiscalRound): { p: ProgressView | undefined; fromH1: boolean } {
  const own = m.progress[round];
  if (own || round === 'H1') return { p: own, fromH1: false };
  return { p: m.progress.H1, fromH1: !!m.progress.H1 };
}

export function statusOf(m: MeasureView, round: FiscalRound): Status {
  return progressOf(m, round).p?.status ?? 'not_started';
}

/** A list item's status in a round (the full year falls back to the 6-month entry, as the report does). */
export function summaryStatus(m: MeasureSummary, round: FiscalRound): { status: Status; fromH1: boolean } {
  const own = m.status[round];
  if (own || round === 'H1') return { status: own ?? 'not_started', fromH1: false };
  return { status: m.status.H1 ?? 'not_started', fromH1: !!m.status.H1 };
}

/** The measure with all its texts, when it has been opened (see openMeasure in navigation.ts). */
export function measureById(id: string): MeasureView | undefined {
  return state.full.get(id);
}

export function summaryById(id: string): MeasureSummary | undefined {
  return data().measures.find((m) => m.id === id);
}

/** Keeps the list item in step with a round's progress saved or taken. */
export function setSummaryStatus(id: string, round: FiscalRound, status: Status): void {
  const s = summaryById(id);
  if (s) s.status = { ...s.status, [round]: status };
}

/** Report order: active measures by order, grouped by section in order of appearance; archived last. */
function sortMeasures(list: MeasureSummary[]): MeasureSummary[] {
  const active = list.filter((m) => !m.archived).sort((a, b) => a.order - b.order);
  const sections: string[] = [];
  for (const m of active) if (!sections.includes(m.section)) sections.push(m.section);
  return [...sections.flatMap((s) => active.filter((m) => m.section === s)), ...list.filter((m) => m.archived)];
}

/** A measure saved, moved or archived: its list item, and its full view when it was opened. */
export function replaceMeasure(v: MeasureView): void {
  const d = data();
  const oldFull = state.full.get(v.id);
  const oldSummary = d.measures.find((m) => m.id === v.id);
  const merged = { ...v, progress: { ...(oldFull?.progress ?? {}), ...v.progress } };
  // A view built without its progress (move, archive) must not replace one that has it.
  if (oldFull || !oldSummary) state.full.set(v.id, merged);
  const summary = measureSummary(merged);
  summary.status = { ...(oldSummary?.status ?? {}), ...summary.status };
  d.measures = sortMeasures(oldSummary ? d.measures.map((m) => (m.id === v.id ? summary : m)) : [...d.measures, summary]);
}
