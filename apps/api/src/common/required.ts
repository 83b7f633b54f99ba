/** A foreign key guarantees the row; its absence is a bug, reported as an internal error. */
export function required<T>(row: T | null): T {
  if (row === null) throw new Error('A row referenced by a foreign key is missing');
  return row;
}
