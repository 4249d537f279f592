/**
 * End-to-end tests: the built add-in (dist/) in Debian's chromium, driven by playwright-core,
 * against an in-memory fake Excel host (tests/e2e/host/) served in place of Office.js.
 * Run with `npm run test:e2e` (installs chromium if needed and builds dist/ first).
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json', isolatedModules: true }],
  },
  globalSetup: '<rootDir>/tests/e2e/support/globalSetup.ts',
  // One browser at a time: the machine is small and the tests share nothing but dist/.
  maxWorkers: 1,
  testTimeout: 90_000,
};
