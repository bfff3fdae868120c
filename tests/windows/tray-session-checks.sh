# The tray menu and the session's lock and suspend, sourced by smoke.sh (uses its check, pb,
# wait_for, start_app, quit_stops_app, state_is, window_shown, tray_docked and $ROAMING, $LOCAL,
# $HERE, $PB_SESSION_ROOT).
#
# The menu, for real: XTEST clicks on the icon wine docked in xfce4-panel, wine's own popup menu
# (an X window of the app's), XTEST keys to pick an item, the effect seen in `status --json`.
# The session: tests/windows/session-message.c sends the app's hidden session window exactly
# what Windows sends (WM_WTSSESSION_CHANGE lock/unlock, WM_POWERBROADCAST suspend/resume), as
# wine never locks nor suspends: a stand-in for the OS as the sender; the receiver is the real
# exe's real window procedure.

SESSION_MESSAGE=$PB_SESSION_ROOT/session-message.exe
x86_64-w64-mingw32-gcc -O2 -Wall -o "$SESSION_MESSAGE" "$HERE/session-message.c" ||
  echo "cannot build session-message.exe (the session checks will fail)"
session_message() { timeout 30 wine "$SESSION_MESSAGE" "$@"; }

# The X window of the icon wine docked in xfce4-panel.
tray_icon_window() {
  xwininfo -root -tree | awk '
    /"xfce4-panel": \("xfce4-panel"/ { match($0, /^ */); depth = RLENGTH; inside = 1; next }
    inside { match($0, /^ */); if (RLENGTH <= depth) inside = 0; else if (/"explorer.exe"/) { print $1; exit } }'
}

# click_icon BUTTON: the pointer onto the icon, then a press and a release (the menu opens on
# the release, WM_RBUTTONUP, as on Windows).
click_icon() {
  local id x y
  id=$(tray_icon_window)
  [[ -n $id ]] || { echo "no docked tray icon"; return 1; }
  eval "$(xdotool getwindowgeometry --shell "$id" | grep -E '^(X|Y|WIDTH|HEIGHT)=')"
  x=$((X + WIDTH / 2)) y=$((Y + HEIGHT / 2))
  xdotool mousemove "$x" "$y" click "$1"
}

# How many of wine's popup menus are up: mapped, nameless top-level windows of the app.
menu_popups() {
  local w n=0
  for w in $(xdotool search --onlyvisible --classname '^posture-break\.exe$' 2>/dev/null); do
    [[ -n $(xdotool getwindowname "$w" 2>/dev/null) ]] || n=$((n + 1))
  done
  echo "$n"
}
popups_are() { [[ $(menu_popups) == "$1" ]]; }

# menu_rows FILE: the darkest grey level (0 black .. 255 white) of each text row of a popup
# menu's screenshot (a PPM), top to bottom; separators (rows of at most 2 px) are left out.
menu_rows() {
  python3 - "$1" <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
fields, pos = [], 0
while len(fields) < 4:  # P6, width, height, maxval (255: import -depth 8)
    while data[pos : pos + 1].isspace():
        pos += 1
    end = pos
    while not data[end : end + 1].isspace():
        end += 1
    fields.append(data[pos:end])
    pos = end
pixels = data[pos + 1 :]
width, height = int(fields[1]), int(fields[2])
rows, run = [], []
for y in range(3, height - 3):  # inside the frame
    line = pixels[(y * width + 3) * 3 : (y * width + width - 3) * 3]
    darkest = min(line) if line else 255
    if darkest < 200:
        run.append(darkest)
    elif run:
        rows.append(run)
        run = []
if run:
    rows.append(run)
print(" ".join(str(min(r)) for r in rows if len(r) > 2))
EOF
}

# The open menu's screenshot in MENU_SHOT, once it is painted (all 10 text rows).
menu_painted() {
  local w
  for w in $(xdotool search --onlyvisible --classname '^posture-break\.exe$' 2>/dev/null); do
    [[ -n $(xdotool getwindowname "$w" 2>/dev/null) ]] && continue
    import -window "$w" -depth 8 "ppm:$MENU_SHOT" 2>/dev/null && (($(menu_rows "$MENU_SHOT" | wc -w) == 10))
    return
  done
  return 1
}

# menu_pick KEYS...: a right click on the icon opens the menu; KEYS choose in it (Right opens a
# submenu, whose first item is then selected); the menu is gone afterwards. With MENU_SHOT set,
# the menu's screenshot is saved there first.
menu_pick() {
  click_icon 3 || return 1
  wait_for 10 "the tray menu to open" popups_are 1 || return 1
  if [[ -n ${MENU_SHOT:-} ]]; then
    wait_for 10 "the menu painted" menu_painted || return 1
  fi
  local level=1 key
  for key in "$@"; do
    xdotool key "$key"
    if [[ $key == Right ]]; then
      level=$((level + 1))
      wait_for 10 "the submenu to open" popups_are "$level" || return 1
    fi
  done
  wait_for 10 "the menu to close" popups_are 0
}

status_line() { pb status --json | jq -c "{${1:-state, until, away}}"; }

menu_starts_stretch() {
  # Down: the status line (disabled), Down: "Start stretch now".
  MENU_SHOT=$LOGS/menu-active.ppm menu_pick Down Down Return || return 1
  wait_for 20 "state stretching" state_is stretching || return 1
  wait_for 20 "the stretch window" window_shown || return 1
  status_line state
  pb skip >/dev/null && wait_for 20 "state active" state_is active &&
    wait_for 20 "the window to close" bash -c '! xwininfo -root -tree | grep -q "\"posture-break — "'
}

menu_snoozes() {
  # Down x3: "Snooze"; Right: its first choice (5 minutes by default).
  menu_pick Down Down Down Right Return || return 1
  wait_for 20 "state snoozed" state_is snoozed || return 1
  local until left
  until=$(pb status --json | jq -r .until)
  left=$(($(date -d "$until" +%s) - $(date +%s)))
  echo "snoozed until $until (${left} s from now)"
  ((left > 240 && left <= 300))
}

menu_pauses_until_resumed() {
  # Down x4: "Pause"; Right: its first choice; Down Down: past "Until tomorrow" to
  # "Until I resume" (the config offers one pause length).
  menu_pick Down Down Down Down Right Down Down Return || return 1
  wait_for 20 "state paused" state_is paused || return 1
  status_line state,until
  [[ $(pb status --json | jq -r .until) == null ]]
}

menu_resumes() {
  # Down x5: "Resume" (enabled while paused).
  MENU_SHOT=$LOGS/menu-paused.ppm menu_pick Down Down Down Down Down Return || return 1
  wait_for 20 "state active" state_is active && status_line state
}

# The text rows: status line, Start stretch now, Snooze, Pause, Resume, Posture nudges, Your week,
# ...; grey text is well above black. Resume is grey while there is nothing to resume, black while paused.
resume_grayed_only_when_disabled() {
  local active paused
  read -ra active <<<"$(menu_rows "$LOGS/menu-active.ppm")"
  read -ra paused <<<"$(menu_rows "$LOGS/menu-paused.ppm")"
  echo "darkest grey per row, active: ${active[*]}; paused: ${paused[*]}"
  ((${#active[@]} == 10 && ${#paused[@]} == 10)) &&
    ((active[0] > 64 && active[1] < 64 && active[4] > 64 && paused[4] < 64))
}

left_click_opens_week() {
  click_icon 1 || return 1
  wait_for 20 "the Your week window" bash -c 'xdotool search --onlyvisible --name "^posture-break — Your week$"' &&
    xwininfo -root -tree | grep '"posture-break — Your week"'
}

# The app's `away`, asked again when the call itself fails (under load wine sometimes fails to
# start the CLI's process; once in CI that failed a check whose answer was right): a wrong answer
# still fails at once.
away_now() {
  local out try
  for try in 1 2 3; do
    out=$(pb status --json 2>/dev/null) && { jq -r .away <<<"$out"; return 0; }
    sleep 0.2
  done
  return 1
}
away_is() { [[ $(away_now) == "$1" ]]; }

# session_step MESSAGES... EXPECTED_AWAY: sends them, waits for `away` to be EXPECTED_AWAY;
# the user's last input comes just before, and when away the log must say it is the lock or
# suspend (Locked), not the idle source.
session_step() {
  local expected=${*: -1} lines
  lines=$(grep -c 'away since' "$APP_LOG")
  user_input
  session_message "${@:1:$#-1}" || return 1
  wait_for 10 "away $expected" away_is "$expected" || return 1
  status_line state,away
  if [[ $expected == true ]]; then
    grep 'away since' "$APP_LOG" | tail -n +$((lines + 1)) | grep 'Locked' ||
      { echo "away, but not for the lock or suspend:"; grep 'away since' "$APP_LOG" | tail -2; return 1; }
  fi
}

# Input over wine's tray icon: what unlocking (typing the password) or waking the computer by
# hand brings with it. Without it the idle source (idle_after 2 s) would keep the user away.
user_input() { xdotool mousemove 8 12 sleep 0.1 mousemove 12 16; }

# Back from a lock or suspend, with the user's input: away false, and it stays so (a late or
# extra event would flip it).
back_and_stays() {
  session_message "$@" || return 1
  user_input
  wait_for 10 "away false" away_is false || return 1
  status_line state,away
  sleep 0.3
  away_is false
}

natural_breaks() { grep -c '"event":"natural_break"' "$ROAMING/data/history.jsonl" 2>/dev/null; }
breaks_are() { [[ $(natural_breaks) == "$1" ]]; }

# away_counts_as_break AWAY BACK: AWAY (a message) makes the user away for longer than
# natural_break (3 s here; a fixed span, as nothing shows in between), BACK ends it: exactly one
# natural_break entry in the history, and the log says so.
away_counts_as_break() {
  local before entry
  before=$(natural_breaks)
  session_step "$1" true || return 1
  sleep 3.2
  back_and_stays "$2" || return 1
  wait_for 10 "a natural_break entry" breaks_are $((${before:-0} + 1)) || return 1
  entry=$(grep '"event":"natural_break"' "$ROAMING/data/history.jsonl" | tail -1)
  echo "$entry"
  grep 'counted as a break' "$APP_LOG" | tail -1
  sleep 0.3 # a second count (the clock check and the return both counting) would show by now
  breaks_are $((${before:-0} + 1)) && (($(jq -r .secs <<<"$entry") >= 3))
}

rm -rf "$ROAMING" "$LOCAL"
mkdir -p "$ROAMING/config"
# The menu and the lock/suspend mapping with the idle source out of the way (idle_after 1 h);
# then natural breaks by lock and suspend (natural_break 3 s, so idle_after 3 s as well: each
# away step starts with input and must be logged as Locked).
printf '[schedule]\npause_choices = ["1h"]\n[presence]\nidle_after = "1h"\nnatural_break = "1h"\n' \
  >"$ROAMING/config/config.toml"
start_app "$EXE"
wait_for 60 "the app" pb status >/dev/null || cat "$APP_LOG"
wait_for 20 "the tray icon" tray_docked
check "tray menu: a right click on the icon opens it; \"Start stretch now\" starts the stretch" menu_starts_stretch
check "tray menu: Snooze > 5 minutes snoozes" menu_snoozes
check "tray menu: Pause > Until I resume pauses" menu_pauses_until_resumed
check "tray menu: Resume resumes" menu_resumes
check "tray menu: Resume is grey while there is nothing to resume (wine draws the menu)" \
  resume_grayed_only_when_disabled
check "session: a screen lock is time away" session_step lock true
check "session: the unlock is the return" back_and_stays unlock
check "session: a suspend is time away" session_step suspend true
check "session: a resume by the user is the return" back_and_stays resume
check "session: locked, suspended, woken: still away (the lock screen is up)" \
  session_step lock suspend wake resume true
check "session: and the unlock is the return" back_and_stays unlock
printf '[schedule]\npause_choices = ["1h"]\n[presence]\nidle_after = "3s"\nnatural_break = "3s"\n' \
  >"$ROAMING/config/config.toml"
wait_for 20 "the config with natural_break 3 s" grep -q 'config reloaded: .*natural break = 3s' "$APP_LOG"
check "session: a lock longer than natural_break counts as one break (history)" \
  away_counts_as_break lock unlock
check "session: so does a suspend, and its resume counts it once" away_counts_as_break suspend resume
check "tray: a left click on the icon opens Your week" left_click_opens_week
quit_stops_app
