import { AgentEntity } from '../../../src/modules/agent/agent.entity';
import { MemberEntity } from '../../../src/modules/member/member.entity';
import { MemberRole } from '../../../src/modules/member/member-role.enum';
import { statementsDuring, statementsSentDuring } from '../../support/database-probes';
import { createTicket, signUpOwner, uniqueEmail, type Actor } from '../../support/factories';
import { capturingLogger, startTestApi, type CapturedLog, type TestApi } from '../../support/test-server';
import { expectNoInternals, REPLY } from '../ticket/helpers';

/**
 * The attacks of the hardening review, each answered with a bounded amount of work: refused by the
 * cost limit before anything runs, or refused once the answer passes 8 MiB, never 158 MiB sent.
 * (Memory and probe latency under 20 concurrent attacks: reliability/, scenario bounded-responses.)
 */
let api: TestApi;
let log: CapturedLog;
beforeAll(async () => {
  log = capturingLogger();
  api = await startTestApi({ logger: log.logger });
});
afterAll(() => api.close());

async function post(
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<{ status: number; text: string; body: any }> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) };
}

const NESTED_DESCRIPTIONS = `query ($w: ID!) { tickets(workspaceId: $w, first: 100, view: ALL) {
  nodes { description requester { tickets(first: 100) { nodes { description } } } } } }`;

describe('pages of pages of long texts', () => {
  let owner: Actor;
  beforeAll(async () => {
    owner = await signUpOwner(api);
    const requesterEmail = uniqueEmail('customer');
    for (let i = 0; i < 100; i++)
      await createTicket(api, owner, { requesterEmail, description: `${i} ${'d'.repeat(16 * 1024)}` });
  });

  it('refuses the review’s 158 MiB query by its cost, before any ticket is read', async () => {
    let answer: Awaited<ReturnType<typeof post>> | undefined;
    const statements = await statementsDuring(api.db, async () => {
      answer = await post(NESTED_DESCRIPTIONS, { w: owner.workspaceId }, owner.token);
    });
    const { status, body, text } = answer as Awaited<ReturnType<typeof post>>;
    expect({
      status,
      data: body.data ?? null,
      codes: body.errors.map((e: any) => e.extensions.code),
    }).toEqual({ status: 400, data: null, codes: ['BAD_USER_INPUT'] });
    expect(body.errors[0].message).toMatch(/cost 60\d{3}, at most 25000/);
    expect(text.length).toBeLessThan(1000);
    expect(statements.filter((s) => !/\bauth_tokens\b/.test(s))).toEqual([]);
  });

  it('still answers the same nesting without the descriptions (ids are small)', async () => {
    const { status, body } = await post(
      `query ($w: ID!) { tickets(workspaceId: $w, first: 100, view: ALL) { nodes { id requester { tickets(first: 100) { nodes { id } } } } } }`,
      { w: owner.workspaceId },
      owner.token,
    );
    expect(status).toBe(200);
    expect(body.data.tickets.nodes).toHaveLength(100);
    expect(body.data.tickets.nodes[0].requester.tickets.nodes).toHaveLength(100);
  });

  it('answers 100 descriptions on one page (1.6 MiB): a long page of text alone is fine', async () => {
    const { status, body } = await post(
      `query ($w: ID!) { tickets(workspaceId: $w, first: 100, view: ALL) { nodes { description } } }`,
      { w: owner.workspaceId },
      owner.token,
    );
    expect(status).toBe(200);
    expect(body.data.tickets.nodes).toHaveLength(100);
  });
});

