import { AgentEntity } from '../../../src/modules/agent/agent.entity';
import { addAgent, PASSWORD, signUpOwner, uniqueEmail, type Actor } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const MEMBER_FIELDS = `id name email role active workspace { id } agent { id email name }`;
const ADD_MEMBER = `mutation ($input: AddMemberInput!) { addMember(input: $input) { ${MEMBER_FIELDS} } }`;
const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token agent { id } } }`;

const addMember = (as: Actor, input: Record<string, unknown>) =>
  api.execute<{ addMember: any }>(
    ADD_MEMBER,
    { input: { workspaceId: as.workspaceId, name: 'Nia New', ...input } },
    { as: as.token },
  );

/** Every member, active or not, sorted by name, as the owner sees them. */
async function roster(owner: Actor) {
  const data = await api.ok(
    `query ($w: ID!) { workspace(id: $w) { members(includeInactive: true) { id name email role active } } }`,
    { w: owner.workspaceId },
    { as: owner.token },
  );
  return [...data.workspace.members].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

const agentCount = () => api.db.manager.count(AgentEntity);

function expectError(res: { data?: unknown; errors?: unknown }, extensions: Record<string, string>) {
  expect(res.data).toBeNull();
  expect(res.errors).toEqual([expect.objectContaining({ message: expect.any(String), extensions })]);
}

describe('addMember', () => {
  it('creates an agent for a new email, as an active AGENT by default, who can sign in with the given password', async () => {
    const owner = await signUpOwner(api);
    const email = uniqueEmail('newbie');
    const res = await addMember(owner, {
      email: `  ${email.toUpperCase()} `,
      name: '  Nia New ',
      password: 'nia-password',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.addMember).toEqual({
      id: expect.any(String),
      name: 'Nia New',
      email,
      role: 'AGENT',
      active: true,
      workspace: { id: owner.workspaceId },
      agent: { id: expect.any(String), email, name: 'Nia New' },
    });
    const signIn = await api.ok(SIGN_IN, { e: email, p: 'nia-password' });
    expect(signIn.signIn.agent.id).toBe(res.data?.addMember.agent.id);
    expect(await roster(owner)).toEqual([
      { id: res.data?.addMember.id, name: 'Nia New', email, role: 'AGENT', active: true },
      { id: owner.memberId, name: 'Olivia Owner', email: owner.email, role: 'OWNER', active: true },
    ]);
  });

  it('lets an existing agent join by email without a password, under the name this workspace gives them', async () => {
    const alice = await signUpOwner(api, 'Alice Desk');
    const bob = await signUpOwner(api, 'Bob Desk');
    const before = await agentCount();
    const res = await addMember(bob, {
      email: ` ${alice.email.toUpperCase()} `,
      name: 'Ali from Alice Desk',
      role: 'ADMIN',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.addMember).toEqual({
      id: expect.any(String),
      name: 'Ali from Alice Desk',
      email: alice.email,
      role: 'ADMIN',
      active: true,
      workspace: { id: bob.workspaceId },
      agent: { id: alice.agentId, email: alice.email, name: 'Olivia Owner' },
    });
    expect(await agentCount()).toBe(before);
    // Alice's existing token now reaches Bob's workspace too.
    const ws = await api.ok(
      `query ($w: ID!) { workspace(id: $w) { id name } }`,
      { w: bob.workspaceId },
      { as: alice.token },
    );
    expect(ws.workspace).toEqual({ id: bob.workspaceId, name: 'Bob Desk' });
  });

  it('ignores a password given for an existing agent: their own password stays the only one', async () => {
    const alice = await signUpOwner(api);
    const bob = await signUpOwner(api);
    const res = await addMember(bob, { email: alice.email, password: 'a different password' });
    expect(res.errors).toBeUndefined();
    await api.ok(SIGN_IN, { e: alice.email, p: PASSWORD });
    expectError(await api.execute(SIGN_IN, { e: alice.email, p: 'a different password' }), {
      code: 'UNAUTHENTICATED',
    });
  });

  it('needs a password for an email that has no account yet: BAD_USER_INPUT on password, and writes nothing', async () => {
    const owner = await signUpOwner(api);
    const before = { agents: await agentCount(), roster: await roster(owner) };
    for (const password of [undefined, null]) {
      const res = await addMember(owner, {
        email: uniqueEmail('nopass'),
        ...(password === undefined ? {} : { password }),
      });
      expectError(res, { code: 'BAD_USER_INPUT', field: 'password' });
    }
    expect({ agents: await agentCount(), roster: await roster(owner) }).toEqual(before);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ['a bad email', { email: 'nope', password: PASSWORD }, 'email'],
    // A well-formed address (64-character local part, labels of at most 63) that is one character too long.
    [
      'an email of 255 characters',
      {
        email: `${'e'.repeat(64)}@${'d'.repeat(62)}.${'d'.repeat(62)}.${'d'.repeat(60)}.com`,
        password: PASSWORD,
      },
      'email',
    ],
    ['a blank name', { email: uniqueEmail(), name: '  ', password: PASSWORD }, 'name'],
    ['a name of 201 characters', { email: uniqueEmail(), name: 'n'.repeat(201), password: PASSWORD }, 'name'],
    ['a password of 7 characters', { email: uniqueEmail(), password: '1234567' }, 'password'],
  ];

  it.each(invalid)(
    'refuses %s with BAD_USER_INPUT naming the field, and writes nothing',
    async (_label, input, field) => {
      const owner = await signUpOwner(api);
      const before = { agents: await agentCount(), roster: await roster(owner) };
      expectError(await addMember(owner, input), { code: 'BAD_USER_INPUT', field });
      expect({ agents: await agentCount(), roster: await roster(owner) }).toEqual(before);
    },
  );

  it('refuses to add the same person twice, whatever the case of the email: CONFLICT, and writes nothing', async () => {
    const owner = await signUpOwner(api);
    const email = uniqueEmail('twice');
    const first = await addMember(owner, { email, name: 'First Time', password: PASSWORD });
    expect(first.errors).toBeUndefined();
    const before = { agents: await agentCount(), roster: await roster(owner) };
    expectError(await addMember(owner, { email: email.toUpperCase(), name: 'Second Time', role: 'ADMIN' }), {
      code: 'CONFLICT',
    });
    // The owner themself is already a member too.
    expectError(await addMember(owner, { email: owner.email, name: 'Me Again' }), { code: 'CONFLICT' });
    expect({ agents: await agentCount(), roster: await roster(owner) }).toEqual(before);
  });

  it('is for owners and admins only: an AGENT gets FORBIDDEN and nothing is written', async () => {
    const owner = await signUpOwner(api);
    const agent = await addAgent(api, owner, { name: 'Plain Agent', role: 'AGENT' });
    const before = { agents: await agentCount(), roster: await roster(owner) };
    const email = uniqueEmail('viaagent');
    expectError(await addMember(agent, { email, password: PASSWORD }), { code: 'FORBIDDEN' });
    expect({ agents: await agentCount(), roster: await roster(owner) }).toEqual(before);
    expectError(await api.execute(SIGN_IN, { e: email, p: PASSWORD }), { code: 'UNAUTHENTICATED' });
  });

  it('lets an ADMIN add agents and admins, but not an OWNER (FORBIDDEN, nothing written); an OWNER may add an OWNER', async () => {
    const owner = await signUpOwner(api);
    const admin = await addAgent(api, owner, { name: 'Ada Admin', role: 'ADMIN' });
    const asAgent = await addMember(admin, { email: uniqueEmail(), name: 'By Admin 1', password: PASSWORD });
    const asAdmin = await addMember(admin, {
      email: uniqueEmail(),
      name: 'By Admin 2',
      password: PASSWORD,
      role: 'ADMIN',
    });
    expect([asAgent.data?.addMember.role, asAdmin.data?.addMember.role]).toEqual(['AGENT', 'ADMIN']);

    const before = { agents: await agentCount(), roster: await roster(owner) };
    const email = uniqueEmail('wouldbeowner');
    expectError(
      await addMember(admin, { email, name: 'Would Be Owner', password: PASSWORD, role: 'OWNER' }),
      { code: 'FORBIDDEN' },
    );
    expect({ agents: await agentCount(), roster: await roster(owner) }).toEqual(before);
    expectError(await api.execute(SIGN_IN, { e: email, p: PASSWORD }), { code: 'UNAUTHENTICATED' });

    const coOwner = await addMember(owner, { email, name: 'Co Owner', password: PASSWORD, role: 'OWNER' });
    expect(coOwner.data?.addMember).toEqual(
      expect.objectContaining({ name: 'Co Owner', role: 'OWNER', active: true }),
    );
  });

  it('answers NOT_FOUND for a workspace the viewer does not belong to, and writes nothing', async () => {
    const owner = await signUpOwner(api);
    const stranger = await signUpOwner(api);
    const before = { agents: await agentCount(), roster: await roster(owner) };
    const res = await api.execute(
      ADD_MEMBER,
      {
        input: { workspaceId: owner.workspaceId, email: uniqueEmail(), name: 'Planted', password: PASSWORD },
      },
      { as: stranger.token },
    );
    expectError(res, { code: 'NOT_FOUND' });
    expect({ agents: await agentCount(), roster: await roster(owner) }).toEqual(before);
  });
});

describe('Agent.memberships', () => {
  const byWorkspaceName = (list: { workspace: { name: string } }[]) =>
    [...list].sort((a, b) => a.workspace.name.localeCompare(b.workspace.name));
  const MEMBERS_WITH_MEMBERSHIPS = `query ($w: ID!) {
    workspace(id: $w) { members { id agent { id memberships { id role workspace { id name } } } } }
  }`;

  it('shows the viewer all of their own memberships, and another agent only those in workspaces the viewer shares', async () => {
    const alice = await signUpOwner(api, 'A Desk');
    const bob = await signUpOwner(api, 'B Desk');
    const carol = await signUpOwner(api, 'C Desk');
    const aliceInB = (await addMember(bob, { email: alice.email, name: 'Alice' })).data?.addMember;
    const aliceInC = (await addMember(carol, { email: alice.email, name: 'Alice' })).data?.addMember;
    const bobInA = (await addMember(alice, { email: bob.email, name: 'Bob' })).data?.addMember;

    const aliceA = {
      id: alice.memberId,
      role: 'OWNER',
      workspace: { id: alice.workspaceId, name: 'A Desk' },
    };
    const aliceB = { id: aliceInB.id, role: 'AGENT', workspace: { id: bob.workspaceId, name: 'B Desk' } };
    const aliceC = { id: aliceInC.id, role: 'AGENT', workspace: { id: carol.workspaceId, name: 'C Desk' } };

    // Alice herself: everything, through me and through her own Member.agent.
    const me = await api.ok(
      `query { me { memberships { id role workspace { id name } } } }`,
      {},
      { as: alice.token },
    );
    expect(byWorkspaceName(me.me.memberships)).toEqual([aliceA, aliceB, aliceC]);
    const own = await api.ok(MEMBERS_WITH_MEMBERSHIPS, { w: alice.workspaceId }, { as: alice.token });
    const aliceSeenByAlice = own.workspace.members.find((m: any) => m.id === alice.memberId);
    expect(byWorkspaceName(aliceSeenByAlice.agent.memberships)).toEqual([aliceA, aliceB, aliceC]);

    // Bob shares A Desk and B Desk with Alice, but not C Desk.
    const seenByBob = await api.ok(MEMBERS_WITH_MEMBERSHIPS, { w: bob.workspaceId }, { as: bob.token });
    const aliceSeenByBob = seenByBob.workspace.members.find((m: any) => m.id === aliceInB.id);
    expect(aliceSeenByBob.agent.id).toBe(alice.agentId);
    expect(byWorkspaceName(aliceSeenByBob.agent.memberships)).toEqual([aliceA, aliceB]);

    // Carol shares only C Desk with Alice.
    const seenByCarol = await api.ok(MEMBERS_WITH_MEMBERSHIPS, { w: carol.workspaceId }, { as: carol.token });
    const aliceSeenByCarol = seenByCarol.workspace.members.find((m: any) => m.id === aliceInC.id);
    expect(aliceSeenByCarol.agent.memberships).toEqual([aliceC]);

    // And Alice sees of Bob only what she shares with him: A Desk and B Desk (he is in no other).
    const bobSeenByAlice = own.workspace.members.find((m: any) => m.id === bobInA.id);
    expect(byWorkspaceName(bobSeenByAlice.agent.memberships)).toEqual([
      { id: bobInA.id, role: 'AGENT', workspace: { id: alice.workspaceId, name: 'A Desk' } },
      { id: bob.memberId, role: 'OWNER', workspace: { id: bob.workspaceId, name: 'B Desk' } },
    ]);
  });
});
