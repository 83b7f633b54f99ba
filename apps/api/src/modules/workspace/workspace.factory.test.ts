import { slugify } from './workspace.factory';

describe('slugify', () => {
  it.each([
    ['Acme Support', 'acme-support'],
    ['  Ünïcödé  Desk! ', 'unicode-desk'],
    ['***', 'workspace'],
  ])('%j → %j', (name, slug) => expect(slugify(name)).toBe(slug));

  it('stays within the column', () => {
    expect(slugify('x'.repeat(500)).length).toBe(60);
  });
});
