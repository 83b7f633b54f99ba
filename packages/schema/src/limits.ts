/**
 * The input limits the API enforces and the web app checks before sending, in one place so the two
 * cannot drift apart. Lengths are in characters as charCount counts them.
 */
export const LIMITS = {
  email: 254,
  name: 200,
  subject: 250,
  /** Ticket descriptions and message bodies alike. */
  body: 65_536,
  passwordMin: 10,
  passwordMax: 200,
} as const;

/**
 * Characters as a person (and MySQL's VARCHAR) counts them: code points, so an emoji is one, not two
 * UTF-16 units. It counts the string it is given: the API makes every input NFC before it validates,
 * so pass the stored form to get the count the API checks.
 */
export function charCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}
