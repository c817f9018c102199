// The generator, clock and flag tests are pure; test/demo.test.ts plays a simulated day against
// the real services (built dist/, real Kafka and PostgreSQL), so the run needs the shared infra.
module.exports = require('../../jest.preset.js')(__dirname, {
  globalSetup: '<rootDir>/../../libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/global-teardown.ts',
  testTimeout: 180_000,
});
