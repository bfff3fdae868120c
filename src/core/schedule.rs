//! The reminder schedule as a pure state machine. Time is always an input: the caller passes
//! `now` (wall clock, UTC) with every event and sleeps until `next_deadline()`.

use chrono::{DateTime, TimeDelta, Utc};
use std::time::Duration;

use super::posture::Gate;
use super::presence::Busy;

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
    /// A reminder came due at `since` but is not shown: the user is away. It is shown when they
    /// come back, or dropped if the time away was a break.
    Held {
        since: DateTime<Utc>,
        reason: HoldReason,
    },
    /// Outside working hours: no reminders until they open (then a fresh interval).
    OffHours,
}

/// Why a due reminder waits (`held_reason` in `status --json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoldReason {
    Away,
    Busy(Busy),
    /// Another machine was used more recently (sync): the reminder shows there. Like a
    /// reminder on screen, it ends `reminder_timeout` after it came due if nobody answers it.
    Elsewhere,
}

impl HoldReason {
    pub fn name(&self) -> &'static str {
        match self {
            HoldReason::Away => "away",
            HoldReason::Busy(busy) => busy.name(),
            HoldReason::Elsewhere => "elsewhere",
        }
    }
}

impl State {
    /// The state's name in `status --json` and the log.
    pub fn name(&self) -> &'static str {
        super::status::StateKind::from(*self).name()
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
    /// resume, or the clock being set. A jump of at least `natural_break` counts as time away.
    ClockJumped {
        jump: TimeDelta,
    },
    /// The user has been away (no input, screen locked) since `since`.
    Away {
        since: DateTime<Utc>,
    },
    /// The user is back now.
    Back,
    /// Working hours opened (a fresh interval starts) or closed (no reminders; one on screen or
    /// a stretch running may finish).
    Hours {
        open: bool,
    },
    /// The user became busy with something in `presence.hold_when`, or stopped.
    Busy {
        cause: Busy,
        on: bool,
    },
    /// Another machine (sync) took a break that ended at `at`: a stretch done or skipped there,
    /// or time away. The latest break anywhere restarts the interval.
    BreakElsewhere {
        at: DateTime<Utc>,
    },
    /// A reminder on another machine ended at `at` (answered there, or gone unanswered): the
    /// one due or held here is dropped and the interval starts from then.
    ReminderOverElsewhere {
        at: DateTime<Utc>,
    },
}

/// What the other machines (sync) say, as of an input. All false/none without sync.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Elsewhere {
    /// Another machine was used more recently than this one: a due reminder shows there.
    pub in_use: bool,
    /// The latest moment another machine was in use: time away here that overlaps it was
    /// spent working there, not a break.
    pub last_used: Option<DateTime<Utc>>,
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
    /// Time away this long counted as a break (history `natural_break`).
    NaturalBreak { length: Duration },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timings {
    pub interval: Duration,
    pub stretch: Duration,
    pub reminder_timeout: Duration,
    /// Time away (idle, locked, suspended) at least this long is a break.
    pub natural_break: Duration,
}

