import { Checks, duplicates, isOneToN } from '../lib/checks';
import { createCategory, CREATE_TICKET, signUpOwner, type Actor, type CreatedTicket } from '../lib/fixtures';
import { describeFailure, type CallResult, type GraphQLClient } from '../lib/graphql';
import { withConcurrency } from '../lib/stats';
import type { ScenarioOptions, ScenarioResult } from './scenario';

const TICKETS_PAGE = `query ($ws: ID!, $after: String) {
  tickets(workspaceId: $ws, view: ALL, first: 100, after: $after) { nodes { id number reference } pageInfo { hasNextPage endCursor } }
}`;

interface TicketsPage {
  tickets: {
    nodes: { id: string; number: number; reference: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Every ticket of a workspace, read back page by page. */
async function storedTickets(client: GraphQLClient, owner: Actor): Promise<TicketsPage['tickets']['nodes']> {
  const all: TicketsPage['tickets']['nodes'] = [];
  let after: string | null = null;
  for (;;) {
    const page: TicketsPage = await client.ok<TicketsPage>(
      TICKETS_PAGE,
      { ws: owner.workspaceId, after },
      owner.token,
    );
    all.push(...page.tickets.nodes);
    if (!page.tickets.pageInfo.hasNextPage) return all;
    after = page.tickets.pageInfo.endCursor;
  }
}

/**
 * (c) Numbers and references: `total` createTicket requests spread over `workspaceCount` workspaces,
 * `inFlight` at any moment; one in ten fails on purpose after its number was taken (a category of
 * another workspace: BAD_USER_INPUT on categoryId, its transaction rolls the number back). Per workspace
 * the stored numbers are 1..n with no gaps or repeats; references are unique across all workspaces.
 */
export async function numbering(
  { clients, label }: ScenarioOptions,
  total: number,
  workspaceCount: number,
  inFlight: number,
): Promise<ScenarioResult> {
  const owners: Actor[] = [];
  const categories: string[] = [];
  for (let w = 0; w < workspaceCount; w++) {
    const owner = await signUpOwner(clients.first, `${label} numbering ${w + 1}`);
    owners.push(owner);
    categories.push(await createCategory(clients.first, owner, 'Billing'));
  }
  const checks = new Checks(`numbering (${label})`);
  const started = performance.now();

  // Request i goes to workspace i % W; within each block of W·10 requests, each workspace has one failing on purpose.
  const failsOnPurpose = (i: number) => i % 10 === Math.floor(i / workspaceCount) % 10;
  const results = await withConcurrency(total, inFlight, (i) => {
    const w = i % workspaceCount;
    const owner = owners[w] as Actor;
    const input: Record<string, unknown> = {
      workspaceId: owner.workspaceId,
      // A few requesters per workspace: numbering contends with find-or-create too.
      requesterEmail: `customer-${i % 7}@example.com`,
      subject: `Numbering ${i}`,
      ...(failsOnPurpose(i)
        ? { categoryId: categories[(w + 1) % workspaceCount] }
        : { categoryId: categories[w] }),
    };
    return clients.pick().call<{ createTicket: CreatedTicket }>(CREATE_TICKET, { input }, owner.token);
  });

  let expectedErrors = 0;
  let unexpectedErrors = 0;
  const acknowledged: CreatedTicket[] = [];
  results.forEach((res: CallResult<{ createTicket: CreatedTicket }>, i) => {
    if (failsOnPurpose(i)) {
      const error = res.errors?.[0]?.extensions;
      if (!res.ok && error?.code === 'BAD_USER_INPUT' && error.field === 'categoryId') expectedErrors++;
      else {
        unexpectedErrors++;
        checks.expect(
          false,
          `request ${i} should fail with BAD_USER_INPUT on categoryId: ${res.ok ? 'it succeeded' : describeFailure(res)}`,
        );
      }
    } else if (res.ok && res.data) acknowledged.push(res.data.createTicket);
    else {
      unexpectedErrors++;
      if (unexpectedErrors <= 5) checks.expect(false, `request ${i} failed: ${describeFailure(res)}`);
    }
  });
  const durationMs = performance.now() - started;

  const references: string[] = [];
  for (const [w, owner] of owners.entries()) {
    const answered = acknowledged.filter((t) => t.workspace.id === owner.workspaceId);
    checks.expect(
      isOneToN(answered.map((t) => t.number)),
      `workspace ${w + 1}: numbers in the answers are not 1..${answered.length}`,
    );
    const stored = await storedTickets(clients.first, owner);
    checks.equal(stored.length, answered.length, `workspace ${w + 1}: stored tickets vs acknowledged`);
    checks.expect(
      isOneToN(stored.map((t) => t.number)),
      `workspace ${w + 1}: stored numbers are not 1..${stored.length} (gaps or repeats)`,
    );
    checks.equal(
      stored.map((t) => t.id).sort(),
      answered.map((t) => t.id).sort(),
      `workspace ${w + 1}: stored ticket ids are the acknowledged ones`,
    );
    references.push(...stored.map((t) => t.reference));
  }
  checks.equal(duplicates(references), [], 'references used more than once');
  checks.expect(
    references.every((r) => /^TK-\d{5,}$/.test(r)),
    'every reference looks like TK-00042',
  );

  return {
    scenario: '(c) numbers and references',
    rounds: 1,
    concurrency: inFlight,
    requests: total,
    expectedErrors,
    unexpectedErrors,
    durationMs,
    latencies: results.map((r) => r.ms),
    failures: checks.failures,
  };
}
