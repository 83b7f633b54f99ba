import { createTicket, signUpOwner, TICKET_FIELDS, uniqueEmail, type Actor } from '../../support/factories';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../support/test-server';
import { errorOf, expectNoInternals } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const CREATE = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`;
const REQUESTER = `query ($w: ID!, $e: String!) { requester(workspaceId: $w, email: $e) { id } }`;
const ALL = `query ($w: ID!) { tickets(workspaceId: $w, view: ALL) { totalCount } }`;

/** An address of exactly `length` characters that is otherwise valid (64-character local part, labels of at most 63). */
function emailOfLength(length: number): string {
  const local = 'a'.repeat(64);
  let remaining = length - local.length - 1 - '.com'.length;
  const labels: string[] = [];
  while (remaining > 63) {
    labels.push('b'.repeat(63));
    remaining -= 64; // the label and the dot after it
  }
  labels.push('b'.repeat(remaining));
  return `${local}@${labels.join('.')}.com`;
}

async function create(actor: Actor, input: Record<string, unknown>): Promise<GraphQLResponse<any>> {
  return api.execute(
    CREATE,
    {
      input: {
        workspaceId: actor.workspaceId,
        requesterEmail: uniqueEmail('customer'),
        subject: 'Help',
        ...input,
      },
    },
    { as: actor.token },
  );
}

/** The workspace is as new: no ticket, no requester with this email, and the next number is still 1. */
async function expectNothingWritten(actor: Actor, requesterEmail?: string) {
  expect((await api.ok(ALL, { w: actor.workspaceId }, { as: actor.token })).tickets.totalCount).toBe(0);
  if (requesterEmail)
    expect(
      (await api.ok(REQUESTER, { w: actor.workspaceId, e: requesterEmail.trim() }, { as: actor.token }))
        .requester,
    ).toBeNull();
}

describe('createTicket input limits', () => {
  it('accepts a 254-character requesterEmail and refuses 255 with BAD_USER_INPUT on requesterEmail', async () => {
    const owner = await signUpOwner(api);
    const tooLong = emailOfLength(255);
    expect(tooLong).toHaveLength(255);
    const res = await create(owner, { requesterEmail: tooLong });
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'requesterEmail' });
    await expectNothingWritten(owner);

    const longest = emailOfLength(254);
    expect(longest).toHaveLength(254);
    const ok = await create(owner, { requesterEmail: longest.toUpperCase() });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createTicket.requester.email).toBe(longest);
  });

  it('refuses a requesterEmail that is not an address', async () => {
    const owner = await signUpOwner(api);
    for (const requesterEmail of [
      '',
      '   ',
      'pat',
      'pat@',
      '@example.com',
      'pat @example.com',
      'pat@example.com, eve@example.com',
    ]) {
      const res = await create(owner, { requesterEmail });
      expect({ requesterEmail, error: errorOf(res) }).toEqual({
        requesterEmail,
        error: { code: 'BAD_USER_INPUT', field: 'requesterEmail' },
      });
    }
    await expectNothingWritten(owner);
  });

  it('accepts a 200-character requesterName and refuses 201 with BAD_USER_INPUT on requesterName', async () => {
    const owner = await signUpOwner(api);
    const email = uniqueEmail('named');
    expect(errorOf(await create(owner, { requesterEmail: email, requesterName: 'n'.repeat(201) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'requesterName',
    });
    await expectNothingWritten(owner, email);
    const ok = await create(owner, { requesterEmail: email, requesterName: ` ${'n'.repeat(200)} ` });
    expect(ok.data.createTicket.requester).toEqual({ id: expect.any(String), email, name: 'n'.repeat(200) });
  });

  it('refuses a subject over 250 characters after trimming, or blank, with BAD_USER_INPUT on subject', async () => {
    const owner = await signUpOwner(api);
    const email = uniqueEmail('subject');
    for (const subject of ['s'.repeat(251), ` ${'s'.repeat(251)} `, '', '   \n ']) {
      const res = await create(owner, { requesterEmail: email, subject });
      expect({ subject, error: errorOf(res) }).toEqual({
        subject,
        error: { code: 'BAD_USER_INPUT', field: 'subject' },
      });
    }
    await expectNothingWritten(owner, email);
    const ok = await create(owner, { subject: `   ${'s'.repeat(250)}   ` });
    expect(ok.data.createTicket).toMatchObject({ number: 1, subject: 's'.repeat(250) });
  });

  it('accepts a 65,536-character description (4-byte characters too) and refuses 65,537 with BAD_USER_INPUT on description', async () => {
    const owner = await signUpOwner(api);
    const email = uniqueEmail('described');
    expect(errorOf(await create(owner, { requesterEmail: email, description: 'd'.repeat(65_537) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'description',
    });
    expect(
      errorOf(await create(owner, { requesterEmail: email, description: `${'\n'.repeat(65_536)} ` })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'description' });
    await expectNothingWritten(owner, email);

    const description = '😀'.repeat(32_768);
    const ok = await create(owner, { description });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createTicket.description).toBe(description);
    const read = await api.ok(
      `query ($id: ID!) { ticket(id: $id) { description } }`,
      { id: ok.data.createTicket.id },
      { as: owner.token },
    );
    expect(read.ticket.description).toBe(description);
  });

  it('refuses an unknown priority with BAD_USER_INPUT', async () => {
    const owner = await signUpOwner(api);
    expect(errorOf(await create(owner, { priority: 'CRITICAL' })).code).toBe('BAD_USER_INPUT');
    await expectNothingWritten(owner);
  });

  it('writes nothing when the second of two bad fields fails (all-or-nothing)', async () => {
    const owner = await signUpOwner(api);
    const email = uniqueEmail('partial');
    const res = await create(owner, { requesterEmail: email, requesterName: 'Pat', categoryId: '987654321' });
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'categoryId' });
    await expectNothingWritten(owner, email);
    expect((await createTicket(api, owner)).number).toBe(1);
  });
});

describe('malformed requests', () => {
  it('refuses a request body over 1 MiB with 413 and BAD_USER_INPUT', async () => {
    const owner = await signUpOwner(api);
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
      body: JSON.stringify({
        query: CREATE,
        variables: {
          input: {
            workspaceId: owner.workspaceId,
            requesterEmail: 'big@example.com',
            subject: 'Big',
            description: 'x'.repeat(1024 * 1024),
          },
        },
      }),
    });
    const body = (await res.json()) as GraphQLResponse<unknown>;
    expect(res.status).toBe(413);
    expect(body.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT' }]);
    expectNoInternals(body);
    await expectNothingWritten(owner, 'big@example.com');
  });

  it('refuses a body that is not JSON with BAD_USER_INPUT', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ me { id } ',
    });
    const body = (await res.json()) as GraphQLResponse<unknown>;
    expect(res.status).toBe(400);
    expect(body.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT' }]);
    expectNoInternals(body);
  });

  it('refuses a very deeply nested query (15 levels) with BAD_USER_INPUT before running it', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner);
    let selection = 'id';
    for (let i = 0; i < 5; i++) selection = `requester { tickets { nodes { ${selection} } } }`; // 3 levels per turn: 15 under ticket
    const query = `query ($id: ID!) { ticket(id: $id) { ${selection} } }`;
    const res = await api.execute(query, { id: ticket.id }, { as: owner.token });
    expect({
      status: res.status,
      data: res.data ?? null,
      codes: res.errors?.map((e) => e.extensions),
    }).toEqual({ status: 400, data: null, codes: [{ code: 'BAD_USER_INPUT' }] });
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
    expectNoInternals(res);

    // A reasonable depth still works.
    const shallow = await api.ok(
      `query ($id: ID!) { ticket(id: $id) { requester { tickets { nodes { requester { email } } } } } }`,
      { id: ticket.id },
      { as: owner.token },
    );
    expect(shallow.ticket.requester.tickets.nodes).toEqual([
      { requester: { email: ticket.requester.email } },
    ]);
  });

  it('refuses nested pages whose sizes multiply past the cost limit, whether first is literal or a variable', async () => {
    const owner = await signUpOwner(api);
    const nested = (first: string) =>
      `query ($w: ID!${first === '$f' ? ', $f: Int' : ''}) { tickets(workspaceId: $w, first: ${first}) { nodes { requester { tickets(first: ${first}) { nodes { requester { tickets(first: ${first}) { nodes { id subject } } } } } } } } }`;
    for (const [query, f] of [
      [nested('$f'), 100],
      [nested('100'), null],
    ] as const) {
      const res = await api.execute(
        query,
        f === null ? { w: owner.workspaceId } : { w: owner.workspaceId, f },
        { as: owner.token },
      );
      expect({
        status: res.status,
        data: res.data ?? null,
        codes: res.errors?.map((e) => e.extensions),
      }).toEqual({ status: 400, data: null, codes: [{ code: 'BAD_USER_INPUT' }] });
      expect(res.errors?.[0]?.message).toMatch(/asks for too much at once/);
    }
    // The same shape with small pages runs.
    const small = await api.ok(nested('$f'), { w: owner.workspaceId, f: 5 }, { as: owner.token });
    expect(small.tickets.nodes).toEqual([]);
  });

  it('answers a syntax error with HTTP 400 and BAD_USER_INPUT (a client error, not a server error)', async () => {
    const owner = await signUpOwner(api);
    for (const query of [
      'query { tickets(workspaceId: "1" { id }',
      '{ ticket(id: "1") { id }',
      'mutation {',
      '}{',
    ]) {
      const res = await api.execute(query, {}, { as: owner.token });
      expect({
        query,
        status: res.status,
        data: res.data ?? null,
        codes: res.errors?.map((e) => e.extensions),
      }).toEqual({
        query,
        status: 400,
        data: null,
        codes: [{ code: 'BAD_USER_INPUT' }],
      });
      expect(res.errors?.[0]?.message).toMatch(/^Syntax Error/);
      expectNoInternals(res);
    }
  });

  it('refuses a query of more than 3000 tokens with HTTP 400 and BAD_USER_INPUT', async () => {
    const owner = await signUpOwner(api);
    const query = `{ me { ${'id '.repeat(3000)} } }`;
    const res = await api.execute(query, {}, { as: owner.token });
    expect({
      status: res.status,
      data: res.data ?? null,
      codes: res.errors?.map((e) => e.extensions),
    }).toEqual({ status: 400, data: null, codes: [{ code: 'BAD_USER_INPUT' }] });
    expectNoInternals(res);
  });

  it('refuses a syntax error, an unknown field and a wrongly typed variable with BAD_USER_INPUT', async () => {
    const owner = await signUpOwner(api);
    const cases: [string, Record<string, unknown>][] = [
      ['query { tickets(workspaceId: "1" { id }', {}],
      ['{ ticket(id: "1") { id nonsense } }', {}],
      ['query ($f: Int) { tickets(workspaceId: "1", first: $f) { totalCount } }', { f: 'ten' }],
      ['query ($id: ID!) { ticket(id: $id) { id } }', {}],
      ['mutation { createTicket(input: { workspaceId: "1" }) { id } }', {}],
      ['', {}],
    ];
    for (const [query, variables] of cases) {
      const res = await api.execute(query, variables, { as: owner.token });
      expect({ query, codes: res.errors?.map((e) => e.extensions?.code) }).toEqual({
        query,
        codes: expect.arrayContaining(['BAD_USER_INPUT']),
      });
      expect({ query, codes: [...new Set(res.errors?.map((e) => e.extensions?.code))] }).toEqual({
        query,
        codes: ['BAD_USER_INPUT'],
      });
      expectNoInternals(res);
    }
  });

  it('never answers with a stack trace, SQL or a file path, whatever it is sent', async () => {
    const owner = await signUpOwner(api);
    const ticket = await createTicket(api, owner);
    const requests: [string, Record<string, unknown>][] = [
      [`query ($id: ID!) { ticket(id: $id) { id } }`, { id: "1' OR '1'='1" }],
      [
        `query ($r: String!) { ticketByReference(reference: $r) { id } }`,
        { r: 'TK-1; SELECT * FROM tickets' },
      ],
      [
        `query ($w: ID!) { tickets(workspaceId: $w, after: "eyJpZCI6IjEgT1IgMT0xIn0") { totalCount } }`,
        { w: owner.workspaceId },
      ],
      [
        `query ($w: ID!) { tickets(workspaceId: $w, first: 2147483647) { totalCount } }`,
        { w: owner.workspaceId },
      ],
      [
        `query ($w: ID!) { tickets(workspaceId: $w, first: 99999999999) { totalCount } }`,
        { w: owner.workspaceId },
      ],
      [
        `query ($w: ID!, $e: String!) { requester(workspaceId: $w, email: $e) { id } }`,
        { w: owner.workspaceId, e: "x' OR 1=1 --" },
      ],
      [
        `mutation ($t: ID!) { assignTicket(ticketId: $t, assigneeId: "99999999999999999999") { id } }`,
        { t: ticket.id },
      ],
      [
        `mutation ($t: ID!) { updateTicket(input: { ticketId: $t, categoryId: "1 OR 1=1" }) { id } }`,
        { t: ticket.id },
      ],
      [
        `mutation ($t: ID!) { replyToTicket(input: { ticketId: $t, body: 123 }) { claimed } }`,
        { t: ticket.id },
      ],
      [`{ __typename ${'a: __typename '.repeat(50)} }`, {}],
    ];
    for (const [query, variables] of requests) {
      const res = await api.execute(query, variables, { as: owner.token });
      expectNoInternals(res);
      for (const e of res.errors ?? []) expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(e.extensions?.code);
    }
    const stored = await api.ok(
      `query ($id: ID!) { ticket(id: $id) { assignee { id } category { id } messages { id } } }`,
      { id: ticket.id },
      { as: owner.token },
    );
    expect(stored.ticket).toEqual({ assignee: { id: owner.memberId }, category: null, messages: [] });
  });
});
