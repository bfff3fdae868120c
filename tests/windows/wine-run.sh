#!/usr/bin/env bash
# Runs a Windows program under wine in the test prefix (see wine-prefix.sh); the cargo runner
# for x86_64-pc-windows-gnu:  CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=tests/windows/wine-run.sh
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
WINEPREFIX=$(bash "$HERE/wine-prefix.sh")
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe=d"
exec wine "$@"
