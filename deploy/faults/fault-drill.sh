#!/usr/bin/env bash
# Fault drills (issues 7 and 14) against a whole local system of its own (fresh data directory, ports
# +3000) on a three-broker Kafka cluster with SASL_SSL/SCRAM, three replicas and min.insync.replicas=2:
# writes spread over the three services while a broker is killed (SIGKILL) and later restarted, the
# gateway killed mid-stream, one service killed, concurrent writers on one record, and two instances
# of measures-service on one database. Prints the figures; exits non-zero on a failure.
#   DRILL_WRITES (1000), DRILL_OUTAGE_SECONDS (20), DRILL_GATEWAY_WRITES (200), DRILL_CONTENDERS (50),
#   DRILL_KAFKA (cluster; "single": the one embedded broker, stopped for the outage instead)
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/java.sh
ensure_built
exec_deploy_java \
  -Ddrill.data="$PWD/target/drill-data" -Ddrill.portOffset="${DRILL_PORT_OFFSET:-3000}" \
  -Ddrill.writes="${DRILL_WRITES:-1000}" -Ddrill.outageSeconds="${DRILL_OUTAGE_SECONDS:-20}" \
  -Ddrill.gatewayWrites="${DRILL_GATEWAY_WRITES:-200}" -Ddrill.contenders="${DRILL_CONTENDERS:-50}" \
  -Ddrill.kafka="${DRILL_KAFKA:-cluster}" \
  org.ecoreform.deploy.faults.FaultDrill
