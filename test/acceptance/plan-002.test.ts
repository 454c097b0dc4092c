/**
 * Acceptance: the plan document (preset 002) reproduces reference 002's score table — its three
 * columns, cell for cell — and the sentences around it, from reference 002's ITA result typed
 * into the ผลการประเมิน ITA sheet. The one cell that differs on purpose is the EIT tool score:
 * the reference prints the NACC's ๘๘.๔๕, the mean of its own indicators is ๘๕.๑๒; the Doc prints
 * the computed value and the sheet's reader lists a Problem for the typed one.
 *
 * Expected text is read from the reference's own export (never retyped). Not covered here: the
 * measures table of 002 (test/acceptance/measures-002.test.ts).
 */
import { readFileSync } from 'fs';
import { cellText, paragraphText, type DocModel, type TableNode } from '../../emulator';
import { seededWorkspace } from '../../emulator/agencies/seed';
import { readItaFromSheets } from '../../src/core/ita-result';
import { SHEET } from '../../src/core/labels';
import { generateReport } from '../../src/server/report-job';
import { readRawWorkbook } from '../../src/server/sheet-repository';
import { REFERENCE_002_RESULT } from '../fixtures/ita-result-002';
import { referenceFixture } from '../fixtures/reference-reports';
import { referenceFile } from '../fixtures/reference-table';
import type { Cell } from '../../src/core/read-workbook';

const compact = (s: string): string => s.replace(/\s+/g, '');
const reference = readFileSync(referenceFile('002'), 'utf8').split('\n');

/** The reference's score table: the header line and the rows up to the next blank line. */
function referenceScoreTable(): string[][] {
  const start = reference.findIndex((l) => l.startsWith('ตัวชี้วัด\tคะแนนรายตัวชี้วัด\tคะแนนรายเครื่องมือ'));
  const rows: string[][] = [];
  for (let i = start; i < reference.length && reference[i].trim(); i++) rows.push(reference[i].split('\t').map((c) => c.trim()));
  return rows;
}

const referenceLine = (prefix: string): string => reference.find((l) => l.startsWith(prefix))!.trim();

/** Reference 004's measures (fiscal year 2568, like 002) under 002's agency, with 002's ITA result typed in. */
function planDoc(): { doc: DocModel; problems: string[] } {
  const fx = referenceFixture('004');
  const settings = fx.workbook[SHEET.settings]!.values.map((r) => (r[0] === 'ชื่อหน่วยงาน' ? [r[0], 'องค์การบริหารส่วนตำบลปอ', r[2]] : r));
  const ws = seededWorkspace(
    {
      settings: settings as Cell[][],
      measures: fx.workbook[SHEET.measures]!.values,
      progress: fx.workbook[SHEET.progress]!.values,
      units: fx.workbook[SHEET.units]!.values,
    },
    { now: fx.today },
  );
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.itaResults)!;
  sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).clearContent();
  sheet.getRange(1, 1, REFERENCE_002_RESULT.length, REFERENCE_002_RESULT[0].length).setValues(REFERENCE_002_RESULT);
  const result = generateReport({ fiscalYear: 2568, round: 'FY', presetId: '002', includeMemo: false }, fx.today);
  if (!result.ok) throw new Error(`${result.message}\n${result.problems.join('\n')}`);
  const raw = readRawWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  const problems = readItaFromSheets(raw[SHEET.itaResults], raw[SHEET.yearSettings]).problems.map(
    (p) => `${p.row}|${p.column}|${p.message}`,
  );
  return { doc: ws.docs.get(/\/d\/([\w-]+)/.exec(result.url)![1]), problems };
}

const tableWithHeader = (doc: DocModel, first: string): string[][] => {
  const t = doc.content.find(
    (n): n is TableNode => n.type === 'table' && cellText(n.rows[0].cells[0]).trim() === first && n.rows[0].cells.length === 3,
  );
  if (!t) throw new Error(`no table headed ${first}`);
  return t.rows.map((r) => r.cells.filter((c) => !c.mergedAway).map(cellText));
};

const paragraphs = (doc: DocModel): string[] =>
  doc.content.filter((n) => n.type === 'paragraph').flatMap((n) => paragraphText(n as Parameters<typeof paragraphText>[0]).split('\n'));

describe('reference 002: the plan’s score table', () => {
  const { doc, problems } = planDoc();
  const expected = referenceScoreTable();
  const actual = tableWithHeader(doc, 'ตัวชี้วัด');

  it('has the reference header and as many rows', () => {
    expect(expected).toHaveLength(11);
    expect(actual.map((r) => r.map(compact))[0]).toEqual(expected[0].map(compact));
    expect(actual).toHaveLength(expected.length);
  });

  it.each(expected.slice(1).map((cells, i) => [i + 1, cells] as const))('row %d equals the reference, cell for cell', (n, cells) => {
    const want = [...cells, '', '', ''].slice(0, 3);
    // The EIT tool cell (row 6): the computed mean, not the NACC's printed ๘๘.๔๕.
    if (n === 6) {
      expect(want[2]).toBe('๘๘.๔๕');
      want[2] = '๘๕.๑๒';
    }
    expect(actual[n].map(compact)).toEqual(want.map(compact));
  });

  it('puts the total ๙๒.๔๐ and the level in the sentence above the table, as the reference words it', () => {
    const lines = paragraphs(doc).map((l) => l.trim());
    expect(lines).toContain(referenceLine('๑. ผลการประเมิน ITA ของ'));
    expect(lines).toContain(referenceLine('จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. ๒๕๖๗ ขององค์การบริหารส่วนตำบลปอ พบว่ามีผลคะแนน'));
  });

  it('lists a Problem for the typed EIT score only', () => {
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('7|คะแนนรายเครื่องมือ');
    expect(problems[0]).toContain('88.45');
  });
});
