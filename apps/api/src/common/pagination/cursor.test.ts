import { InvalidInput } from '../errors';
import { decodeCursor, encodeCursor } from './cursor';

describe('keyset cursors', () => {
  it('round-trips the sort keys', () => {
    expect(decodeCursor(encodeCursor({ p: 3, id: 41 }), ['p', 'id'])).toEqual({ p: 3, id: 41 });
  });

  it('is absent when no cursor is given', () => {
    expect(decodeCursor(undefined, ['id'])).toBeNull();
    expect(decodeCursor(null, ['id'])).toBeNull();
  });

  it.each([
    'garbage',
    encodeCursor({ p: 1 }),
    Buffer.from('{"id":"1"}').toString('base64url'),
    Buffer.from('[1]').toString('base64url'),
  ])('rejects %j as bad input on the "after" field', (cursor) => {
    expect(() => decodeCursor(cursor, ['p', 'id'])).toThrow(InvalidInput);
    try {
      decodeCursor(cursor, ['p', 'id']);
    } catch (err) {
      expect((err as InvalidInput).field).toBe('after');
    }
  });
});
