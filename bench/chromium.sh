#!/bin/sh
# Debian's Chromium with this machine's flags, for tools that launch their own
# browser (pagedjs-cli): PUPPETEER_EXECUTABLE_PATH points here.
exec "${BENCH_CHROMIUM:-/usr/bin/chromium}" --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run "$@"
