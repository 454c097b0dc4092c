import { seededWorkspace, COORDINATOR } from '../../emulator/agencies/seed';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import { generateReport, type GenerateResult } from '../../src/server/report-job';
import { setupSheets } from '../../src/server/sheet-repository';
import { cellText, paragraphText, sectionsOf, type DocModel, type TableNode } from '../../emulator';
import { SHEET } from '../../src/core/labels';
import type { Workspace } from '../../emulator';
import { logRows, sheetsExceptLog } from '../support/report-log';

const H1 = { fiscalYear: 2568, round: 'H1' as const, presetId: '001' };

function ok(r: GenerateResult): Extract<GenerateResult, { ok: true }> {
  if (!r.ok) throw new Error(`${r.message}\n${r.problems.join('\n')}`);
  return r;
}

function docOf(ws: Workspace, url: string): DocModel {
  const id = /\/d\/([\w-]+)/.exec(url)![1];
  return ws.docs.get(id);
}

function tables(doc: DocModel): TableNode[] {
  return doc.content.filter((n): n is TableNode => n.type === 'table');
}

function sheetsSnapshot(ws: Workspace): string {
  return JSON.stringify(ws.toJSON().data.spreadsheet);
}

describe('ITA › ตั้งค่าชีต', () => {
  it('creates the four sheets with Thai headers, frozen header rows, plain-text columns and dropdowns', () => {
    const ws = seededWorkspace(sampleAgency());
    expect(ws.data.spreadsheet.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(Object.values(SHEET)));
    const measures = ws.sheetState(SHEET.measures);
    expect(measures.frozenRows).toBe(1);
    expect(ws.sheetValues(SHEET.measures)[0].slice(0, 3)).toEqual(['รหัส', 'ปีงบประมาณ', 'ลำดับ']);
    expect(ws.sheetFormats(SHEET.measures)[1][6]).toBe('@');
    const status = ws.sheetState(SHEET.progress).rows[1][3]?.dv;
    expect(status?.values[0]).toEqual(['ยังไม่ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการแล้วเสร็จ']);
  });

  it('changes nothing when run again on a sheet full of data', () => {
    const ws = seededWorkspace(sampleAgency());
    const before = sheetsSnapshot(ws);
    const report = setupSheets(SpreadsheetApp.getActiveSpreadsheet());
    expect(report).toEqual({ createdSheets: [], addedColumns: [], addedSettings: [], assignedIds: 0 });
    expect(sheetsSnapshot(ws)).toBe(before);
  });

  it('repairs a deleted column and gives new rows an ID, keeping every value', () => {
    const ws = seededWorkspace(sampleAgency());
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.measures)!;
    sheet.getRange(1, 13).setValue('เป้า'); // renamed "ค่าเป้าหมาย" header
    sheet.getRange(10, 1, 1, 7).setValues([['', 2568, 9, '', '', '', 'มาตรการใหม่ที่เพิ่มในตาราง']]);
    const values = ws.sheetValues(SHEET.measures);
    const report = setupSheets(SpreadsheetApp.getActiveSpreadsheet());
    expect(report.addedColumns).toEqual(['มาตรการ: ค่าเป้าหมาย']);
    expect(report.assignedIds).toBe(1);
    const after = ws.sheetValues(SHEET.measures);
    expect(after[9][0]).toMatch(/^M-[0-9A-F]{8}$/);
    for (let r = 0; r < values.length; r++)
      for (let c = 0; c < values[r].length; c++) if (!(r === 9 && c === 0)) expect(after[r][c]).toEqual(values[r][c]);
    expect(after[0][values[0].length]).toBe('ค่าเป้าหมาย');
  });
});

