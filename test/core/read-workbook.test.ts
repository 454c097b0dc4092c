import { SHEET } from '../../src/core/labels';
import { describeProblem } from '../../src/core/problems';
import { readWorkbook } from '../../src/core/read-workbook';
import { MEASURE_COLUMNS, PROGRESS_COLUMNS, SETTINGS_ROWS } from '../../src/core/schema';
import { validateProgress } from '../../src/core/tracker';
import { rawWorkbook } from '../../emulator/agencies/sheets';
import { sampleAgency } from '../../emulator/agencies/sample-agency';

function read(edit: (d: ReturnType<typeof sampleAgency>) => void) {
  const d = sampleAgency();
  edit(d);
  return readWorkbook(rawWorkbook(d));
}

const messages = (r: ReturnType<typeof read>) => r.problems.map(describeProblem);

describe('reading the sheets', () => {
  it('reads the sample agency with no problems', () => {
    const r = read(() => {});
    expect(r.problems).toEqual([]);
    expect(r.workbook.measures).toHaveLength(8);
    expect(r.workbook.progress).toHaveLength(7);
    expect(r.workbook.settings.lastScore).toBe(83.59);
    expect(r.workbook.settings.executives).toEqual(['palat@nongbuathong.go.th', 'nayok@nongbuathong.go.th']);
    expect(r.workbook.settings.memo.date?.getFullYear()).toBe(2025);
    expect(r.workbook.measures[1]).toMatchObject({ target: 70, targetUnit: 'คน', row: 3 });
  });

  it('finds columns by header, wherever they were moved', () => {
    const r = read((d) => {
      for (const row of d.measures) row.push(row.splice(6, 1)[0]); // title column moved to the end
    });
    expect(r.problems).toEqual([]);
    expect(r.workbook.measures[0].title).toMatch(/^กิจกรรมจัดทำคู่มือ/);
  });

  it('reports an empty measures sheet as no measures, not an error', () => {
    const r = read((d) => {
      d.measures = d.measures.slice(0, 1);
      d.progress = d.progress.slice(0, 1);
    });
    expect(r.problems).toEqual([]);
    expect(r.workbook.measures).toEqual([]);
  });

  it('names a missing sheet and tells how to fix it', () => {
    const d = sampleAgency();
    const raw = rawWorkbook(d);
    raw[SHEET.settings] = null;
    const r = readWorkbook(raw);
    expect(r.problems.map(describeProblem)).toContain('ชีต "ตั้งค่า": ไม่พบชีต "ตั้งค่า" — เลือกเมนู ITA › ตั้งค่าชีต เพื่อสร้างชีตที่ระบบต้องใช้');
  });

  it('names a required setting left blank by row', () => {
    const r = read((d) => {
      d.settings[1][1] = '';
    });
    expect(messages(r)).toEqual(['ชีต "ตั้งค่า" แถว 2 คอลัมน์ B (ค่า): ยังไม่ได้กรอก "ชื่อหน่วยงาน"']);
  });

  it('names a renamed header and the unknown header that replaced it', () => {
    const r = read((d) => {
      d.measures[0][6] = 'ชื่อกิจกรรม';
    });
    expect(messages(r)).toHaveLength(1);
    expect(messages(r)[0]).toContain('ไม่พบคอลัมน์ "มาตรการ/โครงการ/กิจกรรม"');
    expect(messages(r)[0]).toContain('"ชื่อกิจกรรม"');
  });

  it('names a deleted ID by row and column, and the progress rows that lost their measure', () => {
    const r = read((d) => {
      d.measures[3][0] = '';
    });
    const m = messages(r);
    expect(m[0]).toMatch(/^ชีต "มาตรการ" แถว 4 คอลัมน์ A \(รหัส\): แถวนี้ไม่มีรหัสมาตรการ/);
    expect(m[1]).toMatch(/^ชีต "ผลการดำเนินการ" แถว 4 คอลัมน์ A \(รหัสมาตรการ\): ไม่พบมาตรการรหัส "M-0003"/);
  });

  it('names a duplicated ID with both rows', () => {
    const r = read((d) => {
      d.measures.push([...d.measures[2]]);
    });
    expect(messages(r)).toEqual([expect.stringMatching(/^ชีต "มาตรการ" แถว 10 คอลัมน์ A \(รหัส\): รหัส "M-0002" ซ้ำกับแถว 3/)]);
  });

  it('refuses a 10,000-character title but carries a 10,000-character result whole', () => {
    const long = 'ก'.repeat(10000);
    const r = read((d) => {
      d.measures[1][6] = long;
      d.progress[1][4] = long;
    });
    expect(messages(r)).toEqual([
      expect.stringMatching(/^ชีต "มาตรการ" แถว 2 คอลัมน์ G \(มาตรการ\/โครงการ\/กิจกรรม\): ข้อความยาว 10,000 ตัวอักษร เกินที่รับได้ 1,000/),
    ]);
    expect(r.workbook.progress[0].result).toHaveLength(10000);
  });

  it('reads dates typed as text, and names one that is not a date', () => {
    const ok = read((d) => {
      d.settings.find((row) => row[0] === 'บันทึกข้อความ: วันที่')![1] = '๒ กุมภาพันธ์ ๒๕๖๖';
    });
    expect(ok.problems).toEqual([]);
    expect(ok.workbook.settings.memo.date?.getFullYear()).toBe(2023);
    const bad = read((d) => {
      d.settings.find((row) => row[0] === 'บันทึกข้อความ: วันที่')![1] = '31/2/2566';
    });
    expect(messages(bad)).toEqual([expect.stringContaining('"31/2/2566" ไม่ใช่วันที่ — พิมพ์เป็น วัน/เดือน/ปี พ.ศ.')]);
  });

  it('reads Arabic and Thai digits mixed', () => {
    const r = read((d) => {
      d.measures[2][1] = '๒๕68';
      d.measures[2][12] = '๗0';
      d.settings.find((row) => row[0] === 'คะแนน ITA ปีที่แล้ว')![1] = '๘๓.59';
    });
    expect(r.problems).toEqual([]);
    expect(r.workbook.measures[1]).toMatchObject({ fiscalYear: 2568, target: 70 });
    expect(r.workbook.settings.lastScore).toBe(83.59);
  });

  it('names a cell holding a formula such as =IMPORTXML and does not use its value', () => {
    const d = sampleAgency();
    const raw = rawWorkbook(d);
    const sheet = raw[SHEET.progress]!;
    sheet.formulas[2][4] = '=IMPORTXML("https://example.com","//title")';
    sheet.values[2][4] = 'ข้อความจากเว็บภายนอก';
    const r = readWorkbook(raw);
    expect(r.problems.map(describeProblem)).toEqual([
      'ชีต "ผลการดำเนินการ" แถว 3 คอลัมน์ E (ผลการดำเนินการ): ช่องนี้มีสูตร =IMPORTXML("https://example.com","//title") — ระบบใช้เฉพาะข้อความที่พิมพ์เอง กรุณาลบสูตรแล้วพิมพ์ข้อความแทน',
    ]);
    expect(r.workbook.progress[1].result).toBe('');
  });

  it('names a value outside a dropdown, and a bad evidence link', () => {
    const r = read((d) => {
      d.progress[1][3] = 'เสร็จแล้ว';
      d.progress[1][8] = 'file:///C:/ไฟล์ในคอมพิวเตอร์.pdf';
    });
    expect(messages(r)).toEqual([
      expect.stringMatching(/^ชีต "ผลการดำเนินการ" แถว 2 คอลัมน์ D \(สถานะ\): "เสร็จแล้ว" ไม่ใช่ค่าที่เลือกได้/),
      expect.stringMatching(/^ชีต "ผลการดำเนินการ" แถว 2 คอลัมน์ I \(หลักฐาน \(ลิงก์\)\): "file:\/\/\/C:\/ไฟล์ในคอมพิวเตอร์.pdf" เปิดจากรายงานไม่ได้/),
    ]);
  });
});

