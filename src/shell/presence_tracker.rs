//! What the app knows of the user's presence, on every platform; the sources behind it
//! (`presence::IdleSource`, `presence::FullscreenWatch`) are the platform's own.

use super::presence::{FullscreenWatch, IdleSource};

pub struct Tracker {
    pub idle: IdleSource,
    /// Asked when a reminder comes due (X11, wlroots compositors, Windows).
    pub fullscreen: Option<FullscreenWatch>,
}

impl Tracker {
    pub fn new() -> Tracker {
        Tracker {
            idle: IdleSource::None,
            fullscreen: None,
        }
    }
}
