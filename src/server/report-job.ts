/**
 * สร้างรายงาน: sheet rows → validated model → content → layout → Doc in the folder → its PDF beside
 * it → shared → the ITAS entry → one row in the report log.
 *
 * The document lock is held only to read the sheets (one consistent snapshot) and to record the
 * result, so staff's sidebar saves never wait behind the Docs and Drive work; while that runs, a
 * "report in progress" marker (report-marker.ts) stops a second generation of the same report.
 */
import { FISCAL_ROUNDS, type FiscalRound } from '../core/fiscal';
import { DRIVE_TEXT, fill, PUBLISH_TEXT, REPORT, ROUND_LABEL, SHEET } from '../core/labels';
import { COLUMN_CATALOG, CUSTOM_PRESET_ID, customPreset, findPreset, type ColumnKey, type ReportPreset } from '../core/presets';
import { describeProblem, UserFacingError, type Problem } from '../core/problems';
import { readWorkbook } from '../core/read-workbook';
import { buildReportContent } from '../core/report-content';
import { isBuddhistYear } from '../core/cells';
import { measuresForYear } from '../core/measure-scope';
import { buildReportLayout } from '../core/report-layout';
import { planParts, withPlanParts } from '../core/plan-content';
import { reportDocKey } from '../core/report-key';
import { itasEntry, type ItasEntry } from '../core/itas';
import { reportContentHash } from '../core/report-hash';
import type { LogEntry } from '../core/report-log';
import type { ReportContent } from '../core/report-content';
import { readYearSettings } from '../core/year-settings';
import { formatThaiDate } from '../core/thai';
import type { Workbook } from '../core/model';
import { checkReportSize } from '../core/doc-text';
import { writeReport } from './doc-writer';
import { readEmblem } from './emblem';
import { withDocumentLock } from './lock';
import { PDF_MIME } from './drive-v3';
import {
  AdoptionNeeded,
  currentUser,
  firstGeneratedOn,
  openReportDoc,
  recordFirstGenerated,
  resolveFolder,
  shareReport,
  writeReportPdf,
  type ReportPdf,
} from './report-files';
import { appendLogEntry } from './report-log';
import { clearMarker, liveMarker, setMarker } from './report-marker';
import { readRawWorkbook } from './sheet-repository';

export interface GenerateRequest {
  fiscalYear: number;
  round: FiscalRound;
  presetId: string;
  /** Column keys, for the custom preset; the settings' list when absent. */
  columns?: ColumnKey[];
  includeMemo?: boolean;
}

export type GenerateResult =
  | {
      ok: true;
      url: string;
      name: string;
      status: 'new' | 'updated' | 'replaced';
      /** The PDF beside the Doc (the file to publish); null when this user's add-on cannot make it yet. */
      pdf: { url: string; status: 'new' | 'updated' | 'replaced' } | null;
      /** What to enter in ITAS for the report's OIT item. */
      itas: ItasEntry;
      folderUrl: string;
      sharedWith: string[];
      publicLink: boolean;
      measureCount: number;
      notes: string[];
      /** This user's add-on cannot rename or share the files yet: offer the Picker (menuAdoptReportFiles). */
      offerPicker: boolean;
    }
  | { ok: false; message: string; problems: string[]; offerPicker: boolean };

const MAX_LISTED = 30;

function failure(message: string, problems: Problem[] = [], offerPicker = false): GenerateResult {
  const lines = problems.slice(0, MAX_LISTED).map(describeProblem);
  if (problems.length > MAX_LISTED) lines.push(`… และอีก ${problems.length - MAX_LISTED} รายการ`);
  return { ok: false, message, problems: lines, offerPicker };
}