describe('one parser for rows and settings', () => {
  const WORDS: [string | boolean, boolean][] = [
    ['ใช่', true],
    ['yes', true],
    ['TRUE', true],
    [true, true],
    ['ไม่ใช่', false],
    ['No', false],
    ['false', false],
    [false, false],
  ];

  it.each(WORDS)('a measure row reads %p in เก็บถาวร as %p', (word, expected) => {
    const archived = MEASURE_COLUMNS.findIndex((c) => c.key === 'archived');
    const r = read((d) => {
      d.measures[1][archived] = word;
    });
    expect(r.problems).toEqual([]);
    expect(r.workbook.measures.find((m) => m.row === 2)?.archived).toBe(expected);
  });

  it.each(WORDS)('the settings read %p in ใช้เลขไทยในรายงาน and the link-sharing row as %p', (word, expected) => {
    const r = read((d) => {
      for (const key of ['thaiDigits', 'publicLink']) {
        const label = SETTINGS_ROWS.find((s) => s.key === key)!.label;
        d.settings.find((row) => row[0] === label)![1] = word;
      }
    });
    expect(r.problems).toEqual([]);
    expect([r.workbook.settings.thaiDigits, r.workbook.settings.publicLink]).toEqual([expected, expected]);
  });

  it('names a word that is neither, in a row and in the settings', () => {
    const archived = MEASURE_COLUMNS.findIndex((c) => c.key === 'archived');
    const label = SETTINGS_ROWS.find((s) => s.key === 'thaiDigits')!.label;
    const r = read((d) => {
      d.measures[1][archived] = 'อาจจะ';
      d.settings.find((row) => row[0] === label)![1] = 'อาจจะ';
    });
    expect(messages(r)).toEqual([
      expect.stringMatching(/^ชีต "ตั้งค่า" แถว \d+ คอลัมน์ B \(ค่า\): "ใช้เลขไทยในรายงาน": เลือก ใช่ หรือ ไม่ใช่$/),
      expect.stringMatching(/^ชีต "มาตรการ" แถว 2 คอลัมน์ O \(เก็บถาวร\): "อาจจะ" ไม่ใช่ ใช่\/ไม่ใช่$/),
    ]);
  });
});

