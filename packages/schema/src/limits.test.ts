import { charCount, LIMITS } from './index';

describe('charCount', () => {
  it('counts code points, not UTF-16 units: an emoji or an astral letter is one character', () => {
    expect(charCount('')).toBe(0);
    expect(charCount('abc')).toBe(3);
    expect(charCount('a😀b')).toBe(3);
    expect('😀'.repeat(LIMITS.subject)).toHaveLength(2 * LIMITS.subject);
    expect(charCount('😀'.repeat(LIMITS.subject))).toBe(LIMITS.subject);
  });

  it('does not normalize: a decomposed é is two until it is made NFC, as the API does before validating', () => {
    const decomposed = 'e\u0301';
    expect(charCount(decomposed)).toBe(2);
    expect(charCount(decomposed.normalize('NFC'))).toBe(1);
  });
});
