#!/usr/bin/env bash
# Run a command inside an isolated, headless X11 desktop session, then tear the session down.
#
#   tests/desktop/session.sh CMD [ARGS...]
#
# What CMD gets:
#   - a private Xvfb server (1280x800x24); DISPLAY=:N, XDG_SESSION_TYPE=x11, GDK_BACKEND=x11,
#     NO_AT_BRIDGE=1, WAYLAND_DISPLAY unset;
#   - private XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_STATE_HOME and XDG_RUNTIME_DIR
#     (0700) under a temp root, exported as PB_SESSION_ROOT (logs in $PB_SESSION_ROOT/logs);
#   - a private session bus (dbus-run-session) whose only activatable services are the system's
#     minus any notification daemon or tray watcher, so nothing but this script starts those;
#   - dunst as org.freedesktop.Notifications (own dunstrc: no idle threshold, left click =
#     do_action + close_current);
#   - xfce4-panel holding only the systray plugin, which owns org.kde.StatusNotifierWatcher and
#     hosts StatusNotifierItems (and XEmbed icons);
#   - PulseAudio with one null sink `null` as the default (its socket in XDG_RUNTIME_DIR), so
#     what the app plays can be recorded from `null.monitor` (PB_SOUND_SINK=null is exported).
# CMD's exit code is this script's exit code. Every process started for the session (including
# anything CMD leaves behind in the session's process group or with PB_SESSION_ROOT in its
# environment) is killed on exit, on error and on INT/TERM/HUP. Works as root and as a user.
#
# Environment switches:
#   PB_NO_NOTIFYD=1       start no notification daemon (nothing owns org.freedesktop.Notifications)
#   PB_NO_TRAY=1          start no tray host (nothing owns org.kde.StatusNotifierWatcher)
#   PB_NO_SOUND=1         start no sound server
#   PB_SESSION_KEEP=1     keep the temp root (logs, XDG dirs) instead of deleting it
#   PB_SESSION_VERBOSE=1  always print the log tails, not only on failure
#   PB_SESSION_TIMEOUT=N  seconds to wait for each component to come up (default 20)
# Exit codes: CMD's; 125 when the session itself could not be set up; 2 for a usage error.
set -euo pipefail

SELF=$(readlink -f "${BASH_SOURCE[0]}")
SESSION_NAME=session
# shellcheck source=tests/desktop/session-lib.sh
source "$(dirname "$SELF")/session-lib.sh"

# up_or_dead PID NAME: NAME is owned, or PID died (stop waiting; the caller checks which).
up_or_dead() { ! alive "$1" || name_has_owner "$2"; }

