# The installer's checks, sourced by smoke.sh (uses its check/pb/start_app/quit_stops_app and
# $MSI, $PROFILE): install per user with the start-at-login feature, run the installed exe,
# uninstall.
INSTALLED=$PROFILE/AppData/Local/Programs/posture-break/posture-break.exe
SHORTCUT="$PROFILE/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/posture-break.lnk"
RUN_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Run'

msi_installs() {
  timeout 120 wine msiexec /i "$MSI" ADDLOCAL=ALL /qn || return 1
  ls -l "$INSTALLED" "$SHORTCUT"
}

run_value_points_at_installed() {
  local value
  value=$(timeout 60 wine reg query "$RUN_KEY" /v posture-break 2>&1) || { echo "$value"; return 1; }
  echo "$value"
  [[ $value == *'\AppData\Local\Programs\posture-break\posture-break.exe"'* ]] || return 1
  # The installed exe agrees that it starts at login (same value as `autostart enable`).
  [[ $(timeout 60 wine "$INSTALLED" autostart status) == enabled ]]
}

installed_answers() {
  wait_for 60 "the installed app" pb status --json || { cat "$APP_LOG"; return 1; }
  pb status --json | jq -c '{state, pid}'
}

# The shortcut carries the AppUserModelID once the app has run (wixl cannot write it; the app
# stamps its own shortcut): the ID in UTF-16 inside the .lnk's property store. wine 8's shell
# link has no IPropertyStore: there the app's attempt and its E_NOTIMPL answer are what can be
# checked (a stand-in for the real property, said so in the output).
shortcut_has_app_id() {
  local id=PostureBreak.PostureBreak deadline=$((SECONDS + 20))
  while ((SECONDS < deadline)); do
    if python3 -c 'import sys; sys.exit(sys.argv[1].encode("utf-16-le") not in open(sys.argv[2], "rb").read())' \
      "$id" "$SHORTCUT"; then
      echo "$id found in $(basename "$SHORTCUT")"
      return 0
    fi
    if grep -q 'cannot set the AppUserModelID of .*posture-break.lnk: Not implemented' "$APP_LOG"; then
      grep 'AppUserModelID' "$APP_LOG"
      echo "wine has no IPropertyStore on shell links: the app tried, the property cannot be checked here"
      return 0
    fi
    sleep 0.2
  done
  echo "no $id in the shortcut, and no attempt in the app's log"
  return 1
}

# What Windows Installer 5 puts on the shortcut it creates: the AppUserModelID row for the
# Start-menu shortcut, read back from the built .msi (wine's msiexec does not apply it).
msi_carries_app_id() {
  local table
  table=$(msiinfo export "$MSI" MsiShortcutProperty) || return 1
  echo "$table" | tail -n +4
  msiinfo export "$MSI" Shortcut | tail -n +4 | cut -f1-3
  awk -F'\t' 'NR > 3 && $2 == "StartMenu" && $3 == "System.AppUserModel.ID" &&
    $4 ~ /^PostureBreak\.PostureBreak\r?$/ { found = 1 } END { exit !found }' <<<"$table" &&
    msiinfo export "$MSI" Shortcut | awk -F'\t' 'NR > 3 && $1 == "StartMenu" { found = 1 } END { exit !found }'
}

msi_uninstalls() {
  timeout 120 wine msiexec /x "$MSI" /qn || return 1
  local left=0
  for f in "$INSTALLED" "$SHORTCUT"; do
    [[ -e $f ]] && { echo "still there: $f"; left=1; }
  done
  if timeout 60 wine reg query "$RUN_KEY" /v posture-break >/dev/null 2>&1; then
    echo "the Run value is still there"
    left=1
  fi
  ((left == 0))
}

rm -rf "$ROAMING" "$LOCAL"
check "the .msi gives the Start-menu shortcut the AppUserModelID" msi_carries_app_id
check "msiexec /i installs the exe and the Start-menu shortcut" msi_installs
check "with ADDLOCAL=ALL the Run value starts the installed exe at login" run_value_points_at_installed
start_app "$INSTALLED"
check "the installed exe starts and answers" installed_answers
check "the app stamps its shortcut with the AppUserModelID" shortcut_has_app_id
quit_stops_app
check "msiexec /x removes the exe, the shortcut and the Run value" msi_uninstalls
