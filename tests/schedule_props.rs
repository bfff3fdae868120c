//! Property tests for the scheduler: random event sequences, driven the way the app loop drives
//! it (sleep until `next_deadline()`, tick), over at least 30 simulated days each.
//!
//! Four clocks are simulated: `wall` (what `now` says; jumps with suspend and clock changes),
//! `mono` (awake time: the monotonic clock, which stops during suspend and ignores clock changes),
//! `elapsed` (awake time plus forward jumps of at least a stretch, which `Input::ClockJumped`
//! documents as time away: the scheduler cannot tell a suspend from the clock set ahead) and
//! `real` (time that really passed, suspend included; it measures the 30 days).
//!
//! Invariants checked after every input:
//! 1. no reminder while paused or snoozed, that is until `wall` or `elapsed` reaches the
//!    requested end (setting the clock back afterwards does not revive the pause);
//! 2. consecutive reminders are at least one interval of awake time apart, unless the user asked
//!    for something in between (snooze, pause, resume, start, skip, a config change);
//! 3. once an interval (re)starts (resume, end of a timed pause, skip, finished stretch, an
//!    ignored reminder withdrawn, time away), the reminder follows exactly one interval of awake
//!    time later, give or take the wake-up lateness, unless the user or time away intervenes;
//!    an ended snooze brings the reminder back at once;
//! 4. at most one reminder per wake-up, and a second tick at the same instant does nothing.
//!
//! Also: `next_deadline()` is never in the past after a tick (the app would busy-loop), reminders
//! come only from a tick, a clock jump or a config change, and withdraw/cancel effects only
//! come when there is a reminder/stretch to withdraw/cancel.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use posture_break::core::schedule::{Effect, Input, Scheduler, State, Timings};
use proptest::prelude::*;
use std::time::Duration;

const BASE: i64 = 1_800_000_000;
const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;
/// Ticks the app loop may run within one gap between events; the rest of a long gap with a tiny
/// interval is simulated as a suspend, so that every case stays fast.
const TICK_BUDGET: usize = 150;

fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(BASE + secs, 0)
        .single()
        .expect("in range")
}

fn secs_of(time: DateTime<Utc>) -> i64 {
    time.timestamp() - BASE
}

fn s(secs: u64) -> Duration {
    Duration::from_secs(secs)
}

#[derive(Debug, Clone)]
enum Event {
    /// The app sleeps until the scheduler's deadline and wakes `lateness` seconds after it.
    SleepToDeadline {
        lateness: u64,
    },
    /// Some other wake-up (IPC, tray, file watcher): just a tick.
    WakeUp,
    Snooze(u64),
    PauseFor(u64),
    /// Pause until now + offset (may be in the past).
    PauseUntil(i64),
    PauseIndefinitely,
    Resume,
    StartStretch,
    StretchFinished,
    /// StartStretch, the window runs for `length` seconds, StretchFinished.
    Stretch {
        length: u64,
    },
    Skip,
    /// Suspend (positive; the monotonic clock stops) or the clock being set (either sign).
    ClockJumped {
        jump: i64,
        suspend: bool,
    },
    Away {
        gap: u64,
    },
    Config {
        interval: u64,
        stretch: u64,
        timeout: u64,
    },
}

#[derive(Debug, Clone)]
struct Step {
    /// Seconds the app runs on its own (ticking at its deadlines) before the event.
    gap: u64,
    /// How late the app's timer wakes it during the gap (0..=2 s).
    lateness: u64,
    event: Event,
}

fn timings_strategy() -> impl Strategy<Value = (u64, u64, u64)> {
    let interval = prop_oneof![
        1 => 1u64..=60,
        1 => 60u64..=600,
        6 => 600u64..=7200,
    ];
    (interval, 1u64..=3600).prop_flat_map(|(interval, timeout)| {
        (Just(interval), 1u64..=interval.min(1800), Just(timeout))
    })
}

