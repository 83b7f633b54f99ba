import { signUpOwner } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('the HTTP server', () => {
  it('answers /healthz with 200 while the database answers', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('sends GraphQL answers without an ETag (no hash of each body), with their request id', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the playground to a browser, with every asset from this server (no CDN)', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(sources).toEqual([
      '/playground/graphiql.css',
      '/playground/playground.css',
      '/playground/react.js',
      '/playground/react-dom.js',
      '/playground/graphiql.js',
      '/playground/playground.js',
    ]);
    const texts: string[] = [];
    for (const source of sources) {
      const asset = await fetch(`${api.url}${source}`);
      expect({ source, status: asset.status }).toEqual({ source, status: 200 });
      texts.push(await asset.text());
    }
    // The vendored React and GraphiQL are whole files; the page's own script starts GraphiQL with the headers editor.
    for (const i of [0, 2, 3, 4]) expect(texts[i]?.length).toBeGreaterThan(1000);
    expect(texts[5]).toContain('GraphiQL');
    expect(texts[5]).toContain('Authorization');
  });

  it('refuses a simple cross-site form post (CSRF prevention)', async () => {
    const owner = await signUpOwner(api);
    const body = new URLSearchParams({
      query: `mutation { createCategory(workspaceId: "${owner.workspaceId}", name: "csrf") { id } }`,
    });
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Bearer ${owner.token}`,
      },
      body,
    });
    expect(res.status).toBe(400);
    const ws = await api.ok(
      `query ($id: ID!) { workspace(id: $id) { categories { name } } }`,
      { id: owner.workspaceId },
      { as: owner.token },
    );
    expect(ws.workspace.categories).toEqual([]);
  });

  it('refuses a mutation sent with GET', async () => {
    const owner = await signUpOwner(api);
    const query = encodeURIComponent(
      `mutation { createCategory(workspaceId: "${owner.workspaceId}", name: "via-get") { id } }`,
    );
    const res = await fetch(`${api.url}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${owner.token}`, 'apollo-require-preflight': 'true' },
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(res.status).toBe(405);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a body over 1 MiB with BAD_USER_INPUT and no internals', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: 'The request body is larger than 1 MiB.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it('refuses malformed JSON with BAD_USER_INPUT', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it('refuses a compressed body or an unknown charset with 415 and a clear message', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const compressed = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body,
    });
    expect(compressed.status).toBe(415);
    expect(await compressed.json()).toEqual({
      errors: [
        { message: 'The request body must not be compressed.', extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
    const latin1 = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=latin1' },
      body,
    });
    expect(latin1.status).toBe(415);
    expect(await latin1.json()).toEqual({
      errors: [
        {
          message: "The request body's charset latin1 is not supported; send UTF-8.",
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    const utf8 = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=UTF-8' },
      body,
    });
    expect(await utf8.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a query sent with GET, and a path other than /graphql with 404', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await fetch(`${api.url}/graphqlx`, { method: 'POST' })).status).toBe(404);
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('when the database stops answering', () => {
  it('answers /healthz with 503 and GraphQL with INTERNAL_SERVER_ERROR, leaking nothing', async () => {
    const own = await startTestApi();
    const owner = await signUpOwner(own);
    await own.db.dataSource.destroy();
    try {
      const health = await fetch(`${own.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'unavailable' });
      const res = await own.execute(
        `query ($id: ID!) { workspace(id: $id) { id } }`,
        { id: owner.workspaceId },
        { as: owner.token },
      );
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(res)).not.toMatch(/SELECT|stack|node_modules|\/work\//i);
    } finally {
      await own.close();
    }
  });
});
