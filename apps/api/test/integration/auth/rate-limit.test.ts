import { PASSWORD, signUpOwner, uniqueEmail } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`;

describe('sign-in rate limits', () => {
  it('blocks an account after 5 failures, with a retry time, even for the right password; others are not affected', async () => {
    const victim = await signUpOwner(api);
    const bystander = await signUpOwner(api);
    for (let i = 0; i < 5; i++) {
      const res = await api.execute(SIGN_IN, { e: victim.email, p: `wrong-${i}-password` });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const password of ['wrong-again-password', PASSWORD]) {
      const blocked = await api.execute(SIGN_IN, { e: ` ${victim.email.toUpperCase()} `, p: password });
      expect(blocked.data).toBeNull();
      expect(blocked.errors?.[0]?.extensions).toEqual({
        code: 'RATE_LIMITED',
        retryAfterSeconds: expect.any(Number),
      });
      const retryAfter = blocked.errors?.[0]?.extensions?.retryAfterSeconds as number;
      expect(retryAfter).toBeGreaterThan(800);
      expect(retryAfter).toBeLessThanOrEqual(900);
      expect(blocked.errors?.[0]?.message).toBe(
        `Too many failed sign-ins. Try again in ${retryAfter} seconds.`,
      );
    }
    // A token issued before the block keeps working; another account signs in as usual.
    expect((await api.ok(`{ me { email } }`, {}, { as: victim.token })).me.email).toBe(victim.email);
    expect((await api.ok(SIGN_IN, { e: bystander.email, p: PASSWORD })).signIn.token).toEqual(
      expect.any(String),
    );
  });

  it('clears an account count on a successful sign-in', async () => {
    const owner = await signUpOwner(api);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) await api.execute(SIGN_IN, { e: owner.email, p: 'not-the-password' });
      expect((await api.ok(SIGN_IN, { e: owner.email, p: PASSWORD })).signIn.token).toEqual(
        expect.any(String),
      );
    }
  });
});

async function signInVia(
  target: TestApi,
  forwardedFor: string,
  email: string,
  password: string,
): Promise<string | undefined> {
  const res = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: password } }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code;
}

describe('per client address', () => {
  it('blocks an address after 30 failures across many accounts, unknown ones included', async () => {
    const own = await startTestApi();
    try {
      const owner = await signUpOwner(own);
      for (let i = 0; i < 30; i++) {
        const res = await own.execute(SIGN_IN, { e: uniqueEmail('guess'), p: 'guessing-password' });
        expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const blocked = await own.execute(SIGN_IN, { e: owner.email, p: PASSWORD });
      expect(blocked.errors?.[0]?.extensions).toEqual({
        code: 'RATE_LIMITED',
        retryAfterSeconds: expect.any(Number),
      });
    } finally {
      await own.close();
    }
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY trusts the proxy: a client cannot escape the limit by inventing addresses', async () => {
    const own = await startTestApi();
    try {
      const owner = await signUpOwner(own);
      for (let i = 0; i < 30; i++)
        expect(await signInVia(own, `203.0.113.${i}`, uniqueEmail('guess'), 'guessing-password')).toBe(
          'UNAUTHENTICATED',
        );
      expect(await signInVia(own, '198.51.100.1', owner.email, PASSWORD)).toBe('RATE_LIMITED');
    } finally {
      await own.close();
    }
  });

  it('counts each forwarded client apart behind a trusted proxy', async () => {
    const own = await startTestApi({ trustProxy: 'loopback' });
    try {
      const owner = await signUpOwner(own);
      for (let i = 0; i < 30; i++)
        expect(await signInVia(own, '203.0.113.7', uniqueEmail('guess'), 'guessing-password')).toBe(
          'UNAUTHENTICATED',
        );
      expect(await signInVia(own, '203.0.113.7', owner.email, PASSWORD)).toBe('RATE_LIMITED');
      expect(await signInVia(own, '198.51.100.1', owner.email, PASSWORD)).toBeUndefined();
    } finally {
      await own.close();
    }
  });
});