# ---------------------------------------------------------------------------------------------
# Stage 3: inside the private session bus. Start dunst and the panel, run CMD.
# ---------------------------------------------------------------------------------------------
stage_bus() {
  local root=$PB_SESSION_ROOT rc=0 fd
  # Take back the caller's stdin and stderr (saved by the earlier stages) and close the copies.
  if [[ -n ${PB_SESSION_STDERR_FD:-} ]]; then
    fd=$PB_SESSION_STDERR_FD
    exec 2>&"$fd" {fd}>&-
  fi
  if [[ -n ${PB_SESSION_STDIN_FD:-} ]]; then
    fd=$PB_SESSION_STDIN_FD
    exec 0<&"$fd" {fd}<&-
  fi
  unset PB_SESSION_STDERR_FD PB_SESSION_STDIN_FD
  dunst_pid="" panel_pid="" pulse_pid="" # global: the EXIT trap reads them
  stop_daemons() {
    local p
    for p in $panel_pid $dunst_pid $pulse_pid; do kill -TERM "$p" 2>/dev/null || true; done
    for p in $panel_pid $dunst_pid $pulse_pid; do wait "$p" 2>/dev/null || true; done
  }
  trap stop_daemons EXIT

  if [[ ${PB_NO_NOTIFYD:-} != 1 ]]; then
    mkdir -p "$XDG_CONFIG_HOME/dunst"
    cat >"$XDG_CONFIG_HOME/dunst/dunstrc" <<'DUNSTRC'
# Written by tests/desktop/session.sh: deterministic settings for tests.
[global]
    monitor = 0
    follow = none
    width = 360
    height = 200
    origin = top-right
    offset = 10x40
    notification_limit = 0
    indicate_hidden = yes
    idle_threshold = 0
    show_indicators = yes
    stack_duplicates = false
    hide_duplicate_count = false
    sticky_history = yes
    history_length = 100
    show_age_threshold = -1
    ignore_dbusclose = false
    font = DejaVu Sans 10
    markup = full
    format = "<b>%a</b>  %s\n%b"
    alignment = left
    word_wrap = yes
    dmenu = /bin/false
    browser = /bin/false
    title = Dunst
    class = Dunst
    mouse_left_click = do_action, close_current
    mouse_middle_click = close_current
    mouse_right_click = close_all
[urgency_low]
    timeout = 60
[urgency_normal]
    timeout = 60
[urgency_critical]
    timeout = 0
DUNSTRC
    dunst -config "$XDG_CONFIG_HOME/dunst/dunstrc" >"$root/logs/dunst.log" 2>&1 &
    dunst_pid=$!
    # Nothing may talk to org.freedesktop.Notifications (dunstctl included) before this.
    wait_until "$PB_SESSION_TIMEOUT" "dunst to own org.freedesktop.Notifications" \
      up_or_dead "$dunst_pid" org.freedesktop.Notifications || return "$SETUP_FAILED"
    alive "$dunst_pid" || { log "dunst exited during start-up"; return "$SETUP_FAILED"; }
  fi

  if [[ ${PB_NO_SOUND:-} != 1 ]]; then
    # Runs as root too; its socket is $XDG_RUNTIME_DIR/pulse/native, where clients look.
    mkdir -p "$root/home"
    HOME=$root/home pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit \
      --use-pid-file=no --log-target=stderr \
      -L "module-null-sink sink_name=null" -L module-native-protocol-unix \
      >"$root/logs/pulseaudio.log" 2>&1 &
    pulse_pid=$!
    wait_until "$PB_SESSION_TIMEOUT" "PulseAudio to answer" \
      bash -c '[[ ! -e /proc/$1 ]] || pactl info >/dev/null 2>&1' _ "$pulse_pid" || return "$SETUP_FAILED"
    alive "$pulse_pid" || { log "pulseaudio exited during start-up"; return "$SETUP_FAILED"; }
    pactl set-default-sink null >/dev/null
    # Sandboxed apps get an XDG_RUNTIME_DIR of their own: name the server's socket outright.
    export PULSE_SERVER=unix:$XDG_RUNTIME_DIR/pulse/native PB_SOUND_SINK=null
  fi

  if [[ ${PB_NO_TRAY:-} != 1 ]]; then
    local xml_dir=$XDG_CONFIG_HOME/xfce4/xfconf/xfce-perchannel-xml
    mkdir -p "$xml_dir"
    # One panel holding only the systray plugin (the Rust harness's late panel uses it too).
    cp "$(dirname "$SELF")/xfce4-panel.xml" "$xml_dir/xfce4-panel.xml"
    xfce4-panel --disable-wm-check >"$root/logs/xfce4-panel.log" 2>&1 &
    panel_pid=$!
    wait_until "$PB_SESSION_TIMEOUT" "xfce4-panel to own org.kde.StatusNotifierWatcher" \
      up_or_dead "$panel_pid" org.kde.StatusNotifierWatcher || return "$SETUP_FAILED"
    alive "$panel_pid" || { log "xfce4-panel exited during start-up"; return "$SETUP_FAILED"; }
  fi

  log "ready: DISPLAY=$DISPLAY root=$root notifyd=$([[ -n $dunst_pid ]] && echo dunst || echo none) tray=$([[ -n $panel_pid ]] && echo xfce4-panel || echo none) sound=$([[ -n $pulse_pid ]] && echo pulseaudio || echo none)"
  "$@" <&0 || rc=$?
  return "$rc"
}

