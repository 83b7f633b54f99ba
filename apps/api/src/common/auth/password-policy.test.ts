import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each([
    ['k7#pq2!zwm', null],
    ['correct horse battery', null],
    ['k7#pq2!zw', /10 to 200 characters/],
    ['x'.repeat(201), /10 to 200 characters/],
    ['          ', /only spaces/],
    ['1234567890', /most common/],
    ['Password123', /most common/],
    ['qwertyuiop', /most common/],
    ['pat.smith@example.com', /email address/],
    ['PAT.SMITH@example.com', /email address/],
    ['pat.smith1', null],
  ])('%j', (password, expected) => {
    const problem = passwordProblem(password, 'Pat.Smith@example.com');
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('compares the local part when it is long enough to be a password', () => {
    expect(passwordProblem('jordanlee1', 'jordanlee1@example.com')).toMatch(/email address/);
  });
});
