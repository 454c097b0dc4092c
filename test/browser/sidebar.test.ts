/**
 * The sidebar in a real browser (Debian's Chromium through playwright-core) against the playground:
 * the built dist/Sidebar.html talking to the built dist/Code.js over the google.script.run bridge,
 * on a workspace kept in a temporary state file. Assertions are on what the user sees and on the
 * sheet's rows. Screenshots of the main states go to test-results/sidebar/.
 */
import { join } from 'node:path';
import { type BrowserContext, type Page } from 'playwright-core';
import { useHarness } from './harness';
import { SHEET } from '../../src/core/labels';
import { COORDINATOR } from '../../emulator/agencies/seed';

const STAFF = 'somchai@nongbuathong.go.th';
const SHOTS = join(__dirname, '../../test-results/sidebar');

const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

const env = useHarness(SHOTS);

beforeEach(() => {
  env.playground.reset();
  pageErrors.length = 0;
});

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
  expect(pageErrors).toEqual([]);
});

/** A sidebar as one person sees it: 300 px wide, like Sheets' sidebar. */
async function openSidebar(user: string): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 300, height: 760 }, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  contexts.push(context);
  context.setDefaultTimeout(8000);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${env.playground.url}/sidebar?user=${encodeURIComponent(user)}`);
  await page.locator('#measure-list .card').first().waitFor();
  return page;
}

/** A full-page screenshot; sticky bars are laid out in place so the picture reads top to bottom. */
async function shot(page: Page, name: string): Promise<void> {
  const style = await page.addStyleTag({ content: '.save-row, .sticky-status { position: static !important; }' });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await style.evaluate((el) => (el as Element).remove());
}

/** Retries `check` on fresh values of `f` until it passes or `timeout` ms pass (then its last error). */
async function eventually<T>(f: () => T | Promise<T>, check: (v: T) => void, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await f();
    try {
      check(v);
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function cards(page: Page) {
  return page.locator('#measure-list .card');
}

async function cardIds(page: Page): Promise<string[]> {
  return cards(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id ?? ''));
}

async function openMeasure(page: Page, id: string): Promise<void> {
  await page.locator(`#open-${id}`).click();
  await page.locator('#progress-form').waitFor();
}

/** The progress sheet's row of a measure and round, by header. */
function progressRow(measureId: string, round = 'รอบ 6 เดือน'): Record<string, unknown> | undefined {
  const rows = env.playground.workspace().sheetValues(SHEET.progress);
  const [header, ...body] = rows;
  const idCol = header.indexOf('รหัสมาตรการ');
  const roundCol = header.indexOf('รอบการรายงาน');
  const row = body.find((r) => r[idCol] === measureId && r[roundCol] === round);
  return row ? Object.fromEntries(header.map((hd, i) => [String(hd), row[i]])) : undefined;
}

function measureRow(id: string): Record<string, unknown> | undefined {
  const [header, ...body] = env.playground.workspace().sheetValues(SHEET.measures);
  const row = body.find((r) => r[header.indexOf('รหัส')] === id);
  return row ? Object.fromEntries(header.map((hd, i) => [String(hd), row[i]])) : undefined;
}

async function save(page: Page): Promise<void> {
  await page.locator('#p-save').click();
  await page.locator('#p-save:not([disabled])').waitFor();
  await page.locator('#p-msg .msg:not(.info)').waitFor();
}

