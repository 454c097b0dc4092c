/**
 * What every browser test needs: the playground on a free port with its own temporary state
 * file, and Debian's Chromium launched headless with the flags this machine needs.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startPlayground, type Playground } from '../../emulator/playground';

export interface Harness {
  browser: Browser;
  playground: Playground;
  close(): Promise<void>;
}

export async function startHarness(screenshotsDir: string): Promise<Harness> {
  mkdirSync(screenshotsDir, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'ita-playground-'));
  const playground = await startPlayground({ port: 0, statePath: join(dir, 'state.json'), reset: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    browser,
    playground,
    close: async () => {
      await browser.close();
      await playground.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts the harness for a test file (beforeAll) and closes it (afterAll). */
export function useHarness(screenshotsDir: string): { readonly browser: Browser; readonly playground: Playground } {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(screenshotsDir);
  });
  afterAll(async () => {
    await harness?.close();
  });
  const started = (): Harness => {
    if (!harness) throw new Error('the browser harness has not started');
    return harness;
  };
  return {
    get browser() {
      return started().browser;
    },
    get playground() {
      return started().playground;
    },
  };
}
