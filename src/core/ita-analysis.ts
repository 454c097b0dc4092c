/**
 * การวิเคราะห์ผล ITA: the coordinator's analysis per plan year and heading, and the computed facts a
 * new row is pre-filled with. Pure.
 */
import { cleanText, isBlank, normalizeLabel, parseYear } from './cells';
import { fill, PLAN_TEXT } from './labels';
import { measuresForYear } from './measure-scope';
import type { Workbook } from './model';
import type { RawSheet } from './read-workbook';
import { ITA_ANALYSIS_COLUMNS, type ColumnDef } from './schema';

export interface ItaAnalysis {
  findings: string;
  strengths: string;
  weaknesses: string;
}

export const analysisKey = (year: number, heading: string): string => `${year}|${normalizeLabel(heading)}`;

function headerIndex<D extends readonly ColumnDef[]>(header: readonly unknown[], defs: D): Record<D[number]['key'], number> {
  const at = header.map((h) => normalizeLabel(String(h)));
  const out = {} as Record<D[number]['key'], number>;
  for (const d of defs) out[d.key as D[number]['key']] = at.indexOf(normalizeLabel(d.header));
  return out;
}

/** By analysisKey; the first row of a year and heading counts. */
export function readItaAnalysis(raw: RawSheet | null | undefined): Map<string, ItaAnalysis> {
  const out = new Map<string, ItaAnalysis>();
  if (!raw || !raw.values.length) return out;
  const index = headerIndex(raw.values[0], ITA_ANALYSIS_COLUMNS);
  const text = (row: readonly unknown[], i: number): string => (i < 0 || isBlank(row[i]) ? '' : cleanText(String(row[i])));
  raw.values.slice(1).forEach((row, r) => {
    if ((raw.formulas[r + 1] ?? []).some(Boolean)) return; // a formula is never read as the coordinator's text
    const year = index.fiscalYear < 0 ? null : parseYear(row[index.fiscalYear]);
    const heading = text(row, index.heading);
    if (year === null || !heading || out.has(analysisKey(year, heading))) return;
    out.set(analysisKey(year, heading), {
      findings: text(row, index.findings),
      strengths: text(row, index.strengths),
      weaknesses: text(row, index.weaknesses),
    });
  });
  return out;
}

/** The computed facts of last year's result, one line each, for a new row's ข้อค้นพบ. */
export function computedFacts(wb: Workbook, year: number): string {
  const r = wb.itaResults?.get(year - 1);
  if (!r || r.total === null) return fill(PLAN_TEXT.prefillNone, { lastYear: year - 1 });
  const lines = [
    fill(PLAN_TEXT.prefill, {
      lastYear: year - 1,
      score: r.total.toFixed(2),
      level: r.level ? fill(PLAN_TEXT.level, { level: r.level }) : '',
    }),
  ];
  if (r.belowPass.length)
    lines.push(
      fill(PLAN_TEXT.prefillWeak, {
        pass: r.rules.passMark.toFixed(2),
        list: r.belowPass.map((x) => `${x.tool} ${x.number} ${x.name} (${x.score!.toFixed(2)})`).join(', '),
      }),
    );
  return lines.join('\n');
}

/** Rows to add: one per analysis heading of the year's measures that has no row yet. */
export function analysisPrefillRows(wb: Workbook, year: number): { fiscalYear: number; heading: string; findings: string }[] {
  const have = wb.itaAnalysis ?? new Map<string, ItaAnalysis>();
  const headings = [...new Set(measuresForYear(wb.measures, year).map((m) => m.section))].filter(Boolean);
  const facts = computedFacts(wb, year);
  return headings.filter((h) => !have.has(analysisKey(year, h))).map((heading) => ({ fiscalYear: year, heading, findings: facts }));
}
