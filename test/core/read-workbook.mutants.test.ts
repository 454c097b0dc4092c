/**
 * What the sheet reader accepts, refuses and how it says so, edge by edge: the cases mutation
 * testing (`npm run mutate`) found the older tests let through — the fiscal-year check of a
 * measure row, the length limits at their boundaries, trimming, the yes/no words, the settings'
 * kinds. Each case is a sheet a person could type; each assertion is what they would see.
 */
import { SHEET, SHARE_ROLE_LABEL, STATUS_LABEL } from '../../src/core/labels';
import { describeProblem } from '../../src/core/problems';
import { folderIdFrom, mapColumns, readWorkbook, type Cell, type RawWorkbook } from '../../src/core/read-workbook';
import { UNIT_COLUMNS, type MeasureKey, type ProgressKey } from '../../src/core/schema';
import { measureRows, progressRows, rawWorkbook, settingsRows, unitRows, type Row } from '../../emulator/agencies/sheets';
import { SAMPLE_SETTINGS } from '../../emulator/agencies/sample-agency';

const M = (over: Row<MeasureKey> = {}): Row<MeasureKey> => ({ id: 'M-1', fiscalYear: 2568, title: 'มาตรการ', ...over });
const P = (over: Row<ProgressKey> = {}): Row<ProgressKey> => ({
  measureId: 'M-1',
  round: 'รอบ 6 เดือน',
  status: STATUS_LABEL.in_progress,
  ...over,
});

interface Sheets {
  measures?: Row<MeasureKey>[];
  progress?: Row<ProgressKey>[];
  settings?: Record<string, Cell>;
  units?: string[];
}

function raw({ measures = [M()], progress = [], settings = {}, units = ['สำนักปลัด'] }: Sheets = {}): RawWorkbook {
  return rawWorkbook({
    measures: measureRows(measures),
    progress: progressRows(progress),
    settings: settingsRows({ ...SAMPLE_SETTINGS, ...settings }),
    units: unitRows(units),
  });
}

function read(sheets: Sheets = {}) {
  const r = readWorkbook(raw(sheets));
  return { ...r, messages: r.problems.map(describeProblem) };
}

const measure = (over: Row<MeasureKey>) => read({ measures: [M(over)] });
const setting = (key: string, value: Cell) => read({ settings: { [key]: value } });

describe('a measure row: fiscal year', () => {
  it('asks for a blank fiscal year once, naming row and column', () => {
    const r = measure({ fiscalYear: '' });
    expect(r.messages).toEqual(['ชีต "มาตรการ" แถว 2 คอลัมน์ B (ปีงบประมาณ): ยังไม่ได้ใส่ปีงบประมาณ (พ.ศ.)']);
    expect(r.workbook.measures[0].fiscalYear).toBe(0);
  });

  it.each([2025, '2025', 2399, 2701, '2568.5', 'ปีนี้'])('refuses %p as a BE year, with one message only', (year) => {
    const r = measure({ fiscalYear: year });
    expect(r.messages).toEqual([`ชีต "มาตรการ" แถว 2 คอลัมน์ B (ปีงบประมาณ): "${year}" ไม่ใช่ปี พ.ศ. — พิมพ์เป็นปีพุทธศักราช 4 หลัก เช่น 2568`]);
    expect(r.workbook.measures[0].fiscalYear).toBe(0);
  });

  it.each([
    [2400, 2400],
    [2700, 2700],
    [' ๒๕๖๘ ', 2568],
  ])('accepts %p', (typed, year) => {
    const r = measure({ fiscalYear: typed });
    expect(r.messages).toEqual([]);
    expect(r.workbook.measures[0].fiscalYear).toBe(year);
  });

  it('judges each row on its own: a wrong year above does not hide a blank one below', () => {
    const r = read({ measures: [M({ fiscalYear: '2025' }), M({ id: 'M-2', fiscalYear: '' })] });
    expect(r.messages).toEqual([
      expect.stringMatching(/^ชีต "มาตรการ" แถว 2 คอลัมน์ B \(ปีงบประมาณ\): "2025" ไม่ใช่ปี พ\.ศ\./),
      'ชีต "มาตรการ" แถว 3 คอลัมน์ B (ปีงบประมาณ): ยังไม่ได้ใส่ปีงบประมาณ (พ.ศ.)',
    ]);
  });

  it('still asks for the year when another cell of the row has a problem', () => {
    const r = measure({ fiscalYear: '', title: '' });
    expect(r.messages).toEqual([
      'ชีต "มาตรการ" แถว 2 คอลัมน์ G (มาตรการ/โครงการ/กิจกรรม): ยังไม่ได้ใส่ชื่อมาตรการ',
      'ชีต "มาตรการ" แถว 2 คอลัมน์ B (ปีงบประมาณ): ยังไม่ได้ใส่ปีงบประมาณ (พ.ศ.)',
    ]);
  });
});