fn event_strategy() -> impl Strategy<Value = Event> {
    prop_oneof![
        8 => (0u64..=300).prop_map(|lateness| Event::SleepToDeadline { lateness }),
        4 => Just(Event::WakeUp),
        3 => prop_oneof![1u64..=600, 600u64..=7200, Just(7 * DAY as u64)].prop_map(Event::Snooze),
        2 => prop_oneof![3 => 60u64..=4 * 3600, 1 => 1u64..=60, 1 => 4 * 3600u64..=3 * DAY as u64].prop_map(Event::PauseFor),
        2 => (-HOUR..=20 * HOUR).prop_map(Event::PauseUntil),
        1 => Just(Event::PauseIndefinitely),
        3 => Just(Event::Resume),
        2 => Just(Event::StartStretch),
        1 => Just(Event::StretchFinished),
        3 => (1u64..=600).prop_map(|length| Event::Stretch { length }),
        2 => Just(Event::Skip),
        3 => prop_oneof![
            (-5i64..=5).prop_map(|jump| Event::ClockJumped { jump, suspend: false }),
            (1i64..=600).prop_map(|jump| Event::ClockJumped { jump, suspend: false }),
            (-3 * HOUR..=3 * HOUR).prop_map(|jump| Event::ClockJumped { jump, suspend: false }),
            (1i64..=14 * HOUR).prop_map(|jump| Event::ClockJumped { jump, suspend: true }),
        ],
        2 => prop_oneof![0u64..=120, 0u64..=3 * 3600].prop_map(|gap| Event::Away { gap }),
        1 => timings_strategy().prop_map(|(interval, stretch, timeout)| Event::Config { interval, stretch, timeout }),
    ]
}

fn step_strategy() -> impl Strategy<Value = Step> {
    let gap = prop_oneof![
        4 => 0u64..=60,
        4 => 60u64..=2 * 3600,
        2 => 2 * 3600u64..=10 * 3600,
    ];
    (gap, 0u64..=2, event_strategy()).prop_map(|(gap, lateness, event)| Step {
        gap,
        lateness,
        event,
    })
}

/// What the user asked for: no reminder before either clock reaches the end.
#[derive(Debug, Clone, Copy)]
struct Quiet {
    /// `None`: until resumed.
    elapsed_end: Option<i64>,
    wall_end: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Tick,
    User,
    Jump,
    Away,
    Config,
}

struct Sim {
    scheduler: Scheduler,
    wall: i64,
    mono: i64,
    elapsed: i64,
    real: i64,
    /// Awake time of the last reminder.
    last_remind: Option<i64>,
    /// The user did something since the last reminder: spacing does not apply.
    user_asked: bool,
    quiet: Option<Quiet>,
    /// Awake time at which a reminder is owed.
    due: Option<i64>,
    reminders: usize,
    ticks: usize,
    /// Recent inputs, for failure messages.
    trail: Vec<String>,
    /// Length of the last time away.
    last_away: i64,
}

impl Sim {
    fn new(timings: Timings) -> Sim {
        Sim {
            scheduler: Scheduler::new(timings, at(0)),
            wall: 0,
            mono: 0,
            elapsed: 0,
            real: 0,
            last_remind: None,
            user_asked: false,
            quiet: None,
            due: Some(timings.interval.as_secs() as i64),
            reminders: 0,
            ticks: 0,
            trail: Vec::new(),
            last_away: 0,
        }
    }

    fn interval(&self) -> i64 {
        self.scheduler.timings().interval.as_secs() as i64
    }

    fn stretch(&self) -> i64 {
        self.scheduler.timings().stretch.as_secs() as i64
    }

    fn fail(&self, what: &str) -> TestCaseError {
        let start = self.trail.len().saturating_sub(25);
        TestCaseError::fail(format!(
            "{what}\n  at wall {} mono {} elapsed {} real {}, state {:?}, timings {:?}\n  last inputs:\n    {}",
            self.wall,
            self.mono,
            self.elapsed,
            self.real,
            self.scheduler.state(),
            self.scheduler.timings(),
            self.trail[start..].join("\n    ")
        ))
    }