/** The dialog's column keys, checked once here: anything else is refused by name. */
export function parseColumnKeys(raw: unknown): ColumnKey[] {
  if (raw === undefined || raw === null) return [];
  const list: unknown[] = Array.isArray(raw) ? raw : [raw];
  const unknown = list.filter((k) => typeof k !== 'string' || !Object.prototype.hasOwnProperty.call(COLUMN_CATALOG, k));
  if (unknown.length) throw new UserFacingError(`ไม่รู้จักคอลัมน์ ${unknown.map((u) => `"${String(u)}"`).join(', ')} ในรูปแบบ "กำหนดเอง"`);
  return list as ColumnKey[];
}

function resolvePreset(req: GenerateRequest, wb: Workbook): ReportPreset {
  if (req.presetId === CUSTOM_PRESET_ID) {
    const keys = parseColumnKeys(req.columns);
    const spec = keys.length ? keys : wb.settings.customColumns;
    const { preset, unknown } = customPreset(spec);
    if (unknown.length) {
      throw new UserFacingError(
        `ไม่รู้จักคอลัมน์ ${unknown.map((u) => `"${u}"`).join(', ')} ในรูปแบบ "กำหนดเอง" (ชีต "${SHEET.settings}" แถว "คอลัมน์ของรูปแบบ")`,
      );
    }
    if (!preset.columns.length) throw new UserFacingError('รูปแบบ "กำหนดเอง" ยังไม่มีคอลัมน์ — เลือกอย่างน้อย 1 คอลัมน์');
    return preset;
  }
  const preset = findPreset(req.presetId);
  if (!preset) throw new UserFacingError(`ไม่รู้จักรูปแบบตาราง "${req.presetId}"`);
  return preset;
}

function checkRequest(req: GenerateRequest): void {
  if (!isBuddhistYear(req.fiscalYear)) {
    throw new UserFacingError(`ปีงบประมาณ "${String(req.fiscalYear)}" ไม่ถูกต้อง — ใช้ปี พ.ศ. 4 หลัก เช่น 2568`);
  }
  if (!FISCAL_ROUNDS.includes(req.round)) throw new UserFacingError(`รอบการรายงาน "${String(req.round)}" ไม่ถูกต้อง`);
}

const BUSY = 'มีผู้อื่นกำลังสร้างรายงานหรือตั้งค่าชีตอยู่ — รอสักครู่แล้วลองใหม่';
/** Reading the sheets and recording the result are short: a sidebar save waits at most 10 s for them. */
const LOCK_WAIT_MS = 30000;

function messageOf(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
}

function failureFrom(e: unknown): GenerateResult {
  if (e instanceof UserFacingError) return failure(e.message, e.problems, e instanceof AdoptionNeeded);
  // Google-side failures (quota, a Doc being edited, a service hiccup): said in Thai, with the
  // original text for whoever supports the agency. The sheets were only read, so nothing is lost.
  return failure(`สร้างรายงานไม่สำเร็จ — ข้อมูลในชีตไม่เปลี่ยนแปลง ลองใหม่อีกครั้งในอีกสักครู่ ถ้ายังไม่ได้ ให้แจ้งผู้ดูแลพร้อมข้อความนี้: ${messageOf(e)}`);
}

/** One consistent read of the sheets, taken under the lock; everything after it works on this. */
interface Snapshot {
  workbook: Workbook;
  preset: ReportPreset;
  key: string;
  years: ReturnType<typeof readYearSettings>;
}

/** The report's content for a request, from a workbook: the job and the stale check build it the same way. */
export function buildContentFor(req: GenerateRequest, workbook: Workbook, preset: ReportPreset, now: Date): ReportContent {
  return buildReportContent(workbook, {
    fiscalYear: req.fiscalYear,
    round: req.round,
    preset,
    includeMemo: req.includeMemo ?? workbook.settings.memo.enabled,
    today: now,
  });
}

/** What a plan prints besides its content (last year's result, the analysis); nothing for a report. */
function planFacts(preset: ReportPreset, workbook: Workbook, year: number): unknown {
  return preset.kind === 'plan' ? planParts(workbook, year) : undefined;
}

