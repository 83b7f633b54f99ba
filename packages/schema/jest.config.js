/** Unit tests beside the code, on the TypeScript source (no build needed), transformed by swc like the apps. */
module.exports = {
  reporters: ['default', '<rootDir>/../../tools/jest-summary-reporter.js'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  // The source imports './limits.js' for the ESM build (src/index.ts); on the source that file is limits.ts.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/src/**/*.test.ts'],
};
