/**
 * The ITA › สร้างรายงาน dialog in a real browser: the built dist/ReportDialog.html talking to the
 * built dist/Code.js through the playground, which keeps the Docs it makes in its state file.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, shotsDir, test } from './fixtures';
import { MENU, SHEET } from '../../src/core/labels';
import { cellText, type TableNode } from '../../emulator';
import type { Playground } from '../../emulator/playground';

const SHOTS = shotsDir('dialog');

test.use({ viewport: { width: 480, height: 560 }, locale: 'th-TH' });

async function openDialog(page: Page, playground: Playground): Promise<void> {
  await page.goto(`${playground.url}/dialog`);
  await expect(page.getByLabel('ปีงบประมาณ', { exact: true })).toBeVisible();
}

function docsTables(playground: Playground): TableNode[] {
  return playground
    .workspace()
    .docs.all()
    .flatMap((d) => d.content.filter((n): n is TableNode => n.type === 'table' && n.pinnedHeaderRows === 1));
}

test.describe('ITA › สร้างรายงาน dialog', () => {
  test('generates the report with the chosen preset, shows its link, and keeps that link when generated again', async ({
    page,
    playground,
  }) => {
    await openDialog(page, playground);
    await expect(page.getByLabel('ปีงบประมาณ', { exact: true })).toHaveValue('2568');
    await page.getByLabel('รอบ 6 เดือน').check();
    await page.getByLabel('รูปแบบตาราง').selectOption('004');
    await page.screenshot({ path: join(SHOTS, '01-form.png') });
    await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
    await expect(page.locator('.box.ok > strong')).toHaveText('สร้างรายงานแล้ว: 8 มาตรการ');
    const link = page.locator('#doc-link a');
    await expect(link).toHaveAttribute('href', /^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit$/);
    const url = await link.getAttribute('href');
    await expect(link).toHaveText('รายงานมาตรการ ITA องค์การบริหารส่วนตำบลหนองบัวทอง ปีงบประมาณ 2568 รอบ 6 เดือน');
    await page.screenshot({ path: join(SHOTS, '02-done.png') });
    expect(docsTables(playground)).toHaveLength(1);
    expect(docsTables(playground)[0].rows[0].cells.map(cellText)[2]).toBe('ผลการดำเนินการตามมาตรการหรือกิจกรรม');

    await expect(page.locator('#existing')).toContainText('ลิงก์ไม่เปลี่ยน');
    await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
    await expect(page.getByText('ปรับปรุงรายงานฉบับเดิมแล้ว (ลิงก์เดิม): 8 มาตรการ')).toBeVisible();
    await expect(page.locator('#doc-link a')).toHaveAttribute('href', url ?? '');
    expect(docsTables(playground)).toHaveLength(1);
  });

  test('warns before generating when the chosen columns cannot fit A4 landscape, and not for 7', async ({ page, playground }) => {
    await openDialog(page, playground);
    const warning = page.locator('#columns-too-narrow');
    await expect(warning).toBeHidden();
    await page.getByLabel('รูปแบบตาราง').selectOption('กำหนดเอง');
    const all = 'issue,itaTags,measure,steps,responsible,period,monitoring,result,outcome,suggestions,status,evidence'.split(',');
    for (const key of all) await page.locator(`#col-${key}`).check();
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('A4 แนวนอน');
    for (const key of ['issue', 'itaTags', 'monitoring', 'suggestions', 'evidence']) await page.locator(`#col-${key}`).uncheck();
    await expect(warning).toBeHidden();
  });

  test('offers a custom choice and order of columns, with the keyboard', async ({ page, playground }) => {
    await openDialog(page, playground);
    await page.getByLabel('รูปแบบตาราง').selectOption('กำหนดเอง');
    await expect(page.locator('#custom-columns')).toBeVisible();
    const status = page.getByLabel('สถานะ', { exact: true });
    await status.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'เลื่อน สถานะ ขึ้น' }).click();
    await page.screenshot({ path: join(SHOTS, '03-custom.png'), fullPage: true });
    await page.getByRole('button', { name: 'สร้างรายงาน' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#doc-link a')).toBeVisible();
    const header = docsTables(playground)[0].rows[0].cells.map(cellText);
    expect(header.at(-2)).toBe('สถานะ');
    expect(header.at(-1)).toBe('ข้อเสนอแนะ');
  });

  /** Preset 002 has its own menu item now (ITA › สร้างแผนมาตรการ…): here a plan is a custom table without result columns. */
  async function choosePlanTable(page: Page): Promise<void> {
    await page.getByLabel('รูปแบบตาราง').selectOption('กำหนดเอง');
    // Keep the first two columns (มาตรการ, ขั้นตอน): no result column, so the table is a plan.
    const checked = page.getByRole('list', { name: 'คอลัมน์ที่เลือก ตามลำดับ' }).getByRole('checkbox', { checked: true });
    while ((await checked.count()) > 2) {
      await checked.nth(2).focus();
      await page.keyboard.press('Space');
    }
  }

  test('after a plan is made, says "will update" for the plan (any round) and not for a round report of that year', async ({
    page,
    playground,
  }) => {
    await openDialog(page, playground);
    const note = page.locator('#existing');
    await page.getByLabel('รอบ 6 เดือน').check();
    await choosePlanTable(page);
    await expect(note).toHaveText('');
    await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
    await expect(page.locator('.box.ok > strong')).toHaveText(/^สร้างรายงานแล้ว/);
    await expect(page.locator('.box.ok')).toContainText('ลิงก์ทั้งสองคงเดิมทุกครั้งที่สร้างแผนมาตรการของปีเดียวกันใหม่');
    await expect(note).toHaveText('มีแผนมาตรการของปีนี้อยู่แล้ว: ระบบจะปรับปรุงไฟล์เดิม ลิงก์ไม่เปลี่ยน');
    // The plan is one Doc per year: the round does not change which file it rewrites.
    await page.getByLabel('รอบ 12 เดือน').check();
    await expect(note).toHaveText('มีแผนมาตรการของปีนี้อยู่แล้ว: ระบบจะปรับปรุงไฟล์เดิม ลิงก์ไม่เปลี่ยน');
    // A round's report of the same year is another Doc, not made yet.
    await page.getByLabel('รูปแบบตาราง').selectOption('001');
    await expect(note).toHaveText('');
    await page.getByLabel('รอบ 6 เดือน').check();
    await expect(note).toHaveText('');

    // The same answers from what the server lists when the dialog opens again.
    await openDialog(page, playground);
    await page.getByLabel('รอบ 6 เดือน').check();
    await page.getByLabel('รูปแบบตาราง').selectOption('001');
    await expect(note).toHaveText('');
    await choosePlanTable(page);
    await expect(note).toHaveText('มีแผนมาตรการของปีนี้อยู่แล้ว: ระบบจะปรับปรุงไฟล์เดิม ลิงก์ไม่เปลี่ยน');
    // A custom table without result columns is a plan too; with one, a round's report.
    await choosePlanTable(page);
    await expect(note).toHaveText('มีแผนมาตรการของปีนี้อยู่แล้ว: ระบบจะปรับปรุงไฟล์เดิม ลิงก์ไม่เปลี่ยน');
    await page.locator('#col-result').focus();
    await page.keyboard.press('Space');
    await expect(note).toHaveText('');

    // Generating the round's report makes a second Doc and leaves the plan's alone.
    await page.getByLabel('รูปแบบตาราง').selectOption('001');
    await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
    await expect(page.locator('.box.ok > strong')).toHaveText('สร้างรายงานแล้ว: 8 มาตรการ');
    await expect(note).toHaveText('มีรายงานรอบนี้อยู่แล้ว: ระบบจะปรับปรุงไฟล์เดิม ลิงก์ไม่เปลี่ยน');
    expect(playground.workspace().docs.ids()).toHaveLength(2);
  });

  test('another account generating the same report is offered the Picker, and no second Doc or new link appears', async ({
    page,
    playground,
  }) => {
    await openDialog(page, playground);
    await page.getByLabel('รอบ 6 เดือน').check();
    await page.getByLabel('รูปแบบตาราง').selectOption('001');
    await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
    const link = page.locator('#doc-link a');
    await expect(link).toHaveAttribute('href', /^https:\/\/docs\.google\.com\//);
    const url = await link.getAttribute('href');
    await expect(page.locator('#open-picker')).toHaveCount(0);

    // The same dialog as another staff member, whose add-on never made or picked these files.
    await page.goto(`${playground.url}/dialog?user=${encodeURIComponent('wanida@nongbuathong.go.th')}`);
    await page.getByLabel('รอบ 6 เดือน').check();
    await page.getByLabel('รูปแบบตาราง').selectOption('001');
    await expect(page.locator('#existing')).toHaveText('มีรายงานรอบนี้อยู่แล้ว: ระบบจะปรับปรุงไฟล์เดิม ลิงก์ไม่เปลี่ยน');
    await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
    // Whether the job rewrites the Doc's content in place or waits until the files are picked is its
    // own rule (test/server); the dialog must offer the Picker, and no second Doc or new link appears.
    await expect(page.locator('#result .box').first()).toBeVisible();
    const picker = page.locator('#open-picker');
    await expect(picker).toHaveText(MENU.picker);
    expect(playground.workspace().docs.ids()).toHaveLength(1);
    expect(url).toContain(playground.workspace().docs.ids()[0]);
    await page.screenshot({ path: join(SHOTS, '05-other-account.png'), fullPage: true });
    await picker.click();
    await expect
      .poll(() =>
        playground
          .workspace()
          .ui.shown.filter((d) => d.kind === 'modalDialog')
          .map((d) => d.title),
      )
      .toContain(MENU.picker);
  });

  test('lists what to fix, by sheet, row and column, and makes no Doc', async ({ page, playground }) => {
    const ws = playground.workspace();
    const measures = ws.sheetState(SHEET.measures);
    measures.rows[3][0] = null; // a deleted ID in row 4
    playground.reset(ws);
    await openDialog(page, playground);
    await expect(page.locator('.box.warn')).toContainText('ชีต "มาตรการ" แถว 4 คอลัมน์ A (รหัส)');
    await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
    const error = page.locator('.box.error');
    await expect(error).toContainText('พบข้อมูลที่ต้องแก้ก่อนสร้างรายงาน');
    await expect(error).toContainText('แถว 4 คอลัมน์ A (รหัส): แถวนี้ไม่มีรหัสมาตรการ');
    await page.screenshot({ path: join(SHOTS, '04-problems.png'), fullPage: true });
    expect(playground.workspace().docs.ids()).toHaveLength(0);
  });
});

