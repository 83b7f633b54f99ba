import { addAgent, createTicket, signUpOwner } from '../../support/factories';
import { startTestApi, type TestApi } from '../../support/test-server';

/**
 * Deactivating a member while others assign tickets to them, and while they reply to unassigned
 * tickets: whatever commits in whichever order, no open ticket ends up with an inactive assignee.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const ASSIGN = `mutation ($t: ID!, $a: ID) { assignTicket(ticketId: $t, assigneeId: $a) { id } }`;
const REPLY = `mutation ($input: ReplyInput!) { replyToTicket(input: $input) { claimed } }`;
const DEACTIVATE = `mutation ($m: ID!) { setMemberActive(memberId: $m, active: false) { active } }`;
const OPEN_TICKETS = `query ($w: ID!, $after: String) { tickets(workspaceId: $w, view: INBOX, first: 100, after: $after) { nodes { id assignee { id } } } }`;

it('leaves no open ticket assigned to a member deactivated during 50 concurrent assignments and claims', async () => {
  for (let round = 0; round < 3; round++) {
    const owner = await signUpOwner(api);
    const leaving = await addAgent(api, owner, { name: 'Leaving Agent' });
    const toAssign = await Promise.all(
      Array.from({ length: 25 }, () => createTicket(api, owner, { assigneeId: null })),
    );
    const toClaim = await Promise.all(
      Array.from({ length: 25 }, () => createTicket(api, owner, { assigneeId: null })),
    );

    const results = await Promise.all([
      ...toAssign.map((t) => api.execute(ASSIGN, { t: t.id, a: leaving.memberId }, { as: owner.token })),
      ...toClaim.map((t) =>
        api.execute(REPLY, { input: { ticketId: t.id, body: 'mine' } }, { as: leaving.token }),
      ),
      api.execute(DEACTIVATE, { m: leaving.memberId }, { as: owner.token }),
    ]);

    // Each request either succeeded or was refused for the deactivation, never an internal error.
    const codes = results.flatMap((r) => r.errors?.map((e) => e.extensions?.code) ?? []);
    expect(codes.filter((c) => c !== 'BAD_USER_INPUT' && c !== 'FORBIDDEN')).toEqual([]);
    expect(results.at(-1)?.data).toEqual({ setMemberActive: { active: false } });

    const open = await api.ok(OPEN_TICKETS, { w: owner.workspaceId }, { as: owner.token });
    const stillTheirs = open.tickets.nodes.filter(
      (t: { assignee: { id: string } | null }) => t.assignee?.id === leaving.memberId,
    );
    expect(stillTheirs).toEqual([]);
  }
});
