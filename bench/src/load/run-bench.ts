import type { BenchOptions } from '../lib/cli-options';
import { parseTarget } from '../lib/database-target';
import { openSqlClient, type SqlClient } from '../lib/sql-client';
import { ApiProcess } from './api-process';
import { apiScenario, type ScenarioId } from './api-scenarios';
import { BareApolloProcess } from './bare-apollo-process';
import { loadFixture } from './bench-fixture';
import { evaluateTargets } from './bench-targets';
import { runClosedLoop } from './closed-loop-load';
import { measureInterleaved, settle, type LoadSide, type SideMeasurement } from './interleaved-load';
import { type HttpScenario, runHttpLoad, runPacedHttpLoad } from './http-load';
import type { LatencyHistogram } from './latency-histogram';
import type { LoadResult, LoadShape } from './load-result';
import { RAW_SCENARIOS, RawBaseline, type RawScenarioId } from './raw-baseline';
import { type BenchReport, type MeasuredRow, printAndWriteReport } from './bench-report';
import path from 'node:path';
import { resultsDir } from '../lib/paths';
import { printCpuProfileSummary } from './cpu-profile-summary';
import { SMALL_TICKETS, seedSmallDataSet } from './small-data-set';

/** Requests sent one by one after each scenario's load, to count its SQL statements exactly. */
const SQL_SAMPLE = 20;

/** The Unassigned queue's first page on the 10,000-ticket data set. */
export const SMALL_QUEUE_ID = 'queue-first-page@10k';

/**
 * Scenarios also served by the stack's floor (stack-floor-server.ts): Apollo and graphql-js alone over
 * the raw SQL, reported as floor:<scenario>. `--only floor` runs them.
 */
const FLOOR_SCENARIOS: ScenarioId[] = [
  'createTicket-new-requester',
  'createTicket-existing-requester',
  'reply-assigned',
  'queue-first-page',
];

/**
 * API scenarios measured in one interleaved group, each with its own baselines, because a target
 * compares them with each other: the deep queue page's latency ÷ the first page's.
 */
const MEASURED_TOGETHER: ScenarioId[][] = [['queue-first-page', 'queue-deep-page']];

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

