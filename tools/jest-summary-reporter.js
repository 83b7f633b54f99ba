// When JEST_SUMMARY_DIR is set, each jest run writes its pass/fail counts there, so .ci/run can
// print one "N passed, N failed" line across every package and database.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const dir = process.env.JEST_SUMMARY_DIR;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    const label = `${path.basename(process.cwd())}-${process.env.TEST_DATABASE_URL ? 'mysql' : 'sqlite'}-${process.pid}`;
    const summary = {
      label,
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.writeFileSync(path.join(dir, `${label}.json`), JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;