# ---------------------------------------------------------------------------------------------
# Stage 2: leader of the session's own process group. Start Xvfb, the session bus, stage 3.
# ---------------------------------------------------------------------------------------------
stage_x() {
  local root=$PB_SESSION_ROOT n lock pid rc=0
  xvfb_pid="" # global: the EXIT trap reads it
  stop_x() { [[ -z $xvfb_pid ]] || { kill -TERM "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; } || true; }
  trap stop_x EXIT

  # Pick a display: no live server holds its lock file. Xvfb takes the lock atomically; when
  # another server wins a race for the same number ours exits and we move on to the next one.
  lock_is_ours() { [[ $(tr -d ' \n' <"/tmp/.X$1-lock" 2>/dev/null) == "$xvfb_pid" ]]; }
  for n in $(seq 90 189); do
    lock=/tmp/.X$n-lock
    if [[ -e $lock ]]; then
      pid=$(tr -d ' \n' <"$lock" 2>/dev/null || true)
      [[ $pid =~ ^[0-9]+$ ]] && [[ -e /proc/$pid ]] && continue
    fi
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp -noreset >"$root/logs/xvfb.log" 2>&1 &
    xvfb_pid=$!
    # Ready = our server holds the lock and answers (xdpyinfo alone might reach a rival server).
    if wait_until "$PB_SESSION_TIMEOUT" "Xvfb :$n" \
      bash -c 'alive() { [[ -e /proc/$1 ]] && ! grep -q "^State:[[:space:]]*Z" /proc/$1/status; }
               alive "$1" || exit 0   # stop waiting, checked below
               [[ $(tr -d " \n" <"/tmp/.X$2-lock") == "$1" ]] && xdpyinfo -display ":$2"' \
        _ "$xvfb_pid" "$n" && alive "$xvfb_pid" && lock_is_ours "$n"; then
      break
    fi
    kill -TERM "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
    log "display :$n unavailable, trying the next one"
  done
  [[ -n $xvfb_pid ]] || { log "could not start Xvfb"; return "$SETUP_FAILED"; }

  export DISPLAY=":$n" XDG_SESSION_TYPE=x11 GDK_BACKEND=x11 NO_AT_BRIDGE=1
  unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS DBUS_STARTER_ADDRESS DBUS_STARTER_BUS_TYPE

  write_bus_config "$root"

  # dbus-daemon's chatter goes to a log; CMD gets our stderr back through PB_SESSION_STDERR_FD.
  local err_fd
  exec {err_fd}>&2
  export PB_SESSION_STDERR_FD=$err_fd
  dbus-run-session --config-file="$root/dbus/session.conf" -- bash "$SELF" --pb-stage-bus "$@" \
    2>"$root/logs/dbus.log" || rc=$?
  return "$rc"
}

# ---------------------------------------------------------------------------------------------
# Stage 1: the caller's process. Temp root, new process group, teardown, exit code.
# ---------------------------------------------------------------------------------------------
stage_outer() {
  (($# > 0)) || { sed -n '2,/^set -euo/p' "$SELF" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
  local tool
  for tool in Xvfb xdpyinfo dbus-run-session gdbus setsid; do
    command -v "$tool" >/dev/null || die "$tool not found; run tests/desktop/install-deps.sh"
  done
  [[ ${PB_NO_NOTIFYD:-} == 1 ]] || command -v dunst >/dev/null ||
    die "dunst not found; run tests/desktop/install-deps.sh"
  [[ ${PB_NO_TRAY:-} == 1 ]] || command -v xfce4-panel >/dev/null ||
    die "xfce4-panel not found; run tests/desktop/install-deps.sh"

  ROOT=$(mktemp -d "${TMPDIR:-/tmp}/pb-session.XXXXXX")
  chmod 700 "$ROOT"
  mkdir -p "$ROOT/logs" "$ROOT/config" "$ROOT/data" "$ROOT/cache" "$ROOT/state" "$ROOT/runtime"
  chmod 700 "$ROOT/runtime"
  export PB_SESSION_ROOT=$ROOT
  export XDG_CONFIG_HOME=$ROOT/config XDG_DATA_HOME=$ROOT/data XDG_CACHE_HOME=$ROOT/cache
  export XDG_STATE_HOME=$ROOT/state XDG_RUNTIME_DIR=$ROOT/runtime

  LEADER=""
  RC=0
  trap 'teardown' EXIT
  trap 'RC=130; exit 130' INT
  trap 'RC=143; exit 143' TERM
  trap 'RC=129; exit 129' HUP

  # Hand our stdin to CMD (background jobs otherwise get /dev/null); CI may have none at all.
  local in_fd
  if [[ -e /proc/$$/fd/0 ]]; then exec {in_fd}<&0; else exec {in_fd}</dev/null; fi
  export PB_SESSION_STDIN_FD=$in_fd

  # setsid: the session gets its own process group (and session), so teardown can kill all of
  # it without touching the caller. A background child of a non-interactive shell is not a group
  # leader, so setsid execs in place and $! is the new group's id.
  setsid bash "$SELF" --pb-stage-x "$@" &
  LEADER=$!
  wait "$LEADER" || RC=$?
  exit "$RC"
}

case ${1:-} in
  --pb-stage-x) shift; stage_x "$@"; exit $? ;;
  --pb-stage-bus) shift; stage_bus "$@"; exit $? ;;
  *) stage_outer "$@" ;;
esac
