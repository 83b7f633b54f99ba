/** Component and unit tests beside the code (src/**\/*.test.ts[x]), in jsdom, transformed by swc. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

// react-markdown and its unified/micromark family are ESM-only too (src/ui/MarkdownRenderer.tsx).
const markdownEsm =
  'react-markdown|remark-|unified|micromark|mdast-util|hast-util|unist-util|vfile|@ungap|bail|ccount|character-|comma-separated|decode-named|devlop|estree-util|html-url-attributes|is-alpha|is-decimal|is-hexadecimal|is-plain-obj|longest-streak|parse-entities|property-information|space-separated|stringify-entities|trim-lines|trough|zwitch';

module.exports = {
  reporters: ['default', '<rootDir>/../../tools/jest-summary-reporter.js'],
  testEnvironment: 'jsdom',
  transform: { '^.+\\.(t|j)sx?$': swc },
  // Apollo Client, wouter and friends ship ESM; let swc compile them to CommonJS for jest.
  transformIgnorePatterns: [
    `/node_modules/(?!(\\.pnpm/)?(${markdownEsm}|@apollo|wouter|regexparam|rxjs|@wry|optimism|ts-invariant|tslib|graphql-tag|@graphql-typed-document-node|mitt|use-sync-external-store))`,
  ],
  moduleNameMapper: { '\\.(css)$': '<rootDir>/test/style-stub.cjs' },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
};
