#!/usr/bin/env bash
# npm run deploy:validate: checks the deployment files offline (see tools/deploy/src/validate.ts).
# Needs kubectl; .ci/run installs Debian's kubernetes-client when the machine has none.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
command -v kubectl > /dev/null || { echo "deploy:validate: kubectl missing (apt-get install kubernetes-client)" >&2; exit 1; }
exec npx tsx tools/deploy/src/validate.ts
