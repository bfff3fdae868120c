//! The presence sources as the app uses them: one interface per kind, one implementation per
//! source (KDE KIdleTime's shape).
//!
//! Idle time: alarm sources (XSync, ext-idle-notify, GNOME's IdleMonitor) are told by the display
//! server or desktop and report `AppEvent::Presence` themselves; a source that is read rather
//! than heard (Windows' `GetLastInputInfo`) is read at its deadline and when a reminder comes due.

use std::time::{Duration, Instant};

use crate::core::presence::Fact;

/// An idle source as the app uses it; the defaults fit alarm sources, which are never read.
pub trait IdleSource {
    /// `idle_source` in `status --json`.
    fn name(&self) -> &'static str;

    /// A new `presence.idle_after` from a config reload.
    fn set_idle_after(&self, idle_after: Duration);

    /// When a source that is read rather than heard wants reading next (the idle deadline).
    fn next_read(&self) -> Option<Instant> {
        None
    }

    /// Reads such a source (at its deadline, or when a reminder comes due).
    fn read(&self) -> Option<Fact> {
        None
    }

    /// Every presence fact passes here (the return restarts the idle deadline).
    fn observed(&self, _fact: &Fact) {}
}

/// No idle source: time away counts only screen locks and suspends.
pub struct NoIdle;

impl IdleSource for NoIdle {
    fn name(&self) -> &'static str {
        "none"
    }

    fn set_idle_after(&self, _idle_after: Duration) {}
}

/// Whether a fullscreen window has the focus, asked when a reminder comes due (EWMH on X11,
/// wlr-foreign-toplevel-management on wlroots compositors, `SHQueryUserNotificationState` on
/// Windows).
pub trait FullscreenSource {
    /// Whether a fullscreen window has the focus now; if so, `Busy(Fullscreen, false)` follows
    /// when that ends (or the next check says so, for a source that is read).
    fn check_and_watch(&self) -> bool;
}
