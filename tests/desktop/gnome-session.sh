#!/usr/bin/env bash
# Run a command inside a real GNOME Shell 43 session, headless, then tear it down.
#
#   tests/desktop/gnome-session.sh CMD [ARGS...]
#
# What CMD gets:
#   - a private Xvfb server (1280x800x24, with GLX; Mesa's software renderer) as PB_GNOME_DISPLAY,
#     for screenshots (`import -window root`);
#   - GNOME Shell on it, in one of three modes (PB_GNOME_MODE, exported to CMD):
#       x11            `gnome-shell --x11`: the window manager and shell of that display
#                      (DISPLAY=PB_GNOME_DISPLAY); stock GNOME, no tray at all;
#       x11-appindicator  the same with Debian's AppIndicator extension enabled (a schema
#                      override in a private XDG_DATA_DIRS entry): a StatusNotifierWatcher;
#       wayland        `gnome-shell --nested --wayland --no-x11`: GNOME as a Wayland compositor
#                      drawn into an Xvfb window; WAYLAND_DISPLAY set, DISPLAY unset;
#     started with --unsafe-mode so tests may ask it questions through org.gnome.Shell.Eval;
#     GNOME Shell is the notification server;
#   - private XDG dirs and HOME under a temp root (PB_SESSION_ROOT, logs in its logs/), a private
#     session bus (dbus-run-session; no other notification daemon or tray watcher activatable)
#     and a private stand-in system bus (GNOME Shell dies without one where /run/systemd/seats
#     exists; nothing answers on it, which GNOME survives).
# GNOME Shell does not run as root: run as root, this script runs the session as the unprivileged
# user PB_SWAY_USER (default `pbtest`, created if missing), like sway-session.sh; CMD and what it
# needs must be readable by them.
# CMD's exit code is this script's; 125 when the session could not be set up; 2 for usage.
#
# Environment switches: PB_GNOME_MODE (default x11), PB_SESSION_KEEP=1, PB_SESSION_VERBOSE=1,
# PB_SESSION_TIMEOUT=N (default 20; GNOME Shell gets three times that to start).
set -euo pipefail

SELF=$(readlink -f "${BASH_SOURCE[0]}")
SESSION_NAME=gnome-session
: "${PB_SWAY_USER:=pbtest}"
: "${PB_GNOME_MODE:=x11}"
# shellcheck source=tests/desktop/session-lib.sh
source "$(dirname "$SELF")/session-lib.sh"

shell_up_or_dead() {
  ! alive "$1" || { name_has_owner org.gnome.Shell && name_has_owner org.freedesktop.Notifications; }
}

wayland_up_or_dead() { ! alive "$1" || compgen -G "$XDG_RUNTIME_DIR/wayland-[0-9]" >/dev/null; }

overview_hidden() {
  [[ $(gdbus call --session --dest org.gnome.Shell --object-path /org/gnome/Shell \
    --method org.gnome.Shell.Eval 'Main.overview.visible || Main.overview.animationInProgress') == \
    "(true, 'false')" ]]
}

# The shell has finished starting up (its start-up animation and the first overview).
shell_started() { grep -q "GNOME Shell started" "$1"; }

