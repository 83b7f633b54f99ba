import { addAgent, signUpOwner, type Actor } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const CREATE_CATEGORY = `mutation ($w: ID!, $n: String!) { createCategory(workspaceId: $w, name: $n) { id name } }`;

const createCategory = (as: Actor, name: string, workspaceId = as.workspaceId) =>
  api.execute<{ createCategory: { id: string; name: string } }>(
    CREATE_CATEGORY,
    { w: workspaceId, n: name },
    { as: as.token },
  );

async function categories(as: Actor): Promise<{ id: string; name: string }[]> {
  const data = await api.ok(
    `query ($w: ID!) { workspace(id: $w) { categories { id name } } }`,
    { w: as.workspaceId },
    { as: as.token },
  );
  return [...data.workspace.categories].sort((a, b) => a.name.localeCompare(b.name));
}

function expectError(res: { data?: unknown; errors?: unknown }, extensions: Record<string, string>) {
  expect(res.data).toBeNull();
  expect(res.errors).toEqual([expect.objectContaining({ message: expect.any(String), extensions })]);
}

describe('createCategory', () => {
  it('creates a category, name trimmed, that shows in Workspace.categories', async () => {
    const owner = await signUpOwner(api);
    const billing = await createCategory(owner, '  Billing ');
    expect(billing).toEqual({
      status: 200,
      data: { createCategory: { id: expect.any(String), name: 'Billing' } },
    });
    const bugs = await createCategory(owner, 'Bugs');
    expect(await categories(owner)).toEqual([billing.data?.createCategory, bugs.data?.createCategory]);
  });

  it('can be used on a ticket of the same workspace', async () => {
    const owner = await signUpOwner(api);
    const { data } = await createCategory(owner, 'Shipping');
    const ticket = await api.ok(
      `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { category { id name } } }`,
      {
        i: {
          workspaceId: owner.workspaceId,
          requesterEmail: 'pat@example.com',
          subject: 'Where is my parcel',
          categoryId: data?.createCategory.id,
        },
      },
      { as: owner.token },
    );
    expect(ticket.createTicket.category).toEqual(data?.createCategory);
  });

  it('refuses a duplicate name in the same workspace with CONFLICT, and writes nothing', async () => {
    const owner = await signUpOwner(api);
    await createCategory(owner, 'Billing');
    const before = await categories(owner);
    expectError(await createCategory(owner, 'Billing'), { code: 'CONFLICT' });
    expectError(await createCategory(owner, '  Billing  '), { code: 'CONFLICT' });
    expect(await categories(owner)).toEqual(before);
  });

  it('allows the same name in different workspaces', async () => {
    const a = await signUpOwner(api);
    const b = await signUpOwner(api);
    const inA = await createCategory(a, 'Billing');
    const inB = await createCategory(b, 'Billing');
    expect(inB.errors).toBeUndefined();
    expect(inB.data?.createCategory.id).not.toBe(inA.data?.createCategory.id);
    expect(await categories(a)).toEqual([inA.data?.createCategory]);
    expect(await categories(b)).toEqual([inB.data?.createCategory]);
  });

  it.each([
    ['an empty name', ''],
    ['a blank name', ' \t  '],
    ['a name of 201 characters', 'c'.repeat(201)],
  ])('refuses %s with BAD_USER_INPUT on name, and writes nothing', async (_label, name) => {
    const owner = await signUpOwner(api);
    expectError(await createCategory(owner, name), { code: 'BAD_USER_INPUT', field: 'name' });
    expect(await categories(owner)).toEqual([]);
  });

  it('accepts a name of exactly 200 characters', async () => {
    const owner = await signUpOwner(api);
    const res = await createCategory(owner, 'c'.repeat(200));
    expect(res.data?.createCategory).toEqual({ id: expect.any(String), name: 'c'.repeat(200) });
  });

  it('answers NOT_FOUND for a workspace the viewer is not a member of, and writes nothing there', async () => {
    const owner = await signUpOwner(api);
    const stranger = await signUpOwner(api);
    expectError(await createCategory(stranger, 'Planted', owner.workspaceId), { code: 'NOT_FOUND' });
    expect(await categories(owner)).toEqual([]);
    expect(await categories(stranger)).toEqual([]);
  });

  it('is open to any active member, but FORBIDDEN to a deactivated one', async () => {
    const owner = await signUpOwner(api);
    const agent = await addAgent(api, owner, { role: 'AGENT' });
    const byAgent = await createCategory(agent, 'Refunds');
    expect(byAgent.data?.createCategory).toEqual({ id: expect.any(String), name: 'Refunds' });

    await api.ok(
      `mutation ($m: ID!) { setMemberActive(memberId: $m, active: false) { id } }`,
      { m: agent.memberId },
      { as: owner.token },
    );
    expectError(await createCategory(agent, 'Returns'), { code: 'FORBIDDEN' });
    expect(await categories(owner)).toEqual([byAgent.data?.createCategory]);
  });

  it('needs a token', async () => {
    const owner = await signUpOwner(api);
    const res = await api.execute(CREATE_CATEGORY, { w: owner.workspaceId, n: 'Anonymous' });
    expectError(res, { code: 'UNAUTHENTICATED' });
    expect(await categories(owner)).toEqual([]);
  });
});
