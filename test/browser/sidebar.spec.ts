/**
 * The sidebar in a real browser (Debian's Chromium through @playwright/test) against the
 * playground: the built dist/Sidebar.html talking to the built dist/Code.js over the
 * google.script.run bridge, on a workspace kept in a temporary state file. Assertions are on what
 * the user sees and on the sheet's rows. Screenshots of the main states go to test-results/sidebar/.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, shotsDir, test as base } from './fixtures';
import { SHEET } from '../../src/core/labels';
import { COORDINATOR } from '../../emulator/agencies/seed';
import type { Playground } from '../../emulator/playground';

const STAFF = 'somchai@nongbuathong.go.th';
const SHOTS = shotsDir('sidebar');

/**
 * `openSidebar(user)`: a sidebar as one person sees it, 300 px wide like Sheets' sidebar, in its
 * own browser context. Every page's uncaught errors fail the test.
 */
const test = base.extend<{ openSidebar: (user: string) => Promise<Page>; openContext: (options: object) => Promise<BrowserContext> }>({
  openContext: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    const pageErrors: string[] = [];
    await use(async (options) => {
      const context = await browser.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', ...options });
      context.on('weberror', (e) => pageErrors.push(e.error().message));
      contexts.push(context);
      return context;
    });
    for (const c of contexts) await c.close();
    expect(pageErrors).toEqual([]);
  },
  openSidebar: async ({ openContext, playground }, use) => {
    await use(async (user) => {
      const context = await openContext({ viewport: { width: 300, height: 760 } });
      const page = await context.newPage();
      await page.goto(`${playground.url}/sidebar?user=${encodeURIComponent(user)}`);
      await expect(page.locator('#measure-list .card').first()).toBeVisible();
      return page;
    });
  },
});

/** A full-page screenshot; sticky bars are laid out in place so the picture reads top to bottom. */
async function shot(page: Page, name: string): Promise<void> {
  const style = await page.addStyleTag({ content: '.save-row, .sticky-status { position: static !important; }' });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await style.evaluate((el) => (el as Element).remove());
}

function cards(page: Page) {
  return page.locator('#measure-list .card');
}

async function cardIds(page: Page): Promise<string[]> {
  return cards(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id ?? ''));
}

async function openMeasure(page: Page, id: string): Promise<void> {
  await page.locator(`#open-${id}`).click();
  await expect(page.locator('#progress-form')).toBeVisible();
}

/** The progress sheet's row of a measure and round, by header. */
function progressRow(playground: Playground, measureId: string, round = 'รอบ 6 เดือน'): Record<string, unknown> | undefined {
  const rows = playground.workspace().sheetValues(SHEET.progress);
  const [header, ...body] = rows;
  const idCol = header.indexOf('รหัสมาตรการ');
  const roundCol = header.indexOf('รอบการรายงาน');
  const row = body.find((r) => r[idCol] === measureId && r[roundCol] === round);
  return row ? Object.fromEntries(header.map((hd, i) => [String(hd), row[i]])) : undefined;
}

function measureRow(playground: Playground, id: string): Record<string, unknown> | undefined {
  const [header, ...body] = playground.workspace().sheetValues(SHEET.measures);
  const row = body.find((r) => r[header.indexOf('รหัส')] === id);
  return row ? Object.fromEntries(header.map((hd, i) => [String(hd), row[i]])) : undefined;
}

/** Presses บันทึก and waits for the save's answer (ok or error) under the form. */
async function save(page: Page): Promise<void> {
  await page.locator('#p-save').click();
  await expect(page.locator('#p-msg .msg:not(.info)')).toBeVisible();
  await expect(page.locator('#p-save')).toBeEnabled();
}

