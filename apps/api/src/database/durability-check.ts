export class UnsafeDurability extends Error {}

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * With innodb_flush_log_at_trx_commit other than 1, MySQL acknowledges commits it may lose in a
 * crash: a reply the agent saw saved could vanish. Refuse to run on it unless told otherwise.
 */
export async function assertDurableMysql(query: Query, allowUnsafe: boolean): Promise<void> {
  const [row] = await query('SELECT @@innodb_flush_log_at_trx_commit AS flush');
  const flush = Number(row?.['flush']);
  if (flush === 1 || allowUnsafe) return;
  throw new UnsafeDurability(
    `Deskline refuses to start: MySQL has innodb_flush_log_at_trx_commit = ${flush}, so committed tickets and replies ` +
      'can be lost in a crash. Set it to 1 (SET GLOBAL innodb_flush_log_at_trx_commit = 1, and in my.cnf), ' +
      'or set DATABASE_ALLOW_UNSAFE_DURABILITY=true to accept the risk.',
  );
}
