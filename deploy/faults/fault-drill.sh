#!/usr/bin/env bash
# Fault drills (issue 7) against a whole local system of its own (fresh data directory, ports +3000):
# writes spread over the three services while Kafka is down, the gateway killed mid-stream, one
# service killed, concurrent writers on one record. Prints the figures; exits non-zero on a failure.
#   DRILL_WRITES (1000), DRILL_OUTAGE_SECONDS (20), DRILL_GATEWAY_WRITES (200), DRILL_CONTENDERS (50)
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/java.sh
ensure_built
exec_deploy_java \
  -Ddrill.data="$PWD/target/drill-data" -Ddrill.portOffset="${DRILL_PORT_OFFSET:-3000}" \
  -Ddrill.writes="${DRILL_WRITES:-1000}" -Ddrill.outageSeconds="${DRILL_OUTAGE_SECONDS:-20}" \
  -Ddrill.gatewayWrites="${DRILL_GATEWAY_WRITES:-200}" -Ddrill.contenders="${DRILL_CONTENDERS:-50}" \
  org.ecoreform.deploy.faults.FaultDrill
