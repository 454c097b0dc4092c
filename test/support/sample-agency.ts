/**
 * A realistic sample agency (an อบต. with eight measures under three analysis headings, first-half
 * results entered), used by `npm run demo`, the playground, the benchmark and the tests.
 */
import type { Cell } from '../../src/core/read-workbook';
import { measureRows, progressRows, settingsRows, unitRows, type Row, type SheetData } from './sheets';
import type { MeasureKey, ProgressKey } from '../../src/core/schema';
import { DEFAULT_UNITS } from '../../src/core/labels';

export const SAMPLE_SETTINGS: Record<string, Cell> = {
  agencyName: 'องค์การบริหารส่วนตำบลหนองบัวทอง',
  agencyType: 'องค์การบริหารส่วนตำบล',
  district: 'เมืองนครราชสีมา',
  province: 'นครราชสีมา',
  fiscalYear: '2568',
  lastScore: '83.59',
  lastGrade: 'B',
  executives: 'palat@nongbuathong.go.th, nayok@nongbuathong.go.th',
  shareRole: 'ผู้อ่าน',
  thaiDigits: 'ใช่',
  defaultPreset: '001',
  signer1Name: 'นางสาวมาลี ใจดี',
  signer1Position: 'นักวิเคราะห์นโยบายและแผน',
  signer2Name: 'นายสมชาย รักษ์ถิ่น',
  signer2Position: 'ปลัดองค์การบริหารส่วนตำบลหนองบัวทอง',
  signer3Name: 'นายประเสริฐ มั่นคง',
  signer3Position: 'นายกองค์การบริหารส่วนตำบลหนองบัวทอง',
  memoEnabled: 'ใช่',
  memoDivision: 'องค์การบริหารส่วนตำบลหนองบัวทอง (สำนักปลัด)',
  memoPhone: '0 4420 1234 ต่อ 11',
  memoReference: 'นม 80101/',
  memoDate: '3/4/2568',
};

const S1 = 'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ';
const S2 = 'การให้บริการและระบบ E-Service';
const S3 = 'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน';