describe('ITA › สร้างรายงาน', () => {
  it('makes the report Doc in a new "รายงาน ITA" folder, shared with the executives', () => {
    const ws = seededWorkspace(sampleAgency());
    const r = ok(generateReport(H1));
    expect(r.status).toBe('new');
    expect(r.name).toBe('รายงานมาตรการ ITA องค์การบริหารส่วนตำบลหนองบัวทอง ปีงบประมาณ 2568 รอบ 6 เดือน');
    const folders = Object.values(ws.drive.folders).filter((f) => f.name === 'รายงาน ITA');
    expect(folders).toHaveLength(1);
    const file = Object.values(ws.drive.files).find((f) => f.name === r.name)!;
    expect(file.parents).toEqual([folders[0].id]);
    // Readers on the folder, added without an e-mail (the dialog shows the link).
    expect(folders[0].shares).toEqual({ 'palat@nongbuathong.go.th': 'viewer', 'nayok@nongbuathong.go.th': 'viewer' });
    expect(ws.drive.notifications).toEqual([]);
    expect(file.access).toBe('PRIVATE');
    // Only the Drive v3 advanced service: every DriveApp method needs the full drive scope.
    expect(Object.keys(ws.calls.snapshot()).filter((c) => /^(DriveApp|File|Folder)\./.test(c))).toEqual([]);
    // The folder, the Doc and the PDF beside it.
    expect(ws.calls.snapshot()['Drive.Files.create']).toBe(3);
    expect(r.notes).toEqual([expect.stringContaining('ยังไม่มีผลการดำเนินการรอบ 6 เดือน')]);
  });

  it('lays out the Doc like the references: portrait memo, landscape A4 table with its header on every page', () => {
    const ws = seededWorkspace(sampleAgency());
    const doc = docOf(ws, ok(generateReport(H1)).url);
    const [memo, report] = sectionsOf(doc);
    expect(memo.landscape).toBe(false);
    expect(memo.page.marginLeft).toBeCloseTo(85.05, 1);
    expect(report.landscape).toBe(true);
    expect([report.page.pageWidth, report.page.pageHeight]).toEqual([841.9, 595.3]);
    expect(paragraphText(memo.nodes[0] as never)).toBe('บันทึกข้อความ');
    const [memoRef, table, signatures] = tables(doc);
    // The memo's ที่ | วันที่ row: one borderless row of two cells.
    expect(memoRef.borderWidth).toBe(0);
    expect(memoRef.rows[0].cells.map(cellText)).toEqual([expect.stringMatching(/^ที่ /), expect.stringMatching(/^วันที่ /)]);
    expect(table.pinnedHeaderRows).toBe(1);
    expect(table.rows[0].cells.map(cellText)).toEqual([
      'มาตรการหรือกิจกรรมที่ดำเนินการ',
      'วิธีการดำเนินการ',
      'ผู้รับผิดชอบ',
      'ระยะเวลา',
      'ผลการดำเนินการ',
      'ผลลัพธ์หรือความสำเร็จของการดำเนินการ',
      'ข้อเสนอแนะ',
    ]);
    expect(table.rows[0].cells[0].paragraphs[0].runs.every((run) => run.style.bold)).toBe(true);
    const section = table.rows[1];
    expect(section.cells[0].columnSpan).toBe(7);
    expect(cellText(section.cells[0])).toBe('๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ');
    expect(cellText(table.rows[3].cells[4])).toContain('ผู้เข้าร่วมกิจกรรม ๖๐ คน คิดเป็นร้อยละ ๘๕.๗๑ ของกลุ่มเป้าหมาย (๗๐ คน)');
    expect(cellText(table.rows[2].cells[4]).replace(/\u200b/g, '')).toContain('https://www.nongbuathong.go.th/manual');
    expect(table.rows[2].cells[1].paragraphs.map(paragraphText)).toEqual([
      '๑. ประชุมเจ้าหน้าที่เพื่อสร้างความเข้าใจในการปรับปรุงคู่มือ',
      '๒. จัดทำคู่มือโดยระบุขั้นตอนและระยะเวลาที่ใช้ในการให้บริการ',
      '๓. ประชาสัมพันธ์คู่มือทางเว็บไซต์',
    ]);
    expect(table.columnWidths.reduce((a, b) => a! + b!, 0)).toBeCloseTo(841.9 - 4 * 28.35, 0);
    expect(signatures.borderWidth).toBe(0);
    expect(signatures.rows[0].cells.map(cellText)).toEqual([
      `\nลงชื่อ ${'.'.repeat(35)}\n(นางสาวมาลี ใจดี)\nนักวิเคราะห์นโยบายและแผน`,
      `\nลงชื่อ ${'.'.repeat(35)}\n(นายสมชาย รักษ์ถิ่น)\nปลัดองค์การบริหารส่วนตำบลหนองบัวทอง`,
      `\nลงชื่อ ${'.'.repeat(35)}\n(นายประเสริฐ มั่นคง)\nนายกองค์การบริหารส่วนตำบลหนองบัวทอง`,
    ]);
    const text = report.nodes.filter((n) => n.type === 'paragraph').map((n) => paragraphText(n as never));
    expect(text).toContain(
      'มาตรการทั้งหมด ๘ มาตรการ ดำเนินการแล้วเสร็จ ๔ มาตรการ คิดเป็นร้อยละ ๕๐ อยู่ระหว่างดำเนินการ ๓ มาตรการ คิดเป็นร้อยละ ๓๗.๕๐ และยังไม่ดำเนินการ ๑ มาตรการ คิดเป็นร้อยละ ๑๒.๕๐',
    );
    const title = report.nodes[0];
    expect(title.type === 'paragraph' && title.runs[0].style).toMatchObject({ bold: true, fontSize: 14, fontFamily: 'Sarabun' });
    expect(title.type === 'paragraph' && title.alignment).toBe('center');
  });

  it('updates the same Doc in place when generated again: same ID and URL, nothing duplicated, nobody mailed twice', () => {
    const ws = seededWorkspace(sampleAgency());
    const first = ok(generateReport(H1));
    const firstDoc = JSON.stringify(docOf(ws, first.url).content);
    const files = Object.keys(ws.drive.files).length;
    ws.endExecution();
    ws.calls.reset();
    const second = ok(generateReport(H1));
    expect(second.url).toBe(first.url);
    expect(second.status).toBe('updated');
    expect(Object.keys(ws.drive.files)).toHaveLength(files);
    expect(JSON.stringify(docOf(ws, second.url).content)).toBe(firstDoc);
    expect(ws.drive.notifications).toEqual([]);
    expect(first.sharedWith).toEqual(['palat@nongbuathong.go.th', 'nayok@nongbuathong.go.th']);
    expect(second.sharedWith).toEqual([]);
    expect(ws.calls.snapshot()['Drive.Permissions.create']).toBeUndefined();
  });

  it('keeps one Doc per round: the 12-month report is a second file', () => {
    const ws = seededWorkspace(sampleAgency());
    const h1 = ok(generateReport(H1));
    ws.endExecution();
    const fy = ok(generateReport({ ...H1, round: 'FY' }));
    expect(fy.url).not.toBe(h1.url);
    expect(fy.name).toMatch(/รอบ 12 เดือน$/);
  });

  it('finds its Doc again by name when the properties were lost', () => {
    const ws = seededWorkspace(sampleAgency());
    const first = ok(generateReport(H1));
    ws.endExecution();
    for (const k of Object.keys(ws.properties.document)) if (k.startsWith('ita.doc.')) delete ws.properties.document[k];
    const again = ok(generateReport(H1));
    expect(again.url).toBe(first.url);
    expect(again.status).toBe('updated');
  });

  it('restores a trashed Doc with the same ID and link instead of making a new one', () => {
    const ws = seededWorkspace(sampleAgency());
    const first = ok(generateReport(H1));
    ws.endExecution();
    const file = Object.values(ws.drive.files).find((f) => f.name === first.name)!;
    file.trashed = true;
    const files = Object.keys(ws.drive.files).length;
    const again = ok(generateReport(H1));
    expect(again.status).toBe('updated');
    expect(again.url).toBe(first.url);
    expect(file.trashed).toBe(false);
    expect(Object.keys(ws.drive.files)).toHaveLength(files);
    expect(again.notes[0]).toContain('กู้คืนแล้ว');
  });

  it('replaces a Doc deleted for good, and says its link changed', () => {
    const ws = seededWorkspace(sampleAgency());
    const first = ok(generateReport(H1));
    ws.endExecution();
    const id = /\/d\/([\w-]+)/.exec(first.url)![1];
    delete ws.drive.files[id];
    delete ws.data.docs[id];
    const again = ok(generateReport(H1));
    expect(again.status).toBe('replaced');
    expect(again.url).not.toBe(first.url);
    expect(again.notes[0]).toContain('ลิงก์เปลี่ยนไป');
    expect(Object.values(ws.drive.folders).filter((f) => f.name === 'รายงาน ITA')).toHaveLength(1);
  });

  it('opens the link to anyone only when the setting is on, and takes it back when turned off', () => {
    const ws = seededWorkspace(sampleAgency());
    const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.settings)!;
    const row =
      settings
        .getRange(1, 1, settings.getLastRow(), 1)
        .getValues()
        .findIndex((r) => String(r[0]).startsWith('เปิดให้ทุกคน')) + 1;
    settings.getRange(row, 2).setValue('ใช่');
    const r = ok(generateReport(H1));
    const file = () => Object.values(ws.drive.files).find((f) => f.name === r.name)!;
    expect(file().access).toBe('ANYONE_WITH_LINK');
    expect(r.publicLink).toBe(true);
    settings.getRange(row, 2).setValue('ไม่ใช่');
    ws.endExecution();
    ok(generateReport(H1));
    expect(file().access).toBe('PRIVATE');
  });

  it('says so when the Workspace admin forbids link sharing, and still makes the report', () => {
    const ws = seededWorkspace(sampleAgency());
    ws.drive.forbidPublicSharing = true;
    const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.settings)!;
    const row =
      settings
        .getRange(1, 1, settings.getLastRow(), 1)
        .getValues()
        .findIndex((r) => String(r[0]).startsWith('เปิดให้ทุกคน')) + 1;
    settings.getRange(row, 2).setValue('ใช่');
    const r = ok(generateReport(H1));
    expect(r.publicLink).toBe(false);
    expect(r.notes.some((n) => n.includes('ผู้ดูแลระบบ Google Workspace'))).toBe(true);
  });

  it('shares with commenters on the Doc itself when that role is set', () => {
    const ws = seededWorkspace(sampleAgency());
    const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.settings)!;
    const row =
      settings
        .getRange(1, 1, settings.getLastRow(), 1)
        .getValues()
        .findIndex((r) => String(r[0]) === 'สิทธิ์ของผู้บริหาร') + 1;
    settings.getRange(row, 2).setValue('ผู้แสดงความคิดเห็น');
    const r = ok(generateReport(H1));
    const file = Object.values(ws.drive.files).find((f) => f.name === r.name)!;
    expect(file.shares).toEqual({ 'palat@nongbuathong.go.th': 'commenter', 'nayok@nongbuathong.go.th': 'commenter' });
  });

  it('refuses, with the place to fix, a report folder the add-on cannot reach', () => {
    const ws = seededWorkspace(sampleAgency());
    const foreign = ws.addForeignFile('โฟลเดอร์ของฉัน', 'application/vnd.google-apps.folder');
    const settings = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.settings)!;
    const row =
      settings
        .getRange(1, 1, settings.getLastRow(), 1)
        .getValues()
        .findIndex((r) => String(r[0]).startsWith('โฟลเดอร์รายงาน')) + 1;
    settings.getRange(row, 2).setValue(`https://drive.google.com/drive/folders/${foreign.id}`);
    const r = generateReport(H1);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('ล้างช่องนี้ให้ว่าง');
  });

  it('says when another person is generating at the same moment', () => {
    const ws = seededWorkspace(sampleAgency());
    ws.holdLockForOther('document');
    const r = generateReport(H1);
    expect(!r.ok && r.message).toContain('รอสักครู่');
  });

  it('changes no sheet but the report log, which gets one row per generation', () => {
    const ws = seededWorkspace(sampleAgency());
    const before = sheetsExceptLog(ws);
    ok(generateReport(H1));
    ok(generateReport({ ...H1, presetId: '000', round: 'FY' }));
    ok(generateReport({ ...H1, presetId: 'กำหนดเอง', columns: ['measure', 'status', 'evidence'] }));
    expect(sheetsExceptLog(ws)).toBe(before);
    expect(logRows(ws).map((r) => [r.round, r.preset, r.status])).toEqual([
      ['รอบ 6 เดือน', '001', 'สร้างใหม่'],
      ['รอบ 12 เดือน', '000', 'สร้างใหม่'],
      ['รอบ 6 เดือน', 'กำหนดเอง: measure, status, evidence', 'ปรับปรุงไฟล์เดิม'],
    ]);
    expect(COORDINATOR).toBe(ws.activeUser);
  });
});