    /// Time passes with the app awake (no event of its own).
    fn pass(&mut self, secs: i64) {
        self.wall += secs;
        self.mono += secs;
        self.elapsed += secs;
        self.real += secs;
        self.end_quiet();
    }

    /// A pause or snooze is over once either clock reaches its end; setting the clock back
    /// afterwards does not bring it back.
    fn end_quiet(&mut self) {
        if let Some(quiet) = self.quiet {
            let elapsed_ended = quiet.elapsed_end.is_some_and(|end| self.elapsed >= end);
            let wall_ended = quiet.wall_end.is_some_and(|end| self.wall >= end);
            if elapsed_ended || wall_ended {
                self.quiet = None;
            }
        }
    }

    /// The app runs for `gap` seconds, waking at each deadline (`lateness` late).
    fn run(&mut self, gap: i64, lateness: i64) -> Result<(), TestCaseError> {
        let mut left = gap;
        let mut ticks = 0;
        while let Some(deadline) = self.scheduler.next_deadline() {
            let wait = (secs_of(deadline) - self.wall).max(0) + lateness;
            if wait > left {
                break;
            }
            if ticks == TICK_BUDGET {
                // Keep long runs with tiny intervals cheap: the machine "sleeps" the rest.
                return self.suspend(left);
            }
            self.pass(wait);
            left -= wait;
            ticks += 1;
            self.input(Kind::Tick, Input::Tick)?;
        }
        self.pass(left);
        self.check_owed()
    }

    fn suspend(&mut self, secs: i64) -> Result<(), TestCaseError> {
        self.wall += secs;
        self.real += secs;
        self.input(
            Kind::Jump,
            Input::ClockJumped {
                jump: TimeDelta::seconds(secs),
            },
        )
    }

    /// Fails if a reminder owed at an interval's end did not come.
    fn check_owed(&self) -> Result<(), TestCaseError> {
        if let Some(due) = self.due {
            // Wake-ups are at most 2 s late in `run`; later ones count as missed (time away).
            if self.mono >= due + self.stretch().max(3) {
                return Err(self.fail(&format!(
                    "no reminder one interval after the interval started: owed at awake time {due}"
                )));
            }
        }
        Ok(())
    }

    fn step(&mut self, step: &Step) -> Result<(), TestCaseError> {
        self.run(step.gap as i64, step.lateness as i64)?;
        match step.event {
            Event::SleepToDeadline { lateness } => match self.scheduler.next_deadline() {
                Some(deadline) if secs_of(deadline) - self.wall <= 2 * DAY => {
                    let wait = (secs_of(deadline) - self.wall).max(0) + lateness as i64;
                    self.pass(wait);
                    self.input(Kind::Tick, Input::Tick)?;
                }
                // Nothing to wait for soon: the user comes back some hours later.
                _ => {
                    self.pass(3 * HOUR);
                    self.input(Kind::Tick, Input::Tick)?;
                }
            },
            Event::WakeUp => self.input(Kind::Tick, Input::Tick)?,
            Event::Snooze(secs) => self.input(Kind::User, Input::Snooze(s(secs)))?,
            Event::PauseFor(secs) => self.input(Kind::User, Input::PauseFor(s(secs)))?,
            Event::PauseUntil(offset) => {
                self.input(Kind::User, Input::PauseUntil(at(self.wall + offset)))?
            }
            Event::PauseIndefinitely => self.input(Kind::User, Input::PauseIndefinitely)?,
            Event::Resume => self.input(Kind::User, Input::Resume)?,
            Event::StartStretch => self.input(Kind::User, Input::StartStretch)?,
            Event::StretchFinished => self.input(Kind::User, Input::StretchFinished)?,
            Event::Stretch { length } => {
                self.input(Kind::User, Input::StartStretch)?;
                self.run(length as i64, step.lateness as i64)?;
                self.input(Kind::User, Input::StretchFinished)?;
            }
            Event::Skip => self.input(Kind::User, Input::Skip)?,
            Event::ClockJumped { jump, suspend } => {
                self.wall += jump;
                if suspend {
                    self.real += jump;
                }
                self.input(
                    Kind::Jump,
                    Input::ClockJumped {
                        jump: TimeDelta::seconds(jump),
                    },
                )?;
            }
            Event::Away { gap } => {
                // Away since `gap` ago, back now (this model predates presence holds).
                self.last_away = gap as i64;
                let since = at(self.wall - gap as i64);
                self.input(Kind::Away, Input::Away { since })?;
                self.input(Kind::Away, Input::Back)?;
            }
            Event::Config {
                interval,
                stretch,
                timeout,
            } => {
                let timings = Timings {
                    interval: s(interval),
                    stretch: s(stretch),
                    reminder_timeout: s(timeout),
                    natural_break: s(stretch),
                };
                self.config(timings)?;
            }
        }
        self.check_owed()
    }

