import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseUnreachable } from '../database/database-errors';
import { DomainError, type ErrorCode } from '../common/errors';

// Errors Apollo and graphql-js raise for a malformed request: their messages describe the request only.
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function firstLeaf(errors: ValidationError[]): { field: string; message: string } | null {
  for (const e of errors) {
    const message = Object.values(e.constraints ?? {})[0];
    if (message) return { field: e.property, message };
    const child = firstLeaf(e.children ?? []);
    if (child) return child;
  }
  return null;
}

function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

/**
 * graphql-js names the offending input only inside its message when it coerces variables or
 * arguments (`… at "input.priority"`, `Field "subject" of required type …`); lift it into `field`.
 */
export function fieldFromCoercionMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const missing = /Field "(\w+)" of required type/.exec(message)?.[1];
  const notDefined = /Field "(\w+)" is not defined by type/.exec(message)?.[1];
  const argument = /[Aa]rgument "(\w+)"/.exec(message)?.[1];
  return (
    missing ??
    notDefined ??
    at
      ?.split('.')
      .at(-1)
      ?.replace(/\[\d+\]$/, '') ??
    argument
  );
}

/**
 * Apollo refuses some requests with an error that has no code, only an HTTP status of 400 (a persisted
 * query whose hash does not match its text, an unsupported persisted-query version): the client's
 * doing, though Apollo's error normalisation would label it INTERNAL_SERVER_ERROR.
 */
function isApolloRequestRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError || error.extensions['code'] !== undefined)
    return false;
  const status = (error.extensions['http'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** True when the request itself was refused (malformed, invalid, or one Apollo turned down), before any resolver ran. */
export function isRequestError(formatted: GraphQLFormattedError, error: unknown): boolean {
  if (isApolloRequestRefusal(error)) return true;
  return (
    typeof formatted.extensions?.code === 'string' &&
    REQUEST_ERROR_CODES.has(formatted.extensions.code) &&
    !(unwrap(error) instanceof DomainError)
  );
}

/** True when the error is the client's doing (so its message is safe and it needs no error log entry). */
export function isExpectedError(formatted: GraphQLFormattedError, error: unknown): boolean {
  const original = unwrap(error);
  if (original instanceof DomainError || original instanceof ArgumentValidationError) return true;
  return isRequestError(formatted, error);
}

/**
 * The one place errors become what a client sees: a contract code, the field for bad input, and
 * nothing internal (no SQL, stack trace or path) for anything unexpected.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const where = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  const shaped = (
    code: ErrorCode,
    message: string,
    field?: string,
    details?: Record<string, string | number>,
  ): GraphQLFormattedError => ({
    message,
    ...where,
    extensions: { code, ...(field ? { field } : {}), ...details },
  });

  if (original instanceof DomainError)
    return shaped(original.code, original.message, original.field, original.details);
  if (original instanceof ArgumentValidationError) {
    const leaf = firstLeaf(original.extensions.validationErrors);
    return shaped('BAD_USER_INPUT', leaf?.message ?? 'The input is not valid.', leaf?.field);
  }
  if (isExpectedError(formatted, error)) {
    const field = formatted.extensions?.['field'];
    return shaped(
      'BAD_USER_INPUT',
      formatted.message,
      typeof field === 'string' ? field : fieldFromCoercionMessage(formatted.message),
    );
  }
  if (isDatabaseUnreachable(original)) {
    return shaped(
      'INTERNAL_SERVER_ERROR',
      'The database is not answering right now; please try again in a moment.',
    );
  }
  return shaped(
    'INTERNAL_SERVER_ERROR',
    'Something went wrong on our side. It has been logged; please try again.',
  );
}

/**
 * The error without graphql-js's "Did you mean …?" hints, which name fields and enum values the client
 * did not ask about: in production a stranger learns nothing of the schema from a typo. (Field
 * suggestions in validation are turned off by graphql-armor; enum and argument hints in variable
 * coercion errors are removed here.)
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/ ?Did you mean [^?]*\?/g, '');
  return message === formatted.message ? formatted : { ...formatted, message };
}
