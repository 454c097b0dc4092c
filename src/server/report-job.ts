/** สร้างรายงาน: sheet rows → validated model → content → layout → Doc in the folder, shared. */
import { FISCAL_ROUNDS, type FiscalRound } from '../core/fiscal';
import { DRIVE_TEXT, fill, ROUND_LABEL, SHEET } from '../core/labels';
import { COLUMN_CATALOG, CUSTOM_PRESET_ID, customPreset, findPreset, type ColumnKey, type ReportPreset } from '../core/presets';
import { describeProblem, UserFacingError, type Problem } from '../core/problems';
import { readWorkbook } from '../core/read-workbook';
import { buildReportContent, measuresForYear } from '../core/report-content';
import { buildReportLayout } from '../core/report-layout';
import { reportDocKey } from '../core/report-key';
import type { Workbook } from '../core/model';
import { checkReportSize } from '../core/doc-text';
import { writeReport } from './doc-writer';
import { withDocumentLock } from './lock';
import { AdoptionNeeded, currentUser, openReportDoc, resolveFolder, shareReport } from './report-files';
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
  if (!Number.isInteger(req.fiscalYear) || req.fiscalYear < 2400 || req.fiscalYear > 2700) {
    throw new UserFacingError(`ปีงบประมาณ "${String(req.fiscalYear)}" ไม่ถูกต้อง — ใช้ปี พ.ศ. 4 หลัก เช่น 2568`);
  }
  if (!FISCAL_ROUNDS.includes(req.round)) throw new UserFacingError(`รอบการรายงาน "${String(req.round)}" ไม่ถูกต้อง`);
}

const BUSY = 'มีผู้อื่นกำลังสร้างรายงานหรือตั้งค่าชีตอยู่ — รอสักครู่แล้วลองใหม่';

export function generateReport(req: GenerateRequest, now: Date = new Date()): GenerateResult {
  return withDocumentLock(
    30000,
    () => failure(BUSY),
    () => {
      try {
        return generate(req, now);
      } catch (e) {
        if (e instanceof UserFacingError) return failure(e.message, e.problems, e instanceof AdoptionNeeded);
        // Google-side failures (quota, a Doc being edited, a service hiccup): said in Thai, with the
        // original text for whoever supports the agency. The sheets were only read, so nothing is lost.
        const detail = e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
        return failure(`สร้างรายงานไม่สำเร็จ — ข้อมูลในชีตไม่เปลี่ยนแปลง ลองใหม่อีกครั้งในอีกสักครู่ ถ้ายังไม่ได้ ให้แจ้งผู้ดูแลพร้อมข้อความนี้: ${detail}`);
      }
    },
  );
}

function generate(req: GenerateRequest, now: Date): GenerateResult {
  checkRequest(req);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { workbook, problems } = readWorkbook(readRawWorkbook(ss));
  if (problems.length) return failure(`พบข้อมูลที่ต้องแก้ก่อนสร้างรายงาน ${problems.length} รายการ`, problems);
  const preset = resolvePreset(req, workbook);
  const count = measuresForYear(workbook.measures, req.fiscalYear).length;
  if (!count) {
    const years = [...new Set(workbook.measures.map((m) => m.fiscalYear))].sort();
    return failure(
      `ไม่มีมาตรการของปีงบประมาณ ${req.fiscalYear} ในชีต "${SHEET.measures}"` +
        (years.length ? ` (มีของปี ${years.join(', ')})` : ' — เพิ่มมาตรการในชีตก่อน'),
    );
  }
  const content = buildReportContent(workbook, {
    fiscalYear: req.fiscalYear,
    round: req.round,
    preset,
    includeMemo: req.includeMemo ?? workbook.settings.memo.enabled,
    today: now,
  });
  const layout = buildReportLayout(content, { thaiDigits: workbook.settings.thaiDigits });
  // Before any folder or Doc is created: a report larger than a Doc holds is refused whole.
  checkReportSize(layout);
  const props = PropertiesService.getDocumentProperties();
  const me = currentUser();
  const driveNotes: string[] = [];
  const folder = resolveFolder(workbook.settings, props, me, driveNotes);
  const key = reportDocKey(req.fiscalYear, preset.kind, req.round);
  const report = openReportDoc(key, layout.fileName, folder, props, me, driveNotes);
  const docNotes = writeReport(report.doc, layout);
  const sharing = shareReport(report, folder, workbook.settings, me);
  const notes = [...driveNotes, ...docNotes, ...content.notes, ...sharing.warnings];
  if (report.status === 'replaced')
    notes.unshift(fill(DRIVE_TEXT.docReplaced, { round: preset.kind === 'plan' ? '' : ROUND_LABEL[req.round] }));
  return {
    ok: true,
    url: report.url,
    name: layout.fileName,
    status: report.status,
    folderUrl: folder.url,
    sharedWith: sharing.added,
    publicLink: sharing.publicLink,
    measureCount: count,
    notes,
    offerPicker: !report.reachable || !folder.reachable,
  };
}
