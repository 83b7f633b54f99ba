import { signUpOwner, uniqueEmail, type Actor } from '../../support/factories';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../support/test-server';

/**
 * Requester find-or-create under real concurrency: many createTicket requests for one new requester,
 * all sent at once over HTTP, must end with one requester and no errors.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const CREATE = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number requester { id email name } } }`;
const REQUESTER = `query ($w: ID!, $e: String!) { requester(workspaceId: $w, email: $e) { id email name tickets(first: 100) { totalCount nodes { id } } } }`;

interface Created {
  id: string;
  number: number;
  requester: { id: string; email: string; name: string | null };
}

function send(
  actor: Actor,
  input: Record<string, unknown>,
): Promise<GraphQLResponse<{ createTicket: Created }>> {
  return api.execute<{ createTicket: Created }>(
    CREATE,
    { input: { workspaceId: actor.workspaceId, subject: 'Same customer', ...input } },
    { as: actor.token },
  );
}

function created(responses: GraphQLResponse<{ createTicket: Created }>[]): Created[] {
  expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
  return responses.map((r) => r.data!.createTicket);
}

const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** Like 'Pat@X.com', ' pat@x.com ', 'PAT@x.COM', for a local part of our own so every test has a new requester. */
function variantsOf(local: string): string[] {
  const cap = local[0]!.toUpperCase() + local.slice(1);
  return [`${cap}@X.com`, ` ${local}@x.com `, `${local.toUpperCase()}@x.COM`, `  ${local}@X.COM\t`];
}

describe('requester find-or-create under concurrent creation', () => {
  it('links 60 concurrent tickets for one new email in case and space variants to one requester, without errors', async () => {
    const owner = await signUpOwner(api);
    const local = uniqueEmail('pat').split('@')[0]!;
    const variants = variantsOf(local);
    const normalized = `${local}@x.com`;

    const tickets = created(
      await Promise.all(times(60, (i) => send(owner, { requesterEmail: variants[i % variants.length] }))),
    );

    const requesterIds = new Set(tickets.map((t) => t.requester.id));
    expect(requesterIds.size).toBe(1);
    for (const t of tickets) expect(t.requester.email).toBe(normalized);
    expect(tickets.map((t) => t.number).sort((a, b) => a - b)).toEqual(times(60, (i) => i + 1));

    // Looked up by any variant, it is the same requester, with all 60 tickets.
    for (const variant of variants) {
      const data = await api.ok(REQUESTER, { w: owner.workspaceId, e: variant }, { as: owner.token });
      expect(data.requester.id).toBe([...requesterIds][0]);
      expect(data.requester.tickets.totalCount).toBe(60);
      expect(new Set(data.requester.tickets.nodes.map((n: { id: string }) => n.id))).toEqual(
        new Set(tickets.map((t) => t.id)),
      );
    }
  });

  it('makes one requester per workspace when two workspaces race for the same email', async () => {
    const a = await signUpOwner(api, 'Alpha');
    const b = await signUpOwner(api, 'Beta');
    const local = uniqueEmail('shared').split('@')[0]!;
    const variants = variantsOf(local);
    const plan = times(60, (i) => ({ actor: i % 2 === 0 ? a : b, email: variants[i % variants.length] }));

    const tickets = created(
      await Promise.all(plan.map(({ actor, email }) => send(actor, { requesterEmail: email }))),
    );

    const idsOf = (actor: Actor) =>
      new Set(tickets.filter((_, i) => plan[i]!.actor === actor).map((t) => t.requester.id));
    expect(idsOf(a).size).toBe(1);
    expect(idsOf(b).size).toBe(1);
    expect([...idsOf(a)][0]).not.toBe([...idsOf(b)][0]);
    for (const actor of [a, b]) {
      const data = await api.ok(
        REQUESTER,
        { w: actor.workspaceId, e: `${local}@x.com` },
        { as: actor.token },
      );
      expect(data.requester.tickets.totalCount).toBe(30);
    }
  });

  it('backfills the name once under concurrent creations: one of the given names wins and is never overwritten', async () => {
    const owner = await signUpOwner(api);
    const local = uniqueEmail('named').split('@')[0]!;
    const variants = variantsOf(local);
    // Half the requests give no name, half give a name of their own (some with spaces around it).
    const names = times(60, (i) => (i % 2 === 0 ? undefined : i % 3 === 0 ? `  Name ${i}  ` : `Name ${i}`));
    const given = new Set(names.filter((n): n is string => n !== undefined).map((n) => n.trim()));

    const tickets = created(
      await Promise.all(
        names.map((name, i) =>
          send(owner, { requesterEmail: variants[i % variants.length], requesterName: name }),
        ),
      ),
    );

    const final = await api.ok(REQUESTER, { w: owner.workspaceId, e: `${local}@x.com` }, { as: owner.token });
    expect(given.has(final.requester.name)).toBe(true);
    expect(new Set(tickets.map((t) => t.requester.id))).toEqual(new Set([final.requester.id]));
    // A request that gave a name either wrote it or found one already there: it answers with the winner.
    names.forEach((name, i) => {
      if (name !== undefined) expect(tickets[i]!.requester.name).toBe(final.requester.name);
    });

    // Later, another burst with different names: the backfilled name stays.
    const later = created(
      await Promise.all(
        times(50, (i) =>
          send(owner, { requesterEmail: variants[i % variants.length], requesterName: `Someone Else ${i}` }),
        ),
      ),
    );
    for (const t of later)
      expect(t.requester).toEqual({
        id: final.requester.id,
        email: `${local}@x.com`,
        name: final.requester.name,
      });
    const after = await api.ok(
      REQUESTER,
      { w: owner.workspaceId, e: ` ${local.toUpperCase()}@X.COM ` },
      { as: owner.token },
    );
    expect(after.requester.name).toBe(final.requester.name);
    expect(after.requester.tickets.totalCount).toBe(110);
  });

  it('creates 60 distinct requesters for 60 distinct emails sent at once, each with its own ticket', async () => {
    const owner = await signUpOwner(api);
    const emails = times(60, () => uniqueEmail('distinct'));
    const tickets = created(
      await Promise.all(
        emails.map((email, i) => send(owner, { requesterEmail: i % 2 ? email.toUpperCase() : ` ${email} ` })),
      ),
    );
    expect(new Set(tickets.map((t) => t.requester.id)).size).toBe(60);
    expect(tickets.map((t) => t.requester.email)).toEqual(emails);
  });
});