export const SAMPLE_MEASURES: Row<MeasureKey>[] = [
  { id: 'M-0001', fiscalYear: 2568, order: 1, section: S1, itaTags: 'ตัวชี้วัดที่ 1, I1', issue: 'การปฏิบัติงานตามขั้นตอนและระยะเวลา', title: 'กิจกรรมจัดทำคู่มือหรือมาตรฐานการปฏิบัติงานให้เป็นไปตามตัวชี้วัด ITA', steps: 'ประชุมเจ้าหน้าที่เพื่อสร้างความเข้าใจในการปรับปรุงคู่มือ\nจัดทำคู่มือโดยระบุขั้นตอนและระยะเวลาที่ใช้ในการให้บริการ\nประชาสัมพันธ์คู่มือทางเว็บไซต์', responsible: 'สำนักปลัด, กองคลัง, กองช่าง', period: 'ต.ค. 2567 – ก.ย. 2568', monitoring: 'รายงานความก้าวหน้า รอบ 6 เดือน / ณ สิ้นปีงบประมาณ' },
  { id: 'M-0002', fiscalYear: 2568, order: 2, section: S1, itaTags: 'IIT', issue: 'บุคลากรยังไม่เข้าใจตัวชี้วัด IIT', title: 'กิจกรรมสร้างความรู้ความเข้าใจกับบุคลากรในหน่วยงานเกี่ยวกับตัวชี้วัดตามแบบประเมิน IIT', steps: 'ประชุมเจ้าหน้าที่กลุ่มเป้าหมาย 70 คน เพื่อสร้างความเข้าใจในแต่ละตัวชี้วัด (IIT)', responsible: 'สำนักปลัด', period: '1 มกราคม – 30 มิถุนายน 2568', monitoring: 'รายงานผู้บริหารทุก 3 เดือน', targetLabel: 'ผู้เข้าร่วมกิจกรรม', target: 70, targetUnit: 'คน' },
  { id: 'M-0003', fiscalYear: 2568, order: 3, section: S1, itaTags: 'ตัวชี้วัดที่ 3', issue: 'การมอบหมายงานไม่ชัดเจน', title: 'การจัดทำข้อตกลงระหว่างผู้บังคับบัญชากับผู้ใต้บังคับบัญชา', steps: 'จัดประชุมพนักงานเพื่อชี้แจงบทบาทอำนาจหน้าที่\nจัดทำคำสั่งมอบหมายงานให้ชัดเจนและเป็นธรรม', responsible: 'ทุกสำนัก/กอง', period: 'ตุลาคม 2567', monitoring: 'ผู้บริหารติดตามทุกเดือน' },
  { id: 'M-0004', fiscalYear: 2568, order: 4, section: S2, itaTags: 'E6, O9', issue: 'ช่องทางการให้บริการออนไลน์มีน้อย', title: 'กิจกรรมการให้บริการให้มีประสิทธิภาพ โดยการปรับปรุงการให้บริการและระบบ E-Service', steps: 'ประชุมหัวหน้าส่วนราชการเพื่อสร้างความเข้าใจในการบริการ E-Service\nจัดให้มีการบริการในรูปแบบออนไลน์ เพื่อลดการใช้ดุลยพินิจ\nประชาสัมพันธ์การให้บริการ E-Service ให้ประชาชนรับทราบ', responsible: 'สำนักปลัด, กองคลัง, กองการศึกษา ศาสนาและวัฒนธรรม, กองช่าง', period: '1 ตุลาคม 2567 – 30 กันยายน 2568', monitoring: 'รายงานผล รอบ 6 เดือน' },
  { id: 'M-0005', fiscalYear: 2568, order: 5, section: S2, itaTags: 'E14', issue: 'ประชาชนมีส่วนร่วมในการปรับปรุงบริการน้อย', title: 'สำรวจความพึงพอใจของผู้รับบริการผ่านเว็บไซต์และ Facebook', steps: 'จัดทำแบบสำรวจออนไลน์ (Google Form)\nประชาสัมพันธ์ช่องทางการตอบแบบสำรวจ\nสรุปผลและนำเสนอผู้บริหาร', responsible: 'สำนักปลัด', period: 'ไตรมาสที่ 2 – 3', monitoring: 'สรุปผลเสนอผู้บริหาร ภายในเดือนกรกฎาคม 2568', targetLabel: 'ผู้ตอบแบบสำรวจ', target: 400, targetUnit: 'คน' },
  { id: 'M-0006', fiscalYear: 2568, order: 6, section: S3, itaTags: 'ตัวชี้วัดที่ 10, O35', issue: 'การรับของขวัญและประโยชน์อื่นใด', title: 'กิจกรรมการประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่', steps: 'ประชุมหารือกับคณะผู้บริหารเพื่อกำหนดวันจัดกิจกรรม กลุ่มเป้าหมาย 50 คน\nจัดทำบันทึกแจ้งเวียนและประชุมชี้แจงการงดรับของขวัญ', responsible: 'สำนักปลัด', period: '1 กุมภาพันธ์ – 30 กันยายน 2568', monitoring: 'รายงานความก้าวหน้า รอบ 6 เดือน / ณ สิ้นปีงบประมาณ', targetLabel: 'ผู้เข้าร่วมกิจกรรม', target: 50, targetUnit: 'คน' },
  { id: 'M-0007', fiscalYear: 2568, order: 7, section: S3, itaTags: 'O30–O35', issue: 'การประเมินความเสี่ยงการทุจริต', title: 'โครงการจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสและวิเคราะห์ความเสี่ยงการทุจริต', steps: 'แต่งตั้งคณะทำงาน\nประชุมคณะทำงานเพื่อจัดทำมาตรการ\nมอบหมายกอง/สำนักรับผิดชอบ\nติดตามและสรุปผล', responsible: 'สำนักปลัด', period: 'ปีงบประมาณ พ.ศ. 2568', monitoring: 'รายงานผลประจำปี' },
  { id: 'M-0008', fiscalYear: 2568, order: 8, section: S3, itaTags: 'ตัวชี้วัดที่ 5', issue: 'ช่องทางร้องเรียนการทุจริต', title: 'ประชาสัมพันธ์ช่องทางการแจ้งเบาะแสและร้องเรียนการทุจริต', steps: 'จัดทำป้ายและสื่อออนไลน์แจ้งช่องทางร้องเรียน\nรายงานผลการจัดการเรื่องร้องเรียนทุกเดือน', responsible: 'สำนักปลัด', period: 'ต.ค. 2567 – ก.ย. 2568', monitoring: 'รายงานผู้บริหารทุกเดือน' },
];

