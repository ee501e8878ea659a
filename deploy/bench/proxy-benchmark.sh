#!/usr/bin/env bash
# Benchmark of the gateway's proxy (issue 29): starts a system of its own (ports + 4500, fresh data
# directory under target/), loads the national data set through the public API, then measures the
# same GETs through the gateway and straight to the owning service (throughput ratio, gateway CPU
# per request with idle deducted, p99 added) and the gateway's RSS while 4 clients download the
# national adoption records at once. Loopback only; every phase is bounded in time.
#   BENCH_SECONDS (5) per phase, BENCH_ROUNDS (3) rounds, BENCH_CONCURRENCY (16) connections,
#   BENCH_PLANS (7) plans per province, BENCH_YEARS (2) years of observations.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/bench/load-setup.sh
exec_deploy_java \
  -Dbench.data="$PWD/target/proxy-bench-data" -Dbench.portOffset="${BENCH_PORT_OFFSET:-4500}" \
  -Dbench.seconds="${BENCH_SECONDS:-5}" -Dbench.rounds="${BENCH_ROUNDS:-3}" -Dbench.concurrency="${BENCH_CONCURRENCY:-16}" \
  -Dbench.plans="${BENCH_PLANS:-7}" -Dbench.years="${BENCH_YEARS:-2}" \
  org.ecoreform.deploy.bench.ProxyBenchmark
