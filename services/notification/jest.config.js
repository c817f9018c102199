module.exports = require('../../jest.preset.js')(__dirname, {
  // One real broker and PostgreSQL per run (started here if none is running).
  globalSetup: '<rootDir>/../../libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/global-teardown.ts',
  testTimeout: 60_000,
});
