import type { BenchOptions } from '../lib/cli-options';
import { parseTarget } from '../lib/database-target';
import { openSqlClient } from '../lib/sql-client';
import { ApiProcess } from './api-process';
import { apiScenario, type ScenarioId } from './api-scenarios';
import { BareApolloProcess } from './bare-apollo-process';
import { loadFixture } from './bench-fixture';
import { evaluateTargets } from './bench-targets';
import { runClosedLoop } from './closed-loop-load';
import { type HttpScenario, runHttpLoad } from './http-load';
import type { LoadResult, LoadShape } from './load-result';
import { RAW_SCENARIOS, RawBaseline, type RawScenarioId } from './raw-baseline';
import { type BenchReport, type MeasuredRow, printAndWriteReport } from './bench-report';
import * as ops from './graphql-operations';
import path from 'node:path';
import { resultsDir } from '../lib/paths';
import { printCpuProfileSummary } from './cpu-profile-summary';
import { SMALL_TICKETS, seedSmallDataSet } from './small-data-set';

/** Requests sent one by one after each scenario's load, to count its SQL statements exactly. */
const SQL_SAMPLE = 20;

/** The Unassigned queue's first page on the 10,000-ticket data set. */
export const SMALL_QUEUE_ID = 'queue-first-page@10k';

export const API_SCENARIOS: ScenarioId[] = [
  'createTicket-new-requester',
  'createTicket-existing-requester',
  'reply-claim',
  'reply-assigned',
  'assignTicket',
  'queue-first-page',
  'queue-deep-page',
  'tickets-mine',
  'ticketByReference',
  'typename',
];

const wanted = (options: BenchOptions, id: string) => options.only === null || options.only.includes(id);

