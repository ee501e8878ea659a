#!/usr/bin/env bash
# Benchmark of the gateway's views at reference size and at national size, in one run (issue 13):
# starts a system of its own (ports + 4000, fresh data directory under target/), measures it with the
# reference data, loads a national data set through the public API (31 provinces × BENCH_PLANS
# plans of 52 records, targets and BENCH_YEARS years of observations), measures again and prints
# both side by side with the goals. Loopback only; every phase is bounded in time.
#   BENCH_SECONDS (5) per throughput phase, BENCH_ROUNDS (3) rounds, BENCH_CONCURRENCY (16) clients,
#   BENCH_WRITE_RATE (20) writes/s for BENCH_WRITE_SECONDS (15) s after BENCH_WARMUP_SECONDS (15) s of the same,
#   BENCH_PLANS (7), BENCH_YEARS (10).
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/bench/load-setup.sh
exec_deploy_java \
  -Dbench.data="$PWD/target/bench-data" -Dbench.portOffset="${BENCH_PORT_OFFSET:-4000}" \
  -Dbench.seconds="${BENCH_SECONDS:-5}" -Dbench.rounds="${BENCH_ROUNDS:-3}" -Dbench.concurrency="${BENCH_CONCURRENCY:-16}" \
  -Dbench.writeRate="${BENCH_WRITE_RATE:-20}" -Dbench.writeSeconds="${BENCH_WRITE_SECONDS:-15}" \
  -Dbench.warmUpSeconds="${BENCH_WARMUP_SECONDS:-15}" \
  -Dbench.plans="${BENCH_PLANS:-7}" -Dbench.years="${BENCH_YEARS:-10}" \
  org.ecoreform.deploy.bench.ViewsBenchmark
