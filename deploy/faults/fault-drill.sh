#!/usr/bin/env bash
# Fault drills (issue 7) against a whole local system of its own (fresh data directory, ports +3000):
# writes spread over the three services while Kafka is down, the gateway killed mid-stream, one
# service killed, concurrent writers on one record. Prints the figures; exits non-zero on a failure.
#   DRILL_WRITES (1000), DRILL_OUTAGE_SECONDS (20), DRILL_GATEWAY_WRITES (200), DRILL_CONTENDERS (50)
set -euo pipefail
cd "$(dirname "$0")/../.."
export MAVEN_ARGS="${MAVEN_ARGS:-} -B -ntp"
for service in measures-service adoption-service indicators-service gateway; do
  if [ ! -f "$service/target/quarkus-app/quarkus-run.jar" ]; then
    ./mvnw -q -DskipTests install
    break
  fi
done
exec ./mvnw -q -pl deploy exec:java -Dexec.main=org.ecoreform.deploy.faults.FaultDrill \
  -Ddrill.data="$PWD/target/drill-data" -Ddrill.portOffset="${DRILL_PORT_OFFSET:-3000}" \
  -Ddrill.writes="${DRILL_WRITES:-1000}" -Ddrill.outageSeconds="${DRILL_OUTAGE_SECONDS:-20}" \
  -Ddrill.gatewayWrites="${DRILL_GATEWAY_WRITES:-200}" -Ddrill.contenders="${DRILL_CONTENDERS:-50}"
