/**
 * What the coordinator enters in the NACC's ITAS system for the report's OIT item: "มี", the URL
 * assessors open, and a Thai line saying what is there. The URL is the year's website link from
 * ค่ากำหนดรายปี when filled; else the PDF's own link, but only when link sharing is on (otherwise
 * assessors could not open it); else there is no URL and the coordinator is told to upload the PDF.
 */
import type { FiscalRound } from './fiscal';
import { fill, PUBLISH_TEXT, ROUND_LABEL } from './labels';
import type { ReportKind } from './report-key';
import { thaiDigitsInText } from './thai';
import type { YearSetting } from './year-settings';

export interface ItasEntry {
  /** The OIT item (e.g. "O35"); '' when ค่ากำหนดรายปี has none for the year. */
  item: string;
  answer: string;
  url: string;
  explanation: string;
  /** One line for the log: item, answer, explanation. */
  line: string;
  /** What is missing and how to fix it ('' when the entry is complete). */
  hints: string[];
}

export interface ItasInput {
  fiscalYear: number;
  kind: ReportKind;
  round: FiscalRound;
  year: YearSetting | undefined;
  pdfUrl: string;
  publicLink: boolean;
}

export function itasEntry(input: ItasInput): ItasEntry {
  const { year, kind } = input;
  const item = (kind === 'plan' ? year?.planItem : year?.reportItem) ?? '';
  const site = (kind === 'plan' ? year?.planUrl : year?.reportUrl) ?? '';
  const url = site || (input.publicLink && input.pdfUrl ? input.pdfUrl : '');
  const title = kind === 'plan' ? PUBLISH_TEXT.itasPlanTitle : PUBLISH_TEXT.itasReportTitle;
  const round = kind === 'plan' ? '' : ` ${ROUND_LABEL[input.round]}`;
  const vars = { title, round, year: input.fiscalYear, url };
  // Thai digits in the sentence; thaiDigitsInText leaves the URL as it is (assessors click it).
  const explanation = thaiDigitsInText(fill(url ? PUBLISH_TEXT.itasExplain : PUBLISH_TEXT.itasExplainNoUrl, vars));
  const hints: string[] = [];
  if (!item) hints.push(fill(PUBLISH_TEXT.itasNoItem, { year: input.fiscalYear }));
  if (!url) hints.push(PUBLISH_TEXT.itasUpload);
  const line = item ? fill(PUBLISH_TEXT.itasLine, { item, explain: explanation }) : `${PUBLISH_TEXT.itasHave} — ${explanation}`;
  return { item, answer: PUBLISH_TEXT.itasHave, url, explanation, line, hints };
}
