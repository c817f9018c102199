// Tests are CommonJS (swc) and start the provider as a child process through @aftersales/testing,
// so they never load the ESM-only oidc-provider themselves.
module.exports = require('../../jest.preset.js')(__dirname, { testTimeout: 30_000 });
