import { createTicket, signUpOwner } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SEARCH = `query ($w: ID!, $s: String!, $first: Int) { requesters(workspaceId: $w, search: $s, first: $first) { email name } }`;

describe('requesters(search)', () => {
  it('suggests the workspace requesters whose email starts with what was typed, by email', async () => {
    const owner = await signUpOwner(api);
    const other = await signUpOwner(api);
    for (const email of ['pat@acme.com', 'paula@acme.com', 'sam@acme.com', 'p_x@acme.com'])
      await createTicket(api, owner, { requesterEmail: email });
    await createTicket(api, other, { requesterEmail: 'pam@other.com' });

    const found = await api.ok(SEARCH, { w: owner.workspaceId, s: ' PA ' }, { as: owner.token });
    expect(found.requesters).toEqual([
      { email: 'pat@acme.com', name: null },
      { email: 'paula@acme.com', name: null },
    ]);
    // LIKE wildcards typed by the agent match themselves only.
    expect((await api.ok(SEARCH, { w: owner.workspaceId, s: 'p_' }, { as: owner.token })).requesters).toEqual(
      [{ email: 'p_x@acme.com', name: null }],
    );
    expect((await api.ok(SEARCH, { w: owner.workspaceId, s: '%' }, { as: owner.token })).requesters).toEqual(
      [],
    );
    expect(
      (await api.ok(SEARCH, { w: owner.workspaceId, s: 'p', first: 1 }, { as: owner.token })).requesters,
    ).toHaveLength(1);
    expect((await api.ok(SEARCH, { w: owner.workspaceId, s: '  ' }, { as: owner.token })).requesters).toEqual(
      [],
    );
  });

  it('refuses another workspace and a page size over 20', async () => {
    const owner = await signUpOwner(api);
    const other = await signUpOwner(api);
    const foreign = await api.execute(SEARCH, { w: other.workspaceId, s: 'p' }, { as: owner.token });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const big = await api.execute(SEARCH, { w: owner.workspaceId, s: 'p', first: 21 }, { as: owner.token });
    expect(big.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
