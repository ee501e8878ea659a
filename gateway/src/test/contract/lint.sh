#!/usr/bin/env bash
# Lints a published OpenAPI document as the build does (PublishedContractTest): Spectral with the OWASP
# ruleset and this folder's .spectral.yaml. Usage: lint.sh [URL or file], default the running system's gateway.
set -euo pipefail
cd "$(dirname "$0")"
document="${1:-http://localhost:8080/q/openapi?format=json}"
[ -x node_modules/.bin/spectral ] || npm ci --no-audit --no-fund --loglevel=error
if [[ "$document" == http* ]]; then
  file="$(mktemp --suffix=.json)"
  trap 'rm -f "$file"' EXIT
  curl -fsS "$document" -o "$file"
  document="$file"
fi
exec node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity error "$document"
