#!/usr/bin/env bash
# npm test: unit and integration tests (stand-ins, deployed bundle, acceptance against the
# reference reports), then the real-browser sidebar tests. Installs Debian's Chromium when missing.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
bash scripts/ensure-system-deps.sh chromium || exit 1
npm run --silent build || exit 1

npx jest --ci --json --outputFile=test-results/jest-main.json
main=$?
npx jest --ci -c jest.browser.config.js --json --outputFile=test-results/jest-browser.json
browser=$?

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const f of ["test-results/jest-main.json", "test-results/jest-browser.json"]) {
  if (!fs.existsSync(f)) { failed += 1; continue; }
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
}
console.log(`${passed} passed, ${failed} failed`);
'
[ "$main" -eq 0 ] && [ "$browser" -eq 0 ]
