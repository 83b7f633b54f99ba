import { Checks } from '../lib/checks';
import { createNamedMysqlDatabase } from '../lib/databases';
import type { PrivateMariaDb } from '../lib/private-mariadb';
import { max, ms, seconds, sleep, tally } from '../lib/stats';
import { CONTRACT_CODES, failureFigures, lastFailureAfter, timeToFirstSuccess, within } from './analysis';
import { LOAD_CLIENTS, loadAgents, startApi } from './fault-setup';
import { HealthPoller, LoadGenerator } from './load';
import { checkStoredData } from './stored-data';

export interface FaultResult {
  scenario: string;
  figures: [string, string | number][];
  failures: string[];
}

export const OUTAGE = {
  before: 6_000,
  length: 8_000,
  after: 10_000,
  total: 20_000,
  recoveryLimit: 10_000,
  failFastLimit: 10_000,
};

export type OutageKind = 'shutdown' | 'crash';

/**
 * (a) Database outage under load: LOAD_CLIENTS clients create tickets and reply; in the middle the
 * private mariadbd is stopped for OUTAGE.length and started again, the API left running. 'shutdown'
 * sends it SIGTERM (a clean stop); 'crash' sends SIGKILL (InnoDB recovers at the next start).
 * During the outage requests fail fast with a contract code and /healthz answers 503; within
 * OUTAGE.recoveryLimit of the database's return the API serves again; nothing acknowledged is lost and
 * nothing is half-written.
 */
