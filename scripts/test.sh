#!/usr/bin/env bash
# npm test: unit and integration tests (stand-ins, deployed bundle, acceptance against the
# reference reports) with jest, then the real-browser tests with @playwright/test. Installs
# Debian's Chromium when missing. The last line sums both: `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
bash scripts/ensure-system-deps.sh chromium || exit 1
npm run --silent build || exit 1

rm -f test-results/jest-main.json test-results/browser.json
npx jest --ci --json --outputFile=test-results/jest-main.json
main=$?
# playwright.config.ts writes its JSON report to test-results/browser.json.
npx playwright test
browser=$?

node -e '
const fs = require("fs");
const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : null);
let passed = 0, failed = 0;
const jest = read("test-results/jest-main.json");
if (jest) { passed += jest.numPassedTests; failed += jest.numFailedTests + (jest.numRuntimeErrorTestSuites || 0); }
else failed += 1;
const pw = read("test-results/browser.json");
// Playwright: expected = passed, unexpected = failed, flaky = passed on a retry (retries are off);
// errors = failures outside any test (a spec that does not load, a fixture that cannot start).
if (pw) { passed += pw.stats.expected + pw.stats.flaky; failed += pw.stats.unexpected + (pw.errors || []).length; }
else failed += 1;
console.log(`${passed} passed, ${failed} failed`);
'
[ "$main" -eq 0 ] && [ "$browser" -eq 0 ]
