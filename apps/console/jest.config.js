// Unit tests of the console's pure logic (API parsing, SSE framing, SLA clocks, grouping); the
// screens themselves are exercised in a real browser by tests/browser.
module.exports = require('../../jest.preset.js')(__dirname);
