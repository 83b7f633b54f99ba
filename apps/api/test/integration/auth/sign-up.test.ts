import { randomBytes } from 'node:crypto';
import { AgentEntity } from '../../../src/modules/agent/agent.entity';
import { WorkspaceEntity } from '../../../src/modules/workspace/workspace.entity';
import { PASSWORD, signUpOwner, uniqueEmail } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const MEMBER_FIELDS = `id name email role active workspace { id name slug } agent { id email name }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token agent { id email name memberships { ${MEMBER_FIELDS} } } } }`;
const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token agent { id } } }`;
const ME = `query { me { id email name memberships { ${MEMBER_FIELDS} } } }`;

const validInput = (overrides: Record<string, unknown> = {}) => ({
  email: uniqueEmail('signup'),
  password: PASSWORD,
  name: 'Nora New',
  workspaceName: 'Nora Help',
  ...overrides,
});

/** An address of exactly `length` characters: a 64-character local part and a domain of short labels. */
function emailOfLength(length: number): string {
  const local = `${randomBytes(5).toString('hex')}${'a'.repeat(54)}`;
  let left = length - local.length - '@'.length - '.com'.length;
  const labels: string[] = [];
  while (left > 51) {
    labels.push('d'.repeat(50));
    left -= 51; // a label and the dot after it
  }
  labels.push('d'.repeat(left));
  const email = `${local}@${labels.join('.')}.com`;
  if (email.length !== length)
    throw new Error(`built an email of ${email.length} characters, wanted ${length}`);
  return email;
}

async function counts() {
  return {
    agents: await api.db.manager.count(AgentEntity),
    workspaces: await api.db.manager.count(WorkspaceEntity),
  };
}

describe('signUp', () => {
  it('creates the agent and a new workspace with the agent as its only, active OWNER', async () => {
    const email = uniqueEmail('founder');
    const data = await api.ok(SIGN_UP, {
      input: validInput({ email, name: '  Fiona Founder ', workspaceName: ' Acme Help Desk  ' }),
    });
    const agent = { id: expect.any(String), email, name: 'Fiona Founder' };
    expect(data.signUp).toEqual({
      token: expect.any(String),
      agent: {
        ...agent,
        memberships: [
          {
            id: expect.any(String),
            name: 'Fiona Founder',
            email,
            role: 'OWNER',
            active: true,
            workspace: { id: expect.any(String), name: 'Acme Help Desk', slug: 'acme-help-desk' },
            agent: { ...agent, id: data.signUp.agent.id },
          },
        ],
      },
    });
  });

  it('returns a token that works at once, for me and for the new workspace', async () => {
    const data = await api.ok(SIGN_UP, { input: validInput() });
    const { token, agent } = data.signUp;
    const me = await api.ok(ME, {}, { as: token });
    expect(me.me).toEqual(agent);

    const workspaceId = agent.memberships[0].workspace.id;
    const ws = await api.ok(
      `query ($id: ID!) { workspace(id: $id) { id name members { id name role active } categories { id name } } }`,
      { id: workspaceId },
      { as: token },
    );
    expect(ws.workspace).toEqual({
      id: workspaceId,
      name: 'Nora Help',
      members: [{ id: agent.memberships[0].id, name: 'Nora New', role: 'OWNER', active: true }],
      categories: [],
    });
  });

  it('stores the email trimmed and lowercased, so the agent signs in with it', async () => {
    const email = uniqueEmail('mixed');
    const data = await api.ok(SIGN_UP, { input: validInput({ email: `  ${email.toUpperCase()} ` }) });
    expect(data.signUp.agent.email).toBe(email);
    const signIn = await api.ok(SIGN_IN, { e: email, p: PASSWORD });
    expect(signIn.signIn.agent.id).toBe(data.signUp.agent.id);
  });

  it('gives a second workspace of the same name a different slug', async () => {
    const first = await api.ok(SIGN_UP, { input: validInput({ workspaceName: 'Twin Peaks Support' }) });
    const second = await api.ok(SIGN_UP, { input: validInput({ workspaceName: 'Twin Peaks Support' }) });
    expect(first.signUp.agent.memberships[0].workspace.slug).toBe('twin-peaks-support');
    expect(second.signUp.agent.memberships[0].workspace.slug).toMatch(/^twin-peaks-support-.+$/);
    expect(second.signUp.agent.memberships[0].workspace.id).not.toBe(
      first.signUp.agent.memberships[0].workspace.id,
    );
  });

  it('refuses an email that is already taken, whatever its case and spaces, with CONFLICT and writes nothing', async () => {
    const owner = await signUpOwner(api);
    const before = await counts();
    const res = await api.execute(SIGN_UP, {
      input: validInput({ email: ` ${owner.email.toUpperCase()}  `, password: 'another password' }),
    });
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      expect.objectContaining({ message: expect.any(String), extensions: { code: 'CONFLICT' } }),
    ]);
    expect(await counts()).toEqual(before);
    // The original account is untouched: its password still works and the new one does not.
    await api.ok(SIGN_IN, { e: owner.email, p: PASSWORD });
    const wrong = await api.execute(SIGN_IN, { e: owner.email, p: 'another password' });
    expect(wrong.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('accepts the boundaries: a 254-character email, a 10-character password, a 200-character name', async () => {
    const email = emailOfLength(254);
    const name = 'N'.repeat(200);
    const data = await api.ok(SIGN_UP, {
      input: validInput({ email, password: 'k7#pq2!zwm', name, workspaceName: 'W'.repeat(200) }),
    });
    expect(data.signUp.agent).toEqual(expect.objectContaining({ email, name }));
    const signIn = await api.ok(SIGN_IN, { e: email, p: 'k7#pq2!zwm' });
    expect(signIn.signIn.agent.id).toBe(data.signUp.agent.id);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['an email that is not an address', { email: 'not-an-email' }, 'email'],
    ['an email without a domain', { email: 'pat@' }, 'email'],
    ['a blank email', { email: '   ' }, 'email'],
    ['an email of 255 characters', { email: emailOfLength(255) }, 'email'],
    ['a password of 9 characters', { password: 'k7#pq2!zw' }, 'password'],
    ['a password of 8 characters, as version 1 allowed', { password: 'k7#pq2!z' }, 'password'],
    ['an empty password', { password: '' }, 'password'],
    ['a blank name', { name: '   ' }, 'name'],
    ['an empty name', { name: '' }, 'name'],
    ['a name of 201 characters', { name: 'N'.repeat(201) }, 'name'],
    ['a blank workspaceName', { workspaceName: ' \t ' }, 'workspaceName'],
    ['a workspaceName of 201 characters', { workspaceName: 'W'.repeat(201) }, 'workspaceName'],
  ];

  it.each(invalid)(
    'refuses %s with BAD_USER_INPUT naming the field, and writes nothing',
    async (_label, overrides, field) => {
      const input = validInput(overrides);
      const before = await counts();
      const res = await api.execute(SIGN_UP, { input });
      expect(res.data).toBeNull();
      expect(res.errors).toEqual([
        expect.objectContaining({
          message: expect.any(String),
          extensions: { code: 'BAD_USER_INPUT', field },
        }),
      ]);
      expect(await counts()).toEqual(before);
      const signIn = await api.execute(SIGN_IN, { e: String(input.email), p: String(input.password) });
      expect(signIn.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );
});
