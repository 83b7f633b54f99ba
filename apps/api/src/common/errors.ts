/** The codes the API contract allows in `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** An expected failure of a use case. Its message is written for the person using the API. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly field?: string;
  /** More for the client to act on (e.g. when to retry); never internals. */
  readonly details?: Record<string, string | number>;
}

export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in first: send Authorization: Bearer <token>.') {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what: string) {
    super(`${what} not found.`);
  }
}

export class InvalidInput extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    override readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export class Conflict extends DomainError {
  readonly code = 'CONFLICT';
}

export class RateLimited extends DomainError {
  readonly code = 'RATE_LIMITED';
  override readonly details: { retryAfterSeconds: number };
  constructor(retryAfterSeconds: number, what = 'failed sign-ins') {
    super(`Too many ${what}. Try again in ${retryAfterSeconds} seconds.`);
    this.details = { retryAfterSeconds };
  }
}
