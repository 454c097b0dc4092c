import { formatSteps } from '../../src/core/steps';

describe('numbered steps in a cell', () => {
  it('numbers plain lines', () => {
    expect(formatSteps('จัดประชุม\n\nจัดทำคำสั่ง\r\nประชาสัมพันธ์')).toBe('1. จัดประชุม\n2. จัดทำคำสั่ง\n3. ประชาสัมพันธ์');
  });
  it('keeps lines the person numbered or bulleted, in Thai or Arabic digits', () => {
    expect(formatSteps('๑. จัดประชุม\n๒. จัดทำคำสั่ง')).toBe('๑. จัดประชุม\n๒. จัดทำคำสั่ง');
    expect(formatSteps('- ผู้เข้าร่วม\n- ไม่มีการร้องเรียน')).toBe('- ผู้เข้าร่วม\n- ไม่มีการร้องเรียน');
    expect(formatSteps('(1) งานที่ซื้อ\n(2) วงเงิน')).toBe('(1) งานที่ซื้อ\n(2) วงเงิน');
  });
  it('leaves a single line alone', () => {
    expect(formatSteps('  จัดทำประกาศแนวทางการปฏิบัติ ')).toBe('จัดทำประกาศแนวทางการปฏิบัติ');
  });
});
