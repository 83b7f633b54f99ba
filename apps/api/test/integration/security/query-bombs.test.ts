import { statementsDuring } from '../../support/database-probes';
import { getIntrospectionQuery } from 'graphql';
import { signUpOwner, type Actor } from '../../support/factories';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../support/test-server';
import { expectNoInternals } from '../ticket/helpers';

/**
 * Hostile documents: each is refused while it is parsed or validated (HTTP 400, one contract code
 * BAD_USER_INPUT), before a resolver runs. "Cheaply" is checked without timing anything: no SQL
 * statement reaches the database for a refused document, apart from the one look-up of the sign-in
 * token that every authenticated request makes before its document is even parsed.
 */
let api: TestApi;
let owner: Actor;
beforeAll(async () => {
  api = await startTestApi();
  owner = await signUpOwner(api);
});
afterAll(() => api.close());

interface Sent {
  status: number;
  body: Omit<GraphQLResponse<unknown>, 'status'>;
}

async function post(body: unknown, token?: string): Promise<Sent> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Sent['body'] };
}

/**
 * Sends the request anonymously and as a signed-in agent; both must be refused with HTTP 400 and only
 * BAD_USER_INPUT, no data, nothing internal, and no SQL but the signed-in request's token look-up.
 * Returns the signed-in answer's error messages.
 */
async function expectRefused(body: unknown, message?: RegExp): Promise<string[]> {
  let messages: string[] = [];
  for (const token of [undefined, owner.token]) {
    let sent: Sent | undefined;
    const statements = await statementsDuring(api.db, async () => {
      sent = await post(body, token);
    });
    const { status, body: answer } = sent as Sent;
    const codes = [...new Set(answer.errors?.map((e) => e.extensions?.code))];
    expect({ signedIn: !!token, status, data: answer.data ?? null, codes }).toEqual({
      signedIn: !!token,
      status: 400,
      data: null,
      codes: ['BAD_USER_INPUT'],
    });
    expectNoInternals(answer);
    if (message) expect(answer.errors?.map((e) => e.message).join('\n')).toMatch(message);
    // Anonymous: nothing at all. Signed in: the token look-up in the request context, nothing else.
    expect({ signedIn: !!token, statements: statements.filter((s) => !/\bauth_tokens\b/.test(s)) }).toEqual({
      signedIn: !!token,
      statements: [],
    });
    expect(statements.length).toBeLessThanOrEqual(token ? 1 : 0);
    messages = answer.errors?.map((e) => e.message) ?? [];
  }
  return messages;
}

const many = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i)).join('\n');