test.describe('the sidebar in Chromium', () => {
  test("loads the year's measures with a status badge, filters by unit (remembered) and status, and searches titles", async ({
    openSidebar,
    playground,
  }) => {
    const page = await openSidebar(STAFF);
    await expect(cards(page)).toHaveCount(8);
    await expect(page.locator('#measure-count')).toHaveText('ทั้งหมด 8 มาตรการ');
    await expect(page.locator('#open-M-0001 .badge')).toHaveText('ดำเนินการแล้วเสร็จ');
    await expect(page.locator('#open-M-0004 .badge')).toHaveText('อยู่ระหว่างดำเนินการ');
    await expect(page.locator('#open-M-0008 .badge')).toHaveText('ยังไม่ดำเนินการ');
    await shot(page, '01-list');

    await page.selectOption('#f-unit', 'กองคลัง');
    // กองคลัง is named in M-0001 and M-0004; M-0003 belongs to ทุกสำนัก/กอง.
    await expect.poll(() => cardIds(page)).toEqual(['M-0001', 'M-0003', 'M-0004']);
    await page.selectOption('#f-status', 'done');
    await expect.poll(() => cardIds(page)).toEqual(['M-0001', 'M-0003']);
    await expect(page.locator('#measure-count')).toHaveText('แสดง 2 จาก 8 มาตรการ ล้างตัวกรอง');
    await shot(page, '02-filtered');
    await page.fill('#f-search', 'คู่มือ');
    await expect.poll(() => cardIds(page)).toEqual(['M-0001']);
    await page.fill('#f-search', 'ไม่มีคำนี้');
    await expect(page.locator('#measure-list')).toContainText('ไม่พบมาตรการที่ตรงกับตัวกรอง');
    await page.locator('#clear-filters').click();
    await expect(cards(page)).toHaveCount(8);
    await expect.poll(() => playground.workspace().properties.user[STAFF]?.['ita.unitFilter']).toBe('');
    await page.selectOption('#f-unit', 'กองคลัง');

    // The unit filter is remembered for this user, not for others.
    await expect.poll(() => playground.workspace().properties.user[STAFF]?.['ita.unitFilter']).toBe('กองคลัง');
    await page.reload();
    await expect(cards(page).first()).toBeVisible();
    await expect(page.locator('#f-unit')).toHaveValue('กองคลัง');
    await expect(cards(page)).toHaveCount(3);
    const other = await openSidebar(COORDINATOR);
    await expect(other.locator('#f-unit')).toHaveValue('');
  });

  test('edits and saves a progress entry: the percentage shows as the report prints it, and the sheet row changes', async ({
    openSidebar,
    playground,
  }) => {
    const page = await openSidebar(STAFF);
    await openMeasure(page, 'M-0005');
    await expect(page.locator('#measure-title')).toHaveText('สำรวจความพึงพอใจของผู้รับบริการผ่านเว็บไซต์และ Facebook');
    await expect(page.locator('#p-round')).toHaveValue('H1');
    await expect(page.locator('#p-actual')).toHaveValue('215');
    await page.fill('#p-actual', '๓๐๐');
    await expect(page.locator('#p-preview')).toHaveText('ในรายงาน: ผู้ตอบแบบสำรวจ ๓๐๐ คน คิดเป็นร้อยละ ๗๕ ของกลุ่มเป้าหมาย (๔๐๐ คน)');
    await page.selectOption('#p-status', 'done');
    await page.fill('#p-result', 'ปิดแบบสำรวจเมื่อ 30 มีนาคม 2568\nสรุปผลเสนอผู้บริหารแล้ว');
    await page.fill('#p-evidence', 'https://www.nongbuathong.go.th/survey\nhttps://drive.google.com/file/d/abc');
    await save(page);
    await expect(page.locator('#p-msg')).toContainText('บันทึกแล้ว');
    await expect(page.locator('#measure-badge')).toHaveText('ดำเนินการแล้วเสร็จ');
    await expect(page.locator('#p-saved-by')).toContainText(STAFF);
    await shot(page, '03-saved');

    const row = progressRow(playground, 'M-0005')!;
    expect(row['สถานะ']).toBe('ดำเนินการแล้วเสร็จ');
    expect(row['ผลการดำเนินการ']).toBe('ปิดแบบสำรวจเมื่อ 30 มีนาคม 2568\nสรุปผลเสนอผู้บริหารแล้ว');
    expect(row['ผลที่ทำได้ (ตัวเลข)']).toBe(300);
    expect(row['หลักฐาน (ลิงก์)']).toBe('https://www.nongbuathong.go.th/survey\nhttps://drive.google.com/file/d/abc');
    expect(row['ผู้บันทึก']).toBe(STAFF);
    expect(row['เวอร์ชัน (ระบบ)']).toBe(1);

    // A second save from the same open form is not a conflict with itself.
    await page.fill('#p-outcome', 'ผู้ตอบแบบสำรวจพึงพอใจร้อยละ 92');
    await save(page);
    await expect(page.locator('#p-msg')).toContainText('บันทึกแล้ว');
    expect(progressRow(playground, 'M-0005')!['ผลลัพธ์/ความสำเร็จ']).toBe('ผู้ตอบแบบสำรวจพึงพอใจร้อยละ 92');

    // The 12-month round is a separate row; back in the list the badge shows the current round.
    await page.selectOption('#p-round', 'FY');
    await expect(page.locator('#p-saved-by')).toContainText('ยกมาจากรอบ 6 เดือน');
    await page.locator('#back').click();
    await expect(page.locator('#open-M-0005 .badge')).toHaveText('ดำเนินการแล้วเสร็จ');
  });

  test('two people changing the same field: the second sees what it was, theirs and hers for that field, and chooses', async ({
    openSidebar,
    playground,
  }) => {
    const a = await openSidebar(STAFF);
    const b = await openSidebar(COORDINATOR);
    await openMeasure(a, 'M-0004');
    await openMeasure(b, 'M-0004');
    const was = await b.locator('#p-result').inputValue();
    await a.fill('#p-result', 'ข้อความของสมชาย: เพิ่มบริการออนไลน์เป็น 5 บริการ');
    await b.fill('#p-result', 'ข้อความของมาลี: เปิดบริการชำระภาษีออนไลน์');
    await save(a);
    await expect(a.locator('#p-msg')).toContainText('บันทึกแล้ว');

    await b.locator('#p-save').click();
    const diff = b.locator('#p-conflict .diff[data-field=result]');
    await expect(diff).toBeVisible();
    await expect(diff.locator('.was')).toContainText(was || '(ว่าง)');
    await expect(diff.locator('.theirs')).toContainText('ข้อความของสมชาย: เพิ่มบริการออนไลน์เป็น 5 บริการ');
    await expect(diff.locator('.mine')).toContainText('ข้อความของมาลี: เปิดบริการชำระภาษีออนไลน์');
    await expect(diff).toContainText(STAFF);
    // Nothing was overwritten, and B's text is still in B's form.
    expect(progressRow(playground, 'M-0004')!['ผลการดำเนินการ']).toBe('ข้อความของสมชาย: เพิ่มบริการออนไลน์เป็น 5 บริการ');
    await expect(b.locator('#p-result')).toHaveValue('ข้อความของมาลี: เปิดบริการชำระภาษีออนไลน์');
    await shot(b, '04-conflict');

    // B uses hers for that field: saved over A's text.
    await diff.locator('.use-mine').click();
    await expect(b.locator('#p-msg .msg.ok')).toBeVisible();
    expect(progressRow(playground, 'M-0004')!['ผลการดำเนินการ']).toBe('ข้อความของมาลี: เปิดบริการชำระภาษีออนไลน์');

    // A, still on the old form, changes another field: it lands without a conflict and keeps B's result.
    await a.fill('#p-suggestions', 'ควรประชาสัมพันธ์เพิ่ม');
    await save(a);
    await expect(a.locator('#p-msg')).toContainText('บันทึกแล้ว');
    await expect(a.locator('#p-result')).toHaveValue('ข้อความของมาลี: เปิดบริการชำระภาษีออนไลน์');
    const row = progressRow(playground, 'M-0004')!;
    expect(row['ผลการดำเนินการ']).toBe('ข้อความของมาลี: เปิดบริการชำระภาษีออนไลน์');
    expect(row['ข้อเสนอแนะ']).toBe('ควรประชาสัมพันธ์เพิ่ม');
  });

  test('A saves a new result, B changes only ผลลัพธ์ on a form opened before: both land, A’s result is not reverted', async ({
    openSidebar,
    playground,
  }) => {
    const a = await openSidebar(STAFF);
    const b = await openSidebar(COORDINATOR);
    await openMeasure(a, 'M-0005');
    await openMeasure(b, 'M-0005');
    await a.fill('#p-result', 'ผลใหม่ของสมชาย');
    await save(a);
    await b.fill('#p-outcome', 'ผลลัพธ์ของมาลี');
    await save(b);
    await expect(b.locator('#p-msg .msg.ok')).toBeVisible();
    await expect(b.locator('#p-conflict')).toHaveText('');
    const row = progressRow(playground, 'M-0005')!;
    expect([row['ผลการดำเนินการ'], row['ผลลัพธ์/ความสำเร็จ']]).toEqual(['ผลใหม่ของสมชาย', 'ผลลัพธ์ของมาลี']);
    await expect(b.locator('#p-result')).toHaveValue('ผลใหม่ของสมชาย');
  });

  test('evidence with descriptions is shown as typed, text in the number cell read-only, and both kept whole by a save of another field', async ({
    openSidebar,
    playground,
  }) => {
    const odd = 'ภาพกิจกรรม: https://photos.example.go.th/a / www.x.go.th/a.pdf / เอกสารในแฟ้ม';
    const ws = playground.workspace();
    const [header, ...body] = ws.sheetValues(SHEET.progress);
    // Typed in the grid: the cells' state as Sheets keeps it.
    const cells = ws.sheetState(SHEET.progress).rows[body.findIndex((x) => x[0] === 'M-0007') + 1];
    cells[header.indexOf('หลักฐาน (ลิงก์)')] = { v: odd, fmt: '@' };
    cells[header.indexOf('ผลที่ทำได้ (ตัวเลข)')] = { v: '48 คน' };
    playground.reset(ws);
    const page = await openSidebar(STAFF);
    await openMeasure(page, 'M-0007');
    await expect(page.locator('#p-evidence')).toHaveValue(odd);
    // One link or description per line: the form can show this line, so it stays editable.
    await expect(page.locator('#p-evidence')).not.toHaveAttribute('readonly', '');
    await expect(page.locator('#p-actual')).toHaveAttribute('readonly', '');
    await expect(page.locator('[data-key=actual] .hint')).toContainText('แก้ในชีตโดยตรง');
    await page.fill('#p-suggestions', 'แก้เฉพาะข้อเสนอแนะ');
    await save(page);
    await expect(page.locator('#p-msg .msg.ok')).toBeVisible();
    const row = progressRow(playground, 'M-0007')!;
    expect(row['หลักฐาน (ลิงก์)']).toBe(odd);
    expect(row['ผลที่ทำได้ (ตัวเลข)']).toBe('48 คน');
    expect(row['ข้อเสนอแนะ']).toBe('แก้เฉพาะข้อเสนอแนะ');
  });

  test('the save result is in view next to the button in a 600 px tall sidebar, and announced', async ({ openContext, playground }) => {
    const context = await openContext({ viewport: { width: 300, height: 600 } });
    const page = await context.newPage();
    await page.goto(`${playground.url}/sidebar?user=${encodeURIComponent(STAFF)}`);
    await openMeasure(page, 'M-0001');
    await page.fill('#p-suggestions', 'ดูผลการบันทึก');
    await page.locator('#p-save').click();
    const ok = page.locator('#p-msg .msg.ok');
    await expect(ok).toBeInViewport();
    await expect(page.locator('#p-msg')).toHaveAttribute('aria-live', 'polite');
    await expect(page.locator('#p-save')).toBeInViewport();
    await shot(page, '09-saved-600px');
  });

  test('a lost answer to เพิ่มมาตรการ, saved again, makes one measure, not two', async ({ openSidebar, playground }) => {
    const page = await openSidebar(COORDINATOR);
    await page.locator('#add-measure').click();
    await page.fill('#m-title', 'มาตรการที่คำตอบหายไป');
    // The call reaches the server and lands, but its answer is lost on the way back.
    await page.route('**/rpc/saveMeasure*', async (route) => {
      await route.fetch();
      await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: 'Failed to fetch' }) });
    });
    await page.locator('#m-save').click();
    await expect(page.locator('#m-msg')).toContainText('การเชื่อมต่ออินเทอร์เน็ตขาดหาย');
    await expect(page.locator('#m-save')).toHaveText('ลองบันทึกอีกครั้ง');
    await page.unroute('**/rpc/saveMeasure*');
    await page.locator('#m-save').click();
    await expect(page.locator('#status')).toContainText('เพิ่มมาตรการแล้ว');
    const rows = playground
      .workspace()
      .sheetValues(SHEET.measures)
      .filter((r) => r.includes('มาตรการที่คำตอบหายไป'));
    expect(rows).toHaveLength(1);
  });

  test('the list carries no long texts: opening a measure is one getMeasure call; search is instant on titles and units, full text after 400 ms in one call', async ({
    openSidebar,
  }) => {
    const page = await openSidebar(STAFF);
    const calls: string[] = [];
    page.on('request', (r) => {
      const m = /\/rpc\/(\w+)/.exec(r.url());
      if (m) calls.push(m[1]);
    });
    await openMeasure(page, 'M-0003');
    expect(calls).toEqual(['getMeasure']);
    await page.fill('#p-suggestions', 'คำค้นเฉพาะในข้อเสนอแนะ');
    await save(page);
    await page.locator('#back').click();
    calls.length = 0;
    // Titles and units: filtered in the browser, no call.
    await page.locator('#f-search').fill('กองคลัง');
    await expect(cards(page).first()).toBeVisible();
    expect(calls).toEqual([]);
    await page.locator('#f-search').fill('');
    // A word only in a progress text: found by the server once typing stops, with one call.
    await page.locator('#f-search').pressSequentially('คำค้นเฉพาะ', { delay: 30 });
    await expect(cards(page)).toHaveCount(1);
    expect(await cardIds(page)).toEqual(['M-0003']);
    expect(calls).toEqual(['searchMeasures']);
  });

  test('unsaved text is kept on every change and offered back after the sidebar is closed and reopened', async ({ openSidebar }) => {
    const page = await openSidebar(STAFF);
    await openMeasure(page, 'M-0002');
    await page.fill('#p-result', 'ข้อความที่ยังไม่ได้กดบันทึก');
    await page.reload();
    await expect(page.locator('#measure-list .card').first()).toBeVisible();
    await expect(page.locator('#open-M-0002 .tag.draft')).toBeVisible();
    await openMeasure(page, 'M-0002');
    await expect(page.locator('#p-result')).toHaveValue('ข้อความที่ยังไม่ได้กดบันทึก');
    await expect(page.locator('#p-draft')).toBeVisible();
    await save(page);
    await page.reload();
    await openMeasure(page, 'M-0002');
    await expect(page.locator('#p-draft')).toHaveCount(0);
  });

  test('when the browser blocks site data (localStorage throws), drafts go to user properties in one debounced call and come back', async ({
    openContext,
    playground,
  }) => {
    const context = await openContext({ viewport: { width: 300, height: 760 } });
    // As in Sheets' sandboxed frame with third-party site data blocked: any use of localStorage throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const calls: string[] = [];
    page.on('request', (r) => {
      const m = /\/rpc\/(\w+)/.exec(r.url());
      if (m) calls.push(m[1]);
    });
    await page.goto(`${playground.url}/sidebar?user=${encodeURIComponent(STAFF)}`);
    await openMeasure(page, 'M-0002');
    await page.fill('#p-result', '');
    await page.locator('#p-result').pressSequentially('ร่างที่เก็บไว้บนเซิร์ฟเวอร์', { delay: 20 });
    await expect.poll(() => calls.filter((c) => c === 'rememberDrafts').length, { timeout: 5000 }).toBe(1);
    await page.reload();
    await expect(page.locator('#measure-list .card').first()).toBeVisible();
    await openMeasure(page, 'M-0002');
    await expect(page.locator('#p-result')).toHaveValue('ร่างที่เก็บไว้บนเซิร์ฟเวอร์');
    await expect(page.locator('#p-draft')).toBeVisible();
  });

  test('Enter in a one-line field does not submit; an actual count far over the target asks first and shows no percentage', async ({
    openSidebar,
    playground,
  }) => {
    const page = await openSidebar(STAFF);
    const [mHeader, ...measures] = playground.workspace().sheetValues(SHEET.measures);
    const withTarget = measures.find(
      (r) => typeof r[mHeader.indexOf('ค่าเป้าหมาย')] === 'number' && r[mHeader.indexOf('ปีงบประมาณ')] === 2568,
    );
    const id = String(withTarget?.[0]);
    await openMeasure(page, id);
    const before = JSON.stringify(playground.workspace().sheetValues(SHEET.progress));
    await page.fill('#p-actual', '100000');
    await page.locator('#p-actual').press('Enter');
    await expect(page.locator('#p-msg')).toBeEmpty();
    await expect(page.locator('#p-preview')).not.toContainText('ร้อยละ');
    await page.locator('#p-save').click();
    await expect(page.locator('#p-msg')).toContainText('ตรวจสอบว่าพิมพ์ถูกต้อง');
    expect(JSON.stringify(playground.workspace().sheetValues(SHEET.progress))).toBe(before);
    await page.locator('#p-confirm').click();
    await expect(page.locator('#p-msg .msg.ok')).toBeVisible();
  });

  test('two people editing different measures: both saves land', async ({ openSidebar, playground }) => {
    const a = await openSidebar(STAFF);
    const b = await openSidebar(COORDINATOR);
    await openMeasure(a, 'M-0006');
    await openMeasure(b, 'M-0008');
    await a.fill('#p-outcome', 'ผลของสมชาย');
    await b.selectOption('#p-status', 'in_progress');
    await b.fill('#p-result', 'ผลของมาลี');
    await Promise.all([save(a), save(b)]);
    await expect(a.locator('#p-msg')).toContainText('บันทึกแล้ว');
    await expect(b.locator('#p-msg')).toContainText('บันทึกแล้ว');
    expect(progressRow(playground, 'M-0006')!['ผลลัพธ์/ความสำเร็จ']).toBe('ผลของสมชาย');
    expect(progressRow(playground, 'M-0008')!['ผลการดำเนินการ']).toBe('ผลของมาลี');
    expect(progressRow(playground, 'M-0008')!['สถานะ']).toBe('อยู่ระหว่างดำเนินการ');
    expect(progressRow(playground, 'M-0008')!['ผู้บันทึก']).toBe(COORDINATOR);
  });

  test('a save failing validation shows a Thai error next to the field and leaves the sheet unchanged', async ({
    openSidebar,
    playground,
  }) => {
    const page = await openSidebar(STAFF);
    await openMeasure(page, 'M-0002');
    const before = JSON.stringify(playground.workspace().sheetValues(SHEET.progress));
    await page.fill('#p-evidence', 'file:///C:/ไฟล์ในเครื่อง.pdf');
    await page.fill('#p-result', 'เพิ่มข้อความ');
    await page.locator('#p-save').click();
    const error = page.locator('#p-evidence-error');
    await expect(error).toContainText('"file:///C:/ไฟล์ในเครื่อง.pdf" เปิดจากรายงานไม่ได้');
    await expect(page.locator('#p-evidence')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#p-evidence')).toBeFocused();
    await expect(page.locator('#p-msg')).toContainText('ยังบันทึกไม่ได้');
    await expect(page.locator('#p-result')).toHaveValue('เพิ่มข้อความ');
    await shot(page, '05-invalid');
    expect(JSON.stringify(playground.workspace().sheetValues(SHEET.progress))).toBe(before);

    // Fixing the field clears the error and saves.
    await page.fill('#p-evidence', 'https://www.nongbuathong.go.th/iit');
    await save(page);
    await expect(error).toHaveText('');
    expect(progressRow(playground, 'M-0002')!['หลักฐาน (ลิงก์)']).toBe('https://www.nongbuathong.go.th/iit');
  });

  test('text that Sheets would read as a formula is saved exactly as typed, and the sidebar says how it was kept', async ({
    openSidebar,
    playground,
  }) => {
    const page = await openSidebar(STAFF);
    await openMeasure(page, 'M-0006');
    await page.fill('#p-result', '=IMPORTXML("https://example.com","//a")');
    await page.fill('#p-outcome', '-');
    await save(page);
    await expect(page.locator('#p-msg .msg.ok')).toContainText('บันทึกแล้ว');
    await expect(page.locator('#p-note')).toContainText('"ผลการดำเนินการ"');
    const row = progressRow(playground, 'M-0006')!;
    expect(row['ผลการดำเนินการ']).toBe('=IMPORTXML("https://example.com","//a")');
    expect(row['ผลลัพธ์/ความสำเร็จ']).toBe('-');
    await page.reload();
    await openMeasure(page, 'M-0006');
    await expect(page.locator('#p-result')).toHaveValue('=IMPORTXML("https://example.com","//a")');
  });

  test('a failed call (the script timed out) says so in Thai and keeps what was typed', async ({ openSidebar, playground }) => {
    const page = await openSidebar(STAFF);
    await openMeasure(page, 'M-0001');
    const before = JSON.stringify(playground.workspace().sheetValues(SHEET.progress));
    await page.route('**/rpc/saveProgress*', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: 'Exceeded maximum execution time' }) }),
    );
    await page.fill('#p-suggestions', 'ข้อเสนอแนะที่ยังไม่ได้บันทึก');
    await page.locator('#p-save').click();
    await expect(page.locator('#p-msg')).toContainText('ยังไม่ได้บันทึก: Google ตอบช้าเกินไป (หมดเวลา)');
    await expect(page.locator('#p-msg')).toContainText('Exceeded maximum execution time');
    await expect(page.locator('#p-save')).toHaveText('ลองบันทึกอีกครั้ง');
    await expect(page.locator('#p-suggestions')).toHaveValue('ข้อเสนอแนะที่ยังไม่ได้บันทึก');
    expect(JSON.stringify(playground.workspace().sheetValues(SHEET.progress))).toBe(before);
    await page.unroute('**/rpc/saveProgress*');
    await save(page);
    expect(progressRow(playground, 'M-0001')!['ข้อเสนอแนะ']).toBe('ข้อเสนอแนะที่ยังไม่ได้บันทึก');
  });

  test('shows a measure titled like HTML as text and runs nothing', async ({ openSidebar, playground }) => {
    const xss = '<img src=x onerror=alert(1)>';
    const page = await openSidebar(COORDINATOR);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // The coordinator adds it through the sidebar.
    await page.locator('#add-measure').click();
    await page.fill('#m-title', xss);
    await page.fill('#m-section', 'กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน');
    await page.check('label:has-text("กองช่าง") input');
    await page.fill('#m-steps', '<script>alert(2)</script>');
    await page.locator('#m-save').click();
    await expect(page.locator('#measure-title')).toBeVisible();
    await expect(page.locator('#measure-title')).toHaveText(xss);
    await expect(page.locator('dl.details')).toContainText('<script>alert(2)</script>');
    await page.locator('#back').click();
    const id = (await cardIds(page)).find((x) => !x.startsWith('M-000'))!;
    await expect(page.locator(`#open-${id} .t`)).toHaveText(`9. ${xss}`);
    // Reloaded from the sheet, still text.
    await page.reload();
    await expect(cards(page).first()).toBeVisible();
    await expect(page.locator(`#open-${id} .t`)).toHaveText(`9. ${xss}`);
    await expect(page.locator('img')).toHaveCount(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(measureRow(playground, id)!['มาตรการ/โครงการ/กิจกรรม']).toBe(xss);
    await shot(page, '06-xss-as-text');
  });

  test('can be used with the keyboard alone: reach a measure, open it, fill the form, save', async ({ openSidebar, playground }) => {
    const page = await openSidebar(STAFF);
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    const tabTo = async (id: string, max = 60): Promise<void> => {
      for (let i = 0; i < max; i++) {
        if ((await focused()) === id) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached #${id} (at #${await focused()})`);
    };
    await tabTo('f-search');
    await page.keyboard.type('ช่องทาง');
    await tabTo('open-M-0008');
    await page.keyboard.press('Enter');
    await expect(page.locator('#measure-title')).toBeFocused();
    await tabTo('p-status');
    await page.keyboard.press('ArrowDown'); // ยังไม่ดำเนินการ → อยู่ระหว่างดำเนินการ
    await page.keyboard.press('Tab');
    await expect(page.locator('#p-result')).toBeFocused();
    await page.keyboard.type('จัดทำป้ายประชาสัมพันธ์ 3 จุด');
    await page.keyboard.press('Enter');
    await page.keyboard.type('เผยแพร่ช่องทางร้องเรียนทาง Facebook');
    await tabTo('p-evidence');
    await page.keyboard.type('https://www.facebook.com/nongbuathong');
    await shot(page, '07-keyboard-filled');
    await tabTo('p-save');
    await page.keyboard.press('Enter');
    await expect(page.locator('#p-msg .msg.ok')).toBeVisible();
    const row = progressRow(playground, 'M-0008')!;
    expect(row['สถานะ']).toBe('อยู่ระหว่างดำเนินการ');
    expect(row['ผลการดำเนินการ']).toBe('จัดทำป้ายประชาสัมพันธ์ 3 จุด\nเผยแพร่ช่องทางร้องเรียนทาง Facebook');
    expect(row['หลักฐาน (ลิงก์)']).toBe('https://www.facebook.com/nongbuathong');
    // Back to the list with the keyboard lands on the measure just edited.
    await tabTo('back', 80);
    await page.keyboard.press('Enter');
    await expect(page.locator('#open-M-0008')).toBeFocused();
    await expect(page.locator('#open-M-0008 .badge')).toHaveText('อยู่ระหว่างดำเนินการ');
  });

  test('keeps unsaved text when switching rounds and going back to the list', async ({ openSidebar }) => {
    const page = await openSidebar(STAFF);
    await openMeasure(page, 'M-0007');
    await page.fill('#p-outcome', 'ยังไม่ได้บันทึก');
    await page.selectOption('#p-round', 'FY');
    await expect(page.locator('#p-outcome')).toHaveValue('');
    await page.selectOption('#p-round', 'H1');
    await expect(page.locator('#p-outcome')).toHaveValue('ยังไม่ได้บันทึก');
    await page.locator('#back').click();
    await expect(page.locator('#open-M-0007 .tag.draft')).toHaveCount(1);
    await openMeasure(page, 'M-0007');
    await expect(page.locator('#p-outcome')).toHaveValue('ยังไม่ได้บันทึก');
  });

  test("lets the coordinator edit, reorder and archive measures; staff's view follows the sheet", async ({ openSidebar, playground }) => {
    const page = await openSidebar(COORDINATOR);
    await openMeasure(page, 'M-0002');
    await page.locator('#edit-measure').click();
    await expect(page.locator('#measure-form')).toBeVisible();
    await shot(page, '08-edit-measure');
    await page.fill('#m-title', 'กิจกรรมสร้างความรู้ความเข้าใจเรื่อง IIT (ปรับปรุง)');
    await page.fill('#m-target', 'abc');
    await page.locator('#m-save').click();
    await expect(page.locator('#m-target-error')).toContainText('ไม่ใช่จำนวน');
    await page.fill('#m-target', '80');
    await page.locator('#m-save').click();
    await expect(page.locator('#measure-title')).toBeVisible();
    await expect(page.locator('#measure-title')).toHaveText('กิจกรรมสร้างความรู้ความเข้าใจเรื่อง IIT (ปรับปรุง)');
    expect(measureRow(playground, 'M-0002')!['ค่าเป้าหมาย']).toBe(80);
    // The progress form still works on the edited measure and shows the new target.
    await expect(page.locator('label[for=p-actual]')).toContainText('เป้าหมาย 80 คน');

    await page.locator('#move-up').click();
    await expect(page.locator('#status .msg.ok')).toHaveText('เลื่อนขึ้นแล้ว');
    expect(measureRow(playground, 'M-0002')!['ลำดับ']).toBe(1);
    expect(measureRow(playground, 'M-0001')!['ลำดับ']).toBe(2);
    // Archiving asks first; cancel leaves the sheet as it was.
    await page.locator('#archive').click();
    await expect(page.locator('#archive-question')).toContainText('เก็บถาวร');
    await page.locator('#archive-cancel').click();
    expect(measureRow(playground, 'M-0002')!['เก็บถาวร']).not.toBe('ใช่');
    await page.locator('#archive').click();
    await page.locator('#archive-confirm').click();
    await expect(page.locator('#status')).toContainText('เก็บถาวรแล้ว');
    expect(measureRow(playground, 'M-0002')!['เก็บถาวร']).toBe('ใช่');
    await page.locator('#back').click();
    await expect.poll(() => cardIds(page)).not.toContain('M-0002');
    await page.check('#f-archived');
    await expect.poll(() => cardIds(page)).toContain('M-0002');
    await openMeasure(page, 'M-0002');
    await page.locator('#archive').click();
    await expect.poll(() => measureRow(playground, 'M-0002')!['เก็บถาวร']).toBe('ไม่ใช่');
  });

  test('two coordinators editing one measure: different fields both land; the same field asks, and keep theirs keeps it', async ({
    openSidebar,
    playground,
  }) => {
    const a = await openSidebar(COORDINATOR);
    const b = await openSidebar(COORDINATOR);
    for (const p of [a, b]) {
      await openMeasure(p, 'M-0006');
      await p.locator('#edit-measure').click();
      await expect(p.locator('#measure-form')).toBeVisible();
    }
    await a.fill('#m-period', 'ม.ค. – มี.ค. 2568');
    await a.locator('#m-save').click();
    await expect(a.locator('#status')).toContainText('บันทึกมาตรการแล้ว');

    await b.fill('#m-monitoring', 'รายงานผลทุกไตรมาส');
    await b.fill('#m-period', 'ของ B');
    await b.locator('#m-save').click();
    const box = b.locator('#m-conflict .conflict');
    await expect(box.locator('h4')).toHaveText('มีผู้อื่นแก้ช่องเดียวกันของมาตรการนี้ก่อนคุณ');
    await expect(box.locator('.diff')).toHaveCount(1);
    await expect(box.locator('.diff[data-field=period] .f')).toHaveText('ระยะเวลา');
    await expect(box.locator('.diff[data-field=period] .theirs')).toContainText('ม.ค. – มี.ค. 2568');
    await expect(box.locator('.diff[data-field=period] .mine')).toContainText('ของ B');
    // The other changed field landed.
    expect(measureRow(playground, 'M-0006')!['การติดตาม/กำหนดเวลาแล้วเสร็จ']).toBe('รายงานผลทุกไตรมาส');
    expect(measureRow(playground, 'M-0006')!['ระยะเวลา']).toBe('ม.ค. – มี.ค. 2568');

    await box.locator('.diff[data-field=period] .use-theirs').click();
    await expect(b.locator('#m-period')).toHaveValue('ม.ค. – มี.ค. 2568');
    await expect(b.locator('#m-conflict')).toHaveText('');
    await b.locator('#m-save').click();
    await expect(b.locator('#status')).toContainText('บันทึกมาตรการแล้ว');
    const row = measureRow(playground, 'M-0006')!;
    expect(row['ระยะเวลา']).toBe('ม.ค. – มี.ค. 2568');
    expect(row['การติดตาม/กำหนดเวลาแล้วเสร็จ']).toBe('รายงานผลทุกไตรมาส');
  });

  test('the playground page shows the sidebar next to the sheet rows, which follow each save', async ({ openContext, playground }) => {
    const context = await openContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${playground.url}/`);
    const frame = page.frameLocator('#sidebar');
    await frame.locator('#open-M-0003').click();
    await frame.locator('#p-outcome').fill('มอบหมายงานครบทุกกอง <b>ตัวหนา?</b>');
    await frame.locator('#p-save').click();
    await expect(frame.locator('#p-msg .msg.ok')).toBeVisible();
    // The rows view refreshes by itself and shows the cell as text, highlighted as just changed.
    const cell = page.locator('#rows td.changed', { hasText: 'มอบหมายงานครบทุกกอง <b>ตัวหนา?</b>' });
    await expect(cell).toBeVisible();
    await expect(page.locator('#rows b')).toHaveCount(0);
    await page.screenshot({ path: join(SHOTS, '09-playground.png') });
  });
});
