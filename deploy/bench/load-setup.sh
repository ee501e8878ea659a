# Sourced by the load benchmarks (views-benchmark.sh, proxy-benchmark.sh), from the repository root:
# the rate limits raised, wrk required, the tree built.
# One client from one address at full speed: the limiter stays on (its cost is measured) but never refuses.
export ECOREFORM_GATEWAY_RATE_LIMIT_ANONYMOUS_PER_SECOND=1000000000 ECOREFORM_GATEWAY_RATE_LIMIT_ANONYMOUS_BURST=1000000000
export ECOREFORM_GATEWAY_RATE_LIMIT_AUTHENTICATED_PER_SECOND=1000000000 ECOREFORM_GATEWAY_RATE_LIMIT_AUTHENTICATED_BURST=1000000000
if ! command -v wrk >/dev/null; then
  echo "wrk is needed for the load: deploy/setup/bench-prerequisites.sh installs it" >&2
  exit 1
fi
source deploy/local/java.sh
ensure_built
mkdir -p target