describe('the sidebar in Chromium', () => {
  it("loads the year's measures with a status badge, filters by unit (remembered) and status, and searches titles", async () => {
    const page = await openSidebar(STAFF);
    await expect(cards(page).count()).resolves.toBe(8);
    await expect(page.locator('#measure-count').textContent()).resolves.toBe('ทั้งหมด 8 มาตรการ');
    await expect(page.locator('#open-M-0001 .badge').textContent()).resolves.toBe('ดำเนินการแล้วเสร็จ');
    await expect(page.locator('#open-M-0004 .badge').textContent()).resolves.toBe('อยู่ระหว่างดำเนินการ');
    await expect(page.locator('#open-M-0008 .badge').textContent()).resolves.toBe('ยังไม่ดำเนินการ');
    await shot(page, '01-list');

    await page.selectOption('#f-unit', 'กองคลัง');
    // กองคลัง is named in M-0001 and M-0004; M-0003 belongs to ทุกสำนัก/กอง.
    await expect(cardIds(page)).resolves.toEqual(['M-0001', 'M-0003', 'M-0004']);
    await page.selectOption('#f-status', 'done');
    await expect(cardIds(page)).resolves.toEqual(['M-0001', 'M-0003']);
    await expect(page.locator('#measure-count').textContent()).resolves.toBe('แสดง 2 จาก 8 มาตรการ ล้างตัวกรอง');
    await shot(page, '02-filtered');
    await page.fill('#f-search', 'คู่มือ');
    await expect(cardIds(page)).resolves.toEqual(['M-0001']);
    await page.fill('#f-search', 'ไม่มีคำนี้');
    await expect(page.locator('#measure-list').textContent()).resolves.toContain('ไม่พบมาตรการที่ตรงกับตัวกรอง');
    await page.locator('#clear-filters').click();
    await expect(cards(page).count()).resolves.toBe(8);
    await eventually(
      () => env.playground.workspace().properties.user[STAFF]?.['ita.unitFilter'],
      (v) => expect(v).toBe(''),
    );
    await page.selectOption('#f-unit', 'กองคลัง');

    // The unit filter is remembered for this user, not for others.
    await eventually(
      () => env.playground.workspace().properties.user[STAFF]?.['ita.unitFilter'],
      (v) => expect(v).toBe('กองคลัง'),
    );
    await page.reload();
    await cards(page).first().waitFor();
    await expect(page.locator('#f-unit').inputValue()).resolves.toBe('กองคลัง');
    await expect(cards(page).count()).resolves.toBe(3);
    const other = await openSidebar(COORDINATOR);
    await expect(other.locator('#f-unit').inputValue()).resolves.toBe('');
  });

  it('edits and saves a progress entry: the percentage shows as the report prints it, and the sheet row changes', async () => {
    const page = await openSidebar(STAFF);
    await openMeasure(page, 'M-0005');
    await expect(page.locator('#measure-title').textContent()).resolves.toBe('สำรวจความพึงพอใจของผู้รับบริการผ่านเว็บไซต์และ Facebook');
    await expect(page.locator('#p-round').inputValue()).resolves.toBe('H1');
    await expect(page.locator('#p-actual').inputValue()).resolves.toBe('215');
    await page.fill('#p-actual', '๓๐๐');
    await expect(page.locator('#p-preview').textContent()).resolves.toBe(
      'ในรายงาน: ผู้ตอบแบบสำรวจ ๓๐๐ คน คิดเป็นร้อยละ ๗๕ ของกลุ่มเป้าหมาย (๔๐๐ คน)',
    );
    await page.selectOption('#p-status', 'done');
    await page.fill('#p-result', 'ปิดแบบสำรวจเมื่อ 30 มีนาคม 2568\nสรุปผลเสนอผู้บริหารแล้ว');
    await page.fill('#p-evidence', 'https://www.nongbuathong.go.th/survey\nhttps://drive.google.com/file/d/abc');
    await save(page);
    await expect(page.locator('#p-msg').textContent()).resolves.toContain('บันทึกแล้ว');
    await expect(page.locator('#measure-badge').textContent()).resolves.toBe('ดำเนินการแล้วเสร็จ');
    await expect(page.locator('#p-saved-by').textContent()).resolves.toContain(STAFF);
    await shot(page, '03-saved');

    const row = progressRow('M-0005')!;
    expect(row['สถานะ']).toBe('ดำเนินการแล้วเสร็จ');
    expect(row['ผลการดำเนินการ']).toBe('ปิดแบบสำรวจเมื่อ 30 มีนาคม 2568\nสรุปผลเสนอผู้บริหารแล้ว');
    expect(row['ผลที่ทำได้ (ตัวเลข)']).toBe(300);
    expect(row['หลักฐาน (ลิงก์)']).toBe('https://www.nongbuathong.go.th/survey\nhttps://drive.google.com/file/d/abc');
    expect(row['ผู้บันทึก']).toBe(STAFF);
    expect(row['เวอร์ชัน (ระบบ)']).toBe(1);

    // A second save from the same open form is not a conflict with itself.
    await page.fill('#p-outcome', 'ผู้ตอบแบบสำรวจพึงพอใจร้อยละ 92');
    await save(page);
    await expect(page.locator('#p-msg').textContent()).resolves.toContain('บันทึกแล้ว');
    expect(progressRow('M-0005')!['ผลลัพธ์/ความสำเร็จ']).toBe('ผู้ตอบแบบสำรวจพึงพอใจร้อยละ 92');

    // The 12-month round is a separate row; back in the list the badge shows the current round.
    await page.selectOption('#p-round', 'FY');
    await expect(page.locator('#p-saved-by').textContent()).resolves.toContain('ยกมาจากรอบ 6 เดือน');
    await page.locator('#back').click();
    await expect(page.locator('#open-M-0005 .badge').textContent()).resolves.toBe('ดำเนินการแล้วเสร็จ');
  });

  it('two people editing the same measure: the second sees both texts, chooses, and nothing is lost', async () => {
    const a = await openSidebar(STAFF);
    const b = await openSidebar(COORDINATOR);
    await openMeasure(a, 'M-0004');
    await openMeasure(b, 'M-0004');
    await a.fill('#p-result', 'ข้อความของสมชาย: เพิ่มบริการออนไลน์เป็น 5 บริการ');
    await b.fill('#p-result', 'ข้อความของมาลี: เปิดบริการชำระภาษีออนไลน์');
    await save(a);
    await expect(a.locator('#p-msg').textContent()).resolves.toContain('บันทึกแล้ว');

    await b.locator('#p-save').click();
    const box = b.locator('#p-conflict .conflict');
    await box.waitFor();
    await expect(box.locator('.theirs').textContent()).resolves.toContain('ข้อความของสมชาย: เพิ่มบริการออนไลน์เป็น 5 บริการ');
    await expect(box.locator('.mine').textContent()).resolves.toContain('ข้อความของมาลี: เปิดบริการชำระภาษีออนไลน์');
    await expect(box.textContent()).resolves.toContain(STAFF);
    // Nothing was overwritten, and B's text is still in B's form.
    expect(progressRow('M-0004')!['ผลการดำเนินการ']).toBe('ข้อความของสมชาย: เพิ่มบริการออนไลน์เป็น 5 บริการ');
    await expect(b.locator('#p-result').inputValue()).resolves.toBe('ข้อความของมาลี: เปิดบริการชำระภาษีออนไลน์');
    await shot(b, '04-conflict');

    // B keeps hers: saved over A's version.
    await b.locator('#keep-mine').click();
    await b.locator('#p-msg .msg.ok').waitFor();
    expect(progressRow('M-0004')!['ผลการดำเนินการ']).toBe('ข้อความของมาลี: เปิดบริการชำระภาษีออนไลน์');
    expect(progressRow('M-0004')!['เวอร์ชัน (ระบบ)']).toBe(2);

    // A, still on the old version, edits again: sees B's text and takes it.
    await a.fill('#p-suggestions', 'ควรประชาสัมพันธ์เพิ่ม');
    await a.locator('#p-save').click();
    await a.locator('#p-conflict .conflict').waitFor();
    await expect(a.locator('#p-conflict .theirs').first().textContent()).resolves.toContain('ข้อความของมาลี');
    await a.locator('#use-theirs').click();
    await expect(a.locator('#p-result').inputValue()).resolves.toBe('ข้อความของมาลี: เปิดบริการชำระภาษีออนไลน์');
    await expect(a.locator('#p-conflict').textContent()).resolves.toBe('');
    // …and can now save on top of it without another conflict.
    await a.fill('#p-suggestions', 'ควรประชาสัมพันธ์เพิ่ม');
    await save(a);
    await expect(a.locator('#p-msg').textContent()).resolves.toContain('บันทึกแล้ว');
    const row = progressRow('M-0004')!;
    expect(row['ผลการดำเนินการ']).toBe('ข้อความของมาลี: เปิดบริการชำระภาษีออนไลน์');
    expect(row['ข้อเสนอแนะ']).toBe('ควรประชาสัมพันธ์เพิ่ม');
    expect(row['เวอร์ชัน (ระบบ)']).toBe(3);
  });

  it('two people editing different measures: both saves land', async () => {
    const a = await openSidebar(STAFF);
    const b = await openSidebar(COORDINATOR);
    await openMeasure(a, 'M-0006');
    await openMeasure(b, 'M-0008');
    await a.fill('#p-outcome', 'ผลของสมชาย');
    await b.selectOption('#p-status', 'in_progress');
    await b.fill('#p-result', 'ผลของมาลี');
    await Promise.all([save(a), save(b)]);
    await expect(a.locator('#p-msg').textContent()).resolves.toContain('บันทึกแล้ว');
    await expect(b.locator('#p-msg').textContent()).resolves.toContain('บันทึกแล้ว');
    expect(progressRow('M-0006')!['ผลลัพธ์/ความสำเร็จ']).toBe('ผลของสมชาย');
    expect(progressRow('M-0008')!['ผลการดำเนินการ']).toBe('ผลของมาลี');
    expect(progressRow('M-0008')!['สถานะ']).toBe('อยู่ระหว่างดำเนินการ');
    expect(progressRow('M-0008')!['ผู้บันทึก']).toBe(COORDINATOR);
  });

  it('a save failing validation shows a Thai error next to the field and leaves the sheet unchanged', async () => {
    const page = await openSidebar(STAFF);
    await openMeasure(page, 'M-0002');
    const before = JSON.stringify(env.playground.workspace().sheetValues(SHEET.progress));
    await page.fill('#p-evidence', 'ไฟล์ในเครื่อง');
    await page.fill('#p-result', 'เพิ่มข้อความ');
    await page.locator('#p-save').click();
    const error = page.locator('#p-evidence-error');
    await eventually(
      () => error.textContent(),
      (v) => expect(v).toContain('"ไฟล์ในเครื่อง" ไม่ใช่ลิงก์'),
    );
    await expect(page.locator('#p-evidence').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('p-evidence');
    await expect(page.locator('#p-msg').textContent()).resolves.toContain('ยังบันทึกไม่ได้');
    await expect(page.locator('#p-result').inputValue()).resolves.toBe('เพิ่มข้อความ');
    await shot(page, '05-invalid');
    expect(JSON.stringify(env.playground.workspace().sheetValues(SHEET.progress))).toBe(before);

    // Fixing the field clears the error and saves.
    await page.fill('#p-evidence', 'https://www.nongbuathong.go.th/iit');
    await save(page);
    await expect(error.textContent()).resolves.toBe('');
    expect(progressRow('M-0002')!['หลักฐาน (ลิงก์)']).toBe('https://www.nongbuathong.go.th/iit');
  });

  it('a failed call (the script timed out) says so in Thai and keeps what was typed', async () => {
    const page = await openSidebar(STAFF);
    await openMeasure(page, 'M-0001');
    const before = JSON.stringify(env.playground.workspace().sheetValues(SHEET.progress));
    await page.route('**/rpc/saveProgress*', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: 'Exceeded maximum execution time' }) }),
    );
    await page.fill('#p-suggestions', 'ข้อเสนอแนะที่ยังไม่ได้บันทึก');
    await page.locator('#p-save').click();
    await eventually(
      () => page.locator('#p-msg').textContent(),
      (v) => expect(v).toContain('บันทึกไม่สำเร็จ: Exceeded maximum execution time'),
    );
    await expect(page.locator('#p-suggestions').inputValue()).resolves.toBe('ข้อเสนอแนะที่ยังไม่ได้บันทึก');
    expect(JSON.stringify(env.playground.workspace().sheetValues(SHEET.progress))).toBe(before);
    await page.unroute('**/rpc/saveProgress*');
    await save(page);
    expect(progressRow('M-0001')!['ข้อเสนอแนะ']).toBe('ข้อเสนอแนะที่ยังไม่ได้บันทึก');
  });

  it('shows a measure titled like HTML as text and runs nothing', async () => {
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
    await page.locator('#measure-title').waitFor();
    await expect(page.locator('#measure-title').textContent()).resolves.toBe(xss);
    await expect(page.locator('dl.details').textContent()).resolves.toContain('<script>alert(2)</script>');
    await page.locator('#back').click();
    const id = (await cardIds(page)).find((x) => !x.startsWith('M-000'))!;
    await expect(page.locator(`#open-${id} .t`).textContent()).resolves.toBe(`9. ${xss}`);
    // Reloaded from the sheet, still text.
    await page.reload();
    await cards(page).first().waitFor();
    await expect(page.locator(`#open-${id} .t`).textContent()).resolves.toBe(`9. ${xss}`);
    await expect(page.locator('img').count()).resolves.toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(measureRow(id)!['มาตรการ/โครงการ/กิจกรรม']).toBe(xss);
    await shot(page, '06-xss-as-text');
  });

  it('can be used with the keyboard alone: reach a measure, open it, fill the form, save', async () => {
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
    await eventually(focused, (v) => expect(v).toBe('measure-title'));
    await tabTo('p-status');
    await page.keyboard.press('ArrowDown'); // ยังไม่ดำเนินการ → อยู่ระหว่างดำเนินการ
    await page.keyboard.press('Tab');
    await eventually(focused, (v) => expect(v).toBe('p-result'));
    await page.keyboard.type('จัดทำป้ายประชาสัมพันธ์ 3 จุด');
    await page.keyboard.press('Enter');
    await page.keyboard.type('เผยแพร่ช่องทางร้องเรียนทาง Facebook');
    await tabTo('p-evidence');
    await page.keyboard.type('https://www.facebook.com/nongbuathong');
    await shot(page, '07-keyboard-filled');
    await tabTo('p-save');
    await page.keyboard.press('Enter');
    await page.locator('#p-msg .msg.ok').waitFor();
    const row = progressRow('M-0008')!;
    expect(row['สถานะ']).toBe('อยู่ระหว่างดำเนินการ');
    expect(row['ผลการดำเนินการ']).toBe('จัดทำป้ายประชาสัมพันธ์ 3 จุด\nเผยแพร่ช่องทางร้องเรียนทาง Facebook');
    expect(row['หลักฐาน (ลิงก์)']).toBe('https://www.facebook.com/nongbuathong');
    // Back to the list with the keyboard lands on the measure just edited.
    await tabTo('back', 80);
    await page.keyboard.press('Enter');
    await eventually(focused, (v) => expect(v).toBe('open-M-0008'));
    await expect(page.locator('#open-M-0008 .badge').textContent()).resolves.toBe('อยู่ระหว่างดำเนินการ');
  });

  it('keeps unsaved text when switching rounds and going back to the list', async () => {
    const page = await openSidebar(STAFF);
    await openMeasure(page, 'M-0007');
    await page.fill('#p-outcome', 'ยังไม่ได้บันทึก');
    await page.selectOption('#p-round', 'FY');
    await expect(page.locator('#p-outcome').inputValue()).resolves.toBe('');
    await page.selectOption('#p-round', 'H1');
    await expect(page.locator('#p-outcome').inputValue()).resolves.toBe('ยังไม่ได้บันทึก');
    await page.locator('#back').click();
    await expect(page.locator('#open-M-0007 .tag.draft').count()).resolves.toBe(1);
    await openMeasure(page, 'M-0007');
    await expect(page.locator('#p-outcome').inputValue()).resolves.toBe('ยังไม่ได้บันทึก');
  });

  it("lets the coordinator edit, reorder and archive measures; staff's view follows the sheet", async () => {
    const page = await openSidebar(COORDINATOR);
    await openMeasure(page, 'M-0002');
    await page.locator('#edit-measure').click();
    await page.locator('#measure-form').waitFor();
    await shot(page, '08-edit-measure');
    await page.fill('#m-title', 'กิจกรรมสร้างความรู้ความเข้าใจเรื่อง IIT (ปรับปรุง)');
    await page.fill('#m-target', 'abc');
    await page.locator('#m-save').click();
    await eventually(
      () => page.locator('#m-target-error').textContent(),
      (v) => expect(v).toContain('ไม่ใช่จำนวน'),
    );
    await page.fill('#m-target', '80');
    await page.locator('#m-save').click();
    await page.locator('#measure-title').waitFor();
    await expect(page.locator('#measure-title').textContent()).resolves.toBe('กิจกรรมสร้างความรู้ความเข้าใจเรื่อง IIT (ปรับปรุง)');
    expect(measureRow('M-0002')!['ค่าเป้าหมาย']).toBe(80);
    // The progress form still works on the edited measure and shows the new target.
    await expect(page.locator('label[for=p-actual]').textContent()).resolves.toContain('เป้าหมาย 80 คน');

    await page.locator('#move-up').click();
    await page.locator('#status .msg.ok').waitFor();
    expect(measureRow('M-0002')!['ลำดับ']).toBe(1);
    expect(measureRow('M-0001')!['ลำดับ']).toBe(2);
    await page.locator('#archive').click();
    await eventually(
      () => page.locator('#status').textContent(),
      (v) => expect(v).toContain('เก็บถาวรแล้ว'),
    );
    expect(measureRow('M-0002')!['เก็บถาวร']).toBe('ใช่');
    await page.locator('#back').click();
    await expect(cardIds(page)).resolves.not.toContain('M-0002');
    await page.check('#f-archived');
    await expect(cardIds(page)).resolves.toContain('M-0002');
    await openMeasure(page, 'M-0002');
    await page.locator('#archive').click();
    await eventually(
      () => measureRow('M-0002')!['เก็บถาวร'],
      (v) => expect(v).toBe('ไม่ใช่'),
    );
  });

  it('the playground page shows the sidebar next to the sheet rows, which follow each save', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'th-TH' });
    contexts.push(context);
    context.setDefaultTimeout(8000);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${env.playground.url}/`);
    const frame = page.frameLocator('#sidebar');
    await frame.locator('#open-M-0003').click();
    await frame.locator('#p-outcome').fill('มอบหมายงานครบทุกกอง <b>ตัวหนา?</b>');
    await frame.locator('#p-save').click();
    await frame.locator('#p-msg .msg.ok').waitFor();
    // The rows view refreshes by itself and shows the cell as text, highlighted as just changed.
    const cell = page.locator('#rows td.changed', { hasText: 'มอบหมายงานครบทุกกอง <b>ตัวหนา?</b>' });
    await cell.waitFor({ timeout: 5000 });
    await expect(page.locator('#rows b').count()).resolves.toBe(0);
    await page.screenshot({ path: join(SHOTS, '09-env.playground.png') });
  });
});
