import { readWorkbook } from '../../src/core/read-workbook';
import { buildReportContent, type ReportContent } from '../../src/core/report-content';
import { buildReportLayout, type LayoutTable } from '../../src/core/report-layout';
import { customPreset, findPreset } from '../../src/core/presets';
import { rawWorkbook } from '../../emulator/agencies/sheets';
import { sampleAgency } from '../../emulator/agencies/sample-agency';
import type { FiscalRound } from '../../src/core/fiscal';

const today = new Date(2025, 3, 5);

function content(presetId = '001', round: FiscalRound = 'H1', edit?: (d: ReturnType<typeof sampleAgency>) => void): ReportContent {
  const d = sampleAgency();
  edit?.(d);
  const { workbook, problems } = readWorkbook(rawWorkbook(d));
  expect(problems).toEqual([]);
  return buildReportContent(workbook, { fiscalYear: 2568, round, preset: findPreset(presetId)!, includeMemo: true, today });
}

const measureRows = (c: ReportContent) => c.table.rows.filter((r) => r.kind === 'measure') as { cells: string[] }[];

describe('report content', () => {
  it('numbers only the steps column; other multi-line cells keep the lines and numbers people typed', () => {
    const c = content('001', 'H1', (d) => {
      const head = d.progress[0].map(String);
      const row = d.progress.find((r) => r[0] === 'M-0003')!;
      row[head.indexOf('ผลการดำเนินการ')] = 'จัดทำข้อตกลงครบทุกกอง\n  \nจัดทำคำสั่งมอบหมายงานเป็นปัจจุบัน';
      row[head.indexOf('ข้อเสนอแนะ')] = '(1) ทบทวนทุกปี\n(2) แจ้งทุกกอง';
    });
    const cells = measureRows(c)[2].cells;
    expect(cells[1]).toMatch(/^1\. .+\n2\. /); // steps typed one per line, numbered by the add-on
    expect(cells[4]).toBe('จัดทำข้อตกลงครบทุกกอง\nจัดทำคำสั่งมอบหมายงานเป็นปัจจุบัน');
    expect(cells[6]).toBe('(1) ทบทวนทุกปี\n(2) แจ้งทุกกอง');
  });

  it('groups measures under numbered section rows, numbering items 1.1, 1.2 …', () => {
    const c = content();
    expect(c.table.rows.map((r) => (r.kind === 'section' ? r.text : r.cells[0].split(' ')[0]))).toEqual([
      '1. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ',
      '1.1',
      '1.2',
      '1.3',
      '2. การให้บริการและระบบ E-Service',
      '2.1',
      '2.2',
      '3. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน',
      '3.1',
      '3.2',
      '3.3',
    ]);
    expect(c.table.headers).toEqual(findPreset('001')!.columns.map((col) => col.header));
  });

  it('numbers rows 1. 2. when no measure has a section', () => {
    const c = content('001', 'H1', (d) => d.measures.forEach((row, i) => i > 0 && (row[3] = '')));
    expect(measureRows(c).map((r) => r.cells[0].split(' ')[0])).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.']);
    expect(c.table.rows.every((r) => r.kind === 'measure')).toBe(true);
  });

  it('computes the participants figure and percentage into the result', () => {
    const [, m2] = measureRows(content());
    expect(m2.cells[4]).toBe(
      'จัดประชุมเมื่อวันที่ 20 มกราคม 2568 ประกอบด้วยคณะผู้บริหารและหัวหน้าส่วนราชการ\nผู้เข้าร่วมกิจกรรม 60 คน คิดเป็นร้อยละ 85.71 ของกลุ่มเป้าหมาย (70 คน)',
    );
  });

  it('fills {ผลจริง} {ร้อยละ} where staff placed them, without a second sentence', () => {
    const m6 = measureRows(content())[5];
    expect(m6.cells[4]).toBe('- จัดกิจกรรมประกาศเจตนารมณ์เมื่อวันที่ 3 กุมภาพันธ์ 2568 ผู้เข้าร่วม 45 คน คิดเป็นร้อยละ 90 ของกลุ่มเป้าหมาย');
  });

  it('numbers plain step lines and shows the status when the outcome is blank', () => {
    const m3 = measureRows(content())[2];
    expect(m3.cells[1]).toBe('1. จัดประชุมพนักงานเพื่อชี้แจงบทบาทอำนาจหน้าที่\n2. จัดทำคำสั่งมอบหมายงานให้ชัดเจนและเป็นธรรม');
    expect(m3.cells[5]).toBe('ดำเนินการแล้วเสร็จ');
  });

  it('counts measures by status with percentages', () => {
    expect(content().summary?.text).toBe(
      'มาตรการทั้งหมด 8 มาตรการ ดำเนินการแล้วเสร็จ 4 มาตรการ คิดเป็นร้อยละ 50 อยู่ระหว่างดำเนินการ 3 มาตรการ คิดเป็นร้อยละ 37.50 และยังไม่ดำเนินการ 1 มาตรการ คิดเป็นร้อยละ 12.50',
    );
    expect(content().notes).toEqual([expect.stringContaining('ประชาสัมพันธ์ช่องทางการแจ้งเบาะแส')]);
  });

  it('a measure with no entry for the round says so in the result column only', () => {
    const c = content();
    const row = measureRows(c).find((r) => r.cells[0].includes('ประชาสัมพันธ์ช่องทางการแจ้งเบาะแส'))!;
    expect(row.cells[4]).toBe('ยังไม่มีรายงานผลในรอบนี้');
    expect(row.cells[5]).toBe('');
    expect(row.cells[6]).toBe('');
    const others = measureRows(c).filter((r) => r !== row);
    expect(others.every((r) => r.cells[4] !== 'ยังไม่มีรายงานผลในรอบนี้')).toBe(true);
  });

  it('the summary leaves out zero counts', () => {
    const c = content('001', 'H1', (d) => {
      const status = d.progress[0].indexOf('สถานะ');
      for (const r of d.progress.slice(1)) r[status] = 'ดำเนินการแล้วเสร็จ';
    });
    expect(c.summary?.text).not.toMatch(/ 0 มาตรการ|ร้อยละ 0\b/);
    expect(c.summary?.text).toMatch(/^มาตรการทั้งหมด 8 มาตรการ ดำเนินการแล้วเสร็จ 7 มาตรการ คิดเป็นร้อยละ 87\.50 และยังไม่ดำเนินการ 1 มาตรการ/);
  });

  it('uses the first-half results for the full-year report until full-year ones are entered', () => {
    const c = content('001', 'FY');
    expect(measureRows(c)[0].cells[4]).toMatch(/^1\. ประชุมผู้อำนวยการกองทุกกอง/);
    expect(c.titleLines[1]).toBe('ประจำปีงบประมาณ พ.ศ. 2568 รอบ 12 เดือน (ตุลาคม 2567 – กันยายน 2568)');
  });

  it("opens with last year's score and the list of measures", () => {
    const c = content();
    expect(c.opening[0]).toContain('ประจำปีงบประมาณ พ.ศ. 2567 ซึ่งมีคะแนน 83.59 คะแนน จากคะแนนเต็ม 100 คะแนน โดยมีผลการประเมินระดับ B นั้น');
    expect(c.opening[1]).toContain('จำนวน 8 มาตรการ ดังนี้');
    // Numbered like the table: under section rows 1.1, 1.2 … (issue 11).
    expect(c.measureList[7]).toBe('3.3 ประชาสัมพันธ์ช่องทางการแจ้งเบาะแสและร้องเรียนการทุจริต');
    expect(c.titleLines[1]).toBe('ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน (ตุลาคม 2567 – มีนาคม 2568)');
    expect(c.memo?.date).toBe('3 เมษายน 2568');
  });

  it('000 lists issues without numbers; 002 is the plan with no results or summary', () => {
    const c000 = content('000');
    expect(measureRows(c000)[0].cells[0]).toBe('ตัวชี้วัดที่ 1, I1\nการปฏิบัติงานตามขั้นตอนและระยะเวลา');
    const typedWithTags = content('000', 'H1', (d) => (d.measures[1][5] = 'ตัวชี้วัดที่ 1, I1 การปฏิบัติงานตามขั้นตอน'));
    expect(measureRows(typedWithTags)[0].cells[0]).toBe('ตัวชี้วัดที่ 1, I1 การปฏิบัติงานตามขั้นตอน');
    const c002 = content('002');
    expect(c002.summary).toBeNull();
    expect(c002.titleLines).toEqual(['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. 2568']);
    expect(c002.fileName).toBe('มาตรการ ITA องค์การบริหารส่วนตำบลหนองบัวทอง ปีงบประมาณ 2568');
  });

  it('leaves archived measures and other years out', () => {
    const c = content('001', 'H1', (d) => {
      d.measures[1][14] = 'ใช่';
      d.measures[2][1] = 2567;
    });
    expect(measureRows(c)).toHaveLength(6);
  });

  it('builds a custom preset from column names in the order given', () => {
    const { preset, unknown } = customPreset('ผลการดำเนินการ, มาตรการ, สถานะ, ราคา');
    expect(unknown).toEqual(['ราคา']);
    expect(preset.columns.map((c) => c.key)).toEqual(['result', 'measure', 'status']);
  });
});

describe('report layout', () => {
  it('writes Thai digits everywhere but in URLs and the file name', () => {
    const layout = buildReportLayout(content(), { thaiDigits: true });
    const table = layout.sections[1].blocks.find((b) => b.kind === 'table') as LayoutTable;
    const first = table.rows[1];
    // Visible text: a zero-width space after each '/', so Docs can break the URL there (the link keeps none).
    expect(first.kind === 'cells' && first.cells[4]).toContain('https:/\u200b/\u200bwww.nongbuathong.go.th/\u200bmanual');
    expect(first.kind === 'cells' && first.cells[4]).toContain('๑๒ งานบริการ');
    expect(layout.fileName).toBe('รายงานมาตรการ ITA องค์การบริหารส่วนตำบลหนองบัวทอง ปีงบประมาณ 2568 รอบ 6 เดือน');
    expect(layout.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    const widths = table.widths.reduce((a, b) => a + b, 0);
    expect(widths).toBeCloseTo(841.9 - 4 * 28.35, 1);
  });

  it('keeps Arabic digits when the setting is off', () => {
    const layout = buildReportLayout(content(), { thaiDigits: false });
    expect(JSON.stringify(layout)).not.toMatch(/[๐-๙]/);
  });
});