describe('one link rule for the sheet and the sidebar', () => {
  const LINKS: [string, boolean][] = [
    ['https://example.go.th/a.pdf', true],
    ['http://example.go.th', true],
    ['javascript:alert(1)', false],
    ['file:///C:/report.pdf', false],
    // Not links, but evidence may be a description: printed as text, never made a link.
    ['www.example.go.th', true],
    ['http://localhost/x.y', true],
  ];

  it.each(LINKS)('%s: kept by the sheet reader = %p, and the sidebar check agrees', (link, kept) => {
    const evidence = PROGRESS_COLUMNS.findIndex((c) => c.key === 'evidence');
    const r = read((d) => {
      d.progress[1][evidence] = link;
    });
    expect(r.problems.length === 0).toBe(kept);
    expect(r.workbook.progress[0].evidence).toEqual(kept ? [link] : []);
    const { errors } = validateProgress({
      measureId: 'M-0001',
      round: 'H1',
      status: 'in_progress',
      result: '',
      outcome: '',
      actual: '',
      suggestions: '',
      evidence: link,
      baseVersion: 0,
      baseFingerprint: '',
    });
    expect(errors.evidence === undefined).toBe(kept);
  });
});

describe('years', () => {
  it.each([
    [2400, true],
    [2700, true],
    [2399, false],
    [2701, false],
    ['2568.5', false],
  ])('a measure of year %p is read: %p', (year, ok) => {
    const r = read((d) => {
      d.measures[1][1] = year;
    });
    expect(r.problems.length === 0).toBe(ok);
    if (!ok) expect(messages(r)[0]).toMatch(/^ชีต "มาตรการ" แถว 2 คอลัมน์ B \(ปีงบประมาณ\): ".*" ไม่ใช่ปี พ.ศ./);
  });
});

describe('settings that Sheets turned into a date', () => {
  it('a text setting holding a date keeps the date as Thai text, never silently blank', () => {
    const r = read((d) => {
      d.settings.find((row) => row[0] === 'บันทึกข้อความ: ที่')![1] = new Date(2025, 1, 2);
    });
    expect(r.problems).toEqual([]);
    expect(r.workbook.settings.memo.reference).toBe('2 กุมภาพันธ์ 2568');
  });
});

describe('the round of a progress row', () => {
  it('an over-long or unknown round is said once (no message twice); a blank one says to choose', () => {
    const round = (v: string) =>
      read((d) => {
        d.progress[1][2] = v;
      }).problems.filter((p) => p.column === 'รอบการรายงาน');
    const long = round('ร'.repeat(1200)).map((p) => p.message);
    expect(new Set(long).size).toBe(long.length);
    expect(long.every((m) => m.length < 200)).toBe(true);
    expect(round('รอบพิเศษ')).toHaveLength(1);
    expect(round('').map((p) => p.message)).toEqual(['ยังไม่ได้เลือกรอบการรายงาน']);
  });
});
