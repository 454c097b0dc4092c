/**
 * ITA › ตรวจสอบการเชื่อมต่อกับ Google: the platform assumptions the add-on relies on, as data.
 * The server runs each check on scratch objects it removes afterwards; this module names the
 * checks, says what each result means in Thai, and turns a run into the text a coordinator
 * copies to whoever supports the agency.
 */
import { SELF_CHECK } from './labels';

/** The manifest's oauthScopes (appsscript.json; a test keeps the two the same). */
export const ADD_ON_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/userinfo.email',
] as const;

/** The checks, in the order they run and are shown. */
export const SELF_CHECK_IDS = [
  'scopes',
  'docsApi',
  'driveApi',
  'scratchFolder',
  'scratchDoc',
  'lineBreaks',
  'pinnedHeader',
  'landscape',
  'pdfExport',
  'plainText',
  'linkSharing',
  'email',
  'lock',
  'picker',
  'thaiSegmenter',
] as const;

export type SelfCheckId = (typeof SELF_CHECK_IDS)[number];

/** 'ok' ✓, 'fail' ✗ (the add-on will not work as built), 'warn' ! (works, with a limit to know), 'skip' – (needs a check that failed). */
export type SelfCheckStatus = 'ok' | 'fail' | 'warn' | 'skip';

export interface SelfCheckResult {
  id: SelfCheckId;
  label: string;
  status: SelfCheckStatus;
  /** What was found, in Thai. */
  detail: string;
  /** The platform's own words when something failed, for support. */
  error: string;
}

export interface SelfCheckReport {
  /** ISO time of the run. */
  at: string;
  user: string;
  results: SelfCheckResult[];
  /** Scratch objects that could not be removed (named so the user can delete them by hand). */
  leftovers: string[];
}

export const STATUS_MARK: Record<SelfCheckStatus, string> = { ok: '✓', fail: '✗', warn: '!', skip: '–' };

export function checkResult(id: SelfCheckId, status: SelfCheckStatus, detail: string, error = ''): SelfCheckResult {
  return { id, label: SELF_CHECK.labels[id], status, detail, error };
}

/** The error text of anything thrown, as Apps Script shows it. */
export function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}

/** The scopes the manifest asks for that the user has not granted (granular consent allows that). */
export function missingScopes(wanted: readonly string[], granted: readonly string[] | null): string[] {
  if (granted === null) return [];
  const have = new Set(granted);
  return wanted.filter((s) => !have.has(s));
}

export function summary(report: SelfCheckReport): string {
  const failed = report.results.filter((r) => r.status === 'fail').length;
  return failed ? SELF_CHECK.summaryFailed.replace('{n}', String(failed)) : SELF_CHECK.summaryOk;
}

/** Plain text of a run, one line per check plus the raw errors, for the copy button. */
export function selfCheckText(report: SelfCheckReport): string {
  const lines = [`${SELF_CHECK.title} — ${report.at} — ${report.user || '?'}`, summary(report), ''];
  for (const r of report.results) {
    lines.push(`${STATUS_MARK[r.status]} ${r.label}: ${r.detail}`);
    if (r.error) lines.push(`    ${r.error}`);
  }
  if (report.leftovers.length) lines.push('', `${SELF_CHECK.leftovers} ${report.leftovers.join(', ')}`);
  return lines.join('\n');
}

/**
 * The page count a PDF declares: its page objects ("/Type /Page"), else the page tree's /Count.
 * `bytes` is the PDF as one character per byte.
 */
export function pdfPageCount(bytes: string): number {
  const pages = bytes.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  if (pages) return pages;
  const count = /\/Count\s+(\d+)/.exec(bytes);
  return count ? Number(count[1]) : 0;
}
