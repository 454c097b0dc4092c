/**
 * The report log (ประวัติการสร้างรายงาน): one entry per generation attempt, and what it tells —
 * which reports were made from data that has changed since ("ข้อมูลเปลี่ยนหลังสร้างรายงานเมื่อ …").
 */
import { FISCAL_ROUNDS, type FiscalRound } from './fiscal';
import { fill, NO, PUBLISH_TEXT, ROUND_LABEL, YES } from './labels';
import { parseYesNo } from './cells';
import { CUSTOM_PRESET_ID, type ColumnKey } from './presets';
import { reportDocKey, type ReportKind } from './report-key';
import { isBlank, mapColumns, type Cell, type RawSheet } from './read-workbook';
import { REPORT_LOG_COLUMNS, type ReportLogKey } from './schema';
import { formatThaiDate } from './thai';

export type LogStatus = 'new' | 'updated' | 'replaced' | 'failed';

/** What regenerating the same report needs: the dialog's request. */
export interface LoggedRequest {
  fiscalYear: number;
  round: FiscalRound;
  presetId: string;
  /** The custom preset's columns, as they were. */
  columns?: ColumnKey[];
  /** Whether the บันทึกข้อความ was attached (it is part of the report's content). */
  includeMemo?: boolean;
}

export interface LogEntry extends LoggedRequest {
  at: Date;
  by: string;
  kind: ReportKind | null;
  measureCount: number | null;
  docUrl: string;
  pdfUrl: string;
  status: LogStatus;
  message: string;
  itas: string;
  contentHash: string;
}

const CUSTOM_SEP = ': ';

/** The preset cell: "001", or "กำหนดเอง: issue, title, …" so the custom columns can be asked for again. */
export function presetCell(req: LoggedRequest): string {
  return req.presetId === CUSTOM_PRESET_ID && req.columns?.length
    ? `${CUSTOM_PRESET_ID}${CUSTOM_SEP}${req.columns.join(', ')}`
    : req.presetId;
}

function roundCell(kind: ReportKind | null, round: FiscalRound): string {
  return kind === 'plan' ? PUBLISH_TEXT.planRound : ROUND_LABEL[round];
}

/** The cells of one log row, by column key (the writer places them by header). */
export function logRowCells(e: LogEntry): Record<ReportLogKey, Cell> {
  return {
    at: e.at,
    by: e.by,
    fiscalYear: e.fiscalYear,
    round: roundCell(e.kind, e.round),
    preset: presetCell(e),
    memo: e.includeMemo === undefined ? '' : e.includeMemo ? YES : NO,
    measureCount: e.measureCount ?? '',
    docUrl: e.docUrl,
    pdfUrl: e.pdfUrl,
    status: PUBLISH_TEXT.status[e.status],
    message: e.message,
    itas: e.itas,
    contentHash: e.contentHash,
  };
}

function statusOf(text: string): LogStatus | null {
  const found = (Object.keys(PUBLISH_TEXT.status) as LogStatus[]).find((k) => PUBLISH_TEXT.status[k] === text);
  return found ?? null;
}

/** The log's rows back as entries; a row the add-on could not have written (edited by hand) is skipped. */
export function readLog(raw: RawSheet | null | undefined): LogEntry[] {
  if (!raw || raw.values.length < 2) return [];
  const { index } = mapColumns(raw.values[0], REPORT_LOG_COLUMNS);
  const get = (row: readonly Cell[], k: ReportLogKey): Cell => (index[k] < 0 ? '' : (row[index[k]] ?? ''));
  const text = (row: readonly Cell[], k: ReportLogKey): string => (isBlank(get(row, k)) ? '' : String(get(row, k)).trim());
  const out: LogEntry[] = [];
  for (const row of raw.values.slice(1)) {
    const at = get(row, 'at');
    const year = Number(get(row, 'fiscalYear'));
    const status = statusOf(text(row, 'status'));
    if (!(at instanceof Date) || !Number.isInteger(year) || !status) continue;
    const roundText = text(row, 'round');
    const kind: ReportKind | null = roundText === PUBLISH_TEXT.planRound ? 'plan' : status === 'failed' ? null : 'report';
    const round = FISCAL_ROUNDS.find((r) => ROUND_LABEL[r] === roundText) ?? 'H1';
    const preset = text(row, 'preset');
    const custom = preset.startsWith(CUSTOM_PRESET_ID + CUSTOM_SEP);
    const count = get(row, 'measureCount');
    const memo = parseYesNo(get(row, 'memo'));
    out.push({
      at,
      by: text(row, 'by'),
      fiscalYear: year,
      round,
      kind,
      presetId: custom ? CUSTOM_PRESET_ID : preset,
      ...(custom ? { columns: preset.slice(CUSTOM_PRESET_ID.length + CUSTOM_SEP.length).split(/\s*,\s*/) as ColumnKey[] } : {}),
      ...(memo === null ? {} : { includeMemo: memo }),
      measureCount: typeof count === 'number' ? count : null,
      docUrl: text(row, 'docUrl'),
      pdfUrl: text(row, 'pdfUrl'),
      status,
      message: text(row, 'message'),
      itas: text(row, 'itas'),
      contentHash: text(row, 'contentHash'),
    });
  }
  return out;
}

export interface StaleReport {
  key: string;
  /** "ข้อมูลเปลี่ยนหลังสร้างรายงานเมื่อ …", naming the report. */
  message: string;
  name: string;
  at: string;
  docUrl: string;
  request: LoggedRequest;
}

/**
 * The reports whose Doc no longer matches the data: for each report Doc, the last successful
 * generation (what the Doc holds now), compared with the hash of the same report built now.
 * `hashNow` answers null when the report cannot be built now (bad data): not called stale.
 */
export function staleReports(entries: readonly LogEntry[], hashNow: (req: LoggedRequest) => string | null): StaleReport[] {
  const last = new Map<string, LogEntry>();
  for (const e of entries) {
    if (e.status === 'failed' || !e.kind || !e.contentHash) continue;
    const key = reportDocKey(e.fiscalYear, e.kind, e.round);
    const seen = last.get(key);
    if (!seen || seen.at.getTime() <= e.at.getTime()) last.set(key, e);
  }
  const out: StaleReport[] = [];
  for (const [key, e] of last) {
    const request: LoggedRequest = {
      fiscalYear: e.fiscalYear,
      round: e.round,
      presetId: e.presetId,
      ...(e.columns ? { columns: e.columns } : {}),
      ...(e.includeMemo === undefined ? {} : { includeMemo: e.includeMemo }),
    };
    const now = hashNow(request);
    if (now === null || now === e.contentHash) continue;
    const at = formatThaiDate(e.at) + ` ${String(e.at.getHours()).padStart(2, '0')}:${String(e.at.getMinutes()).padStart(2, '0')} น.`;
    const name = `${e.kind === 'plan' ? PUBLISH_TEXT.planRound : ROUND_LABEL[e.round]} ปีงบประมาณ ${e.fiscalYear}`;
    out.push({ key, name, at, docUrl: e.docUrl, request, message: `${name}: ${fill(PUBLISH_TEXT.stale, { when: at })}` });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
