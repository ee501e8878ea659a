#!/usr/bin/env bash
# Starts the whole system locally, no Docker: embedded PostgreSQL, Kafka and view store (data under
# .data/), then the services as separate processes. Builds first when a jar is missing or a source
# is newer. --infra-only starts just the infrastructure (for ./mvnw quarkus:dev in a service).
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/java.sh
ensure_built
exec_deploy_java $LAUNCHER_JVM_OPTIONS org.ecoreform.deploy.LaunchCommand "$@"
