#!/usr/bin/env bash
# Shared by test.sh, dev.sh and .ci/run: make sure the machine's PostgreSQL and a real Kafka
# broker are up. Source it, then call ensure_postgres / ensure_kafka; stop_kafka_if_started at exit.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STARTED_KAFKA=0

ensure_postgres() {
  pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && return 0
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "infra: PostgreSQL is down; starting it"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return 0; sleep 1; done
  fi
  echo "infra: PostgreSQL is not reachable on 127.0.0.1:5432 (start it, or set DATABASE_ADMIN_URL)" >&2
  return 1
}

# ensure_kafka [fresh]: reuse a running broker; otherwise start one. With "fresh" the started
# broker gets an empty data folder of its own (test runs leave many namespaced topics behind).
ensure_kafka() {
  bash "$root/deploy/kafka/kafka.sh" status && return 0
  if [ "${1:-}" = fresh ]; then
    export KAFKA_DATA_DIR="$root/deploy/kafka/.data/test-run"
    rm -rf "$KAFKA_DATA_DIR"
  fi
  bash "$root/deploy/kafka/kafka.sh" start || return 1
  STARTED_KAFKA=1
}

stop_kafka_if_started() {
  if [ "$STARTED_KAFKA" = 1 ]; then bash "$root/deploy/kafka/kafka.sh" stop || true; fi
}

# kubectl renders deploy/k8s in the deployment tests; Debian's kubernetes-client provides it.
ensure_kubectl() {
  command -v kubectl > /dev/null && return 0
  echo "infra: kubectl missing; installing Debian's kubernetes-client"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq kubernetes-client > /dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq kubernetes-client > /dev/null
  fi
  command -v kubectl > /dev/null || { echo "infra: could not install kubectl (apt-get install kubernetes-client)" >&2; return 1; }
}

# The console's browser tests (tests/browser) drive Debian's chromium with playwright-core, which
# never downloads a browser of its own.
ensure_chromium() {
  # A CJK font too: without one the console's Chinese screens (and their screenshots) are boxes.
  [ -x /usr/bin/chromium ] && fc-list :lang=zh 2> /dev/null | grep -q . && return 0
  echo "infra: installing Debian's chromium and a Chinese font (fonts-wqy-microhei)"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei > /dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium fonts-wqy-microhei > /dev/null
  fi
  [ -x /usr/bin/chromium ] || { echo "infra: could not install chromium (apt-get install chromium)" >&2; return 1; }
}

# examples/java-consumer (run by the e2e journey) is built with Maven on a JDK 17; Debian's maven
# package brings both where the machine has none.
ensure_maven() {
  command -v mvn > /dev/null && command -v javac > /dev/null && return 0
  echo "infra: mvn or javac missing; installing Debian's maven and openjdk-17-jdk-headless"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq maven openjdk-17-jdk-headless > /dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq maven openjdk-17-jdk-headless > /dev/null
  fi
  command -v mvn > /dev/null || { echo "infra: could not install maven (apt-get install maven)" >&2; return 1; }
}
