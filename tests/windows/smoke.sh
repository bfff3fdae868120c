#!/usr/bin/env bash
# The Windows build end to end under wine + Xvfb:
#
#   bash tests/windows/smoke.sh EXE [MSI]
#
# EXE is posture-break.exe (x86_64-pc-windows-gnu; a debug build is fine), MSI the installer
# (packaging/windows/build-msi.sh). Runs itself inside tests/desktop/session.sh: Xvfb, and
# xfce4-panel's systray, into which wine docks notification-area icons (XEmbed).
#
# Checks: without the app `status` exits 3; the app starts, its tray icon is docked in the panel,
# `status --json` answers over the named pipe; a second instance says so and exits 0; an edit
# of the config file applies (the config watcher), and so does the config folder removed and made
# again; `stretch` opens the window (screenshot) and
# `skip` closes it; `quit` stops the app (exit 0), its tray icon goes and `status` exits 3 again.
# Then the reminder without toasts (wine has no WinRT toasts): it still reaches the user, as the
# stretch window. Then idle time: a due reminder waits for a user who is away, and input again
# (a pointer move on the X server, seen by the app's one-shot input hook) is the return; with no
# reminder due the idle deadline sees the user away, and a long absence is a natural break. Then,
# with MSI: `msiexec /i MSI /qn` installs the exe and the Start-menu
# shortcut, the installed exe runs and answers, `msiexec /x` removes it all.
#
# Closing line: `windows: N passed, N failed`; exit status 0 only when nothing failed.
# PB_WINDOWS_SHOT=FILE also saves the window's screenshot there (docs/windows-wine.png).
set -uo pipefail

HERE=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
SELF=$HERE/smoke.sh

if [[ -z ${PB_SESSION_ROOT:-} ]]; then
  exec bash "$REPO/tests/desktop/session.sh" bash "$SELF" "$@"
fi

EXE=$(readlink -f "${1:?usage: smoke.sh EXE [MSI]}")
MSI=${2:+$(readlink -f "$2")}
LOGS=$PB_SESSION_ROOT/logs
mkdir -p "$LOGS"
WINEPREFIX=$(bash "$HERE/wine-prefix.sh") || exit 1
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml,winemenubuilder.exe=d"
# A wineserver left from a run without this display would keep its explorer.exe (the systray)
# on the wrong display.
wineserver -k 2>/dev/null
wineserver -w 2>/dev/null
PROFILE=$WINEPREFIX/drive_c/users/$(id -un)
ROAMING=$PROFILE/AppData/Roaming/posture-break
LOCAL=$PROFILE/AppData/Local/posture-break
rm -rf "$ROAMING" "$LOCAL"

# shellcheck source=tests/support/checks.sh
source "$REPO/tests/support/checks.sh"

pb() { timeout 60 wine "$EXE" "$@"; }


