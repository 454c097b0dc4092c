/**
 * Validated model + report options → the report's content: every sentence and table cell, in
 * order, with figures computed. Pure; no styling (that is report-layout.ts).
 */
import { roundPeriod, type FiscalRound } from './fiscal';
import { fill, REPORT, ROUND_LABEL, STATUS_LABEL } from './labels';
import type { Measure, ProgressEntry, Settings, Signatory, Status, Workbook } from './model';
import type { ColumnKey, ReportPreset } from './presets';
import { lastYearScore } from './ita-result';
import { measuresForYear, progressFor } from './measure-scope';
import { formatSteps, keepLines } from './steps';
import { approvalBlock, memoClosing } from './memo-approval';
import { formatCount, formatDecimal, formatThaiDate, formatThaiMonth, percentOf } from './thai';

export interface ReportOptions {
  fiscalYear: number;
  round: FiscalRound;
  preset: ReportPreset;
  includeMemo: boolean;
  /** The day the report is made (memo date when the setting is blank). */
  today: Date;
}

export type ContentRow = { kind: 'section'; text: string } | { kind: 'measure'; measureId: string; cells: string[] };

export interface MemoContent {
  division: string;
  phone: string;
  reference: string;
  date: string;
  subject: string;
  to: string;
  body: string[];
  measureList: string[];
  attachment: string;
  closing: string;
  /** The นายก's approval block when the memo asks to publish (memo-approval.ts); null otherwise. */
  approval: string[] | null;
}

export interface ReportContent {
  fileName: string;
  titleLines: string[];
  agencyLines: string[];
  opening: string[];
  measureList: string[];
  detailsIntro: string;
  table: { headers: string[]; keys: ColumnKey[]; weights: number[]; rows: ContentRow[] };
  summary: { heading: string; text: string } | null;
  signatories: Signatory[];
  memo: MemoContent | null;
  /** Things worth telling the coordinator that do not stop the report. */
  notes: string[];
}

export interface StatusCounts {
  total: number;
  done: number;
  in_progress: number;
  not_started: number;
}

// Kept as re-exports for callers that import them from here; measure-scope.ts is their home.
export { measuresForYear, progressFor } from './measure-scope';

export function countStatuses(statuses: readonly Status[]): StatusCounts {
  const c: StatusCounts = { total: statuses.length, done: 0, in_progress: 0, not_started: 0 };
  for (const s of statuses) c[s] += 1;
  return c;
}

const PLACEHOLDERS = { actual: '{ผลจริง}', target: '{เป้าหมาย}', pct: '{ร้อยละ}' } as const;

/**
 * The computed figure: "ผู้เข้าร่วมกิจกรรม 60 คน คิดเป็นร้อยละ 85.71 ของกลุ่มเป้าหมาย (70 คน)".
 * Staff may instead place {ผลจริง} {เป้าหมาย} {ร้อยละ} in their own sentence.
 */
export function figureSentence(m: Measure, actual: number | null): string | null {
  if (m.target === null || actual === null) return null;
  const pct = percentOf(actual, m.target);
  if (pct === null) return null;
  const unit = m.targetUnit || '';
  return fill(REPORT.figure, {
    label: m.targetLabel || REPORT.figureDefaultLabel,
    actual: formatCount(actual),
    unit,
    pct,
    target: formatCount(m.target),
  })
    .replace(/\s+\)/, ')')
    .replace(/ {2,}/g, ' ');
}

function fillPlaceholders(text: string, m: Measure, actual: number | null): string {
  const pct = m.target !== null && actual !== null ? percentOf(actual, m.target) : null;
  return text
    .split(PLACEHOLDERS.actual)
    .join(actual === null ? '-' : formatCount(actual))
    .split(PLACEHOLDERS.target)
    .join(m.target === null ? '-' : formatCount(m.target))
    .split(PLACEHOLDERS.pct)
    .join(pct ?? '-');
}

function usesPlaceholders(...texts: string[]): boolean {
  return texts.some((t) => Object.values(PLACEHOLDERS).some((p) => t.includes(p)));
}

