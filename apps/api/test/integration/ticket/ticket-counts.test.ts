import { IsNull } from 'typeorm';
import { MemberEntity } from '../../../src/modules/member/member.entity';
import { MemberTicketCountsEntity } from '../../../src/modules/ticket/member-ticket-counts.entity';
import { TicketCountsEntity } from '../../../src/modules/ticket/ticket-counts.entity';
import { TicketEntity } from '../../../src/modules/ticket/ticket.entity';
import { statementsSentDuring, type SentStatement } from '../../support/database-probes';
import { addAgent, createTicket, signUpOwner, type Actor } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';
import { ASSIGN, QUEUE, REPLY, TICKETS, UPDATE } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SET_ACTIVE = `mutation ($m: ID!, $a: Boolean!) { setMemberActive(memberId: $m, active: $a) { id active } }`;

/**
 * Every total the API answers equals a count of the tickets themselves: the workspace-wide ones, and
 * "Assigned to me" for each of `agents` (the owner first); every member's stored count as well.
 */
async function expectTotalsToMatchTheTickets(...agents: [Actor, ...Actor[]]): Promise<void> {
  const [owner] = agents;
  await expectWorkspaceTotalsToMatch(owner);
  const workspaceId = Number(owner.workspaceId);
  const members = await api.db.manager.findBy(MemberEntity, { workspaceId });
  const stored = await api.db.manager.findBy(
    MemberTicketCountsEntity,
    members.map((m) => ({ memberId: m.id })),
  );
  const truth = await Promise.all(
    members.map((m) => api.db.manager.countBy(TicketEntity, { workspaceId, assigneeId: m.id, isOpen: true })),
  );
  expect(Object.fromEntries(stored.map((row) => [row.memberId, row.openCount]))).toEqual(
    Object.fromEntries(members.map((m, i) => [m.id, truth[i]])),
  );
  for (const agent of agents) {
    const mine = await api.ok(TICKETS, { w: owner.workspaceId, view: 'MINE', first: 1 }, { as: agent.token });
    expect({ member: agent.memberId, total: mine.tickets.totalCount }).toEqual({
      member: agent.memberId,
      total: await api.db.manager.countBy(TicketEntity, {
        workspaceId,
        assigneeId: Number(agent.memberId),
        isOpen: true,
      }),
    });
  }
}

async function expectWorkspaceTotalsToMatch(owner: Actor): Promise<void> {
  const workspaceId = Number(owner.workspaceId);
  const count = (where: Record<string, unknown>) =>
    api.db.manager.countBy(TicketEntity, { workspaceId, ...where });
  const truth = {
    ALL: await count({}),
    INBOX: await count({ isOpen: true }),
    UNASSIGNED: await count({ isOpen: true, assigneeId: IsNull() }),
  };
  const total = async (view: string) =>
    (await api.ok(TICKETS, { w: owner.workspaceId, view, first: 1 }, { as: owner.token })).tickets.totalCount;
  const answered = {
    ALL: await total('ALL'),
    INBOX: await total('INBOX'),
    UNASSIGNED: await total('UNASSIGNED'),
  };
  expect(answered).toEqual(truth);
  const queue = await api.ok(QUEUE, { w: owner.workspaceId, first: 1 }, { as: owner.token });
  expect(queue.unassignedQueue.totalCount).toBe(truth.UNASSIGNED);
  expect(await api.db.manager.findOneBy(TicketCountsEntity, { workspaceId })).toEqual({
    workspaceId,
    totalCount: truth.ALL,
    openCount: truth.INBOX,
    unassignedCount: truth.UNASSIGNED,
  });
}

