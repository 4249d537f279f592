/** Unit and integration tests: engine, report, xlsx writer, CLI and the Office.js adapter. */
module.exports = {
  testEnvironment: 'node',
  // src is a root too, so that jest --findRelatedTests src/... finds the tests that import a file.
  roots: ['<rootDir>/tests', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
  },
};
