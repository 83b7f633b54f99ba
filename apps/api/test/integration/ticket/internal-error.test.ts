import { createTicket, signUpOwner, TICKET_FIELDS, uniqueEmail, addAgent } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';
import { ASSIGN, errorOf, expectNoInternals, getTicket, REPLY, TICKETS } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** A database failure as a driver reports it: SQL, a file path and a stack in the error. */
function driverFailure(query: string, extra: Record<string, unknown> = {}): Error {
  const err = new Error(
    `SQLITE_ERROR: ER_NO_SUCH_TABLE near "${query.slice(0, 60)}" at /work/main/apps/api/src/database/database.ts:42:7`,
  );
  return Object.assign(err, { sql: query, code: 'SQLITE_ERROR', errno: 1146, ...extra });
}

/**
 * Makes the statements that match `pattern` fail (at most `times` of them) while `work` runs: every
 * TypeORM query runner calls dataSource.logger.logQuery just before executing, on SQLite and MySQL alike,
 * and an exception there rejects the query.
 */
async function failing<T>(
  pattern: RegExp,
  work: () => Promise<T>,
  options: { times?: number; extra?: Record<string, unknown> } = {},
): Promise<{ result: T; failures: number }> {
  const logger = api.db.dataSource.logger;
  const original = logger.logQuery;
  let failures = 0;
  logger.logQuery = function (this: unknown, query: string, ...rest: unknown[]) {
    if (pattern.test(query) && failures < (options.times ?? Infinity)) {
      failures++;
      throw driverFailure(query, options.extra);
    }
    return (original as (...args: unknown[]) => unknown).call(this, query, ...rest);
  } as typeof logger.logQuery;
  try {
    return { result: await work(), failures };
  } finally {
    logger.logQuery = original;
  }
}

const GENERIC = 'Something went wrong on our side. It has been logged; please try again.';

describe('unexpected failures', () => {
  it('answer INTERNAL_SERVER_ERROR with a generic message and no SQL, stack or path', async () => {
    const owner = await signUpOwner(api);
    await createTicket(api, owner);
    const { result: res, failures } = await failing(/FROM [`"]?ticket_counts/i, () =>
      api.execute(TICKETS, { w: owner.workspaceId, view: 'ALL', first: 5 }, { as: owner.token }),
    );
    expect(failures).toBe(1);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.map((e) => ({ message: e.message, extensions: e.extensions }))).toEqual([
      { message: GENERIC, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expectNoInternals(res);
  });

  it('roll a reply back whole when the message insert fails after the claim: no claim, no event, no message', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const ticket = await createTicket(api, owner, { assigneeId: null });
    const before = await getTicket(api, owner, ticket.id);

    const { result: res, failures } = await failing(/INSERT INTO [`"]?messages/i, () =>
      api.execute(REPLY, { input: { ticketId: ticket.id, body: 'claiming' } }, { as: alice.token }),
    );

    expect(failures).toBe(1);
    expect(errorOf(res)).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(await getTicket(api, owner, ticket.id)).toEqual(before);
    expect(before.assignee).toBeNull();
  });

  it('roll a creation back whole when its assignment event fails: no ticket, no requester, no used-up number', async () => {
    const owner = await signUpOwner(api);
    const email = uniqueEmail('rolled-back');
    const { result: res } = await failing(/INSERT INTO [`"]?assignment_events/i, () =>
      api.execute(
        `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`,
        { input: { workspaceId: owner.workspaceId, requesterEmail: email, subject: 'Lost' } },
        { as: owner.token },
      ),
    );
    expect(errorOf(res)).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    const after = await api.ok(
      `query ($w: ID!, $e: String!) { tickets(workspaceId: $w, view: ALL) { totalCount } requester(workspaceId: $w, email: $e) { id } }`,
      { w: owner.workspaceId, e: email },
      { as: owner.token },
    );
    expect(after).toEqual({ tickets: { totalCount: 0 }, requester: null });
    expect((await createTicket(api, owner)).number).toBe(1);
  });

  it('roll an assignment back when its event cannot be written', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const ticket = await createTicket(api, owner);
    const before = await getTicket(api, owner, ticket.id);
    const { result: res } = await failing(/INSERT INTO [`"]?assignment_events/i, () =>
      api.execute(ASSIGN, { t: ticket.id, a: alice.memberId }, { as: owner.token }),
    );
    expect(errorOf(res)).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(await getTicket(api, owner, ticket.id)).toEqual(before);
  });

  it('retry a reply whole after a deadlock: one message and one CLAIM event, not two', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    const ticket = await createTicket(api, owner, { assigneeId: null });

    const { result, failures } = await failing(
      /INSERT INTO [`"]?messages/i,
      () => api.ok(REPLY, { input: { ticketId: ticket.id, body: 'after a retry' } }, { as: alice.token }),
      { times: 1, extra: { code: 'SQLITE_BUSY', errno: 1213 } },
    );

    expect(failures).toBe(1);
    expect(result.replyToTicket).toMatchObject({
      claimed: true,
      ticket: { assignee: { id: alice.memberId } },
    });
    const stored = await getTicket(api, owner, ticket.id);
    expect(stored.messages.map((m: { body: string }) => m.body)).toEqual(['after a retry']);
    expect(stored.assignmentHistory.map((e: { via: string }) => e.via)).toEqual(['CREATE', 'CLAIM']);
  });
});
