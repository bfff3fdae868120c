//! What the app knows of the user's presence, on every platform; the sources behind it
//! (`platform::IdleSource`, `platform::FullscreenSource`) are the platform's own.

use super::platform::{FullscreenSource, IdleSource, NoIdle};

pub struct Tracker {
    pub idle: Box<dyn IdleSource>,
    /// Asked when a reminder comes due (X11, wlroots compositors, Windows).
    pub fullscreen: Option<Box<dyn FullscreenSource>>,
}

impl Tracker {
    pub fn new() -> Tracker {
        Tracker {
            idle: Box::new(NoIdle),
            fullscreen: None,
        }
    }
}
