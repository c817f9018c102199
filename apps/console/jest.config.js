// Unit tests of the console's pure logic (API parsing, SSE framing, SLA clocks, grouping) and of
// its message catalogues; the screens themselves are exercised in a real browser by tests/browser.
// The ICU parser is ESM-only, so swc transforms it like the preset's other ESM packages.
module.exports = require('../../jest.preset.js')(__dirname, {
  transformIgnorePatterns: ['/node_modules/(?!(@formatjs)/)'],
});
