/** Emails compare trimmed and lowercased everywhere: storage, unique indexes and look-ups. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
