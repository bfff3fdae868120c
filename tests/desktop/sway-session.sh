#!/usr/bin/env bash
# Run a command inside an isolated, headless Wayland session (sway), then tear it down.
#
#   tests/desktop/sway-session.sh CMD [ARGS...]
#
# What CMD gets:
#   - sway 1.7 on the headless wlroots backend (WLR_BACKENDS=headless, pixman renderer, no input
#     devices, `xwayland disable`), one 1920x1080 output; WAYLAND_DISPLAY is an absolute socket
#     path (so programs with another XDG_RUNTIME_DIR reach it too), SWAYSOCK for swaymsg,
#     XDG_SESSION_TYPE=wayland, DISPLAY unset;
#   - private XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_STATE_HOME, XDG_RUNTIME_DIR
#     (0700) and HOME under a temp root, exported as PB_SESSION_ROOT (logs in $PB_SESSION_ROOT/logs);
#   - a private session bus (dbus-run-session) that activates no notification daemon or tray
#     watcher;
#   - mako as org.freedesktop.Notifications: 400x120 popups anchored top-left with a 10 px
#     margin, never expiring; a left click invokes the default action (and mako sends an
#     xdg_activation token for it, ActivationToken).
#
# sway refuses to run as root. Run as root, this script creates an unprivileged system user
# (PB_SWAY_USER, default `pbtest`; idempotent) and runs the whole session, CMD included, as that
# user: CMD and everything it needs must be readable by them (tests/run-all.sh copies the
# binaries into a world-readable directory). Run as a user, it runs as that user.
# CMD's exit code is this script's; 125 when the session could not be set up; 2 for usage.
#
# Environment switches: PB_SESSION_KEEP=1 keeps the temp root, PB_SESSION_VERBOSE=1 always
# prints the log tails, PB_SESSION_TIMEOUT=N seconds to wait for each component (default 20).
set -euo pipefail

SELF=$(readlink -f "${BASH_SOURCE[0]}")
SESSION_NAME=sway-session
: "${PB_SWAY_USER:=pbtest}"
# shellcheck source=tests/desktop/session-lib.sh
source "$(dirname "$SELF")/session-lib.sh"

# The compositor's sockets are up, or sway died (stop waiting; the caller checks which).
sway_up_or_dead() {
  ! alive "$1" && return 0
  compgen -G "$XDG_RUNTIME_DIR/wayland-[0-9]" >/dev/null &&
    compgen -G "$XDG_RUNTIME_DIR/sway-ipc.*.sock" >/dev/null &&
    SWAYSOCK=$(compgen -G "$XDG_RUNTIME_DIR/sway-ipc.*.sock" | head -n 1) swaymsg -t get_version
}

mako_up_or_dead() { ! alive "$1" || name_has_owner org.freedesktop.Notifications; }

# ---------------------------------------------------------------------------------------------
# Stage 3: inside the private bus. Start sway and mako, run CMD.
# ---------------------------------------------------------------------------------------------
stage_inner() {
  local root=$PB_SESSION_ROOT rc=0 fd
  if [[ -n ${PB_SESSION_STDERR_FD:-} ]]; then
    fd=$PB_SESSION_STDERR_FD
    exec 2>&"$fd" {fd}>&-
  fi
  unset PB_SESSION_STDERR_FD
  sway_pid="" mako_pid="" # global: the EXIT trap reads them
  stop_daemons() {
    local p
    for p in $mako_pid $sway_pid; do kill -TERM "$p" 2>/dev/null || true; done
    for p in $mako_pid $sway_pid; do wait "$p" 2>/dev/null || true; done
  }
  trap stop_daemons EXIT

  cat >"$root/sway.conf" <<'SWAYCONF'
# Written by tests/desktop/sway-session.sh.
xwayland disable
output HEADLESS-1 resolution 1920x1080 position 0 0
default_border pixel 2
focus_follows_mouse no
SWAYCONF
  WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
    sway --config "$root/sway.conf" >"$root/logs/sway.log" 2>&1 &
  sway_pid=$!
  wait_until "$PB_SESSION_TIMEOUT" "sway's sockets" sway_up_or_dead "$sway_pid" ||
    return "$SETUP_FAILED"
  alive "$sway_pid" || { log "sway exited during start-up"; return "$SETUP_FAILED"; }
  WAYLAND_DISPLAY=$(compgen -G "$XDG_RUNTIME_DIR/wayland-[0-9]" | head -n 1)
  SWAYSOCK=$(compgen -G "$XDG_RUNTIME_DIR/sway-ipc.*.sock" | head -n 1)
  export WAYLAND_DISPLAY SWAYSOCK

  mkdir -p "$XDG_CONFIG_HOME/mako"
  cat >"$XDG_CONFIG_HOME/mako/config" <<'MAKOCONF'
# Written by tests/desktop/sway-session.sh: deterministic settings for tests.
font=DejaVu Sans 10
anchor=top-left
margin=10
width=400
height=120
default-timeout=0
ignore-timeout=1
max-visible=5
on-button-left=invoke-default-action
MAKOCONF
  mako >"$root/logs/mako.log" 2>&1 &
  mako_pid=$!
  wait_until "$PB_SESSION_TIMEOUT" "mako to own org.freedesktop.Notifications" \
    mako_up_or_dead "$mako_pid" || return "$SETUP_FAILED"
  alive "$mako_pid" || { log "mako exited during start-up"; return "$SETUP_FAILED"; }

  log "ready: WAYLAND_DISPLAY=$WAYLAND_DISPLAY root=$root user=$(id -un) notifyd=mako"
  "$@" </dev/null || rc=$?
  return "$rc"
}

# ---------------------------------------------------------------------------------------------
# Stage 2: as the session's user, leader of its own process group: the bus, then stage 3.
# ---------------------------------------------------------------------------------------------
stage_user() {
  export XDG_SESSION_TYPE=wayland
  run_private_bus "$PB_SESSION_ROOT" "$SELF" "$@"
}

# ---------------------------------------------------------------------------------------------
# Stage 1: the caller. Temp root, the user, a new process group, teardown, exit code.
# ---------------------------------------------------------------------------------------------
stage_outer() {
  (($# > 0)) || { sed -n '2,/^set -euo/p' "$SELF" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
  local tool
  for tool in sway swaymsg mako dbus-run-session gdbus setsid; do
    command -v "$tool" >/dev/null || die "$tool not found; run tests/desktop/install-deps.sh"
  done
  ROOT=$(mktemp -d "${TMPDIR:-/tmp}/pb-sway.XXXXXX")
  chmod 700 "$ROOT"
  # The script itself may sit where the session's user cannot read it (a repo under /root).
  cp "$SELF" "$(dirname "$SELF")/session-lib.sh" "$ROOT/"
  run_as_session_user sway-session.sh "sway refuses to run as root" "$@"
}

case ${1:-} in
  --pb-stage-user) shift; stage_user "$@"; exit $? ;;
  --pb-stage-inner) shift; stage_inner "$@"; exit $? ;;
  *) stage_outer "$@" ;;
esac