describe('a measure row: text, lengths and trimming', () => {
  const tooLong = (n: number, max: string) => `ข้อความยาว ${n.toLocaleString('en-US')} ตัวอักษร เกินที่รับได้ ${max} ตัวอักษร — กรุณาย่อให้สั้นลง`;

  it('takes a 1,000-character title and refuses 1,001, keeping the first 1,000', () => {
    expect(measure({ title: 'ก'.repeat(1000) }).messages).toEqual([]);
    const r = measure({ title: 'ก'.repeat(1001) });
    expect(r.messages).toEqual([`ชีต "มาตรการ" แถว 2 คอลัมน์ G (มาตรการ/โครงการ/กิจกรรม): ${tooLong(1001, '1,000')}`]);
    expect(r.workbook.measures[0].title).toBe('ก'.repeat(1000));
  });

  it('takes 100 characters of unit and 20,000 of steps, not one more', () => {
    expect(measure({ targetUnit: 'ค'.repeat(100), steps: 'ข'.repeat(20000) }).messages).toEqual([]);
    const r = measure({ targetUnit: 'ค'.repeat(101), steps: 'ข'.repeat(20001) });
    expect(r.messages).toEqual([
      expect.stringContaining(`(ขั้นตอน/วิธีการ): ${tooLong(20001, '20,000')}`),
      expect.stringContaining(`(หน่วยนับ): ${tooLong(101, '100')}`),
    ]);
  });

  it('measures the text after trimming, and stores it trimmed with Windows line ends made plain', () => {
    const r = measure({ id: '  M-9 ', title: `  ${'ก'.repeat(1000)}\n `, steps: ' ขั้นที่ 1\r\nขั้นที่ 2\rขั้นที่ 3 ' });
    expect(r.messages).toEqual([]);
    expect(r.workbook.measures[0]).toMatchObject({ id: 'M-9', title: 'ก'.repeat(1000), steps: 'ขั้นที่ 1\nขั้นที่ 2\nขั้นที่ 3' });
  });

  it('shows a date or a checkbox typed into a text column as Thai words', () => {
    const r = measure({ period: new Date(2025, 2, 31), section: true, itaTags: false });
    expect(r.messages).toEqual([]);
    expect(r.workbook.measures[0]).toMatchObject({ period: '31 มีนาคม 2568', section: 'ใช่', itaTags: 'ไม่ใช่' });
  });

  it('numbers a measure by its row when ลำดับ is blank, and reads Thai digits when it is not', () => {
    const r = read({ measures: [M({ order: '' }), M({ id: 'M-2', order: '๓' })] });
    expect(r.workbook.measures.map((m) => m.order)).toEqual([2, 3]);
  });

  it('names a target that is not a number and leaves it empty; a blank target is no problem', () => {
    const r = read({ measures: [M({ target: 'เจ็ดสิบ' }), M({ id: 'M-2', target: '  ' })] });
    expect(r.messages).toEqual(['ชีต "มาตรการ" แถว 2 คอลัมน์ M (ค่าเป้าหมาย): "เจ็ดสิบ" ไม่ใช่ตัวเลข — พิมพ์เฉพาะตัวเลข เช่น 70']);
    expect(r.workbook.measures.map((m) => m.target)).toEqual([null, null]);
  });

  it('skips rows left blank or holding only spaces', () => {
    const r = read({ measures: [M(), {}, { title: '   ' }, M({ id: 'M-2' })] });
    expect(r.messages).toEqual([]);
    expect(r.workbook.measures.map((m) => [m.id, m.row])).toEqual([
      ['M-1', 2],
      ['M-2', 5],
    ]);
  });

  it('reads the row version, 0 when blank', () => {
    const r = read({ measures: [M({ version: '3' }), M({ id: 'M-2' })] });
    expect(r.workbook.measures.map((m) => m.version)).toEqual([3, 0]);
  });
});

describe('a measure row: yes/no (เก็บถาวร)', () => {
  it.each([true, 'ใช่', 'yes', 'YES', 'true', 'TRUE', ' ใช่ '])('%p archives the measure', (v) => {
    const r = measure({ archived: v });
    expect(r.messages).toEqual([]);
    expect(r.workbook.measures[0].archived).toBe(true);
  });

  it.each([false, '', 'ไม่ใช่', 'no', 'No', 'false', 'FALSE'])('%p keeps it active', (v) => {
    const r = measure({ archived: v });
    expect(r.messages).toEqual([]);
    expect(r.workbook.measures[0].archived).toBe(false);
  });

  it('names any other word and keeps the measure active', () => {
    const r = measure({ archived: 'บางที' });
    expect(r.messages).toEqual([expect.stringMatching(/^ชีต "มาตรการ" แถว 2 คอลัมน์ O \(เก็บถาวร\): "บางที" ไม่ใช่ ใช่\/ไม่ใช่/)]);
    expect(r.workbook.measures[0].archived).toBe(false);
  });
});

