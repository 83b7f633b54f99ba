import { isEmail, ValidateBy, type ValidationOptions } from 'class-validator';

export const LIMITS = {
  email: 254,
  name: 200,
  subject: 250,
  body: 65_536,
  passwordMin: 8,
  passwordMax: 200,
} as const;

/** An email address once surrounding spaces are dropped (they are dropped when it is stored, too). */
export function IsEmailAddress(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmailAddress',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.trim().length <= LIMITS.email && isEmail(value.trim()),
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
          const length = value.trim().length;
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
