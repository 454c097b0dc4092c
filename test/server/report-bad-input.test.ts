import { seededWorkspace } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { generateReport } from '../../src/server/report-job';
import { SHEET } from '../../src/core/labels';
import type { Workspace } from '../../emulator';
import { logRows, sheetsExceptLog } from '../support/report-log';

const H1 = { fiscalYear: 2568, round: 'H1' as const, presetId: '001' };

function sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
}

/** Applies a bad edit the way a person would, then generates: refused, named, sheets untouched. */
function refused(edit: (ws: Workspace) => void): string[] {
  const ws = seededWorkspace(sampleAgency());
  edit(ws);
  ws.calls.reset();
  const before = sheetsExceptLog(ws);
  const docs = ws.docs.ids().length;
  const r = generateReport(H1);
  expect(r.ok).toBe(false);
  // Only the report log changes: one row saying it failed, with the message.
  expect(sheetsExceptLog(ws)).toBe(before);
  expect(ws.docs.ids()).toHaveLength(docs);
  const log = logRows(ws);
  expect(log).toHaveLength(1);
  expect(log[0].status).toBe('ไม่สำเร็จ');
  expect(log[0].message).toContain(r.ok ? '' : r.message);
  return r.ok ? [] : [r.message, ...r.problems];
}

describe('bad input stops the report with a Thai message naming the place, and changes nothing', () => {
  it('an empty measures sheet', () => {
    const lines = refused(() => {
      sheet(SHEET.measures).getRange(2, 1, 8, 16).clearContent();
      sheet(SHEET.progress).getRange(2, 1, 7, 12).clearContent();
    });
    expect(lines).toEqual(['ไม่มีมาตรการของปีงบประมาณ 2568 ในชีต "มาตรการ" — เพิ่มมาตรการในชีตก่อน']);
  });

  it('a deleted settings sheet', () => {
    const lines = refused((ws) => {
      ws.data.spreadsheet.sheets = ws.data.spreadsheet.sheets.filter((s) => s.name !== SHEET.settings);
    });
    expect(lines[1]).toBe('ชีต "ตั้งค่า": ไม่พบชีต "ตั้งค่า" — เลือกเมนู ITA › ตั้งค่าชีต เพื่อสร้างชีตที่ระบบต้องใช้');
  });

  it('a deleted ID', () => {
    const lines = refused(() => sheet(SHEET.measures).getRange(5, 1).setValue(''));
    expect(lines[1]).toMatch(/^ชีต "มาตรการ" แถว 5 คอลัมน์ A \(รหัส\): แถวนี้ไม่มีรหัสมาตรการ/);
  });

  it('a duplicated ID', () => {
    const lines = refused(() => sheet(SHEET.measures).getRange(6, 1).setValue('M-0002'));
    expect(lines[1]).toMatch(/^ชีต "มาตรการ" แถว 6 คอลัมน์ A \(รหัส\): รหัส "M-0002" ซ้ำกับแถว 3/);
  });

  it('a renamed header', () => {
    const lines = refused(() => sheet(SHEET.progress).getRange(1, 4).setValue('สถานะงาน'));
    expect(lines[1]).toContain('ชีต "ผลการดำเนินการ" แถว 1 คอลัมน์ (สถานะ): ไม่พบคอลัมน์ "สถานะ" ในแถวหัวตาราง (พบหัวคอลัมน์ที่ระบบไม่รู้จัก: "สถานะงาน"');
  });

  it('a 10,000-character title', () => {
    const lines = refused(() => sheet(SHEET.measures).getRange(2, 7).setValue('ก'.repeat(10000)));
    expect(lines[1]).toMatch(/^ชีต "มาตรการ" แถว 2 คอลัมน์ G \(มาตรการ\/โครงการ\/กิจกรรม\): ข้อความยาว 10,000 ตัวอักษร/);
  });

  it('a date typed as text that is not a date', () => {
    const lines = refused(() => {
      const s = sheet(SHEET.settings);
      const row =
        s
          .getRange(1, 1, s.getLastRow(), 1)
          .getValues()
          .findIndex((r) => r[0] === 'บันทึกข้อความ: วันที่') + 1;
      s.getRange(row, 2).setValue('30/2/2568');
    });
    expect(lines[1]).toContain('"บันทึกข้อความ: วันที่": "30/2/2568" ไม่ใช่วันที่');
  });

  it('a formula such as =IMPORTXML(…) in a text cell', () => {
    const lines = refused(() => sheet(SHEET.progress).getRange(3, 5).setValue('=IMPORTXML("https://example.com/x","//p")'));
    expect(lines[1]).toBe(
      'ชีต "ผลการดำเนินการ" แถว 3 คอลัมน์ E (ผลการดำเนินการ): ช่องนี้มีสูตร =IMPORTXML("https://example.com/x","//p") — ระบบใช้เฉพาะข้อความที่พิมพ์เอง กรุณาลบสูตรแล้วพิมพ์ข้อความแทน',
    );
  });
});

describe('input that is handled', () => {
  it('a moved column, a 10,000-character result, mixed digits and dates typed as text make a correct report', () => {
    const ws = seededWorkspace(sampleAgency());
    const m = sheet(SHEET.measures);
    const long = 'ผลการดำเนินการ '.repeat(700).slice(0, 10000);
    sheet(SHEET.progress).getRange(3, 5).setValue(long);
    m.getRange(3, 2).setValue('๒๕68'); // fiscal year typed with Thai and Arabic digits
    m.getRange(3, 13).setValue('๗0');
    // Move the title column to the far right, as a person dragging it would.
    const titles = m.getRange(1, 7, 9, 1).getValues();
    m.getRange(1, m.getLastColumn() + 1, 9, 1).setValues(titles);
    m.getRange(1, 7, 9, 1).setValues(titles.map(() => ['']));
    const r = generateReport(H1);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    const doc = ws.docs.get(/\/d\/([\w-]+)/.exec(r.url)![1]);
    // The measures table (the memo's ที่ | วันที่ row is a table too).
    const table = doc.content.find((n) => n.type === 'table' && n.pinnedHeaderRows === 1);
    const text = JSON.stringify(table);
    expect(text).toContain('๑.๒ กิจกรรมสร้างความรู้ความเข้าใจ');
    expect(text).toContain('ผู้เข้าร่วมกิจกรรม ๖๐ คน คิดเป็นร้อยละ ๘๕.๗๑ ของกลุ่มเป้าหมาย (๗๐ คน)');
    expect(text.split('ผลการดำเนินการ ').length - 1).toBeGreaterThanOrEqual(660);
  });
});

describe("a failure on Google's side", () => {
  it('comes back as a Thai message with the original text, the sheets untouched', () => {
    const ws = seededWorkspace(sampleAgency());
    const before = sheetsExceptLog(ws);
    const docs = (globalThis as { Docs?: unknown }).Docs;
    (globalThis as { Docs?: unknown }).Docs = undefined; // the advanced service switched off
    try {
      const r = generateReport(H1);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toMatch(/^สร้างรายงานไม่สำเร็จ — ข้อมูลในชีตไม่เปลี่ยนแปลง .*Docs advanced service is not enabled/);
    } finally {
      (globalThis as { Docs?: unknown }).Docs = docs;
    }
    expect(sheetsExceptLog(ws)).toBe(before);
    expect(logRows(ws).map((r) => r.status)).toEqual(['ไม่สำเร็จ']);
  });
});
