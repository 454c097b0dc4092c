// Mutation testing of src/core: `npm run mutate` (all of src/core, ~30 min on 2 cores) or
// `npm run mutate -- --mutate src/core/thai.ts` (one file). Not part of CI.
// Incremental: results are kept in reports/stryker-incremental.json (git-ignored), so a second
// run only tests mutants whose code or covering tests changed; `-- --force` starts over.
import { lstatSync, mkdirSync, symlinkSync } from 'node:fs';

const tempDirName = '.stryker-tmp';

// Stryker copies the project to .stryker-tmp/sandbox-XXXX/, two levels below the repo, so the
// acceptance tests' `../shared` (the reference reports beside the repo) must exist there too.
mkdirSync(tempDirName, { recursive: true });
try {
  lstatSync(`${tempDirName}/shared`);
} catch {
  symlinkSync('../../shared', `${tempDirName}/shared`);
}

// MUTATE_TESTS=test/core (comma-separated folders) runs only those tests against the mutants:
// many times faster (every mutant run loads each related test file, and the acceptance and server
// tests build whole reports), and the score is a lower bound of the whole suite's.
const only = process.env.MUTATE_TESTS?.split(',').map((dir) => `<rootDir>/${dir.replace(/\/$/, '')}/**/*.test.ts`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  mutate: ['src/core/**/*.ts'],
  jest: {
    configFile: 'jest.config.js',
    enableFindRelatedTests: true,
    config: {
      // test/bundle runs the built dist/Code.js in a vm, where Stryker cannot switch mutants on;
      // test/bench runs the whole pipeline at describe time, which would make every mutant
      // "static" (run against every test). Browser tests are a separate suite.
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/', '<rootDir>/test/bundle/', '<rootDir>/test/bench/'],
      ...(only ? { testMatch: only } : {}),
    },
  },
  coverageAnalysis: 'perTest',
  // The machine's two cores are shared; raise with `-- --concurrency 2` when it is yours alone.
  concurrency: 1,
  // Generous: on a shared, busy machine a slow test run must not pass for a mutant's endless loop
  // (a timed-out mutant counts as killed).
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName,
  ignorePatterns: ['dist', 'out', 'docs', 'test-results', '.playground', 'test/browser', 'test/bundle', 'test/bench'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 70, break: null },
};
