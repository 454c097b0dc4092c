/**
 * The real-browser tests (npm run test:browser): Debian's Chromium, headless, driven by
 * @playwright/test against the playground (emulator/playground.ts), which each worker starts on a
 * free port (test/browser/fixtures.ts). Needs `npm run build` first: the pages and the server code
 * are the built dist/ files.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.spec.ts',
  // Playwright empties its output folder on start; test-results/ also holds jest's JSON and the screenshots.
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 8_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/browser.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'th-TH',
    actionTimeout: 8_000,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