#[derive(Debug, Clone)]
pub struct Scheduler {
    timings: Timings,
    state: State,
    /// Since when the user is away; `None` while they are here. Never before the last restart:
    /// time away before the interval restarted is not counted twice.
    away_since: Option<DateTime<Utc>>,
    /// Outside working hours.
    off_hours: bool,
    /// What the user is busy with now (each cause once).
    busy: Vec<Busy>,
    /// When the last reminder was shown, for the quiet time around it.
    last_reminder: Option<DateTime<Utc>>,
    elsewhere: Elsewhere,
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
            away_since: None,
            off_hours: false,
            busy: Vec::new(),
            last_reminder: None,
            elsewhere: Elsewhere::default(),
        }
    }

    /// What the other machines say now; the caller sets it before each input (sync on).
    pub fn set_elsewhere(&mut self, elsewhere: Elsewhere) {
        self.elsewhere = elsewhere;
    }

    /// Whether a reminder (or a break) that ended elsewhere at `at` answers the one that came
    /// due here at `since`: it ended after it, or before it by less than a reminder's life.
    /// Machines' reminders come due at about the same moment but not the same instant (lines
    /// carry whole seconds, clocks differ a little, syncing takes time), so one answered just
    /// before this one came due is the same reminder.
    fn same_reminder(&self, at: DateTime<Utc>, since: DateTime<Utc>) -> bool {
        later(at, self.timings.reminder_timeout) >= since
    }

    /// Whether another machine was in use after `since` (then time away here since `since`
    /// was no break).
    fn worked_elsewhere_after(&self, since: DateTime<Utc>) -> bool {
        self.elsewhere.last_used.is_some_and(|used| used > since)
    }

    /// What posture nudges need to know of now: open only while counting down to a reminder
    /// with the user here, not busy and inside working hours.
    pub fn gate(&self) -> Gate {
        let interval_since = match self.state {
            State::Active { since } => Some(since),
            _ => None,
        };
        Gate {
            open: interval_since.is_some()
                && self.away_since.is_none()
                && self.busy.is_empty()
                && !self.off_hours,
            interval_since,
            next_reminder: self.next_reminder(),
            last_reminder: self.last_reminder,
        }
    }

    /// Whether a tick at `now` would show a reminder (or hold one): the moment busy sources that
    /// are read on demand (fullscreen) must be asked.
    pub fn reminder_due(&self, now: DateTime<Utc>) -> bool {
        match self.state {
            State::Active { since } => {
                let due = later(since, self.timings.interval);
                now >= due && now - due < delta(self.timings.stretch)
            }
            State::Snoozed { until } => now >= until,
            _ => false,
        }
    }

    /// Whether the user is away (as last reported).
    pub fn away(&self) -> bool {
        self.away_since.is_some()
    }

    pub fn state(&self) -> State {
        self.state
    }

    /// When the next reminder will be shown, if one is scheduled.
    pub fn next_reminder(&self) -> Option<DateTime<Utc>> {
        match self.state {
            State::Active { since } => Some(later(since, self.timings.interval)),
            State::Snoozed { until } => Some(until),
            State::Paused { until: Some(until) } => Some(later(until, self.timings.interval)),
            State::Reminding { .. }
            | State::Stretching { .. }
            | State::Paused { until: None }
            | State::Held { .. }
            | State::OffHours => None,
        }
    }

    /// When the caller must call `handle(now, Input::Tick)` next; `None`: sleep until an event.
    pub fn next_deadline(&self) -> Option<DateTime<Utc>> {
        match self.state {
            State::Active { since } => Some(later(since, self.timings.interval)),
            State::Reminding { expires, .. } => Some(expires),
            State::Snoozed { until } => Some(until),
            State::Paused { until } => until,
            State::Held {
                since,
                reason: HoldReason::Elsewhere,
            } => Some(later(since, self.timings.reminder_timeout)),
            // Held and stretching wait for an event (the user's return, the window closing).
            State::Stretching { .. } | State::Held { .. } | State::OffHours => None,
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
        self.state = if self.off_hours {
            State::OffHours
        } else {
            State::Active { since: now }
        };
        if let Some(since) = &mut self.away_since {
            *since = (*since).max(now);
        }
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
            Input::Away { since } => {
                let since = since.min(now);
                self.away_since = Some(self.away_since.map_or(since, |s| s.min(since)));
            }
            Input::Back => self.back(now, &mut effects),
            Input::Hours { open } => self.hours(now, open),
            Input::Busy { cause, on } => {
                self.busy.retain(|b| *b != cause);
                if on {
                    self.busy.push(cause);
                    self.busy.sort();
                }
                if let State::Held { .. } = self.state {
                    self.release_or_hold(now, &mut effects);
                }
            }
            Input::BreakElsewhere { at } => {
                let at = at.min(now);
                let newer = match self.state {
                    State::Active { since } => at > since,
                    State::Reminding { since, .. } | State::Held { since, .. } => {
                        self.same_reminder(at, since)
                    }
                    State::Snoozed { .. } => self.last_reminder.is_none_or(|shown| at >= shown),
                    // A pause is the person's own; a stretch here runs its course.
                    State::Paused { .. } | State::Stretching { .. } | State::OffHours => false,
                };
                if newer {
                    ended(&mut effects, self.state);
                    self.restart(at);
                }
            }
            Input::ReminderOverElsewhere { at } => {
                let at = at.min(now);
                if let State::Reminding { since, .. } | State::Held { since, .. } = self.state {
                    if self.same_reminder(at, since) {
                        ended(&mut effects, self.state);
                        self.restart(at);
                    }
                }
            }
        }
        effects
    }

    fn hours(&mut self, now: DateTime<Utc>, open: bool) {
        self.off_hours = !open;
        match self.state {
            State::OffHours if open => self.restart(now),
            // A snooze or a held reminder ends with the day; a reminder on screen, a stretch
            // or a pause runs its course and then finds the hours closed.
            State::Active { .. } | State::Snoozed { .. } | State::Held { .. } if !open => {
                self.state = State::OffHours;
            }
            _ => {}
        }
    }

    /// Why a due reminder must wait now, if it must.
    fn hold_reason(&self) -> Option<HoldReason> {
        if self.away_since.is_some() {
            Some(HoldReason::Away)
        } else {
            self.busy.first().map(|b| HoldReason::Busy(*b))
        }
    }

    /// A held reminder: shown once nothing holds it any more, else held for what remains.
    fn release_or_hold(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        let State::Held { since, reason } = self.state else {
            return;
        };
        match self.hold_reason() {
            Some(reason) => self.state = State::Held { since, reason },
            // Still shown on the machine in use: it keeps its end there.
            None if self.elsewhere.in_use && reason == HoldReason::Elsewhere => {}
            None => self.remind(now, effects),
        }
    }

    /// The user returned: a break if they were away long enough, else a held reminder shows.
    fn back(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        let Some(since) = self.away_since.take() else {
            return;
        };
        let length = (now - since).to_std().unwrap_or(Duration::ZERO);
        if length >= self.timings.natural_break && !self.worked_elsewhere_after(since) {
            self.time_away(now, length, effects);
        } else {
            self.release_or_hold(now, effects);
        }
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
                    self.remind_or_hold(now, effects);
                }
            }
            State::Reminding { expires, .. } if now >= expires => {
                effects.push(Effect::WithdrawReminder);
                self.restart(now);
            }
            State::Snoozed { until } if now >= until => self.remind_or_hold(now, effects),
            State::Paused { until: Some(until) } if now >= until => self.restart(now),
            State::Held {
                since,
                reason: HoldReason::Elsewhere,
            } if now >= later(since, self.timings.reminder_timeout) => self.restart(now),
            _ => {}
        }
    }

    /// A reminder is due: shown, or held while the user is away.
    fn remind_or_hold(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        if self.off_hours {
            self.state = State::OffHours;
            return;
        }
        match self.hold_reason() {
            Some(reason) => self.state = State::Held { since: now, reason },
            None if self.elsewhere.in_use => {
                self.state = State::Held {
                    since: now,
                    reason: HoldReason::Elsewhere,
                };
            }
            None => self.remind(now, effects),
        }
    }

    fn remind(&mut self, now: DateTime<Utc>, effects: &mut Vec<Effect>) {
        effects.push(Effect::Remind);
        self.last_reminder = Some(now);
        self.state = State::Reminding {
            since: now,
            expires: later(now, self.timings.reminder_timeout),
        };
    }

    /// Time away at least `natural_break` long is a break: the interval restarts (a reminder
    /// on screen or held is dropped). Pauses, snoozes and a running stretch keep their ends.
    fn time_away(&mut self, now: DateTime<Utc>, length: Duration, effects: &mut Vec<Effect>) {
        let restarts = match self.state {
            State::Active { .. } | State::Held { .. } => true,
            State::Reminding { .. } => {
                effects.push(Effect::WithdrawReminder);
                true
            }
            State::Snoozed { until } => now >= until,
            State::Paused { until: Some(until) } => now >= until,
            State::Paused { until: None } | State::Stretching { .. } | State::OffHours => false,
        };
        if restarts {
            effects.push(Effect::NaturalBreak { length });
            self.restart(now);
        }
    }

    fn clock_jumped(&mut self, now: DateTime<Utc>, jump: TimeDelta, effects: &mut Vec<Effect>) {
        if jump >= delta(self.timings.natural_break)
            && self.worked_elsewhere_after(shift(now, -jump))
        {
            // Suspended here while the person worked on another machine: no break, and a
            // reminder that came due meanwhile is due now.
            match self.state {
                State::Active { since } if now >= later(since, self.timings.interval) => {
                    self.remind_or_hold(now, effects);
                }
                _ => self.tick(now, effects),
            }
            return;
        }
        if jump >= delta(self.timings.natural_break) {
            // Suspend/resume or the clock set far ahead.
            let length = jump.to_std().unwrap_or(Duration::ZERO);
            self.time_away(now, length, effects);
            // Time away before the resume is counted now; the user's return starts afresh.
            if let Some(since) = &mut self.away_since {
                *since = (*since).max(now);
            }
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
            State::Stretching { .. }
            | State::Paused { .. }
            | State::Held { .. }
            | State::OffHours => {}
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
        natural_break: Duration::from_secs(180),
    };

    /// When the sources read on demand (fullscreen) are asked: exactly while a tick would show or
    /// hold a reminder.
    #[test]
    fn reminder_due_exactly_when_a_tick_would_remind() {
        let at = |setup: &[(i64, Input)], now: i64| {
            let mut scheduler = Scheduler::new(TIMINGS, t(0));
            for (time, input) in setup {
                scheduler.handle(t(*time), *input);
            }
            scheduler.reminder_due(t(now))
        };
        use Input::*;
        // (inputs before, at their times; the time asked; due)
        type Case<'a> = (&'a [(i64, Input)], i64, bool);
        let cases: [Case; 10] = [
            (&[], 2699, false),
            (&[], 2700, true),
            (&[], 2759, true),
            // A whole stretch late is a missed wake-up: the interval restarts instead.
            (&[], 2760, false),
            (&[(2700, Tick), (2710, Snooze(s(600)))], 3309, false),
            (&[(2700, Tick), (2710, Snooze(s(600)))], 3310, true),
            (&[(2700, Tick)], 2710, false),
            (&[(10, PauseFor(s(60)))], 2700, false),
            (&[(2700, Tick), (2705, StartStretch)], 2800, false),
            (&[(100, Away { since: t(100) }), (2700, Tick)], 2701, false),
        ];
        for (i, (setup, now, due)) in cases.iter().enumerate() {
            assert_eq!(at(setup, *now), *due, "case {i}: {setup:?} at {now}");
        }
    }

    /// Saturation keeps the direction of the jump: far past is the earliest time, far future
    /// the latest, never the other way round.
    #[test]
    fn shifts_saturate_in_their_direction() {
        assert_eq!(shift(t(0), TimeDelta::MIN), DateTime::<Utc>::MIN_UTC);
        assert_eq!(shift(t(0), TimeDelta::MAX), DateTime::<Utc>::MAX_UTC);
        assert_eq!(shift(t(0), TimeDelta::seconds(-5)), t(-5));
        assert_eq!(later(t(0), Duration::MAX), DateTime::<Utc>::MAX_UTC);
    }

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
                vec![NaturalBreak { length: s(3600) }],
            ),
            (
                vec![(2700, Tick)],
                2710,
                ClockJumped {
                    jump: TimeDelta::seconds(600),
                },
                "active",
                vec![WithdrawReminder, NaturalBreak { length: s(600) }],
            ),
            // A suspend shorter than a natural break keeps the interval running.
            (
                vec![],
                100,
                ClockJumped {
                    jump: TimeDelta::seconds(179),
                },
                "active",
                vec![],
            ),
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
    fn presence_transitions_table() {
        use Effect::*;
        use Input::*;
        let away = |at: i64| Away { since: t(at) };
        // (setup inputs at times, time, input under test, expected state, away, effects)
        type Case = (
            Vec<(i64, Input)>,
            i64,
            Input,
            &'static str,
            bool,
            Vec<Effect>,
        );
        let cases: Vec<Case> = vec![
            // Idle starts: nothing shows yet, the interval keeps running.
            (vec![], 100, away(40), "active", true, vec![]),
            // Back after less than a natural break: nothing changes.
            (vec![(100, away(40))], 219, Back, "active", false, vec![]),
            // Back after a natural break (measured from the last input, 40): restart.
            (
                vec![(100, away(40))],
                220,
                Back,
                "active",
                false,
                vec![NaturalBreak { length: s(180) }],
            ),
            // Due while away: held, no notification.
            (vec![(2600, away(2600))], 2700, Tick, "held", true, vec![]),
            // Held, back soon: shown at once.
            (
                vec![(2600, away(2600)), (2700, Tick)],
                2710,
                Back,
                "reminding",
                false,
                vec![Remind],
            ),
            // Held, back after a break: dropped, the interval restarts.
            (
                vec![(2600, away(2600)), (2700, Tick)],
                3000,
                Back,
                "active",
                false,
                vec![NaturalBreak { length: s(400) }],
            ),
            // A snooze ending while away is held too.
            (
                vec![(100, Snooze(s(60))), (120, away(120))],
                160,
                Tick,
                "held",
                true,
                vec![],
            ),
            // A reminder already on screen stays until its timeout.
            (
                vec![(2700, Tick)],
                2710,
                away(2705),
                "reminding",
                true,
                vec![],
            ),
            (
                vec![(2700, Tick), (2710, away(2705))],
                2760,
                Tick,
                "active",
                true,
                vec![WithdrawReminder],
            ),
            // Away during a stretch changes nothing; the stretch's end restarts the interval and
            // the time away before it does not count again.
            (
                vec![(2700, Tick), (2705, StartStretch), (2710, away(2710))],
                2765,
                StretchFinished,
                "active",
                true,
                vec![],
            ),
            (
                vec![
                    (2700, Tick),
                    (2705, StartStretch),
                    (2710, away(2710)),
                    (2765, StretchFinished),
                ],
                2900,
                Back,
                "active",
                false,
                vec![],
            ),
            // Suspend inside idle: the suspend is the break; the return after it is not another.
            (
                vec![
                    (100, away(40)),
                    (
                        1300,
                        ClockJumped {
                            jump: TimeDelta::seconds(1200),
                        },
                    ),
                ],
                1310,
                Back,
                "active",
                false,
                vec![],
            ),
            // A pause until resumed is not ended by time away.
            (
                vec![(10, PauseIndefinitely), (20, away(20))],
                9000,
                Back,
                "paused",
                false,
                vec![],
            ),
        ];
        for (i, (setup, at, input, state, is_away, effects)) in cases.into_iter().enumerate() {
            let mut scheduler = Scheduler::new(TIMINGS, t(0));
            for (when, input) in setup {
                scheduler.handle(t(when), input);
            }
            let got = scheduler.handle(t(at), input);
            assert_eq!(scheduler.state().name(), state, "case {i}: {input:?}");
            assert_eq!(scheduler.away(), is_away, "case {i}: {input:?}");
            assert_eq!(got, effects, "case {i}: {input:?}");
        }
    }

    #[test]
    fn quiet_times_table() {
        use super::Busy::*;
        use Effect::*;
        use Input::*;
        let closed = Hours { open: false };
        let opened = Hours { open: true };
        let busy = |cause| Busy { cause, on: true };
        let over = |cause| Busy { cause, on: false };
        // (setup inputs at times, time, input under test, expected state, effects)
        type Case = (Vec<(i64, Input)>, i64, Input, &'static str, Vec<Effect>);
        let cases: Vec<Case> = vec![
            // Hours close: no reminder fires, however long.
            (vec![(100, closed)], 999_999, Tick, "off_hours", vec![]),
            // Hours open: a fresh interval from the opening.
            (vec![(100, closed)], 5000, opened, "active", vec![]),
            (
                vec![(100, closed), (5000, opened)],
                7699,
                Tick,
                "active",
                vec![],
            ),
            (
                vec![(100, closed), (5000, opened)],
                7700,
                Tick,
                "reminding",
                vec![Remind],
            ),
            // A reminder on screen when the hours close finishes, then off hours.
            (
                vec![(2700, Tick), (2710, closed)],
                2720,
                Tick,
                "reminding",
                vec![],
            ),
            (
                vec![(2700, Tick), (2710, closed)],
                2760,
                Tick,
                "off_hours",
                vec![WithdrawReminder],
            ),
            // A stretch running when they close finishes; its end finds them closed.
            (
                vec![(2700, Tick), (2705, StartStretch), (2710, closed)],
                2765,
                StretchFinished,
                "off_hours",
                vec![],
            ),
            // Start stretch now still works outside hours.
            (vec![(100, closed)], 200, StartStretch, "stretching", vec![]),
            // A snooze or pause ending outside hours stays quiet.
            (
                vec![(100, Snooze(s(60))), (120, closed)],
                200,
                Tick,
                "off_hours",
                vec![],
            ),
            (
                vec![(100, PauseFor(s(60))), (120, closed)],
                200,
                Tick,
                "off_hours",
                vec![],
            ),
            // Busy when due: held with the cause's name, shown when it is over.
            (vec![(2600, busy(Fullscreen))], 2700, Tick, "held", vec![]),
            (
                vec![(2600, busy(Fullscreen)), (2700, Tick)],
                4000,
                over(Fullscreen),
                "reminding",
                vec![Remind],
            ),
            // Two causes: shown only after the last one clears.
            (
                vec![
                    (2600, busy(Camera)),
                    (2650, busy(DoNotDisturb)),
                    (2700, Tick),
                ],
                2800,
                over(Camera),
                "held",
                vec![],
            ),
            (
                vec![
                    (2600, busy(Camera)),
                    (2650, busy(DoNotDisturb)),
                    (2700, Tick),
                    (2800, over(Camera)),
                ],
                2900,
                over(DoNotDisturb),
                "reminding",
                vec![Remind],
            ),
            // Away and busy: back while still busy keeps it held.
            (
                vec![
                    (2600, busy(Camera)),
                    (2650, Away { since: t(2650) }),
                    (2700, Tick),
                ],
                2710,
                Back,
                "held",
                vec![],
            ),
            // Busy while counting down changes nothing; the interval does not reset.
            (
                vec![(100, busy(Camera)), (200, over(Camera))],
                2700,
                Tick,
                "reminding",
                vec![Remind],
            ),
            // Hours closing drop a held reminder.
            (
                vec![(2600, busy(Camera)), (2700, Tick)],
                2800,
                closed,
                "off_hours",
                vec![],
            ),
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
        // The held reason names the cause.
        let mut scheduler = Scheduler::new(TIMINGS, t(0));
        scheduler.handle(
            t(10),
            Input::Busy {
                cause: DoNotDisturb,
                on: true,
            },
        );
        scheduler.handle(t(2700), Input::Tick);
        let State::Held { reason, .. } = scheduler.state() else {
            panic!("not held: {:?}", scheduler.state());
        };
        assert_eq!(reason.name(), "do-not-disturb");
    }

    #[test]
    fn held_reminder_waits_without_a_deadline() {
        let mut scheduler = Scheduler::new(TIMINGS, t(0));
        scheduler.handle(t(10), Input::Away { since: t(10) });
        scheduler.handle(t(2700), Input::Tick);
        assert_eq!(scheduler.next_deadline(), None, "held: no busy wake-ups");
        assert_eq!(scheduler.state().name(), "held");
        // A whole stretch late does not matter while held: still shown on return... unless
        // the time away was a break.
        assert_eq!(
            scheduler.handle(t(3000), Input::Back),
            vec![Effect::NaturalBreak { length: s(2990) }]
        );
        assert_eq!(scheduler.next_reminder(), Some(t(3000 + 2700)));
    }

    #[test]
    fn time_away_restarts_the_interval() {
        let mut scheduler = Scheduler::new(TIMINGS, t(0));
        scheduler.handle(t(900), Input::Away { since: t(700) });
        scheduler.handle(t(1000), Input::Back);
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

    fn elsewhere(in_use: bool, last_used: Option<i64>) -> Elsewhere {
        Elsewhere {
            in_use,
            last_used: last_used.map(t),
        }
    }

    /// Several machines (sync): a break anywhere restarts the interval, an answer anywhere
    /// drops the reminder, a reminder shows only where the person is.
    #[test]
    fn breaks_and_answers_elsewhere_restart_the_interval_here() {
        use Input::*;
        // (inputs before, at their times; the input from elsewhere at 2000; effects; state)
        type Case<'a> = (&'a [(i64, Input)], Input, &'a [Effect], State);
        let at = |secs| BreakElsewhere { at: t(secs) };
        let over = |secs| ReminderOverElsewhere { at: t(secs) };
        let cases: [Case; 16] = [
            // Counting down: a later break restarts from it; an older one changes nothing.
            (&[], at(1500), &[], State::Active { since: t(1500) }),
            (
                &[(1000, Skip)],
                at(900),
                &[],
                State::Active { since: t(1000) },
            ),
            // Stamped ahead of our clock: counts as now.
            (&[], at(2500), &[], State::Active { since: t(2000) }),
            // A reminder on screen is withdrawn by a break after it, or before it by at most a
            // reminder's life (60 s: the same reminder on both machines), not by an older one.
            (
                &[(1900, Snooze(s(60))), (1960, Tick)],
                at(1970),
                &[Effect::WithdrawReminder],
                State::Active { since: t(1970) },
            ),
            (
                &[(1900, Snooze(s(60))), (1960, Tick)],
                at(1900),
                &[Effect::WithdrawReminder],
                State::Active { since: t(1900) },
            ),
            (
                &[(1900, Snooze(s(60))), (1960, Tick)],
                at(1899),
                &[],
                State::Reminding {
                    since: t(1960),
                    expires: t(2020),
                },
            ),
            // Snoozed after a reminder shown at 1960: a break before that reminder is older news;
            // one after it ends the snooze.
            (
                &[(1900, Snooze(s(60))), (1960, Tick), (1970, Snooze(s(600)))],
                at(1950),
                &[],
                State::Snoozed { until: t(2570) },
            ),
            (
                &[(1900, Snooze(s(60))), (1960, Tick), (1970, Snooze(s(600)))],
                at(1965),
                &[],
                State::Active { since: t(1965) },
            ),
            // Snoozed after a reminder: a break after that reminder ends the snooze.
            (
                &[(1900, Snooze(s(600)))],
                at(1950),
                &[],
                State::Active { since: t(1950) },
            ),
            // A pause, a stretch here and closed hours are kept.
            (
                &[(100, PauseIndefinitely)],
                at(1950),
                &[],
                State::Paused { until: None },
            ),
            (
                &[(1990, StartStretch)],
                at(1995),
                &[],
                State::Stretching { since: t(1990) },
            ),
            (
                &[(100, Hours { open: false })],
                at(1950),
                &[],
                State::OffHours,
            ),
            // A reminder ended elsewhere drops the one here (shown or held) and restarts.
            (
                &[(1900, Snooze(s(60))), (1960, Tick)],
                over(1990),
                &[Effect::WithdrawReminder],
                State::Active { since: t(1990) },
            ),
            (
                &[(1900, Snooze(s(60))), (1960, Tick)],
                over(1900),
                &[Effect::WithdrawReminder],
                State::Active { since: t(1900) },
            ),
            (
                &[(1900, Snooze(s(60))), (1960, Tick)],
                over(1899),
                &[],
                State::Reminding {
                    since: t(1960),
                    expires: t(2020),
                },
            ),
            // With no reminder here it changes nothing: the countdown is not a reminder's.
            (&[], over(1990), &[], State::Active { since: t(0) }),
        ];
        for (i, (setup, input, effects, state)) in cases.iter().enumerate() {
            let mut scheduler = Scheduler::new(TIMINGS, t(0));
            for (time, before) in *setup {
                scheduler.handle(t(*time), *before);
            }
            assert_eq!(scheduler.handle(t(2000), *input), *effects, "case {i}");
            assert_eq!(scheduler.state(), *state, "case {i}");
        }
    }

    #[test]
    fn a_reminder_shows_only_on_the_machine_in_use() {
        let mut scheduler = Scheduler::new(TIMINGS, t(0));
        scheduler.set_elsewhere(elsewhere(true, Some(2700)));
        // Due while another machine is in use: held there, ending like an unanswered reminder.
        assert!(scheduler.handle(t(2700), Input::Tick).is_empty());
        let held = State::Held {
            since: t(2700),
            reason: HoldReason::Elsewhere,
        };
        assert_eq!(scheduler.state(), held);
        assert_eq!(scheduler.state().name(), "held");
        assert_eq!(scheduler.next_deadline(), Some(t(2760)));
        // Busy changes do not show it here while the other machine is still in use, and a wake
        // before its end keeps it.
        scheduler.handle(
            t(2710),
            Input::Busy {
                cause: Busy::Camera,
                on: false,
            },
        );
        assert_eq!(scheduler.state(), held);
        assert!(scheduler.handle(t(2759), Input::Tick).is_empty());
        assert_eq!(scheduler.state(), held);
        assert!(scheduler.handle(t(2760), Input::Tick).is_empty());
        assert_eq!(scheduler.state(), State::Active { since: t(2760) });
        // The person comes here while it is held: it shows here.
        let mut scheduler = Scheduler::new(TIMINGS, t(0));
        scheduler.set_elsewhere(elsewhere(true, Some(2700)));
        scheduler.handle(t(2700), Input::Tick);
        scheduler.set_elsewhere(elsewhere(false, Some(2700)));
        assert_eq!(
            scheduler.handle(
                t(2720),
                Input::Busy {
                    cause: Busy::Camera,
                    on: false
                }
            ),
            vec![Effect::Remind]
        );
        // Here in use: shown here as always.
        let mut scheduler = Scheduler::new(TIMINGS, t(0));
        scheduler.set_elsewhere(elsewhere(false, Some(2000)));
        assert_eq!(scheduler.handle(t(2700), Input::Tick), vec![Effect::Remind]);
        // Away here: held for the return as before, whatever the other machine does.
        let mut scheduler = Scheduler::new(TIMINGS, t(0));
        scheduler.set_elsewhere(elsewhere(true, Some(2700)));
        scheduler.handle(t(2000), Input::Away { since: t(2000) });
        scheduler.handle(t(2700), Input::Tick);
        assert_eq!(
            scheduler.state(),
            State::Held {
                since: t(2700),
                reason: HoldReason::Away
            }
        );
    }

    #[test]
    fn time_away_is_a_break_only_if_no_other_machine_was_used() {
        // Away from 1000 to 2000 here; the other machine last used at the given time.
        for (last_used, is_break) in [
            (None, true),
            (Some(900), true),
            (Some(1000), true),
            (Some(1500), false),
            (Some(2000), false),
        ] {
            let mut scheduler = Scheduler::new(TIMINGS, t(0));
            scheduler.handle(t(1060), Input::Away { since: t(1000) });
            scheduler.set_elsewhere(elsewhere(false, last_used));
            let effects = scheduler.handle(t(2000), Input::Back);
            let want: &[Effect] = if is_break {
                &[Effect::NaturalBreak { length: s(1000) }]
            } else {
                &[]
            };
            assert_eq!(effects, want, "{last_used:?}");
            let since = if is_break { t(2000) } else { t(0) };
            assert_eq!(scheduler.state(), State::Active { since }, "{last_used:?}");
        }
        // Suspended from 1000 to 5000 while working elsewhere: no break, the overdue reminder
        // shows on resume; without work elsewhere, a break.
        for (last_used, effects) in [
            (Some(4000), vec![Effect::Remind]),
            (Some(500), vec![Effect::NaturalBreak { length: s(4000) }]),
        ] {
            let mut scheduler = Scheduler::new(TIMINGS, t(0));
            scheduler.set_elsewhere(elsewhere(false, last_used));
            let jumped = Input::ClockJumped {
                jump: TimeDelta::seconds(4000),
            };
            assert_eq!(scheduler.handle(t(5000), jumped), effects, "{last_used:?}");
        }
        // A short suspend while working elsewhere, nothing due: the countdown goes on.
        let mut scheduler = Scheduler::new(TIMINGS, t(0));
        scheduler.set_elsewhere(elsewhere(false, Some(1500)));
        let jumped = Input::ClockJumped {
            jump: TimeDelta::seconds(1000),
        };
        assert!(scheduler.handle(t(2000), jumped).is_empty());
        assert_eq!(scheduler.state(), State::Active { since: t(0) });
    }
}
