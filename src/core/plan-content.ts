/**
 * The plan document (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน, preset 002) as reference
 * 002 lays it out: the report layout of preset 002 (title block, opening, measures table grouped
 * under the analysis headings, signatures) with the plan's own parts placed after the title —
 * last year's ITA result with its score table, and the analysis by heading — all computed from
 * ผลการประเมิน ITA and the measures sheet.
 */
import { docSafeText } from './doc-text';
import type { ItaYearResult } from './ita-result';
import { analysisKey } from './ita-analysis';
import { fill, PLAN_TEXT } from './labels';
import { measuresForYear } from './measure-scope';
import type { Workbook } from './model';
import {
  columnWidths,
  PAGE,
  REPORT_MARGINS,
  textWidth,
  type LayoutBlock,
  type LayoutParagraph,
  type LayoutTable,
  type ReportLayout,
} from './report-layout';
import { thaiDigitsInText } from './thai';
import type { YearSetting } from './year-settings';

const INDENT = 2.5 * PAGE.cm;

/** Scores as the NACC prints them: always two decimals. */
const score2 = (n: number): string => n.toFixed(2);

/** The score table's rows: indicator, its score, the tool's computed score on the tool's first row. */
export function scoreTableRows(r: ItaYearResult): string[][] {
  const firstOfTool = new Set<number>();
  const seen = new Set<string>();
  r.indicators.forEach((x, i) => {
    if (!seen.has(x.tool)) firstOfTool.add(i);
    seen.add(x.tool);
  });
  return r.indicators
    .filter((x) => x.score !== null)
    .map((x) => {
      const i = r.indicators.indexOf(x);
      const tool = r.toolScores[x.tool];
      return [`${x.number}. ${x.name}`, score2(x.score!), firstOfTool.has(i) && tool !== null ? score2(tool) : ''];
    });
}

const para = (text: string, extra: Partial<LayoutParagraph> = {}): LayoutParagraph => ({
  kind: 'paragraph',
  runs: [{ text }],
  align: 'justify',
  indentFirstLine: INDENT,
  spaceAfter: 6,
  ...extra,
});
const heading = (text: string): LayoutParagraph => ({
  kind: 'paragraph',
  runs: [{ text, bold: true }],
  align: 'left',
  spaceBefore: 12,
  spaceAfter: 6,
});

/** The plan's parts 1 and 2 and the heading of part 3, before the measures (text not yet made Doc-safe). */
export function planParts(wb: Workbook, year: number): LayoutBlock[] {
  const agency = wb.settings.agencyName;
  const lastYear = year - 1;
  const r = wb.itaResults?.get(lastYear);
  const blocks: LayoutBlock[] = [heading(fill(PLAN_TEXT.resultHeading, { agency, lastYear }))];
  if (!r || r.total === null) {
    blocks.push(para(fill(PLAN_TEXT.noResult, { lastYear })));
  } else {
    blocks.push(
      para(
        fill(PLAN_TEXT.resultSentence, {
          lastYear,
          agency,
          score: score2(r.total),
          level: r.level ? fill(PLAN_TEXT.level, { level: r.level }) : '',
        }),
      ),
    );
    const scoreTable: LayoutTable = {
      kind: 'table',
      role: 'measures',
      widths: columnWidths([6, 2, 2], textWidth('landscape', REPORT_MARGINS)),
      header: [...PLAN_TEXT.scoreHeaders],
      rows: scoreTableRows(r).map((cells) => ({ kind: 'cells', cells })),
      borders: true,
      align: 'left',
    };
    blocks.push(scoreTable);
    if (r.change !== null) {
      const direction = r.change > 0 ? PLAN_TEXT.up : r.change < 0 ? PLAN_TEXT.down : PLAN_TEXT.same;
      blocks.push(para(fill(PLAN_TEXT.change, { direction, change: score2(Math.abs(r.change)) }), { spaceBefore: 6 }));
    }
  }
  blocks.push(heading(fill(PLAN_TEXT.analysisHeading, { lastYear })));
  if (r && r.total !== null) {
    const pass = score2(r.rules.passMark);
    const facts = r.belowPass.length
      ? r.belowPass.map((x) => fill(PLAN_TEXT.weak, { number: x.number, name: x.name, tool: x.tool, score: score2(x.score!), pass }))
      : [fill(PLAN_TEXT.noneWeak, { pass })];
    blocks.push(para(facts.join('\n'), { indentFirstLine: 0, indentStart: INDENT, align: 'left' }));
  }
  // The analysis by heading: each analysis heading of the year's measures, with the issues typed for it.
  const measures = measuresForYear(wb.measures, year);
  const sections = [...new Set(measures.map((m) => m.section).filter(Boolean))];
  sections.forEach((section, i) => {
    blocks.push({ ...heading(`2.${i + 1} ${section}`), spaceBefore: 6 });
    const typed = wb.itaAnalysis?.get(analysisKey(year, section));
    const parts = typed
      ? (['findings', 'strengths', 'weaknesses'] as const).filter((k) => typed[k]).map((k) => ({ label: PLAN_TEXT[k], text: typed[k] }))
      : [];
    if (parts.length) {
      for (const p of parts) blocks.push({ ...para(''), runs: [{ text: `${p.label} `, bold: true }, { text: p.text }] });
    } else {
      // Not analysed in การวิเคราะห์ผล ITA yet: the issues typed in the heading's measures.
      const issues = [...new Set(measures.filter((m) => m.section === section && m.issue).map((m) => m.issue))];
      for (const issue of issues) blocks.push(para(issue));
    }
  });
  blocks.push(heading(fill(PLAN_TEXT.measuresHeading, { year })));
  return blocks;
}

