import { formatAge } from './format-age';

const now = Date.parse('2025-06-10T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const MIN = 60_000;

describe('formatAge', () => {
  it.each([
    [0, 'now'],
    [59_000, 'now'],
    [-30_000, 'now'],
    [MIN, '1 min'],
    [5 * MIN + 59_000, '5 min'],
    [59 * MIN, '59 min'],
    [60 * MIN, '1 h'],
    [3 * 60 * MIN + 59 * MIN, '3 h'],
    [24 * 60 * MIN, '1 d'],
    [2 * 24 * 60 * MIN + 5 * MIN, '2 d'],
    [364 * 24 * 60 * MIN, '364 d'],
    [2 * 365 * 24 * 60 * MIN, '2 y'],
  ])('%i ms ago reads %s', (ms, expected) => {
    expect(formatAge(ago(ms), now)).toBe(expected);
  });

  it('accepts a Date and says nothing for an unreadable time', () => {
    expect(formatAge(new Date(now - 2 * MIN), now)).toBe('2 min');
    expect(formatAge('not a date', now)).toBe('');
  });
});
