import { cellText, type TableNode } from '../../emulator';
import { seededWorkspace } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { SHEET } from '../../src/core/labels';
import { generatePlan, planMessage } from '../../src/server/plan-job';
import { reportDialogData } from '../../src/server/report-dialog-service';
import { generateReport } from '../../src/server/report-job';
import { staleReportsFromRaw } from '../../src/server/report-staleness';
import { readRawWorkbook } from '../../src/server/sheet-repository';
import { REFERENCE_002_RESULT } from '../fixtures/ita-result-002';

function typeResult(): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.itaResults)!;
  sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).clearContent();
  sheet.getRange(1, 1, REFERENCE_002_RESULT.length, REFERENCE_002_RESULT[0].length).setValues(REFERENCE_002_RESULT);
}

const docId = (url: string): string => /\/d\/([\w-]+)/.exec(url)![1];

describe('ITA › สร้างแผนมาตรการ…', () => {
  it('upgrades the plan Doc preset 002 made before, in place (same ID), with the score table', () => {
    const ws = seededWorkspace(sampleAgency()); // fiscal year 2568
    const before = generateReport({ fiscalYear: 2568, round: 'FY', presetId: '002', includeMemo: false });
    if (!before.ok) throw new Error(before.message);
    const beforeTables = ws.docs.get(docId(before.url)).content.filter((n) => n.type === 'table').length;
    typeResult();
    const plan = generatePlan();
    if (!plan.ok) throw new Error(plan.message);
    expect(docId(plan.url)).toBe(docId(before.url));
    expect(ws.docs.ids()).toHaveLength(1);
    const tables = ws.docs.get(docId(plan.url)).content.filter((n): n is TableNode => n.type === 'table');
    expect(tables).toHaveLength(beforeTables + 1);
    expect(tables[0].rows[0].cells.map(cellText)).toEqual(['ตัวชี้วัด', 'คะแนนรายตัวชี้วัด', 'คะแนนรายเครื่องมือ']);
  });

  it('lists the typed EIT score that disagrees (sheet, row, column) without blocking the plan', () => {
    seededWorkspace(sampleAgency());
    typeResult();
    const plan = generatePlan();
    expect(plan.ok).toBe(true);
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]).toMatch(/^ชีต "ผลการประเมิน ITA" แถว 7 คอลัมน์ F \(คะแนนรายเครื่องมือ/);
    expect(planMessage(plan)).toContain(plan.warnings[0]);
    if (!plan.ok) throw new Error(plan.message);
    // The publishing issue's parts: the PDF beside the Doc and the ITAS line (2568's plan item is blank: a prompt).
    expect(planMessage(plan)).toContain(plan.url);
    expect(planMessage(plan)).toContain(plan.itas.line);
  });

  it('without a result for last year the plan says so and has no score table', () => {
    const ws = seededWorkspace(sampleAgency());
    const plan = generatePlan();
    if (!plan.ok) throw new Error(plan.message);
    const doc = ws.docs.get(docId(plan.url));
    const first = doc.content.find((n): n is TableNode => n.type === 'table')!;
    expect(first.rows[0].cells.map(cellText)).not.toContain('คะแนนรายตัวชี้วัด');
    expect(JSON.stringify(doc.content)).toContain('ยังไม่ได้กรอกผลการประเมิน ITA');
  });

  it('preset 002 has left the report dialog', () => {
    seededWorkspace(sampleAgency());
    const ids = reportDialogData().presets.map((p) => p.id);
    expect(ids).not.toContain('002');
    expect(ids).toContain('001');
  });
});

