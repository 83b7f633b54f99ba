/**
 * Emails compare trimmed, NFC and lowercased everywhere: storage, unique indexes and look-ups.
 * Lowercasing can lengthen a string (İ becomes i + U+0307), so limits are checked on this form.
 */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}
