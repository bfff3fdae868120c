# What tests/desktop/session.sh (X11), sway-session.sh (Wayland) and gnome-session.sh share: logging,
# waiting on conditions, the private session bus's configuration, running a session as its own
# user, and the teardown that finds and kills every process of the session. Sourced by each; set
# SESSION_NAME first (log prefix).
#
# Globals the teardown reads: ROOT (the temp root), LEADER (the session's process group leader),
# RC (the exit code so far).

MARK=PB_SESSION_ROOT
: "${PB_SESSION_TIMEOUT:=20}"
SETUP_FAILED=125

log() { printf '%s: %s\n' "$SESSION_NAME" "$*" >&2; }
die() { log "error: $*"; exit "$SETUP_FAILED"; }

# wait_until TIMEOUT_SECS DESCRIPTION CMD... : poll CMD every 50 ms.
wait_until() {
  local timeout=$1 what=$2 deadline
  shift 2
  deadline=$(($(date +%s%N) / 1000000 + timeout * 1000))
  until "$@" >/dev/null 2>&1; do
    if (($(date +%s%N) / 1000000 > deadline)); then
      log "timed out after ${timeout}s waiting for $what"
      return 1
    fi
    sleep 0.05
  done
  return 0
}

alive() { [[ -n ${1:-} && -e /proc/$1 ]] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

name_has_owner() {
  [[ $(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
    --method org.freedesktop.DBus.NameHasOwner "$1" 2>/dev/null) == "(true,)" ]]
}

# write_bus_config ROOT: $ROOT/dbus/session.conf for dbus-run-session. Its activatable services
# are the system's minus notification daemons, tray watchers and systemd: otherwise any Notify
# call (dunstctl too) would start a second daemon, and "no notification daemon" could not be.
write_bus_config() {
  local root=$1 svc=$1/dbus/services file name
  mkdir -p "$svc"
  for file in /usr/share/dbus-1/services/*.service /usr/local/share/dbus-1/services/*.service; do
    [[ -f $file ]] || continue
    name=$(sed -n 's/^Name=//p' "$file" | head -n 1)
    case $name in
      org.freedesktop.Notifications | org.kde.StatusNotifierWatcher | org.freedesktop.systemd1) ;;
      *) ln -sf "$file" "$svc/" ;;
    esac
  done
  cat >"$root/dbus/session.conf" <<BUSCONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=$root/dbus</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$svc</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
BUSCONF
}

# session_pids PGID ROOT: live processes in process group PGID or with $MARK=ROOT in their
# environment. (Zombies are skipped: they are dead, and orphans are reaped by init in its own
# time.)
session_pids() {
  local pgid=$1 root=$2 p line rest state pgrp
  local -A marked=()
  for p in $(grep -lzxF "$MARK=$root" /proc/[0-9]*/environ 2>/dev/null); do
    p=${p#/proc/}
    marked[${p%/environ}]=1
  done
  for p in /proc/[0-9]*; do
    p=${p#/proc/}
    [[ $p == "$$" || $p == "$BASHPID" ]] && continue
    read -r line 2>/dev/null <"/proc/$p/stat" || continue
    rest=${line##*) }
    read -r state _ pgrp _ <<<"$rest"
    [[ $state == Z ]] && continue
    if [[ $pgrp == "$pgid" || -n ${marked[$p]:-} ]]; then echo "$p"; fi
  done
}

# The EXIT trap: TERM, then KILL, for every process of the session; the log tails on failure
# (or with PB_SESSION_VERBOSE=1); the temp root removed unless PB_SESSION_KEEP=1.
teardown() {
  local status=$? pids deadline f
  trap - EXIT INT TERM HUP
  # Finish the cleanup whatever happens to our output (a closed pipe must not stop it).
  set +e
  trap '' PIPE
  unset PB_SESSION_ROOT # so the helpers run below don't match the sweep
  ((RC != 0)) || RC=$status
  if [[ -n ${LEADER:-} ]]; then
    pids=$(session_pids "$LEADER" "$ROOT")
    if [[ -n $pids ]]; then
      kill -TERM $pids 2>/dev/null || true
      deadline=$((SECONDS + 3))
      while pids=$(session_pids "$LEADER" "$ROOT") && [[ -n $pids ]] && ((SECONDS < deadline)); do
        sleep 0.1
      done
      if [[ -n $pids ]]; then
        log "killing leftover processes: $(ps -o pid=,comm= -p "$(echo $pids | tr ' ' ,)" 2>/dev/null | tr -s ' \n' ' ')"
        kill -KILL $pids 2>/dev/null || true
      fi
    fi
    wait "$LEADER" 2>/dev/null || true
  fi
  if [[ -n ${ROOT:-} && -d $ROOT ]]; then
    if ((RC != 0)) || [[ ${PB_SESSION_VERBOSE:-} == 1 ]]; then
      for f in "$ROOT"/logs/*.log; do
        [[ -s $f ]] || continue
        log "---- last lines of $(basename "$f") ----"
        tail -n 15 "$f" >&2
      done
    fi
    if [[ ${PB_SESSION_KEEP:-} == 1 ]]; then log "kept $ROOT"; else rm -rf "$ROOT"; fi
  fi
  exit "$RC"
}

# run_as_session_user SCRIPT WHY ARGS...: the last part of stage 1 for a session that must not run
# as root (sway, GNOME Shell). As root, the unprivileged user PB_SWAY_USER (created if missing;
# WHY says why in the log) gets the temp root; then $ROOT/SCRIPT --pb-stage-user ARGS runs as
# them (or as the caller) in a new process group whose teardown is the EXIT trap's. Exits with
# the session's code.
run_as_session_user() {
  local script=$1 why=$2 run_as=()
  shift 2
  if ((EUID == 0)); then
    if ! id -u "$PB_SWAY_USER" >/dev/null 2>&1; then
      useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
        "$PB_SWAY_USER" || die "cannot create the user $PB_SWAY_USER"
      log "created the unprivileged user $PB_SWAY_USER ($why)"
    fi
    chown -R "$PB_SWAY_USER:" "$ROOT"
    run_as=(runuser -u "$PB_SWAY_USER" --)
  fi
  export PB_SESSION_ROOT=$ROOT

  LEADER=""
  RC=0
  trap 'teardown' EXIT
  trap 'RC=130; exit 130' INT
  trap 'RC=143; exit 143' TERM
  trap 'RC=129; exit 129' HUP
  (cd "$ROOT" && exec setsid "${run_as[@]}" bash "$ROOT/$script" --pb-stage-user "$@") &
  LEADER=$!
  wait "$LEADER" || RC=$?
  exit "$RC"
}

# run_private_bus ROOT SCRIPT ARGS...: stage 2 for a session run as its own user (sway, GNOME
# Shell): HOME and the XDG dirs under ROOT (XDG_RUNTIME_DIR 0700), none of the caller's display,
# bus or activation variables, then SCRIPT --pb-stage-inner ARGS inside a private session bus
# (write_bus_config), which gets back stderr through PB_SESSION_STDERR_FD. Returns its code.
run_private_bus() {
  local root=$1 script=$2 rc=0 err_fd
  shift 2
  cd "$root"
  export HOME=$root/home XDG_CONFIG_HOME=$root/config XDG_DATA_HOME=$root/data
  export XDG_CACHE_HOME=$root/cache XDG_STATE_HOME=$root/state XDG_RUNTIME_DIR=$root/runtime
  export NO_AT_BRIDGE=1
  unset DISPLAY WAYLAND_DISPLAY SWAYSOCK DBUS_SESSION_BUS_ADDRESS DBUS_STARTER_ADDRESS \
    DBUS_STARTER_BUS_TYPE XDG_ACTIVATION_TOKEN DESKTOP_STARTUP_ID XDG_CURRENT_DESKTOP
  mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" \
    "$XDG_RUNTIME_DIR" "$root/logs"
  chmod 700 "$XDG_RUNTIME_DIR"

  write_bus_config "$root"
  exec {err_fd}>&2
  export PB_SESSION_STDERR_FD=$err_fd
  dbus-run-session --config-file="$root/dbus/session.conf" -- bash "$script" --pb-stage-inner "$@" \
    2>"$root/logs/dbus.log" || rc=$?
  return "$rc"
}
