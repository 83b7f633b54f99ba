// When JEST_SUMMARY_DIR is set, each jest run writes its pass/fail counts there, so .ci/run can
// print one "N passed, N failed" line across every package and database. The label names the package folder
// and the database (web-sqlite-…, api-mysql-…); a run that is not about a database passes its own as a
// reporter option, e.g. ['…/jest-summary-reporter.js', { label: 'web-e2e' }].
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(_globalConfig, options = {}) {
    this.label = options.label;
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.JEST_SUMMARY_DIR;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    const name =
      this.label ?? `${path.basename(process.cwd())}-${process.env.TEST_DATABASE_URL ? 'mysql' : 'sqlite'}`;
    const label = `${name}-${process.pid}`;
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
