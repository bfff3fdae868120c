#!/usr/bin/env bash
# The Debian package as a person gets it: build it from a release binary, install it with apt,
# validate what it installed, and run the installed /usr/bin/posture-break on a headless desktop.
#
#   bash tests/package/deb-smoke.sh [RELEASE_BINARY]
#
# RELEASE_BINARY defaults to $PB_BIN, then <cargo target dir>/release/posture-break. Needs root
# or sudo (apt-get install), dpkg-deb, desktop-file-validate, appstreamcli, man, groff and the
# desktop session's packages (tests/desktop/install-deps.sh installs them all).
#
# Checks: package contents; `apt-get install ./posture-break_*.deb`; desktop-file-validate on the
# desktop entry; appstreamcli validate --no-net on the metainfo (and its release = the package
# version); the man page renders (man -l, groff -ww without warnings) and `man -w` finds it; the
# completions exist and bash's completes subcommands; the hicolor icons; then inside
# tests/desktop/session.sh: the installed binary starts, registers its tray item, `status --json`
# answers with its pid, `quit` exits 0 and the app exits 0.
#
# The package is removed again at the end unless it was installed before the test (then the
# test's build stays installed) or PB_DEB_KEEP=1. Closing line: `deb: N passed, N failed`;
# exit status 0 only when nothing failed.
set -uo pipefail

REPO=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
SELF=$REPO/tests/package/deb-smoke.sh
APP_ID=io.github.posture_break
INSTALLED_BIN=/usr/bin/posture-break

# shellcheck source=tests/support/checks.sh
source "$REPO/tests/support/checks.sh"

