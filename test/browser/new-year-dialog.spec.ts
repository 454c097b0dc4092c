/**
 * ITA › เริ่มปีงบประมาณใหม่ in a real browser: the built dist/NewYearDialog.html talking to the
 * built dist/Code.js through the playground (sample agency, fiscal year 2568).
 */
import { expect, test } from './fixtures';
import { SHEET } from '../../src/core/labels';
import { MEASURE_COLUMNS } from '../../src/core/schema';

test.use({ viewport: { width: 600, height: 620 }, locale: 'th-TH' });

test('lists the year’s measures with the unfinished ones ticked, and carries the ticked ones into the next year once', async ({
  page,
  playground,
}) => {
  await page.goto(`${playground.url}/page/NewYearDialog.html`);
  const list = page.getByRole('list', { name: 'มาตรการที่จะยกไปปีใหม่' });
  await expect(list.getByRole('checkbox')).toHaveCount(8);
  const ticked = await list.getByRole('checkbox', { checked: true }).count();
  // Untick the first ticked one: the coordinator's choice is what is carried.
  await list.getByRole('checkbox', { checked: true }).first().uncheck();
  await page.getByRole('button', { name: 'เริ่มปีงบประมาณ 2569' }).click();
  await expect(page.locator('#result')).toContainText(`ยกมาตรการไป ${ticked - 1} รายการ`);
  const year = MEASURE_COLUMNS.findIndex((c) => c.key === 'fiscalYear');
  const from = MEASURE_COLUMNS.findIndex((c) => c.key === 'fromId');
  const rows = playground.workspace().sheetValues(SHEET.measures).slice(1);
  const carried = rows.filter((r) => r[year] === 2569);
  expect(carried).toHaveLength(ticked - 1);
  expect(carried.every((r) => String(r[from]).startsWith('M-'))).toBe(true);
  // Done once: the button stays disabled, so a double click cannot carry twice (the server skips repeats too).
  await expect(page.getByRole('button', { name: 'เริ่มปีงบประมาณ 2569' })).toBeDisabled();
});
