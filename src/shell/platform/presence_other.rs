//! Presence on Windows and macOS, with the same shape as Linux's `presence` module. Windows: idle
//! time from `GetLastInputInfo`, read when a reminder comes due and at the idle deadline, and
//! the session lock from `WTSRegisterSessionNotification` (both in `platform::windows`); fullscreen
//! from `SHQueryUserNotificationState`. macOS: none yet (screen locks and suspends only).

use std::time::{Duration, Instant};

use crate::core::presence::Fact;

pub use super::platform::FullscreenWatch;

pub use super::presence_tracker::Tracker;

/// The idle source in use (`idle_source` in `status --json`).
pub enum IdleSource {
    #[cfg(windows)]
    LastInput(super::platform::LastInput),
    #[cfg_attr(windows, allow(dead_code))]
    None,
}

impl IdleSource {
    pub fn name(&self) -> &'static str {
        match self {
            #[cfg(windows)]
            IdleSource::LastInput(_) => "last-input",
            IdleSource::None => "none",
        }
    }

    /// A new `presence.idle_after` from a config reload.
    pub fn set_idle_after(&self, idle_after: Duration) {
        match self {
            #[cfg(windows)]
            IdleSource::LastInput(watch) => watch.set_idle_after(idle_after),
            IdleSource::None => {
                let _ = idle_after;
            }
        }
    }

    /// When a source that is read rather than heard wants reading next (the idle deadline).
    pub fn next_read(&self) -> Option<Instant> {
        match self {
            #[cfg(windows)]
            IdleSource::LastInput(watch) => watch.next_read(),
            IdleSource::None => None,
        }
    }

    /// Reads such a source (at its deadline, or when a reminder comes due).
    pub fn read(&self) -> Option<Fact> {
        match self {
            #[cfg(windows)]
            IdleSource::LastInput(watch) => watch.read(),
            IdleSource::None => None,
        }
    }

    /// Every presence fact passes here (the return restarts the idle deadline).
    pub fn observed(&self, fact: &Fact) {
        match self {
            #[cfg(windows)]
            IdleSource::LastInput(watch) => watch.observed(fact),
            IdleSource::None => {
                let _ = fact;
            }
        }
    }
}
