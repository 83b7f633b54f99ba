import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The server's own words when it sent GraphQL errors; otherwise what went wrong on the way. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join(' ');
  if (error instanceof Error) return error.message;
  return 'Something went wrong. Please try again.';
}