/** The hash of the report a request would make now, or null when it cannot be made (bad data, unknown preset). */
export function contentHashFor(req: GenerateRequest, workbook: Workbook, now: Date): string | null {
  try {
    const preset = resolvePreset(req, workbook);
    if (!measuresForYear(workbook.measures, req.fiscalYear).length) return null;
    return reportContentHash(buildContentFor(req, workbook, preset, now), planFacts(preset, workbook, req.fiscalYear));
  } catch {
    return null;
  }
}

export function generateReport(req: GenerateRequest, now: Date = new Date()): GenerateResult {
  const me = currentUser();
  const log: LogEntry = {
    at: now,
    by: me,
    fiscalYear: Number.isInteger(req.fiscalYear) ? req.fiscalYear : 0,
    round: FISCAL_ROUNDS.includes(req.round) ? req.round : 'H1',
    presetId: String(req.presetId),
    ...(Array.isArray(req.columns) ? { columns: req.columns } : {}),
    kind: null,
    measureCount: null,
    docUrl: '',
    pdfUrl: '',
    status: 'failed',
    message: '',
    itas: '',
    contentHash: '',
  };
  const props = PropertiesService.getDocumentProperties();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const start = withDocumentLock<{ fail: GenerateResult }, { fail: GenerateResult } | { snap: Snapshot }>(
    LOCK_WAIT_MS,
    () => ({ fail: failure(BUSY) }),
    () => {
      try {
        const read = readSnapshot(req);
        if ('fail' in read) return read;
        const { snap } = read;
        log.kind = snap.preset.kind;
        const running = liveMarker(props, snap.key, now);
        if (running) {
          const since = new Date(running.since);
          const when = `${formatThaiDate(since)} ${String(since.getHours()).padStart(2, '0')}:${String(since.getMinutes()).padStart(2, '0')} น.`;
          return { fail: failure(fill(PUBLISH_TEXT.inProgress, { who: running.who || DRIVE_TEXT.unknownUser, since: when })) };
        }
        setMarker(props, { who: me, key: snap.key, since: now.toISOString() });
        return { snap };
      } catch (e) {
        return { fail: failureFrom(e) };
      }
    },
  );
  let result: GenerateResult;
  if ('fail' in start) result = start.fail;
  else {
    try {
      result = makeReport(req, start.snap, props, me, now, log);
    } catch (e) {
      result = failureFrom(e);
    }
  }
  record(ss, props, 'snap' in start ? start.snap.key : null, log, result);
  return result;
}

/** Records the attempt in the log under the lock and takes the marker down (even when the log cannot be written). */
function record(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  key: string | null,
  log: LogEntry,
  result: GenerateResult,
): void {
  try {
    if (result.ok) {
      log.status = result.status;
      log.measureCount = result.measureCount;
      log.docUrl = result.url;
      log.pdfUrl = result.pdf?.url ?? '';
      log.itas = result.itas.line;
      log.message = result.notes.join('\n');
    } else {
      log.message = [result.message, ...result.problems].join('\n');
    }
    withDocumentLock(
      LOCK_WAIT_MS,
      () => {
        if (result.ok) result.notes.push(PUBLISH_TEXT.logBusy);
      },
      () => appendLogEntry(ss, log),
    );
  } finally {
    if (key) clearMarker(props, key);
  }
}

function readSnapshot(req: GenerateRequest): { snap: Snapshot } | { fail: GenerateResult } {
  checkRequest(req);
  const raw = readRawWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  const { workbook, problems } = readWorkbook(raw);
  if (problems.length) return { fail: failure(`พบข้อมูลที่ต้องแก้ก่อนสร้างรายงาน ${problems.length} รายการ`, problems) };
  const preset = resolvePreset(req, workbook);
  const key = reportDocKey(req.fiscalYear, preset.kind, req.round);
  return { snap: { workbook, preset, key, years: readYearSettings(raw[SHEET.yearSettings]) } };
}

