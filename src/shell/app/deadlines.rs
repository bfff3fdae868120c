//! The app's own deadlines besides the scheduler's (alacritty's scheduler shape): one small map
//! from a named timer to its monotonic instant, instead of loose `Option<Instant>` fields each
//! re-checked by hand. The loop sleeps until the earliest.

use std::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timer {
    /// A config file changed: reload once the editor is done writing.
    Reload,
    /// Start-up (or a window) is over: give the code that ran back to the kernel.
    Settle,
    /// Quit, once the tray's menu call has had its reply.
    Quit,
}

#[derive(Debug, Default)]
pub struct Deadlines {
    timers: Vec<(Timer, Instant)>,
}

impl Deadlines {
    /// Sets (or moves) a timer.
    pub fn set(&mut self, timer: Timer, at: Instant) {
        self.timers.retain(|(t, _)| *t != timer);
        self.timers.push((timer, at));
    }

    /// Whether `timer` is due at `now`; a due timer is removed.
    pub fn take_due(&mut self, timer: Timer, now: Instant) -> bool {
        let due = self.timers.iter().any(|(t, at)| *t == timer && *at <= now);
        if due {
            self.timers.retain(|(t, _)| *t != timer);
        }
        due
    }

    /// The earliest timer.
    pub fn next(&self) -> Option<Instant> {
        self.timers.iter().map(|(_, at)| *at).min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_timer_fires_once_at_its_time() {
        let t0 = Instant::now();
        let mut deadlines = Deadlines::default();
        deadlines.set(Timer::Reload, t0 + Duration::from_millis(250));
        assert!(!deadlines.take_due(Timer::Reload, t0));
        assert!(!deadlines.take_due(Timer::Settle, t0 + Duration::from_secs(9)));
        assert!(deadlines.take_due(Timer::Reload, t0 + Duration::from_millis(250)));
        assert!(!deadlines.take_due(Timer::Reload, t0 + Duration::from_secs(9)));
        assert_eq!(deadlines.next(), None);
    }

    #[test]
    fn setting_again_moves_the_timer() {
        let t0 = Instant::now();
        let mut deadlines = Deadlines::default();
        deadlines.set(Timer::Reload, t0 + Duration::from_millis(250));
        deadlines.set(Timer::Reload, t0 + Duration::from_millis(400));
        assert_eq!(deadlines.next(), Some(t0 + Duration::from_millis(400)));
        assert!(!deadlines.take_due(Timer::Reload, t0 + Duration::from_millis(300)));
    }

    #[test]
    fn the_earliest_timer_is_next() {
        let t0 = Instant::now();
        let mut deadlines = Deadlines::default();
        deadlines.set(Timer::Settle, t0 + Duration::from_secs(3));
        deadlines.set(Timer::Quit, t0 + Duration::from_millis(100));
        deadlines.set(Timer::Reload, t0 + Duration::from_secs(1));
        assert_eq!(deadlines.next(), Some(t0 + Duration::from_millis(100)));
        assert!(deadlines.take_due(Timer::Quit, t0 + Duration::from_millis(100)));
        assert_eq!(deadlines.next(), Some(t0 + Duration::from_secs(1)));
    }
}
