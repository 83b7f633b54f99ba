import { formatReference, parseReference } from './ticket-reference';

describe('ticket references', () => {
  it('formats TK- with at least five digits', () => {
    expect([formatReference(42), formatReference(12345), formatReference(1234567)]).toEqual([
      'TK-00042',
      'TK-12345',
      'TK-1234567',
    ]);
  });

  it.each([
    ['TK-00042', 42],
    ['tk-42', 42],
    ['  Tk-0042 ', 42],
    ['TK42', 42],
    ['TK-1234567', 1234567],
  ])('parses %j as %i', (input, id) => {
    expect(parseReference(input)).toBe(id);
  });

  it.each(['', 'TK-', 'TK-0', 'TK-00000', 'XX-00042', 'TK-42a', '42', 'TK--42', 'TK-99999999999999999999'])(
    'rejects %j',
    (input) => {
      expect(parseReference(input)).toBeNull();
    },
  );

  it('round-trips', () => {
    for (const id of [1, 9, 10, 99_999, 100_000]) expect(parseReference(formatReference(id))).toBe(id);
  });
});
