import { randomBytes } from 'node:crypto';
import { Checks } from '../lib/checks';
import { CREATE_TICKET, signUpOwner, type CreatedTicket } from '../lib/fixtures';
import { describeFailure } from '../lib/graphql';
import type { ScenarioOptions, ScenarioResult } from './scenario';

/** 'Pat-1a2b@X.com', ' pat-1a2b@x.com ', 'PAT-1A2B@X.COM\t' …: one address written `count` ways. */
export function emailVariants(local: string, domain: string, count: number): string[] {
  const base = `${local}@${domain}`;
  const pads = ['', ' ', '  ', '\t', ' \t '];
  return Array.from({ length: count }, (_, i) => {
    const cased = [...base].map((c, j) => ((i >> (j % 7)) & 1 ? c.toUpperCase() : c.toLowerCase())).join('');
    return `${pads[i % pads.length]}${cased}${pads[(i * 3) % pads.length]}`;
  });
}

const REQUESTERS = `query ($ws: ID!, $search: String!) { requesters(workspaceId: $ws, search: $search, first: 20) { id email } }`;

/**
 * (b) Find-or-create: `concurrency` createTicket requests at once for one new email written in
 * different cases and surrounding spaces, `rounds` times (a new email each round). One requester per
 * email, every ticket on it, no errors.
 */
export async function findOrCreate(
  { clients, label }: ScenarioOptions,
  rounds: number,
  concurrency: number,
): Promise<ScenarioResult> {
  const owner = await signUpOwner(clients.first, `${label} find-or-create`);
  const checks = new Checks(`find-or-create (${label})`);
  const latencies: number[] = [];
  let unexpectedErrors = 0;
  const started = performance.now();

  for (let round = 1; round <= rounds; round++) {
    const local = `pat-${randomBytes(3).toString('hex')}`;
    const normalized = `${local}@x.com`;
    const variants = emailVariants(local, 'X.com', concurrency);
    const results = await Promise.all(
      variants.map((email, i) =>
        clients.pick().call<{ createTicket: CreatedTicket }>(
          CREATE_TICKET,
          {
            input: {
              workspaceId: owner.workspaceId,
              requesterEmail: email,
              requesterName: i % 2 ? `Pat ${i}` : null,
              subject: `Find-or-create ${round}.${i}`,
            },
          },
          owner.token,
        ),
      ),
    );
    latencies.push(...results.map((r) => r.ms));
    const failed = results.filter((r) => !r.ok);
    unexpectedErrors += failed.length;
    for (const f of failed.slice(0, 3))
      checks.expect(false, `round ${round}: createTicket failed: ${describeFailure(f)}`);

    const requesterIds = new Set(
      results.flatMap((r) => (r.ok && r.data ? [r.data.createTicket.requester.id] : [])),
    );
    checks.equal(requesterIds.size, 1, `round ${round}: distinct requesters on the tickets`);
    const emails = new Set(
      results.flatMap((r) => (r.ok && r.data ? [r.data.createTicket.requester.email] : [])),
    );
    checks.equal([...emails], [normalized], `round ${round}: requester email as stored`);
    const stored = await clients.first.ok<{ requesters: { id: string; email: string }[] }>(
      REQUESTERS,
      { ws: owner.workspaceId, search: normalized },
      owner.token,
    );
    checks.equal(stored.requesters.length, 1, `round ${round}: requesters stored for ${normalized}`);
  }

  return {
    scenario: '(b) find-or-create',
    rounds,
    concurrency,
    requests: rounds * concurrency,
    expectedErrors: 0,
    unexpectedErrors,
    durationMs: performance.now() - started,
    latencies,
    failures: checks.failures,
  };
}
