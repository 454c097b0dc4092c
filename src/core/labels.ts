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
  /** One row per fiscal year: the OIT item codes, the website links (issue 11 adds weights and level rules). */
  yearSettings: 'ค่ากำหนดรายปี',
  /** One row per fiscal year and ITA indicator: the result the NACC published (issue 11). */
  itaResults: 'ผลการประเมิน ITA',
  /** One row per plan year and analysis heading: findings, strengths, weaknesses (issue 11). */
  itaAnalysis: 'การวิเคราะห์ผล ITA',
} as const;

/** The report log: written by สร้างรายงาน, one row per attempt; not part of the workbook snapshot. */
export const LOG_SHEET = 'ประวัติการสร้างรายงาน';

export const MENU = {
  title: 'ITA',
  setup: 'ตั้งค่าชีต (สร้าง/ซ่อมแซม)',
  generate: 'สร้างรายงาน…',
  sidebar: 'เปิดแถบติดตามมาตรการ',
  about: 'เกี่ยวกับ ITA Measures',
  picker: 'เลือกโฟลเดอร์/ไฟล์รายงานใน Google Drive…',
  selfCheck: 'ตรวจสอบการเชื่อมต่อกับ Google',
  newYear: 'เริ่มปีงบประมาณใหม่…',
  plan: 'สร้างแผนมาตรการ…',
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
  // The summary leaves out zero counts: each part is added only when its count is not 0.
  summaryTotal: 'มาตรการทั้งหมด {total} มาตรการ',
  summaryDone: 'ดำเนินการแล้วเสร็จ {n} มาตรการ คิดเป็นร้อยละ {pct}',
  summaryInProgress: 'อยู่ระหว่างดำเนินการ {n} มาตรการ คิดเป็นร้อยละ {pct}',
  summaryNotStarted: 'ยังไม่ดำเนินการ {n} มาตรการ คิดเป็นร้อยละ {pct}',
  summaryAnd: 'และ',
  /** The result cell of a measure with no entry for the round (after the 12-month fallback). */
  noResultThisRound: 'ยังไม่มีรายงานผลในรอบนี้',
  signLine: 'ลงชื่อ',
  columnsTooNarrow:
    'ตารางมีคอลัมน์มากเกินกว่าจะพิมพ์คำยาวในแต่ละคอลัมน์ได้ครบบน A4 แนวนอน — รายงานยังสร้างได้ แต่บางคำจะถูกตัดขึ้นบรรทัดใหม่กลางคำ ควรลดจำนวนคอลัมน์',
  figure: '{label} {actual} {unit} คิดเป็นร้อยละ {pct} ของกลุ่มเป้าหมาย ({target} {unit})',
  figureDefaultLabel: 'ผลการดำเนินการ',
  evidence: 'หลักฐาน: {links}',
  memoTitle: 'บันทึกข้อความ',
  /** Notes when the ตั้งค่า names a Doc for the ครุฑ but it cannot be used: the memo is made without it. */
  emblemUnreadable: 'บันทึกข้อความไม่มีตราครุฑ: เปิดเอกสาร "{id}" ที่ระบุในชีตตั้งค่า (บันทึกข้อความ: เอกสารที่มีตราครุฑ) ไม่ได้ — ตรวจลิงก์และสิทธิ์เข้าถึงเอกสาร',
  emblemMissing: 'บันทึกข้อความไม่มีตราครุฑ: ไม่พบรูปภาพในเนื้อหาหรือส่วนหัวของเอกสาร "{id}" ที่ระบุในชีตตั้งค่า (บันทึกข้อความ: เอกสารที่มีตราครุฑ)',
  emblemUnusable: 'บันทึกข้อความไม่มีตราครุฑ: ใส่รูปจากเอกสาร "{id}" ไม่ได้ ({reason})',
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

/** The report dialog's "custom" choice: the only place its wording lives. */
export const CUSTOM_PRESET_LABEL = 'กำหนดเอง — เลือกและเรียงคอลัมน์เอง';

/**
 * What the add-on says about Drive. Under drive.file a 404 means "missing, or never given to this
 * add-on for this user", so the messages name who created the file and how to adopt it.
 */
export const DRIVE_TEXT = {
  notEnabled:
    'ส่วนเสริมยังไม่ได้เปิดบริการ Drive (Drive API ขั้นสูง) — ผู้ดูแลส่วนเสริมต้องเปิดบริการ Drive v3 ในไฟล์ appsscript.json และเปิด Google Drive API ในโปรเจกต์ Google Cloud',
  apiOff:
    'เข้าถึง Google Drive ไม่ได้ — Google Drive API ถูกปิดในโปรเจกต์ Google Cloud ของส่วนเสริม หรือผู้ดูแลระบบ Google Workspace ขององค์กรปิดการใช้แอปกับ Drive (Drive SDK) ให้แจ้งผู้ดูแลระบบ',
  adoptHint: `เลือกโฟลเดอร์และไฟล์รายงานผ่านเมนู ITA › ${MENU.picker}`,
  settingsFolderUnreachable:
    'เปิดโฟลเดอร์รายงาน "{id}" (ชีต "ตั้งค่า" แถว "โฟลเดอร์รายงาน") ไม่ได้ — ไม่มีโฟลเดอร์นี้ หรือยังไม่ได้ให้สิทธิ์ส่วนเสริมสำหรับบัญชีนี้ ' +
    '({adopt}) หรือล้างช่องนี้ให้ว่าง แล้วระบบจะสร้างโฟลเดอร์ "รายงาน ITA" ให้',
  folderUnreachable:
    'โฟลเดอร์รายงานสร้างโดย {creator} — ส่วนเสริมในบัญชี {me} ยังเข้าถึงโฟลเดอร์นี้ไม่ได้ (ถูกลบ หรือยังไม่ได้ให้สิทธิ์ส่วนเสริมสำหรับบัญชีนี้) ' +
    'ขอให้ {creator} แชร์โฟลเดอร์ให้คุณเป็นผู้แก้ไข แล้ว{adopt} ระบบจะไม่สร้างโฟลเดอร์ใหม่เอง เพื่อไม่ให้ลิงก์รายงานเปลี่ยน',
  trashedNotMine: '{what}อยู่ในถังขยะของ {owner} — ขอให้ {owner} กู้คืนจากถังขยะ แล้วลองใหม่ (ระบบจะไม่สร้างไฟล์ใหม่ เพื่อไม่ให้ลิงก์เปลี่ยน)',
  folderWord: 'โฟลเดอร์รายงาน',
  docWord: 'ไฟล์รายงาน',
  folderRestored: 'โฟลเดอร์รายงานอยู่ในถังขยะ จึงกู้คืนแล้ว (ลิงก์เดิม)',
  folderReplaced: 'โฟลเดอร์รายงานเดิมที่คุณสร้างถูกลบถาวร จึงสร้างโฟลเดอร์ "รายงาน ITA" ใหม่ — ลิงก์โฟลเดอร์เปลี่ยนไป',
  docRestored: 'ไฟล์รายงานอยู่ในถังขยะ จึงกู้คืนแล้ว (ไฟล์เดิม ลิงก์เดิม)',
  docReplaced: 'ไฟล์รายงาน{round}เดิมถูกลบถาวร จึงสร้างไฟล์ใหม่ — ลิงก์เปลี่ยนไป กรุณาแจ้งลิงก์ใหม่ในระบบ ITAS',
  docOfOther:
    'ไฟล์รายงานนี้สร้างโดย {creator}: เขียนเนื้อหาใหม่ในไฟล์เดิมแล้ว (ลิงก์เดิม) แต่ส่วนเสริมในบัญชีของคุณยังเปลี่ยนชื่อ แชร์ หรือเปิด/ปิดลิงก์ของไฟล์นี้ไม่ได้ — {adopt}',
  folderOfOther: 'โฟลเดอร์รายงานสร้างโดย {creator} จึงยังแชร์ผ่านโฟลเดอร์ไม่ได้ — {adopt}',
  noDocNoFolder:
    'ยังสร้างไฟล์รายงานนี้ไม่ได้: โฟลเดอร์รายงานสร้างโดย {creator} และส่วนเสริมในบัญชี {me} ยังเข้าถึงไม่ได้ — ขอให้ {creator} แชร์โฟลเดอร์ให้คุณเป็นผู้แก้ไข แล้ว{adopt}',
  invitedByMail: '{emails} ไม่มีบัญชี Google จึงแชร์พร้อมส่งอีเมลเชิญแทน',
  shareFailed: 'แชร์ให้ {emails} ไม่สำเร็จ: {error} — ตรวจอีเมลในชีต "ตั้งค่า" แถว "อีเมลผู้บริหาร"',
  coordinatorShareFailed: 'แชร์โฟลเดอร์ให้ผู้ประสานงาน {emails} ไม่สำเร็จ: {error}',
  publicLinkRefused:
    'เปิดให้ทุกคนที่มีลิงก์ดูรายงานไม่ได้ — ผู้ดูแลระบบ Google Workspace ขององค์กรอาจปิดการแชร์แบบลิงก์ไว้ ให้ดาวน์โหลดเป็น PDF แล้วเผยแพร่บนเว็บไซต์แทน',
  pickerNotConfigured:
    'ยังใช้หน้าต่างเลือกไฟล์ของ Google ไม่ได้ — ผู้ดูแลส่วนเสริมต้องตั้งค่า PICKER_API_KEY และ CLOUD_PROJECT_NUMBER ใน Script Properties ของโปรเจกต์',
  pickedMissing: 'ไม่พบไฟล์ที่เลือก: {ids}',
  pickedNoEdit: '"{name}": ขอให้ {owner} แชร์เป็นผู้แก้ไข',
  pickedUnknown: '"{name}" ไม่ใช่โฟลเดอร์หรือไฟล์รายงานที่บันทึกไว้ จึงไม่ได้ใช้',
  adoptedFolder: 'ใช้โฟลเดอร์ "{name}" แล้ว',
  adoptedDoc: 'ใช้ไฟล์ "{name}" แล้ว',
  unknownUser: 'ผู้ประสานงานคนก่อน',
  newFolderMade: 'สร้างโฟลเดอร์ "รายงาน ITA" ใหม่แล้ว รายงานต่อไปจะบันทึกที่นี่ — ไฟล์รายงานเดิมยังอยู่ที่เดิม',
} as const;

/** ITA › ตรวจสอบการเชื่อมต่อกับ Google: the checklist's wording. */
export const SELF_CHECK = {
  title: 'ตรวจสอบการเชื่อมต่อกับ Google',
  summaryOk: 'ทุกรายการผ่าน — ส่วนเสริมพร้อมใช้งานกับบัญชีนี้',
  summaryFailed: 'ไม่ผ่าน {n} รายการ — ส่งข้อความนี้ให้ผู้ดูแลส่วนเสริม (ปุ่ม "คัดลอกผลการตรวจ")',
  leftovers: 'ลบไฟล์/ชีตทดสอบต่อไปนี้ไม่สำเร็จ ให้ลบเอง:',
  scratchName: 'ITA ทดสอบการเชื่อมต่อ (ลบได้)',
  labels: {
    scopes: 'สิทธิ์ที่ส่วนเสริมขอ (OAuth scopes)',
    docsApi: 'บริการ Google Docs API',
    driveApi: 'บริการ Google Drive API',
    scratchFolder: 'สร้าง เปิด และลบโฟลเดอร์ทดสอบใน Drive',
    scratchDoc: 'สร้างเอกสารทดสอบในโฟลเดอร์ แล้วเปิดด้วย DocumentApp',
    lineBreaks: 'การขึ้นบรรทัดใหม่ในย่อหน้า',
    pinnedHeader: 'หัวตารางซ้ำทุกหน้า (pinTableHeaderRows)',
    landscape: 'หน้ากระดาษ A4 แนวนอน (โหมดมีหน้า)',
    pdfExport: 'ไฟล์ PDF ของรายงาน (ส่งออกทันทีหลังจัดรูปแบบ และอัปเดตไฟล์เดิม)',
    plainText: 'บันทึกข้อความลงชีตตามที่พิมพ์ (เช่น -x และ =1+1)',
    linkSharing: 'เปิด/ปิดลิงก์ให้ทุกคนที่มีลิงก์ดูได้',
    email: 'อีเมลของผู้ใช้',
    lock: 'การล็อกเอกสารระหว่างบันทึก',
    picker: 'หน้าต่างเลือกไฟล์ของ Google (Picker)',
    thaiSegmenter: 'การตัดคำภาษาไทย (Intl.Segmenter) สำหรับความกว้างคอลัมน์',
  },
  segmenterOk: 'ตัดคำภาษาไทยได้ ("{sample}")',
  segmenterMissing: 'เครื่องของ Google ตัดคำภาษาไทยไม่ได้ — รายงานยังสร้างได้ โดยกำหนดความกว้างคอลัมน์แบบเผื่อคำยาว คอลัมน์อาจกว้างกว่าที่จำเป็นเล็กน้อย',
  scopesOk: 'ได้รับสิทธิ์ครบ {n} รายการ',
  scopesMissing: 'ยังไม่ได้อนุญาต: {scopes} — เปิดเมนูของส่วนเสริมอีกครั้งแล้วกดอนุญาตให้ครบทุกข้อ',
  scopesUnknown: 'Google ไม่บอกรายการสิทธิ์ที่ได้รับ — ตรวจจากรายการอื่นด้านล่างแทน',
  serviceMissing: 'ยังไม่ได้เปิดบริการนี้ในไฟล์ appsscript.json (enabledAdvancedServices) หรือในโปรเจกต์ Google Cloud',
  serviceOk: 'เปิดใช้งานแล้ว',
  folderOk: 'สร้าง เปิดอ่าน และลบได้',
  docOk: 'สร้างในโฟลเดอร์และเปิดได้',
  lineBreaksOne: 'ข้อความหลายบรรทัดอยู่ในย่อหน้าเดียว (ส่วนเสริมรองรับทั้งสองแบบ)',
  lineBreaksMany: 'ข้อความหลายบรรทัดแยกเป็นหลายย่อหน้า (ส่วนเสริมรองรับทั้งสองแบบ)',
  lineBreaksLost: 'ข้อความหายไป: พบ "{found}"',
  pinnedOk: 'หัวตารางถูกตั้งให้ซ้ำทุกหน้า',
  pinnedLost: 'Google ไม่ตั้งหัวตารางให้ซ้ำทุกหน้า',
  landscapeOk: 'หน้ากว้าง {w} × สูง {h} pt, โหมด {mode}',
  landscapeWrong: 'หน้ากระดาษไม่เป็นแนวนอน: กว้าง {w} × สูง {h} pt, โหมด {mode}',
  pdfOk: 'PDF ที่ส่งออกทันทีตรงกับที่ส่งออกอีกครั้ง ({pages} หน้า, {size} ไบต์) และอัปเดตไฟล์เดิมได้ (รหัสไฟล์ไม่เปลี่ยน)',
  pdfDiffers:
    'PDF ที่ส่งออกทันทีหลังจัดรูปแบบต่างจากที่ส่งออกอีกครั้ง ({pages1} → {pages2} หน้า, {size1} → {size2} ไบต์) — ไฟล์ PDF อาจยังไม่มีรูปแบบล่าสุด ให้สร้างรายงานซ้ำอีกครั้ง',
  pdfIdChanged: 'อัปเดตไฟล์ PDF แล้วได้รหัสไฟล์ใหม่ ({before} → {after}) — ลิงก์ PDF จะเปลี่ยนทุกครั้งที่สร้างรายงาน',
  plainTextOk: 'เก็บได้ตรงตามที่พิมพ์{rewritten}',
  plainTextRewritten: " (Google แปลงเป็นสูตร จึงเขียนใหม่แบบมี ' นำหน้า)",
  plainTextWrong: 'เก็บไม่ตรง: เขียน {wrote} อ่านได้ {read}',
  linkOk: 'เปิดและปิดลิงก์ได้',
  linkRefused: 'ผู้ดูแลระบบขององค์กรไม่อนุญาตให้แชร์แบบลิงก์ — รายงานยังสร้างได้ ให้เผยแพร่เป็นไฟล์ PDF บนเว็บไซต์แทน',
  emailOk: '{email}',
  emailEmpty: 'Google ไม่ส่งอีเมลของผู้ใช้มา (บัญชีต่างองค์กร หรือเปิดหลายบัญชีในเบราว์เซอร์เดียว) — ใช้เบราว์เซอร์ (โปรไฟล์) แยกสำหรับบัญชีนี้',
  lockOk: 'ล็อกและปลดล็อกได้',
  lockBusy: 'มีผู้อื่นล็อกเอกสารอยู่เกิน 10 วินาที — ลองใหม่อีกครั้ง',
  pickerOk: 'ตั้งค่าแล้ว (โปรเจกต์ {project}){readBack}',
  pickerReadBack: ' และเปิดโฟลเดอร์รายงานที่บันทึกไว้ได้',
  pickerReadBackFailed: ' แต่เปิดโฟลเดอร์รายงานที่บันทึกไว้ไม่ได้ — เลือกโฟลเดอร์ผ่านเมนู ITA › {menu}',
  notRun: 'ข้ามเพราะรายการก่อนหน้าไม่ผ่าน',
} as const;

/** The report Doc: what Google Docs cannot hold or would not let the add-on set (doc-text.ts, doc-writer.ts). */
export const DOC_TEXT = {
  tooLarge:
    'รายงานนี้ยาวประมาณ {size} ตัวอักษร เกินกว่าที่ Google เอกสารหนึ่งไฟล์รับได้ ({max} ตัวอักษร) — ยังไม่ได้สร้างหรือแก้ไขเอกสารใด ' +
    'ให้แยกรายงานเป็นหลายฉบับตามหน่วยงานที่รับผิดชอบ หรือย่อข้อความที่ยาวมากในชีต "มาตรการ" และ "ผลการดำเนินการ" ให้สั้นลง แล้วสร้างรายงานอีกครั้ง',
  pageless:
    'เอกสารรายงานตั้งค่าเป็นแบบไม่แบ่งหน้า (Pageless) และ Google ไม่ยอมให้ส่วนเสริมเปลี่ยน จึงไม่เห็นกระดาษ A4 แนวนอนและระยะขอบ — ' +
    'เปิดเอกสาร เลือก ไฟล์ › การตั้งค่าหน้า › แบ่งหน้า (Pages) แล้วกด ตกลง',
} as const;

/** Publishing the report (issue 10): the PDF, the report log, the stale notice, the ITAS entry. */
export const PUBLISH_TEXT = {
  yearPrompt: 'กรอกข้อ OIT ของปีนี้จากคู่มือการประเมิน ITA ของปีนั้น (ข้อของแผน/มาตรการ และข้อของรายงานผล)',
  pdfRestored: 'ไฟล์ PDF ของรายงานอยู่ในถังขยะ — กู้คืนแล้ว ลิงก์เดิมใช้ได้',
  pdfReplaced: 'ไฟล์ PDF เดิมถูกลบถาวร จึงสร้างไฟล์ PDF ใหม่ — ลิงก์ PDF เปลี่ยนแล้ว ให้แก้ลิงก์ที่เผยแพร่ไว้บนเว็บไซต์และในระบบ ITAS',
  pdfWord: 'ไฟล์ PDF ของรายงาน',
  logBusy: 'สร้างรายงานเสร็จแล้ว แต่บันทึกลงชีต "ประวัติการสร้างรายงาน" ไม่ได้เพราะมีผู้อื่นใช้ชีตอยู่นาน — ไม่กระทบรายงาน',
  pdfSkipped: 'ยังไม่ได้ปรับปรุงไฟล์ PDF เพราะส่วนเสริมของคุณยังเข้าถึงไฟล์รายงานไม่ได้ — {adopt}',
  inProgress: 'มีผู้กำลังสร้างรายงานนี้อยู่ ({who} เริ่มเมื่อ {since}) — รอให้เสร็จแล้วลองใหม่',
  status: { new: 'สร้างใหม่', updated: 'ปรับปรุงไฟล์เดิม', replaced: 'สร้างแทนไฟล์ที่ถูกลบ', failed: 'ไม่สำเร็จ' },
  planRound: 'แผน/มาตรการ',
  stale: 'ข้อมูลเปลี่ยนหลังสร้างรายงานเมื่อ {when}',
  regenerate: 'สร้างรายงานใหม่',
  itasHave: 'มี',
  itasLine: 'ข้อ {item}: มี — {explain}',
  itasExplain: '{title}{round} ปีงบประมาณ พ.ศ. {year} เผยแพร่ที่ {url}',
  itasExplainNoUrl: '{title}{round} ปีงบประมาณ พ.ศ. {year}',
  itasPlanTitle: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  itasReportTitle: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
  itasUpload: 'อัปโหลดไฟล์ PDF ขึ้นเว็บไซต์ของหน่วยงาน แล้วนำที่อยู่ของหน้านั้นมากรอกในระบบ ITAS (และกรอกไว้ในชีต "ค่ากำหนดรายปี" เพื่อครั้งต่อไป)',
  itasNoItem: 'ยังไม่มีข้อ OIT ของปี {year} ในชีต "ค่ากำหนดรายปี" — กรอกจากคู่มือการประเมิน ITA ของปีนั้น',
  pdfLabel: 'ไฟล์ PDF',
  docLabel: 'Google เอกสาร',
  publishThis: 'ไฟล์ที่ใช้เผยแพร่: ไฟล์ PDF นี้ — นำขึ้นเว็บไซต์ของหน่วยงาน หรือใช้ลิงก์นี้ในระบบ ITAS (ลิงก์ไม่เปลี่ยนเมื่อสร้างใหม่)',
  docNotForPublishing: 'Google เอกสารไว้สำหรับแก้ไขและให้ผู้บริหารอ่าน ไม่ต้องนำไปเผยแพร่',
  linksStayPlan: 'ลิงก์ทั้งสองคงเดิมทุกครั้งที่สร้างแผนมาตรการของปีเดียวกันใหม่',
  linksStayRound: 'ลิงก์ทั้งสองคงเดิมทุกครั้งที่สร้างรายงานรอบเดียวกันใหม่',
  itasHeading: 'ข้อมูลสำหรับกรอกในระบบ ITAS',
  itasAnswerLabel: 'การดำเนินการ',
  itasExplainLabel: 'คำอธิบาย',
  memoPurposeInform: 'เพื่อโปรดทราบ',
  memoPurposeApprove: 'เพื่อโปรดพิจารณาอนุญาตเผยแพร่',
  memoClosingApprove: 'จึงเรียนมาเพื่อโปรดพิจารณาอนุญาตให้เผยแพร่รายงานดังกล่าวบนเว็บไซต์ของ{agency}',
  approvalOpinion: 'ความเห็นของ{title}',
  approvalLine: '.'.repeat(70),
  approvalChoices: '☐ อนุญาต     ☐ ไม่อนุญาต',
  approvalSign: '(ลงชื่อ){dots}',
  approvalDate: 'วันที่ ........../........../..........',
  approvalDefaultTitle: 'นายก',
} as const;

/** ผลการประเมิน ITA: tools, levels, checks of typed scores (issue 11). */
export const ITA_RESULT_TEXT = {
  tools: { IIT: 'IIT', EIT: 'EIT', OIT: 'OIT' },
  badTool: '"{value}" ไม่ใช่เครื่องมือการประเมิน — เลือก IIT, EIT หรือ OIT',
  badScore: 'คะแนน "{value}" ต้องเป็นตัวเลข 0–100 เช่น 96.03',
  duplicate: 'ตัวชี้วัดที่ {number} ของ {tool} ปี {year} ซ้ำกับแถว {first} — เก็บไว้แถวเดียว',
  toolMismatch:
    'คะแนนรายเครื่องมือ {tool} ปี {year} ที่พิมพ์ไว้ ({typed}) ไม่ตรงกับค่าเฉลี่ยของตัวชี้วัด ({computed}) — รายงานใช้ค่าที่คำนวณ ตรวจคะแนนรายตัวชี้วัดหรือแก้ค่าที่พิมพ์',
  totalMismatch:
    'คะแนนรวมปี {year} ที่พิมพ์ไว้ ({typed}) ไม่ตรงกับคะแนนที่คำนวณจากน้ำหนักของปี ({computed}) — รายงานใช้ค่าที่คำนวณ ตรวจคะแนนหรือน้ำหนักในชีต "ค่ากำหนดรายปี"',
  toolMissing: 'ปี {year} ยังไม่มีคะแนนตัวชี้วัดของ {tool} จึงคำนวณคะแนนรวมไม่ได้',
  badRule: 'เกณฑ์ระดับ "{line}" — เขียนบรรทัดละหนึ่งระดับ เช่น AA: 95',
  badWeights: 'น้ำหนัก IIT/EIT/OIT ปี {year} รวมกันได้ {sum} ไม่ใช่ 100',
} as const;

/** ITA › เริ่มปีงบประมาณใหม่ (issue 11). */
export const NEW_YEAR_TEXT = {
  busy: 'มีผู้อื่นกำลังแก้ไขชีตหรือสร้างรายงานอยู่ — รอสักครู่แล้วลองใหม่',
  badYear: 'ปีงบประมาณ "{year}" ไม่ถูกต้อง — ปิดหน้าต่างแล้วเปิดเมนูใหม่',
  noYear: 'ยังไม่ได้กรอก "ปีงบประมาณ (พ.ศ.)" ในชีต "ตั้งค่า"',
  measuresUnreadable: 'อ่านชีต "มาตรการ" ไม่ได้ — เลือกเมนู ITA › ตั้งค่าชีต ก่อน แล้วลองใหม่',
  done: 'เริ่มปีงบประมาณ {toYear} แล้ว: ยกมาตรการไป {carried} รายการ{skipped} — ปีงบประมาณในชีต "ตั้งค่า" เป็น {toYear} แล้ว แถวของปี {fromYear} ไม่ถูกแก้ไข และยังบันทึกผลรอบ 12 เดือนของปี {fromYear} ได้ในแถบข้าง (เลือกปี {fromYear})',
  skipped: ' (ยกไปแล้วก่อนหน้านี้ {count} รายการ จึงไม่ซ้ำ)',
  rewritten: "ข้อความ {count} ช่องถูกบันทึกแบบมีเครื่องหมาย ' นำหน้าเพื่อไม่ให้กลายเป็นสูตร",
} as const;

/** The plan document's own parts (ITA › สร้างแผนมาตรการ…, preset 002), issue 11. */
export const PLAN_TEXT = {
  resultHeading: '1. ผลการประเมิน ITA ของ{agency} ปีงบประมาณ พ.ศ. {lastYear}',
  resultSentence:
    'จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. {lastYear} ของ{agency} พบว่ามีผลคะแนน {score} คะแนน{level} โดยมีผลการประเมินรายตัวชี้วัด ดังนี้',
  level: ' อยู่ในระดับ{level}',
  noResult: 'ยังไม่ได้กรอกผลการประเมิน ITA ปีงบประมาณ พ.ศ. {lastYear} ในชีต "ผลการประเมิน ITA" จึงยังไม่มีตารางคะแนน',
  scoreHeaders: ['ตัวชี้วัด', 'คะแนนรายตัวชี้วัด', 'คะแนนรายเครื่องมือ'],
  change: 'คะแนนรวม{direction}ปีที่ผ่านมา {change} คะแนน',
  up: 'สูงกว่า',
  down: 'ต่ำกว่า',
  same: 'เท่ากับ',
  analysisHeading: '2. การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. {lastYear}',
  weak: 'ตัวชี้วัดที่ {number} {name} ({tool}) ได้ {score} คะแนน ต่ำกว่าเกณฑ์ {pass} คะแนน',
  noneWeak: 'ทุกตัวชี้วัดได้คะแนนตั้งแต่ {pass} คะแนนขึ้นไป',
  measuresHeading: '3. มาตรการในการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {year}',
  findings: 'ข้อค้นพบ',
  strengths: 'จุดแข็ง',
  weaknesses: 'จุดอ่อน/สิ่งที่ต้องปรับปรุง',
  prefill: 'ผลการประเมิน ITA ปี {lastYear}: คะแนนรวม {score} คะแนน{level}',
  prefillWeak: 'ตัวชี้วัดที่ต่ำกว่าเกณฑ์ {pass} คะแนน: {list}',
  prefillNone: 'ยังไม่ได้กรอกผลการประเมิน ITA ปี {lastYear}',
  limitsHeading: '4. ข้อจำกัดของหน่วยงานในการดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
  suggestionsHeading: 'ข้อเสนอแนะ/แนวทางในการจัดการกับข้อจำกัด (ถ้ามี)',
} as const;

/** How measures under a section row are numbered, in the table and the opening list (issue 11). */
export const NUMBERING = { sub: 'เลขย่อย เช่น 1.1 1.2', none: 'ไม่ใส่เลข' } as const;

/** ITA › สร้างแผนมาตรการ… (issue 11). */
export const PLAN_JOB_TEXT = {
  noYear: 'ยังไม่ได้กรอก "ปีงบประมาณ (พ.ศ.)" ในชีต "ตั้งค่า"',
  done: 'สร้างแผนมาตรการแล้ว: {name} (ลิงก์เดิมทุกครั้งที่สร้างแผนของปีเดียวกันใหม่)',
  pdf: 'ไฟล์ PDF สำหรับเผยแพร่: {url}',
  warnings: 'ตรวจพบในผลการประเมิน ITA (แผนใช้คะแนนที่คำนวณ):',
} as const;

export const NEW_YEAR_DIALOG = {
  intro:
    'มาตรการของปีงบประมาณ {fromYear} — เลือกมาตรการที่จะดำเนินการต่อในปี {toYear} (เลือกไว้ให้แล้ว: ที่ยังไม่แล้วเสร็จ และที่ทำเครื่องหมาย "ต่อเนื่อง") ระบบสร้างแถวใหม่ของปี {toYear} โดยไม่แก้ไขแถวเดิม และไม่คัดลอกผลการดำเนินการ',
  listLabel: 'มาตรการที่จะยกไปปีใหม่',
  continuing: 'ต่อเนื่อง',
  carried: 'ยกไปแล้วเป็น {id}',
  none: 'ปีนี้ยังไม่มีมาตรการ',
  start: 'เริ่มปีงบประมาณ {toYear}',
  cancel: 'ปิด',
  working: 'กำลังสร้างแถวของปีใหม่…',
} as const;
