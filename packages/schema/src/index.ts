// The '.js' extension is for the ESM build (dist/esm): Node's ESM resolver needs the full file name,
// and TypeScript maps it back to limits.ts.
export { charCount, LIMITS } from './limits.js';
