/**
 * Runs inside each API process: counts the database's transaction attempts and transient failures (each
 * one retried by Database.transaction) without changing apps/api/src, then starts src/main.ts as it is.
 * Started by api-process.ts as `node -r apps/api/test/support/register-ts.js dist/lib/api-entry.js`.
 * Answers the IPC message 'stats' with the counts.
 */
import path from 'node:path';

interface TransactionStats {
  attempts: number;
  transientFailures: number;
  transientByCode: Record<string, number>;
}

type RunOnce = (this: unknown, work: unknown) => Promise<unknown>;

async function main(): Promise<void> {
  const src = path.join(process.cwd(), 'src');
  const { Database } = (await import(path.join(src, 'database/database.ts'))) as {
    Database: { prototype: { runOnce: RunOnce } };
  };
  const { isTransientDatabaseError } = (await import(path.join(src, 'database/database-errors.ts'))) as {
    isTransientDatabaseError(err: unknown): boolean;
  };

  const stats: TransactionStats = { attempts: 0, transientFailures: 0, transientByCode: {} };
  const runOnce = Database.prototype.runOnce;
  Database.prototype.runOnce = async function (this: unknown, work: unknown) {
    stats.attempts++;
    try {
      return await runOnce.call(this, work);
    } catch (err) {
      if (isTransientDatabaseError(err)) {
        stats.transientFailures++;
        const driver = (err as { driverError?: { code?: string } }).driverError ?? (err as { code?: string });
        const code = driver.code ?? 'unknown';
        stats.transientByCode[code] = (stats.transientByCode[code] ?? 0) + 1;
      }
      throw err;
    }
  };

  process.on('message', (message) => {
    if (message === 'stats') process.send?.({ stats });
  });
  // The reliability run went away without stopping us: stop like a deployment would.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));

  await import(path.join(src, 'main.ts'));
}

main().catch((err: unknown) => {
  console.error('api-entry failed:', err);
  process.exit(1);
});