describe('the plan’s part 4: limits and suggestions from ค่ากำหนดรายปี', () => {
  it('prints them numbered before the signatures; blank leaves the part out', () => {
    const ws = seededWorkspace(sampleAgency());
    const text = (id: string) => JSON.stringify(ws.docs.get(id).content);
    const first = generatePlan();
    if (!first.ok) throw new Error(first.message);
    expect(text(docId(first.url))).not.toContain('ข้อจำกัดของหน่วยงาน');
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.yearSettings)!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const row =
      sheet
        .getRange(1, 1, sheet.getLastRow(), 1)
        .getValues()
        .findIndex((r) => r[0] === 2568) + 1;
    sheet.getRange(row, header.indexOf('ข้อจำกัดของหน่วยงาน (แผน)') + 1).setValue('บุคลากรไม่เพียงพอ\nเทคโนโลยีไม่เพียงพอ');
    sheet.getRange(row, header.indexOf('ข้อเสนอแนะ/แนวทางจัดการข้อจำกัด (แผน)') + 1).setValue('สรรหาบุคลากร');
    const plan = generatePlan();
    if (!plan.ok) throw new Error(plan.message);
    const doc = ws.docs.get(docId(plan.url)).content;
    const all = JSON.stringify(doc);
    const at = (s: string) => all.indexOf(s);
    expect(at('๑. บุคลากรไม่เพียงพอ')).toBeGreaterThan(at('ข้อจำกัดของหน่วยงาน'));
    expect(at('๒. เทคโนโลยีไม่เพียงพอ')).toBeGreaterThan(0);
    expect(at('๑. สรรหาบุคลากร')).toBeGreaterThan(at('ข้อเสนอแนะ/แนวทางในการจัดการกับข้อจำกัด'));
    const lastTable = [...doc].reverse().find((n): n is TableNode => n.type === 'table')!;
    expect(all.indexOf(JSON.stringify(lastTable))).toBeGreaterThan(at('๑. สรรหาบุคลากร'));
  });
});

describe('the plan’s analysis by heading (การวิเคราะห์ผล ITA)', () => {
  it('adds one row per heading pre-filled with the computed facts, keeps typed rows, and prints them', () => {
    const ws = seededWorkspace(sampleAgency());
    typeResult();
    const first = generatePlan();
    if (!first.ok) throw new Error(first.message);
    const rows = ws.sheetValues(SHEET.itaAnalysis).slice(1);
    expect(rows).toHaveLength(3); // the sample's three analysis headings
    expect(rows.every((r) => r[0] === 2568)).toBe(true);
    expect(String(rows[0][2])).toContain('ผลการประเมิน ITA ปี 2567: คะแนนรวม 92.40 คะแนน อยู่ในระดับผ่าน');
    expect(String(rows[0][2])).toContain('EIT 8 การปรับปรุงการทำงาน (73.79)');
    // The coordinator writes the analysis of the first heading.
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.itaAnalysis)!;
    sheet.getRange(2, 3, 1, 3).setValues([['พบว่าการปรับปรุงการทำงานยังต่ำ', 'ผู้บริหารให้ความสำคัญ', 'ระบบ E-Service มีผู้ใช้น้อย']]);
    const before = ws.sheetValues(SHEET.itaAnalysis);
    const plan = generatePlan();
    if (!plan.ok) throw new Error(plan.message);
    expect(ws.sheetValues(SHEET.itaAnalysis)).toEqual(before);
    const text = JSON.stringify(ws.docs.get(docId(plan.url)).content);
    for (const s of ['พบว่าการปรับปรุงการทำงานยังต่ำ', 'ผู้บริหารให้ความสำคัญ', 'ระบบ E-Service มีผู้ใช้น้อย', 'จุดแข็ง', 'EIT ๘ การปรับปรุงการทำงาน (๗๓.๗๙)'])
      expect(text).toContain(s);
  });
});

describe('the plan is stale when what it prints changes', () => {
  it('editing last year’s ITA result marks the plan stale; generating it again clears that', () => {
    const ws = seededWorkspace(sampleAgency());
    typeResult();
    const plan = generatePlan();
    if (!plan.ok) throw new Error(plan.message);
    ws.endExecution();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const stalePlans = (): string[] =>
      staleReportsFromRaw(ss, readRawWorkbook(ss))
        .map((s) => s.key)
        .filter((k) => k.endsWith('.plan'));
    expect(stalePlans()).toEqual([]);
    const sheet = ss.getSheetByName(SHEET.itaResults)!;
    const scoreCol = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String).indexOf('คะแนน') + 1;
    expect(scoreCol).toBeGreaterThan(0);
    sheet.getRange(2, scoreCol).setValue(12.34);
    ws.endExecution();
    expect(stalePlans()).toEqual(['2568.plan']);
    expect(generatePlan().ok).toBe(true);
    ws.endExecution();
    expect(stalePlans()).toEqual([]);
  });
});
