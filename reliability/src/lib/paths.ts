import path from 'node:path';

/** reliability/ (this package), whether running from src/ or dist/. */
export const PACKAGE_ROOT = path.resolve(__dirname, '../..');
export const API_ROOT = path.resolve(PACKAGE_ROOT, '../apps/api');
export const RESULTS_DIR = path.join(PACKAGE_ROOT, 'results');
/** The api's own swc require hook: the server runs from apps/api/src as it is, no build needed. */
export const REGISTER_TS = path.join(API_ROOT, 'test/support/register-ts.js');
export const API_ENTRY = path.join(__dirname, 'api-entry.js');
