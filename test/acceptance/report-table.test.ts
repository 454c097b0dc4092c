/**
 * Acceptance: the measures table in the Google Doc the add-on generates equals the table of the
 * official reference reports 001, 003 and 004, header and body, column for column.
 *
 * The sheets are the fixtures in test/fixtures/reference-reports.ts (what the staff typed); the
 * expected cells are read from the reference text exports themselves
 * (test/fixtures/reference-table.ts). Cells are compared with all whitespace removed — the
 * exports break lines and wrap words arbitrarily — and nothing else normalised: Thai digits,
 * punctuation, typos and every word must match.
 */
import { findPreset } from '../../src/core/presets';
import { readWorkbook } from '../../src/core/read-workbook';
import { buildReportContent } from '../../src/core/report-content';
import { buildReportLayout, type LayoutTable } from '../../src/core/report-layout';
import { SHEET } from '../../src/core/labels';
import { generateReport } from '../../src/server/report-job';
import { cellText, type TableNode } from '../../emulator';
import { seededWorkspace } from '../../emulator/agencies/seed';
import { referenceFixture, REFERENCE_IDS, type ReferenceFixture } from '../fixtures/reference-reports';
import { referenceTable, type ReferenceId } from '../fixtures/reference-table';

const compact = (s: string): string => s.replace(/\s+/g, '');

/**
 * The measures table of the generated Google Doc: the fixture typed into the stand-in sheets,
 * ITA › สร้างรายงาน run with the reference's preset, the table read back from the Doc.
 */
function reportTable(fx: ReferenceFixture): { header: string[]; rows: string[][]; notes: string[] } {
  const { problems } = readWorkbook(fx.workbook);
  if (problems.length) throw new Error(`fixture ${fx.id} has problems: ${JSON.stringify(problems, null, 1)}`);
  const values = (name: (typeof SHEET)[keyof typeof SHEET]) => fx.workbook[name]?.values ?? [];
  const ws = seededWorkspace(
    { settings: values(SHEET.settings), measures: values(SHEET.measures), progress: values(SHEET.progress), units: values(SHEET.units) },
    { now: fx.today },
  );
  const result = generateReport({ fiscalYear: fx.fiscalYear, round: fx.round, presetId: fx.id, includeMemo: false }, fx.today);
  if (!result.ok) throw new Error(`${result.message}\n${result.problems.join('\n')}`);
  const doc = ws.docs.get(/\/d\/([\w-]+)/.exec(result.url)![1]);
  const tables = doc.content.filter((n): n is TableNode => n.type === 'table' && n.pinnedHeaderRows === 1);
  if (tables.length !== 1) throw new Error(`expected one measures table, found ${tables.length}`);
  const [header, ...body] = tables[0].rows.map((r) => r.cells.filter((c) => !c.mergedAway).map(cellText));
  return { header, rows: body, notes: result.notes };
}

/** Column name → compacted cell, so a failure names the column that differs. */
function byColumn(header: readonly string[], cells: readonly string[]): Record<string, string> {
  return Object.fromEntries(header.map((h, i) => [`${i + 1} ${h}`, compact(cells[i] ?? '<missing cell>')]));
}

describe.each(REFERENCE_IDS)('reference report %s: measures table', (id: ReferenceId) => {
  const expected = referenceTable(id);
  const fixture = referenceFixture(id);

  it('the fixture sheets read without problems', () => {
    expect(readWorkbook(fixture.workbook).problems).toEqual([]);
  });

  it('every measure has its progress for the round (no "not reported" notes)', () => {
    expect(reportTable(fixture).notes).toEqual([]);
  });

  it('has the reference header', () => {
    expect(reportTable(fixture).header.map(compact)).toEqual(expected.header.map(compact));
  });

  it('has as many rows as the reference', () => {
    const { rows } = reportTable(fixture);
    expect(expected.rows.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(expected.rows.length);
  });

  it.each(expected.rows.map((cells, i) => [i + 1, cells] as const))('row %d equals the reference row, cell for cell', (n, cells) => {
    const { rows } = reportTable(fixture);
    const actual = rows[n - 1] ?? [];
    expect(actual).toHaveLength(expected.header.length);
    expect(byColumn(expected.header, actual)).toEqual(byColumn(expected.header, cells));
  });
});

describe('the comparison is strict', () => {
  it('a changed word in a sheet cell makes the row differ from the reference', () => {
    const fx = referenceFixture('004');
    const progress = fx.workbook[SHEET.progress]!;
    const resultCol = progress.values[0].indexOf('ผลการดำเนินการ');
    const row = progress.values[1];
    row[resultCol] = String(row[resultCol]).replace('ผู้เข้าร่วมประชุม', 'ผู้เข้าประชุม');
    const expected = referenceTable('004');
    const actual = reportTable(fx).rows[0];
    expect(actual.map(compact)).not.toEqual(expected.rows[0].map(compact));
    expect(reportTable(referenceFixture('004')).rows[0].map(compact)).toEqual(expected.rows[0].map(compact));
  });

  it('Arabic digits do not pass for Thai digits', () => {
    const fx = referenceFixture('004');
    const { workbook } = readWorkbook(fx.workbook);
    const content = buildReportContent(workbook, {
      fiscalYear: fx.fiscalYear,
      round: fx.round,
      preset: findPreset('004')!,
      includeMemo: false,
      today: fx.today,
    });
    const table = buildReportLayout(content, { thaiDigits: false })
      .sections.flatMap((s) => s.blocks)
      .find((b): b is LayoutTable => b.kind === 'table' && b.role === 'measures')!;
    const row2 = table.rows[1];
    expect(row2.kind === 'cells' && row2.cells.map(compact)).not.toEqual(referenceTable('004').rows[1].map(compact));
  });
});
