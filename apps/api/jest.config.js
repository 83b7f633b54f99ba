/** Two projects: unit tests beside the code, integration tests through the real HTTP server and database. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
  },
];

module.exports = {
  // Jest reads testTimeout from the top level only (inside a project it was ignored: 5 s applied). Integration
  // tests start servers and databases, and the cross-workspace sweep sends 42 operations on a loaded machine.
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/../../tools/jest-summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc },
      testMatch: ['<rootDir>/src/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc },
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
    },
  ],
};
