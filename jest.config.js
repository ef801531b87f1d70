/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  // Type errors are caught once by `npm run typecheck` (run before jest by `npm test`); ts-jest
  // transpiling without type checks keeps the suites fast.
  testTimeout: 30000,
  maxWorkers: 2,
};
