/**
 * ITA › ตรวจสอบการเชื่อมต่อกับ Google in a real browser: the built dialog runs the built server's
 * self-check on the stand-ins (through the playground's google.script.run bridge), shows a Thai
 * ✓/✗ checklist, and copies the result for support.
 */
import { join } from 'node:path';
import { expect, shotsDir, test } from './fixtures';
import { SELF_CHECK } from '../../src/core/labels';
import { SELF_CHECK_IDS } from '../../src/core/self-check';
import { SCRIPT_PROPERTY } from '../../src/server/picker-service';

const DOCS_IMAGES = join(__dirname, '../../docs/images');

test('lists every check with ✓ on a configured add-on, and copies the result', async ({ page, playground, context }) => {
  const ws = playground.workspace();
  ws.properties.script[SCRIPT_PROPERTY.pickerApiKey] = 'AIza-stand-in-key';
  ws.properties.script[SCRIPT_PROPERTY.cloudProjectNumber] = '123456789012';
  playground.reset(ws);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 560, height: 760 });
  await page.goto(`${playground.url}/page/SelfCheckDialog.html`);
  await expect(page.getByRole('status').first()).toHaveText(SELF_CHECK.summaryOk, { timeout: 20000 });
  const items = page.locator('li.check');
  await expect(items).toHaveCount(SELF_CHECK_IDS.length);
  await expect(page.locator('li.check.ok')).toHaveCount(SELF_CHECK_IDS.length);
  await expect(items.first()).toContainText(SELF_CHECK.labels.scopes);
  await page.screenshot({ path: join(shotsDir('self-check'), 'all-ok.png'), fullPage: true });
  // The README's picture, refreshed on request so a test run leaves the tree clean.
  if (process.env.UPDATE_DOCS_IMAGES) await page.screenshot({ path: join(DOCS_IMAGES, 'self-check.png'), fullPage: true });
  await page.getByRole('button', { name: 'คัดลอกผลการตรวจ' }).click();
  await expect(page.getByRole('button', { name: 'คัดลอกแล้ว ✓' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(SELF_CHECK.summaryOk);
  expect(copied.split('\n').filter((l) => l.startsWith('✓ '))).toHaveLength(SELF_CHECK_IDS.length);
});

test('shows ✗ with the raw error when a check fails, and says so on top', async ({ page, playground }) => {
  const ws = playground.workspace();
  ws.drive.apiAccess = 'access-not-configured';
  playground.reset(ws);
  await page.goto(`${playground.url}/page/SelfCheckDialog.html`);
  await expect(page.getByRole('alert').first()).toContainText('ไม่ผ่าน', { timeout: 20000 });
  const drive = page.locator('li.check[data-check="driveApi"]');
  await expect(drive).toHaveClass(/fail/);
  await expect(drive.locator('.mark')).toHaveText('✗');
  await expect(drive.locator('pre.error-text')).toContainText(/accessNotConfigured|Access Not Configured/);
  await page.screenshot({ path: join(shotsDir('self-check'), 'drive-off.png'), fullPage: true });
});
