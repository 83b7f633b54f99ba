import { dictionary } from '@zxcvbn-ts/language-common';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { normalizeEmail } from '../normalize';
import { charCount, LIMITS } from '../validation';

const COMMON_COUNT = 10_000;

/**
 * The 10,000 most common passwords, from zxcvbn-ts's ranked list (MIT; compiled from leaked password
 * sets), compared case-insensitively: "Password123" is as guessable as "password123".
 */
const COMMON = new Set(
  (dictionary['passwords-common'] as string[]).slice(0, COMMON_COUNT).map((p) => p.toLowerCase()),
);

/** Why a new password is refused, or null when it is acceptable. Checked on sign-up and for a new member's account. */
export function passwordProblem(password: string, email: string | undefined): string | null {
  const length = charCount(password.normalize('NFKC'));
  if (length < LIMITS.passwordMin || length > LIMITS.passwordMax)
    return `password must be ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters.`;
  const folded = password.trim().toLowerCase();
  if (folded === '') return 'password must not be only spaces.';
  if (COMMON.has(folded)) return 'password is one of the most common passwords: choose another.';
  if (email) {
    const address = normalizeEmail(email);
    const local = address.split('@')[0] ?? '';
    if (folded === address || folded === local) return 'password must not be your email address.';
  }
  return null;
}

/** A new password (passwordProblem), compared with the `email` of the same input. */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAcceptablePassword',
      validator: {
        validate: (value: unknown, args) =>
          typeof value === 'string' &&
          passwordProblem(value, (args?.object as { email?: unknown }).email as string | undefined) === null,
        defaultMessage: (args) => {
          const email = (args?.object as { email?: unknown }).email;
          return (
            passwordProblem(String(args?.value ?? ''), typeof email === 'string' ? email : undefined) ??
            'password is not acceptable.'
          );
        },
      },
    },
    options,
  );
}
