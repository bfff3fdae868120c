//! What the app knows of the user's presence, on every platform; the sources behind it
//! (`platform::IdleSource`, `platform::FullscreenSource`) are the platform's own.

use chrono::{DateTime, Utc};

use super::platform::{FullscreenSource, IdleSource, NoIdle};
use crate::core::presence::Presence;

pub struct Tracker {
    pub facts: Presence,
    pub idle: Box<dyn IdleSource>,
    /// When the interval restarted after a natural break, for "Welcome back" in the tray.
    pub back_from_break: Option<DateTime<Utc>>,
    /// Asked when a reminder comes due (X11, wlroots compositors, Windows).
    pub fullscreen: Option<Box<dyn FullscreenSource>>,
}

impl Tracker {
    pub fn new() -> Tracker {
        Tracker {
            facts: Presence::default(),
            idle: Box::new(NoIdle),
            back_from_break: None,
            fullscreen: None,
        }
    }
}
