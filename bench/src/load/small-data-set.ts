import type { BenchOptions } from '../lib/cli-options';
import { parseTarget } from '../lib/database-target';
import { seedDatabase } from '../seed/seed-database';

export const SMALL_TICKETS = 10_000;

/** The same URL for a database (or file) of its own beside the main one: `<name>_10k`. */
export function smallDatabaseUrl(databaseUrl: string): string {
  const target = parseTarget(databaseUrl);
  if (target.dialect === 'sqlite') return `sqlite:${target.file.replace(/(\.sqlite)?$/, '-10k.sqlite')}`;
  const url = new URL(databaseUrl);
  url.pathname = `/${target.name}_10k`;
  return url.toString();
}

/**
 * The same data set shape at 10,000 tickets, seeded in a second or two, so one run can compare the
 * queue's latency at the main size against a small one (the "at 1M within 1.2× of at 10,000" target).
 */
export async function seedSmallDataSet(options: BenchOptions): Promise<string> {
  const databaseUrl = smallDatabaseUrl(options.databaseUrl);
  await seedDatabase({ ...options, databaseUrl, tickets: SMALL_TICKETS });
  return databaseUrl;
}
