import { charCount, LIMITS } from '@deskline/schema';
import { isEmail, ValidateBy, type ValidationOptions } from 'class-validator';
import { normalizeEmail } from './normalize';

// The limits and the way characters are counted live in @deskline/schema, which the web app imports too,
// so its form checks cannot drift from what the API enforces. Re-exported so the modules keep importing
// them from here.
export { charCount, LIMITS };

/** An email address as it is stored (normalizeEmail): its length is checked after lowercasing, which can lengthen it. */
export function IsEmailAddress(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmailAddress',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const email = normalizeEmail(value);
          return charCount(email) <= LIMITS.email && isEmail(email);
        },
        defaultMessage: (args) =>
          `${args?.property ?? 'email'} must be an email address of at most ${LIMITS.email} characters.`,
      },
    },
    options,
  );
}

// Spaces, and characters that show nothing (zero-width spaces, joiners, BOMs, fillers, controls).
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]/u;

/**
 * Between min and max characters once surrounding spaces are dropped (they are dropped when stored);
 * with min > 0, at least one character must be visible: a subject of one zero-width space is blank.
 */
export function hasTrimmedLength(value: string, min: number, max: number): boolean {
  const length = charCount(value.trim());
  return length >= min && length <= max && (min === 0 || VISIBLE.test(value));
}

export function trimmedLengthMessage(property: string, min: number, max: number): string {
  return min > 0
    ? `${property} must be between ${min} and ${max} characters and not blank.`
    : `${property} must be at most ${max} characters.`;
}

export function IsTrimmedLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTrimmedLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && hasTrimmedLength(value, min, max),
        defaultMessage: (args) => trimmedLengthMessage(args?.property ?? 'value', min, max),
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
