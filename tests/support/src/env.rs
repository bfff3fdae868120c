//! Whether a test can run here: PB_BIN and a desktop session, or a counted skip.

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Only PB_BIN.
    Binary,
    /// PB_BIN inside a desktop session.
    Desktop,
    /// A desktop session with its recorded sound server (PB_SOUND_SINK, PULSE_SERVER).
    Sound,
}

/// PB_BIN (canonical), or None after printing why the test is skipped. With CI or
/// PB_REQUIRE_DESKTOP set a missing environment fails the test instead.
pub fn setup(test: &str, need: Need) -> Option<PathBuf> {
    let set = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    let mut missing = vec![];
    if !set("PB_BIN") {
        missing.push("PB_BIN");
    }
    if need != Need::Binary {
        missing.extend(
            ["DISPLAY", "DBUS_SESSION_BUS_ADDRESS"]
                .into_iter()
                .filter(|v| !set(v)),
        );
    }
    if need == Need::Sound {
        missing.extend(
            ["PB_SOUND_SINK", "PULSE_SERVER"]
                .into_iter()
                .filter(|v| !set(v)),
        );
    }
    if !missing.is_empty() {
        let why = format!(
            "{test}: {} not set (run inside tests/desktop/session.sh with PB_BIN; see tests/run-all.sh)",
            missing.join(", ")
        );
        assert!(
            !set("CI") && !set("PB_REQUIRE_DESKTOP"),
            "{why}; CI/PB_REQUIRE_DESKTOP is set, so this fails"
        );
        eprintln!("skipped {why}");
        count_skip();
        return None;
    }
    let bin = PathBuf::from(std::env::var_os("PB_BIN").unwrap_or_default());
    let bin = fs::canonicalize(&bin).unwrap_or_else(|e| panic!("PB_BIN={}: {e}", bin.display()));
    Some(bin)
}

static SKIPPED: AtomicUsize = AtomicUsize::new(0);

/// Counts a skipped end-to-end test; at exit, after libtest's own summary (which counts it as
/// passed), one line on stdout says how many did not really run. tests/run-all.sh reads it.
pub(crate) fn count_skip() {
    static REGISTER: std::sync::Once = std::sync::Once::new();
    extern "C" fn report() {
        let n = SKIPPED.load(Ordering::SeqCst);
        if n == 0 {
            return;
        }
        let line = format!(
            "note: {n} end-to-end test(s) skipped: no desktop session (PB_BIN, DISPLAY, \
             DBUS_SESSION_BUS_ADDRESS); `bash tests/run-all.sh` runs them\n"
        );
        // Straight to fd 1: libtest captures print!, and std's stdout may be torn down by now.
        // SAFETY: writing a buffer we own to the standard output descriptor.
        unsafe { libc::write(1, line.as_ptr().cast(), line.len()) };
    }
    SKIPPED.fetch_add(1, Ordering::SeqCst);
    // SAFETY: registers a plain extern "C" function with no captured state.
    REGISTER.call_once(|| unsafe {
        libc::atexit(report);
    });
}

static DEFERRED: AtomicUsize = AtomicUsize::new(0);

/// Like `count_skip`, for a test that runs in another session of run-all's (sway, GNOME Shell,
/// two monitors): tests/test-report.py does not count it here and expects it in that session's
/// log.
pub(crate) fn count_deferred() {
    static REGISTER: std::sync::Once = std::sync::Once::new();
    extern "C" fn report() {
        let n = DEFERRED.load(Ordering::SeqCst);
        let line = format!("note: {n} end-to-end test(s) deferred to another session\n");
        // SAFETY: writing a buffer we own to the standard output descriptor.
        unsafe { libc::write(1, line.as_ptr().cast(), line.len()) };
    }
    DEFERRED.fetch_add(1, Ordering::SeqCst);
    // SAFETY: registers a plain extern "C" function with no captured state.
    REGISTER.call_once(|| unsafe {
        libc::atexit(report);
    });
}

/// The end of a session check that failed: a test that needs `session` (how to get one) is
/// skipped here, or fails with CI or PB_REQUIRE_DESKTOP set. Always None.
pub(crate) fn not_in_session<T>(test: &str, session: &str) -> Option<T> {
    let set = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    let why = format!("{test}: {session}");
    assert!(
        !set("CI") && !set("PB_REQUIRE_DESKTOP"),
        "{why}; CI/PB_REQUIRE_DESKTOP is set, so this fails"
    );
    eprintln!("skipped {why}");
    count_skip();
    None
}
