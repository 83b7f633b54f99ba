import { addAgent, createTicket, signUpOwner, TICKET_FIELDS, uniqueEmail } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const CREATE = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`;

describe('createTicket', () => {
  it('creates an OPEN, NORMAL, MANUAL ticket assigned to its creator when "Assign to" is omitted', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner, {
      requesterEmail: 'pat@example.com',
      subject: '  Printer on fire  ',
      description: '**Help**',
    });
    expect(ticket).toEqual({
      id: expect.any(String),
      number: 1,
      reference: expect.stringMatching(/^TK-\d{5,}$/),
      subject: 'Printer on fire',
      description: '**Help**',
      priority: 'NORMAL',
      status: 'OPEN',
      channel: 'MANUAL',
      category: null,
      requester: { id: expect.any(String), email: 'pat@example.com', name: null },
      assignee: { id: owner.memberId, name: 'Olivia Owner' },
      createdBy: { id: owner.memberId, name: 'Olivia Owner' },
    });
  });

  it('assigns to nobody when assigneeId is null, and to a teammate when given their member id', async () => {
    const owner = await signUpOwner(api);
    const teammate = await addAgent(api, owner, { name: 'Tess Mate' });
    const nobody = await createTicket(api, owner, { assigneeId: null });
    const theirs = await createTicket(api, owner, { assigneeId: teammate.memberId });
    expect(nobody.assignee).toBeNull();
    expect(theirs.assignee).toEqual({ id: teammate.memberId, name: 'Tess Mate' });
  });

  it('finds the existing requester by email, case- and space-insensitively, and backfills only a blank name', async () => {
    const owner = await signUpOwner(api);
    const first = await createTicket(api, owner, { requesterEmail: 'Pat@X.com' });
    const second = await createTicket(api, owner, { requesterEmail: '  pat@x.COM ', requesterName: 'Pat' });
    const third = await createTicket(api, owner, {
      requesterEmail: 'pat@x.com',
      requesterName: 'Somebody Else',
    });
    expect(second.requester).toEqual({ id: first.requester.id, email: 'pat@x.com', name: 'Pat' });
    expect(third.requester).toEqual({ id: first.requester.id, email: 'pat@x.com', name: 'Pat' });
  });

  it('numbers tickets 1, 2, 3 per workspace with references unique across workspaces', async () => {
    const a = await signUpOwner(api);
    const b = await signUpOwner(api);
    const created = [];
    for (const actor of [a, b, a, b, a]) created.push(await createTicket(api, actor));
    expect(created.map((t) => t.number)).toEqual([1, 1, 2, 2, 3]);
    expect(new Set(created.map((t) => t.reference)).size).toBe(5);
  });

  it('refuses a category of another workspace and writes nothing: no requester, no used-up number', async () => {
    const owner = await signUpOwner(api);
    const other = await signUpOwner(api);
    const foreign = await api.ok(
      `mutation ($w: ID!) { createCategory(workspaceId: $w, name: "Billing") { id } }`,
      { w: other.workspaceId },
      { as: other.token },
    );
    const email = uniqueEmail('ghost');
    const res = await api.execute(
      CREATE,
      {
        input: {
          workspaceId: owner.workspaceId,
          requesterEmail: email,
          subject: 'x',
          categoryId: foreign.createCategory.id,
        },
      },
      { as: owner.token },
    );
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'categoryId' });
    const lookup = await api.ok(
      `query ($w: ID!, $e: String!) { requester(workspaceId: $w, email: $e) { id } }`,
      { w: owner.workspaceId, e: email },
      { as: owner.token },
    );
    expect(lookup.requester).toBeNull();
    expect((await createTicket(api, owner)).number).toBe(1);
  });
});
