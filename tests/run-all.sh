#!/usr/bin/env bash
# The whole test suite, in one command (from anywhere):   bash tests/run-all.sh
#
# 1. system packages for the desktop tests (tests/desktop/install-deps.sh; needs root or sudo
#    the first time), and a Rust toolchain with rustfmt and clippy;
# 2. cheap checks first: cargo fmt --check, cargo clippy -D warnings, and the macOS compile check
#    (cargo check + clippy -D warnings for aarch64-apple-darwin; the rustup target is added when
#    missing);
# 3. cargo build --release --locked  (the binary the end-to-end tests drive, via PB_BIN);
# 4. cargo test --locked  inside a headless desktop session (tests/desktop/session.sh: Xvfb,
#    private session bus, dunst, xfce4-panel as tray host);
# 5. the Wayland end-to-end tests (tests/wayland.rs, built by step 4) with the same release
#    binary inside a headless sway session (tests/desktop/sway-session.sh: sway, mako, a private
#    bus), run as an unprivileged user because sway refuses root;
#    Then tests/gnome_shell.rs in a real GNOME Shell (tests/desktop/gnome-session.sh), once on
#    X11, once with the AppIndicator extension, once as a Wayland compositor;
# 6. the Debian package from that release binary, installed with apt and run on the headless
#    desktop (tests/package/deb-smoke.sh; it removes the package again);
# 7. the Windows build (x86_64-pc-windows-gnu, debug; the rustup target is added when missing):
#    clippy -D warnings, its unit and CLI tests run by wine (tests/windows/wine-run.sh as the
#    cargo runner), the per-user .msi (packaging/windows/build-msi.sh), and the end-to-end smoke
#    test of the exe and the installer under wine + Xvfb (tests/windows/smoke.sh).
# Stops at the first failing step and exits non-zero; prints a summary either way.
#
# Environment: PB_SKIP_DEPS=1 skips step 1's package install (check only);
# extra arguments are passed to `cargo test` (e.g. `bash tests/run-all.sh --test desktop`).
set -uo pipefail

REPO=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$REPO" || exit 1
LOG_DIR=$REPO/target/run-all
mkdir -p "$LOG_DIR"

declare -a STEP_NAMES=() STEP_RESULTS=() STEP_TIMES=()
TEST_SUMMARY=""
DEB_SUMMARY=""
WINDOWS_TEST_SUMMARY=""
WINDOWS_SUMMARY=""

summary() {
  local i
  echo
  echo "==================== run-all summary ===================="
  for i in "${!STEP_NAMES[@]}"; do
    printf '  %-6s %-34s %5ss\n' "${STEP_RESULTS[$i]}" "${STEP_NAMES[$i]}" "${STEP_TIMES[$i]}"
  done
  echo "========================================================="
  [[ -z $DEB_SUMMARY ]] || echo "$DEB_SUMMARY"
  [[ -z $WINDOWS_TEST_SUMMARY ]] || echo "windows $WINDOWS_TEST_SUMMARY"
  [[ -z $WINDOWS_SUMMARY ]] || echo "$WINDOWS_SUMMARY"
  [[ -z $TEST_SUMMARY ]] || echo "$TEST_SUMMARY"
}

# step NAME CMD... : run CMD, record the result, stop everything on failure.
step() {
  local name=$1 start rc=0
  shift
  echo
  echo "---- run-all: $name ----"
  start=$SECONDS
  "$@" || rc=$?
  STEP_NAMES+=("$name")
  STEP_TIMES+=("$((SECONDS - start))")
  if ((rc == 0)); then
    STEP_RESULTS+=("ok")
  else
    STEP_RESULTS+=("FAILED")
    echo "run-all: step '$name' failed (exit $rc)" >&2
    summary
    exit 1
  fi
}

deps() {
  if [[ ${PB_SKIP_DEPS:-} == 1 ]]; then
    bash tests/desktop/install-deps.sh --check
  else
    bash tests/desktop/install-deps.sh
  fi
}

toolchain() {
  # CI's environment may lack the rustup PATH entry.
  if ! command -v cargo >/dev/null 2>&1 && [[ -x ${CARGO_HOME:-$HOME/.cargo}/bin/cargo ]]; then
    export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  fi
  if ! command -v cargo >/dev/null 2>&1; then
    echo "run-all: cargo not found. Install a Rust toolchain (rustup, stable) and make sure" \
      "cargo is on PATH, then rerun." >&2
    return 1
  fi
  local comp cmd
  for comp in rustfmt clippy; do
    [[ $comp == rustfmt ]] && cmd=fmt || cmd=clippy
    if ! cargo "$cmd" --version >/dev/null 2>&1; then
      if command -v rustup >/dev/null 2>&1; then
        echo "run-all: installing the $comp component"
        rustup component add "$comp" || return 1
      else
        echo "run-all: cargo $cmd is missing and there is no rustup to install $comp" >&2
        return 1
      fi
    fi
  done
  cargo --version && rustc --version
}

