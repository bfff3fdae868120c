#!/usr/bin/env bash
# Runs a Windows program under wine in the test prefix (see wine-prefix.sh); the cargo runner
# for x86_64-pc-windows-gnu:  CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=tests/windows/wine-run.sh
#
# wine now and then fails to start a program at all (its CreateProcess path under load; seen
# once in a few dozen runs). A test binary that failed before libtest printed "running N tests"
# never ran a test, so it is started again, at most twice; one whose tests ran and failed is not.
set -uo pipefail
HERE=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
WINEPREFIX=$(bash "$HERE/wine-prefix.sh") || exit 1
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe=d"
out=$(mktemp) || exit 1
trap 'rm -f "$out"' EXIT
for attempt in 1 2 3; do
  wine "$@" 2>&1 | tee "$out"
  rc=${PIPESTATUS[0]}
  if ((rc == 0)) || grep -qE '^running [0-9]+ tests?$' "$out"; then
    exit "$rc"
  fi
  echo "wine-run: $(basename "$1") exited with $rc before running any test (attempt $attempt)" >&2
done
exit "$rc"
