#!/usr/bin/env bash
# Starts the whole system locally, no Docker: embedded PostgreSQL and Kafka (data under .data/),
# then the services as separate processes. Builds first when a jar is missing or a source is newer.
set -euo pipefail
cd "$(dirname "$0")/../.."
export MAVEN_ARGS="${MAVEN_ARGS:-} -B -ntp"
needs_build=""
for service in measures-service adoption-service indicators-service gateway; do
  jar="$service/target/quarkus-app/quarkus-run.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$service/src/main" platform/*/src/main -newer "$jar" -type f -not -path "*/node_modules/*" -print -quit)" ]; then
    needs_build=yes
  fi
done
if [ -n "$needs_build" ]; then
  echo "Building (first start, or sources changed)…"
  ./mvnw -q -DskipTests install
fi
exec ./mvnw -q -pl deploy exec:java
