import { hashToken } from '../../../src/common/auth/token';
import { AuthTokenEntity } from '../../../src/modules/auth/auth-token.entity';
import { addAgent, PASSWORD, signUpOwner, uniqueEmail } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SIGN_IN = `mutation ($e: String!, $p: String!) {
  signIn(email: $e, password: $p) { token agent { id email name memberships { id role active workspace { id } } } }
}`;
const SIGN_OUT = `mutation { signOut }`;
const ME = `query { me { id email name } }`;
const TICKETS = `query ($w: ID!) { tickets(workspaceId: $w) { totalCount } }`;
const CREATE_CATEGORY = `mutation ($w: ID!, $n: String!) { createCategory(workspaceId: $w, name: $n) { id name } }`;

async function signIn(email: string, password = PASSWORD): Promise<string> {
  return (await api.ok(SIGN_IN, { e: email, p: password })).signIn.token;
}

/** The token is refused: me answers null and everything else is UNAUTHENTICATED. */
async function expectRefused(token: string, workspaceId: string) {
  expect(await api.execute(ME, {}, { as: token })).toEqual({ status: 200, data: { me: null } });
  for (const [query, variables] of [
    [TICKETS, { w: workspaceId }],
    [CREATE_CATEGORY, { w: workspaceId, n: 'Refused' }],
    [SIGN_OUT, {}],
  ] as const) {
    const res = await api.execute(query, variables, { as: token });
    expect(res.errors).toEqual([
      expect.objectContaining({ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
  }
}

describe('signIn', () => {
  it('signs in with the right password, the email in another case and with spaces around it', async () => {
    const owner = await signUpOwner(api);
    const data = await api.ok(SIGN_IN, { e: `  ${owner.email.toUpperCase()}\t`, p: PASSWORD });
    expect(data.signIn).toEqual({
      token: expect.any(String),
      agent: {
        id: owner.agentId,
        email: owner.email,
        name: 'Olivia Owner',
        memberships: [
          { id: owner.memberId, role: 'OWNER', active: true, workspace: { id: owner.workspaceId } },
        ],
      },
    });
    expect(data.signIn.token).not.toBe(owner.token);
    expect((await api.ok(ME, {}, { as: data.signIn.token })).me).toEqual({
      id: owner.agentId,
      email: owner.email,
      name: 'Olivia Owner',
    });
  });

  it('refuses a wrong password and an unknown email alike: UNAUTHENTICATED with the same message', async () => {
    const owner = await signUpOwner(api);
    const wrongPassword = await api.execute(SIGN_IN, { e: owner.email, p: PASSWORD.toUpperCase() });
    const unknownEmail = await api.execute(SIGN_IN, { e: uniqueEmail('nobody'), p: PASSWORD });
    expect(wrongPassword.data).toBeNull();
    expect(wrongPassword.errors).toEqual([
      expect.objectContaining({ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
    expect(unknownEmail.data).toBeNull();
    expect(unknownEmail.errors).toEqual([
      expect.objectContaining({
        message: wrongPassword.errors?.[0]?.message,
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
  });

  it('gives each sign-in a token of its own', async () => {
    const owner = await signUpOwner(api);
    const first = await signIn(owner.email);
    const second = await signIn(owner.email);
    expect(new Set([owner.token, first, second]).size).toBe(3);
    for (const token of [owner.token, first, second]) {
      expect((await api.ok(ME, {}, { as: token })).me.id).toBe(owner.agentId);
    }
  });
});

describe('signOut', () => {
  it('revokes the token it was sent with at once, and only that token', async () => {
    const owner = await signUpOwner(api);
    const other = await signIn(owner.email);
    expect(await api.ok(SIGN_OUT, {}, { as: owner.token })).toEqual({ signOut: true });
    await expectRefused(owner.token, owner.workspaceId);
    // The agent's other session goes on working.
    expect((await api.ok(ME, {}, { as: other })).me.id).toBe(owner.agentId);
    expect(await api.ok(TICKETS, { w: owner.workspaceId }, { as: other })).toEqual({
      tickets: { totalCount: 0 },
    });
  });

  it('needs a token', async () => {
    const res = await api.execute(SIGN_OUT);
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
  });

  it('lets the agent sign in again afterwards, finding the workspace as they left it', async () => {
    const owner = await signUpOwner(api);
    await api.ok(CREATE_CATEGORY, { w: owner.workspaceId, n: 'Billing' }, { as: owner.token });
    await api.ok(SIGN_OUT, {}, { as: owner.token });
    const token = await signIn(owner.email);
    const data = await api.ok(
      `query ($w: ID!) { workspace(id: $w) { categories { name } } }`,
      { w: owner.workspaceId },
      { as: token },
    );
    expect(data.workspace).toEqual({ categories: [{ name: 'Billing' }] });
  });
});

describe('token expiry', () => {
  const setExpiry = (token: string, expiresAt: Date) =>
    api.db.manager.update(AuthTokenEntity, { tokenHash: hashToken(token) }, { expiresAt });

  it('refuses a token whose expires_at has passed', async () => {
    const owner = await signUpOwner(api);
    const fresh = await signIn(owner.email);
    const result = await setExpiry(owner.token, new Date(Date.now() - 1000));
    expect(result.affected).toBe(1);
    await expectRefused(owner.token, owner.workspaceId);
    // Another token of the same agent that has not expired still works.
    expect((await api.ok(ME, {}, { as: fresh })).me.id).toBe(owner.agentId);
  });

  it('accepts a token until it expires', async () => {
    const owner = await signUpOwner(api);
    await setExpiry(owner.token, new Date(Date.now() + 60_000));
    expect((await api.ok(ME, {}, { as: owner.token })).me.id).toBe(owner.agentId);
    expect(await api.ok(TICKETS, { w: owner.workspaceId }, { as: owner.token })).toEqual({
      tickets: { totalCount: 0 },
    });
  });
});

describe('me', () => {
  it('is null without a token', async () => {
    expect(await api.execute(ME)).toEqual({ status: 200, data: { me: null } });
  });

  it('is the signed-in agent with every membership, whatever the workspace calls them', async () => {
    const alice = await signUpOwner(api, 'Alice Desk');
    const bob = await signUpOwner(api, 'Bob Desk');
    const joined = await api.ok(
      `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`,
      { input: { workspaceId: bob.workspaceId, email: alice.email, name: 'Ali', role: 'ADMIN' } },
      { as: bob.token },
    );
    const data = await api.ok(
      `query { me { id email name memberships { id name email role active workspace { id name } } } }`,
      {},
      { as: alice.token },
    );
    expect(data.me).toEqual({
      id: alice.agentId,
      email: alice.email,
      name: 'Olivia Owner',
      memberships: expect.any(Array),
    });
    expect([...data.me.memberships].sort((a, b) => a.workspace.name.localeCompare(b.workspace.name))).toEqual(
      [
        {
          id: alice.memberId,
          name: 'Olivia Owner',
          email: alice.email,
          role: 'OWNER',
          active: true,
          workspace: { id: alice.workspaceId, name: 'Alice Desk' },
        },
        {
          id: joined.addMember.id,
          name: 'Ali',
          email: alice.email,
          role: 'ADMIN',
          active: true,
          workspace: { id: bob.workspaceId, name: 'Bob Desk' },
        },
      ],
    );
  });

  it('still answers for an agent whose membership was deactivated, showing it inactive', async () => {
    const owner = await signUpOwner(api);
    const agent = await addAgent(api, owner, { name: 'Gone Soon' });
    await api.ok(
      `mutation ($m: ID!) { setMemberActive(memberId: $m, active: false) { id } }`,
      { m: agent.memberId },
      { as: owner.token },
    );
    const data = await api.ok(`query { me { id memberships { id active } } }`, {}, { as: agent.token });
    expect(data.me).toEqual({ id: agent.agentId, memberships: [{ id: agent.memberId, active: false }] });
  });
});
