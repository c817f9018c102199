// PostgreSQL, and the run's broker for the erasure-log replay after a restore.
module.exports = require('../../jest.preset.js')(__dirname, {
  globalSetup: '<rootDir>/../../libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/global-teardown.ts',
  testTimeout: 60_000,
});
