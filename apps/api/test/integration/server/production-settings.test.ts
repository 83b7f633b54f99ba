import { getIntrospectionQuery } from 'graphql';
import { signUpOwner } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

const INTROSPECTION = { query: getIntrospectionQuery() };
const BAD_ENUM = `query ($w: ID!, $v: TicketView) { tickets(workspaceId: $w, view: $v) { totalCount } }`;

async function post(api: TestApi, body: unknown, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

const openPage = (api: TestApi, path = '/graphql') =>
  fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });

describe.each([
  ['production defaults', { production: true }, { introspection: false, playground: false, hints: false }],
  [
    'production with GRAPHQL_INTROSPECTION=true and PLAYGROUND=true',
    { production: true, introspection: true, playground: true },
    { introspection: true, playground: true, hints: false },
  ],
  ['development defaults', { production: false }, { introspection: true, playground: true, hints: true }],
])('%s', (_name, options, expected) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(options);
  });
  afterAll(() => api.close());

  it(`${expected.introspection ? 'answers' : 'refuses'} introspection, signed in or not`, async () => {
    const owner = await signUpOwner(api);
    for (const token of [undefined, owner.token]) {
      const res = await post(api, INTROSPECTION, token);
      if (expected.introspection) {
        expect(res.status).toBe(200);
        expect(res.body.data.__schema.queryType.name).toBe('Query');
      } else {
        expect({
          status: res.status,
          codes: res.body.errors.map((e: any) => e.extensions.code),
          data: res.body.data ?? null,
        }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'], data: null });
        expect(res.body.errors[0].message).toMatch(/introspection/i);
      }
    }
  });

  it(`${expected.playground ? 'serves' : 'does not serve'} the playground to a browser`, async () => {
    const res = await openPage(api);
    const text = await res.text();
    expect(text.includes('GraphQL playground')).toBe(expected.playground);
    if (!expected.playground) expect(res.status).toBe(400);
  });

  it(`${expected.hints ? 'keeps' : 'drops'} "Did you mean" hints in variable errors`, async () => {
    const owner = await signUpOwner(api);
    const res = await post(
      api,
      { query: BAD_ENUM, variables: { w: owner.workspaceId, v: 'MINEE' } },
      owner.token,
    );
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toMatch(/Value "MINEE" does not exist in "TicketView" enum/);
    expect(/Did you mean/.test(res.body.errors[0].message)).toBe(expected.hints);
  });
});

describe('security headers', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const expectHardened = (headers: Headers) => {
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  };

  it('are on GraphQL answers, errors included, on the health check and on the playground', async () => {
    expectHardened((await post(api, { query: '{ __typename }' })).headers);
    expectHardened((await post(api, { query: '{ nope }' })).headers);
    expectHardened((await fetch(`${api.url}/healthz`)).headers);
    expectHardened(
      (
        await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        })
      ).headers,
    );
    expectHardened((await openPage(api)).headers);
  });

  it('the playground page has no inline script or style for the policy to block: its own code is a file', async () => {
    const html = await (await openPage(api)).text();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/playground\//);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style|\son[a-z]+=|style="/);
    const own = await fetch(`${api.url}/playground/playground.js`);
    expect(own.headers.get('content-type')).toMatch(/javascript/);
    expect(await own.text()).toContain('GraphiQL.createFetcher');
  });
});
