import crypto from 'node:crypto';
import { PASSWORD, signUpOwner, uniqueEmail } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token agent { id email } } }`;
const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`;
const ADD_MEMBER = `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`;

const input = (email: string, password = PASSWORD) => ({
  email,
  password,
  name: 'Pat',
  workspaceName: 'Support',
});

async function postFrom(api: TestApi, address: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: any;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

const agentExists = async (api: TestApi, email: string) =>
  Number((await api.db.manager.query(`SELECT COUNT(*) AS n FROM agents WHERE email = ?`, [email]))[0].n) > 0;

describe('sign-up limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      trustProxy: 'loopback',
      signUpLimits: { perAddress: 4, perEmail: 3, windowSeconds: 3600 },
    });
  });
  afterAll(() => api.close());

  it('caps sign-ups per client address, taken emails included, and the refused one writes nothing', async () => {
    const address = '203.0.113.20';
    const taken = uniqueEmail('taken');
    expect((await postFrom(api, address, SIGN_UP, { input: input(taken) })).errors).toBeUndefined();
    expect(
      (await postFrom(api, address, SIGN_UP, { input: input(taken) })).errors?.[0]?.extensions?.code,
    ).toBe('CONFLICT');
    // Invalid input is refused by validation before the resolver runs: it costs nothing and does not count.
    expect(
      (await postFrom(api, address, SIGN_UP, { input: input('not-an-email') })).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect((await postFrom(api, address, SIGN_UP, { input: input(uniqueEmail()) })).errors).toBeUndefined();
    expect((await postFrom(api, address, SIGN_UP, { input: input(uniqueEmail()) })).errors).toBeUndefined();

    const email = uniqueEmail('flood');
    const refused = await postFrom(api, address, SIGN_UP, { input: input(email) });
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(refused.errors?.[0]?.message).toMatch(/^Too many sign-ups\. Try again in \d+ seconds\.$/);
    expect(await agentExists(api, email)).toBe(false);
    // Another address is not affected.
    expect((await postFrom(api, '198.51.100.20', SIGN_UP, { input: input(email) })).errors).toBeUndefined();
  });

  it('caps sign-ups per email address across client addresses', async () => {
    const email = uniqueEmail('one-email');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (await postFrom(api, `203.0.113.${100 + i}`, SIGN_UP, { input: input(email) })).errors?.[0]
          ?.extensions?.code as string | undefined,
      );
    expect(codes).toEqual([undefined, 'CONFLICT', 'CONFLICT', 'RATE_LIMITED']);
  });

  it('the limit holds under a flood of concurrent sign-ups: exactly perAddress get through', async () => {
    const address = '203.0.113.50';
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        postFrom(api, address, SIGN_UP, { input: input(uniqueEmail('burst')) }),
      ),
    );
    const codes = answers.map((a) => (a.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(4);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(16);
  });
});

describe('sign-up with a taken email', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers CONFLICT without hashing the password', async () => {
    const owner = await signUpOwner(api);
    const scrypt = jest.spyOn(crypto, 'scrypt');
    try {
      const res = await api.execute(SIGN_UP, {
        input: input(` ${owner.email.toUpperCase()} `, 'another long password'),
      });
      expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['CONFLICT', 'An agent with this email already exists. Sign in instead.'],
      ]);
      expect(scrypt).not.toHaveBeenCalled();
      // The control: a new email is hashed, so the spy does see the server's hashing.
      await api.ok(SIGN_UP, { input: input(uniqueEmail()) });
      expect(scrypt).toHaveBeenCalledTimes(1);
    } finally {
      scrypt.mockRestore();
    }
  });

  it('gives the same answer when two sign-ups of one new email race past the look-up', async () => {
    const email = uniqueEmail('race');
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => api.execute(SIGN_UP, { input: input(email) })),
    );
    const errors = answers.flatMap((a) => a.errors ?? []).map((e) => [e.extensions?.code, e.message]);
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(errors).toEqual(
      Array(3).fill(['CONFLICT', 'An agent with this email already exists. Sign in instead.']),
    );
  });
});

describe('password policy', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const email = 'jordan.lee@example.com';
  it.each([
    ['9 characters', 'k7#pq2!zw', /10 to 200 characters/],
    ['only spaces', ' '.repeat(12), /only spaces/],
    ['a common password', 'password123', /most common passwords/],
    ['a common password in other case', 'PassWord123', /most common passwords/],
    ['a long common password', 'qwertyuiop', /most common passwords/],
    ['the email', email.toUpperCase(), /email address/],
    ['the email’s local part, if long enough', 'Jordan.Lee', /email address/],
  ])('refuses %s on signUp and on addMember, writing nothing', async (_what, password, message) => {
    const signUp = await api.execute(SIGN_UP, { input: input(email, password) });
    expect(signUp.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'password' }]);
    expect(signUp.errors?.[0]?.message).toMatch(message);
    expect(await agentExists(api, email)).toBe(false);

    const owner = await signUpOwner(api);
    const add = await api.execute(
      ADD_MEMBER,
      { input: { workspaceId: owner.workspaceId, email, name: 'Jordan', password } },
      { as: owner.token },
    );
    expect(add.errors?.map((e) => e.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'password' }]);
    expect(await agentExists(api, email)).toBe(false);
  });

  it('accepts a 10-character password that is none of those', async () => {
    expect(
      (await api.execute(SIGN_UP, { input: input(uniqueEmail(), 'k7#pq2!zwm') })).errors,
    ).toBeUndefined();
  });
});

describe('a stranger’s wrong guesses do not lock the owner out', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ trustProxy: 'loopback' });
  });
  afterAll(() => api.close());

  it('blocks the stranger’s address for that account, while the owner signs in from theirs', async () => {
    const owner = await signUpOwner(api);
    const stranger = '203.0.113.66';
    for (let i = 0; i < 5; i++)
      expect(
        (await postFrom(api, stranger, SIGN_IN, { e: owner.email, p: `guess-number-${i}` })).errors?.[0]
          ?.extensions?.code,
      ).toBe('UNAUTHENTICATED');
    expect(
      (await postFrom(api, stranger, SIGN_IN, { e: owner.email, p: PASSWORD })).errors?.[0]?.extensions?.code,
    ).toBe('RATE_LIMITED');
    const own = await postFrom(api, '198.51.100.66', SIGN_IN, { e: owner.email, p: PASSWORD });
    expect(own.errors).toBeUndefined();
    expect(own.data.signIn.token).toEqual(expect.any(String));
  });
});
