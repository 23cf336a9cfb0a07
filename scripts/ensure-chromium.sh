#!/usr/bin/env bash
# The e2e tests drive Debian's Chromium (Playwright cannot download its own browser here).
# Installs it, with a CJK font for screenshots, when we are root with apt; otherwise says what to install.
set -euo pipefail
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
need=()
[ -x "$chromium" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk" || need+=(fonts-wqy-microhei)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "[test] installing ${need[*]} from Debian's repositories"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
elif [[ " ${need[*]} " == *" chromium "* ]]; then
  echo "[test] Chromium is missing. Install Debian's chromium (sudo apt-get install chromium fonts-wqy-microhei)"
  echo "       or set CHROMIUM_PATH to a Chromium binary." >&2
  exit 1
else
  echo "[test] note: no CJK font (apt-get install fonts-wqy-microhei); Chinese renders as boxes in screenshots"
fi
