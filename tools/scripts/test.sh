#!/usr/bin/env bash
# `npm test`: every workspace's type check, lint and tests (unit and integration) against a real
# Kafka broker and PostgreSQL. Starts the broker when none is running (and stops it afterwards),
# starts the machine's PostgreSQL if it is down. Extra arguments go to turbo (e.g. --filter=...).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

[ -d node_modules ] || npm ci
source tools/scripts/infra.sh
ensure_postgres || exit 1
ensure_kubectl || exit 1
ensure_chromium || exit 1
if [ "${TEST_INFRA:-local}" != "containers" ]; then ensure_kafka fresh || exit 1; fi
trap stop_kafka_if_started EXIT

summaries() {
  for d in contracts libs services tools tests; do
    [ -d "$d" ] && find "$d" -maxdepth 3 -name .test-summary.json -not -path '*/node_modules/*'
  done
  return 0
}
summaries | xargs -r rm -f
npx prettier --check . --log-level warn || { echo "test: formatting differs; run npm run format" >&2; exit 1; }
# Two at a time: the machine has two cores and one broker shared by every suite.
# --continue: one run reports every failing workspace, not just the first.
npx turbo run typecheck lint test --concurrency=2 --continue --output-logs=new-only "$@"
status=$?

summaries | sort | xargs -r node -e '
const fs = require("fs");
let passed = 0, failed = 0, skipped = 0;
const files = process.argv.slice(1);
for (const f of files) { const r = JSON.parse(fs.readFileSync(f, "utf8")); passed += r.passed; failed += r.failed; skipped += r.skipped; }
console.log(`\njest totals over ${files.length} workspace(s), cached ones included:`);
const line = `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : "");
console.log(line);
if (process.env.AFTERSALES_TEST_SUMMARY_FILE) fs.writeFileSync(process.env.AFTERSALES_TEST_SUMMARY_FILE, line + "\n");
'
exit $status
