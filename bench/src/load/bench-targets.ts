import type { LoadResult } from './load-result';

export interface MeasuredRow {
  id: string;
  kind: 'api' | 'baseline';
  result: LoadResult;
  sqlPerRequest?: number;
  rssMiB?: number;
  /** CPU time of the serving process per request: the API's (or bare server's), or the raw loop's own. */
  cpuMsPerRequest?: number;
  /** Set on the rate-limited run: the requests per second asked for. */
  rate?: number;
  /** Percent of the machine's CPU time the hypervisor took during the measurement. */
  stolenPercent?: number;
}

export interface TargetResult {
  name: string;
  measured: number | null;
  /** e.g. '≥ 0.7' */
  target: string;
  met: boolean | null;
  how: string;
}

const rps = (rows: MeasuredRow[], id: string) => rows.find((r) => r.id === id)?.result.rps ?? null;
const row = (rows: MeasuredRow[], id: string) => rows.find((r) => r.id === id) ?? null;

function ratio(
  name: string,
  a: number | null,
  b: number | null,
  op: '≥' | '≤',
  limit: number,
  how: string,
): TargetResult {
  const measured = a === null || b === null || b === 0 ? null : a / b;
  return {
    name,
    measured,
    target: `${op} ${limit}`,
    met: measured === null ? null : op === '≥' ? measured >= limit : measured <= limit,
    how,
  };
}

/** The targets, each from the rows of this run. */
export function evaluateTargets(rows: MeasuredRow[]): TargetResult[] {
  const targets: TargetResult[] = [];
  for (const id of [
    'createTicket-new-requester',
    'createTicket-existing-requester',
    'reply-claim',
    'reply-assigned',
  ]) {
    targets.push(
      ratio(
        `${id} ÷ raw`,
        rps(rows, id),
        rps(rows, `raw:${id}`),
        '≥',
        0.7,
        'throughput ÷ raw driver running the same SQL',
      ),
    );
  }
  for (const id of ['queue-first-page', 'tickets-mine']) {
    targets.push(
      ratio(
        `${id} ÷ raw`,
        rps(rows, id),
        rps(rows, `raw:${id}`),
        '≥',
        0.6,
        'throughput ÷ raw page SELECT + total',
      ),
    );
  }
  targets.push(
    ratio(
      '{ __typename } ÷ bare Apollo',
      rps(rows, 'typename'),
      rps(rows, 'bare-apollo'),
      '≥',
      0.9,
      'throughput ÷ bare Apollo Server 5, its standalone server',
    ),
  );
  const deep = row(rows, 'queue-deep-page');
  const first = row(rows, 'queue-first-page');
  targets.push(
    ratio(
      'deep page ÷ first page latency (p50)',
      deep?.result.p50 ?? null,
      first?.result.p50 ?? null,
      '≤',
      1.2,
      'unassignedQueue p50, deep ÷ first',
    ),
  );
  targets.push(
    ratio(
      'queue latency at full size ÷ at 10,000 tickets (p50)',
      first?.result.p50 ?? null,
      row(rows, 'queue-first-page@10k')?.result.p50 ?? null,
      '≤',
      1.2,
      'unassignedQueue first page p50, full data set ÷ 10,000-ticket one',
    ),
  );
  const limited = row(rows, 'createTicket-at-70pct');
  targets.push({
    name: 'createTicket p99 at 70% of max (ms)',
    measured: limited?.result.p99 ?? null,
    target: '≤ 25',
    met: limited ? limited.result.p99 <= 25 : null,
    how: limited ? `requests evenly paced at ${limited.rate} req/s` : 'not run',
  });
  const lists = ['queue-first-page', 'queue-deep-page', 'tickets-mine']
    .map((id) => row(rows, id)?.sqlPerRequest)
    .filter((n): n is number => n !== undefined);
  const worst = lists.length ? Math.max(...lists) : null;
  targets.push({
    name: 'SQL statements per list request',
    measured: worst,
    target: '≤ 3',
    met: worst === null ? null : worst <= 3,
    how: 'most of queue first/deep page and MINE, counted on 20 requests sent one by one',
  });
  const apiRows = rows.filter((r) => r.kind === 'api');
  const errors = apiRows.reduce((sum, r) => sum + r.result.errors, 0);
  targets.push({
    name: 'errors under load',
    measured: apiRows.length ? errors : null,
    target: '= 0',
    met: apiRows.length ? errors === 0 : null,
    how: 'non-2xx or GraphQL errors, all API scenarios',
  });
  return targets;
}
