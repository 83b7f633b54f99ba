import type { BenchOptions } from '../lib/cli-options';
import { parseTarget, recreateDatabase } from '../lib/database-target';
import { ProgressBar } from '../lib/progress-bar';
import { planDataSet } from './data-set-plan';
import { benchPasswordHash } from './password-hash';
import { COLUMNS, RowGenerator, type TableName } from './row-generator';
import { runApiMigrations } from './run-migrations';
import { MysqlTableWriter, type Row, SqliteTableWriter, type TableWriter } from './table-writer';

export interface SeedSummary {
  seconds: number;
  rows: Record<string, number>;
}

/** `pnpm bench:seed`: a fresh database with the API's schema and a realistic data set. */
export async function seedDatabase(options: BenchOptions): Promise<SeedSummary> {
  const started = Date.now();
  const target = parseTarget(options.databaseUrl);
  const plan = planDataSet(options.workspaces, options.agents, options.tickets);
  console.error(
    `Seeding ${target.dialect === 'mysql' ? `MariaDB database ${target.name}` : `SQLite file ${target.file}`}: ` +
      `${plan.workspaces} workspaces × ${plan.agentsPerWorkspace} agents, ${plan.tickets.toLocaleString('en')} tickets`,
  );

  await recreateDatabase(target);
  runApiMigrations(options.databaseUrl);
  const writer: TableWriter =
    target.dialect === 'mysql' ? new MysqlTableWriter(target.url) : new SqliteTableWriter(target.file);
  const rows: Record<string, number> = {};
  const write = async (table: TableName, batch: Row[], bar?: ProgressBar) => {
    await writer.write(table, COLUMNS[table], batch);
    rows[table] = (rows[table] ?? 0) + batch.length;
    bar?.tick(batch.length);
  };

  try {
    const now = Date.now();
    const gen = new RowGenerator(plan, now);
    await write('agents', gen.agents(benchPasswordHash()));
    await write('auth_tokens', gen.authTokens(now));
    await write('workspaces', gen.workspaces());
    await write('members', gen.members());
    await write('categories', gen.categories());

    const requesterTotal = plan.requestersPerWorkspace.reduce((a, b) => a + b, 0);
    const requesterBar = new ProgressBar('requesters', requesterTotal);
    for (const chunk of gen.requesters(options.batch)) await write('requesters', chunk, requesterBar);
    requesterBar.finish();

    const ticketBar = new ProgressBar('tickets (+history)', plan.tickets);
    const pending = { messages: [] as Row[], events: [] as Row[] };
    for (let first = 1; first <= plan.tickets; first += options.batch) {
      const batch = gen.tickets(first, Math.min(options.batch, plan.tickets - first + 1));
      await write('tickets', batch.tickets);
      pending.messages.push(...batch.messages);
      pending.events.push(...batch.events);
      while (pending.messages.length >= options.batch)
        await write('messages', pending.messages.splice(0, options.batch));
      while (pending.events.length >= options.batch)
        await write('assignment_events', pending.events.splice(0, options.batch));
      ticketBar.tick(batch.tickets.length);
    }
    await write('messages', pending.messages);
    await write('assignment_events', pending.events);
    ticketBar.finish();

    // The migrations filled the count tables from an empty database; the totals of what was just written:
    await writer.execute('DELETE FROM ticket_counts');
    await write('ticket_counts', gen.ticketCounts());
    await writer.execute('DELETE FROM member_ticket_counts');
    await write('member_ticket_counts', gen.memberTicketCounts());
    // createTicket continues each workspace's numbering where the seed stopped.
    for (const [w, counter] of gen.ticketCounters.entries()) {
      await writer.execute('UPDATE workspaces SET ticket_counter = ? WHERE id = ?', [counter, w + 1]);
    }
    // Fresh statistics, as a long-lived database would have.
    await writer.execute(
      target.dialect === 'mysql'
        ? 'ANALYZE TABLE tickets, requesters, messages, assignment_events, members'
        : 'ANALYZE',
    );
  } finally {
    await writer.close();
  }
  const seconds = (Date.now() - started) / 1000;
  console.error(
    `Seeded in ${seconds.toFixed(1)} s: ${Object.entries(rows)
      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
      .join(', ')}`,
  );
  return { seconds, rows };
}
