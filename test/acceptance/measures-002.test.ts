/**
 * Acceptance: the plan document (ITA › สร้างแผนมาตรการ…, preset 002) reproduces reference 002's
 * measures table — header, section rows and every measure row, cell for cell — from reference
 * 002's measures typed into the มาตรการ sheet (test/fixtures/reference-measures-002.ts). Expected
 * cells are read from the reference's own text export, compared with whitespace removed like the
 * other acceptance tests (test/acceptance/report-table.test.ts); Thai digits and typos must match.
 *
 * Numbering: the reference numbers its measures ๑.๑ ๑.๒ … under every หมวด except ๓., whose two
 * measures carry no number. เลขข้อมาตรการใต้หมวด is one choice for the whole document, so no single
 * plan prints both; the plan is generated twice from the same sheets, once per choice, and each
 * reference row is compared with the plan whose choice it shows: the rows of หมวด ๓ with
 * "ไม่ใส่เลข", all others (the section rows too) with the default "เลขย่อย". Typing "๓.๑" into
 * those titles instead would be numbered again (๓.๑ ๓.๑ …), and retyping the other titles with
 * their numbers would test nothing of the add-on's numbering.
 */
import { readFileSync } from 'fs';
import { cellText, type DocModel, type TableNode } from '../../emulator';
import { seededWorkspace } from '../../emulator/agencies/seed';
import { NUMBERING, SHEET } from '../../src/core/labels';
import { readWorkbook } from '../../src/core/read-workbook';
import { generatePlan } from '../../src/server/plan-job';
import { reference002Workbook, REFERENCE_002_TODAY, REFERENCE_002_YEAR, UNNUMBERED_SECTION_002 } from '../fixtures/reference-measures-002';
import { parseReferenceTable, referenceFile } from '../fixtures/reference-table';

const compact = (s: string): string => s.replace(/\s+/g, '');

/**
 * Words the reference's text export garbles (its PDF font maps "ำ"/"า" to the wrong glyphs), not
 * the document: every "รายงาน" of the monitoring column comes out as "ร[Khmer ា យ]งาน" or "รำยงำน",
 * and page 2's repeated header as "ดา เนินการ". Each repair must still be needed (see below), so
 * none hides a real difference.
 */
const REFERENCE_002_EXPORT_REPAIRS: readonly [RegExp, string][] = [
  [/ร\u17b6\u1799งาน/g, 'รายงาน'],
  [/ร\s*ำ\s*ย\s*ง\s*ำ\s*น/g, 'รายงาน'],
  [/ระยะเวลาดา\s*เนินการ/g, 'ระยะเวลาดำเนินการ'],
];

/** Reference 002's measures table: its lines from the header to the next section (๔. ข้อจำกัด…). */
function referenceMeasuresText(): string {
  const lines = readFileSync(referenceFile('002'), 'utf8').replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => l.startsWith('มาตรการ/แนวทางการกำหนดวิธีการนำผลวิเคราะห์ไปสู่การปฏิบัติ\t'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('๔. ข้อจำกัด'));
  if (start < 0 || end < 0) throw new Error('reference 002: measures table not found');
  return lines.slice(start, end).join('\n');
}

const repaired = (text: string): string => REFERENCE_002_EXPORT_REPAIRS.reduce((t, [re, to]) => t.replace(re, to), text);

/** The plan's measures table: the fixture typed into the stand-in sheets, ITA › สร้างแผนมาตรการ… run. */
function planTable(measureNumbering: string): string[][] {
  const workbook = reference002Workbook(measureNumbering);
  const { problems } = readWorkbook(workbook);
  if (problems.length) throw new Error(`fixture 002 has problems: ${JSON.stringify(problems, null, 1)}`);
  const ws = seededWorkspace(
    {
      settings: workbook[SHEET.settings]!.values,
      measures: workbook[SHEET.measures]!.values,
      progress: workbook[SHEET.progress]!.values,
      units: workbook[SHEET.units]!.values,
    },
    { now: REFERENCE_002_TODAY },
  );
  const result = generatePlan(REFERENCE_002_YEAR);
  if (!result.ok) throw new Error(`${result.message}\n${result.problems.join('\n')}`);
  const doc: DocModel = ws.docs.get(/\/d\/([\w-]+)/.exec(result.url)![1]);
  const tables = doc.content.filter((n): n is TableNode => n.type === 'table' && n.rows[0].cells.length === 5);
  if (tables.length !== 1) throw new Error(`expected one measures table, found ${tables.length}`);
  // A section row is one cell merged across the table; the reference exports it as that cell and empty ones.
  return tables[0].rows.map((r) => {
    const cells = r.cells.filter((c) => !c.mergedAway).map(cellText);
    return [...cells, ...Array<string>(5 - cells.length).fill('')];
  });
}

function byColumn(header: readonly string[], cells: readonly string[]): Record<string, string> {
  return Object.fromEntries(header.map((h, i) => [`${i + 1} ${compact(h)}`, compact(cells[i] ?? '<missing cell>')]));
}

describe('reference 002: the plan’s measures table', () => {
  const raw = referenceMeasuresText();
  const expected = parseReferenceTable(repaired(raw));
  const numbered = planTable(NUMBERING.sub);
  const unnumbered = planTable(NUMBERING.none);
  const sectionRow = (cells: readonly string[]) => cells.slice(1).every((c) => c === '');

  // Which reference rows sit under the unnumbered หมวด ๓.
  let section = '';
  const underUnnumbered = expected.rows.map((cells) => {
    if (sectionRow(cells)) section = compact(cells[0]);
    return !sectionRow(cells) && section.endsWith(compact(UNNUMBERED_SECTION_002));
  });

  it('reads the whole reference table: 7 sections, 17 measures, the header repeated at page breaks skipped', () => {
    expect(expected.rows.filter(sectionRow)).toHaveLength(7);
    expect(expected.rows.filter((r) => !sectionRow(r))).toHaveLength(17);
    expect(underUnnumbered.filter(Boolean)).toHaveLength(2);
  });

  it('needs every export repair (none is dead, so none can hide a difference)', () => {
    const counts = REFERENCE_002_EXPORT_REPAIRS.map(([re]) => raw.match(re)?.length ?? 0);
    expect(counts).toEqual([11, 6, 1]);
  });

  it('has the reference header, with either numbering', () => {
    expect(numbered[0].map(compact)).toEqual(expected.header.map(compact));
    expect(unnumbered[0].map(compact)).toEqual(expected.header.map(compact));
  });

  it('has as many rows as the reference', () => {
    expect(numbered).toHaveLength(expected.rows.length + 1);
    expect(unnumbered).toHaveLength(expected.rows.length + 1);
  });

  it.each(expected.rows.map((cells, i) => [i + 1, cells] as const))('row %d equals the reference row, cell for cell', (n, cells) => {
    const plan = underUnnumbered[n - 1] ? unnumbered : numbered;
    expect(byColumn(expected.header, plan[n])).toEqual(byColumn(expected.header, cells));
  });

  it('the two numbering choices differ only in the measure numbers, and the reference’s ๓. rows take neither for the other', () => {
    numbered.forEach((row, i) => {
      expect(row.slice(1)).toEqual(unnumbered[i].slice(1));
      if (i > 0 && !sectionRow(row)) expect(row[0]).not.toBe(unnumbered[i][0]);
    });
    const third = underUnnumbered.indexOf(true) + 1;
    expect(compact(numbered[third][0])).not.toBe(compact(expected.rows[third - 1][0]));
    expect(compact(numbered[third][0])).toBe(compact(`๓.๑ ${expected.rows[third - 1][0]}`));
  });
});
