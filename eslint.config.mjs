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