export async function databaseOutage(
  mariadb: PrivateMariaDb,
  kind: OutageKind,
  logFile: string,
): Promise<FaultResult> {
  const scenario =
    kind === 'shutdown' ? 'database outage (SIGTERM to mariadbd)' : 'database crash (SIGKILL to mariadbd)';
  const checks = new Checks(scenario);
  const database = kind === 'shutdown' ? 'deskline_rel' : 'deskline_rel_crash';
  await createNamedMysqlDatabase(mariadb.serverUrl, database);
  const databaseUrl = `${mariadb.serverUrl}/${database}`;
  const api = await startApi(`api (${kind})`, databaseUrl, logFile);
  try {
    const agents = await loadAgents(api.client);
    const load = new LoadGenerator(api.client, agents);
    const health = new HealthPoller(api.client, () => load.now());
    load.start();
    health.start();

    await sleep(OUTAGE.before);
    const stopAt = load.now();
    await mariadb.stop(kind === 'shutdown' ? 'SIGTERM' : 'SIGKILL');
    const stoppedAt = load.now();
    await sleep(OUTAGE.length - (stoppedAt - stopAt));
    const startAt = load.now();
    await mariadb.start();
    const backAt = load.now();
    await sleep(Math.max(OUTAGE.after, OUTAGE.total - backAt));
    await Promise.all([load.stop(), health.stop()]);
    const endAt = load.now();
    const apiStillRunning = api.running;
    checks.expect(apiStillRunning, 'the API process died during the outage');

    const before = load.events.filter((e) => within(e, { from: 0, to: stopAt }));
    const during = load.events.filter((e) => within(e, { from: stopAt, to: backAt }));
    const after = load.events.filter((e) => within(e, { from: backAt, to: Infinity }));
    // Requests in flight when the database went away started before it and fail with it.
    const inFlightAtStop = before.filter((e) => !e.ok && e.endedAt >= stopAt);
    const failedBefore = before.filter((e) => !e.ok && e.endedAt < stopAt);
    checks.equal(failedBefore.length, 0, 'requests failed before the outage');
    const duringFigures = failureFigures([...inFlightAtStop, ...during]);
    checks.expect(
      duringFigures.maxFailedLatency <= OUTAGE.failFastLimit,
      `a failed request took ${ms(duringFigures.maxFailedLatency)} (a hang, not a fast failure)`,
    );
    const offContract = [...inFlightAtStop, ...during].filter((e) => !e.ok && !CONTRACT_CODES.has(e.code));
    checks.equal(
      tally(offContract.map((e) => e.code)),
      '',
      'failures during the outage without a contract error code',
    );

    const recovery = timeToFirstSuccess(load.events, backAt);
    checks.expect(
      recovery !== null && recovery <= OUTAGE.recoveryLimit,
      `no request succeeded within ${seconds(OUTAGE.recoveryLimit)} of the database's return (first success: ${recovery === null ? 'never' : seconds(recovery)})`,
    );
    const lateFailures = after.filter((e) => !e.ok && e.startedAt >= backAt + OUTAGE.recoveryLimit);
    checks.equal(
      lateFailures.length,
      0,
      `requests failing more than ${seconds(OUTAGE.recoveryLimit)} after the database's return`,
    );

    // /healthz while the database was certainly down (after the stop completed, before the start began).
    const downPolls = health.polls.filter((p) => p.at >= stoppedAt + 300 && p.at < startAt);
    checks.expect(
      downPolls.length > 0 && downPolls.every((p) => p.status === 503),
      `/healthz during the outage answered ${tally(downPolls.map((p) => String(p.status)))}, not only 503`,
    );
    const healthyAgain = health.polls.find((p) => p.at >= backAt && p.status === 200);

    await api.stop();
    const stored = await checkStoredData(databaseUrl, load.tickets, load.replies, checks);

    return {
      scenario,
      failures: checks.failures,
      figures: [
        ['load', `${LOAD_CLIENTS} concurrent clients (createTicket, replyToTicket) for ${seconds(endAt)}`],
        [
          `outage (${kind === 'shutdown' ? 'SIGTERM' : 'SIGKILL'} to mariadbd … accepting connections again)`,
          `${seconds(backAt - stopAt)} (stop took ${ms(stoppedAt - stopAt)}, start took ${ms(backAt - startAt)})`,
        ],
        [
          'requests before / during / after the outage',
          `${before.length} / ${during.length} / ${after.length}`,
        ],
        ['requests in flight when it went down (failed)', inFlightAtStop.length],
        [
          'failed during the outage (the others were answered before the stop took effect or as it came back)',
          `${during.filter((e) => !e.ok).length} of ${during.length}`,
        ],
        ['max latency of a failed request during the outage', ms(duringFigures.maxFailedLatency)],
        ['what clients got during the outage', duringFigures.codes],
        ['messages clients got', duringFigures.messages],
        [
          '/healthz while the database was down',
          `${tally(downPolls.map((p) => String(p.status ?? 'no answer')))}, max ${ms(max(downPolls.map((p) => p.ms)))}`,
        ],
        [
          '/healthz 200 again after the database returned',
          healthyAgain ? `after ${seconds(healthyAgain.at - backAt)}` : 'never',
        ],
        [
          'time to first success after the database returned',
          recovery === null ? 'never' : seconds(recovery),
        ],
        [
          'last failure ended, after the database returned',
          fmtOptional(lastFailureAfter(load.events, backAt)),
        ],
        ['failed after the database returned', `${after.filter((e) => !e.ok).length} of ${after.length}`],
        ['API restarted', apiStillRunning ? 'no (same process throughout)' : 'it died'],
        ...storedFigures(load.tickets.length, load.replies.length, stored),
      ],
    };
  } finally {
    await api.kill();
  }
}

export function fmtOptional(value: number | null): string {
  return value === null ? 'none' : seconds(value);
}

export function storedFigures(
  tickets: number,
  replies: number,
  stored: Awaited<ReturnType<typeof checkStoredData>>,
): [string, string | number][] {
  return [
    [
      'acknowledged tickets / stored tickets',
      `${tickets} / ${stored.storedTickets} (missing ${stored.acknowledgedTicketsMissing}, stored without acknowledgement ${stored.storedNotAcknowledgedTickets})`,
    ],
    [
      'acknowledged replies / stored replies',
      `${replies} / ${stored.storedReplies} (missing ${stored.acknowledgedRepliesMissing}, stored without acknowledgement ${stored.storedNotAcknowledgedReplies})`,
    ],
    ['half-written rows', stored.halfWritten],
  ];
}
