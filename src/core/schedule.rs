//! The reminder schedule as a pure state machine. Time is always an input: the caller passes
//! `now` (wall clock, UTC) with every event and sleeps until `next_deadline()`.

use chrono::{DateTime, TimeDelta, Utc};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Counting down; the next reminder is due at `since + interval`.
    Active { since: DateTime<Utc> },
    /// A reminder is on screen; it is withdrawn at `expires`.
    Reminding {
        since: DateTime<Utc>,
        expires: DateTime<Utc>,
    },
    /// The guided stretch is running (the window decides when it ends).
    Stretching { since: DateTime<Utc> },
    /// The reminder comes back at `until`.
    Snoozed { until: DateTime<Utc> },
    /// No reminders until `until`, or until resumed when `None`.
    Paused { until: Option<DateTime<Utc>> },
}

impl State {
    pub fn name(&self) -> &'static str {
        match self {
            State::Active { .. } => "active",
            State::Reminding { .. } => "reminding",
            State::Stretching { .. } => "stretching",
            State::Snoozed { .. } => "snoozed",
            State::Paused { .. } => "paused",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// The deadline passed (or any wake-up); fires whatever is due.
    Tick,
    Snooze(Duration),
    PauseFor(Duration),
    PauseUntil(DateTime<Utc>),
    PauseIndefinitely,
    Resume,
    StartStretch,
    StretchFinished,
    /// Skip the current or upcoming reminder (or end a running stretch).
    Skip,
    /// Wall time moved by `jump` more than monotonic time did since the last event: suspend and
    /// resume, the clock being set, or a long lock/idle gap reported by the shell.
    ClockJumped {
        jump: TimeDelta,
    },
    /// The user was away (locked, idle) for this long, ending now.
    Away {
        gap: Duration,
    },
}

/// What the shell must do after an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Show a reminder notification.
    Remind,
    /// Withdraw the reminder notification (ignored, snoozed, skipped, or time away).
    WithdrawReminder,
    /// Close the stretch window as skipped (pause or skip while stretching).
    CancelStretch,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timings {
    pub interval: Duration,
    pub stretch: Duration,
    pub reminder_timeout: Duration,
}

#[derive(Debug, Clone)]
pub struct Scheduler {
    timings: Timings,
    state: State,
}

fn delta(duration: Duration) -> TimeDelta {
    TimeDelta::from_std(duration).unwrap_or(TimeDelta::MAX)
}

/// `time + duration`, saturating: durations come from users and files, and chrono's `+` panics
/// past its range.
fn later(time: DateTime<Utc>, duration: Duration) -> DateTime<Utc> {
    shift(time, delta(duration))
}

/// `time + jump`, saturating at chrono's range.
fn shift(time: DateTime<Utc>, jump: TimeDelta) -> DateTime<Utc> {
    time.checked_add_signed(jump)
        .unwrap_or(if jump < TimeDelta::zero() {
            DateTime::<Utc>::MIN_UTC
        } else {
            DateTime::<Utc>::MAX_UTC
        })
}

impl Scheduler {
    pub fn new(timings: Timings, now: DateTime<Utc>) -> Scheduler {
        Scheduler {
            timings,
            state: State::Active { since: now },
        }
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn timings(&self) -> Timings {
        self.timings
    }

    /// When the next reminder will be shown, if one is scheduled.
    pub fn next_reminder(&self) -> Option<DateTime<Utc>> {
        match self.state {
            State::Active { since } => Some(later(since, self.timings.interval)),
            State::Snoozed { until } => Some(until),
            State::Paused { until: Some(until) } => Some(later(until, self.timings.interval)),
            State::Reminding { .. } | State::Stretching { .. } | State::Paused { until: None } => {
                None
            }
        }
    }

    /// When the caller must call `handle(now, Input::Tick)` next; `None`: sleep until an event.
    pub fn next_deadline(&self) -> Option<DateTime<Utc>> {
        match self.state {
            State::Active { since } => Some(later(since, self.timings.interval)),
            State::Reminding { expires, .. } => Some(expires),
            State::Snoozed { until } => Some(until),
            State::Paused { until } => until,
            State::Stretching { .. } => None,
        }
    }

    /// A new config: the running interval keeps its start, so a shorter interval may fire at once.
    pub fn set_timings(&mut self, timings: Timings, now: DateTime<Utc>) -> Vec<Effect> {
        self.timings = timings;
        if let State::Reminding { since, .. } = self.state {
            self.state = State::Reminding {
                since,
                expires: later(since, timings.reminder_timeout),
            };
        }
        self.handle(now, Input::Tick)
    }

    fn restart(&mut self, now: DateTime<Utc>) {
        self.state = State::Active { since: now };
    }

    pub fn handle(&mut self, now: DateTime<Utc>, input: Input) -> Vec<Effect> {
        let mut effects = Vec::new();
        let ended = |effects: &mut Vec<Effect>, state: State| match state {
            State::Reminding { .. } => effects.push(Effect::WithdrawReminder),
            State::Stretching { .. } => effects.push(Effect::CancelStretch),
            _ => {}
        };
        match input {
            Input::Tick => self.tick(now, &mut effects),
            Input::Snooze(duration) => {
                ended(&mut effects, self.state);
                self.state = State::Snoozed {
                    until: later(now, duration),
                };
            }
            Input::PauseFor(duration) => {
                ended(&mut effects, self.state);
                self.state = State::Paused {
                    until: Some(later(now, duration)),
                };
            }
            Input::PauseUntil(until) => {
                ended(&mut effects, self.state);
                self.state = State::Paused {
                    until: Some(until.max(now)),
                };
            }
            Input::PauseIndefinitely => {
                ended(&mut effects, self.state);
                self.state = State::Paused { until: None };
            }
            Input::Resume => {
                if matches!(self.state, State::Paused { .. } | State::Snoozed { .. }) {
                    self.restart(now);
                }
            }
            Input::StartStretch => {
                if let State::Reminding { .. } = self.state {
                    effects.push(Effect::WithdrawReminder);
                }
                if !matches!(self.state, State::Stretching { .. }) {
                    self.state = State::Stretching { since: now };
                }
            }
            Input::StretchFinished => {
                if let State::Stretching { .. } = self.state {
                    self.restart(now);
                }
            }
            Input::Skip => {
                ended(&mut effects, self.state);
                self.restart(now);
            }
            Input::ClockJumped { jump } => self.clock_jumped(now, jump, &mut effects),
            Input::Away { gap } => {
                if gap >= self.timings.stretch {
                    self.time_away(now, &mut effects);
                }
            }
        }
        effects
    }

    fn tick(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        match self.state {
            State::Active { since } => {
                let due = later(since, self.timings.interval);
                if now < due {
                    return;
                }
                if now - due >= delta(self.timings.stretch) {
                    // We woke long after the deadline (a missed wake-up): that time away was a
                    // break, so start over instead of nagging at once.
                    self.restart(now);
                } else {
                    self.remind(now, effects);
                }
            }
            State::Reminding { expires, .. } if now >= expires => {
                effects.push(Effect::WithdrawReminder);
                self.restart(now);
            }
            State::Snoozed { until } if now >= until => self.remind(now, effects),
            State::Paused { until: Some(until) } if now >= until => self.restart(now),
            _ => {}
        }
    }

    fn remind(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        effects.push(Effect::Remind);
        self.state = State::Reminding {
            since: now,
            expires: later(now, self.timings.reminder_timeout),
        };
    }

    /// Time away at least as long as a stretch counts as a break: the interval restarts.
    fn time_away(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        match self.state {
            State::Active { .. } => self.restart(now),
            State::Reminding { .. } => {
                effects.push(Effect::WithdrawReminder);
                self.restart(now);
            }
            // Absolute ends stay; if they passed while away, the tick below restarts the interval.
            State::Snoozed { until } if now >= until => self.restart(now),
            State::Paused { until: Some(until) } if now >= until => self.restart(now),
            _ => {}
        }
    }

    fn clock_jumped(&mut self, now: DateTime<Utc>, jump: TimeDelta, effects: &mut Vec<Effect>) {
        if jump >= delta(self.timings.stretch) {
            // Suspend/resume or the clock set far ahead.
            self.time_away(now, effects);
            return;
        }
        // A small step or the clock set back: keep the time remaining, not the wall-clock deadline.
        match &mut self.state {
            State::Active { since } => *since = shift(*since, jump),
            State::Reminding { since, expires } => {
                *since = shift(*since, jump);
                *expires = shift(*expires, jump);
            }
            State::Snoozed { until } => *until = shift(*until, jump),
            State::Stretching { .. } | State::Paused { .. } => {}
        }
        self.tick(now, effects);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(secs: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_700_000_000 + secs, 0).single().unwrap()
    }
    fn s(secs: u64) -> Duration {
        Duration::from_secs(secs)
    }
    const TIMINGS: Timings = Timings {
        interval: Duration::from_secs(2700),
        stretch: Duration::from_secs(60),
        reminder_timeout: Duration::from_secs(60),
    };

    #[test]
    fn transitions_table() {
        use Effect::*;
        use Input::*;
        // (setup inputs at times, time, input under test, expected state name, expected effects)
        type Case = (Vec<(i64, Input)>, i64, Input, &'static str, Vec<Effect>);
        let cases: Vec<Case> = vec![
            (vec![], 2699, Tick, "active", vec![]),
            (vec![], 2700, Tick, "reminding", vec![Remind]),
            (vec![], 2759, Tick, "reminding", vec![Remind]),
            (vec![], 2760, Tick, "active", vec![]), // woke a whole stretch late: restart
            (
                vec![(2700, Tick)],
                2760,
                Tick,
                "active",
                vec![WithdrawReminder],
            ),
            (
                vec![(2700, Tick)],
                2710,
                Snooze(s(600)),
                "snoozed",
                vec![WithdrawReminder],
            ),
            (
                vec![(2700, Tick), (2710, Snooze(s(600)))],
                3310,
                Tick,
                "reminding",
                vec![Remind],
            ),
            (
                vec![(2700, Tick), (2710, Snooze(s(600)))],
                3309,
                Tick,
                "snoozed",
                vec![],
            ),
            (
                vec![(2700, Tick)],
                2705,
                StartStretch,
                "stretching",
                vec![WithdrawReminder],
            ),
            (
                vec![(2700, Tick), (2705, StartStretch)],
                2765,
                StretchFinished,
                "active",
                vec![],
            ),
            (
                vec![(2700, Tick), (2705, StartStretch)],
                2710,
                Skip,
                "active",
                vec![CancelStretch],
            ),
            (
                vec![(2700, Tick)],
                2705,
                Skip,
                "active",
                vec![WithdrawReminder],
            ),
            (vec![], 10, PauseFor(s(1800)), "paused", vec![]),
            (vec![(10, PauseFor(s(1800)))], 1810, Tick, "active", vec![]),
            (
                vec![(10, PauseIndefinitely)],
                999_999,
                Tick,
                "paused",
                vec![],
            ),
            (vec![(10, PauseIndefinitely)], 20, Resume, "active", vec![]),
            (vec![(10, Snooze(s(60)))], 20, Resume, "active", vec![]),
            (
                vec![(2700, Tick), (2705, StartStretch)],
                2710,
                PauseIndefinitely,
                "paused",
                vec![CancelStretch],
            ),
            (
                vec![],
                100,
                ClockJumped {
                    jump: TimeDelta::seconds(3600),
                },
                "active",
                vec![],
            ),
            (
                vec![(2700, Tick)],
                2710,
                ClockJumped {
                    jump: TimeDelta::seconds(600),
                },
                "active",
                vec![WithdrawReminder],
            ),
            (vec![], 100, Away { gap: s(59) }, "active", vec![]),
        ];
        for (i, (setup, at, input, state, effects)) in cases.into_iter().enumerate() {
            let mut scheduler = Scheduler::new(TIMINGS, t(0));
            for (when, input) in setup {
                scheduler.handle(t(when), input);
            }
            let got = scheduler.handle(t(at), input);
            assert_eq!(scheduler.state().name(), state, "case {i}: {input:?}");
            assert_eq!(got, effects, "case {i}: {input:?}");
        }
    }

    #[test]
    fn time_away_restarts_the_interval() {
        let mut scheduler = Scheduler::new(TIMINGS, t(0));
        scheduler.handle(t(1000), Input::Away { gap: s(300) });
        assert_eq!(scheduler.next_reminder(), Some(t(1000 + 2700)));
        // Suspended across the deadline: resume restarts instead of reminding at once.
        scheduler.handle(
            t(9000),
            Input::ClockJumped {
                jump: TimeDelta::seconds(5000),
            },
        );
        assert_eq!(scheduler.state(), State::Active { since: t(9000) });
    }

    #[test]
    fn clock_set_back_keeps_the_remaining_time() {
        let mut scheduler = Scheduler::new(TIMINGS, t(0));
        // 100 s in, the clock is set back an hour: 2600 s remain, at the new wall time.
        scheduler.handle(
            t(100 - 3600),
            Input::ClockJumped {
                jump: TimeDelta::seconds(-3600),
            },
        );
        assert_eq!(scheduler.next_reminder(), Some(t(2700 - 3600)));
        assert!(scheduler.handle(t(2699 - 3600), Input::Tick).is_empty());
        assert_eq!(
            scheduler.handle(t(2700 - 3600), Input::Tick),
            vec![Effect::Remind]
        );
    }

    #[test]
    fn paused_until_a_time_keeps_that_wall_time_across_suspend() {
        let mut scheduler = Scheduler::new(TIMINGS, t(0));
        scheduler.handle(t(0), Input::PauseUntil(t(50_000)));
        scheduler.handle(
            t(20_000),
            Input::ClockJumped {
                jump: TimeDelta::seconds(15_000),
            },
        );
        assert_eq!(scheduler.next_deadline(), Some(t(50_000)));
        scheduler.handle(t(50_000), Input::Tick);
        assert_eq!(scheduler.next_reminder(), Some(t(50_000 + 2700)));
    }

    #[test]
    fn shorter_interval_in_new_config_applies_to_the_running_interval() {
        let mut scheduler = Scheduler::new(TIMINGS, t(0));
        let shorter = Timings {
            interval: s(600),
            ..TIMINGS
        };
        assert!(scheduler.set_timings(shorter, t(300)).is_empty());
        assert_eq!(scheduler.next_reminder(), Some(t(600)));
        let even_shorter = Timings {
            interval: s(120),
            ..TIMINGS
        };
        assert_eq!(scheduler.set_timings(even_shorter, t(300)), vec![]); // 180 s late ≥ stretch: restart
        assert_eq!(scheduler.next_reminder(), Some(t(420)));
    }
}