function cellFor(
  key: ReportPreset['columns'][number]['key'],
  m: Measure,
  p: ProgressEntry | undefined,
  numberLabel: string,
  withResults: boolean,
): string {
  const actual = p?.actual ?? null;
  switch (key) {
    case 'measure':
      return numberLabel ? `${numberLabel} ${m.title}` : m.title;
    case 'issue': {
      // Reference 000 tags each issue with its ITA indicator/item; typed into the issue already, or not.
      const issue = keepLines(m.issue);
      return m.itaTags && !issue.includes(m.itaTags) ? [m.itaTags, issue].filter(Boolean).join('\n') : issue;
    }
    case 'itaTags':
      return m.itaTags;
    case 'steps':
      return formatSteps(m.steps);
    case 'responsible':
      return m.responsible;
    case 'period':
      return m.period;
    case 'monitoring':
      return keepLines(m.monitoring);
    case 'result': {
      if (!withResults) return '';
      // Empty cells would read as forgotten data; only the result column says so.
      if (!p) return REPORT.noResultThisRound;
      const text = keepLines(fillPlaceholders(p.result, m, actual));
      const figure = usesPlaceholders(p.result, p.outcome) ? null : figureSentence(m, actual);
      return [text, figure].filter(Boolean).join('\n');
    }
    case 'outcome':
      if (!withResults || !p) return '';
      return keepLines(fillPlaceholders(p.outcome, m, actual)) || (p.status === 'not_started' ? '' : STATUS_LABEL[p.status]);
    case 'suggestions':
      return withResults && p ? keepLines(p.suggestions) : '';
    case 'status':
      return withResults ? STATUS_LABEL[p?.status ?? 'not_started'] : '';
    case 'evidence':
      return withResults && p ? p.evidence.join('\n') : '';
  }
}

