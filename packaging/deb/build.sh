#!/usr/bin/env bash
# Build the Debian package posture-break_<version>_<arch>.deb with dpkg-deb (no cargo-deb):
#
#   bash packaging/deb/build.sh                  # cargo build --release --locked, then package
#   bash packaging/deb/build.sh --binary PATH    # package an already built release binary
#   options: --out DIR (default: <cargo target dir>/deb)
#
# The package holds the binary (/usr/bin/posture-break), the desktop entry and AppStream
# metainfo from packaging/linux/, the icon in the hicolor theme (SVG + PNGs from assets/icons/),
# a man page and bash/zsh/fish completions generated from the clap definitions (src/cli/args.rs) by
# `cargo run --example gen-docs`, and copyright and changelog.gz in /usr/share/doc/posture-break/.
# Depends: what dpkg-shlibdeps finds for the binary, plus the X11 libraries winit and softbuffer
# dlopen at run time. No maintainer scripts: dpkg's triggers refresh the icon cache, the desktop
# database and the man index. Needs dpkg-deb; dpkg-shlibdeps (dpkg-dev) when present; runs as any
# user.
# Prints the path of the .deb as the last line of stdout.
set -euo pipefail

REPO=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
TARGET_DIR=${CARGO_TARGET_DIR:-$REPO/target}
BINARY=""
OUT=""

die() { echo "deb-build: $*" >&2; exit 1; }

while (($#)); do
  case $1 in
    --binary) BINARY=${2:?--binary needs a path}; shift 2 ;;
    --out) OUT=${2:?--out needs a directory}; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
: "${OUT:=$TARGET_DIR/deb}"

command -v dpkg-deb >/dev/null || die "dpkg-deb not found (Debian's dpkg package)"
cd "$REPO"

if [[ -z $BINARY ]]; then
  cargo build --release --locked >&2
  BINARY=$TARGET_DIR/release/posture-break
fi
[[ -x $BINARY ]] || die "$BINARY is not an executable file"

VERSION=$(sed -n '/^\[package\]/,/^\[/s/^version *= *"\([^"]*\)"/\1/p' Cargo.toml | head -n 1)
[[ -n $VERSION ]] || die "no version in Cargo.toml"
ARCH=$(dpkg --print-architecture)
MAINTAINER="The posture-break developers <posture-break@users.noreply.github.com>"
# Reproducible dates (man page, file times): the last commit's time unless the caller set one.
if [[ -z ${SOURCE_DATE_EPOCH:-} ]]; then
  SOURCE_DATE_EPOCH=$(git -C "$REPO" log -1 --format=%ct 2>/dev/null || date +%s)
fi
export SOURCE_DATE_EPOCH

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pb-deb.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
ROOT=$WORK/root
GEN=$WORK/gen

# Man page and completions from the clap definitions (a debug build of the example).
cargo run --quiet --locked --example gen-docs -- "$GEN" >&2 ||
  die "cargo run --example gen-docs failed"

put() { # put MODE SOURCE DEST (DEST relative to the package root)
  install -D -m "$1" "$2" "$ROOT/$3"
}
put 0755 "$BINARY" usr/bin/posture-break
put 0644 packaging/linux/io.github.posture_break.desktop \
  usr/share/applications/io.github.posture_break.desktop
put 0644 packaging/linux/io.github.posture_break.metainfo.xml \
  usr/share/metainfo/io.github.posture_break.metainfo.xml
put 0644 assets/icons/posture-break.svg usr/share/icons/hicolor/scalable/apps/posture-break.svg
for size in 16 22 24 32 48 64; do
  put 0644 "assets/icons/active-$size.png" \
    "usr/share/icons/hicolor/${size}x${size}/apps/posture-break.png"
done
put 0644 "$GEN/completions/bash/posture-break" usr/share/bash-completion/completions/posture-break
put 0644 "$GEN/completions/zsh/_posture-break" usr/share/zsh/vendor-completions/_posture-break
put 0644 "$GEN/completions/fish/posture-break.fish" \
  usr/share/fish/vendor_completions.d/posture-break.fish
mkdir -p "$ROOT/usr/share/man/man1"
gzip -9n <"$GEN/man/posture-break.1" >"$ROOT/usr/share/man/man1/posture-break.1.gz"
chmod 0644 "$ROOT/usr/share/man/man1/posture-break.1.gz"

