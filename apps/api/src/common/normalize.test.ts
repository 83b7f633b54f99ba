import { normalizeEmail } from './normalize';

describe('normalizeEmail', () => {
  it('trims and lowercases so variants find one requester', () => {
    expect(['Pat@X.com', ' pat@x.com ', 'PAT@X.COM\t'].map(normalizeEmail)).toEqual([
      'pat@x.com',
      'pat@x.com',
      'pat@x.com',
    ]);
  });
});
