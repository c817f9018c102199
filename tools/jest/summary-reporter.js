// Writes each workspace's jest totals to <workspace>/.test-summary.json. Turbo caches that file
// with the test task, so `npm test` can print one closing line for the whole monorepo
// ("N passed, N failed") whether a workspace ran now or was replayed from cache.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }
  onRunComplete(_contexts, results) {
    fs.writeFileSync(
      path.join(this.rootDir, '.test-summary.json'),
      JSON.stringify({
        workspace: path.relative(path.resolve(__dirname, '../..'), this.rootDir),
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }) + '\n',
    );
  }
}
module.exports = SummaryReporter;
