#!/usr/bin/env bash
# Runs a real single-node Apache Kafka broker (KRaft) from Maven Central jars.
#   kafka.sh fetch   resolve the broker jars into deploy/kafka/lib (cached in ~/.m2)
#   kafka.sh start   fetch if needed, format storage, start, wait until it accepts connections
#   kafka.sh stop    stop the broker this script started (SIGTERM, then wait)
#   kafka.sh status  exit 0 when a broker answers on $KAFKA_PORT
# Env: KAFKA_PORT (9092), KAFKA_DATA_DIR (deploy/kafka/.data), KAFKA_HEAP (-Xmx512m)
# Secure mode (tests of TLS + SCRAM clients; the default stays PLAINTEXT):
#   KAFKA_SECURITY=sasl_ssl   the client listener on $KAFKA_PORT speaks SASL_SSL with SCRAM-SHA-512
#   KAFKA_TLS_DIR             holds broker.pem (unencrypted PKCS#8 key + certificate chain) and ca.pem
#   KAFKA_SCRAM_USERS         "name:password[,name:password]"; the first user is the broker's own
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-$((port + 1))}"
data_dir="${KAFKA_DATA_DIR:-$here/.data/$port}"
pid_file="$data_dir/kafka.pid"
log_file="$data_dir/kafka.out"
heap="${KAFKA_HEAP:--Xms256m -Xmx512m}"
security="${KAFKA_SECURITY:-plaintext}"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

fetch() {
  if [ -f "$here/lib/.complete" ]; then return 0; fi
  echo "kafka: fetching broker jars from Maven Central (cached in ~/.m2)"
  rm -rf "$here/lib"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$here/lib" -DincludeScope=runtime
  touch "$here/lib/.complete"
}

# The client listener: PLAINTEXT by default; SASL_SSL (TLS + SCRAM-SHA-512) with KAFKA_SECURITY=sasl_ssl.
listener_config() {
  if [ "$security" = plaintext ]; then
    cat <<PROPS
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
PROPS
    return 0
  fi
  [ "$security" = sasl_ssl ] || { echo "kafka: KAFKA_SECURITY must be plaintext or sasl_ssl" >&2; return 1; }
  local tls="${KAFKA_TLS_DIR:?KAFKA_SECURITY=sasl_ssl needs KAFKA_TLS_DIR}"
  local first="${KAFKA_SCRAM_USERS:?KAFKA_SECURITY=sasl_ssl needs KAFKA_SCRAM_USERS}"
  first="${first%%,*}"
  cat <<PROPS
listeners=SASL_SSL://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=SASL_SSL://127.0.0.1:$port
listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT
inter.broker.listener.name=SASL_SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${first%%:*}" password="${first#*:}";
ssl.keystore.type=PEM
ssl.keystore.location=$tls/broker.pem
ssl.truststore.type=PEM
ssl.truststore.location=$tls/ca.pem
ssl.client.auth=none
PROPS
}

# SCRAM credentials written into the metadata log at format time (KRaft has no ZooKeeper to hold them).
scram_args() {
  [ "$security" = sasl_ssl ] || return 0
  local user
  IFS=, read -ra users <<< "$KAFKA_SCRAM_USERS"
  for user in "${users[@]}"; do
    printf '%s\n' --add-scram "SCRAM-SHA-512=[name=${user%%:*},password=${user#*:}]"
  done
}

write_config() {
  mkdir -p "$data_dir/logs"
  local listeners
  listeners="$(listener_config)"
  cat > "$data_dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
$listeners
controller.listener.names=CONTROLLER
log.dirs=$data_dir/logs
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
# Committed offsets of a group that stopped are kept 90 days (the inbox remembers event ids as long:
# INBOX_RETENTION_DAYS), so a service that was down a while resumes where it was, not at offset 0.
offsets.retention.minutes=129600
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=168
PROPS
  cat > "$data_dir/log4j.properties" <<'PROPS'
log4j.rootLogger=WARN, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.server.KafkaServer=INFO
log4j.logger.kafka.server.BrokerServer=INFO
PROPS
}

start() {
  if port_open "$port"; then echo "kafka: already listening on 127.0.0.1:$port"; return 0; fi
  fetch
  write_config
  local cp="$here/lib/*"
  local jvm=(java $heap -XX:+UseG1GC -Djava.awt.headless=true
    "-Dlog4j.configuration=file:$data_dir/log4j.properties" -cp "$cp")
  if [ ! -f "$data_dir/logs/meta.properties" ]; then
    local scram=()
    mapfile -t scram < <(scram_args)
    "${jvm[@]}" kafka.tools.StorageTool format -t "$(cat /proc/sys/kernel/random/uuid | tr -d - | head -c 22)" \
      -c "$data_dir/server.properties" --ignore-formatted "${scram[@]}" >/dev/null
  fi
  nohup "${jvm[@]}" kafka.Kafka "$data_dir/server.properties" >"$log_file" 2>&1 &
  echo $! > "$pid_file"
  for _ in $(seq 1 120); do
    # The port opens a moment before the broker has its metadata; wait for both.
    if port_open "$port" && grep -q "Transition from STARTING to STARTED" "$log_file" 2>/dev/null; then
      echo "kafka: broker up on 127.0.0.1:$port (pid $(cat "$pid_file"), data in $data_dir)"; return 0
    fi
    if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      echo "kafka: broker exited during start-up; last lines of $log_file:" >&2
      tail -30 "$log_file" >&2; return 1
    fi
    sleep 0.5
  done
  echo "kafka: broker did not open 127.0.0.1:$port within 60 s" >&2; tail -30 "$log_file" >&2; return 1
}

stop() {
  [ -f "$pid_file" ] || { echo "kafka: not started by this script"; return 0; }
  local pid; pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$pid_file"
  echo "kafka: stopped"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) port_open "$port" ;;
  reset) stop; rm -rf "$data_dir" ;;
  *) echo "usage: $0 fetch|start|stop|status|reset" >&2; exit 2 ;;
esac
