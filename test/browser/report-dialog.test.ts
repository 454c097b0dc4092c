/**
 * The ITA › สร้างรายงาน dialog in a real browser: the built dist/ReportDialog.html talking to the
 * built dist/Code.js through the playground, which keeps the Docs it makes in its state file.
 */
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { useHarness } from './harness';
import { SHEET } from '../../src/core/labels';
import { cellText, type TableNode } from '../../emulator';

const SHOTS = join(__dirname, '../../test-results/dialog');

const env = useHarness(SHOTS);

beforeEach(() => env.playground.reset());

async function openDialog(): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width: 480, height: 560 }, locale: 'th-TH' });
  page.setDefaultTimeout(8000);
  await page.goto(`${env.playground.url}/dialog`);
  await page.getByLabel('ปีงบประมาณ').waitFor();
  return page;
}

function docsTables(): TableNode[] {
  return env.playground
    .workspace()
    .docs.all()
    .flatMap((d) => d.content.filter((n): n is TableNode => n.type === 'table' && n.pinnedHeaderRows === 1));
}

describe('ITA › สร้างรายงาน dialog', () => {
  it('generates the report with the chosen preset, shows its link, and keeps that link when generated again', async () => {
    const page = await openDialog();
    await expect(page.getByLabel('ปีงบประมาณ').inputValue()).resolves.toBe('2568');
    await page.getByLabel('รอบ 6 เดือน').check();
    await page.getByLabel('รูปแบบตาราง').selectOption('004');
    await page.screenshot({ path: join(SHOTS, '01-form.png') });
    await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
    const link = page.locator('.box.ok a').first();
    await link.waitFor();
    await expect(page.locator('.box.ok strong').textContent()).resolves.toBe('สร้างรายงานแล้ว: 8 มาตรการ');
    const url = await link.getAttribute('href');
    expect(url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit$/);
    await expect(link.textContent()).resolves.toBe('รายงานมาตรการ ITA องค์การบริหารส่วนตำบลหนองบัวทอง ปีงบประมาณ 2568 รอบ 6 เดือน');
    await page.screenshot({ path: join(SHOTS, '02-done.png') });
    expect(docsTables()).toHaveLength(1);
    expect(docsTables()[0].rows[0].cells.map(cellText)[2]).toBe('ผลการดำเนินการตามมาตรการหรือกิจกรรม');

    await expect(page.locator('#existing').textContent()).resolves.toContain('ลิงก์ไม่เปลี่ยน');
    await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
    await page.getByText('ปรับปรุงรายงานฉบับเดิมแล้ว (ลิงก์เดิม): 8 มาตรการ').waitFor();
    await expect(page.locator('.box.ok a').first().getAttribute('href')).resolves.toBe(url);
    expect(docsTables()).toHaveLength(1);
    await page.close();
  });

  it('offers a custom choice and order of columns, with the keyboard', async () => {
    const page = await openDialog();
    await page.getByLabel('รูปแบบตาราง').selectOption('กำหนดเอง');
    await expect(page.locator('#custom-columns').isVisible()).resolves.toBe(true);
    const status = page.getByLabel('สถานะ', { exact: true });
    await status.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'เลื่อน สถานะ ขึ้น' }).click();
    await page.screenshot({ path: join(SHOTS, '03-custom.png'), fullPage: true });
    await page.getByRole('button', { name: 'สร้างรายงาน' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.box.ok a').first().waitFor();
    const header = docsTables()[0].rows[0].cells.map(cellText);
    expect(header.at(-2)).toBe('สถานะ');
    expect(header.at(-1)).toBe('ข้อเสนอแนะ');
    await page.close();
  });

  it('lists what to fix, by sheet, row and column, and makes no Doc', async () => {
    const ws = env.playground.workspace();
    const measures = ws.sheetState(SHEET.measures);
    measures.rows[3][0] = null; // a deleted ID in row 4
    env.playground.reset(ws);
    const page = await openDialog();
    await expect(page.locator('.box.warn').textContent()).resolves.toContain('ชีต "มาตรการ" แถว 4 คอลัมน์ A (รหัส)');
    await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
    const error = page.locator('.box.error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('พบข้อมูลที่ต้องแก้ก่อนสร้างรายงาน');
    await expect(error.textContent()).resolves.toContain('แถว 4 คอลัมน์ A (รหัส): แถวนี้ไม่มีรหัสมาตรการ');
    await page.screenshot({ path: join(SHOTS, '04-problems.png'), fullPage: true });
    expect(env.playground.workspace().docs.ids()).toHaveLength(0);
    await page.close();
  });
});
