import { signUpOwner, uniqueEmail, type Actor } from '../../support/factories';
import { capturingLogger, startTestApi, type CapturedLog, type TestApi } from '../../support/test-server';
import { expectNoInternals } from '../ticket/helpers';

/**
 * Whatever a client sends, the answer is a 4xx with a contract code, never a 500 or
 * INTERNAL_SERVER_ERROR, and the log gets one line without a stack trace.
 */
let api: TestApi;
let log: CapturedLog;
let owner: Actor;
beforeAll(async () => {
  log = capturingLogger();
  api = await startTestApi({ logger: log.logger });
  owner = await signUpOwner(api);
});
afterAll(() => api.close());

async function post(body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** Sends `body`; expects a 400 with BAD_USER_INPUT only, nothing internal, and no error or stack in the log. */
async function expectRefused(body: unknown, message: RegExp): Promise<void> {
  const before = log.lines().length;
  const { status, body: answer } = await post(body);
  expect({
    status,
    codes: answer.errors?.map((e: any) => e.extensions?.code),
    data: answer.data ?? null,
  }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'], data: null });
  expect(answer.errors[0].message).toMatch(message);
  expectNoInternals(answer);
  const lines = log.lines().slice(before);
  expect(lines.filter((line) => line.level >= 50 || line.err?.stack)).toEqual([]);
  expect(lines.filter((line) => line.msg === 'request refused')).toHaveLength(1);
}

describe('operation selection and persisted queries', () => {
  it('a document with two operations and no operationName', async () => {
    await expectRefused({ query: 'query A { __typename } query B { __typename }' }, /operation name/i);
  });

  it('an operationName the document does not have', async () => {
    await expectRefused(
      { query: 'query A { __typename }', operationName: 'C' },
      /Unknown operation named "C"/,
    );
  });

  it('a persisted-query hash that does not match the query', async () => {
    await expectRefused(
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
      /sha/i,
    );
  });

  it('a persisted-query version the server does not know', async () => {
    await expectRefused(
      { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } },
      /version/i,
    );
  });

  it('still answers a document with two operations when operationName picks one', async () => {
    const { status, body } = await post({
      query: 'query A { __typename } query B { me { id } }',
      operationName: 'B',
    });
    expect({ status, body }).toEqual({ status: 200, body: { data: { me: { id: owner.agentId } } } });
  });
});

const CREATE = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id subject requester { id email } } }`;
const REQUESTER = `query ($w: ID!, $e: String!) { requester(workspaceId: $w, email: $e) { id email } }`;

describe('strings are stored as they are returned', () => {
  it('refuses an email that passes 254 characters only once lowercased (İ becomes i + U+0307), writing nothing', async () => {
    // 137 characters as sent; 261 once lowercased, which MariaDB refused with "Data too long".
    const email = `${'İ'.repeat(124)}@example.com`;
    expect(email.length).toBe(136);
    const res = await api.execute(
      CREATE,
      { input: { workspaceId: owner.workspaceId, requesterEmail: ` ${email}`, subject: 'Dotted' } },
      { as: owner.token },
    );
    expect({ status: res.status, errors: res.errors?.map((e) => e.extensions) }).toEqual({
      status: 200,
      errors: [{ code: 'BAD_USER_INPUT', field: 'requesterEmail' }],
    });
    expect(
      (await api.ok(REQUESTER, { w: owner.workspaceId, e: email }, { as: owner.token })).requester,
    ).toBeNull();
  });

  it('accepts a dotted İ email within the limit once lowercased, and finds it in either case', async () => {
    const email = `${'İ'.repeat(10)}@example.com`;
    const created = await api.ok(
      CREATE,
      { input: { workspaceId: owner.workspaceId, requesterEmail: email, subject: 'Dotted' } },
      { as: owner.token },
    );
    expect(created.createTicket.requester.email).toBe(email.toLowerCase());
    expect(
      (await api.ok(REQUESTER, { w: owner.workspaceId, e: email }, { as: owner.token })).requester.id,
    ).toBe(created.createTicket.requester.id);
  });

  it('makes NFC and NFD forms of one address one requester, stored in NFC', async () => {
    const nfc = `ren\u00e9-${uniqueEmail()}`;
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const first = await api.ok(
      CREATE,
      { input: { workspaceId: owner.workspaceId, requesterEmail: nfc, subject: 'NFC' } },
      { as: owner.token },
    );
    const second = await api.ok(
      CREATE,
      { input: { workspaceId: owner.workspaceId, requesterEmail: nfd, subject: 'NFD' } },
      { as: owner.token },
    );
    expect(second.createTicket.requester).toEqual(first.createTicket.requester);
    expect(first.createTicket.requester.email).toBe(nfc);
  });

  it('stores a subject written in the document itself (not a variable) in NFC', async () => {
    const subject = 'Cafe\u0301 menu';
    const res = await api.ok(
      `mutation { createTicket(input: { workspaceId: "${owner.workspaceId}", requesterEmail: "${uniqueEmail()}", subject: "${subject}" }) { subject } }`,
      {},
      { as: owner.token },
    );
    expect(res.createTicket.subject).toBe('Caf\u00e9 menu');
  });

  it.each([
    ['a lone high surrogate', 'Broken \ud800 subject'],
    ['a lone low surrogate', '\udc00'],
    ['a reversed pair', '\ude00\ud83d'],
  ])('refuses %s with BAD_USER_INPUT naming the input, writing nothing', async (_what, subject) => {
    const requesterEmail = uniqueEmail();
    const res = await api.execute(
      CREATE,
      { input: { workspaceId: owner.workspaceId, requesterEmail, subject } },
      { as: owner.token },
    );
    expect({ status: res.status, errors: res.errors?.map((e) => e.extensions) }).toEqual({
      status: 400,
      errors: [{ code: 'BAD_USER_INPUT', field: 'subject' }],
    });
    expect(
      (await api.ok(REQUESTER, { w: owner.workspaceId, e: requesterEmail }, { as: owner.token })).requester,
    ).toBeNull();
  });

  it('keeps a real emoji (a valid surrogate pair) as it was sent', async () => {
    const res = await api.ok(
      CREATE,
      { input: { workspaceId: owner.workspaceId, requesterEmail: uniqueEmail(), subject: 'Thanks 😀' } },
      { as: owner.token },
    );
    expect(res.createTicket.subject).toBe('Thanks 😀');
  });

  it.each([
    ['a zero-width space', '\u200b'],
    ['zero-width joiners and a BOM', ' \u200d\ufeff\u2060 '],
    ['a Hangul filler', '\u3164'],
  ])('refuses a subject of only %s as blank', async (_what, subject) => {
    const res = await api.execute(
      CREATE,
      { input: { workspaceId: owner.workspaceId, requesterEmail: uniqueEmail(), subject } },
      { as: owner.token },
    );
    expect(res.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'subject' }]);
  });

  it('counts a category name in characters, as the other names are: 200 emoji pass, 201 do not', async () => {
    const CATEGORY = `mutation ($w: ID!, $n: String!) { createCategory(workspaceId: $w, name: $n) { name } }`;
    const ok = await api.execute(
      CATEGORY,
      { w: owner.workspaceId, n: '😀'.repeat(200) },
      { as: owner.token },
    );
    expect(ok.errors).toBeUndefined();
    const long = await api.execute(
      CATEGORY,
      { w: owner.workspaceId, n: '😀'.repeat(201) },
      { as: owner.token },
    );
    expect(long.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'name' }]);
    const blank = await api.execute(CATEGORY, { w: owner.workspaceId, n: '\u200b' }, { as: owner.token });
    expect(blank.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'name' }]);
  });
});

describe('page sizes', () => {
  it('treats first: null as the default page size, not as an empty page that has a next one', async () => {
    const res = await api.ok(
      `query ($w: ID!) { tickets(workspaceId: $w, view: ALL, first: null) { totalCount nodes { id } pageInfo { hasNextPage } } }`,
      { w: owner.workspaceId },
      { as: owner.token },
    );
    const { totalCount, nodes, pageInfo } = res.tickets;
    expect(totalCount).toBeGreaterThan(0);
    expect({ nodes: nodes.length, hasNextPage: pageInfo.hasNextPage }).toEqual({
      nodes: Math.min(totalCount, 25),
      hasNextPage: totalCount > 25,
    });
  });
});
