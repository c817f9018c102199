module.exports = require('../../jest.preset.js')(__dirname, {
  globalSetup: '<rootDir>/../../libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/../../libs/testing/src/global-teardown.ts',
  testTimeout: 180_000,
});
