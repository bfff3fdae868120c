#!/usr/bin/env bash
# Creates (once) the wine prefix the Windows tests run in and prints its path:
#   WINEPREFIX=$(bash tests/windows/wine-prefix.sh)
# A 64-bit prefix made by `wineboot -i`, plus a stand-in bcryptprimitives.dll (wine 8.0 lacks it;
# Rust's std needs its ProcessPrng) built here with mingw-w64 and copied into system32.
# PB_WINEPREFIX chooses the place (default: target/wine-prefix in the repo).
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
export WINEPREFIX=${PB_WINEPREFIX:-$REPO/target/wine-prefix}
export WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko download prompts, no menu entries on the host.
export WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe=d"
SYS32=$WINEPREFIX/drive_c/windows/system32
if [[ ! -f $SYS32/bcryptprimitives.dll ]]; then
  mkdir -p "$(dirname "$WINEPREFIX")"
  # wineboot needs no display; it answers on stderr only when something is wrong.
  wineboot -i >&2 2>/dev/null || wineboot -i >&2
  wineserver -w
  build=$(mktemp -d)
  x86_64-w64-mingw32-gcc -O2 -shared -o "$build/bcryptprimitives.dll" \
    "$HERE/bcryptprimitives.c" "$HERE/bcryptprimitives.def" -ladvapi32 >&2
  cp "$build/bcryptprimitives.dll" "$SYS32/"
  rm -rf "$build"
fi
echo "$WINEPREFIX"
