import { isEmail, ValidateBy, type ValidationOptions } from 'class-validator';

export const LIMITS = {
  email: 254,
  name: 200,
  subject: 250,
  body: 65_536,
  passwordMin: 8,
  passwordMax: 200,
} as const;

/** Characters as a person (and MySQL's VARCHAR) counts them: an emoji is one, not two UTF-16 units. */
export function charCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/** An email address once surrounding spaces are dropped (they are dropped when it is stored, too). */
export function IsEmailAddress(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmailAddress',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && charCount(value.trim()) <= LIMITS.email && isEmail(value.trim()),
        defaultMessage: (args) => `${args?.property ?? 'email'} must be an email address of at most ${LIMITS.email} characters.`,
      },
    },
    options,
  );
}

/** Between min and max characters once surrounding spaces are dropped (they are dropped when stored). */
export function IsTrimmedLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTrimmedLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const length = charCount(value.trim());
          return length >= min && length <= max;
        },
        defaultMessage: (args) =>
          min > 0
            ? `${args?.property ?? 'value'} must be between ${min} and ${max} characters and not blank.`
            : `${args?.property ?? 'value'} must be at most ${max} characters.`,
      },
    },
    options,
  );
}

/** At most max characters, counted as stored (no trimming): for text kept exactly as written. */
export function MaxChars(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxChars',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && charCount(value) <= max,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be at most ${max} characters.`,
      },
    },
    options,
  );
}
