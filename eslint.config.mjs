// One flat config for the whole monorepo. Each package's `lint` script runs ESLint from its own folder;
// ESLint 9 finds this file by walking up, and the patterns below are relative to this folder.
// Deliberately not type-aware (no parserOptions.project): lint stays fast; `tsc` does the type checking.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/coverage/',
    '**/.turbo/',
    // Generated: regenerate with `pnpm schema`, never edit or lint.
    'apps/web/src/gql/',
  ]),

  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      // `_`-prefixed names are deliberately unused (e.g. Express's 4-argument error handler, skipped
      // tuple elements); rest siblings drop a property from an object on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  {
    // The API's layers (CONTRIBUTING.md): a module reaches another module only through its face (its
    // index.ts), and the database only through database/index.ts; drivers, dialects and TypeORM
    // internals stay inside database/. The shared layers (common/, graphql/, database/) know no module.
    files: ['apps/api/src/modules/**/*.ts'],
    ignores: ['apps/api/src/modules/index.ts'], // the registry, which lists every module's face
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.)[^/]+/.+',
              message: "Import another module through its face ('../<module>'), not its files.",
            },
            {
              regex: '^(\\.\\./)+database/.+',
              message: "Reach the database through its face ('../../database'), not its files.",
            },
            { group: ['typeorm/*'], message: 'TypeORM internals live in database/typeorm-internals.ts.' },
            { group: ['mysql2', 'mysql2/*', 'better-sqlite3'], message: 'Drivers live in database/.' },
          ],
        },
      ],
    },
  },

  {
    files: ['apps/api/src/{common,graphql,database}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+modules(/|$)',
              message: 'The shared layers know no module: a module registers with them (modules/index.ts).',
            },
          ],
        },
      ],
    },
  },

  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },

  {
    // Tests poke at loosely shaped GraphQL responses; `any` is fine there.
    files: ['**/*.test.{ts,tsx}', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
