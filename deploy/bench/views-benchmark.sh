#!/usr/bin/env bash
# Benchmark of the gateway's views (issue 5): throughput and p99 of views/provinces/630000 and of its
# 304 path, each against a raw Vert.x server returning the same bytes in the same run, and the
# write→view propagation p50/p99. Starts its own system on a fresh data directory, loopback only,
# every phase bounded in time; stops the system when done.
#   BENCH_SECONDS (5) per phase, BENCH_ROUNDS (3) rounds, BENCH_CONCURRENCY (16) clients, BENCH_WRITES (200) writes.
set -euo pipefail
cd "$(dirname "$0")/../.."
export MAVEN_ARGS="${MAVEN_ARGS:-} -B -ntp"
export ECOREFORM_DATA_DIR="$PWD/target/bench-data"
# one client from one address at full speed: the limiter stays on (its cost is measured) but never refuses
export ECOREFORM_GATEWAY_RATE_LIMIT_ANONYMOUS_PER_SECOND=1000000000 ECOREFORM_GATEWAY_RATE_LIMIT_ANONYMOUS_BURST=1000000000
export ECOREFORM_GATEWAY_RATE_LIMIT_AUTHENTICATED_PER_SECOND=1000000000 ECOREFORM_GATEWAY_RATE_LIMIT_AUTHENTICATED_BURST=1000000000
# wrk generates the load (Debian package; installed here when missing)
if ! command -v wrk >/dev/null; then
  echo "Installing wrk…"
  (apt-get install -y wrk || (apt-get update && apt-get install -y wrk)) >/dev/null
fi
rm -rf "$ECOREFORM_DATA_DIR"
mkdir -p target
# its own process group, so that stopping it reaches the launcher JVM (which stops the services)
setsid ./deploy/local/run.sh > target/bench-launcher.log 2>&1 &
launcher=$!
stop() {
  # TERM, not INT: a background job of a non-interactive shell starts with SIGINT ignored
  kill -TERM "$launcher" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$launcher" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$launcher" 2>/dev/null || true
}
trap stop EXIT
for _ in $(seq 1 300); do
  if grep -q "gateway is up" target/bench-launcher.log; then break; fi
  if ! kill -0 "$launcher" 2>/dev/null; then cat target/bench-launcher.log; exit 1; fi
  sleep 1
done
grep -q "gateway is up" target/bench-launcher.log || { echo "the system did not start"; exit 1; }
# the reference plan reaches the views once the catalogue replica has caught up
for _ in $(seq 1 120); do
  curl -fs 'http://localhost:8080/api/v1/views/provinces/630000?fields=coverage' | grep -q '"adopted":53' && break
  sleep 1
done
./mvnw -q -pl deploy exec:java -Dexec.main=org.ecoreform.deploy.bench.ViewsBenchmark \
  -Dbench.data="$ECOREFORM_DATA_DIR" -Dbench.seconds="${BENCH_SECONDS:-5}" -Dbench.rounds="${BENCH_ROUNDS:-3}" \
  -Dbench.concurrency="${BENCH_CONCURRENCY:-16}" -Dbench.writes="${BENCH_WRITES:-200}"
