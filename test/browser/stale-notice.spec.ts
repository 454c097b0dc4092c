/**
 * The sidebar's "ข้อมูลเปลี่ยนหลังสร้างรายงานเมื่อ …" notice (issue 10): shown after the data a report
 * shows changed, with a one-click regenerate that makes it go away.
 */
import { join } from 'node:path';
import { expect, shotsDir, test } from './fixtures';
import { SHEET } from '../../src/core/labels';

const SHOTS = shotsDir('stale');

test.use({ viewport: { width: 320, height: 700 }, locale: 'th-TH' });

test('the sidebar says which report is out of date and regenerates it in one click', async ({ page, playground }) => {
  // A report is made from the dialog, as the coordinator would.
  await page.goto(`${playground.url}/dialog`);
  await page.getByLabel('รอบ 6 เดือน').check();
  await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
  await expect(page.locator('#doc-link a')).toBeVisible();

  await page.goto(`${playground.url}/sidebar`);
  await expect(page.locator('#measure-list li').first()).toBeVisible();
  await expect(page.locator('#stale')).toHaveCount(0);

  // The data the report shows changes (a measure's title).
  const ws = playground.workspace();
  const col = ws.sheetValues(SHEET.measures)[0].indexOf('มาตรการ/โครงการ/กิจกรรม');
  ws.sheetState(SHEET.measures).rows[1][col]!.v = 'มาตรการที่แก้ไขหลังสร้างรายงาน';
  playground.reset(ws);

  await page.goto(`${playground.url}/sidebar`);
  const notice = page.locator('#stale');
  await expect(notice).toContainText('รอบ 6 เดือน ปีงบประมาณ 2568: ข้อมูลเปลี่ยนหลังสร้างรายงานเมื่อ');
  await page.screenshot({ path: join(SHOTS, '01-sidebar-stale.png'), fullPage: true });
  await page.getByRole('button', { name: 'สร้างรายงานใหม่ รอบ 6 เดือน ปีงบประมาณ 2568' }).click();
  // The list reloads once the report is made again, and the notice is gone.
  await expect(notice).toHaveCount(0);
  await expect(page.locator('#measure-list')).toContainText('มาตรการที่แก้ไขหลังสร้างรายงาน');
});