APP_PID=""
APP_LOG=""
start_app() {
  local exe=$1
  APP_LOG=$LOGS/app-$((++APP_RUNS)).log
  wine "$exe" >"$APP_LOG" 2>&1 &
  APP_PID=$!
}
APP_RUNS=0
app_alive() { [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; }

state_is() { [[ $(pb status --json 2>/dev/null | jq -r .state) == "$1" ]]; }

answers() {
  local json
  wait_for 60 "an answer to status --json" pb status --json || { cat "$APP_LOG"; return 1; }
  json=$(pb status --json) || return 1
  echo "$json"
  [[ $(jq -r .state <<<"$json") == active ]] && [[ $(jq -r .pid <<<"$json") =~ ^[0-9]+$ ]] &&
    [[ $(jq -r .config_path <<<"$json") == *'\AppData\Roaming\posture-break\config\config.toml' ]]
}

# Whether a window of wine's systray (class explorer.exe) sits inside xfce4-panel's tray.
tray_docked() {
  xwininfo -root -tree | awk '
    /"xfce4-panel": \("xfce4-panel"/ { match($0, /^ */); depth = RLENGTH; inside = 1; next }
    inside { match($0, /^ */); if (RLENGTH <= depth) inside = 0; else if (/"explorer.exe"/) found = 1 }
    END { exit found ? 0 : 1 }'
}

tray_gone() { ! tray_docked; }

second_instance() {
  local out rc=0
  out=$(pb 2>&1) || rc=$?
  echo "$out"
  ((rc == 0)) && [[ $out == *"already running"* ]]
}

interval_is() { [[ $(pb status --json 2>/dev/null | jq -r .interval_secs) == "$1" ]]; }

config_edit_applies() {
  mkdir -p "$ROAMING/config"
  printf '[schedule]\ninterval = "20m"\n' >"$ROAMING/config/config.toml"
  wait_for 20 "interval_secs 1200 after the edit" interval_is 1200 &&
    pb status --json | jq -c '{interval_secs, config_path}'
}

# The config folder itself removed (the defaults apply) and made again with a new file.
config_folder_removed_and_made_again() {
  rm -rf "$ROAMING/config"
  wait_for 20 "the default interval (2700 s) with the folder gone" interval_is 2700 || return 1
  pb status --json | jq -c '{interval_secs}'
  mkdir -p "$ROAMING/config"
  printf '[schedule]\ninterval = "25m"\n' >"$ROAMING/config/config.toml"
  wait_for 20 "interval_secs 1500 from the new folder" interval_is 1500 &&
    pb status --json | jq -c '{interval_secs}'
}

window_shown() { xwininfo -root -tree | grep -q '"posture-break — '; }

stretch_opens_window() {
  pb stretch || return 1
  wait_for 20 "state stretching" state_is stretching || return 1
  wait_for 20 "the stretch window" window_shown || return 1
  xwininfo -root -tree | grep '"posture-break — '
  # Let the first frame reach the screen before the screenshot.
  sleep 1
  import -window root "$LOGS/windows-wine.png" &&
    if [[ -n ${PB_WINDOWS_SHOT:-} ]]; then cp "$LOGS/windows-wine.png" "$PB_WINDOWS_SHOT"; fi
}

skip_closes_window() {
  pb skip >/dev/null || return 1
  wait_for 20 "state active" state_is active &&
    wait_for 20 "the window to close" bash -c '! xwininfo -root -tree | grep -q "\"posture-break — "'
}

not_running() {
  local rc=0
  pb status >/dev/null 2>&1 || rc=$?
  echo "status exit $rc"
  ((rc == 3))
}

quit_answers() {
  local out rc=0
  out=$(pb quit 2>&1) || rc=$?
  echo "$out"
  ((rc == 0)) && [[ $out == *"has quit"* ]]
}

# In the shell that started the app (a check's subshell cannot reap it, and a zombie still
# answers kill -0): waits up to 20 s for it to end, APP_RC = its exit status.
APP_RC=""
reap_app() {
  local deadline=$((SECONDS + 20))
  APP_RC=""
  while ((SECONDS < deadline)); do
    if [[ ! -e /proc/$APP_PID ]] || grep -q '^State:[[:space:]]*Z' "/proc/$APP_PID/status" 2>/dev/null; then
      wait "$APP_PID"
      APP_RC=$?
      APP_PID=""
      return
    fi
    sleep 0.1
  done
}

exited_0() {
  echo "app exit ${APP_RC:-(still running after 20 s)}"
  [[ $APP_RC == 0 ]]
}

quit_stops_app() {
  check "quit answers" quit_answers
  reap_app
  check "the app exits 0" exited_0
  check "and status exits 3 again" not_running
}

reminder_reaches_user() {
  wait_for 60 "the app" pb status || { cat "$APP_LOG"; return 1; }
  # Nobody asks for a stretch: the due reminder, which cannot be a toast, opens the window.
  wait_for 30 "the reminder as the stretch window" window_shown || { cat "$APP_LOG"; return 1; }
  grep 'cannot show the reminder as a notification' "$APP_LOG" &&
    grep -q '"event":"reminded"' "$ROAMING/data/history.jsonl" &&
    grep -q '"event":"started"' "$ROAMING/data/history.jsonl"
}

# cues = "voice": the stretch window's steps are read by SAPI's SpVoice or, where there is no
# voice (wine has none), the log says why, once, and the steps get the system's sounds.
voice_speaks_or_says_why() {
  wait_for 20 "the stretch to complete" grep -q '"event":"completed"' "$ROAMING/data/history.jsonl" ||
    return 1
  if grep 'the spoken guide cannot speak' "$APP_LOG"; then
    [[ $(grep -c 'the spoken guide cannot speak' "$APP_LOG") == 1 ]] &&
      grep -qE 'cannot speak \((no SAPI voice|SAPI cannot speak|cannot start COM)' "$APP_LOG"
  else
    echo "SAPI spoke each step (no fallback in the log)"
  fi
}

# The UI language (GetUserPreferredUILanguages; wine takes it from the locale variables): a
# config error in German, the file's words as written; in English under an English locale.
config_error_in_the_ui_language() {
  local broken=$LOGS/broken-config.toml german english
  printf '[schedule]\ninterval = "5 fortnights"\n' >"$broken"
  german=$(LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 pb config check "$(winepath -w "$broken")" 2>&1)
  english=$(LC_ALL=C.UTF-8 LANG=C.UTF-8 pb config check "$(winepath -w "$broken")" 2>&1)
  echo "$german"
  echo "$english"
  [[ $german == *':2:12: `5 fortnights`: unbekannte Einheit `fortnights`'* ]] &&
    [[ $english == *':2:12: `5 fortnights`: unknown unit `fortnights`'* ]]
}

check "without the app, status exits 3" not_running
check "a config error is said in the UI language" config_error_in_the_ui_language
start_app "$EXE"
check "the app starts and status --json answers over the pipe" answers
check "its tray icon is docked in the panel" wait_for 20 "the tray icon" tray_docked
check "a second instance says so and exits 0" second_instance
check "an edit of the config file applies" config_edit_applies
check "the config folder removed and made again is followed" config_folder_removed_and_made_again
check "stretch opens the window" stretch_opens_window
check "skip closes it" skip_closes_window
quit_stops_app
check "the tray icon is gone" wait_for 20 "the tray icon to go" tray_gone
rm -rf "$ROAMING" "$LOCAL"
mkdir -p "$ROAMING/config"
printf '[schedule]\ninterval = "3s"\n[stretch]\nduration = "3s"\ncues = "voice"\n' >"$ROAMING/config/config.toml"
start_app "$EXE"
check "a reminder without toasts still reaches the user (the window)" reminder_reaches_user
check "a voiced stretch speaks through SAPI, or says why and chimes" voice_speaks_or_says_why
quit_stops_app

# [sync]: the folder watch (ReadDirectoryChangesW) sees another machine's line appended to its
# file, the interval restarts from that stretch, and this machine's own file says "active".
SYNC_DIR=$LOGS/sync-folder
rm -rf "$SYNC_DIR"
mkdir -p "$SYNC_DIR"
peer_seen() {
  [[ $(pb status --json 2>/dev/null | jq -r '.sync.peers[0].name') == laptop ]]
}
restarted_from_peer() {
  local next
  next=$(pb status --json 2>/dev/null | jq -r .next_reminder) || return 1
  [[ $(date -d "$next" +%s) == $((SYNC_BREAK + 3600)) ]]
}
sync_follows_the_folder() {
  wait_for 60 "the app" pb status || { cat "$APP_LOG"; return 1; }
  wait_for 20 "this machine's own line" grep -q '"event":"active"' "$SYNC_DIR/pc.jsonl" || return 1
  sleep 1
  SYNC_BREAK=$(date +%s)
  printf '{"ts":"%s","event":"completed","exercise":"chin-tuck"}\n' \
    "$(date -d "@$SYNC_BREAK" --iso-8601=seconds)" >>"$SYNC_DIR/laptop.jsonl"
  wait_for 20 "the laptop among the peers" peer_seen &&
    wait_for 20 "the interval restarted from the laptop's stretch" restarted_from_peer &&
    pb sync status
}
rm -rf "$ROAMING" "$LOCAL"
mkdir -p "$ROAMING/config"
printf "[schedule]\ninterval = \"1h\"\n[sync]\nfolder = '%s'\nname = \"pc\"\n" "$(winepath -w "$SYNC_DIR")" \
  >"$ROAMING/config/config.toml"
start_app "$EXE"
check "[sync]: another machine's stretch in the folder restarts the interval" sync_follows_the_folder
quit_stops_app

# Idle: nobody touches the computer, so at the due time the reminder waits for the user
# (GetLastInputInfo); the first input (a real pointer move on the X server) is the return.
held_away() {
  local json
  json=$(pb status --json) || return 1
  [[ $(jq -r .state <<<"$json") == held && $(jq -r .held_reason <<<"$json") == away &&
    $(jq -r .idle_source <<<"$json") == last-input && $(jq -r .away <<<"$json") == true ]]
}
back_again() { [[ $(pb status --json | jq -r .away) == false ]] && ! state_is held; }
away_then_back() {
  wait_for 30 "the due reminder held for the user away" held_away || { cat "$APP_LOG"; return 1; }
  pb status --json | jq -c '{state, held_reason, idle_source, away}'
  ! window_shown || { echo "a window opened for a user who is away"; return 1; }
  # wine sees the pointer only over its own windows: move it over the tray icon (top left).
  xdotool mousemove 8 12 sleep 0.1 mousemove 12 16
  wait_for 20 "the user back" back_again || { cat "$APP_LOG"; return 1; }
  pb status --json | jq -c '{state, away}'
  grep -E 'away since|back' "$APP_LOG"
}
rm -rf "$ROAMING" "$LOCAL"
mkdir -p "$ROAMING/config"
printf '[schedule]\ninterval = "4s"\n[stretch]\nduration = "4s"\n[presence]\nidle_after = "2s"\nnatural_break = "1h"\n' \
  >"$ROAMING/config/config.toml"
start_app "$EXE"
check "idle at the due time holds the reminder; the first input is the return" away_then_back
quit_stops_app

# Idle with no reminder due: GetLastInputInfo is read again at the idle deadline (idle_after
# after the last input), so the user is seen away between reminders too, and an absence longer
# than natural_break counts as a break when they come back.
away_between_reminders() {
  local json
  json=$(pb status --json) || return 1
  [[ $(jq -r .state <<<"$json") == active && $(jq -r .away <<<"$json") == true ]]
}
natural_break_recorded() { grep -q '"event":"natural_break"' "$ROAMING/data/history.jsonl"; }
idle_deadline_then_natural_break() {
  wait_for 60 "the app" pb status || { cat "$APP_LOG"; return 1; }
  # Input now, so the away time starts here and not at the previous check's pointer move.
  xdotool mousemove 8 12 sleep 0.1 mousemove 12 16
  wait_for 30 "the user seen away with no reminder due" away_between_reminders ||
    { cat "$APP_LOG"; return 1; }
  pb status --json | jq -c '{state, away, idle_source}'
  # Away for longer than natural_break (3 s) before coming back.
  sleep 3
  xdotool mousemove 8 12 sleep 0.1 mousemove 12 16
  wait_for 20 "the user back" back_again || { cat "$APP_LOG"; return 1; }
  wait_for 20 "the natural break in the history" natural_break_recorded || { cat "$APP_LOG"; return 1; }
  grep -E 'away since|back|counted as a break' "$APP_LOG"
}
rm -rf "$ROAMING" "$LOCAL"
mkdir -p "$ROAMING/config"
printf '[schedule]\ninterval = "1h"\n[presence]\nidle_after = "2s"\nnatural_break = "3s"\n' \
  >"$ROAMING/config/config.toml"
start_app "$EXE"
check "away between reminders is seen at the idle deadline and counts as a break" \
  idle_deadline_then_natural_break
quit_stops_app

source "$HERE/tray-session-checks.sh"

if [[ -n $MSI ]]; then
  source "$HERE/msi-checks.sh"
fi

app_alive && kill "$APP_PID" 2>/dev/null
wineserver -k 2>/dev/null
echo "windows: $PASSED passed, $FAILED failed"
((FAILED == 0))
