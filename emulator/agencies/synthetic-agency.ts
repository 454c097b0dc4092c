/**
 * A synthetic agency of any size for the benchmark: long Thai texts, numbered steps, every column
 * of the widest preset filled, both rounds reported, measures grouped under seven headings.
 */
import { DEFAULT_UNITS } from '../../src/core/labels';
import { measureRows, progressRows, settingsRows, unitRows, type SheetData } from './sheets';
import { SAMPLE_SETTINGS } from './sample-agency';

const SECTIONS = [
  'กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ',
  'การให้บริการและระบบ E-Service',
  'ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ',
  'กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ',
  'กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง',
  'กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล',
  'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน',
];

const SENTENCE = 'ประชุมเจ้าหน้าที่ผู้รับผิดชอบเพื่อสร้างความเข้าใจ จัดทำแนวทางปฏิบัติ และเผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงานให้เป็นปัจจุบัน';

function lines(n: number, prefix: string): string {
  return Array.from({ length: n }, (_, i) => `${prefix} ${i + 1} ${SENTENCE}`).join('\n');
}

export function syntheticAgency(count: number): SheetData {
  const measures = Array.from({ length: count }, (_, i) => ({
    id: `M-${String(i + 1).padStart(5, '0')}`,
    fiscalYear: 2568,
    order: i + 1,
    section: SECTIONS[Math.floor((i * SECTIONS.length) / count)],
    itaTags: `ตัวชี้วัดที่ ${(i % 10) + 1}, O${(i % 40) + 1}`,
    issue: `ประเด็นที่ต้องพัฒนาข้อ ${i + 1} ${SENTENCE}`,
    title: `มาตรการที่ ${i + 1} ส่งเสริมคุณธรรมและความโปร่งใสในการปฏิบัติงานของหน่วยงาน`,
    steps: lines(4, 'ขั้นตอน'),
    responsible: `${DEFAULT_UNITS[i % DEFAULT_UNITS.length]}, สำนักปลัด`,
    period: 'ต.ค. 2567 – ก.ย. 2568',
    monitoring: lines(2, 'ติดตาม'),
    targetLabel: 'ผู้เข้าร่วมกิจกรรม',
    target: 70,
    targetUnit: 'คน',
  }));
  const progress = measures.flatMap((m, i) =>
    (['รอบ 6 เดือน', 'รอบ 12 เดือน'] as const).map((round) => ({
      measureId: m.id,
      round,
      status: i % 3 === 0 ? 'อยู่ระหว่างดำเนินการ' : 'ดำเนินการแล้วเสร็จ',
      result: lines(3, 'ผลการดำเนินการ'),
      outcome: `ผลลัพธ์ ${SENTENCE}`,
      actual: 50 + (i % 20),
      suggestions: `ข้อเสนอแนะ ${SENTENCE}`,
      evidence: 'https://www.example.go.th/ita/evidence',
    })),
  );
  return {
    settings: settingsRows(SAMPLE_SETTINGS),
    measures: measureRows(measures),
    progress: progressRows(progress),
    units: unitRows([...DEFAULT_UNITS]),
  };
}
