import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiProcess, describeRetries, diffStats, sumStats, type TransactionStats } from '../lib/api-process';
import { runCleanups } from '../lib/cleanup';
import {
  createMysqlDatabase,
  createSqliteDatabase,
  SHARED_MYSQL_URL,
  type ScratchDatabase,
} from '../lib/databases';
import { ClientPool } from '../lib/graphql';
import { publish, type Table } from '../lib/report';
import { latencySummary, seconds } from '../lib/stats';
import { autoClaim } from './auto-claim';
import { findOrCreate } from './find-or-create';
import { numbering } from './numbering';
import type { ScenarioOptions, ScenarioResult } from './scenario';

/** The sizes from the issue; RELIABILITY_SCALE=0.1 runs a tenth of the rounds for a quick try. */
const scale = Number(process.env['RELIABILITY_SCALE'] ?? '1');
const SIZES = {
  autoClaimRounds: Math.max(1, Math.round(100 * scale)),
  autoClaimAgents: 50,
  findOrCreateRounds: Math.max(1, Math.round(5 * scale)),
  findOrCreateConcurrency: 100,
  numberingTotal: Math.max(100, Math.round(1000 * scale)),
  numberingWorkspaces: 10,
  numberingInFlight: 100,
};

interface TargetRun {
  target: string;
  results: ScenarioResult[];
  /** Transient transaction failures, each retried, per scenario (null: ran at the same time as others). */
  retries: (TransactionStats | null)[];
  totalRetries: TransactionStats | null;
}

async function startApis(db: ScratchDatabase, count: number, logFile: string): Promise<ApiProcess[]> {
  const apis: ApiProcess[] = [];
  // One after the other: the first runs the migrations.
  for (let i = 1; i <= count; i++)
    apis.push(await ApiProcess.start({ name: `api ${i}`, databaseUrl: db.url, logFile }));
  return apis;
}

const scenarios = (options: ScenarioOptions) => [
  () => autoClaim(options, SIZES.autoClaimRounds, SIZES.autoClaimAgents),
  () => findOrCreate(options, SIZES.findOrCreateRounds, SIZES.findOrCreateConcurrency),
  () => numbering(options, SIZES.numberingTotal, SIZES.numberingWorkspaces, SIZES.numberingInFlight),
];

/** (a), (b), (c) one after the other against one API process, with the retries of each. */
async function runSequential(target: string, db: ScratchDatabase, logFile: string): Promise<TargetRun> {
  console.log(`\n[${target}] ${db.describe}`);
  const [api] = await startApis(db, 1, logFile);
  if (!api) throw new Error('no API process');
  const run: TargetRun = { target, results: [], retries: [], totalRetries: null };
  const initial = await api.stats();
  for (const scenario of scenarios({ clients: new ClientPool([api.client]), label: target })) {
    const before = await api.stats();
    const result = await scenario();
    run.results.push(result);
    run.retries.push(diffStats(await api.stats(), before));
    console.log(
      `  ${result.scenario}: ${result.failures.length === 0 ? 'ok' : `${result.failures.length} broken`} in ${seconds(result.durationMs)}`,
    );
  }
  run.totalRetries = diffStats(await api.stats(), initial);
  await api.stop();
  return run;
}

/** (d) two API processes on one MariaDB database, (a), (b) and (c) at the same time, requests alternating between them. */
async function runTwoProcesses(target: string, db: ScratchDatabase, logFile: string): Promise<TargetRun> {
  console.log(`\n[${target}] ${db.describe}`);
  const apis = await startApis(db, 2, logFile);
  const clients = new ClientPool(apis.map((a) => a.client));
  const initial = sumStats(await Promise.all(apis.map((a) => a.stats())));
  const results = await Promise.all(scenarios({ clients, label: target }).map((scenario) => scenario()));
  for (const r of results)
    console.log(
      `  ${r.scenario}: ${r.failures.length === 0 ? 'ok' : `${r.failures.length} broken`} in ${seconds(r.durationMs)}`,
    );
  const perProcess = await Promise.all(apis.map((a) => a.stats()));
  const totalRetries = diffStats(sumStats(perProcess), initial);
  await Promise.all(apis.map((a) => a.stop()));
  return { target, results, retries: results.map(() => null), totalRetries };
}

