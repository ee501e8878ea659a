#!/usr/bin/env bash
# Installs the load generator the benchmarks under deploy/bench use: wrk (Debian package).
# Idempotent: does nothing when it is there. Needs root (or sudo without a password) for apt-get.
set -euo pipefail
if command -v wrk >/dev/null; then
  echo "bench prerequisites: wrk is installed"
  exit 0
fi
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n -E "$@"; fi
}
export DEBIAN_FRONTEND=noninteractive
echo "bench prerequisites: installing wrk"
if ! as_root apt-get install -y --no-install-recommends wrk; then
  as_root apt-get update
  as_root apt-get install -y --no-install-recommends wrk
fi
