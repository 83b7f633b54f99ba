// The package has no "type", so Node reads its .js files as CommonJS (what the API requires). This
// marks dist/esm, the build Vite bundles, as ES modules so anything that follows Node's rules reads it right.
import { writeFileSync } from 'node:fs';

writeFileSync(new URL('../dist/esm/package.json', import.meta.url), '{ "type": "module" }\n');