describe('formulas', () => {
  function withFormula(column: number, formula: string): RawWorkbook {
    const w = raw();
    w[SHEET.measures]!.formulas[1][column] = formula;
    return w;
  }

  it('shows a formula of up to 60 characters whole and cuts a longer one with …', () => {
    const f60 = `=CONCAT("${'ก'.repeat(49)}")`;
    expect(f60).toHaveLength(60);
    const whole = readWorkbook(withFormula(6, f60)).problems.map(describeProblem);
    expect(whole).toEqual([
      `ชีต "มาตรการ" แถว 2 คอลัมน์ G (มาตรการ/โครงการ/กิจกรรม): ช่องนี้มีสูตร ${f60} — ระบบใช้เฉพาะข้อความที่พิมพ์เอง กรุณาลบสูตรแล้วพิมพ์ข้อความแทน`,
      expect.stringContaining('ยังไม่ได้ใส่ชื่อมาตรการ'),
    ]);
    const f61 = `=CONCAT("${'ก'.repeat(50)}")`;
    const cut = readWorkbook(withFormula(6, f61)).problems.map(describeProblem);
    expect(cut[0]).toContain(`ช่องนี้มีสูตร ${f61.slice(0, 60)}… —`);
  });

  it('lets the system column (version) hold a formula', () => {
    const w = raw();
    w[SHEET.measures]!.formulas[1][15] = '=1+1';
    w[SHEET.measures]!.values[1][15] = 2;
    const r = readWorkbook(w);
    expect(r.problems).toEqual([]);
    expect(r.workbook.measures[0].version).toBe(2);
  });

  it('does not skip a row whose only content is a formula', () => {
    const w = raw({ measures: [M(), {}] });
    w[SHEET.measures]!.formulas[2][6] = '=A1';
    expect(readWorkbook(w).problems.map(describeProblem)).toEqual([
      expect.stringMatching(/^ชีต "มาตรการ" แถว 3 คอลัมน์ A \(รหัส\): แถวนี้ไม่มีรหัสมาตรการ/),
    ]);
  });
});

describe('headers', () => {
  it('finds a header typed with other spacing, case or Thai digits', () => {
    const w = raw({ measures: [M({ target: 5 })] });
    const header = w[SHEET.measures]!.values[0];
    header[1] = ' ปีงบ ประมาณ ';
    header[14] = 'เก็บถาวร ';
    const r = readWorkbook(w);
    expect(r.problems).toEqual([]);
    expect(r.workbook.measures[0]).toMatchObject({ fiscalYear: 2568, target: 5 });
  });

  it('uses the first of two columns with the same header', () => {
    const w = raw({ measures: [M()] });
    w[SHEET.measures]!.values[0].push('มาตรการ/โครงการ/กิจกรรม');
    w[SHEET.measures]!.values[1].push('สำเนา');
    expect(readWorkbook(w).workbook.measures[0].title).toBe('มาตรการ');
  });

  it('without unknown headers, a missing column is named without guessing a rename', () => {
    const w = raw();
    const sheet = w[SHEET.measures]!;
    sheet.values = sheet.values.map((row) => row.filter((_, i) => i !== 9));
    const r = readWorkbook(w);
    expect(r.problems.map(describeProblem)).toEqual([
      'ชีต "มาตรการ" แถว 1 คอลัมน์ (ระยะเวลา): ไม่พบคอลัมน์ "ระยะเวลา" ในแถวหัวตาราง — แก้ชื่อหัวคอลัมน์กลับเป็น "ระยะเวลา" หรือเลือกเมนู ITA › ตั้งค่าชีต เพื่อเพิ่มคอลัมน์ที่ขาด',
    ]);
    expect(r.workbook.measures).toEqual([]);
  });

  it('lists every unknown header when one is missing', () => {
    const w = raw();
    const header = w[SHEET.measures]!.values[0];
    header[9] = 'ช่วงเวลา';
    header.push('หมายเหตุ', '  ');
    expect(readWorkbook(w).problems[0].message).toContain('(พบหัวคอลัมน์ที่ระบบไม่รู้จัก: "ช่วงเวลา", "หมายเหตุ" — อาจถูกเปลี่ยนชื่อ)');
  });
});

