/** Parses an API ID into a row id, or null when it cannot name any row (so callers answer NOT_FOUND). */
export function parseId(id: string | number | null | undefined): number | null {
  if (id === null || id === undefined) return null;
  const s = String(id).trim();
  if (!/^[1-9][0-9]{0,14}$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}
