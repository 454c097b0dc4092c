/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // src/ holds no tests; it is a root so Stryker's --findRelatedTests can follow a test into src.
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Real-browser tests run with `npm run test:browser` (jest.browser.config.js), so `npx jest` stays fast.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
};
