/**
 * Starts the real Deskline server in a process of its own on an existing database, for the
 * two-process tests: TypeScript is compiled on require with the same swc settings as jest.
 * Environment: DESKLINE_TEST_DATABASE (a DatabaseConfig as JSON). Sends { port } over IPC when
 * listening; on the message 'stop' it stops the server, closes its connections and exits.
 */
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
  });
  module._compile(code, filename);
};

require('./api-process-main.ts');
