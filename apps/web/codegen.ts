import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the operations and fragments written in src/, from the committed SDL (no running
// server). Run `pnpm --filter @deskline/web run codegen` after changing an operation or the schema.
const config: CodegenConfig = {
  overwrite: true,
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        strictScalars: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