describe('missing sheets and short rows', () => {
  it('names the progress and units sheets when they are gone, and reads the rest', () => {
    const w = raw({ progress: [P()] });
    w[SHEET.progress] = null;
    w[SHEET.units] = undefined;
    const r = readWorkbook(w);
    expect(r.problems.map(describeProblem)).toEqual([
      'ชีต "ผลการดำเนินการ": ไม่พบชีต "ผลการดำเนินการ" — เลือกเมนู ITA › ตั้งค่าชีต เพื่อสร้างชีตที่ระบบต้องใช้',
      'ชีต "หน่วยงาน": ไม่พบชีต "หน่วยงาน" — เลือกเมนู ITA › ตั้งค่าชีต เพื่อสร้างชีตที่ระบบต้องใช้',
    ]);
    expect(r.workbook).toMatchObject({ progress: [], units: [] });
    expect(r.workbook.measures).toHaveLength(1);
  });

  it('names a renamed header in the progress and units sheets and reads no rows from them', () => {
    const w = raw({ progress: [P()] });
    w[SHEET.progress]!.values[0][3] = 'สถานะงาน';
    w[SHEET.units]!.values[0][0] = 'กอง';
    const r = readWorkbook(w);
    expect(r.problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['ผลการดำเนินการ', 1, 'สถานะ'],
      ['หน่วยงาน', 1, 'หน่วยงาน/ส่วนราชการ'],
    ]);
    expect(r.workbook).toMatchObject({ progress: [], units: [] });
  });

  it('an empty sheet (not even headers) names every column', () => {
    const w = raw();
    w[SHEET.units] = { values: [], formulas: [] };
    expect(readWorkbook(w).problems.map(describeProblem)).toEqual([
      'ชีต "หน่วยงาน" แถว 1 คอลัมน์ (หน่วยงาน/ส่วนราชการ): ไม่พบคอลัมน์ "หน่วยงาน/ส่วนราชการ" ในแถวหัวตาราง — แก้ชื่อหัวคอลัมน์กลับเป็น "หน่วยงาน/ส่วนราชการ" หรือเลือกเมนู ITA › ตั้งค่าชีต เพื่อเพิ่มคอลัมน์ที่ขาด',
    ]);
  });

  it('reads cells past the end of a short row as blank', () => {
    const w = raw({ measures: [M({ archived: 'ใช่' })] });
    const sheet = w[SHEET.measures]!;
    sheet.values[1] = sheet.values[1].slice(0, 7);
    sheet.formulas[1] = sheet.formulas[1].slice(0, 7);
    const r = readWorkbook(w);
    expect(r.problems).toEqual([]);
    expect(r.workbook.measures[0]).toMatchObject({ title: 'มาตรการ', steps: '', period: '', archived: false, target: null, version: 0 });
  });
});

