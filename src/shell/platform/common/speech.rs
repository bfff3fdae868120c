//! The spoken guide's stand-in where no speech service is wired up yet (macOS:
//! AVFoundation): it says at once that nothing can be spoken, so the step cues fall back to
//! the chimes, as on Linux without speech-dispatcher.

/// The speech of one stretch (nothing here).
pub struct Guide;

impl Guide {
    pub fn start(failed: impl FnOnce(String) + Send + 'static) -> Guide {
        failed("the spoken guide is not available on this platform yet".into());
        Guide
    }

    pub fn say(&self, _text: String) {}
}
