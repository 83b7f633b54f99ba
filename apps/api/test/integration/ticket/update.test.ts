import { createTicket, signUpOwner } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';
import { createCategory, errorOf, getTicket, member, queueIds, UPDATE, viewIds } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const OWNER = 'Olivia Owner';

describe('updateTicket', () => {
  it('changes subject (trimmed), status and priority, and keeps everything it was not given', async () => {
    const owner = await signUpOwner(api);
    const billing = await createCategory(api, owner, 'Billing');
    const ticket = await createTicket(api, owner, {
      subject: 'Old',
      priority: 'LOW',
      categoryId: billing.id,
    });

    const data = await api.ok(
      UPDATE,
      {
        input: { ticketId: ticket.id, subject: '  Refund request \n', status: 'PENDING', priority: 'URGENT' },
      },
      { as: owner.token },
    );

    expect(data.updateTicket).toEqual({
      id: ticket.id,
      subject: 'Refund request',
      status: 'PENDING',
      priority: 'URGENT',
      category: billing,
      assignee: member(owner, OWNER),
    });
    const stored = await getTicket(api, owner, ticket.id);
    expect(stored).toMatchObject({
      subject: 'Refund request',
      status: 'PENDING',
      priority: 'URGENT',
      category: billing,
      number: 1,
      description: '',
    });
  });

  it('changes only the given field: each of subject, status and priority on its own', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner, { subject: 'Start', priority: 'HIGH' });
    const update = async (input: object) =>
      (await api.ok(UPDATE, { input: { ticketId: ticket.id, ...input } }, { as: owner.token })).updateTicket;
    const pick = (t: { subject: string; status: string; priority: string }) => [
      t.subject,
      t.status,
      t.priority,
    ];

    expect(pick(await update({ priority: 'LOW' }))).toEqual(['Start', 'OPEN', 'LOW']);
    expect(pick(await update({ status: 'SOLVED' }))).toEqual(['Start', 'SOLVED', 'LOW']);
    expect(pick(await update({ subject: 'Renamed' }))).toEqual(['Renamed', 'SOLVED', 'LOW']);
    expect(pick(await update({}))).toEqual(['Renamed', 'SOLVED', 'LOW']);
    expect(pick(await getTicket(api, owner, ticket.id))).toEqual(['Renamed', 'SOLVED', 'LOW']);
  });

  it('moves SOLVED and CLOSED tickets out of INBOX, MINE and UNASSIGNED but keeps them in ALL; reopening brings them back', async () => {
    const owner = await signUpOwner(api);
    const mine = await createTicket(api, owner);
    const unassigned = await createTicket(api, owner, { assigneeId: null });
    const pending = await createTicket(api, owner);
    const all = [pending.id, unassigned.id, mine.id];
    await api.ok(UPDATE, { input: { ticketId: pending.id, status: 'PENDING' } }, { as: owner.token });
    const views = async () => ({
      INBOX: await viewIds(api, owner, 'INBOX'),
      MINE: await viewIds(api, owner, 'MINE'),
      UNASSIGNED: await viewIds(api, owner, 'UNASSIGNED'),
      ALL: await viewIds(api, owner, 'ALL'),
      queue: await queueIds(api, owner),
    });
    expect(await views()).toEqual({
      INBOX: all,
      MINE: [pending.id, mine.id],
      UNASSIGNED: [unassigned.id],
      ALL: all,
      queue: [unassigned.id],
    });

    await api.ok(UPDATE, { input: { ticketId: mine.id, status: 'SOLVED' } }, { as: owner.token });
    await api.ok(UPDATE, { input: { ticketId: unassigned.id, status: 'CLOSED' } }, { as: owner.token });
    expect(await views()).toEqual({
      INBOX: [pending.id],
      MINE: [pending.id],
      UNASSIGNED: [],
      ALL: all,
      queue: [],
    });

    await api.ok(UPDATE, { input: { ticketId: unassigned.id, status: 'OPEN' } }, { as: owner.token });
    expect(await views()).toEqual({
      INBOX: [pending.id, unassigned.id],
      MINE: [pending.id],
      UNASSIGNED: [unassigned.id],
      ALL: all,
      queue: [unassigned.id],
    });
  });

  it('sets a category, keeps it when categoryId is omitted and clears it with null', async () => {
    const owner = await signUpOwner(api);
    const billing = await createCategory(api, owner, 'Billing');
    const ticket = await createTicket(api, owner);
    const update = async (input: object) =>
      (await api.ok(UPDATE, { input: { ticketId: ticket.id, ...input } }, { as: owner.token })).updateTicket
        .category;

    expect(await update({ categoryId: billing.id })).toEqual(billing);
    expect(await update({ priority: 'HIGH' })).toEqual(billing);
    expect((await getTicket(api, owner, ticket.id)).category).toEqual(billing);
    expect(await update({ categoryId: null })).toBeNull();
    expect((await getTicket(api, owner, ticket.id)).category).toBeNull();
  });

  it('refuses another workspace’s category with BAD_USER_INPUT on categoryId and writes none of the input', async () => {
    const owner = await signUpOwner(api);
    const other = await signUpOwner(api, 'Other');
    const foreign = await createCategory(api, other, 'Foreign');
    const ticket = await createTicket(api, owner, { subject: 'Keep me' });
    const before = await getTicket(api, owner, ticket.id);

    for (const categoryId of [foreign.id, '987654321', 'billing']) {
      const res = await api.execute(
        UPDATE,
        { input: { ticketId: ticket.id, subject: 'Changed', status: 'CLOSED', categoryId } },
        { as: owner.token },
      );
      expect({ categoryId, error: errorOf(res) }).toEqual({
        categoryId,
        error: { code: 'BAD_USER_INPUT', field: 'categoryId' },
      });
    }
    expect(await getTicket(api, owner, ticket.id)).toEqual(before);
  });

  it('refuses a blank subject or one over 250 characters with BAD_USER_INPUT on subject and writes nothing', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner, { subject: 'Keep me' });
    const before = await getTicket(api, owner, ticket.id);

    for (const subject of ['', '   ', '\n\t', 'x'.repeat(251)]) {
      const res = await api.execute(
        UPDATE,
        { input: { ticketId: ticket.id, subject, priority: 'URGENT' } },
        { as: owner.token },
      );
      expect({ subject, error: errorOf(res) }).toEqual({
        subject,
        error: { code: 'BAD_USER_INPUT', field: 'subject' },
      });
    }
    expect(await getTicket(api, owner, ticket.id)).toEqual(before);

    const longest = `  ${'y'.repeat(250)}  `;
    const ok = await api.ok(
      UPDATE,
      { input: { ticketId: ticket.id, subject: longest } },
      { as: owner.token },
    );
    expect(ok.updateTicket.subject).toBe('y'.repeat(250));
  });

  it('refuses an unknown status or priority with BAD_USER_INPUT', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner);
    for (const input of [{ status: 'DELETED' }, { priority: 'CRITICAL' }]) {
      const res = await api.execute(
        UPDATE,
        { input: { ticketId: ticket.id, ...input } },
        { as: owner.token },
      );
      expect(errorOf(res).code).toBe('BAD_USER_INPUT');
    }
    expect(await getTicket(api, owner, ticket.id)).toMatchObject({ status: 'OPEN', priority: 'NORMAL' });
  });

  it('answers NOT_FOUND for an unknown ticket and UNAUTHENTICATED without a token', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner);
    expect(
      errorOf(
        await api.execute(
          UPDATE,
          { input: { ticketId: '987654321', status: 'CLOSED' } },
          { as: owner.token },
        ),
      ),
    ).toEqual({ code: 'NOT_FOUND' });
    expect(errorOf(await api.execute(UPDATE, { input: { ticketId: ticket.id, status: 'CLOSED' } }))).toEqual({
      code: 'UNAUTHENTICATED',
    });
    expect((await getTicket(api, owner, ticket.id)).status).toBe('OPEN');
  });

  it('does not touch the assignee or the assignment history', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner);
    const before = await getTicket(api, owner, ticket.id);
    await api.ok(
      UPDATE,
      { input: { ticketId: ticket.id, status: 'CLOSED', priority: 'LOW' } },
      { as: owner.token },
    );
    const after = await getTicket(api, owner, ticket.id);
    expect(after).toEqual({ ...before, status: 'CLOSED', priority: 'LOW' });
  });
});