describe('a progress row', () => {
  const progress = (...rows: Row<ProgressKey>[]) => read({ progress: rows });

  it('asks for a blank round, and does not ask again when the round is one it does not know', () => {
    expect(progress(P({ round: '' })).messages).toEqual(['ชีต "ผลการดำเนินการ" แถว 2 คอลัมน์ C (รอบการรายงาน): ยังไม่ได้เลือกรอบการรายงาน']);
    expect(progress(P({ round: 'รอบ 9 เดือน' })).messages).toEqual([
      'ชีต "ผลการดำเนินการ" แถว 2 คอลัมน์ C (รอบการรายงาน): "รอบ 9 เดือน" ไม่ใช่ค่าที่เลือกได้ — เลือกจากรายการ: รอบ 6 เดือน / รอบ 12 เดือน',
    ]);
  });

  it('reads a round or status typed with Thai digits or other spacing; a blank status is not started', () => {
    const r = progress(P({ round: 'รอบ ๑๒ เดือน', status: ' ดำเนินการ แล้วเสร็จ ', result: 'ทำแล้ว' }), P({ status: '' }));
    expect(r.messages).toEqual([]);
    expect(r.workbook.progress.map((p) => [p.round, p.status])).toEqual([
      ['FY', 'done'],
      ['H1', 'not_started'],
    ]);
  });

  it('names a second entry for the same measure and round with the first one’s row', () => {
    const r = progress(P(), P({ round: 'รอบ 12 เดือน' }), P());
    expect(r.messages).toEqual(['ชีต "ผลการดำเนินการ" แถว 4 คอลัมน์ A (รหัสมาตรการ): ผลของมาตรการ "M-1" รอบ 6 เดือน ซ้ำกับแถว 2 — เก็บไว้แถวเดียว']);
    expect(r.workbook.progress).toHaveLength(2);
  });

  it('names a row without a measure ID, and one whose measure does not exist', () => {
    const r = progress(P({ measureId: ' ', result: 'x' }), P({ measureId: 'M-404' }));
    expect(r.messages).toEqual([
      'ชีต "ผลการดำเนินการ" แถว 2 คอลัมน์ A (รหัสมาตรการ): แถวนี้ไม่มีรหัสมาตรการ จึงไม่รู้ว่าเป็นผลของมาตรการใด — ใส่รหัสจากชีต "มาตรการ"',
      'ชีต "ผลการดำเนินการ" แถว 3 คอลัมน์ A (รหัสมาตรการ): ไม่พบมาตรการรหัส "M-404" ในชีต "มาตรการ" — รหัสอาจถูกลบหรือแก้ไข ให้ใส่รหัสเดิมกลับคืนในชีต "มาตรการ"',
    ]);
  });

  it('does not blame progress rows for measure IDs when the measures sheet itself cannot be read', () => {
    const w = raw({ progress: [P({ measureId: 'M-404' })] });
    const sheet = w[SHEET.measures]!;
    sheet.values[0][0] = 'ไอดี';
    const r = readWorkbook(w);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ sheet: 'มาตรการ', row: 1, column: 'รหัส' });
    expect(r.workbook.progress.map((p) => p.measureId)).toEqual(['M-404']);

    const gone = raw({ progress: [P({ measureId: 'M-404' })] });
    gone[SHEET.measures] = null;
    expect(readWorkbook(gone).problems.map((p) => p.sheet)).toEqual(['มาตรการ']);
    expect(readWorkbook(gone).workbook.measures).toEqual([]);
  });

  it('still checks measure IDs when the only measure problems are in rows', () => {
    const r = read({ measures: [M({ title: '' })], progress: [P({ measureId: 'M-404' })] });
    expect(r.messages).toEqual([expect.stringContaining('ยังไม่ได้ใส่ชื่อมาตรการ'), expect.stringContaining('ไม่พบมาตรการรหัส "M-404"')]);
  });

  it('splits evidence on new lines only, keeping the good lines and naming the first one no reader could open', () => {
    const ok = progress(P({ evidence: 'https://a.go.th/1\nhttp://b.go.th/2\n https://c.go.th/3 ' }));
    expect(ok.messages).toEqual([]);
    expect(ok.workbook.progress[0].evidence).toEqual(['https://a.go.th/1', 'http://b.go.th/2', 'https://c.go.th/3']);
    const bad = progress(P({ evidence: 'https://a.go.th/1\nwww.b.go.th\nftp://c.go.th\nhttps://localhost' }));
    expect(bad.messages).toEqual([
      'ชีต "ผลการดำเนินการ" แถว 2 คอลัมน์ I (หลักฐาน (ลิงก์)): "ftp://c.go.th" เปิดจากรายงานไม่ได้ — ใส่ลิงก์ที่ขึ้นต้นด้วย https:// หรือคำอธิบายหลักฐาน บรรทัดละหนึ่งรายการ',
    ]);
    expect(bad.workbook.progress[0].evidence).toEqual(['https://a.go.th/1', 'www.b.go.th', 'https://localhost']);
  });

  it('reads the actual number, who saved and when (a date only), and the version', () => {
    const when = new Date(2025, 2, 1, 9, 30);
    const r = progress(
      P({ actual: '๖๐', updatedBy: ' malee@x.go.th ', updatedAt: when, version: 4 }),
      P({ round: 'รอบ 12 เดือน', updatedAt: '1/3/2568' }),
    );
    expect(r.messages).toEqual([]);
    expect(r.workbook.progress[0]).toMatchObject({ actual: 60, updatedBy: 'malee@x.go.th', updatedAt: when, version: 4, row: 2 });
    expect(r.workbook.progress[1]).toMatchObject({ actual: null, updatedAt: null, version: 0 });
  });
});

describe('units', () => {
  it('keeps each unit once, trimmed, skipping blank rows', () => {
    expect(read({ units: [' กองคลัง ', '', 'กองช่าง', 'กองคลัง'] }).workbook.units).toEqual(['กองคลัง', 'กองช่าง']);
  });
});