function log(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

function summary(r: LoadResult, cpuMsPerRequest?: number): string {
  const cpu = cpuMsPerRequest === undefined ? '' : `, ${cpuMsPerRequest.toFixed(3)} CPU ms/req`;
  return `${Math.round(r.rps)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors${cpu}${r.errorSamples.length ? ` (${r.errorSamples[0]})` : ''}`;
}

/** `pnpm bench`: every scenario against the real server, each followed by its baseline, then one table. */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const target = parseTarget(options.databaseUrl);
  const shape: LoadShape = { connections: options.connections, duration: options.duration };
  const warm: LoadShape = { connections: options.connections, duration: options.warmup };
  const sql = await openSqlClient(target);
  log('reading the fixture from the seeded database');
  const fixture = await loadFixture(sql).finally(() => sql.close());
  log(
    `largest Unassigned queue: workspace ${fixture.bigWorkspaceId}, ${fixture.bigQueueLength} tickets; deep page after ${fixture.deepDepth} rows`,
  );

  const rows: MeasuredRow[] = [];
  // Each baseline (and the queue at 10,000 tickets) runs right after the API scenario it is compared
  // with, so that the two numbers of a ratio are measured seconds apart: this VM's speed drifts within a run.
  const comparisonRows: MeasuredRow[] = [];
  const rawRows: MeasuredRow[] = [];
  const raw = new RawBaseline(target, options.poolSize);
  const measureRaw = async (id: RawScenarioId): Promise<void> => {
    const op = raw.operation(id, fixture);
    if (options.warmup > 0) await runClosedLoop(op, warm);
    const before = raw.driver.statements;
    const cpuBefore = process.cpuUsage();
    const result = await runClosedLoop(op, shape);
    const cpu = process.cpuUsage(cpuBefore);
    const sqlPerRequest = result.requests ? (raw.driver.statements - before) / result.requests : 0;
    const cpuMsPerRequest = result.requests ? (cpu.user + cpu.system) / 1000 / result.requests : undefined;
    rawRows.push({ id: `raw:${id}`, kind: 'baseline', result, sqlPerRequest, cpuMsPerRequest });
    log(`${`raw ${id}`.padEnd(34)} ${summary(result, cpuMsPerRequest)}`);
  };
  const measureBareApollo = async (): Promise<void> => {
    const bare = await BareApolloProcess.start(options.port + 1);
    try {
      const scenario: HttpScenario = { next: () => ({ body: ops.requestBody(ops.TYPENAME) }) };
      if (options.warmup > 0) await runHttpLoad(bare.url, scenario, warm);
      const cpuBefore = bare.cpuMs();
      const result = await runHttpLoad(bare.url, scenario, shape);
      const cpuMsPerRequest = result.requests ? (bare.cpuMs() - cpuBefore) / result.requests : undefined;
      comparisonRows.push({
        id: 'bare-apollo',
        kind: 'baseline',
        result,
        cpuMsPerRequest,
        rssMiB: bare.rssMiB(),
      });
      log(`${'bare Apollo { __typename }'.padEnd(34)} ${summary(result, cpuMsPerRequest)}`);
    } finally {
      await bare.stop();
    }
  };
  // The queue on a 10,000-ticket copy, by its own API process, measured right after the full-size queue.
  let small: { api: ApiProcess; scenario: HttpScenario; queueLength: number } | null = null;
  if (wanted(options, SMALL_QUEUE_ID)) {
    log(
      `seeding the same shape at ${SMALL_TICKETS.toLocaleString('en')} tickets, for the queue at both sizes`,
    );
    const smallUrl = await seedSmallDataSet(options);
    const smallSql = await openSqlClient(parseTarget(smallUrl));
    const smallFixture = await loadFixture(smallSql).finally(() => smallSql.close());
    const smallApi = await ApiProcess.start(
      smallUrl,
      options.port + 2,
      options.poolSize,
      [],
      options.workers ?? undefined,
    );
    small = {
      api: smallApi,
      scenario: apiScenario('queue-first-page', smallFixture),
      queueLength: smallFixture.bigQueueLength,
    };
  }
  const measureSmallQueue = async (): Promise<void> => {
    if (!small) return;
    if (options.warmup > 0) await runHttpLoad(small.api.url, small.scenario, warm);
    await settle();
    const cpuBefore = small.api.cpuMs();
    const result = await runHttpLoad(small.api.url, small.scenario, shape);
    const cpuMsPerRequest = result.requests ? (small.api.cpuMs() - cpuBefore) / result.requests : undefined;
    comparisonRows.push({
      id: SMALL_QUEUE_ID,
      kind: 'api',
      result,
      cpuMsPerRequest,
      rssMiB: small.api.rssMiB(),
    });
    log(
      `${SMALL_QUEUE_ID.padEnd(34)} ${summary(result, cpuMsPerRequest)} (queue of ${small.queueLength} tickets)`,
    );
  };
  const profileDir = path.join(resultsDir, 'profiles', new Date().toISOString().replace(/[:.]/g, '-'));
  const api = await ApiProcess.start(
    options.databaseUrl,
    options.port,
    options.poolSize,
    options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    options.workers ?? undefined,
  );
  const rssAtStart = api.rssMiB();
  // With one process it serves itself; with more, a cluster primary runs one worker per process less.
  const processes = api.processIds().length;
  const apiWorkers = processes === 1 ? 1 : processes - 1;
  try {
    const measure = async (
      id: string,
      scenario: HttpScenario,
      loadShape: LoadShape,
    ): Promise<MeasuredRow> => {
      if (options.warmup > 0)
        await runHttpLoad(api.url, scenario, { ...warm, overallRate: loadShape.overallRate });
      await settle();
      const cpuBefore = api.cpuMs();
      const result = await runHttpLoad(api.url, scenario, loadShape);
      const cpu = api.cpuMs() - cpuBefore;
      // autocannon stops at its deadline with requests still in flight, which a count under load would
      // add to the next window: statements per request are counted on requests sent one at a time.
      await settle();
      const sent = async () => {
        const one = scenario.next();
        const res = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(one.token ? { authorization: `Bearer ${one.token}` } : {}),
          },
          body: one.body,
        });
        await res.text();
      };
      const before = await api.sqlStats(options.traceSql);
      for (let i = 0; i < SQL_SAMPLE; i++) await sent();
      const after = await api.sqlStats(false);
      const row: MeasuredRow = {
        id,
        kind: 'api',
        result,
        sqlPerRequest: (after.statements - before.statements) / SQL_SAMPLE,
        cpuMsPerRequest: result.requests ? cpu / result.requests : undefined,
        rssMiB: api.rssMiB(),
      };
      log(
        `${id.padEnd(34)} ${summary(result, row.cpuMsPerRequest)}, ${row.sqlPerRequest?.toFixed(2)} SQL/req, RSS ${row.rssMiB} MiB`,
      );
      if (options.traceSql) {
        const perRequest = after.traced.length / SQL_SAMPLE;
        log(
          `  SQL of one ${id}:\n${after.traced
            .slice(0, perRequest)
            .map((s) => `    ${s}`)
            .join('\n')}`,
        );
      }
      return row;
    };
    for (const id of API_SCENARIOS) {
      if (wanted(options, id)) rows.push(await measure(id, apiScenario(id, fixture), shape));
      const rawId = RAW_SCENARIOS.find((r) => r === id);
      if (rawId && wanted(options, id)) await measureRaw(rawId);
      if (id === 'queue-first-page') await measureSmallQueue();
      if (id === 'typename' && wanted(options, 'bare-apollo')) await measureBareApollo();
    }
    const createMax = rows.find((r) => r.id === 'createTicket-new-requester');
    if (createMax && wanted(options, 'createTicket-at-70pct')) {
      const rate = Math.max(1, Math.round(createMax.result.rps * 0.7));
      rows.push({
        ...(await measure('createTicket-at-70pct', apiScenario('createTicket-new-requester', fixture), {
          ...shape,
          overallRate: rate,
        })),
        rate,
      });
    }
  } finally {
    await api.stop();
    await small?.api.stop();
    await raw.close();
  }
  if (options.cpuProf) printCpuProfileSummary(profileDir);

  rows.push(...comparisonRows, ...rawRows);
  const report: BenchReport = {
    date: new Date().toISOString(),
    dialect: target.dialect,
    options: {
      duration: options.duration,
      connections: options.connections,
      warmup: options.warmup,
      poolSize: options.poolSize,
    },
    dataSet: {
      bigWorkspaceId: fixture.bigWorkspaceId,
      bigQueueLength: fixture.bigQueueLength,
      deepDepth: fixture.deepDepth,
    },
    rssAtStartMiB: rssAtStart,
    apiWorkers,
    rows,
    targets: evaluateTargets(rows),
  };
  // A run of some scenarios must never replace the table of a whole run, which the README quotes.
  printAndWriteReport(report, options.only === null ? '' : '-partial');
  return report;
}
