import { parseOptions } from './lib/cli-options';
import { runBench } from './load/run-bench';
import { runSoak } from './load/run-soak';
import { seedDatabase } from './seed/seed-database';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.command === 'seed') await seedDatabase(options);
  else if (options.command === 'run') await runBench(options);
  else await runSoak(options);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
