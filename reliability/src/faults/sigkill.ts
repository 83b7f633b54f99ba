import { Checks } from '../lib/checks';
import { createNamedMysqlDatabase } from '../lib/databases';
import type { PrivateMariaDb } from '../lib/private-mariadb';
import { seconds, sleep, tally } from '../lib/stats';
import { failureFigures, lastFailureAfter, timeToFirstSuccess, within } from './analysis';
import { LOAD_CLIENTS, loadAgents, startApi } from './fault-setup';
import { LoadGenerator } from './load';
import { fmtOptional, storedFigures, type FaultResult } from './outage';
import { checkStoredData } from './stored-data';

export const KILL = { before: 6_000, down: 2_000, after: 8_000, total: 20_000, recoveryLimit: 10_000 };

/**
 * (b) SIGKILL of the API under load: the process dies mid-request and is started again on the same
 * port and database. Nothing acknowledged is lost, nothing is half-written, and it serves again.
 */
export async function apiSigkill(mariadb: PrivateMariaDb, logFile: string): Promise<FaultResult> {
  const checks = new Checks('API SIGKILL');
  await createNamedMysqlDatabase(mariadb.serverUrl, 'deskline_rel_sigkill');
  const databaseUrl = `${mariadb.serverUrl}/deskline_rel_sigkill`;
  let api = await startApi('api (before SIGKILL)', databaseUrl, logFile);
  try {
    const agents = await loadAgents(api.client);
    const load = new LoadGenerator(api.client, agents);
    load.start();

    await sleep(KILL.before);
    const killAt = load.now();
    await api.kill();
    await sleep(KILL.down);
    const restartAt = load.now();
    api = await startApi('api (after SIGKILL)', databaseUrl, logFile, api.port);
    const listeningAt = load.now();
    await sleep(Math.max(KILL.after, KILL.total - listeningAt));
    await load.stop();
    const endAt = load.now();

    const before = load.events.filter((e) => within(e, { from: 0, to: killAt }));
    const down = load.events.filter((e) => within(e, { from: killAt, to: listeningAt }));
    const after = load.events.filter((e) => within(e, { from: listeningAt, to: Infinity }));
    // Requests in flight at the kill started before it and failed with it: count them as the fault's.
    const inFlightAtKill = before.filter((e) => !e.ok && e.endedAt >= killAt);
    const failedBefore = before.filter((e) => !e.ok && e.endedAt < killAt);
    checks.equal(failedBefore.length, 0, 'requests failed before the kill');
    const afterFigures = failureFigures(after);
    checks.equal(
      afterFigures.failed,
      0,
      `requests failed after the restarted API listened (${afterFigures.codes})`,
    );
    const recovery = timeToFirstSuccess(load.events, listeningAt);
    checks.expect(
      recovery !== null && recovery <= KILL.recoveryLimit,
      `no request succeeded within ${seconds(KILL.recoveryLimit)} of the restart`,
    );

    await api.stop();
    const stored = await checkStoredData(databaseUrl, load.tickets, load.replies, checks);
    const downFigures = failureFigures([...inFlightAtKill, ...down]);

    return {
      scenario: 'API SIGKILL',
      failures: checks.failures,
      figures: [
        ['load', `${LOAD_CLIENTS} concurrent clients (createTicket, replyToTicket) for ${seconds(endAt)}`],
        [
          'API down (SIGKILL … restarted process listening)',
          `${seconds(listeningAt - killAt)} (start of the new process took ${seconds(listeningAt - restartAt)})`,
        ],
        ['requests in flight at the kill (failed)', inFlightAtKill.length],
        ['requests before / while down / after', `${before.length} / ${down.length} / ${after.length}`],
        ['what clients got while it was down', downFigures.codes],
        ['time to first success after the restart listened', recovery === null ? 'never' : seconds(recovery)],
        [
          'last failure ended, after the restart listened',
          fmtOptional(lastFailureAfter(load.events, listeningAt)),
        ],
        [
          'failed after the restart',
          `${afterFigures.failed} of ${after.length}${afterFigures.failed ? ` (${tally(after.filter((e) => !e.ok).map((e) => e.code))})` : ''}`,
        ],
        ...storedFigures(load.tickets.length, load.replies.length, stored),
      ],
    };
  } finally {
    await api.kill();
  }
}