# ---------------------------------------------------------------------------------------------
# Inside the desktop session: the installed binary, end to end. Results go to $PB_DEB_RESULTS
# as "PASSED FAILED".
# ---------------------------------------------------------------------------------------------
app_pid=""
started() { [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; }

status_has_pid() {
  local json deadline=$((SECONDS + 10))
  while ((SECONDS < deadline)); do
    started || { echo "the app exited before answering (see its log above)"; return 1; }
    if json=$("$INSTALLED_BIN" status --json 2>/dev/null); then
      echo "$json"
      [[ $(jq -r .pid <<<"$json") == "$app_pid" ]] && return 0
      echo "status answered with another pid than $app_pid"
      return 1
    fi
    sleep 0.1
  done
  echo "no answer to status --json within 10 s"
  return 1
}

tray_registered() {
  local items deadline=$((SECONDS + 10))
  while ((SECONDS < deadline)); do
    items=$(gdbus call --session --dest org.kde.StatusNotifierWatcher \
      --object-path /StatusNotifierWatcher --method org.freedesktop.DBus.Properties.Get \
      org.kde.StatusNotifierWatcher RegisteredStatusNotifierItems 2>&1) || true
    if [[ $items == *StatusNotifierItem* ]]; then
      echo "$items"
      return 0
    fi
    sleep 0.1
  done
  echo "no StatusNotifierItem registered within 10 s: $items"
  return 1
}

# Runs in this shell, not under `check`'s $(...): only the app's parent can `wait` for it. A
# child that exited but is not reaped yet still answers kill -0, so look for state Z.
APP_RC=""
wait_app_exit() {
  local deadline=$((SECONDS + 10))
  while ((SECONDS < deadline)); do
    if [[ ! -e /proc/$app_pid ]] || grep -q '^State:[[:space:]]*Z' "/proc/$app_pid/status" 2>/dev/null; then
      wait "$app_pid"
      APP_RC=$?
      app_pid=""
      return
    fi
    sleep 0.05
  done
  APP_RC="still running 10 s after quit"
}

app_exited_zero() {
  echo "exit status $APP_RC"
  [[ $APP_RC == 0 ]]
}

inside_session() {
  local log=$PB_SESSION_ROOT/logs/posture-break.stderr
  "$INSTALLED_BIN" >"$log" 2>&1 &
  app_pid=$!
  check "installed binary starts; status --json answers with its pid" status_has_pid
  check "tray item registered with the StatusNotifierWatcher" tray_registered
  check "posture-break quit exits 0" "$INSTALLED_BIN" quit
  wait_app_exit
  check "the app exits 0 after quit" app_exited_zero
  if started; then kill -TERM "$app_pid" 2>/dev/null; fi
  if ((FAILED)) && [[ -s $log ]]; then
    echo "---- the app's stderr ----"
    tail -n 20 "$log"
  fi
  echo "$PASSED $FAILED" >"$PB_DEB_RESULTS"
}

if [[ ${1:-} == --inside-session ]]; then
  inside_session
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# Outside: build, install, validate, then the session part.
# ---------------------------------------------------------------------------------------------
finish() {
  echo
  echo "deb: $PASSED passed, $FAILED failed"
  ((FAILED == 0))
  exit
}

TARGET_DIR=${CARGO_TARGET_DIR:-$REPO/target}
BIN=${1:-${PB_BIN:-$TARGET_DIR/release/posture-break}}
if [[ ! -x $BIN ]]; then
  check "release binary $BIN exists" false
  finish
fi

SUDO=()
if ((EUID != 0)); then
  command -v sudo >/dev/null || { check "root or sudo for apt-get install" false; finish; }
  SUDO=(sudo)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/pb-deb-smoke.XXXXXX")
PREVIOUS=$(dpkg-query -W -f='${db:Status-Status} ${Version}' posture-break 2>/dev/null || true)
INSTALLED_BY_US=0
cleanup() {
  if ((INSTALLED_BY_US)) && [[ ${PB_DEB_KEEP:-} != 1 ]]; then
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive dpkg --purge posture-break >/dev/null 2>&1 ||
      echo "deb-smoke: could not remove the package again (dpkg --purge posture-break)" >&2
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "deb-smoke: packaging $BIN"
if ! DEB=$(bash "$REPO/packaging/deb/build.sh" --binary "$BIN" --out "$WORK" | tail -n 1) ||
  [[ ! -f $DEB ]]; then
  check "packaging/deb/build.sh builds the .deb" false
  finish
fi
check "packaging/deb/build.sh builds $(basename "$DEB")" true
VERSION=$(dpkg-deb -f "$DEB" Version)

has_files() {
  local listing missing=()
  listing=$(dpkg-deb -c "$DEB" | awk '{print $NF}' | sed 's|^\./|/|')
  for f in "$INSTALLED_BIN" \
    /usr/share/applications/$APP_ID.desktop \
    /usr/share/metainfo/$APP_ID.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/posture-break.svg \
    /usr/share/icons/hicolor/48x48/apps/posture-break.png \
    /usr/share/man/man1/posture-break.1.gz \
    /usr/share/bash-completion/completions/posture-break \
    /usr/share/zsh/vendor-completions/_posture-break \
    /usr/share/fish/vendor_completions.d/posture-break.fish \
    /usr/share/doc/posture-break/copyright \
    /usr/share/doc/posture-break/changelog.gz; do
    grep -qxF "$f" <<<"$listing" || missing+=("$f")
  done
  ((${#missing[@]} == 0)) || { echo "missing: ${missing[*]}"; return 1; }
  dpkg-deb -f "$DEB" Package Version Architecture Depends
}
check "package holds binary, desktop entry, metainfo, icons, man page, completions" has_files

# apt-get install ./x.deb: a path with a slash is a local file to apt. Recommends (xdg-utils) are
# left out so the test installs nothing from the network; the dependencies are already present.
apt_install() {
  (cd "$(dirname "$DEB")" && "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y \
    --no-install-recommends -o DPkg::Lock::Timeout=120 -o Dpkg::Use-Pty=0 \
    "./$(basename "$DEB")") | tail -n 4
  [[ $(dpkg-query -W -f='${db:Status-Status} ${Version}' posture-break) == "installed $VERSION" ]]
}
[[ $PREVIOUS == installed* ]] || INSTALLED_BY_US=1
if ! check "apt-get install ./$(basename "$DEB")" apt_install; then
  finish
fi
[[ -z $PREVIOUS ]] || echo "      (posture-break $PREVIOUS was installed before; it is now $VERSION)"

on_path() {
  [[ $(command -v posture-break) == "$INSTALLED_BIN" ]] || {
    echo "posture-break on PATH is $(command -v posture-break)"
    return 1
  }
  [[ $("$INSTALLED_BIN" --version) == "posture-break $VERSION" ]]
}
check "$INSTALLED_BIN is on PATH and says version $VERSION" on_path

check "desktop-file-validate $APP_ID.desktop" \
  desktop-file-validate /usr/share/applications/$APP_ID.desktop
check "appstreamcli validate --no-net $APP_ID.metainfo.xml" \
  appstreamcli validate --no-net /usr/share/metainfo/$APP_ID.metainfo.xml
release_is_version() {
  grep -q "<release version=\"$VERSION\"" /usr/share/metainfo/$APP_ID.metainfo.xml ||
    { echo "the metainfo's newest release is not $VERSION"; return 1; }
}
check "metainfo's release is the package version $VERSION" release_is_version

man_renders() {
  local page text warnings
  page=$(man -w posture-break) || { echo "man -w does not find posture-break"; return 1; }
  [[ $page == /usr/share/man/man1/posture-break.1.gz ]] || { echo "man -w: $page"; return 1; }
  text=$(MANWIDTH=80 man -l "$page" 2>&1 | col -b) || return 1
  for heading in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS "EXIT STATUS" FILES; do
    grep -q "^$heading" <<<"$text" || { echo "no $heading section"; return 1; }
  done
  grep -q "posture-break status \[OPTIONS\]" <<<"$text" || { echo "no status command"; return 1; }
  warnings=$(zcat "$page" | groff -man -Tutf8 -ww -z 2>&1)
  [[ -z $warnings ]] || { echo "groff warnings: $warnings"; return 1; }
  sed -n '1,6p' <<<"$text"
}
check "man page renders (man -l, groff -ww) and man -w finds it" man_renders

bash_completes() {
  local words
  bash -n /usr/share/bash-completion/completions/posture-break || return 1
  [[ -s /usr/share/zsh/vendor-completions/_posture-break ]] || { echo "zsh: empty"; return 1; }
  [[ -s /usr/share/fish/vendor_completions.d/posture-break.fish ]] || { echo "fish: empty"; return 1; }
  # The function the script registers with `complete -F`, called as bash would for "sta<TAB>".
  # shellcheck disable=SC2016
  words=$(bash -c 'source /usr/share/bash-completion/completions/posture-break || exit 1
    fn=$(complete -p posture-break | sed -n "s/.* -F \([^ ]*\) .*/\1/p")
    [[ -n $fn ]] || { echo "no complete -F for posture-break"; exit 1; }
    COMP_WORDS=(posture-break sta); COMP_CWORD=1; COMP_LINE="posture-break sta"; COMP_POINT=17
    "$fn" posture-break sta posture-break; printf "%s\n" "${COMPREPLY[@]}"')
  echo "posture-break sta<TAB>: $(tr '\n' ' ' <<<"$words")"
  grep -qx stats <<<"$words" && grep -qx status <<<"$words"
}
check "completions installed; bash completes subcommands" bash_completes

icons() {
  local f
  for f in /usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64}/apps/posture-break.png \
    /usr/share/icons/hicolor/scalable/apps/posture-break.svg; do
    [[ -s $f ]] || { echo "missing $f"; return 1; }
  done
}
check "icon installed in the hicolor theme (6 PNG sizes + SVG)" icons

echo "deb-smoke: running $INSTALLED_BIN in a headless desktop session"
RESULTS=$WORK/session-results
: >"$RESULTS"
rc=0
PB_DEB_RESULTS=$RESULTS bash "$REPO/tests/desktop/session.sh" bash "$SELF" --inside-session ||
  rc=$?
if read -r p f <"$RESULTS" && [[ -n ${p:-} ]]; then
  PASSED=$((PASSED + p))
  FAILED=$((FAILED + f))
  ((rc == 0)) || check "desktop session exits 0" false
else
  check "desktop session ran the smoke test (session.sh exit $rc)" false
fi
finish
