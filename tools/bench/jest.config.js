// stats.test.ts is pure; schema-drift.test.ts migrates a throwaway database on the shared
// PostgreSQL (the run's global setup makes sure it is up).
module.exports = require('../../jest.preset.js')(__dirname, {
  globalSetup: '<rootDir>/../../libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/global-teardown.ts',
  testTimeout: 60_000,
});
