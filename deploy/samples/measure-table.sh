#!/usr/bin/env bash
# The sample consumer: keeps a local table of the national catalogue from ecoreform.measures.v1
# and prints its size whenever it changes (Ctrl-C stops it). Argument: the bootstrap servers
# (default localhost:19092, the local launcher's broker). Source: deploy/src/main/java/org/ecoreform/deploy/sample.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/java.sh
ensure_built
exec_deploy_java org.ecoreform.deploy.sample.MeasureTableConsumer "${1:-localhost:19092}"
