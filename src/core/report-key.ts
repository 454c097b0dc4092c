/**
 * The key of one report Doc: the add-on keeps exactly one Doc per key, so regenerating rewrites
 * the same Doc and its link never changes. A plan (preset kind 'plan') is one Doc per fiscal year
 * whatever the round; a round's report is one Doc per year and round. The report job, the list of
 * existing reports and the dialog all build the key here, so they cannot disagree.
 */
import type { FiscalRound } from './fiscal';

export type ReportKind = 'report' | 'plan';

/** "2568.H1", "2568.FY" or "2568.plan". */
export function reportDocKey(fiscalYear: number, kind: ReportKind, round: FiscalRound): string {
  return kind === 'plan' ? `${fiscalYear}.plan` : `${fiscalYear}.${round}`;
}
