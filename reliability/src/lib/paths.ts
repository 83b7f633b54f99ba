import path from 'node:path';

/** reliability/ (this package), whether running from src/ or dist/. */
export const PACKAGE_ROOT = path.resolve(__dirname, '../..');
export const API_ROOT = path.resolve(PACKAGE_ROOT, '../apps/api');
export const RESULTS_DIR = path.join(PACKAGE_ROOT, 'results');
export const API_ENTRY = path.join(__dirname, 'api-entry.js');
