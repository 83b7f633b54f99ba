import type { GatewayExecutor } from '@apollo/server-gateway-interface';
import { parse, type OperationDefinitionNode } from 'graphql';
import { QueryTimedOut, RequestDeadline, withDeadline } from './execution-deadline';

function requestFor(query: string, deadline: RequestDeadline): Parameters<GatewayExecutor>[0] {
  const document = parse(query);
  return {
    document,
    operation: document.definitions[0] as OperationDefinitionNode,
    context: { deadline },
    request: {},
  } as never;
}

const never: GatewayExecutor = () => new Promise(() => {});

describe('withDeadline', () => {
  it('answers a query that runs too long with QUERY_TIMEOUT, and marks its deadline passed for its loaders', async () => {
    const deadline = new RequestDeadline();
    const result = await withDeadline(never, 30)(requestFor('{ me { id } }', deadline));
    expect(result.errors?.map((e) => [e.message, e.extensions])).toEqual([
      [expect.stringMatching(/ran for more than 0.03 s and was stopped/), { http: { status: 503 } }],
    ]);
    expect(deadline.passed).toBe(true);
    expect(() => deadline.check()).toThrow(QueryTimedOut);
  });

  it('leaves a query that ends in time alone', async () => {
    const deadline = new RequestDeadline();
    const result = await withDeadline(
      async () => ({ data: { ok: true } }),
      1000,
    )(requestFor('{ me { id } }', deadline));
    expect(result).toEqual({ data: { ok: true } });
    expect(deadline.passed).toBe(false);
    expect(() => deadline.check()).not.toThrow();
  });

  it('lets a mutation run to its end: a write answered "stopped" must not commit later', async () => {
    const deadline = new RequestDeadline();
    const slowWrite: GatewayExecutor = () =>
      new Promise((resolve) => setTimeout(() => resolve({ data: { written: true } }), 80));
    expect(await withDeadline(slowWrite, 20)(requestFor('mutation { signOut }', deadline))).toEqual({
      data: { written: true },
    });
    expect(deadline.passed).toBe(false);
  });
});