desktop_tests() {
  local log=$LOG_DIR/cargo-test.log rc report_rc filtered=()
  export PB_BIN=$REPO/target/release/posture-break
  # Inside run-all the end-to-end tests must run: a missing desktop is a failure, not a skip.
  export PB_REQUIRE_DESKTOP=1
  [[ -x $PB_BIN ]] || { echo "run-all: $PB_BIN was not built" >&2; return 1; }
  # tests/wayland.rs and tests/gnome_shell.rs need the sessions of the next steps: here they
  # only say so.
  PB_LATER_SESSIONS=1 bash tests/desktop/session.sh cargo test --locked "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  # Arguments narrow the run: then only "something ran" is required, not every binary.
  (($# > 0)) && filtered=(--filtered)
  # Without a filter the summary waits for the GNOME step (the Wayland and GNOME logs add up).
  if ((rc != 0 || $# > 0)); then
    TEST_SUMMARY=$(python3 tests/test-report.py "$log" "${filtered[@]}")
    report_rc=$?
    echo "$TEST_SUMMARY"
    ((rc != 0)) || rc=$report_rc
  fi
  return "$rc"
}

# A test binary step 4 built (cargo test --no-run only finds it), copied with the release binary
# where a session's unprivileged user can read them (the checkout may be under /root):
# prints the directory ($dir/tests, $dir/posture-break, $dir/shots for screenshots).
session_copy() {
  local name=$1 bin dir
  bin=$(cargo test --locked --no-run --test "$name" 2>&1 |
    sed -n "s/^ *Executable tests\/$name.rs (\(.*\))\$/\1/p" | tail -n 1)
  [[ -n $bin && -x $bin ]] || { echo "run-all: could not find the tests/$name.rs binary" >&2; return 1; }
  dir=$(mktemp -d "${TMPDIR:-/tmp}/pb-$name.XXXXXX")
  chmod 755 "$dir"
  install -m 755 "$bin" "$dir/tests"
  install -m 755 "$REPO/target/release/posture-break" "$dir/posture-break"
  install -d -m 777 "$dir/shots"
  echo "$dir"
}

# Screenshots of a session's tests to target/screenshots, and its copy removed.
session_done() {
  mkdir -p "$REPO/target/screenshots"
  cp "$1"/shots/*.png "$REPO/target/screenshots/" 2>/dev/null || true
  rm -rf "$1"
}

# The Wayland tests (tests/wayland.rs) inside tests/desktop/sway-session.sh.
wayland_tests() {
  local log=$LOG_DIR/wayland-test.log rc dir
  if (($# > 0)); then
    echo "run-all: a filter was given; the Wayland step runs only in a full run"
    return 0
  fi
  dir=$(session_copy wayland) || return 1
  {
    echo "     Running tests/wayland.rs ($dir/tests, in a sway session)"
    PB_BIN=$dir/posture-break PB_SHOT_DIR=$dir/shots PB_REQUIRE_DESKTOP=1 \
      bash tests/desktop/sway-session.sh "$dir/tests" --test-threads=1
  } 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  session_done "$dir"
  return "$rc"
}

# tests/gnome_shell.rs in a real GNOME Shell (tests/desktop/gnome-session.sh), once per mode:
# stock GNOME on X11, with the AppIndicator extension, and as a Wayland compositor. Each test
# runs in the session of its mode and defers in the others. Then the whole suite's summary.
gnome_tests() {
  local x11_log=$LOG_DIR/cargo-test.log log rc=0 report_rc dir mode logs=()
  if (($# > 0)); then
    echo "run-all: a filter was given; the GNOME step runs only in a full run"
    return 0
  fi
  dir=$(session_copy gnome_shell) || return 1
  for mode in x11 x11-appindicator wayland; do
    log=$LOG_DIR/gnome-$mode-test.log
    logs+=("$log")
    {
      echo "     Running tests/gnome_shell.rs ($dir/tests, in a GNOME Shell session: $mode)"
      PB_GNOME_MODE=$mode PB_BIN=$dir/posture-break PB_SHOT_DIR=$dir/shots PB_REQUIRE_DESKTOP=1 \
        bash tests/desktop/gnome-session.sh "$dir/tests" --test-threads=1
    } 2>&1 | tee "$log"
    ((PIPESTATUS[0] == 0)) || rc=1
  done
  session_done "$dir"
  TEST_SUMMARY=$(python3 tests/test-report.py "$x11_log" "$LOG_DIR/wayland-test.log" "${logs[@]}")
  report_rc=$?
  echo "$TEST_SUMMARY"
  ((rc != 0)) || rc=$report_rc
  return "$rc"
}

MACOS_TARGET=aarch64-apple-darwin
# Compile check for macOS: the whole app (the shared shell, the LaunchAgent autostart) must build
# and be clippy-clean there; it is built but not tested on a Mac. Artifacts
# go to target/aarch64-apple-darwin/ beside the host's, so reruns are incremental.
# DOCS_RS=1 makes mac-notification-sys skip its Objective-C build (there is no Apple SDK here);
# nothing is linked here.
macos_check() {
  if ! rustup target list --installed 2>/dev/null | grep -qx "$MACOS_TARGET"; then
    command -v rustup >/dev/null 2>&1 ||
      { echo "run-all: no rustup to add the $MACOS_TARGET target" >&2; return 1; }
    echo "run-all: installing the $MACOS_TARGET target"
    rustup target add "$MACOS_TARGET" || return 1
  fi
  DOCS_RS=1 cargo check --target "$MACOS_TARGET" --all-targets --locked &&
    DOCS_RS=1 cargo clippy --target "$MACOS_TARGET" --all-targets --locked -- -D warnings
}

deb_package() {
  local log=$LOG_DIR/deb-smoke.log rc
  bash tests/package/deb-smoke.sh "$REPO/target/release/posture-break" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  DEB_SUMMARY=$(grep -E '^deb: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
  [[ -n $DEB_SUMMARY ]] || { echo "run-all: deb-smoke.sh printed no closing line" >&2; rc=1; }
  return "$rc"
}

WINDOWS_TARGET=x86_64-pc-windows-gnu
# The Windows build under wine. A debug build: the smoke test needs no optimised exe, and the
# release profile's fat LTO would cost minutes. Artifacts go to target/x86_64-pc-windows-gnu/.
windows_tests() {
  local log=$LOG_DIR/windows-test.log smoke=$LOG_DIR/windows-smoke.log rc target_dir exe msi
  if ! rustup target list --installed 2>/dev/null | grep -qx "$WINDOWS_TARGET"; then
    command -v rustup >/dev/null 2>&1 ||
      { echo "run-all: no rustup to add the $WINDOWS_TARGET target" >&2; return 1; }
    echo "run-all: installing the $WINDOWS_TARGET target"
    rustup target add "$WINDOWS_TARGET" || return 1
  fi
  cargo clippy --target "$WINDOWS_TARGET" --all-targets --locked -- -D warnings || return 1
  CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=$REPO/tests/windows/wine-run.sh \
    cargo test --target "$WINDOWS_TARGET" --locked 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  WINDOWS_TEST_SUMMARY=$(python3 tests/test-report.py "$log" --windows) || rc=1
  echo "$WINDOWS_TEST_SUMMARY"
  ((rc == 0)) || return "$rc"
  target_dir=${CARGO_TARGET_DIR:-$REPO/target}
  exe=$target_dir/$WINDOWS_TARGET/debug/posture-break.exe
  msi=$(bash packaging/windows/build-msi.sh "$exe" "$target_dir/windows" | tail -n 1) || return 1
  bash tests/windows/smoke.sh "$exe" "$msi" 2>&1 | tee "$smoke"
  rc=${PIPESTATUS[0]}
  WINDOWS_SUMMARY=$(grep -E '^windows: [0-9]+ passed, [0-9]+ failed$' "$smoke" | tail -n 1)
  [[ -n $WINDOWS_SUMMARY ]] || { echo "run-all: smoke.sh printed no closing line" >&2; rc=1; }
  return "$rc"
}

step "system packages" deps
step "rust toolchain" toolchain
step "cargo fmt --check" cargo fmt --all -- --check
step "benchmark tool unit tests" python3 -B -m unittest discover -s benches -t benches
step "cargo clippy -D warnings" cargo clippy --all-targets --locked -- -D warnings
step "macOS check (aarch64-apple-darwin)" macos_check
step "cargo build --release" cargo build --release --locked
step "cargo test (desktop session)" desktop_tests "$@"
step "Wayland tests (sway session)" wayland_tests "$@"
step "GNOME Shell tests (3 sessions)" gnome_tests "$@"
step "deb package (build, install, run)" deb_package
step "Windows (wine: tests, smoke, .msi)" windows_tests
summary
