// The last part of `pnpm test`: the browser tests, which need a Chromium (playwright-core cannot
// download one). Without it they are skipped with a loud notice, except in CI, where that fails.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const notice = `Browser tests NOT run: no Chromium at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`;
  if (process.env.CI) {
    console.error(notice);
    process.exit(1);
  }
  console.warn(`\n*** ${notice} ***\n`);
  process.exit(0);
}
const run = spawnSync('pnpm', ['--filter', '@deskline/web', 'test:e2e'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
