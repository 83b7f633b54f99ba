import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed SDL, never a running server: `pnpm schema` emits it from the api first.
// Paths are relative to this package (pnpm runs the script here).
const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema.graphql',
  generates: {
    'src/generated.ts': {
      plugins: ['typescript'],
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