/** "มาตรการทั้งหมด 8 มาตรการ ดำเนินการแล้วเสร็จ 4 … และยังไม่ดำเนินการ 1 …", zero counts left out. */
export function summaryText(counts: StatusCounts, pct: (n: number) => string): string {
  const parts = (
    [
      [REPORT.summaryDone, counts.done],
      [REPORT.summaryInProgress, counts.in_progress],
      [REPORT.summaryNotStarted, counts.not_started],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([label, n]) => fill(label, { n, pct: pct(n) }));
  if (parts.length > 1) parts[parts.length - 1] = `${REPORT.summaryAnd}${parts[parts.length - 1]}`;
  return [fill(REPORT.summaryTotal, { total: counts.total }), ...parts].join(' ');
}

function roundText(fiscalYear: number, round: FiscalRound): string {
  const { start, end } = roundPeriod(fiscalYear, round);
  return fill(round === 'H1' ? REPORT.roundH1 : REPORT.roundFY, { from: formatThaiMonth(start), to: formatThaiMonth(end) });
}

function openingParagraphs(s: Settings, year: number, count: number, itaResults: Workbook['itaResults']): string[] {
  const ita = REPORT.itaFull;
  const lastYear = year - 1;
  const last = lastYearScore(s, itaResults, year);
  const first =
    last.score !== null
      ? fill(REPORT.openingScore, {
          agency: s.agencyName,
          ita,
          lastYear,
          score: formatDecimal(last.score),
          grade: last.level ? fill(REPORT.grade, { grade: last.level }) : '',
        })
      : fill(REPORT.openingNoScore, { agency: s.agencyName, ita, lastYear });
  return [first, fill(REPORT.openingMeasures, { agency: s.agencyName, year, count })];
}

export function buildReportContent(wb: Workbook, opts: ReportOptions): ReportContent {
  const { settings: s } = wb;
  const { preset, fiscalYear: year, round } = opts;
  const withResults = preset.kind === 'report';
  const measures = measuresForYear(wb.measures, year);
  const hasSections = measures.some((m) => m.section !== '');
  const notes: string[] = [];

  const rows: ContentRow[] = [];
  const statuses: Status[] = [];
  let sectionNo = 0;
  let itemNo = 0;
  let currentSection: string | null = null;
  const listed: string[] = [];
  for (const m of measures) {
    if (hasSections && m.section !== currentSection) {
      currentSection = m.section;
      sectionNo += 1;
      itemNo = 0;
      const text = m.section || 'มาตรการอื่น ๆ';
      rows.push({ kind: 'section', text: preset.numbered ? `${sectionNo}. ${text}` : text });
    }
    itemNo += 1;
    // Under section rows: 1.1, 1.2 … or no number (the settings' choice); the opening list follows the table.
    const numberLabel = !preset.numbered ? '' : hasSections ? (s.subNumbering === false ? '' : `${sectionNo}.${itemNo}`) : `${itemNo}.`;
    listed.push(!preset.numbered ? `${listed.length + 1}. ${m.title}` : numberLabel ? `${numberLabel} ${m.title}` : m.title);
    const p = withResults ? progressFor(m.id, round, wb.progress) : undefined;
    if (withResults && !p)
      notes.push(`มาตรการ "${m.title}" (แถว ${m.row}) ยังไม่มีผลการดำเนินการ${ROUND_LABEL[round]} — รายงานเป็น "${STATUS_LABEL.not_started}"`);
    statuses.push(p?.status ?? 'not_started');
    const keys = preset.columns.map((c) => c.key);
    const numberKey = keys.includes('measure') ? 'measure' : keys[0];
    rows.push({
      kind: 'measure',
      measureId: m.id,
      cells: preset.columns.map((c) => {
        const text = cellFor(c.key, m, p, c.key === numberKey ? numberLabel : '', withResults);
        return c.key === numberKey && c.key !== 'measure' && numberLabel ? `${numberLabel} ${text}` : text;
      }),
    });
  }

  const counts = countStatuses(statuses);
  const pct = (n: number): string => percentOf(n, counts.total) ?? '0';
  const roundLine = roundText(year, round);
  const measureList = listed;
  const memo = opts.includeMemo ? buildMemo(wb, opts, measureList, roundLine) : null;
  const agencyLines = [s.agencyName, fill(REPORT.location, { district: s.district, province: s.province })];

  return {
    fileName: withResults
      ? fill(REPORT.fileName, { agency: s.agencyName, year, round: ROUND_LABEL[round] })
      : fill(REPORT.fileNamePlan, { agency: s.agencyName, year }),
    titleLines: withResults
      ? [REPORT.titleReport, `${fill(REPORT.fiscalYear, { year })} ${roundLine}`]
      : [REPORT.titlePlan, fill(REPORT.fiscalYear, { year })],
    agencyLines,
    opening: withResults
      ? openingParagraphs(s, year, measures.length, wb.itaResults)
      : [fill(REPORT.openingPlan, { lastYear: year - 1, agency: s.agencyName, year, count: measures.length })],
    measureList,
    detailsIntro: withResults ? fill(REPORT.detailsIntro, { round: ` ${roundLine}` }) : REPORT.detailsIntroPlan,
    table: {
      headers: preset.columns.map((c) => c.header),
      keys: preset.columns.map((c) => c.key),
      weights: preset.columns.map((c) => c.weight),
      rows,
    },
    summary:
      withResults && counts.total > 0
        ? {
            heading: REPORT.summaryHeading,
            text: summaryText(counts, pct),
          }
        : null,
    signatories: s.signatories,
    memo,
    notes,
  };
}

function buildMemo(wb: Workbook, opts: ReportOptions, measureList: string[], roundLine: string): MemoContent {
  const s = wb.settings;
  const count = measureList.length;
  return {
    division: s.memo.division || s.agencyName,
    phone: s.memo.phone,
    reference: s.memo.reference,
    // The round's own date when set, else the day the report was first generated (opts.today).
    date: formatThaiDate((opts.round === 'FY' && opts.preset.kind === 'report' ? s.memo.dateFY : s.memo.date) ?? opts.today),
    subject: fill(REPORT.memoSubjectText, { year: opts.fiscalYear, round: opts.preset.kind === 'report' ? ` ${roundLine}` : '' }),
    to: s.memo.to || fill(REPORT.memoToDefault, { agency: s.agencyName }),
    body: openingParagraphs(s, opts.fiscalYear, count, wb.itaResults),
    measureList,
    attachment: REPORT.memoAttachment,
    closing: memoClosing(s),
    approval: approvalBlock(s),
  };
}
