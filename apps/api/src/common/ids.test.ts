import { parseId } from './ids';

describe('parseId', () => {
  it.each([
    ['1', 1],
    [' 42 ', 42],
    [7, 7],
  ])('reads %j as %i', (input, id) => expect(parseId(input)).toBe(id));

  it.each(['0', '-1', '1.5', 'abc', '', '01', '1e3', '99999999999999999', null, undefined])(
    'treats %j as naming no row',
    (input) => {
      expect(parseId(input as string | null | undefined)).toBeNull();
    },
  );
});
