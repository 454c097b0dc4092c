/**
 * Accessibility: axe-core (node_modules/axe-core, injected into the page) finds no violation in
 * the sidebar's views as people reach them at 300 px: the list, a measure with its progress form,
 * a per-field conflict, the measure editor and the archive question.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { COORDINATOR } from '../../emulator/agencies/seed';

const AXE = join(__dirname, '../../node_modules/axe-core/axe.min.js');
const STAFF = 'somchai@nongbuathong.go.th';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('the sidebar is axe-clean', () => {
  test.skip(!existsSync(AXE), 'axe-core is not installed (npm package axe-core)');

  test('list, measure, conflict, editor and archive question', async ({ browser, playground }) => {
    const open = async (user: string): Promise<Page> => {
      const context = await browser.newContext({ locale: 'th-TH', viewport: { width: 300, height: 760 } });
      const page = await context.newPage();
      await page.goto(`${playground.url}/sidebar?user=${encodeURIComponent(user)}`);
      await expect(page.locator('#measure-list .card').first()).toBeVisible();
      return page;
    };
    const a = await open(STAFF);
    const b = await open(COORDINATOR);
    expect(await a.title()).not.toBe('');
    expect(await violations(a)).toEqual([]);

    for (const p of [a, b]) {
      await p.locator('#open-M-0004').click();
      await expect(p.locator('#progress-form')).toBeVisible();
    }
    expect(await violations(b)).toEqual([]);
    await a.fill('#p-result', 'ของสมชาย');
    await a.locator('#p-save').click();
    await expect(a.locator('#p-msg .msg.ok')).toBeVisible();
    await b.fill('#p-result', 'ของมาลี');
    await b.locator('#p-save').click();
    await expect(b.locator('#p-conflict .diff')).toBeVisible();
    expect(await violations(b)).toEqual([]);

    await b.locator('#archive').click();
    await expect(b.locator('#archive-question')).toBeVisible();
    expect(await violations(b)).toEqual([]);
    await b.locator('#archive-cancel').click();

    await b.locator('#edit-measure').click();
    await expect(b.locator('#measure-form')).toBeVisible();
    expect(await violations(b)).toEqual([]);
  });
});
