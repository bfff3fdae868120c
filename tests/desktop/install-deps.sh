#!/usr/bin/env bash
# Install the Debian packages the test suite needs (tests/desktop/session.sh, tests/desktop.rs,
# mutter for tests/presence_gnome.rs, GNOME Shell for tests/gnome_shell.rs, sway and mako for tests/wayland.rs, desktop-file-validate for the autostart entry,
# tests/package/deb-smoke.sh, and the Windows build's tests under wine in tests/windows/). Idempotent: when every package is already installed it does
# nothing and returns at once. Needs root (or sudo) only when something is missing.
#
#   bash tests/desktop/install-deps.sh          # install what is missing
#   bash tests/desktop/install-deps.sh --check  # exit 1 (and list them) if any are missing
#
# Deliberately NOT installed: dbus-x11 (it enables D-Bus autolaunch, which puts the tray and the
# notifications on different buses when DBUS_SESSION_BUS_ADDRESS is missing).
set -euo pipefail

PACKAGES=(
  # X server, X clients used by the tests (xdpyinfo, xdotool, import for screenshots)
  xvfb x11-utils xdotool imagemagick
  # xrandr: the monitors XWayland shows X11 clients (tests/wayland.rs, two monitors)
  x11-xserver-utils
  # a real window manager for the fullscreen hold (EWMH), and wmctrl to drive it
  openbox wmctrl
  # do-not-disturb of other servers: xfce4-notifyd + xfconf, GNOME's show-banners in dconf
  xfce4-notifyd xfconf dconf-service dconf-gsettings-backend gsettings-desktop-schemas
  # the reminder's sound: PulseAudio with a null sink the tests record (parec) and measure (sox),
  # the sound theme the app plays from, and MATE's notification daemon, a real server that
  # plays the sound-name hint itself ("sound" in its capabilities)
  pulseaudio pulseaudio-utils sox sound-theme-freedesktop mate-notification-daemon
  # the spoken guide (cues = "voice"): speech-dispatcher, spawned by the app on demand, speaking
  # with espeak-ng into the same null sink
  speech-dispatcher speech-dispatcher-espeak-ng
  # session bus (dbus-run-session, dbus-daemon, dbus-monitor) and gdbus
  dbus dbus-bin dbus-daemon libglib2.0-bin
  # notification daemon and tray host (xfce4-panel's systray = StatusNotifierWatcher + host)
  dunst xfce4-panel
  # an XEmbed-only tray (System Tray Protocol, no StatusNotifierWatcher) for tests/xembed_tray.rs,
  # and xmessage (x11-utils) as another window there
  trayer
  # GNOME's idle monitor for tests/presence_gnome.rs: a real `mutter --headless` (43 on
  # Debian 12; pulls in ~90 packages, zenity and webkit2gtk among them, ~30 s)
  mutter
  # two Syncthing daemons on loopback keep the sync folder of tests/sync.rs (several computers),
  # introduced to each other through their REST API with curl
  syncthing curl
  # screen readers (tests/accessibility.rs): at-spi2-core's bus launcher and registry, and AT-SPI
  # clients in Python (Atspi through GObject introspection), what Orca uses
  at-spi2-core python3-gi gir1.2-atspi-2.0
  # JSON on the shell side, ps/pgrep for leak checks
  jq procps
  # libfaketime: moves the running app's wall clock (suspend and clock-change tests)
  faketime
  # desktop-file-validate, run on the autostart entry (src/autostart/linux.rs tests)
  desktop-file-utils
  # the Debian package test (tests/package/deb-smoke.sh): dpkg-shlibdeps for its Depends,
  # appstreamcli validate, man -l / man -w and groff for the man page
  dpkg-dev appstream man-db groff-base
  # the Wayland session (tests/desktop/sway-session.sh, tests/wayland.rs): sway 1.7 headless,
  # mako, foot as a real client (focus, fullscreen), grim for screenshots, wtype for keys
  sway mako-notifier foot grim wtype
  # a real GNOME Shell 43 (tests/desktop/gnome-session.sh, tests/gnome_shell.rs): X11 and nested
  # Wayland, its notification service (gjs), and Ubuntu's AppIndicator extension (~90 packages)
  gnome-shell gjs gnome-shell-extension-appindicator
  # KWin 5.27 headless (kwin_wayland --virtual): ext-idle-notify-v1, which sway 1.7 lacks
  kwin-wayland
  # libraries winit opens at run time in a Wayland session
  libwayland-client0 libwayland-cursor0 libxkbcommon0
  # libraries winit/softbuffer dlopen at run time on X11, and a font for the window
  libx11-6 libx11-xcb1 libxcursor1 libxi6 libxrandr2 libxkbcommon-x11-0 fonts-dejavu-core
  # the full Noto fonts (assets/fonts/subset.sh cuts the bundled subset from fonts-noto-core):
  # tests check the catalogs' glyphs against them
  fonts-noto-core fonts-noto-cjk
  # the Windows build (tests/windows/): mingw-w64 links x86_64-pc-windows-gnu and builds the
  # prefix's stand-in bcryptprimitives.dll, wine 8 (64-bit) runs the tests and the app, wixl
  # builds the .msi (packaging/windows/), msitools adds a table to it and reads it back
  mingw-w64 gcc-mingw-w64-x86-64-posix wine wine64 wixl msitools
)

missing_packages() {
  local p status
  for p in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ $status == installed ]] || printf '%s\n' "$p"
  done
}

mapfile -t missing < <(missing_packages)
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi
if [[ ${1:-} == --check ]]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  exit 1
fi

SUDO=()
if ((EUID != 0)); then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "install-deps: missing packages (${missing[*]}) and not root; run as root or install sudo" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
log=$(mktemp "${TMPDIR:-/tmp}/pb-install-deps.XXXXXX.log")
fail() {
  echo "install-deps: $1 failed; last lines of $log:" >&2
  tail -n 30 "$log" >&2
  exit 1
}

echo "install-deps: installing ${missing[*]}"
# Refresh the package lists when they are absent (fresh machine) or when a package can't be
# found in them; otherwise go straight to the install.
need_update=0
if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
  need_update=1
else
  for p in "${missing[@]}"; do
    if ! apt-cache show "$p" >/dev/null 2>&1; then need_update=1; break; fi
  done
fi
if ((need_update)); then
  "${SUDO[@]}" apt-get update -q >>"$log" 2>&1 || fail "apt-get update"
fi
install() {
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Use-Pty=0 "${missing[@]}" >>"$log" 2>&1
}
if ! install; then
  # Stale lists (a version vanished from the mirror): refresh once and retry.
  ((need_update)) && fail "apt-get install"
  "${SUDO[@]}" apt-get update -q >>"$log" 2>&1 || fail "apt-get update"
  install || fail "apt-get install"
fi

mapfile -t still < <(missing_packages)
if ((${#still[@]})); then
  echo "install-deps: still missing after install: ${still[*]} (log: $log)" >&2
  exit 1
fi
rm -f "$log"
echo "install-deps: done"