describe('list totals (ticket_counts, member_ticket_counts)', () => {
  it('follow every change: creation, assignment, unassignment, claim, internal note, status and deactivation', async () => {
    const owner = await signUpOwner(api);
    const [alice, bob] = [
      await addAgent(api, owner, { name: 'Alice' }),
      await addAgent(api, owner, { name: 'Bob' }),
    ];
    await expectTotalsToMatchTheTickets(owner, alice, bob);

    const tickets: { id: string }[] = [];
    for (let i = 0; i < 12; i++) {
      const assigneeId = [null, owner.memberId, alice.memberId][i % 3];
      tickets.push(await createTicket(api, owner, { assigneeId }));
    }
    await expectTotalsToMatchTheTickets(owner, alice, bob);

    const id = (i: number) => (tickets[i] as { id: string }).id;
    await api.ok(ASSIGN, { t: id(0), a: bob.memberId }, { as: owner.token }); // unassigned → Bob
    await api.ok(ASSIGN, { t: id(1), a: null }, { as: owner.token }); // owner → unassigned
    await api.ok(ASSIGN, { t: id(2), a: alice.memberId }, { as: owner.token }); // Alice → Alice: no change
    await api.ok(REPLY, { input: { ticketId: id(3), body: 'Mine now.' } }, { as: bob.token }); // claim
    await api.ok(REPLY, { input: { ticketId: id(6), body: 'Note.', internal: true } }, { as: bob.token }); // no claim
    await expectTotalsToMatchTheTickets(owner, alice, bob);

    await api.ok(UPDATE, { input: { ticketId: id(6), status: 'CLOSED' } }, { as: owner.token }); // unassigned, closed
    await api.ok(UPDATE, { input: { ticketId: id(4), status: 'SOLVED' } }, { as: owner.token });
    await api.ok(UPDATE, { input: { ticketId: id(5), status: 'PENDING' } }, { as: owner.token }); // still open
    await api.ok(UPDATE, { input: { ticketId: id(4), status: 'OPEN' } }, { as: owner.token }); // reopened
    await api.ok(UPDATE, { input: { ticketId: id(7), subject: 'Only the subject' } }, { as: owner.token });
    await api.ok(
      REPLY,
      { input: { ticketId: id(6), body: 'Closed and unassigned: claimed, not queued.' } },
      { as: alice.token },
    );
    await expectTotalsToMatchTheTickets(owner, alice, bob);

    await api.ok(SET_ACTIVE, { m: alice.memberId, a: false }, { as: owner.token }); // her open tickets go back to the queue
    await expectTotalsToMatchTheTickets(owner, bob); // Alice is inactive: her stored count is checked, she cannot list;
  });

  it('leave the totals untouched when an operation is refused', async () => {
    const owner = await signUpOwner(api);
    await createTicket(api, owner, { assigneeId: null });
    const before = await api.db.manager.findOneBy(TicketCountsEntity, {
      workspaceId: Number(owner.workspaceId),
    });
    await api.execute(
      `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: {
          workspaceId: owner.workspaceId,
          requesterEmail: 'x@example.com',
          subject: 'S',
          assigneeId: '999999',
        },
      },
      { as: owner.token },
    );
    expect(
      await api.db.manager.findOneBy(TicketCountsEntity, { workspaceId: Number(owner.workspaceId) }),
    ).toEqual(before);
    await expectTotalsToMatchTheTickets(owner);
  });

  it('stay exact under concurrent creations, claims and assignments', async () => {
    const owner = await signUpOwner(api);
    const agents = [
      owner,
      await addAgent(api, owner, { name: 'Alice' }),
      await addAgent(api, owner, { name: 'Bob' }),
    ];
    const open = await Promise.all(
      Array.from({ length: 15 }, () => createTicket(api, owner, { assigneeId: null })),
    );
    await Promise.all([
      // every agent replies to every unassigned ticket at once: one claim each
      ...open.flatMap((t) =>
        agents.map((a) => api.ok(REPLY, { input: { ticketId: t.id, body: 'Mine?' } }, { as: a.token })),
      ),
      // while tickets are being created, unassigned and assigned
      ...Array.from({ length: 15 }, (_, i) =>
        createTicket(api, agents[i % 3] as Actor, { assigneeId: i % 2 ? null : undefined }),
      ),
      ...open
        .slice(0, 8)
        .map((t, i) =>
          api.ok(
            ASSIGN,
            { t: t.id, a: i % 2 ? null : (agents[i % 3] as Actor).memberId },
            { as: owner.token },
          ),
        ),
    ]);
    await expectTotalsToMatchTheTickets(owner, ...agents.slice(1));
  });

  it('stay exact under concurrent reassignments between the same members in both directions', async () => {
    const owner = await signUpOwner(api);
    const [alice, bob] = [
      await addAgent(api, owner, { name: 'Alice' }),
      await addAgent(api, owner, { name: 'Bob' }),
    ];
    const toAlice = await Promise.all(
      Array.from({ length: 6 }, () => createTicket(api, owner, { assigneeId: bob.memberId })),
    );
    const toBob = await Promise.all(
      Array.from({ length: 6 }, () => createTicket(api, owner, { assigneeId: alice.memberId })),
    );
    // Each reassignment changes both members' rows: Bob → Alice and Alice → Bob at the same time.
    await Promise.all(
      toAlice.flatMap((t, i) => [
        api.ok(ASSIGN, { t: t.id, a: alice.memberId }, { as: owner.token }),
        api.ok(ASSIGN, { t: (toBob[i] as { id: string }).id, a: bob.memberId }, { as: owner.token }),
      ]),
    );
    await expectTotalsToMatchTheTickets(owner, alice, bob);
  });

  it("take the members' rows in ascending id order, whichever way the ticket moves", async () => {
    const owner = await signUpOwner(api);
    const [alice, bob] = [
      await addAgent(api, owner, { name: 'Alice' }),
      await addAgent(api, owner, { name: 'Bob' }),
    ];
    const ticket = await createTicket(api, owner, { assigneeId: bob.memberId });
    const memberRowsTaken = async (to: Actor) => {
      const sent = await statementsSentDuring(api.db, () =>
        api.ok(ASSIGN, { t: ticket.id, a: to.memberId }, { as: owner.token }),
      );
      // The member id is bound last (… WHERE member_id = ?).
      const memberId = (statement: SentStatement) => Number(statement.parameters.at(-1));
      return sent
        .filter((statement) => /^UPDATE [`"]?member_ticket_counts/i.test(statement.sql))
        .map(memberId);
    };
    const ascending = [Number(alice.memberId), Number(bob.memberId)].sort((a, b) => a - b);
    expect(await memberRowsTaken(alice)).toEqual(ascending); // from Bob (the higher id) to Alice
    expect(await memberRowsTaken(bob)).toEqual(ascending); // and back
  });

  it('are filled from the tickets already there when the migration runs on an existing database', async () => {
    const owner = await signUpOwner(api);
    const alice = await addAgent(api, owner, { name: 'Alice' });
    for (const assigneeId of [null, null, owner.memberId, alice.memberId])
      await createTicket(api, owner, { assigneeId });
    for (const assigneeId of [null, alice.memberId]) {
      const closed = await createTicket(api, owner, { assigneeId });
      await api.ok(UPDATE, { input: { ticketId: closed.id, status: 'CLOSED' } }, { as: owner.token });
    }
    const { dataSource } = api.db;
    // Back to before both count tables, then forward again: each migration fills its table.
    const names = dataSource.migrations.map((m) => m.name);
    const since = names.indexOf('TicketCounts1764200000000');
    expect(names.slice(since, since + 2)).toEqual([
      'TicketCounts1764200000000',
      'MemberTicketCounts1764300000000',
    ]);
    for (let i = since; i < names.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.runMigrations({ transaction: 'each' });
    await expectTotalsToMatchTheTickets(owner, alice);
    expect(
      await api.db.manager.findOneBy(TicketCountsEntity, { workspaceId: Number(owner.workspaceId) }),
    ).toMatchObject({
      totalCount: 6,
      openCount: 4,
      unassignedCount: 2,
    });
    expect(
      await api.db.manager.findOneBy(MemberTicketCountsEntity, { memberId: Number(alice.memberId) }),
    ).toEqual({
      memberId: Number(alice.memberId),
      openCount: 1,
    });
  });
});
