/**
 * Browser tests (e2e/**\/*.e2e.test.ts): the built API and web app in a real headless Chromium.
 * Builds nothing: `pnpm test:e2e` builds apps/api/dist, packages/api-launcher/dist (startApi) and
 * apps/web/dist first.
 */
const swc = [
  '@swc/jest',
  {
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  displayName: 'e2e',
  // Labelled on its own so CI's summary shows the browser run as one line, apart from the sqlite/mysql runs.
  reporters: ['default', ['<rootDir>/../../tools/jest-summary-reporter.js', { label: 'web-e2e' }]],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
  // One browser and one server per file; the steps of a flow share them and run in order.
  maxWorkers: 1,
  testTimeout: 60000,
};