describe('settings', () => {
  const at = (row: number) => `ชีต "ตั้งค่า" แถว ${row} คอลัมน์ B (ค่า): `;
  const rowOf = (label: string) => settingsRows(SAMPLE_SETTINGS).findIndex((r) => r[0] === label) + 1;

  it('names a formula, cut at 40 characters', () => {
    const w = raw();
    const r = rowOf('ชื่อหน่วยงาน');
    w[SHEET.settings]!.formulas[r - 1][1] = `=CONCAT("${'ก'.repeat(40)}")`;
    expect(readWorkbook(w).problems.map(describeProblem)).toEqual([
      `${at(r)}"ชื่อหน่วยงาน" มีสูตร =CONCAT("${'ก'.repeat(31)} — พิมพ์เป็นข้อความแทน`,
    ]);
  });

  it('names a score that is not a number; blank means none', () => {
    expect(setting('lastScore', 'แปดสิบ').messages).toEqual([
      `${at(rowOf('คะแนน ITA ปีที่แล้ว'))}"คะแนน ITA ปีที่แล้ว": "แปดสิบ" ไม่ใช่ตัวเลข เช่น 83.59`,
    ]);
    expect(setting('lastScore', '').workbook.settings.lastScore).toBeNull();
  });

  it.each([2025, '2568.5', 'ปีหน้า', 2399, 2701])('refuses fiscal year %p', (y) => {
    const r = setting('fiscalYear', y);
    expect(r.messages).toEqual([`${at(rowOf('ปีงบประมาณ (พ.ศ.)'))}"ปีงบประมาณ (พ.ศ.)": "${y}" ไม่ใช่ปี พ.ศ. 4 หลัก เช่น 2568`]);
    expect(r.workbook.settings.fiscalYear).toBe(0);
  });

  it.each([2400, 2700, '๒๕๖๙'])('accepts fiscal year %p', (y) => {
    const r = setting('fiscalYear', y);
    expect(r.messages).toEqual([]);
    expect(r.workbook.settings.fiscalYear).toBe(y === '๒๕๖๙' ? 2569 : y);
  });

  it('names a choice outside the list, and matches one typed with other spacing', () => {
    expect(setting('agencyType', 'บริษัท').messages).toEqual([
      `${at(rowOf('ประเภทหน่วยงาน'))}"ประเภทหน่วยงาน": "บริษัท" ไม่ใช่ค่าที่เลือกได้ — เลือกจาก องค์การบริหารส่วนตำบล / เทศบาลตำบล / เทศบาลเมือง / เทศบาลนคร / องค์การบริหารส่วนจังหวัด`,
    ]);
    const ok = setting('agencyType', ' เทศบาล ตำบล ');
    expect(ok.messages).toEqual([]);
    expect(ok.workbook.settings.agencyType).toBe('เทศบาลตำบล');
  });

  it('reads e-mails separated by commas, semicolons, spaces or lines, and names one that is not an address', () => {
    expect(setting('executives', 'a@x.go.th; b@x.go.th\nc@x.go.th d@x.go.th').workbook.settings.executives).toEqual([
      'a@x.go.th',
      'b@x.go.th',
      'c@x.go.th',
      'd@x.go.th',
    ]);
    const bad = setting('coordinators', 'a@x.go.th, สมชาย, b@x');
    expect(bad.messages).toEqual([
      `${at(rowOf('อีเมลผู้ประสานงาน (แก้ไขมาตรการในแถบข้างได้)'))}"อีเมลผู้ประสานงาน (แก้ไขมาตรการในแถบข้างได้)": "สมชาย" ไม่ใช่อีเมล`,
    ]);
    expect(bad.workbook.settings.coordinators).toEqual(['a@x.go.th', 'b@x']);
  });

  it.each([
    ['ใช่', true],
    ['TRUE', true],
    ['yes', true],
    [' Yes ', true],
    [true, true],
    ['ไม่ใช่', false],
    ['false', false],
    ['no', false],
    ['NO', false],
    [false, false],
  ])('reads yes/no %p as %p, the same words as a measure row', (v, b) => {
    const r = read({ settings: { publicLink: v, thaiDigits: v } });
    expect(r.messages).toEqual([]);
    expect(r.workbook.settings.publicLink).toBe(b);
    expect(r.workbook.settings.thaiDigits).toBe(b);
  });

  it('names another word for yes/no and falls back to the default', () => {
    const r = read({ settings: { publicLink: 'อาจจะ', thaiDigits: 'อาจจะ' } });
    expect(r.messages).toEqual([
      `${at(rowOf('เปิดให้ทุกคนที่มีลิงก์ดูรายงานได้'))}"เปิดให้ทุกคนที่มีลิงก์ดูรายงานได้": เลือก ใช่ หรือ ไม่ใช่`,
      `${at(rowOf('ใช้เลขไทยในรายงาน'))}"ใช้เลขไทยในรายงาน": เลือก ใช่ หรือ ไม่ใช่`,
    ]);
    expect(r.workbook.settings).toMatchObject({ publicLink: false, thaiDigits: true });
  });

  it('defaults: Thai digits on, link sharing off, preset 001, executives as viewers', () => {
    const r = read({ settings: { thaiDigits: '', publicLink: '', defaultPreset: '', shareRole: '', memoEnabled: '' } });
    expect(r.messages).toEqual([]);
    expect(r.workbook.settings).toMatchObject({ thaiDigits: true, publicLink: false, defaultPreset: '001', shareRole: 'viewer' });
    expect(r.workbook.settings.memo.enabled).toBe(false);
    expect(setting('shareRole', SHARE_ROLE_LABEL.commenter).workbook.settings.shareRole).toBe('commenter');
  });

  it('drops a typed "อำเภอ"/"จังหวัด" before the name', () => {
    const r = read({ settings: { district: 'อำเภอ เมืองนครราชสีมา', province: 'จังหวัดนครราชสีมา' } });
    expect(r.workbook.settings).toMatchObject({ district: 'เมืองนครราชสีมา', province: 'นครราชสีมา' });
    expect(setting('district', 'ปากช่อง อำเภอ').workbook.settings.district).toBe('ปากช่อง อำเภอ');
  });

  it.each([
    ['https://drive.google.com/drive/folders/1AbC-d_E9?usp=sharing', '1AbC-d_E9'],
    ['https://drive.google.com/open?id=1XyZ_9-q', '1XyZ_9-q'],
    ['https://drive.google.com/x?usp=a&id=9q', '9q'],
    ['  1AbC-d_E9  ', '1AbC-d_E9'],
  ])('takes the folder ID from %p', (typed, id) => {
    expect(setting('reportFolderId', typed).workbook.settings.reportFolderId).toBe(id);
  });

  it('keeps only the signatories that have a name or a position, in order', () => {
    const r = read({
      settings: {
        signer1Name: '',
        signer1Position: '',
        signer2Name: '',
        signer2Position: 'ปลัด อบต.',
        signer3Name: 'นายก',
        signer3Position: '',
      },
    });
    expect(r.workbook.settings.signatories).toEqual([
      { name: '', position: 'ปลัด อบต.' },
      { name: 'นายก', position: '' },
    ]);
  });

  it('reads the memo fields, its date typed or picked', () => {
    const picked = new Date(2025, 3, 3);
    const r = read({ settings: { memoEnabled: 'ใช่', memoTo: 'นายก', memoDate: picked } });
    expect(r.workbook.settings.memo).toMatchObject({ enabled: true, to: 'นายก', date: picked, phone: '0 4420 1234 ต่อ 11' });
    expect(setting('memoDate', 'พรุ่งนี้').messages).toEqual([expect.stringContaining('"บันทึกข้อความ: วันที่": "พรุ่งนี้" ไม่ใช่วันที่')]);
    expect(setting('memoDate', '').workbook.settings.memo.date).toBeNull();
  });

  it('uses the first of two rows with the same label, found despite spacing', () => {
    const w = raw();
    const sheet = w[SHEET.settings]!;
    sheet.values.push(['ชื่อหน่วยงาน', 'ซ้ำ', ''], [' ชื่อ หน่วยงาน ', 'ซ้ำอีก', '']);
    sheet.formulas.push(['', '', ''], ['', '', '']);
    const r = readWorkbook(w);
    expect(r.problems).toEqual([]);
    expect(r.workbook.settings.agencyName).toBe('องค์การบริหารส่วนตำบลหนองบัวทอง');
  });

  it('names a required row that was deleted, and not an optional one', () => {
    const w = raw();
    const sheet = w[SHEET.settings]!;
    const keep = (r: Cell[]) => r[0] !== 'อำเภอ' && r[0] !== 'คะแนน ITA ปีที่แล้ว';
    sheet.formulas = sheet.formulas.filter((_, i) => keep(sheet.values[i]));
    sheet.values = sheet.values.filter(keep);
    expect(readWorkbook(w).problems.map(describeProblem)).toEqual([
      'ชีต "ตั้งค่า": ไม่พบแถว "อำเภอ" — เลือกเมนู ITA › ตั้งค่าชีต เพื่อเพิ่มแถวที่ขาด แล้วกรอกค่า',
    ]);
  });

  it('with the settings sheet gone, still reads the rest with defaults', () => {
    const w = raw();
    w[SHEET.settings] = null;
    const r = readWorkbook(w);
    expect(r.problems.map((p) => p.sheet)).toEqual(['ตั้งค่า']);
    expect(r.workbook.settings).toMatchObject({ agencyName: '', fiscalYear: 0, thaiDigits: true, executives: [], signatories: [] });
    expect(r.workbook.measures).toHaveLength(1);
  });
});

