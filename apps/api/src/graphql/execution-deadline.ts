import type { GatewayExecutor } from '@apollo/server-gateway-interface';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { DomainError } from '../common/errors';

export const QUERY_DEADLINE_MS = 10_000;

/** The request's deadline as its loaders see it: once passed, they read nothing more. */
export class RequestDeadline {
  passed = false;

  /** Throws once the deadline has passed, so that an abandoned query stops at its next read. */
  check(): void {
    if (this.passed) throw new QueryTimedOut();
  }
}

/** What the client is told: the server did not finish, which may be its load as much as the query's size. */
class QueryTimeout extends DomainError {
  readonly code = 'INTERNAL_SERVER_ERROR';
  override readonly details = { reason: 'QUERY_TIMEOUT' };
}

export class QueryTimedOut extends GraphQLError {
  constructor(ms = QUERY_DEADLINE_MS) {
    const timeout = new QueryTimeout(
      `The query ran for more than ${ms / 1000} s and was stopped: ask for less at once, or try again in a moment.`,
    );
    // 503 rather than Apollo's 200 for an execution error; formatError shapes it from the domain error.
    super(timeout.message, { originalError: timeout, extensions: { http: { status: 503 } } });
  }
}

/**
 * Answers a query that runs past `ms` with QueryTimedOut at once and tells its loaders to stop.
 * Mutations run to their end: a write answered "stopped" must not commit a moment later.
 */
export function withDeadline(executor: GatewayExecutor, ms = QUERY_DEADLINE_MS): GatewayExecutor {
  return async (request) => {
    const deadline = (request.context as { deadline?: RequestDeadline }).deadline;
    if (request.operation?.operation !== 'query' || !deadline) return executor(request);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<ExecutionResult>((resolve) => {
      timer = setTimeout(() => {
        deadline.passed = true;
        resolve({ errors: [new QueryTimedOut(ms)] });
      }, ms);
    });
    try {
      return await Promise.race([executor(request), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };
}
