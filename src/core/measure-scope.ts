/**
 * Which measures and which progress a report or the sidebar shows: the same rules for both, so
 * the sidebar shows what the report will print.
 */
import type { FiscalRound } from './fiscal';
import type { Measure, ProgressEntry } from './model';

/** The measures of a fiscal year, as the report lists them: active ones by order, grouped by section. */
export function measuresForYear(measures: readonly Measure[], fiscalYear: number): Measure[] {
  const active = measures.filter((m) => m.fiscalYear === fiscalYear && !m.archived);
  const sorted = [...active].sort((a, b) => a.order - b.order || a.row - b.row);
  const sectionOrder: string[] = [];
  for (const m of sorted) if (!sectionOrder.includes(m.section)) sectionOrder.push(m.section);
  return sectionOrder.flatMap((s) => sorted.filter((m) => m.section === s));
}

/**
 * The entry that counts for a round, from one measure's entries by round: that round's own; for
 * the full year, the 6-month one while the 12-month one is not written yet (`fromH1` says so).
 */
export function roundEntry<T>(byRound: Partial<Record<FiscalRound, T>>, round: FiscalRound): { entry: T | undefined; fromH1: boolean } {
  const own = byRound[round];
  if (own !== undefined || round === 'H1') return { entry: own, fromH1: false };
  return { entry: byRound.H1, fromH1: byRound.H1 !== undefined };
}

/** The progress that counts for a measure in a round (see roundEntry). */
export function progressFor(measureId: string, round: FiscalRound, progress: readonly ProgressEntry[]): ProgressEntry | undefined {
  const byRound: Partial<Record<FiscalRound, ProgressEntry>> = {};
  for (const p of progress) if (p.measureId === measureId && !byRound[p.round]) byRound[p.round] = p;
  return roundEntry(byRound, round).entry;
}