# ---------------------------------------------------------------------------------------------
# Stage 3: inside the private session bus. The system bus, Xvfb, GNOME Shell, then CMD.
# ---------------------------------------------------------------------------------------------
stage_inner() {
  local root=$PB_SESSION_ROOT rc=0 fd n
  if [[ -n ${PB_SESSION_STDERR_FD:-} ]]; then
    fd=$PB_SESSION_STDERR_FD
    exec 2>&"$fd" {fd}>&-
  fi
  unset PB_SESSION_STDERR_FD
  export XDG_CURRENT_DESKTOP=GNOME # the session type is set below, per mode
  xvfb_pid="" shell_pid="" sysbus_pid="" # global: the EXIT trap reads them
  stop_daemons() {
    local p
    for p in $shell_pid $xvfb_pid $sysbus_pid; do kill -TERM "$p" 2>/dev/null || true; done
    for p in $shell_pid $xvfb_pid; do wait "$p" 2>/dev/null || true; done
  }
  trap stop_daemons EXIT

  sysbus_pid=$(dbus-daemon --session --address="unix:path=$root/sysbus" --fork --print-pid \
    --nosyslog 2>"$root/logs/sysbus.log") || die "no stand-in system bus"
  export DBUS_SYSTEM_BUS_ADDRESS=unix:path=$root/sysbus

  # A display of our own: -displayfd picks a free number and tells it when the server is ready.
  Xvfb -displayfd 5 -screen 0 1280x800x24 +extension GLX -nolisten tcp -noreset \
    5>"$root/display" >"$root/logs/xvfb.log" 2>&1 &
  xvfb_pid=$!
  wait_until "$PB_SESSION_TIMEOUT" "Xvfb" test -s "$root/display" || return "$SETUP_FAILED"
  n=$(tr -d ' \n' <"$root/display")
  export PB_GNOME_DISPLAY=:$n PB_GNOME_MODE LIBGL_ALWAYS_SOFTWARE=1

  if [[ $PB_GNOME_MODE == x11-appindicator ]]; then
    # The extension on through a schema override in a schema dir of our own, first in
    # XDG_DATA_DIRS (gsettings set does not persist before the shell reads it).
    mkdir -p "$root/share/glib-2.0/schemas"
    cp /usr/share/glib-2.0/schemas/*.xml "$root/share/glib-2.0/schemas/"
    printf '[org.gnome.shell]\nenabled-extensions=[%s]\n' "'ubuntu-appindicators@ubuntu.com'" \
      >"$root/share/glib-2.0/schemas/99-pb-test.gschema.override"
    glib-compile-schemas "$root/share/glib-2.0/schemas/"
    export XDG_DATA_DIRS=$root/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}
  fi

  local args=(--sm-disable --unsafe-mode)
  case $PB_GNOME_MODE in
    x11 | x11-appindicator)
      export DISPLAY=$PB_GNOME_DISPLAY XDG_SESSION_TYPE=x11 GDK_BACKEND=x11
      gnome-shell --x11 -d "$DISPLAY" --replace "${args[@]}" >"$root/logs/gnome-shell.log" 2>&1 &
      shell_pid=$!
      ;;
    wayland)
      DISPLAY=$PB_GNOME_DISPLAY MUTTER_DEBUG_DUMMY_MODE_SPECS=1280x760 \
        gnome-shell --nested --wayland --no-x11 "${args[@]}" >"$root/logs/gnome-shell.log" 2>&1 &
      shell_pid=$!
      wait_until $((PB_SESSION_TIMEOUT * 3)) "GNOME Shell's Wayland socket" \
        wayland_up_or_dead "$shell_pid" || return "$SETUP_FAILED"
      export WAYLAND_DISPLAY XDG_SESSION_TYPE=wayland
      WAYLAND_DISPLAY=$(compgen -G "$XDG_RUNTIME_DIR/wayland-[0-9]" | head -n 1)
      unset DISPLAY
      ;;
    *) die "PB_GNOME_MODE must be x11, x11-appindicator or wayland, not $PB_GNOME_MODE" ;;
  esac
  wait_until $((PB_SESSION_TIMEOUT * 3)) "GNOME Shell on the session bus" \
    shell_up_or_dead "$shell_pid" || return "$SETUP_FAILED"
  alive "$shell_pid" || { log "gnome-shell exited during start-up"; return "$SETUP_FAILED"; }
  wait_until $((PB_SESSION_TIMEOUT * 3)) "GNOME Shell to finish starting" \
    shell_started "$root/logs/gnome-shell.log" || log "no \"GNOME Shell started\" line; going on"
  # GNOME starts in the Activities overview; tests start at the desktop, as after a first click.
  gdbus call --session --dest org.gnome.Shell --object-path /org/gnome/Shell \
    --method org.gnome.Shell.Eval 'Main.overview.hide()' >/dev/null ||
    log "could not leave the overview"
  wait_until "$PB_SESSION_TIMEOUT" "the overview to close" overview_hidden || true

  log "ready: mode=$PB_GNOME_MODE display=$PB_GNOME_DISPLAY root=$root user=$(id -un)"
  "$@" </dev/null || rc=$?
  return "$rc"
}

# ---------------------------------------------------------------------------------------------
# Stage 2: as the session's user, leader of its own process group: the bus, then stage 3.
# ---------------------------------------------------------------------------------------------
stage_user() {
  run_private_bus "$PB_SESSION_ROOT" "$SELF" "$@"
}

# ---------------------------------------------------------------------------------------------
# Stage 1: the caller. Temp root, the user, a new process group, teardown, exit code.
# ---------------------------------------------------------------------------------------------
stage_outer() {
  (($# > 0)) || { sed -n '2,/^set -euo/p' "$SELF" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
  local tool
  for tool in gnome-shell Xvfb dbus-run-session dbus-daemon gdbus glib-compile-schemas setsid; do
    command -v "$tool" >/dev/null || die "$tool not found; run tests/desktop/install-deps.sh"
  done
  ROOT=$(mktemp -d "${TMPDIR:-/tmp}/pb-gnome.XXXXXX")
  chmod 700 "$ROOT"
  cp "$SELF" "$(dirname "$SELF")/session-lib.sh" "$ROOT/"
  # The app's icon where the shell looks for it (an installed package puts it in
  # /usr/share/icons): the dash, the top bar and notifications show it. The launchers' folder
  # too: the shell's app system watches it only if it exists when the shell starts.
  local repo icons size
  repo=$(cd "$(dirname "$SELF")/../.." && pwd)
  icons=$ROOT/data/icons/hicolor
  mkdir -p "$icons/scalable/apps" "$ROOT/data/applications"
  cp "$repo/assets/icons/posture-break.svg" "$icons/scalable/apps/"
  for size in 16 22 24 32 48 64; do
    mkdir -p "$icons/${size}x$size/apps"
    cp "$repo/assets/icons/active-$size.png" "$icons/${size}x$size/apps/posture-break.png"
  done
  run_as_session_user gnome-session.sh "GNOME Shell does not run as root" "$@"
}

case ${1:-} in
  --pb-stage-user) shift; stage_user "$@"; exit $? ;;
  --pb-stage-inner) shift; stage_inner "$@"; exit $? ;;
  *) stage_outer "$@" ;;
esac
