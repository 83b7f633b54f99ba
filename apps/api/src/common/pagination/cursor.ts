import { InvalidInput } from '../errors';

/** Opaque keyset cursors: the sort-key values of the last row seen, never an offset. */
export function encodeCursor(keys: Record<string, number>): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

export function decodeCursor<K extends string>(
  cursor: string | null | undefined,
  keys: readonly K[],
): Record<K, number> | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (keys.every((k) => Number.isSafeInteger(record[k]))) return record as Record<K, number>;
    }
  } catch {
    // falls through to the error below
  }
  throw new InvalidInput('after', 'The cursor in "after" is not one this list returned.');
}
