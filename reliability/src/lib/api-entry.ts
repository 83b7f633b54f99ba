/**
 * Runs inside each API process: counts the database's transaction attempts and transient failures (each
 * one retried by Database.transaction) through the API's onTransactionAttempt hook, then starts
 * src/main.ts as it is.
 * Started by api-process.ts as `node -r apps/api/test/support/register-ts.js dist/lib/api-entry.js`.
 * Answers the IPC message 'stats' with the counts.
 */
import path from 'node:path';

interface TransactionStats {
  attempts: number;
  transientFailures: number;
  transientByCode: Record<string, number>;
}

interface TransactionAttempt {
  outcome: 'committed' | 'failed';
  transient: boolean;
  error?: unknown;
}

async function main(): Promise<void> {
  const src = path.join(process.cwd(), 'src');
  const { onTransactionAttempt } = (await import(path.join(src, 'database/database.ts'))) as {
    onTransactionAttempt(listener: (attempt: TransactionAttempt) => void): () => void;
  };

  const stats: TransactionStats = { attempts: 0, transientFailures: 0, transientByCode: {} };
  // The API's own hook (database.ts): every attempt of Database.transaction, retried ones included.
  onTransactionAttempt(({ transient, error }) => {
    stats.attempts++;
    if (!transient) return;
    stats.transientFailures++;
    const driver = (error as { driverError?: { code?: string } }).driverError ?? (error as { code?: string });
    const code = driver.code ?? 'unknown';
    stats.transientByCode[code] = (stats.transientByCode[code] ?? 0) + 1;
  });

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
