#!/usr/bin/env bash
# The dashboard's time goal (the browser test only reports it): on a system of its own (target/dashboard-data,
# ports + 6000) with nothing else running, the first visit to / on a phone must show the overview within
# DASHBOARD_BUDGET_MS (2000), the median of DASHBOARD_VISITS (7) visits, each in a fresh browser context. Needs
# what the browser test needs: deploy/setup/browser-prerequisites.sh, and Node.js 20+.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/local/java.sh
ensure_built
if [ ! -d deploy/src/test/browser/node_modules/playwright-core ]; then
  (cd deploy/src/test/browser && npm ci --no-audit --no-fund --prefer-offline --loglevel=error)
fi
mkdir -p target
exec_deploy_java $LAUNCHER_JVM_OPTIONS \
  -Ddashboard.data="$PWD/target/dashboard-data" -Ddashboard.portOffset="${DASHBOARD_PORT_OFFSET:-6000}" \
  -Ddashboard.budgetMs="${DASHBOARD_BUDGET_MS:-2000}" -Ddashboard.visits="${DASHBOARD_VISITS:-7}" \
  org.ecoreform.deploy.bench.DashboardBenchmark
