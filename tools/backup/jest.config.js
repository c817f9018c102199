// PostgreSQL only (DATABASE_ADMIN_URL or the local server): no broker, so no libs/testing globalSetup.
module.exports = require('../../jest.preset.js')(__dirname, { testTimeout: 60_000 });
