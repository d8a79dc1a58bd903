#!/bin/sh
# Debian's Chromium with this machine's flags, for tools that launch their own
# browser (pagedjs-cli): PUPPETEER_EXECUTABLE_PATH points here. The omnibox's
# WebUI popups are turned off as build/chromium.ts turns them off, added to
# the --disable-features the tool passes (Chromium reads only the last one).
off=WebUIOmniboxPopup,WebUIOmniboxAimPopup
for arg; do
  shift
  case "$arg" in
    --disable-features=*) arg="$arg,$off"; off= ;;
  esac
  set -- "$@" "$arg"
done
[ -n "$off" ] && set -- "$@" "--disable-features=$off"
exec "${BENCH_CHROMIUM:-/usr/bin/chromium}" --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run "$@"
