#!/bin/sh
# Debian's Chromium with this machine's flags, for tools that launch their own
# browser (pagedjs-cli): PUPPETEER_EXECUTABLE_PATH points here. The features
# build/chromium.ts turns off (BENCH_DISABLE_FEATURES, set by bench/index.ts)
# are added to the --disable-features the tool passes (Chromium reads only the
# last one).
off=$BENCH_DISABLE_FEATURES
for arg; do
  shift
  case "$arg" in
    --disable-features=*) arg="$arg${off:+,$off}"; off= ;;
  esac
  set -- "$@" "$arg"
done
[ -n "$off" ] && set -- "$@" "--disable-features=$off"
exec "${BENCH_CHROMIUM:-/usr/bin/chromium}" --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run "$@"
