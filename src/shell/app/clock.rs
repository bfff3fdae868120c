//! Time as an input. The loop reads the clock once per wake (`Now::read`, the only place in the
//! app that does) and hands it to the dispatcher, whose tests make up their own.

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Local, NaiveDate, TimeDelta, Utc};

/// Wall-clock drift below this is noise, not a jump.
const CLOCK_JUMP_THRESHOLD: TimeDelta = TimeDelta::seconds(2);

/// The wall clock (for the schedule and the history) and the monotonic clock (for the loop's
/// deadlines), read together.
#[derive(Debug, Clone, Copy)]
pub struct Now {
    pub utc: DateTime<Utc>,
    pub mono: Instant,
}

impl Now {
    pub fn read() -> Now {
        Now {
            utc: Utc::now(),
            mono: Instant::now(),
        }
    }

    /// The local time now, as the history writes it.
    pub fn local(&self) -> DateTime<FixedOffset> {
        self.utc.with_timezone(&Local).fixed_offset()
    }

    /// The local date now (the tray's "today", the history's days).
    pub fn today(&self) -> NaiveDate {
        self.utc.with_timezone(&Local).date_naive()
    }

    /// A wall-clock deadline as a monotonic one, rounded up so the loop never wakes a hair early
    /// and has to sleep again.
    pub fn instant_of(&self, at: DateTime<Utc>) -> Instant {
        let wait = (at - self.utc).to_std().unwrap_or(Duration::ZERO);
        self.mono + wait + Duration::from_millis(1)
    }

    #[cfg(test)]
    pub fn after(&self, wait: Duration) -> Now {
        Now {
            utc: self.utc + TimeDelta::from_std(wait).unwrap_or(TimeDelta::MAX),
            mono: self.mono + wait,
        }
    }
}

/// Wall time moving differently from monotonic time means suspend/resume or a clock change.
pub struct ClockWatch {
    reference: Now,
}

impl ClockWatch {
    pub fn new(now: Now) -> ClockWatch {
        ClockWatch { reference: now }
    }

    /// How far the wall clock jumped since the last look, if it did.
    pub fn jumped(&mut self, now: Now) -> Option<TimeDelta> {
        let then = self.reference;
        let elapsed = TimeDelta::from_std(now.mono.saturating_duration_since(then.mono))
            .unwrap_or(TimeDelta::zero());
        let jump = now.utc - (then.utc + elapsed);
        self.reference = now;
        (jump.abs() >= CLOCK_JUMP_THRESHOLD).then_some(jump)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> Now {
        Now {
            utc: DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default(),
            mono: Instant::now(),
        }
    }

    #[test]
    fn clocks_moving_together_are_no_jump() {
        let t0 = start();
        let mut watch = ClockWatch::new(t0);
        assert_eq!(watch.jumped(t0.after(Duration::from_secs(600))), None);
        let mut almost = t0.after(Duration::from_secs(601));
        almost.utc += TimeDelta::milliseconds(1999);
        assert_eq!(watch.jumped(almost), None);
    }

    #[test]
    fn a_suspend_moves_the_wall_clock_alone() {
        let t0 = start();
        let mut watch = ClockWatch::new(t0);
        let mut resumed = t0.after(Duration::from_secs(10));
        resumed.utc += TimeDelta::hours(2);
        assert_eq!(watch.jumped(resumed), Some(TimeDelta::hours(2)));
        // The reference moved on: the next look sees no second jump.
        assert_eq!(watch.jumped(resumed.after(Duration::from_secs(1))), None);
        let mut back = resumed.after(Duration::from_secs(5));
        back.utc -= TimeDelta::seconds(2);
        assert_eq!(watch.jumped(back), Some(TimeDelta::seconds(-2)));
    }

    #[test]
    fn a_deadline_becomes_the_matching_instant_rounded_up() {
        let t0 = start();
        let at = t0.utc + TimeDelta::seconds(90);
        assert_eq!(
            t0.instant_of(at),
            t0.mono + Duration::from_secs(90) + Duration::from_millis(1)
        );
        // A deadline already past is due now.
        assert_eq!(
            t0.instant_of(t0.utc - TimeDelta::seconds(5)),
            t0.mono + Duration::from_millis(1)
        );
    }
}
