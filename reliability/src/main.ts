import { runCleanups } from './lib/cleanup';
import { runAttacks } from './attacks/run-attacks';
import { runConcurrency } from './concurrency/run-concurrency';
import { runFaults } from './faults/run-faults';

/**
 * `pnpm reliability [concurrency|faults|attacks]`: runs the scenarios (both by default), prints the figures,
 * writes them to reliability/results/<name>.md and exits 1 when any guarantee was broken.
 */
const runners: Record<string, () => Promise<boolean>> = {
  concurrency: runConcurrency,
  faults: runFaults,
  attacks: runAttacks,
};

async function main(): Promise<number> {
  const asked = process.argv.slice(2).filter((a) => a !== '--');
  const unknown = asked.filter((a) => !(a in runners));
  if (unknown.length) {
    console.error(`Unknown scenario ${unknown.join(', ')}; choose from: ${Object.keys(runners).join(', ')}`);
    return 2;
  }
  let held = true;
  for (const name of asked.length ? asked : Object.keys(runners)) {
    const runner = runners[name];
    if (runner) held = (await runner()) && held;
  }
  return held ? 0 : 1;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up (API processes, private MariaDB, scratch databases)…`);
    void runCleanups().finally(() => process.exit(130));
  });
}

main()
  .then((code) => process.exit(code))
  .catch(async (err: unknown) => {
    console.error(err);
    await runCleanups();
    process.exit(1);
  });
