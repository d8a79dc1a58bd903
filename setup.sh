#!/usr/bin/env bash
# Installs everything the build and the examples need on Debian 12: Chromium,
# Python 3.11 with the examples' libraries, epubcheck, poppler-utils, qpdf,
# fonts, and the npm packages. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  chromium fonts-noto-core fonts-dejavu-core
  python3 python3-aiohttp python3-fastapi python3-uvicorn python3-httpx
  python3-aiofiles python3-aiosqlite python3-anyio python3-trio python3-uvloop
  python3-pytest python3-pytest-asyncio python3-pytest-timeout python3-websockets
  python3-hypothesis python3-janus python3-yappi python3-hypercorn python3-psutil
  default-jre-headless epubcheck poppler-utils qpdf pandoc bubblewrap
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Puppeteer drives Debian's Chromium; it must never download a browser.
export PUPPETEER_SKIP_DOWNLOAD=1
# DAISY Ace (the EPUB test's checker) depends on Electron, whose binary is never used: Ace runs on Puppeteer.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
echo "setup: done"
