/**
 * What every browser test needs: the playground (the built pages and server bundle on the
 * in-memory Apps Script stand-ins), started once per worker on a free port with its own temporary
 * state file and reseeded with the sample agency before each test. Chromium itself is
 * @playwright/test's `browser`, launched as playwright.config.ts says.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startPlayground, type Playground } from '../../emulator/playground';

/** Screenshots people look at, next to the other test results. */
export const SHOTS_DIR = join(__dirname, '../../test-results');

export const test = base.extend<{ playground: Playground }, { workerPlayground: Playground }>({
  workerPlayground: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'ita-playground-'));
      const playground = await startPlayground({ port: 0, statePath: join(dir, 'state.json'), reset: true });
      await use(playground);
      playground.server.closeAllConnections();
      await playground.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  playground: async ({ workerPlayground }, use) => {
    workerPlayground.reset();
    await use(workerPlayground);
  },
});

export { expect } from '@playwright/test';

export function shotsDir(name: string): string {
  const dir = join(SHOTS_DIR, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
