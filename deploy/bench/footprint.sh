#!/usr/bin/env bash
# Start-up time and memory at rest of the local system (issue 18), from a built tree: a first start
# on a fresh data directory (target/footprint-data, ports + 5000), then a second start on the same
# data; prints time to "running", each service's CPU for it and every JVM's RSS after
# FOOTPRINT_SETTLE_SECONDS (20) at rest, with the goals. The infrastructure runs in this JVM with the
# launcher's own JVM options, so its RSS is the launcher's.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/java.sh
ensure_built
mkdir -p target
exec_deploy_java $LAUNCHER_JVM_OPTIONS \
  -Dfootprint.data="$PWD/target/footprint-data" -Dfootprint.portOffset="${FOOTPRINT_PORT_OFFSET:-5000}" \
  -Dfootprint.settleSeconds="${FOOTPRINT_SETTLE_SECONDS:-20}" \
  org.ecoreform.deploy.bench.FootprintBenchmark