test.describe('publishing from the dialog', () => {
  test('shows the PDF to publish and the Doc, each with a copy button, and the ITAS entry', async ({ page, playground }) => {
    await openDialog(page, playground);
    await page.getByLabel('รอบ 6 เดือน').check();
    await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
    const pdf = page.locator('#pdf-link a');
    await expect(pdf).toHaveAttribute('href', /^https:\/\/drive\.google\.com\/file\/d\/[\w-]+\/view$/);
    await expect(page.locator('.publish')).toContainText('ไฟล์ที่ใช้เผยแพร่: ไฟล์ PDF นี้');
    await expect(page.locator('#doc-link a')).toHaveAttribute('href', /^https:\/\/docs\.google\.com\/document\/d\//);
    const pdfUrl = (await pdf.getAttribute('href')) ?? '';
    const copyPdf = page.getByRole('button', { name: 'คัดลอกลิงก์ไฟล์ PDF' });
    await expect(copyPdf).toHaveAttribute('data-copy', pdfUrl);
    await copyPdf.click();
    await expect(copyPdf).toHaveText('คัดลอกแล้ว ✓');
    await expect(page.getByRole('button', { name: 'คัดลอกลิงก์Google เอกสาร' })).toBeVisible();
    // 2568 has no OIT item shipped and link sharing is off: ITAS hints say what to do.
    const itas = page.locator('#itas');
    await expect(itas).toContainText('การดำเนินการ: มี');
    await expect(itas).toContainText('รอบ ๖ เดือน ปีงบประมาณ พ.ศ. ๒๕๖๘');
    await expect(itas).toContainText('ค่ากำหนดรายปี');
    await expect(page.getByRole('button', { name: 'คัดลอกคำอธิบายสำหรับ ITAS' })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, '05-publish.png'), fullPage: true });
  });

  test('says when the data changed since the report was made, and regenerates it in one click', async ({ page, playground }) => {
    await openDialog(page, playground);
    await page.getByLabel('รอบ 6 เดือน').check();
    await page.getByRole('button', { name: 'สร้างรายงาน' }).click();
    await expect(page.locator('#pdf-link a')).toBeVisible();
    await openDialog(page, playground);
    await expect(page.locator('#stale')).toHaveCount(0);

    // A save changes a measure's title (what the report shows).
    const ws = playground.workspace();
    const measures = ws.sheetState(SHEET.measures);
    const col = ws.sheetValues(SHEET.measures)[0].indexOf('มาตรการ/โครงการ/กิจกรรม');
    measures.rows[1][col]!.v = 'มาตรการที่แก้ไขหลังสร้างรายงาน';
    playground.reset(ws);

    await openDialog(page, playground);
    await expect(page.locator('#stale')).toContainText('รอบ 6 เดือน ปีงบประมาณ 2568: ข้อมูลเปลี่ยนหลังสร้างรายงานเมื่อ');
    await page.screenshot({ path: join(SHOTS, '06-stale.png'), fullPage: true });
    await page.getByRole('button', { name: 'สร้างรายงานใหม่ รอบ 6 เดือน ปีงบประมาณ 2568' }).click();
    await expect(page.locator('#stale')).toContainText('สร้างใหม่แล้ว');
    await expect(page.getByText('ปรับปรุงรายงานฉบับเดิมแล้ว (ลิงก์เดิม): 8 มาตรการ')).toBeVisible();
    await openDialog(page, playground);
    await expect(page.locator('#stale')).toHaveCount(0);
  });
});