describe('second-pass edges (from the first mutation run)', () => {
  it('tells the server a column is missing with index -1', () => {
    const map = mapColumns(['หน่วยงาน/ส่วนราชการ'], UNIT_COLUMNS);
    expect(map.index.name).toBe(0);
    expect(mapColumns(['อื่น'], UNIT_COLUMNS).index.name).toBe(-1);
  });

  it('names an over-long measure ID once, not once per read', () => {
    const r = read({ measures: [M({ id: 'ร'.repeat(1001) })], progress: [P({ measureId: 'ร'.repeat(1001) })] });
    expect(r.messages.filter((m) => m.includes('ข้อความยาว 1,001'))).toHaveLength(2);
    expect(r.messages.filter((m) => m.includes('แถว 2 คอลัมน์ A (รหัส)'))).toHaveLength(1);
    expect(r.messages.filter((m) => m.includes('แถว 2 คอลัมน์ A (รหัสมาตรการ)'))).toHaveLength(1);
  });

  it('names an over-long status once', () => {
    const r = read({ progress: [P({ status: 'ส'.repeat(1001) })] });
    expect(r.messages.filter((m) => m.includes('ข้อความยาว 1,001'))).toHaveLength(1);
  });

  it('a progress entry carries exactly the model fields (not the reference title column)', () => {
    const r = read({ progress: [P({ measureTitle: 'มาตรการ (อ้างอิง)', result: 'ผล', evidence: 'https://a.go.th/1' })] });
    expect(r.workbook.progress).toEqual([
      {
        measureId: 'M-1',
        round: 'H1',
        status: 'in_progress',
        result: 'ผล',
        outcome: '',
        actual: null,
        suggestions: '',
        evidence: ['https://a.go.th/1'],
        updatedBy: '',
        updatedAt: null,
        version: 0,
        row: 2,
      },
    ]);
  });

  it('skips blank progress rows', () => {
    const r = read({ progress: [{}, P(), { result: '  ' }] });
    expect(r.messages).toEqual([]);
    expect(r.workbook.progress.map((p) => p.row)).toEqual([3]);
  });

  it('reads sheets whose formulas grid is shorter than the values, and unit rows without cells', () => {
    const w = raw({ progress: [P()] });
    w[SHEET.measures]!.formulas = [];
    w[SHEET.settings]!.formulas = [];
    w[SHEET.units]!.values.push([]);
    const r = readWorkbook(w);
    expect(r.problems).toEqual([]);
    expect(r.workbook.measures).toHaveLength(1);
    expect(r.workbook.units).toEqual(['สำนักปลัด']);
  });

  it('a settings row holding only its label counts as blank', () => {
    const w = raw();
    const sheet = w[SHEET.settings]!;
    const i = sheet.values.findIndex((r) => r[0] === 'ชื่อหน่วยงาน');
    sheet.values[i] = ['ชื่อหน่วยงาน'];
    expect(readWorkbook(w).problems.map(describeProblem)).toEqual([`ชีต "ตั้งค่า" แถว ${i + 1} คอลัมน์ B (ค่า): ยังไม่ได้กรอก "ชื่อหน่วยงาน"`]);
  });

  it('trims text settings and reads every one of them', () => {
    const r = read({
      settings: {
        agencyName: '  อบต.ทดสอบ  ',
        defaultPreset: '003',
        customColumns: 'มาตรการ, ขั้นตอน',
        memoDivision: 'สำนักปลัด',
        memoReference: 'นม 1/',
      },
    });
    expect(r.messages).toEqual([]);
    expect(r.workbook.settings).toMatchObject({ agencyName: 'อบต.ทดสอบ', defaultPreset: '003', customColumns: 'มาตรการ, ขั้นตอน' });
    expect(r.workbook.settings.memo).toMatchObject({ division: 'สำนักปลัด', reference: 'นม 1/' });
  });

  it('drops "อำเภอ" typed without a space, and "จังหวัด" only at the start', () => {
    expect(setting('district', 'อำเภอปากช่อง').workbook.settings.district).toBe('ปากช่อง');
    expect(setting('province', 'สระแก้ว จังหวัด').workbook.settings.province).toBe('สระแก้ว จังหวัด');
  });

  it.each(['@somchai@x.go.th', 'a@x.go.th@', 'a@x'])('refuses %p as an e-mail', (e) => {
    expect(setting('executives', e).messages).toEqual([expect.stringContaining(`"${e}" ไม่ใช่อีเมล`)]);
  });

  it('ignores a trailing comma or space after the last e-mail', () => {
    const r = setting('executives', 'a@x.go.th, ');
    expect(r.messages).toEqual([]);
    expect(r.workbook.settings.executives).toEqual(['a@x.go.th']);
  });

  it('no coordinators row means no coordinators', () => {
    const w = raw();
    const sheet = w[SHEET.settings]!;
    const keep = (r: Cell[]) => !String(r[0]).startsWith('อีเมลผู้ประสานงาน');
    sheet.formulas = sheet.formulas.filter((_, i) => keep(sheet.values[i]));
    sheet.values = sheet.values.filter(keep);
    expect(readWorkbook(w).workbook.settings.coordinators).toEqual([]);
  });

  it('takes a folder ID pasted with spaces around it', () => {
    expect(folderIdFrom('  1AbC-d_E9 ')).toBe('1AbC-d_E9');
  });

  it('a settings problem does not stop the progress sheet from checking measure IDs', () => {
    const w = raw({ progress: [P({ measureId: 'M-404' })] });
    const sheet = w[SHEET.settings]!;
    const keep = (r: Cell[]) => r[0] !== 'อำเภอ';
    sheet.formulas = sheet.formulas.filter((_, i) => keep(sheet.values[i]));
    sheet.values = sheet.values.filter(keep);
    expect(readWorkbook(w).problems.map(describeProblem)).toEqual([
      expect.stringContaining('ไม่พบแถว "อำเภอ"'),
      expect.stringContaining('ไม่พบมาตรการรหัส "M-404"'),
    ]);
  });
});