    fn config(&mut self, timings: Timings) -> Result<(), TestCaseError> {
        self.note(format!("{} set_timings({timings:?})", self.wall));
        let before = self.scheduler.state();
        self.user_asked = true;
        self.due = None;
        let effects = self.scheduler.set_timings(timings, at(self.wall));
        self.after(Kind::Config, Input::Tick, before, effects)
    }

    fn note(&mut self, text: String) {
        if self.trail.len() >= 200 {
            self.trail.drain(..100);
        }
        self.trail.push(text);
    }

    fn input(&mut self, kind: Kind, input: Input) -> Result<(), TestCaseError> {
        self.note(format!("{} {input:?}", self.wall));
        let before = self.scheduler.state();
        let deadline = self.scheduler.next_deadline().map(secs_of);
        let interval = self.interval();
        let stretch = self.stretch();
        if let Input::ClockJumped { jump } = input {
            if jump.num_seconds() >= stretch {
                self.elapsed += jump.num_seconds();
            }
        }
        self.end_quiet();

        // What the user asked for, before the scheduler acts on it.
        if kind == Kind::User {
            self.user_asked = true;
            match input {
                Input::Snooze(d) | Input::PauseFor(d) => {
                    let d = d.as_secs() as i64;
                    self.quiet = Some(Quiet {
                        elapsed_end: Some(self.elapsed + d),
                        wall_end: Some(self.wall + d),
                    });
                    self.due = None;
                }
                Input::PauseUntil(until) => {
                    let left = (secs_of(until) - self.wall).max(0);
                    self.quiet = Some(Quiet {
                        elapsed_end: Some(self.elapsed + left),
                        wall_end: Some(self.wall + left),
                    });
                    self.due = None;
                }
                Input::PauseIndefinitely => {
                    self.quiet = Some(Quiet {
                        elapsed_end: None,
                        wall_end: None,
                    });
                    self.due = None;
                }
                Input::Resume | Input::StartStretch | Input::Skip => self.quiet = None,
                _ => {}
            }
        }
        // Time away at least a stretch long is a break: the interval starts over.
        let away = match input {
            Input::Back => self.last_away >= stretch,
            Input::ClockJumped { jump } => jump.num_seconds() >= stretch,
            _ => false,
        };
        if away && self.due.is_some() {
            self.due = Some(self.mono + interval);
        }
        // A wake-up a whole stretch after the deadline is a missed wake-up: also a break. A
        // wake-up at the deadline, or less than a stretch after it, must remind.
        let mut must_remind = false;
        if let (Input::Tick, State::Active { .. }, Some(deadline)) = (input, before, deadline) {
            if self.wall - deadline >= stretch {
                self.due = Some(self.mono + interval);
            } else {
                must_remind = self.wall >= deadline;
            }
        }

        let effects = self.scheduler.handle(at(self.wall), input);
        if kind == Kind::Tick {
            self.ticks += 1;
        }
        if must_remind && !effects.contains(&Effect::Remind) {
            return Err(self.fail(&format!(
                "woke {} s after the deadline without a reminder",
                self.wall - deadline.unwrap_or(0)
            )));
        }
        self.after(kind, input, before, effects)?;

        // Where an interval (re)starts, a reminder is owed one interval later.
        let restarted = match input {
            Input::Resume => matches!(before, State::Paused { .. } | State::Snoozed { .. }),
            Input::Skip => true,
            Input::StretchFinished => matches!(before, State::Stretching { .. }),
            Input::Tick => match before {
                State::Paused { until: Some(until) } => secs_of(until) <= self.wall,
                State::Reminding { expires, .. } => secs_of(expires) <= self.wall,
                _ => false,
            },
            _ => false,
        };
        if restarted {
            self.due = Some(self.mono + interval);
        }
        if kind == Kind::User && matches!(input, Input::StartStretch) {
            self.due = None;
        }
        Ok(())
    }

