/** The validated domain model: what the sheets mean once read and checked. */
import type { FiscalRound } from './fiscal';
import type { ItaYearResult } from './ita-result';
import type { ItaAnalysis } from './ita-analysis';

export type Status = 'not_started' | 'in_progress' | 'done';
export const STATUSES: readonly Status[] = ['not_started', 'in_progress', 'done'];

/** A measure (มาตรการ / โครงการ / กิจกรรม): one row of the measures sheet. */
export interface Measure {
  id: string;
  fiscalYear: number;
  order: number;
  /** The analysis heading the measure is grouped under ('' = none). */
  section: string;
  /** ITA indicator / item tags such as "ตัวชี้วัดที่ 9, O9, E6". */
  itaTags: string;
  issue: string;
  title: string;
  steps: string;
  responsible: string;
  period: string;
  monitoring: string;
  /** What the target counts, e.g. "ผู้เข้าร่วมกิจกรรม". */
  targetLabel: string;
  target: number | null;
  targetUnit: string;
  archived: boolean;
  version: number;
  /** The measure of an earlier year this one was carried over from ('' = none); optional for hand-built objects. */
  fromId?: string;
  /** Marked "ต่อเนื่อง": offered for carry-over into the next year even when done. */
  continuing?: boolean;
  /** 1-based sheet row, for messages and edits; never an identity. */
  row: number;
}

/** The progress of one measure in one reporting round: one row of the progress sheet. */
export interface ProgressEntry {
  measureId: string;
  round: FiscalRound;
  status: Status;
  result: string;
  outcome: string;
  actual: number | null;
  suggestions: string;
  evidence: string[];
  updatedBy: string;
  updatedAt: Date | null;
  version: number;
  row: number;
}

export type ShareRole = 'viewer' | 'commenter';

export interface Signatory {
  name: string;
  position: string;
}

export interface MemoSettings {
  enabled: boolean;
  division: string;
  phone: string;
  reference: string;
  date: Date | null;
  /** The 12-month round's memo date; `date` is the 6-month round's and the plan's. */
  dateFY: Date | null;
  to: string;
  /** What the memo asks (memo-approval.ts): for information, or approval to publish; absent = for information. */
  purpose?: 'inform' | 'approve';
  /** The Google Doc whose first image is the agency's ครุฑ (ตั้งค่า, link or ID); absent or '' = none. */
  emblemDocId?: string;
}

export interface Settings {
  agencyName: string;
  agencyType: string;
  district: string;
  province: string;
  fiscalYear: number;
  lastScore: number | null;
  lastGrade: string;
  reportFolderId: string;
  executives: string[];
  /** Who may add, edit, reorder and archive measures in the sidebar; empty = every editor. */
  coordinators: string[];
  shareRole: ShareRole;
  publicLink: boolean;
  thaiDigits: boolean;
  /** Measures under a section row numbered 1.1, 1.2 … (default) or not at all; optional for hand-built settings. */
  subNumbering?: boolean;
  defaultPreset: string;
  customColumns: string;
  signatories: Signatory[];
  memo: MemoSettings;
}

export interface Workbook {
  settings: Settings;
  measures: Measure[];
  progress: ProgressEntry[];
  units: string[];
  /** ผลการประเมิน ITA computed per assessed year (absent: the sheet was not read). */
  itaResults?: ReadonlyMap<number, ItaYearResult>;
  /** การวิเคราะห์ผล ITA by analysisKey(plan year, heading) (absent: the sheet was not read). */
  itaAnalysis?: ReadonlyMap<string, ItaAnalysis>;
}