DOC=$ROOT/usr/share/doc/posture-break
mkdir -p "$DOC"
{
  cat <<'EOF'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: posture-break

Files: *
Copyright: the posture-break developers
License: MIT or Apache-2.0

Files: assets/fonts/*
Copyright: 2010, 2012-2020 Google Inc.; 2015-2020 Google LLC (The Noto Project Authors)
License: OFL-1.1
Comment: A subset of Noto Sans Regular and Bold is built into the binary.

License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of this software
 and associated documentation files (the "Software"), to deal in the Software without
 restriction, including without limitation the rights to use, copy, modify, merge, publish,
 distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
 Software is furnished to do so, subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all copies or
 substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
 BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
 NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
 DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

License: Apache-2.0
 On Debian systems, the full text of the Apache License, Version 2.0 is in
 /usr/share/common-licenses/Apache-2.0.

License: OFL-1.1
EOF
  # The font licence's own text, as a continuation block (blank lines become " .").
  sed -e 's/^[[:space:]]*$/./' -e 's/^/ /' assets/fonts/LICENSE-NotoSans.txt
} >"$DOC/copyright"
chmod 0644 "$DOC/copyright"
# Debian wants a changelog in its own format even in a native package (lintian: no-changelog).
{
  printf 'posture-break (%s) unstable; urgency=medium\n\n' "$VERSION"
  printf '  * posture-break %s; the changes are in the project'"'"'s git history.\n\n' "$VERSION"
  printf ' -- %s  %s\n' "$MAINTAINER" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n >"$DOC/changelog.gz"
chmod 0644 "$DOC/changelog.gz"

# Dependencies: the binary's shared libraries (dpkg-shlibdeps wants a debian/control beside it),
# then the X11 client libraries loaded with dlopen, which no tool can see.
SHLIBS=""
if command -v dpkg-shlibdeps >/dev/null; then
  mkdir -p "$WORK/src/debian"
  printf 'Source: posture-break\n\nPackage: posture-break\nArchitecture: any\n' \
    >"$WORK/src/debian/control"
  SHLIBS=$(cd "$WORK/src" && dpkg-shlibdeps -O "$ROOT/usr/bin/posture-break" 2>/dev/null |
    sed -n 's/^shlibs:Depends=//p') || SHLIBS=""
fi
if [[ -z $SHLIBS ]]; then
  echo "deb-build: dpkg-shlibdeps unavailable or silent; using unversioned libc6, libgcc-s1" >&2
  SHLIBS="libc6, libgcc-s1"
fi
DEPENDS="$SHLIBS, libx11-6, libx11-xcb1, libxcursor1, libxi6, libxrandr2, libxkbcommon-x11-0"

INSTALLED_KB=$(du -sk --apparent-size "$ROOT/usr" | cut -f1)
mkdir -p "$ROOT/DEBIAN"
cat >"$ROOT/DEBIAN/control" <<EOF
Package: posture-break
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: xdg-utils, libwayland-client0, libwayland-cursor0, libxkbcommon0, sound-theme-freedesktop, pulseaudio-utils | pipewire-bin
Section: utils
Priority: optional
Homepage: https://github.com/posture-break/posture-break
Description: tray app that offers a one-minute guided stretch every 45 minutes
 posture-break sits in the system tray and, every 45 minutes, offers a
 one-minute guided stretch for the middle back, neck and shoulders. Clicking
 the reminder opens a window that walks through the exercise step by step
 with a countdown; the reminder can also be snoozed or skipped. Time away
 from the computer, a suspend or a locked screen counts as a break.
 .
 The same program is the command line (status, snooze, pause, stats, config
 check, ...). It needs a StatusNotifierItem tray host and a notification
 daemon, which most desktops provide.
EOF
(cd "$ROOT" && find usr -type f -printf '%P\n' | sort | sed 's|^|usr/|' |
  xargs -d '\n' md5sum) >"$ROOT/DEBIAN/md5sums"
chmod 0644 "$ROOT/DEBIAN/control" "$ROOT/DEBIAN/md5sums"
find "$ROOT" -type d -exec chmod 0755 {} +
find "$ROOT" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

mkdir -p "$OUT"
DEB=$OUT/posture-break_${VERSION}_${ARCH}.deb
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$DEB" >&2
echo "deb-build: built $DEB ($(du -k "$DEB" | cut -f1) KiB; Depends: $DEPENDS)" >&2
echo "$DEB"