function makeReport(
  req: GenerateRequest,
  snap: Snapshot,
  props: GoogleAppsScript.Properties.Properties,
  me: string,
  now: Date,
  log: LogEntry,
): GenerateResult {
  const { workbook, preset, key } = snap;
  const count = measuresForYear(workbook.measures, req.fiscalYear).length;
  if (!count) {
    const years = [...new Set(workbook.measures.map((m) => m.fiscalYear))].sort();
    return failure(
      `ไม่มีมาตรการของปีงบประมาณ ${req.fiscalYear} ในชีต "${SHEET.measures}"` +
        (years.length ? ` (มีของปี ${years.join(', ')})` : ' — เพิ่มมาตรการในชีตก่อน'),
    );
  }
  // The memo is dated the day this report was first generated (unless ตั้งค่า sets the round's date).
  const memoDay = firstGeneratedOn(props, key, now);
  const content = buildContentFor(req, workbook, preset, memoDay);
  log.includeMemo = req.includeMemo ?? workbook.settings.memo.enabled;
  log.contentHash = reportContentHash(content, planFacts(preset, workbook, req.fiscalYear));
  // The memo's ครุฑ, from the Doc ตั้งค่า names; without it the memo is made without the emblem.
  const emblem = content.memo ? readEmblem(workbook.settings.memo.emblemDocId) : null;
  const reportLayout = buildReportLayout(content, { thaiDigits: workbook.settings.thaiDigits, emblem: Boolean(emblem?.blob) });
  // The plan (preset 002) gets last year's ITA result and the analysis after its title (issue 11).
  const layout =
    preset.kind === 'plan' ? withPlanParts(reportLayout, workbook, req.fiscalYear, snap.years.get(req.fiscalYear)) : reportLayout;
  // Before any folder or Doc is created: a report larger than a Doc holds is refused whole.
  checkReportSize(layout);
  const driveNotes: string[] = [];
  const folder = resolveFolder(workbook.settings, props, me, driveNotes);
  const report = openReportDoc(key, layout.fileName, folder, props, me, driveNotes);
  const docNotes = writeReport(report.doc, layout, emblem?.blob ? { blob: emblem.blob, aspect: emblem.aspect } : undefined);
  recordFirstGenerated(props, key, memoDay);
  // Opened again after the writer's saveAndClose and batchUpdate, so the export sees the finished Doc.
  // A PDF this user's add-on cannot reach (another coordinator's) is left as it is, with a note.
  const blob = DocumentApp.openById(report.id).getAs(PDF_MIME);
  const pdf: ReportPdf | null = writeReportPdf(key, layout.fileName, blob, folder, props, me, driveNotes);
  const sharing = shareReport(report, folder, workbook.settings, me, pdf);
  const notes = [...driveNotes, ...docNotes, ...content.notes, ...sharing.warnings, ...(emblem?.note ? [emblem.note] : [])];
  if (reportLayout.tooNarrow) notes.push(REPORT.columnsTooNarrow);
  if (report.status === 'replaced')
    notes.unshift(fill(DRIVE_TEXT.docReplaced, { round: preset.kind === 'plan' ? '' : ROUND_LABEL[req.round] }));
  const itas = itasEntry({
    fiscalYear: req.fiscalYear,
    kind: preset.kind,
    round: req.round,
    year: snap.years.get(req.fiscalYear),
    pdfUrl: pdf?.reachable ? pdf.url : '',
    publicLink: sharing.publicLink,
  });
  return {
    ok: true,
    url: report.url,
    name: layout.fileName,
    status: report.status,
    pdf: pdf ? { url: pdf.url, status: pdf.status } : null,
    itas,
    folderUrl: folder.url,
    sharedWith: sharing.added,
    publicLink: sharing.publicLink,
    measureCount: count,
    notes,
    offerPicker: !report.reachable || !folder.reachable,
  };
}