function mapBlock(b: LayoutBlock, f: (s: string) => string): LayoutBlock {
  return b.kind === 'paragraph'
    ? { ...b, runs: b.runs.map((r) => ({ ...r, text: f(r.text) })) }
    : {
        ...b,
        header: b.header ? b.header.map(f) : null,
        rows: b.rows.map((r) => (r.kind === 'section' ? { ...r, text: f(r.text) } : { ...r, cells: r.cells.map(f) })),
      };
}

/** Part 4: limits and suggestions typed in ค่ากำหนดรายปี, numbered one per line; nothing when both are blank. */
export function limitsPart(texts: Pick<YearSetting, 'planLimits' | 'planSuggestions'> | undefined): LayoutBlock[] {
  const items = (t: string): string[] =>
    t
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  const numbered = (t: string): LayoutParagraph[] => items(t).map((l, i) => para(/^\d+\./.test(l) ? l : `${i + 1}. ${l}`));
  if (!texts || (!items(texts.planLimits).length && !items(texts.planSuggestions).length)) return [];
  const blocks: LayoutBlock[] = [heading(PLAN_TEXT.limitsHeading), ...numbered(texts.planLimits)];
  if (items(texts.planSuggestions).length) blocks.push(heading(PLAN_TEXT.suggestionsHeading), ...numbered(texts.planSuggestions));
  return blocks;
}

/**
 * Preset 002's layout with the plan's parts 1–3 after the title block (the report section's first
 * block) and part 4 before the signatures (approval), which stay last.
 */
export function withPlanParts(layout: ReportLayout, wb: Workbook, year: number, texts?: YearSetting): ReportLayout {
  const f = (s: string): string => (wb.settings.thaiDigits ? thaiDigitsInText(docSafeText(s)) : docSafeText(s));
  const parts = planParts(wb, year).map((b) => mapBlock(b, f));
  const limits = limitsPart(texts).map((b) => mapBlock(b, f));
  const last = layout.sections.length - 1;
  const sections = layout.sections.map((s, i) => {
    if (i !== last) return s;
    const rest = s.blocks.slice(1);
    const sig = rest.findIndex((b) => b.kind === 'table' && b.role === 'signatures');
    const body = sig < 0 ? [...rest, ...limits] : [...rest.slice(0, sig), ...limits, ...rest.slice(sig)];
    return { ...s, blocks: [s.blocks[0], ...parts, ...body] };
  });
  return { ...layout, sections };
}
