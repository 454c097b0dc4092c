/**
 * Every Thai word the add-on shows or writes, in one place, so wording can be fixed once.
 * Sheet headers and setting names here are also how the add-on finds its columns and rows.
 */
import type { FiscalRound } from './fiscal';
import type { ShareRole, Status } from './model';

export const SHEET = {
  measures: 'มาตรการ',
  progress: 'ผลการดำเนินการ',
  settings: 'ตั้งค่า',
  units: 'หน่วยงาน',
} as const;

export const MENU = {
  title: 'ITA',
  setup: 'ตั้งค่าชีต (สร้าง/ซ่อมแซม)',
  generate: 'สร้างรายงาน…',
  sidebar: 'เปิดแถบติดตามมาตรการ',
  about: 'เกี่ยวกับ ITA Measures',
} as const;

export const ROUND_LABEL: Record<FiscalRound, string> = {
  H1: 'รอบ 6 เดือน',
  FY: 'รอบ 12 เดือน',
};

export const STATUS_LABEL: Record<Status, string> = {
  not_started: 'ยังไม่ดำเนินการ',
  in_progress: 'อยู่ระหว่างดำเนินการ',
  done: 'ดำเนินการแล้วเสร็จ',
};

export const SHARE_ROLE_LABEL: Record<ShareRole, string> = {
  viewer: 'ผู้อ่าน',
  commenter: 'ผู้แสดงความคิดเห็น',
};

export const YES = 'ใช่';
export const NO = 'ไม่ใช่';

export const AGENCY_TYPES = ['องค์การบริหารส่วนตำบล', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร', 'องค์การบริหารส่วนจังหวัด'] as const;

export const DEFAULT_UNITS = [
  'สำนักปลัด',
  'กองคลัง',
  'กองช่าง',
  'กองการศึกษา ศาสนาและวัฒนธรรม',
  'กองสาธารณสุขและสิ่งแวดล้อม',
  'กองสวัสดิการสังคม',
  'หน่วยตรวจสอบภายใน',
] as const;

export const DEFAULT_FOLDER_NAME = 'รายงาน ITA';

/** Text of the generated report. `{x}` marks are filled by the report builder. */
export const REPORT = {
  titleReport: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  titlePlan: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  fiscalYear: 'ประจำปีงบประมาณ พ.ศ. {year}',
  roundH1: 'รอบ 6 เดือน ({from} – {to})',
  roundFY: 'รอบ 12 เดือน ({from} – {to})',
  location: 'อำเภอ{district} จังหวัด{province}',
  itaFull: 'คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and Transparency Assessment: ITA)',
  openingScore:
    'ตามที่{agency}ได้ดำเนินการวิเคราะห์ผลการประเมิน{ita} ประจำปีงบประมาณ พ.ศ. {lastYear} ซึ่งมีคะแนน {score} คะแนน จากคะแนนเต็ม 100 คะแนน{grade} นั้น',
  openingNoScore: 'ตามที่{agency}ได้ดำเนินการวิเคราะห์ผลการประเมิน{ita} ประจำปีงบประมาณ พ.ศ. {lastYear} นั้น',
  grade: ' โดยมีผลการประเมินระดับ {grade}',
  openingMeasures:
    '{agency}จึงได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year} และขับเคลื่อนสู่การปฏิบัติอย่างเป็นรูปธรรม จำนวน {count} มาตรการ ดังนี้',
  openingPlan:
    'จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {lastYear} นำมาสู่การกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานของ{agency} ประจำปีงบประมาณ พ.ศ. {year} จำนวน {count} มาตรการ ดังนี้',
  detailsIntro: 'โดยมีรายละเอียดผลการดำเนินการ{round} ดังนี้',
  detailsIntroPlan: 'โดยมีรายละเอียดมาตรการ ดังนี้',
  summaryHeading: 'สรุปผลการดำเนินการ',
  summary:
    'มาตรการทั้งหมด {total} มาตรการ ดำเนินการแล้วเสร็จ {done} มาตรการ คิดเป็นร้อยละ {donePct} อยู่ระหว่างดำเนินการ {inProgress} มาตรการ คิดเป็นร้อยละ {inProgressPct} และยังไม่ดำเนินการ {notStarted} มาตรการ คิดเป็นร้อยละ {notStartedPct}',
  figure: '{label} {actual} {unit} คิดเป็นร้อยละ {pct} ของกลุ่มเป้าหมาย ({target} {unit})',
  figureDefaultLabel: 'ผลการดำเนินการ',
  evidence: 'หลักฐาน: {links}',
  memoTitle: 'บันทึกข้อความ',
  memoDivision: 'ส่วนราชการ',
  memoPhone: 'โทร.',
  memoRef: 'ที่',
  memoDate: 'วันที่',
  memoSubject: 'เรื่อง',
  memoTo: 'เรียน',
  memoSubjectText: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {year}{round}',
  memoToDefault: 'นายก{agency}',
  memoAttachment: 'รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย',
  memoClosing: 'จึงเรียนมาเพื่อโปรดทราบ',
  fileName: 'รายงานมาตรการ ITA {agency} ปีงบประมาณ {year} {round}',
  fileNamePlan: 'มาตรการ ITA {agency} ปีงบประมาณ {year}',
} as const;

/** Fill `{name}` marks in a label. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in values ? String(values[k]) : `{${k}}`));
}