    fn after(
        &mut self,
        kind: Kind,
        input: Input,
        before: State,
        effects: Vec<Effect>,
    ) -> Result<(), TestCaseError> {
        let now = at(self.wall);
        let reminds = effects.iter().filter(|e| **e == Effect::Remind).count();
        if reminds > 1 {
            return Err(self.fail(&format!("{reminds} reminders from one input: {effects:?}")));
        }
        for effect in &effects {
            match effect {
                Effect::WithdrawReminder if !matches!(before, State::Reminding { .. }) => {
                    return Err(
                        self.fail(&format!("withdraw without a reminder showing: {effects:?}"))
                    );
                }
                Effect::CancelStretch if !matches!(before, State::Stretching { .. }) => {
                    return Err(
                        self.fail(&format!("cancel without a stretch running: {effects:?}"))
                    );
                }
                _ => {}
            }
        }
        // An ended snooze brings the reminder back at once.
        if let (Kind::Tick, State::Snoozed { until }) = (kind, before) {
            if secs_of(until) <= self.wall && reminds == 0 {
                return Err(self.fail("snooze ended on a tick without a reminder"));
            }
        }
        if reminds == 1 {
            if kind == Kind::User || kind == Kind::Away {
                return Err(self.fail(&format!(
                    "reminder from {input:?}; only ticks, clock jumps and config changes remind"
                )));
            }
            if matches!(before, State::Stretching { .. } | State::Reminding { .. }) {
                return Err(self.fail(&format!("reminder while {}", before.name())));
            }
            if let Some(quiet) = self.quiet {
                let elapsed_quiet = quiet.elapsed_end.is_none_or(|end| self.elapsed < end);
                let wall_quiet = quiet.wall_end.is_none_or(|end| self.wall < end);
                if elapsed_quiet && wall_quiet {
                    return Err(self.fail(&format!("reminder while paused or snoozed ({quiet:?})")));
                }
            }
            if let (Some(last), false) = (self.last_remind, self.user_asked) {
                if self.mono - last < self.interval() {
                    return Err(self.fail(&format!(
                        "reminders {} s of awake time apart, interval {} s, and the user asked for nothing",
                        self.mono - last,
                        self.interval()
                    )));
                }
            }
            if let Some(due) = self.due {
                if self.mono < due {
                    return Err(self.fail(&format!(
                        "reminder {} s before the interval ended",
                        due - self.mono
                    )));
                }
            }
            if !matches!(self.scheduler.state(), State::Reminding { .. }) {
                return Err(self.fail("reminded but the state is not `reminding`"));
            }
            self.last_remind = Some(self.mono);
            self.user_asked = false;
            self.due = None;
            self.reminders += 1;
        }
        if matches!(kind, Kind::Tick | Kind::Jump | Kind::Config) {
            if let Some(deadline) = self.scheduler.next_deadline() {
                if deadline <= now {
                    return Err(self.fail(&format!(
                        "next deadline {deadline} is not after now {now}: busy loop"
                    )));
                }
            }
            let mut again = self.scheduler.clone();
            let state = again.state();
            let second = again.handle(now, Input::Tick);
            if !second.is_empty() || again.state() != state {
                return Err(self.fail(&format!(
                    "a second tick at the same instant did something: {second:?}"
                )));
            }
        }
        Ok(())
    }
}

