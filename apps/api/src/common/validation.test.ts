import { validateSync } from 'class-validator';
import { charCount, IsEmailAddress, IsTrimmedLength, MaxChars } from './validation';

class Sample {
  @IsEmailAddress()
  email: string;

  @IsTrimmedLength(1, 5)
  subject: string;
}

function errorsOf(email: string, subject: string): string[] {
  return validateSync(Object.assign(new Sample(), { email, subject })).map((e) => e.property);
}

describe('input validators', () => {
  it('accept an email with surrounding spaces and a subject within limits once trimmed', () => {
    expect(errorsOf('  pat@x.com ', '  abcde  ')).toEqual([]);
  });

  it('refuse a non-email, an over-long email and a blank or long subject', () => {
    expect(errorsOf('not-an-email', '   ')).toEqual(['email', 'subject']);
    expect(errorsOf(`${'a'.repeat(250)}@x.com`, 'abcdef')).toEqual(['email', 'subject']);
  });
});

describe('character counting', () => {
  class Note {
    @MaxChars(3)
    body: string;
  }

  it('counts an emoji as one character, as MySQL does', () => {
    expect(charCount('😀😀😀')).toBe(3);
    expect(validateSync(Object.assign(new Note(), { body: '😀😀😀' }))).toEqual([]);
    expect(validateSync(Object.assign(new Note(), { body: '😀😀😀😀' })).map((e) => e.property)).toEqual([
      'body',
    ]);
  });
});
