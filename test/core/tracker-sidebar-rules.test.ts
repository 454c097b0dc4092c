/** Sidebar rules that are plain functions: platform errors in Thai, counts that look like slips. */
import { platformMessage } from '../../src/sidebar/platform-errors';
import { figurePreview, suspiciousActual } from '../../src/core/tracker';

describe('platform errors come back in Thai with what to do, keeping the original', () => {
  it.each([
    ['Service Spreadsheets timed out while accessing document with id 1abc.', 'หมดเวลา'],
    ['Exceeded maximum execution time', 'หมดเวลา'],
    ['Failed to fetch', 'การเชื่อมต่ออินเทอร์เน็ตขาดหาย'],
    ['ScriptError: PERMISSION_DENIED', 'ใช้บัญชีเดียวต่อโปรไฟล์เบราว์เซอร์'],
  ])('%s', (raw, thai) => {
    const said = platformMessage(raw);
    expect(said).toContain(thai);
    expect(said).toContain(raw);
  });

  it('leaves the add-on’s own Thai messages as they are', () => {
    expect(platformMessage('ไม่พบมาตรการ')).toBe('ไม่พบมาตรการ');
  });
});

describe('an actual count that looks like a slip', () => {
  const m = { target: 70, targetLabel: 'ผู้เข้าร่วมกิจกรรม', targetUnit: 'คน' };
  it.each([
    ['701', 'เกิน 10 เท่า'],
    ['1000001', 'มากกว่า 1,000,000'],
    ['060', 'ขึ้นต้นด้วย 0'],
    ['๐๖๐', 'ขึ้นต้นด้วย 0'],
  ])('%s asks first and shows no percentage', (typed, why) => {
    expect(suspiciousActual(typed, m.target)).toContain(why);
    expect(figurePreview(m, typed)).toBe('');
  });

  it.each(['700', '60', '0', '0.5', ''])('%p is taken as typed', (typed) => {
    expect(suspiciousActual(typed, m.target)).toBeNull();
  });

  it('without a target only the size and the leading zero count', () => {
    expect(suspiciousActual('5000', null)).toBeNull();
    expect(suspiciousActual('2000000', null)).toContain('1,000,000');
  });
});