fn simulate(timings: (u64, u64, u64), steps: &[Step]) -> Result<Sim, TestCaseError> {
    let (interval, stretch, timeout) = timings;
    let mut sim = Sim::new(Timings {
        interval: s(interval),
        stretch: s(stretch),
        reminder_timeout: s(timeout),
        natural_break: s(stretch),
    });
    let mut pass = 0;
    while sim.real < 30 * DAY {
        for step in steps {
            sim.step(step)?;
        }
        // Between passes over the steps: a night with the lid closed.
        sim.suspend(10 * HOUR)?;
        pass += 1;
        prop_assert!(pass < 1000, "no progress");
    }
    Ok(sim)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, max_shrink_iters: 1024, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn scheduler_invariants_hold_over_a_month(
        timings in timings_strategy(),
        steps in proptest::collection::vec(step_strategy(), 1..160),
    ) {
        let sim = simulate(timings, &steps)?;
        prop_assert!(sim.real >= 30 * DAY);
    }
}

/// The default schedule with nothing else happening: one reminder per 46 minutes, for 30 days.
#[test]
fn undisturbed_month_reminds_on_schedule() {
    let steps = vec![Step {
        gap: 20 * HOUR as u64,
        lateness: 0,
        event: Event::WakeUp,
    }];
    let sim = simulate((2700, 60, 60), &steps).expect("invariants");
    assert!(sim.real >= 30 * DAY);
    // 20 h awake per pass of 30 h: 1200 min / 46 min ≈ 26 reminders a day.
    let days = sim.real / (30 * HOUR);
    assert!(
        sim.reminders as i64 >= days * 25,
        "{} reminders in {} passes",
        sim.reminders,
        days
    );
}

/// Inputs from the outside (IPC, a broken clock) must not overflow the date arithmetic.
#[test]
fn extreme_durations_do_not_panic() {
    let timings = Timings {
        interval: s(2700),
        stretch: s(60),
        reminder_timeout: s(60),
        natural_break: s(60),
    };
    let huge = [
        Duration::MAX,
        s(u64::MAX / 2),
        s(i64::MAX as u64),
        s(400 * 365 * 24 * 3600),
    ];
    for duration in huge {
        for input in [
            Input::Snooze(duration),
            Input::PauseFor(duration),
            Input::Away {
                since: DateTime::<Utc>::MIN_UTC,
            },
        ] {
            let mut scheduler = Scheduler::new(timings, at(0));
            scheduler.handle(at(10), input);
            let _ = scheduler.next_deadline();
            let _ = scheduler.next_reminder();
            scheduler.handle(at(20), Input::Tick);
            scheduler.handle(
                at(30),
                Input::ClockJumped {
                    jump: TimeDelta::seconds(-3600),
                },
            );
            scheduler.handle(at(40), Input::Resume);
            assert!(scheduler.next_deadline().is_some());
        }
        let mut scheduler = Scheduler::new(timings, at(0));
        let big = Timings {
            interval: duration,
            stretch: duration,
            reminder_timeout: duration,
            natural_break: duration,
        };
        scheduler.set_timings(big, at(10));
        let _ = scheduler.next_reminder();
        scheduler.handle(at(20), Input::Tick);
    }
    let mut scheduler = Scheduler::new(timings, at(0));
    scheduler.handle(at(10), Input::PauseUntil(DateTime::<Utc>::MAX_UTC));
    let _ = scheduler.next_reminder();
    scheduler.handle(at(20), Input::Tick);
}
