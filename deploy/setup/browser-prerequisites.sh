#!/usr/bin/env bash
# Installs what the dashboard's browser test (DashboardBrowserTest) needs beside the JDK and Node.js:
# Debian's Chromium and a CJK font (without it the Chinese pages render as boxes). Idempotent: does
# nothing when both are there. Needs root (or sudo without a password) for apt-get.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
  echo "browser prerequisites: chromium and fonts-wqy-microhei are installed"
  exit 0
fi
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n -E "$@"; fi
}
export DEBIAN_FRONTEND=noninteractive
packages=(chromium fonts-wqy-microhei)
echo "browser prerequisites: installing ${packages[*]}"
if ! as_root apt-get install -y --no-install-recommends "${packages[@]}"; then
  as_root apt-get update
  as_root apt-get install -y --no-install-recommends "${packages[@]}"
fi