export async function runConcurrency(): Promise<boolean> {
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deskline-rel-concurrency-'));
  const runs: TargetRun[] = [];
  try {
    runs.push(await runSequential('SQLite', createSqliteDatabase(), path.join(logDir, 'sqlite.log')));
    runs.push(
      await runSequential(
        'MariaDB',
        await createMysqlDatabase(SHARED_MYSQL_URL),
        path.join(logDir, 'mariadb.log'),
      ),
    );
    runs.push(
      await runTwoProcesses(
        'MariaDB, 2 API processes',
        await createMysqlDatabase(SHARED_MYSQL_URL),
        path.join(logDir, 'mariadb-2.log'),
      ),
    );
    runs.push(
      await runTwoProcesses(
        'SQLite, 2 API processes',
        createSqliteDatabase(),
        path.join(logDir, 'sqlite-2.log'),
      ),
    );
  } finally {
    await runCleanups();
  }

  const failures = runs.flatMap((r) => r.results.flatMap((s) => s.failures));
  const rows: Table['rows'] = runs.flatMap((run) =>
    run.results.map((r, i) => [
      run.target,
      r.scenario,
      r.rounds,
      r.concurrency,
      r.requests,
      r.expectedErrors,
      r.unexpectedErrors,
      seconds(r.durationMs),
      latencySummary(r.latencies),
      run.retries[i] ? describeRetries(run.retries[i] ?? null) : 'see total',
      r.failures.length === 0 ? 'held' : `${r.failures.length} broken`,
    ]),
  );
  publish({
    name: 'concurrency',
    title: 'Deskline reliability: concurrency at scale',
    setup: [
      `SQLite: one API process on a fresh file (WAL). MariaDB: one API process on a fresh database of the server at ${new URL(SHARED_MYSQL_URL).host}.`,
      'MariaDB, 2 API processes: two real server processes on one database, (a), (b) and (c) running at the same time, requests alternating between the processes. ' +
        'SQLite, 2 API processes: the same on one SQLite file (beyond the issue: processes then contend through the file locks).',
      `Sizes: auto-claim ${SIZES.autoClaimRounds} rounds × ${SIZES.autoClaimAgents} agents; find-or-create ${SIZES.findOrCreateRounds} rounds × ${SIZES.findOrCreateConcurrency} requests; ` +
        `numbering ${SIZES.numberingTotal} requests over ${SIZES.numberingWorkspaces} workspaces, ${SIZES.numberingInFlight} in flight, 1 in 10 failing on purpose.`,
      `Server logs: ${logDir}`,
    ],
    tables: [
      {
        heading: 'Figures',
        columns: [
          'target',
          'scenario',
          'rounds',
          'concurrent',
          'requests',
          'expected errors',
          'unexpected errors',
          'duration',
          'latency p50 / p95 / max',
          'transient tx failures (retried)',
          'guarantees',
        ],
        rows,
      },
      {
        heading: 'Transaction retries per target',
        columns: ['target', 'transient failures / transaction attempts'],
        rows: runs.map((r) => [r.target, describeRetries(r.totalRetries)]),
      },
    ],
    notes: [
      'Transient failures are deadlocks, lock wait timeouts and SQLITE_BUSY*: Database.transaction retries each one whole (up to 5 attempts); counted inside each API process through the onTransactionAttempt hook of apps/api.',
      'Expected errors: the numbering requests that fail on purpose after taking a number (a category of another workspace), each answered BAD_USER_INPUT on categoryId.',
    ],
    failures,
  });
  return failures.length === 0;
}