describe('one long conversation asked for many times over', () => {
  let owner: Actor;
  let ticketId: string;
  const BODY = 'n'.repeat(64 * 1024 - 8);
  beforeAll(async () => {
    owner = await signUpOwner(api);
    ticketId = (await createTicket(api, owner)).id;
    for (let i = 0; i < 100; i++)
      await api.ok(
        REPLY,
        { input: { ticketId, body: `${String(i).padStart(3, '0')} ${BODY}`, internal: true } },
        { as: owner.token },
      );
  });

  const aliases = (n: number) =>
    `query ($t: ID!) { ${Array.from({ length: n }, (_, i) => `a${i}: ticket(id: $t) { messages { body } }`).join(' ')} }`;

  it('refuses 20 aliases of the ticket’s 100 × 64 KiB notes (125 MiB) with RESPONSE_TOO_LARGE, in a small answer', async () => {
    const before = log.lines().length;
    const { status, body, text } = await post(aliases(20), { t: ticketId }, owner.token);
    expect({ status, data: body.data ?? null, errors: body.errors.map((e: any) => e.extensions) }).toEqual({
      status: 400,
      data: null,
      errors: [{ code: 'BAD_USER_INPUT', reason: 'RESPONSE_TOO_LARGE', maxBytes: 8 * 1024 * 1024 }],
    });
    expect(body.errors[0].message).toMatch(/^The answer would be larger than 8 MiB/);
    expect(text.length).toBeLessThan(1000);
    expectNoInternals(body);
    expect(
      log
        .lines()
        .slice(before)
        .map((line) => [line.level, line.msg]),
    ).toEqual([[40, 'response too large: refused']]);
  });

  it('answers one copy (6.4 MiB), under the limit', async () => {
    const { status, body } = await post(aliases(1), { t: ticketId }, owner.token);
    expect(status).toBe(200);
    expect(body.data.a0.messages).toHaveLength(100);
  });

  it('says so when the refused answer is a mutation’s: the change was saved', async () => {
    const { status, body } = await post(
      `mutation ($input: ReplyInput!) { replyToTicket(input: $input) { message { id } ${Array.from({ length: 2 }, (_, i) => `t${i}: ticket { messages { body } }`).join(' ')} } }`,
      { input: { ticketId, body: 'one more', internal: true } },
      owner.token,
    );
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(
      /^The change was saved, but its answer would be larger than 8 MiB/,
    );
    const page = await api.ok(
      `query ($t: ID!) { ticket(id: $t) { messages { id } } }`,
      { t: ticketId },
      { as: owner.token },
    );
    const after = await api.ok(
      `query ($t: ID!, $a: ID) { ticket(id: $t) { messages(after: $a) { body } } }`,
      { t: ticketId, a: page.ticket.messages[99].id },
      { as: owner.token },
    );
    expect(after.ticket.messages).toEqual([{ body: 'one more' }]);
  });
});

