//! Quiet times: working hours and the busy causes of `presence.hold_when`. Holds what the
//! shell last computed or heard and turns it into scheduler inputs; the rules are the
//! scheduler's. Working-hours boundaries are deadlines of the main loop, not ticks.

use chrono::{DateTime, Local, Utc};

use crate::core::config::Config;
use crate::core::presence::Busy;
use crate::core::schedule::Input;
use crate::core::working_hours::HoursState;

#[derive(Default)]
pub struct QuietTimes {
    /// The working hours as last computed; `None` without a `[working_hours]` section.
    hours: Option<HoursState>,
    /// What the sources last said, whether or not `hold_when` lists it.
    reported: Vec<Busy>,
    /// What the scheduler was last told is on.
    told: Vec<Busy>,
}

impl QuietTimes {
    pub fn hours(&self) -> Option<HoursState> {
        self.hours
    }

    /// Whether the sources last said `cause` is on (whether or not `hold_when` lists it).
    pub fn is_reported(&self, cause: Busy) -> bool {
        self.reported.contains(&cause)
    }

    /// When the working hours open or close next: the main loop wakes then.
    pub fn next_change(&self) -> Option<DateTime<Utc>> {
        self.hours.and_then(|h| h.next_change)
    }

    /// Recomputes the working hours (start, reload, clock change, a boundary reached) in the
    /// local time zone; says whether they are open now if that changed.
    pub fn refresh_hours(&mut self, config: &Config, now: DateTime<Utc>) -> Option<Input> {
        let before = self.hours.map(|h| h.open);
        self.hours = config
            .working_hours
            .as_ref()
            .map(|hours| hours.state(now, &Local));
        let open = self.hours.is_none_or(|h| h.open);
        (before.unwrap_or(true) != open || (before.is_none() && self.hours.is_some()))
            .then_some(Input::Hours { open })
    }

    /// A source's report; the inputs that bring the scheduler in line with `hold_when`.
    pub fn report(&mut self, cause: Busy, on: bool, config: &Config) -> Vec<Input> {
        self.reported.retain(|b| *b != cause);
        if on {
            self.reported.push(cause);
        }
        self.sync(config)
    }

    /// After a reload: causes newly listed or unlisted in `hold_when` take effect at once.
    pub fn sync(&mut self, config: &Config) -> Vec<Input> {
        let mut inputs = Vec::new();
        for cause in Busy::ALL {
            let on = self.reported.contains(&cause) && config.presence.hold_when.contains(&cause);
            if on != self.told.contains(&cause) {
                self.told.retain(|b| *b != cause);
                if on {
                    self.told.push(cause);
                }
                inputs.push(Input::Busy { cause, on });
            }
        }
        inputs
    }
}
