#!/usr/bin/env bash
# Build the per-user Windows installer posture-break-<version>-x86_64.msi with Debian's wixl:
#
#   bash packaging/windows/build-msi.sh EXE [OUT_DIR]
#
# EXE is posture-break.exe for x86_64-pc-windows-gnu (cargo build --release --target
# x86_64-pc-windows-gnu). The icon (.ico) is made from assets/icons/ with ImageMagick's convert.
# OUT_DIR defaults to the exe's directory. Prints the path of the .msi as the last line.
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
EXE=$(readlink -f "${1:?usage: build-msi.sh EXE [OUT_DIR]}")
OUT=$(readlink -f "${2:-$(dirname "$EXE")}")
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' "$REPO/Cargo.toml" | head -n 1)
# The app's AppUserModelID (src/shell/platform/common/notifier.rs).
APP_ID=$(sed -n 's/^pub const APP_ID: &str = "\(.*\)";/\1/p' "$REPO/src/shell/platform/common/notifier.rs")
[[ -n $APP_ID ]] || { echo "build-msi: no APP_ID in platform/common/notifier.rs" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
convert "$REPO"/assets/icons/active-{16,24,32,48,64}.png "$work/posture-break.ico"
# wixl takes sources relative to the current directory.
cp "$EXE" "$work/posture-break.exe"
mkdir -p "$OUT"
msi=$OUT/posture-break-$VERSION-x86_64.msi
(cd "$work" && wixl --arch x64 -D Version="$VERSION" -D Exe=posture-break.exe \
  -D Icon=posture-break.ico -o "$msi" "$HERE/posture-break.wxs")
# The Start-menu shortcut's System.AppUserModel.ID, which toasts need: the MsiShortcutProperty
# row WiX's <ShortcutProperty> writes (the key is the property's canonical name), added with
# msitools' msibuild because wixl has no such element. Windows Installer 5 sets it on the
# shortcut when it creates it.
printf '%s\t%s\t%s\t%s\n' \
  MsiShortcutProperty Shortcut_ PropertyKey PropVariantValue \
  s72 s72 s0 s0 \
  MsiShortcutProperty MsiShortcutProperty '' '' \
  AppUserModelID StartMenu System.AppUserModel.ID "$APP_ID" |
  sed 's/\t*$//' >"$work/MsiShortcutProperty.idt"
msibuild "$msi" -i "$work/MsiShortcutProperty.idt"
echo "$msi"
