import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCleanups } from '../lib/cleanup';
import { PrivateMariaDb } from '../lib/private-mariadb';
import { publish } from '../lib/report';
import { seconds } from '../lib/stats';
import { databaseOutage, OUTAGE, type FaultResult } from './outage';
import { apiSigkill, KILL } from './sigkill';

export const PRIVATE_MARIADB_PORT = Number(process.env['RELIABILITY_PRIVATE_MARIADB_PORT'] ?? '3317');

/** Faults against a private MariaDB started for this run (stopped and deleted at the end, also on failure). */
export async function runFaults(): Promise<boolean> {
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deskline-rel-faults-'));
  const results: FaultResult[] = [];
  try {
    console.log(`\n[faults] starting a private MariaDB on 127.0.0.1:${PRIVATE_MARIADB_PORT}`);
    const mariadb = await PrivateMariaDb.create(PRIVATE_MARIADB_PORT);
    console.log('[faults] (a) database outage under load (SIGTERM to mariadbd)');
    results.push(await databaseOutage(mariadb, 'shutdown', path.join(logDir, 'outage.log')));
    console.log('[faults] (a2) database crash under load (SIGKILL to mariadbd)');
    results.push(await databaseOutage(mariadb, 'crash', path.join(logDir, 'crash.log')));
    console.log('[faults] (b) SIGKILL of the API under load');
    results.push(await apiSigkill(mariadb, path.join(logDir, 'sigkill.log')));
  } finally {
    await runCleanups();
  }

  const failures = results.flatMap((r) => r.failures);
  publish({
    name: 'faults',
    title: 'Deskline reliability: faults',
    setup: [
      `A private MariaDB (mariadb-install-db into a temporary datadir, mariadbd --no-defaults on 127.0.0.1:${PRIVATE_MARIADB_PORT}), stopped and deleted after the run; the shared server is not touched.`,
      'One real API process (apps/api/src/main.ts, DATABASE_URL=mysql://root@127.0.0.1:<port>/<db>); stored rows are read straight from MariaDB with mysql2.',
      `(a) outage: load ${seconds(OUTAGE.before)} → SIGTERM to mariadbd → ${seconds(OUTAGE.length)} down → mariadbd started again → at least ${seconds(OUTAGE.after)} more load.`,
      `(a2) crash: the same with SIGKILL to mariadbd instead of SIGTERM (InnoDB crash recovery at the next start).`,
      `(b) SIGKILL: load ${seconds(KILL.before)} → kill -9 of the API → ${seconds(KILL.down)} down → a new API process on the same port → at least ${seconds(KILL.after)} more load.`,
      `Server logs: ${logDir}`,
    ],
    tables: results.map((r) => ({ heading: r.scenario, columns: ['figure', 'value'], rows: r.figures })),
    failures,
  });
  return failures.length === 0 && results.length === 3;
}
