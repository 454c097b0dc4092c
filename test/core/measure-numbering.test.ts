/** Issue 11: measures under section rows numbered 1.1 … or not at all, and the opening list the same way as the table. */
import { findPreset } from '../../src/core/presets';
import { readWorkbook } from '../../src/core/read-workbook';
import { buildReportContent, type ReportContent } from '../../src/core/report-content';
import { NUMBERING, SHEET } from '../../src/core/labels';
import { SETTINGS_ROWS } from '../../src/core/schema';
import type { Cell } from '../../src/core/read-workbook';
import { sampleAgency } from '../../emulator/agencies/sample-agency';

const raw = (values: Cell[][]) => ({ values, formulas: values.map((r) => r.map(() => '')) });

/** The sample agency: eight measures under three analysis headings. */
function content(choice: string | null, presetId = '001'): ReportContent {
  const d = sampleAgency();
  const settings = choice === null ? d.settings : d.settings.map((r) => (r[0] === 'เลขข้อมาตรการใต้หมวด' ? [r[0], choice, ''] : r));
  if (choice !== null) expect(settings.some((r) => r[1] === choice)).toBe(true);
  const { workbook, problems } = readWorkbook({
    [SHEET.settings]: raw(settings),
    [SHEET.measures]: raw(d.measures),
    [SHEET.progress]: raw(d.progress),
    [SHEET.units]: raw(d.units),
  });
  expect(problems).toEqual([]);
  return buildReportContent(workbook, {
    fiscalYear: 2568,
    round: 'H1',
    preset: findPreset(presetId)!,
    includeMemo: true,
    today: new Date(2025, 3, 3),
  });
}

const firstCells = (c: ReportContent): string[] => c.table.rows.map((r) => (r.kind === 'section' ? `§${r.text}` : r.cells[0]));

describe('numbering of measures under section rows', () => {
  it('the settings row exists with the sub-numbered default', () => {
    expect(SETTINGS_ROWS.find((r) => r.key === 'measureNumbering')).toMatchObject({
      label: 'เลขข้อมาตรการใต้หมวด',
      defaultValue: NUMBERING.sub,
    });
  });

  it('default: 1.1, 1.2 … in the table, and the opening list numbers each measure the same way', () => {
    const c = content(null);
    const labels = firstCells(c)
      .filter((t) => !t.startsWith('§'))
      .map((t) => t.split(' ')[0]);
    expect(labels[0]).toBe('1.1');
    expect(c.measureList.map((l) => l.split(' ')[0])).toEqual(labels);
    expect(c.memo?.measureList).toEqual(c.measureList);
  });

  it('"ไม่ใส่เลข": section rows keep their number, measures have none, in the table and the list', () => {
    const numbered = content(null);
    const plain = content(NUMBERING.none);
    expect(firstCells(plain).filter((t) => t.startsWith('§'))).toEqual(firstCells(numbered).filter((t) => t.startsWith('§')));
    const measureCells = firstCells(plain).filter((t) => !t.startsWith('§'));
    const titles = numbered.measureList.map((l) => l.replace(/^\S+ /, ''));
    expect(plain.measureList).toEqual(titles);
    expect(measureCells.every((t, i) => t.startsWith(titles[i]))).toBe(true);
  });
});