describe('message bodies are counted before they are read', () => {
  let owner: Actor;
  const BODY = 'b'.repeat(64 * 1024 - 8);
  beforeAll(async () => {
    owner = await signUpOwner(api);
    for (let t = 0; t < 2; t++) {
      const ticketId = (await createTicket(api, owner)).id;
      for (let i = 0; i < 70; i++)
        await api.ok(
          REPLY,
          { input: { ticketId, body: `${t}.${i} ${BODY}`, internal: true } },
          { as: owner.token },
        );
    }
  });

  const bodyReads = (statements: { sql: string; parameters: unknown[] }[]) =>
    statements.filter((s) => /\bbody\b/.test(s.sql.replace(/LENGTH\([^)]*\)/g, '')));
  /** The message ids whose bodies were read: bound as parameters (MySQL) or written into the SQL (TypeORM on SQLite). */
  const idsRead = (statements: { sql: string; parameters: unknown[] }[]) =>
    bodyReads(statements).flatMap((s) =>
      s.parameters.length > 0 ? s.parameters : (/\bIN \(([^)]*)\)/.exec(s.sql)?.[1]?.split(',') ?? []),
    );

  it('reads no body for a page that does not ask for one', async () => {
    const statements = await statementsSentDuring(api.db, () =>
      api.ok(
        `query ($w: ID!) { tickets(workspaceId: $w, view: ALL) { nodes { messages { id internal } } } }`,
        { w: owner.workspaceId },
        { as: owner.token },
      ),
    );
    expect(statements.some((s) => /FROM [`"]?messages/i.test(s.sql))).toBe(true);
    expect(bodyReads(statements)).toEqual([]);
  });

  it('stops a page of 140 notes of 64 KiB (8.8 MiB) at 8 MiB, having read only the bodies within it', async () => {
    let answer: Awaited<ReturnType<typeof post>> | undefined;
    const statements = await statementsSentDuring(api.db, async () => {
      answer = await post(
        `query ($w: ID!) { tickets(workspaceId: $w, view: ALL) { nodes { messages { body } } } }`,
        { w: owner.workspaceId },
        owner.token,
      );
    });
    const { status, body } = answer as Awaited<ReturnType<typeof post>>;
    expect({ status, errors: body.errors.map((e: any) => e.extensions), data: body.data ?? null }).toEqual({
      status: 400,
      errors: [{ code: 'BAD_USER_INPUT', reason: 'RESPONSE_TOO_LARGE', maxBytes: 8 * 1024 * 1024 }],
      data: null,
    });
    // The answer can leave before reads already asked for have run: give them time to show up.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(idsRead(statements).length).toBeLessThanOrEqual(128); // 8 MiB ÷ 64 KiB: the rest were never read
  });

  it('answers one ticket’s 70 notes (4.4 MiB) whole, reading their bodies by id (the control: the probe sees body reads)', async () => {
    let list: any;
    const statements = await statementsSentDuring(api.db, async () => {
      list = await api.ok(
        `query ($w: ID!) { tickets(workspaceId: $w, view: ALL, first: 1) { nodes { messages { body } } } }`,
        { w: owner.workspaceId },
        { as: owner.token },
      );
    });
    expect(list.tickets.nodes[0].messages).toHaveLength(70);
    expect(list.tickets.nodes[0].messages[69].body).toMatch(/^\d\.69 b+$/);
    expect(idsRead(statements)).toHaveLength(70);
  });
});

describe('pages of tickets are read within the budget', () => {
  let owner: Actor;
  beforeAll(async () => {
    owner = await signUpOwner(api);
    for (let i = 0; i < 100; i++)
      await createTicket(api, owner, { description: `${i} ${'d'.repeat(64 * 1024 - 8)}` });
  });
  const pageReads = (statements: string[]) =>
    statements.filter((s) => /FROM [`"]?tickets/i.test(s) && /JOIN [`"]?requesters/i.test(s));

  it('refuses 20 aliases of a page of 100 tickets with 64 KiB descriptions after reading one page, not twenty', async () => {
    const query = `query ($w: ID!) { ${Array.from({ length: 20 }, (_, i) => `p${i}: tickets(workspaceId: $w, view: ALL, first: 100) { nodes { id } }`).join(' ')} }`;
    let answer: Awaited<ReturnType<typeof post>> | undefined;
    const statements = await statementsDuring(api.db, async () => {
      answer = await post(query, { w: owner.workspaceId }, owner.token);
    });
    const { status, body } = answer as Awaited<ReturnType<typeof post>>;
    expect({ status, errors: body.errors.map((e: any) => e.extensions.reason) }).toEqual({
      status: 400,
      errors: ['RESPONSE_TOO_LARGE'],
    });
    // 6.4 MiB read; the next page could bring 6.4 MiB more, which no longer fits in 8: not read.
    expect(pageReads(statements)).toHaveLength(1);
  });

  it('still answers several large pages whose descriptions are short (what a page did not use is given back)', async () => {
    const small = await signUpOwner(api);
    for (let i = 0; i < 3; i++) await createTicket(api, small);
    const data = await api.ok(
      `query ($w: ID!) { a: tickets(workspaceId: $w, view: ALL, first: 100) { nodes { id } } b: tickets(workspaceId: $w, view: ALL, first: 100) { nodes { id } } c: unassignedQueue(workspaceId: $w, first: 100) { totalCount } }`,
      { w: small.workspaceId },
      { as: small.token },
    );
    expect([data.a.nodes.length, data.b.nodes.length]).toEqual([3, 3]);
  });

  it('answers one such page (6.4 MiB of descriptions)', async () => {
    const statements = await statementsDuring(api.db, async () => {
      const { status, body } = await post(
        `query ($w: ID!) { tickets(workspaceId: $w, view: ALL, first: 100) { nodes { id } } }`,
        { w: owner.workspaceId },
        owner.token,
      );
      expect({ status, nodes: body.data.tickets.nodes.length }).toEqual({ status: 200, nodes: 100 });
    });
    expect(pageReads(statements)).toHaveLength(1);
  });

  it('reads many requesters’ pages in statements of at most 2,100 rows', async () => {
    const other = await signUpOwner(api);
    for (let i = 0; i < 25; i++) await createTicket(api, other, { requesterEmail: uniqueEmail(`r${i}`) });
    let data: any;
    const statements = await statementsDuring(api.db, async () => {
      data = await api.ok(
        `query ($w: ID!) { tickets(workspaceId: $w, view: ALL, first: 25) { nodes { id requester { tickets(first: 100) { nodes { id } } } } } }`,
        { w: other.workspaceId },
        { as: other.token },
      );
    });
    for (const t of data.tickets.nodes) expect(t.requester.tickets.nodes).toEqual([{ id: t.id }]);
    // 25 pages of up to 101 rows: 20 in the first statement, 5 in the second.
    expect(
      statements
        .filter((s) => /UNION ALL/.test(s) && /FROM [`"]?tickets/i.test(s))
        .map((s) => s.match(/ AS part/g)?.length),
    ).toEqual([20, 5]);
  });
});

describe('a ticket’s messages and history come in pages', () => {
  const PAGE = `query ($t: ID!, $first: Int, $after: ID) { ticket(id: $t) {
    messages(first: $first, after: $after) { id body } assignmentHistory(first: $first, after: $after) { id via } } }`;

  it('gives at most 100 messages by default, oldest first, and the rest after the last id seen', async () => {
    const owner = await signUpOwner(api);
    const ticketId = (await createTicket(api, owner)).id;
    for (let i = 0; i < 103; i++)
      await api.ok(REPLY, { input: { ticketId, body: `note ${i}`, internal: true } }, { as: owner.token });

    const first = await api.ok(
      `query ($t: ID!) { ticket(id: $t) { messages { id body } } }`,
      { t: ticketId },
      { as: owner.token },
    );
    expect(first.ticket.messages.map((m: any) => m.body)).toEqual(
      Array.from({ length: 100 }, (_, i) => `note ${i}`),
    );
    const rest = await api.ok(
      `query ($t: ID!, $a: ID) { ticket(id: $t) { messages(after: $a) { body } } }`,
      { t: ticketId, a: first.ticket.messages[99].id },
      { as: owner.token },
    );
    expect(rest.ticket.messages.map((m: any) => m.body)).toEqual(['note 100', 'note 101', 'note 102']);

    const small = await api.ok(PAGE, { t: ticketId, first: 2 }, { as: owner.token });
    expect(small.ticket.messages.map((m: any) => m.body)).toEqual(['note 0', 'note 1']);
    expect(small.ticket.assignmentHistory.map((e: any) => e.via)).toEqual(['CREATE']);
  });

  it('pages each ticket of a list on its own', async () => {
    const owner = await signUpOwner(api);
    const tickets = [await createTicket(api, owner), await createTicket(api, owner)];
    for (const [n, t] of tickets.entries())
      for (let i = 0; i < 3 + n; i++)
        await api.ok(
          REPLY,
          { input: { ticketId: t.id, body: `${n}.${i}`, internal: true } },
          { as: owner.token },
        );
    const list = await api.ok(
      `query ($w: ID!) { tickets(workspaceId: $w, view: ALL) { nodes { id messages(first: 2) { body } } } }`,
      { w: owner.workspaceId },
      { as: owner.token },
    );
    const byId = new Map(list.tickets.nodes.map((t: any) => [t.id, t.messages.map((m: any) => m.body)]));
    expect([byId.get(tickets[0].id), byId.get(tickets[1].id)]).toEqual([
      ['0.0', '0.1'],
      ['1.0', '1.1'],
    ]);
  });

  it.each([[0], [101]])('refuses first: %d with BAD_USER_INPUT on first', async (first) => {
    const owner = await signUpOwner(api);
    const ticketId = (await createTicket(api, owner)).id;
    const res = await api.execute(PAGE, { t: ticketId, first }, { as: owner.token });
    expect(res.errors?.map((e) => e.extensions)).toContainEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses an after that is no id', async () => {
    const owner = await signUpOwner(api);
    const ticketId = (await createTicket(api, owner)).id;
    const res = await api.execute(PAGE, { t: ticketId, after: 'nope' }, { as: owner.token });
    expect(res.errors?.map((e) => e.extensions)).toContainEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('the member list', () => {
  it('lists at most 500 members, by name', async () => {
    const owner = await signUpOwner(api);
    const now = new Date();
    const workspaceId = Number(owner.workspaceId);
    const agents = Array.from({ length: 520 }, (_, i) => ({
      email: uniqueEmail(`bulk${i}`),
      name: `Bulk ${String(i).padStart(3, '0')}`,
      passwordHash: 'x',
      createdAt: now,
    }));
    await api.db.transaction(async (tx) => {
      for (let i = 0; i < agents.length; i += 100) await tx.insert(AgentEntity, agents.slice(i, i + 100));
      const saved = await tx.find(AgentEntity, { where: agents.map((a) => ({ email: a.email })) });
      const members = saved.map((a) => ({
        workspaceId,
        agentId: a.id,
        name: a.name,
        role: MemberRole.AGENT,
        active: true,
        createdAt: now,
      }));
      for (let i = 0; i < members.length; i += 100) await tx.insert(MemberEntity, members.slice(i, i + 100));
    });
    const data = await api.ok(
      `query ($w: ID!) { workspace(id: $w) { members { name } } }`,
      { w: owner.workspaceId },
      { as: owner.token },
    );
    expect(data.workspace.members).toHaveLength(500);
    expect(data.workspace.members[0].name).toBe('Bulk 000');
  });
});
