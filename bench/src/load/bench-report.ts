import fs from 'node:fs';
import path from 'node:path';
import { resultsDir } from '../lib/paths';
import type { MeasuredRow, TargetResult } from './bench-targets';

export type { MeasuredRow } from './bench-targets';

export interface BenchReport {
  date: string;
  dialect: 'mysql' | 'sqlite';
  /** The database server's version and key settings (describeServer). */
  server: string;
  options: { duration: number; connections: number; warmup: number; poolSize: number };
  dataSet: { bigWorkspaceId: number; bigQueueLength: number; deepDepth: number };
  rssAtStartMiB: number;
  /** Server processes answering requests (cluster workers, or the one process). */
  apiWorkers: number;
  rows: MeasuredRow[];
  targets: TargetResult[];
}

const fmt = (n: number | undefined | null, digits = 0) =>
  n === undefined || n === null
    ? '–'
    : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function renderMarkdown(report: BenchReport): string {
  const db = report.dialect === 'mysql' ? 'MariaDB' : 'SQLite';
  const lines = [
    `# Deskline benchmark, ${db}, ${report.date.slice(0, 10)}`,
    '',
    `${report.options.duration} s per scenario after ${report.options.warmup} s of warm-up, ${report.options.connections} connections, ` +
      'measured in two halves in mirrored order with the baselines it is compared with (API, baseline, baseline, API) ' +
      `(autocannon 9 over loopback; raw baselines: ${report.options.connections} concurrent loops in-process on a pool of ${report.options.poolSize}, the API's pool size). ` +
      `List scenarios run in workspace ${report.dataSet.bigWorkspaceId}, whose Unassigned queue holds ${report.dataSet.bigQueueLength.toLocaleString('en')} tickets; ` +
      `the deep page starts after ${report.dataSet.deepDepth.toLocaleString('en')} rows. ` +
      (report.apiWorkers > 1
        ? `The API runs ${report.apiWorkers} server processes (WORKERS) under a cluster primary, each with its own pool of ${report.options.poolSize}; its CPU and RSS are summed over all of them. `
        : 'The API runs one server process. ') +
      `API RSS at start: ${report.rssAtStartMiB} MiB. Database: ${report.server}.`,
    '',
    '| scenario | req/s | p50 ms | p99 ms | errors | SQL/req | CPU ms/req | RSS MiB | CPU stolen % |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...report.rows.map((r) => {
      const name = r.rate ? `${r.id} (paced at ${r.rate} req/s)` : r.id;
      return `| ${name} | ${fmt(r.result.rps)} | ${fmt(r.result.p50, 2)} | ${fmt(r.result.p99, 2)} | ${r.result.errors} | ${fmt(r.sqlPerRequest, 2)} | ${fmt(r.cpuMsPerRequest, 3)} | ${fmt(r.rssMiB, 1)} | ${fmt(r.stolenPercent, 1)} |`;
    }),
    '',
    '| target | measured | wanted | met |',
    '|---|---:|---:|:---:|',
    ...report.targets.map(
      (t) =>
        `| ${t.name} (${t.how}) | ${fmt(t.measured, 2)} | ${t.target} | ${t.met === null ? '–' : t.met ? 'yes' : '**no**'} |`,
    ),
    '',
    'SQL/req of the API is counted inside the API process (a preloaded wrapper of the driver: every statement, BEGIN and COMMIT included); ' +
      "of a raw baseline it is the statements its operation runs. RSS is the API's (or the bare server's) VmRSS after the scenario. " +
      "CPU ms/req is the serving process's CPU time (user + system, from /proc) per request; for a raw baseline, its own process's (process.cpuUsage), where the database driver runs. " +
      "CPU stolen is the share of the machine's CPU time that the hypervisor gave to other guests during the measurement (steal in /proc/stat, read before and after each part).",
    '',
  ];
  const floors = report.rows.filter((r) => r.id.startsWith('floor:') && !r.rate);
  if (floors.length) {
    lines.push(
      "The stack's floor (stack-floor-server.ts): Apollo Server's standalone server and graphql-js, with a hand-written schema and resolvers that run the raw baseline's SQL and return its rows as they are, " +
        'answering as the API does. It is what HTTP, Apollo and GraphQL execution leave of the raw throughput, whatever the code behind them:',
      '',
      '| scenario | floor ÷ raw | API ÷ floor | API ÷ raw |',
      '|---|---:|---:|---:|',
    );
    for (const floor of floors) {
      const id = floor.id.slice('floor:'.length);
      const rawRps = report.rows.find((r) => r.id === `raw:${id}`)?.result.rps;
      const apiRps = report.rows.find((r) => r.id === id)?.result.rps;
      // A floor that answered with errors did not do the work: no ratio.
      const per = (a: number | undefined, b: number | undefined) =>
        a && b && floor.result.errors === 0 ? fmt(a / b, 2) : '–';
      lines.push(
        `| ${id} | ${per(floor.result.rps, rawRps)} | ${per(apiRps, floor.result.rps)} | ${per(apiRps, rawRps)} |`,
      );
    }
    lines.push('');
  }
  const at70 = ['createTicket-at-70pct', 'raw:createTicket-at-70pct', 'floor:createTicket-at-70pct'].map(
    (id) => report.rows.find((r) => r.id === id),
  );
  if (at70.every((r) => r !== undefined))
    lines.push(
      `createTicket evenly paced at 70 % of each one's most: p99 ${at70.map((r) => `${fmt(r.result.p99, 1)} ms (${r.id.includes(':') ? r.id.split(':')[0] : 'API'}, p50 ${fmt(r.result.p50, 1)})`).join(', ')}. ` +
        "The floor runs the raw SQL behind Apollo and graphql-js: its p99 is what this stack reaches on this machine without Deskline's code.",
      '',
    );
  const errors = report.rows.filter((r) => r.result.errorSamples.length > 0);
  if (errors.length) {
    lines.push('Error samples:', '');
    for (const r of errors)
      lines.push(
        `- ${r.id}: ${r.result.errorSamples
          .slice(0, 2)
          .map((s) => '`' + s.replace(/`/g, "'").slice(0, 200) + '`')
          .join('; ')}`,
      );
    lines.push('');
  }
  return lines.join('\n');
}

export function printAndWriteReport(report: BenchReport, suffix = ''): string {
  const markdown = renderMarkdown(report);
  console.log(markdown);
  fs.mkdirSync(resultsDir, { recursive: true });
  const base = path.join(
    resultsDir,
    `${report.date.slice(0, 10)}-${report.dialect === 'mysql' ? 'mariadb' : 'sqlite'}${suffix}`,
  );
  fs.writeFileSync(`${base}.md`, markdown);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  console.error(`Written ${base}.md and .json`);
  return base;
}