export const SAMPLE_PROGRESS: Row<ProgressKey>[] = [
  { measureId: 'M-0001', round: 'รอบ 6 เดือน', status: 'ดำเนินการแล้วเสร็จ', result: 'ประชุมผู้อำนวยการกองทุกกองเมื่อวันที่ 15 พฤศจิกายน 2567\nจัดทำคู่มือการปฏิบัติงาน 12 งานบริการ\nเผยแพร่คู่มือบนเว็บไซต์ https://www.nongbuathong.go.th/manual', outcome: 'พนักงานปฏิบัติงานตามคู่มือ ไม่มีเรื่องร้องเรียนการให้บริการ', suggestions: 'ควรทบทวนคู่มือทุกปี', evidence: 'https://www.nongbuathong.go.th/manual', updatedBy: 'malee@nongbuathong.go.th' },
  { measureId: 'M-0002', round: 'รอบ 6 เดือน', status: 'ดำเนินการแล้วเสร็จ', result: 'จัดประชุมเมื่อวันที่ 20 มกราคม 2568 ประกอบด้วยคณะผู้บริหารและหัวหน้าส่วนราชการ', outcome: 'บุคลากรตอบแบบวัดการรับรู้ (IIT) ครบตามจำนวนภายในเวลาที่กำหนด', actual: 60, suggestions: '', updatedBy: 'malee@nongbuathong.go.th' },
  { measureId: 'M-0003', round: 'รอบ 6 เดือน', status: 'ดำเนินการแล้วเสร็จ', result: 'จัดทำข้อตกลงครบทุกกอง\nจัดทำคำสั่งมอบหมายงานเป็นปัจจุบัน', outcome: '', suggestions: '' },
  { measureId: 'M-0004', round: 'รอบ 6 เดือน', status: 'อยู่ระหว่างดำเนินการ', result: 'เปิดให้บริการยื่นคำร้องออนไลน์ 3 บริการ (ขออนุญาตก่อสร้าง, ขอรับเบี้ยยังชีพ, แจ้งซ่อมไฟฟ้า)', outcome: 'ประชาชนใช้บริการออนไลน์ 152 ครั้ง', suggestions: 'ควรเพิ่มบริการชำระภาษีออนไลน์' },
  { measureId: 'M-0005', round: 'รอบ 6 เดือน', status: 'อยู่ระหว่างดำเนินการ', result: 'เปิดแบบสำรวจออนไลน์ตั้งแต่ 1 มีนาคม 2568', outcome: '', actual: 215, suggestions: '' },
  { measureId: 'M-0006', round: 'รอบ 6 เดือน', status: 'ดำเนินการแล้วเสร็จ', result: '- จัดกิจกรรมประกาศเจตนารมณ์เมื่อวันที่ 3 กุมภาพันธ์ 2568 ผู้เข้าร่วม {ผลจริง} คน คิดเป็นร้อยละ {ร้อยละ} ของกลุ่มเป้าหมาย', outcome: 'ไม่มีการรับของขวัญหรือของกำนัลจากการปฏิบัติหน้าที่', actual: 45, suggestions: '' },
  { measureId: 'M-0007', round: 'รอบ 6 เดือน', status: 'อยู่ระหว่างดำเนินการ', result: 'แต่งตั้งคณะทำงานแล้ว อยู่ระหว่างวิเคราะห์ความเสี่ยง', outcome: '', suggestions: 'ควรติดตามผลทุกไตรมาส' },
];

export function sampleAgency(): SheetData {
  return {
    settings: settingsRows(SAMPLE_SETTINGS),
    measures: measureRows(SAMPLE_MEASURES),
    progress: progressRows(SAMPLE_PROGRESS),
    units: unitRows([...DEFAULT_UNITS]),
  };
}
