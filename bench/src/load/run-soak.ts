import fs from 'node:fs';
import path from 'node:path';
import { type BenchOptions, DEFAULT_SOAK_SECONDS } from '../lib/cli-options';
import { parseTarget } from '../lib/database-target';
import { resultsDir } from '../lib/paths';
import { seededRandom } from '../lib/random';
import { openSqlClient } from '../lib/sql-client';
import { ApiProcess } from './api-process';
import { apiScenario, type ScenarioId } from './api-scenarios';
import { loadFixture } from './bench-fixture';
import { type HttpScenario, runHttpLoad } from './http-load';

/** The mix of a working day: mostly reading lists and tickets, some writing. Weights in percent. */
const MIX: [ScenarioId, number][] = [
  ['tickets-mine', 25],
  ['queue-first-page', 15],
  ['ticketByReference', 25],
  ['createTicket-new-requester', 10],
  ['createTicket-existing-requester', 5],
  ['reply-assigned', 10],
  ['reply-claim', 5],
  ['assignTicket', 5],
];

const SAMPLE_EVERY_MS = 2_000;

/**
 * `pnpm bench:soak`: the mixed load for the duration (default 10 minutes) against one API process,
 * its RSS sampled every 10 s. Growth is the last sample over the first one taken after a minute of
 * warm-up (or the first sample, for a short soak), so JIT and pool warm-up do not read as a leak.
 */
export async function runSoak(options: BenchOptions): Promise<void> {
  const target = parseTarget(options.databaseUrl);
  const sql = await openSqlClient(target);
  const fixture = await loadFixture(sql).finally(() => sql.close());
  const scenarios = MIX.map(([id, weight]) => [apiScenario(id, fixture), weight] as const);
  const total = MIX.reduce((a, [, w]) => a + w, 0);
  const random = seededRandom(11);
  const mixed: HttpScenario = {
    next: () => {
      let x = random() * total;
      for (const [scenario, weight] of scenarios) if ((x -= weight) < 0) return scenario.next();
      return scenarios[0]![0].next();
    },
  };

  const api = await ApiProcess.start(
    options.databaseUrl,
    options.port,
    options.poolSize,
    [],
    options.workers ?? undefined,
  );
  const serverProcesses = api.processIds().length;
  const samples: { second: number; rssMiB: number }[] = [];
  const started = Date.now();
  const sample = () =>
    samples.push({ second: Math.round((Date.now() - started) / 1000), rssMiB: api.rssMiB() });
  sample();
  const timer = setInterval(() => {
    sample();
    const last = samples[samples.length - 1];
    process.stderr.write(`soak ${last?.second}s RSS ${last?.rssMiB} MiB\n`);
  }, SAMPLE_EVERY_MS);
  let result;
  try {
    result = await runHttpLoad(api.url, mixed, {
      connections: options.connections,
      duration: options.duration,
    });
    sample();
  } finally {
    clearInterval(timer);
    await api.stop();
  }
  // A sample lands anywhere in a garbage-collection cycle, so single samples and even medians wander;
  // what a leak raises is the floor the collector gets back down to. That floor shows only at a full
  // collection, which has come as rarely as every 130 s (2026-12-01, before the Apollo patch): a
  // one-minute window can miss it. So after a minute of warm-up the rest is cut in two halves, and the
  // lowest RSS of the second half is compared with the lowest of the first.
  const warmUp = options.duration >= 180 ? 60 : 0;
  const window = Math.floor((options.duration - warmUp) / 2);
  const baselineSamples = samples.filter((s) => s.second >= warmUp && s.second < warmUp + window);
  const endSamples = samples.filter((s) => s.second >= warmUp + window);
  const baseline = Math.min(...baselineSamples.map((s) => s.rssMiB));
  const end = Math.min(...endSamples.map((s) => s.rssMiB));
  const growth = ((end - baseline) / baseline) * 100;
  const db = target.dialect === 'mysql' ? 'MariaDB' : 'SQLite';
  const markdown = [
    `# Deskline soak, ${db}, ${new Date().toISOString().slice(0, 10)}`,
    '',
    `${options.duration} s of mixed load (${MIX.map(([id, w]) => `${id} ${w}%`).join(', ')}), ${options.connections} connections. ` +
      `RSS is the sum over the API's ${serverProcesses} process${serverProcesses === 1 ? '' : 'es'}${serverProcesses > 1 ? ' (the cluster primary and its workers)' : ''}.`,
    '',
    `| req/s | p50 ms | p99 ms | errors | lowest RSS MiB, ${warmUp}–${warmUp + window} s | lowest RSS MiB, ${warmUp + window}–${options.duration} s | growth |`,
    '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${Math.round(result.rps)} | ${result.p50} | ${result.p99} | ${result.errors} | ${baseline.toFixed(1)} | ${end.toFixed(1)} | ${growth.toFixed(1)}% |`,
    '',
    `RSS samples (s: MiB): ${samples.map((s) => `${s.second}: ${s.rssMiB}`).join(', ')}`,
    '',
  ].join('\n');
  console.log(markdown);
  fs.mkdirSync(resultsDir, { recursive: true });
  // The target is a 10-minute soak: a shorter one (for development) must not replace its file.
  const partial = options.duration < DEFAULT_SOAK_SECONDS ? '-partial' : '';
  const base = path.join(
    resultsDir,
    `${new Date().toISOString().slice(0, 10)}-soak-${target.dialect === 'mysql' ? 'mariadb' : 'sqlite'}${partial}`,
  );
  fs.writeFileSync(`${base}.md`, markdown);
  fs.writeFileSync(
    `${base}.json`,
    `${JSON.stringify({ options: { duration: options.duration, connections: options.connections }, result, samples, growthPercent: growth }, null, 2)}\n`,
  );
  console.error(`Written ${base}.md and .json`);
}