describe('query bombs are refused at validation, before any resolver or SQL runs', () => {
  it('a control: a small valid query does reach the database, so the statement counter sees the server’s SQL', async () => {
    const statements = await statementsDuring(api.db, () =>
      api.ok(
        `query ($w: ID!) { tickets(workspaceId: $w) { totalCount } }`,
        { w: owner.workspaceId },
        { as: owner.token },
      ),
    );
    expect(statements.some((s) => /\btickets\b/.test(s))).toBe(true);
  });

  it('depth bomb: 30 levels of nesting, written out or hidden in fragments', async () => {
    let selection = 'id';
    for (let i = 0; i < 15; i++) selection = `memberships { agent { ${selection} } }`;
    await expectRefused({ query: `{ me { ${selection} } }` }, /depth limit of 10 exceeded/);

    // The same depth through a chain of fragments, each one level deeper than the last.
    const fragments = [
      'fragment D0 on Agent { id }',
      ...Array.from(
        { length: 15 },
        (_, i) => `fragment D${i + 1} on Agent { memberships { agent { ...D${i} } } }`,
      ),
    ];
    await expectRefused({ query: `{ me { ...D15 } }\n${fragments.join('\n')}` }, /depth limit/);
  });

  it('alias bomb: 50 aliases of me { id }, of a list field, and aliases spread over fragments', async () => {
    await expectRefused(
      { query: `{ ${many(50, (i) => `a${i}: me { id }`)} }` },
      /Aliases limit of 20 exceeded/,
    );
    await expectRefused(
      {
        query: `query ($w: ID!) { ${many(50, (i) => `t${i}: tickets(workspaceId: $w, view: ALL, first: 100) { totalCount nodes { id subject } }`)} }`,
        variables: { w: owner.workspaceId },
      },
      /Aliases limit/,
    );
    // On a mutation: 50 password guesses in one request would slip past the per-request sign-in limit.
    await expectRefused(
      {
        query: `mutation { ${many(50, (i) => `g${i}: signIn(email: "${owner.email}", password: "guess-${i}") { token }`)} }`,
      },
      /Aliases limit/,
    );
    // 4 fragments of 6 aliases: no single place has more than 20.
    const fragments = many(
      4,
      (f) => `fragment A${f} on Query { ${many(6, (i) => `f${f}a${i}: me { id }`)} }`,
    );
    await expectRefused({ query: `{ ...A0 ...A1 ...A2 ...A3 }\n${fragments}` }, /Aliases limit/);
  });

  it('directive bomb: @include repeated on one field, and one directive on each of many fields', async () => {
    await expectRefused(
      { query: `{ me ${'@include(if: true) '.repeat(50)}{ id } }` },
      /Directives limit of 20 exceeded/,
    );
    await expectRefused(
      {
        query: `query ($yes: Boolean!) { me { ${'id @include(if: $yes) '.repeat(30)}} }`,
        variables: { yes: true },
      },
      /Directives limit/,
    );
    await expectRefused({ query: `{ me { ${many(30, (i) => `n${i}: name @skip(if: false)`)} } }` }, /limit/);
  });

  it('batching: a JSON array of operations is refused as a whole', async () => {
    const messages = await expectRefused([
      { query: '{ me { id } }' },
      {
        query: 'query ($w: ID!) { tickets(workspaceId: $w) { totalCount } }',
        variables: { w: owner.workspaceId },
      },
    ]);
    expect(messages.join('\n')).toMatch(/batching/i);
    // Even a batch of one.
    await expectRefused([{ query: '{ me { id } }' }], /batching/i);
  });

  it('cost bomb: nested pages whose sizes multiply, with first literal, as a variable, or left at its default', async () => {
    const nested = (first: string) =>
      `tickets(workspaceId: $w, view: ALL, first: ${first}) { nodes { requester { tickets(first: ${first}) { nodes { requester { tickets(first: ${first}) { nodes { id subject } } } } } } } }`;
    await expectRefused(
      { query: `query ($w: ID!) { ${nested('100')} }`, variables: { w: owner.workspaceId } },
      /asks for too much at once/,
    );
    // The same document is cheap with small pages and refused with large ones, in either order:
    // its cost is remembered per page size, never per document alone.
    const bySize = `query ($w: ID!, $f: Int) { ${nested('$f')} }`;
    await api.ok(bySize, { w: owner.workspaceId, f: 2 }, { as: owner.token });
    await expectRefused(
      { query: bySize, variables: { w: owner.workspaceId, f: 100 } },
      /asks for too much at once/,
    );
    await api.ok(bySize, { w: owner.workspaceId, f: 3 }, { as: owner.token });
    await expectRefused(
      { query: bySize, variables: { w: owner.workspaceId, f: 100 } },
      /asks for too much at once/,
    );
    // Defaults (25) nested three deep: 25 × 25 × 25 pages of tickets.
    const byDefault = `tickets(workspaceId: $w) { nodes { requester { tickets { nodes { requester { tickets { nodes { id subject } } } } } } } }`;
    await expectRefused(
      { query: `query ($w: ID!) { ${byDefault} }`, variables: { w: owner.workspaceId } },
      /asks for too much at once/,
    );
    // Within the alias limit, 20 copies of a page of pages add up past the limit too.
    await expectRefused(
      {
        query: `query ($w: ID!) { ${many(20, (i) => `c${i}: tickets(workspaceId: $w, first: 100) { nodes { requester { tickets(first: 20) { nodes { id } } } } }`)} }`,
        variables: { w: owner.workspaceId },
      },
      /asks for too much at once/,
    );
  });

  it('fragments: spread cycles, a fan-out that doubles at every step, and a huge number of them', async () => {
    await expectRefused(
      { query: `{ me { ...A } } fragment A on Agent { id ...A }` },
      /Cannot spread fragment "A" within itself/,
    );
    await expectRefused(
      {
        query: `{ me { ...A } } fragment A on Agent { id ...B } fragment B on Agent { name ...C } fragment C on Agent { email ...A }`,
      },
      /within itself/,
    );
    // F40 would expand to 2^40 copies of F0 if anything walked it naively.
    const fanOut = [
      'fragment F0 on Query { me { id } }',
      ...Array.from({ length: 40 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`),
    ];
    await expectRefused({ query: `{ ...F40 }\n${fanOut.join('\n')}` });
    // 1,000 fragments: more than the parser's 3,000 tokens.
    await expectRefused({
      query: `{ me { ${many(1000, (i) => `...G${i}`)} } }\n${many(1000, (i) => `fragment G${i} on Agent { id }`)}`,
    });
    // Fragments defined but never used are refused too (no parking of work in a document).
    await expectRefused(
      { query: `{ me { id } }\n${many(50, (i) => `fragment U${i} on Agent { id }`)}` },
      /never used/,
    );
  });

  it('introspection abuse: deep __type ofType chains and nested introspection lists', async () => {
    let chain = 'name';
    for (let i = 0; i < 40; i++) chain = `ofType { ${chain} }`;
    await expectRefused(
      { query: `{ __type(name: "Ticket") { fields { type { ${chain} } } } }` },
      /depth limit/,
    );
    // fields → type → fields → type → fields: each level multiplies by the number of fields.
    await expectRefused(
      {
        query: `{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }`,
      },
      /introspection depth/i,
    );
    await expectRefused(
      {
        query: `{ __schema { types { ...T } } } fragment T on __Type { fields { type { ...U } } } fragment U on __Type { fields { type { fields { name } } } }`,
      },
      /introspection depth/i,
    );
    await expectRefused(
      { query: `{ ${many(30, (i) => `s${i}: __schema { types { name } }`)} }` },
      /Aliases limit/,
    );
  });

  it('a deep ofType chain under __schema is not depth-limited but cannot grow: a named type’s ofType is null', async () => {
    // graphql-armor leaves __schema out of the depth limit so that the playground's own introspection
    // query runs; MaxIntrospectionDepthRule (graphql-js) stops the nested lists that could multiply.
    let chain = 'name';
    for (let i = 0; i < 40; i++) chain = `ofType { ${chain} }`;
    const statements = await statementsDuring(api.db, async () => {
      const res = await api.execute(`{ __schema { types { name ${chain} } } }`);
      expect(res.status).toBe(200);
      expect(
        (res.data as { __schema: { types: { ofType: unknown }[] } }).__schema.types.every(
          (t) => t.ofType === null,
        ),
      ).toBe(true);
    });
    expect(statements).toEqual([]);
  });

  it('the playground’s full introspection query still works', async () => {
    const res = await api.execute(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }),
      {},
    );
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
  });

  it('nothing was written by any of it', async () => {
    const rows = (await api.db.dataSource.query(`SELECT COUNT(*) AS n FROM tickets`)) as {
      n: number | string;
    }[];
    expect(Number(rows[0]?.n)).toBe(0);
  });
});

describe('field suggestions', () => {
  const MISSPELLED = [
    `{ me { emial } }`,
    `query ($w: ID!) { tickets(workspaceId: $w) { totalCont } }`,
    `{ me { id memberships { workspce { id } } } }`,
  ];

  it('are hidden in production: no "Did you mean" for a misspelled field', async () => {
    const production = await startTestApi({ production: true });
    try {
      const prodOwner = await signUpOwner(production);
      for (const query of MISSPELLED) {
        const res = await production.execute(query, { w: prodOwner.workspaceId }, { as: prodOwner.token });
        expect({ query, status: res.status, codes: res.errors?.map((e) => e.extensions?.code) }).toEqual({
          query,
          status: 400,
          codes: ['BAD_USER_INPUT'],
        });
        const messages = res.errors?.map((e) => e.message).join('\n') ?? '';
        expect(messages).not.toMatch(/did you mean/i);
        // Nor the real field names spelled out some other way.
        expect(messages).not.toMatch(/"(email|totalCount|workspace)"/);
      }
    } finally {
      await production.close();
    }
  });

  it('may be shown in development, where they help', async () => {
    const res = await api.execute(MISSPELLED[0] as string, {}, { as: owner.token });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/Did you mean "email"\?/);
  });
});