/** What a row takes from its side's measurement. */
const measuredFields = (m: SideMeasurement) => ({
  result: m.result,
  cpuMsPerRequest: m.cpuMsPerRequest,
  stolenPercent: m.stolenPercent,
});

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
  const [fixture, server] = await Promise.all([
    loadFixture(sql),
    describeServer(sql, target.dialect),
  ]).finally(() => sql.close());
  log(
    `largest Unassigned queue: workspace ${fixture.bigWorkspaceId}, ${fixture.bigQueueLength} tickets; deep page after ${fixture.deepDepth} rows`,
  );

  const rows: MeasuredRow[] = [];
  const baselineRows: MeasuredRow[] = [];
  const raw = new RawBaseline(target, options.poolSize);
  const rawSide = (id: RawScenarioId, rate?: number) => {
    const op = raw.operation(id, fixture);
    const side = {
      statements: 0,
      async run(loadShape: LoadShape, alsoInto?: LatencyHistogram) {
        const before = raw.driver.statements;
        const cpuBefore = process.cpuUsage();
        const result = await runClosedLoop(op, { ...loadShape, overallRate: rate }, alsoInto);
        const cpu = process.cpuUsage(cpuBefore);
        if (alsoInto) side.statements += raw.driver.statements - before; // measured parts only, not the warm-up
        return { result, cpuMs: (cpu.user + cpu.system) / 1000 };
      },
    };
    return side;
  };
  const httpSide = (url: string, cpuMs: () => number, scenario: HttpScenario, rate?: number): LoadSide => ({
    async run(loadShape, alsoInto) {
      const cpuBefore = cpuMs();
      const result = rate
        ? await runPacedHttpLoad(url, scenario, { ...loadShape, overallRate: rate }, alsoInto)
        : await runHttpLoad(url, scenario, loadShape, alsoInto);
      return { result, cpuMs: cpuMs() - cpuBefore };
    },
  });
  const logMeasured = (label: string, m: SideMeasurement, extra = '') =>
    log(
      `${label.padEnd(34)} ${summary(m.result, m.cpuMsPerRequest)}${extra} (parts: ${m.parts.map((p) => Math.round(p.rps)).join(', ')} req/s)` +
        (m.stolenPercent === undefined ? '' : `, ${m.stolenPercent.toFixed(1)} % of CPU time stolen`),
    );
  const rawRow = (
    id: string,
    side: { statements: number },
    m: SideMeasurement,
    rate?: number,
  ): MeasuredRow => {
    const row: MeasuredRow = {
      id,
      kind: 'baseline',
      ...measuredFields(m),
      sqlPerRequest: m.result.requests ? side.statements / m.result.requests : 0,
      rate,
    };
    logMeasured(rate ? `${id} (at ${rate} req/s)` : id, m);
    return row;
  };
  // The queue on a 10,000-ticket copy, by its own API process, measured along with the full-size queue.
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
  const servers: { id: string; process: BareApolloProcess; scenario: HttpScenario }[] = [];
  const startFloor = (port: number) =>
    BareApolloProcess.start(port, 'stack-floor-server.js', [options.databaseUrl, String(options.poolSize)]);
  try {
    /** The API's row: its load, then its SQL statements counted on requests sent one at a time. */
    const apiRow = async (
      id: string,
      scenario: HttpScenario,
      m: SideMeasurement,
      rate?: number,
    ): Promise<MeasuredRow> => {
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
        ...measuredFields(m),
        sqlPerRequest: (after.statements - before.statements) / SQL_SAMPLE,
        rssMiB: api.rssMiB(),
        rate,
      };
      logMeasured(id, m, `, ${row.sqlPerRequest?.toFixed(2)} SQL/req, RSS ${row.rssMiB} MiB`);
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
    // Each API scenario is measured interleaved with what its ratios compare it with (measureInterleaved).
    /**
     * createTicket at 70 % of the most it served, and the raw driver and the stack's floor each at 70 %
     * of its own most (the p99 of the database alone, and of HTTP, Apollo and graphql-js over it),
     * right after the maxima are measured: this VM's speed drifts
     * over a run, and 70 % of a maximum measured minutes earlier could be 95 % of the machine's.
     */
    const measureAt70Percent = async (): Promise<void> => {
      const createMax = rows.find((r) => r.id === 'createTicket-new-requester');
      if (!createMax || !wanted(options, 'createTicket-at-70pct')) return;
      const at70 = (max: MeasuredRow | undefined) =>
        max ? Math.max(1, Math.round(max.result.rps * 0.7)) : undefined;
      const rate = at70(createMax)!;
      const scenario = apiScenario('createTicket-new-requester', fixture);
      const sides: LoadSide[] = [httpSide(api.url, () => api.cpuMs(), scenario, rate)];
      const rawRate = at70(baselineRows.find((r) => r.id === 'raw:createTicket-new-requester'));
      const rawLoad = rawRate ? rawSide('createTicket-new-requester', rawRate) : null;
      if (rawLoad) sides.push(rawLoad);
      const floorRate = at70(baselineRows.find((r) => r.id === 'floor:createTicket-new-requester'));
      const floor = floorRate ? await startFloor(options.port + 3) : null;
      if (floor) sides.push(httpSide(floor.url, () => floor.cpuMs(), scenario, floorRate));
      try {
        const results = await measureInterleaved(sides, shape, warm);
        rows.push(await apiRow('createTicket-at-70pct', scenario, results.shift()!, rate));
        if (rawLoad)
          baselineRows.push(rawRow('raw:createTicket-at-70pct', rawLoad, results.shift()!, rawRate));
        if (floor) {
          const m = results.shift()!;
          baselineRows.push({
            id: 'floor:createTicket-at-70pct',
            kind: 'baseline',
            ...measuredFields(m),
            rate: floorRate,
          });
          logMeasured(`floor:createTicket-at-70pct (at ${floorRate} req/s)`, m);
        }
      } finally {
        await floor?.stop();
      }
    };
    const measured = new Set<ScenarioId>();
    for (const id of API_SCENARIOS) {
      if (!wanted(options, id) || measured.has(id)) continue;
      const ids = (MEASURED_TOGETHER.find((group) => group[0] === id) ?? [id]).filter((g) =>
        wanted(options, g),
      );
      const members = ids.map((memberId) => {
        measured.add(memberId);
        const rawId = RAW_SCENARIOS.find((r) => r === memberId);
        return {
          id: memberId,
          scenario: apiScenario(memberId, fixture),
          rawLoad: rawId ? rawSide(rawId) : null,
        };
      });
      const withSmall = ids.includes('queue-first-page') && small ? small : null;
      // Servers the group is compared with, each in a process of its own while it runs.
      if (id === 'typename' && wanted(options, 'bare-apollo'))
        servers.push({
          id: 'bare-apollo',
          process: await BareApolloProcess.start(options.port + 1),
          scenario: members[0]!.scenario,
        });
      for (const member of members.filter((m) => FLOOR_SCENARIOS.includes(m.id) && wanted(options, 'floor')))
        servers.push({
          id: `floor:${member.id}`,
          process: await startFloor(options.port + 3 + servers.length),
          scenario: member.scenario,
        });
      const sides: LoadSide[] = [];
      for (const member of members) {
        sides.push(httpSide(api.url, () => api.cpuMs(), member.scenario));
        if (member.rawLoad) sides.push(member.rawLoad);
      }
      if (withSmall) sides.push(httpSide(withSmall.api.url, () => withSmall.api.cpuMs(), withSmall.scenario));
      for (const server of servers)
        sides.push(httpSide(server.process.url, () => server.process.cpuMs(), server.scenario));
      const results = await measureInterleaved(sides, shape, warm);
      for (const member of members) {
        rows.push(await apiRow(member.id, member.scenario, results.shift()!));
        if (member.rawLoad) baselineRows.push(rawRow(`raw:${member.id}`, member.rawLoad, results.shift()!));
      }
      if (withSmall) {
        const m = results.shift()!;
        baselineRows.push({
          id: SMALL_QUEUE_ID,
          kind: 'api',
          ...measuredFields(m),
          rssMiB: withSmall.api.rssMiB(),
        });
        logMeasured(SMALL_QUEUE_ID, m, ` (queue of ${withSmall.queueLength} tickets)`);
      }
      for (const server of servers.splice(0)) {
        const m = results.shift()!;
        baselineRows.push({
          id: server.id,
          kind: 'baseline',
          ...measuredFields(m),
          rssMiB: server.process.rssMiB(),
        });
        logMeasured(server.id, m);
        await server.process.stop();
      }
      if (id === 'createTicket-new-requester') await measureAt70Percent();
    }
  } finally {
    for (const server of servers) await server.process.stop();
    await api.stop();
    await small?.api.stop();
    await raw.close();
  }
  if (options.cpuProf) printCpuProfileSummary(profileDir);

  rows.push(...baselineRows);
  const report: BenchReport = {
    date: new Date().toISOString(),
    dialect: target.dialect,
    options: {
      duration: options.duration,
      connections: options.connections,
      warmup: options.warmup,
      poolSize: options.poolSize,
    },
    server,
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

/** The database server's version and the settings that weigh most on write latency, for the report. */
async function describeServer(sql: SqlClient, dialect: 'mysql' | 'sqlite'): Promise<string> {
  if (dialect === 'sqlite') {
    const [row] = await sql.query<{ version: string }>('SELECT sqlite_version() AS version');
    return `SQLite ${row?.version ?? '?'}`;
  }
  const [row] = await sql.query<{ version: string; pool: number; flush: number }>(
    'SELECT VERSION() AS version, @@innodb_buffer_pool_size AS pool, @@innodb_flush_log_at_trx_commit AS flush',
  );
  if (!row) return 'MySQL/MariaDB';
  return `${row.version}, innodb_buffer_pool_size ${Math.round(Number(row.pool) / 1024 / 1024)} MiB, innodb_flush_log_at_trx_commit ${row.flush}`;
}
