//! Model-based property test for the scheduler.
//!
//! `Model` is a reference implementation of the README's rules, written against its own clocks
//! and never reading the scheduler's deadlines. Random event sequences drive the model and the
//! real `Scheduler` side by side, the way the app loop drives it (sleep until `next_deadline()`,
//! tick), for at least 30 simulated days per case. Every check runs after every input: nothing
//! is switched off by user actions, config changes or time away.
//!
//! Clocks (seconds since the start):
//! - `wall`: what `now` says; moves with suspend and with the clock being set;
//! - `mono`: awake time (the monotonic clock); intervals and the reminder timeout count it;
//! - `elapsed`: awake time plus clock jumps of at least a stretch (a suspend or the clock set far
//!   ahead, which the scheduler cannot tell apart; both are time away); snooze ends count it. A
//!   smaller step or the clock set back is a correction and keeps the time remaining;
//! - `real`: time that really passed, suspend included; it measures the month.
//!
//! Pause ends are wall times ("paused until 08:00"); `PauseFor(d)` becomes one as well, so the
//! clock set back lengthens a pause. The README leaves that open; the model follows the scheduler.
//!
//! Invariants, checked in this order after every input. The user-level ones come first, so that
//! a failure names what a user would notice; as they state the README's promises directly rather
//! than the model's transitions, they also check the model:
//! 1. quiet: no reminder while the model is paused or snoozed;
//! 2. no burst: within one interval of awake time after a wake-up (app start, a clock jump or
//!    away gap of at least a stretch, a missed wake-up), the only reminder is a snooze coming
//!    back, and at most one snooze set before the wake-up comes back in that window;
//! 3. spacing: reminders are at least one interval of awake time apart, except a snooze coming
//!    back, which the model says is due exactly when the snooze ends;
//! 4. due: a reminder comes on exactly the inputs where the model says one is due (a whole
//!    interval of awake time since the interval started and less than a stretch late, or a snooze
//!    ended), so a missing or early reminder fails; a late one fails through 7;
//! 5. withdraw/cancel exactly when a showing reminder/running stretch ends, never otherwise, and
//!    the effects equal the model's;
//! 6. the state name equals the model's;
//! 7. `next_deadline()` and `next_reminder()` equal the model's: the app wakes exactly when the
//!    model says the next thing is due, and after a tick, a clock jump or a config change the
//!    deadline is in the future (else the app would busy-loop);
//! 8. a second tick at the same instant does nothing.
//!
//! `tests/mutants/schedule.sh` checks that this test catches a list of bugs injected into the
//! scheduler.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use posture_break::core::schedule::{Effect, Input, Scheduler, Timings};
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

// ---- the reference model ----

/// The timings, in whole seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rules {
    interval: i64,
    stretch: i64,
    timeout: i64,
}

impl Rules {
    fn timings(self) -> Timings {
        Timings {
            interval: s(self.interval as u64),
            stretch: s(self.stretch as u64),
            reminder_timeout: s(self.timeout as u64),
            // These rules predate presence: the break threshold for time away is the stretch.
            natural_break: s(self.stretch as u64),
        }
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Clocks {
    wall: i64,
    mono: i64,
    elapsed: i64,
    real: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The next reminder is due once `interval` of awake time has passed since `start` (mono).
    Active { start: i64 },
    /// A reminder has shown since `shown` (mono); ignored, it goes away `timeout` later.
    Reminding { shown: i64 },
    /// The stretch window is open; it reports when it ends.
    Stretching,
    /// The reminder comes back once `elapsed` reaches `end`.
    Snoozed { end: i64 },
    /// No reminders until `wall` reaches `end`, or until resumed when `None`.
    Paused { end: Option<i64> },
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Active { .. } => "active",
            Mode::Reminding { .. } => "reminding",
            Mode::Stretching => "stretching",
            Mode::Snoozed { .. } => "snoozed",
            Mode::Paused { .. } => "paused",
        }
    }
}

#[derive(Debug, Clone)]
struct Model {
    rules: Rules,
    mode: Mode,
}

/// What the model expects from one input.
#[derive(Debug, Default)]
struct Expected {
    effects: Vec<Effect>,
    /// Time away (a gap of at least a stretch, or a missed wake-up) was taken as a break.
    took_break: bool,
}

impl Model {
    fn new(rules: Rules) -> Model {
        Model {
            rules,
            mode: Mode::Active { start: 0 },
        }
    }

    /// A clock jump or away gap this long is time away, that is a break.
    fn is_break(&self, secs: i64) -> bool {
        secs >= self.rules.stretch
    }

    fn restart(&mut self, c: &Clocks) {
        self.mode = Mode::Active { start: c.mono };
    }

    fn remind(&mut self, c: &Clocks, e: &mut Expected) {
        e.effects.push(Effect::Remind);
        self.mode = Mode::Reminding { shown: c.mono };
    }

    /// A user action ends whatever is on screen.
    fn close(&mut self, e: &mut Expected) {
        match self.mode {
            Mode::Reminding { .. } => e.effects.push(Effect::WithdrawReminder),
            Mode::Stretching => e.effects.push(Effect::CancelStretch),
            _ => {}
        }
    }

    fn snooze_ended(&self, c: &Clocks) -> bool {
        matches!(self.mode, Mode::Snoozed { end } if c.elapsed >= end)
    }

    fn pause_ended(&self, c: &Clocks) -> bool {
        matches!(self.mode, Mode::Paused { end: Some(end) } if c.wall >= end)
    }

    /// Paused or snoozed, and the end not reached.
    fn quiet(&self, c: &Clocks) -> bool {
        match self.mode {
            Mode::Paused { .. } => !self.pause_ended(c),
            Mode::Snoozed { .. } => !self.snooze_ended(c),
            _ => false,
        }
    }

    fn tick(&mut self, c: &Clocks, e: &mut Expected) {
        match self.mode {
            Mode::Active { start } => {
                let due = start + self.rules.interval;
                if c.mono >= due {
                    if self.is_break(c.mono - due) {
                        // Woke a whole stretch after the deadline: that was time away.
                        e.took_break = true;
                        self.restart(c);
                    } else {
                        self.remind(c, e);
                    }
                }
            }
            Mode::Reminding { shown } if c.mono >= shown + self.rules.timeout => {
                // Ignored: it goes away and the next interval starts now; nothing piles up.
                e.effects.push(Effect::WithdrawReminder);
                self.restart(c);
            }
            Mode::Snoozed { .. } if self.snooze_ended(c) => self.remind(c, e),
            Mode::Paused { .. } if self.pause_ended(c) => self.restart(c),
            _ => {}
        }
    }

    /// Time away is a break: the interval restarts; a pause or snooze ends only if its end passed.
    fn away(&mut self, c: &Clocks, e: &mut Expected) {
        e.took_break = true;
        match self.mode {
            Mode::Active { .. } => self.restart(c),
            Mode::Reminding { .. } => {
                e.effects.push(Effect::WithdrawReminder);
                self.restart(c);
            }
            Mode::Snoozed { .. } if self.snooze_ended(c) => self.restart(c),
            Mode::Paused { .. } if self.pause_ended(c) => self.restart(c),
            _ => {}
        }
    }

    /// `c` already includes the input's effect on the clocks (see `Sim::jump`).
    fn input(&mut self, c: &Clocks, input: Input) -> Expected {
        let mut e = Expected::default();
        match input {
            Input::Tick => self.tick(c, &mut e),
            Input::Snooze(d) => {
                self.close(&mut e);
                self.mode = Mode::Snoozed {
                    end: c.elapsed + d.as_secs() as i64,
                };
            }
            Input::PauseFor(d) => {
                self.close(&mut e);
                self.mode = Mode::Paused {
                    end: Some(c.wall + d.as_secs() as i64),
                };
            }
            Input::PauseUntil(until) => {
                self.close(&mut e);
                self.mode = Mode::Paused {
                    end: Some(secs_of(until).max(c.wall)),
                };
            }
            Input::PauseIndefinitely => {
                self.close(&mut e);
                self.mode = Mode::Paused { end: None };
            }
            Input::Resume => {
                if matches!(self.mode, Mode::Paused { .. } | Mode::Snoozed { .. }) {
                    self.restart(c);
                }
            }
            Input::StartStretch => {
                if let Mode::Reminding { .. } = self.mode {
                    e.effects.push(Effect::WithdrawReminder);
                }
                self.mode = Mode::Stretching;
            }
            Input::StretchFinished if self.mode == Mode::Stretching => self.restart(c),
            Input::Skip => {
                self.close(&mut e);
                self.restart(c);
            }
            Input::ClockJumped { jump } => {
                if self.is_break(jump.num_seconds()) {
                    self.away(c, &mut e);
                } else {
                    // A correction: mono and elapsed did not move, so the time remaining is kept.
                    self.tick(c, &mut e);
                }
            }
            // Presence inputs come through `away_gap` (an away gap is Away + Back here).
            _ => {}
        }
        e
    }

    /// The user was away for `gap`, ending now.
    fn away_gap(&mut self, c: &Clocks, gap: i64) -> Expected {
        let mut e = Expected::default();
        if self.is_break(gap) {
            self.away(c, &mut e);
        }
        e
    }

    /// A new config keeps the running interval's start and the showing reminder's start.
    fn config(&mut self, c: &Clocks, rules: Rules) -> Expected {
        self.rules = rules;
        let mut e = Expected::default();
        self.tick(c, &mut e);
        e
    }

    /// When the app must wake next (wall), if anything is scheduled.
    fn deadline(&self, c: &Clocks) -> Option<i64> {
        match self.mode {
            Mode::Active { start } => Some(c.wall + start + self.rules.interval - c.mono),
            Mode::Reminding { shown } => Some(c.wall + shown + self.rules.timeout - c.mono),
            Mode::Snoozed { end } => Some(c.wall + end - c.elapsed),
            Mode::Paused { end } => end,
            Mode::Stretching => None,
        }
    }

    /// When the next reminder shows (wall), as the tray's status line says.
    fn next_reminder(&self, c: &Clocks) -> Option<i64> {
        match self.mode {
            Mode::Active { .. } | Mode::Snoozed { .. } => self.deadline(c),
            Mode::Paused { end } => end.map(|end| end + self.rules.interval),
            Mode::Reminding { .. } | Mode::Stretching => None,
        }
    }
}

// ---- the events ----

/// A length in seconds, or relative to the current stretch (to hit the `>=` edges).
#[derive(Debug, Clone, Copy)]
enum Length {
    Secs(i64),
    StretchPlus(i64),
}

#[derive(Debug, Clone, Copy)]
enum Jump {
    Secs(i64),
    StretchPlus(i64),
    /// Onto the next deadline, plus this.
    ToDeadlinePlus(i64),
}

#[derive(Debug, Clone)]
enum Event {
    /// The app sleeps until the scheduler's deadline and wakes `late` after it (before it if
    /// negative: another wake-up).
    SleepToDeadline {
        late: Length,
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
    /// A suspend (positive; awake time stops) or the clock being set (either sign).
    ClockJumped {
        jump: Jump,
        suspend: bool,
    },
    /// The screen was locked for `gap`; the app ran meanwhile if `awake`, else the gap was (also)
    /// a suspend that was reported as a clock jump or not at all.
    Away {
        gap: Length,
        awake: bool,
    },
    Config(Rules),
    /// A config whose interval makes the running one `stretch + delta` late.
    ConfigLate {
        stretch: i64,
        delta: i64,
        timeout: i64,
    },
}

/// Something at the edge of the next deadline, right after a step's event: most edges are
/// reachable only from the state that event left (a snooze's end, a pause's end).
#[derive(Debug, Clone, Copy)]
enum Probe {
    /// Another wake-up (IPC, the tray) this many seconds before the deadline.
    WakeBefore(i64),
    /// A suspend that ends at the deadline plus this.
    SuspendOnto(i64),
    /// The screen is locked (the app runs, its timer a second late) until the deadline plus this.
    AwayUntil(i64),
}

#[derive(Debug, Clone)]
struct Step {
    /// Seconds the app runs on its own (ticking at its deadlines) before the event.
    gap: u64,
    /// How late the app's timer wakes it during the gap (0..=2 s).
    lateness: u64,
    event: Event,
    probe: Option<Probe>,
}

fn rules_strategy() -> impl Strategy<Value = Rules> {
    let interval = prop_oneof![
        1 => 1i64..=60,
        1 => 60i64..=600,
        6 => 600i64..=7200,
    ];
    (interval, 1i64..=3600).prop_flat_map(|(interval, timeout)| {
        (1i64..=interval.min(1800)).prop_map(move |stretch| Rules {
            interval,
            stretch,
            timeout,
        })
    })
}

fn length_strategy(max: i64) -> impl Strategy<Value = Length> {
    prop_oneof![
        2 => (0..=max).prop_map(Length::Secs),
        1 => (-1i64..=1).prop_map(Length::StretchPlus),
    ]
}

fn event_strategy() -> impl Strategy<Value = Event> {
    let late = prop_oneof![
        3 => (0i64..=2).prop_map(Length::Secs),
        2 => length_strategy(300),
        // Woken by something else (IPC, the tray) just before the deadline.
        2 => (-2i64..=-1).prop_map(Length::Secs),
    ];
    let jump = prop_oneof![
        1 => (-5i64..=5).prop_map(Jump::Secs),
        1 => (1i64..=600).prop_map(Jump::Secs),
        1 => (-3 * HOUR..=3 * HOUR).prop_map(Jump::Secs),
        1 => (1i64..=14 * HOUR).prop_map(Jump::Secs),
        1 => (-1i64..=1).prop_map(Jump::StretchPlus),
        2 => (-1i64..=1).prop_map(Jump::ToDeadlinePlus),
    ];
    prop_oneof![
        8 => late.prop_map(|late| Event::SleepToDeadline { late }),
        3 => Just(Event::WakeUp),
        3 => prop_oneof![1u64..=600, 600u64..=7200, Just(7 * DAY as u64)].prop_map(Event::Snooze),
        2 => prop_oneof![3 => 60u64..=4 * 3600, 1 => 1u64..=60, 1 => 4 * 3600u64..=3 * DAY as u64].prop_map(Event::PauseFor),
        2 => (-HOUR..=20 * HOUR).prop_map(Event::PauseUntil),
        1 => Just(Event::PauseIndefinitely),
        2 => Just(Event::Resume),
        2 => Just(Event::StartStretch),
        1 => Just(Event::StretchFinished),
        3 => (1u64..=600).prop_map(|length| Event::Stretch { length }),
        2 => Just(Event::Skip),
        4 => (jump, any::<bool>()).prop_map(|(jump, suspend)| Event::ClockJumped { jump, suspend }),
        3 => (prop_oneof![length_strategy(120), length_strategy(3 * HOUR)], any::<bool>())
            .prop_map(|(gap, awake)| Event::Away { gap, awake }),
        1 => rules_strategy().prop_map(Event::Config),
        1 => (1i64..=600, -1i64..=1, 1i64..=600)
            .prop_map(|(stretch, delta, timeout)| Event::ConfigLate { stretch, delta, timeout }),
    ]
}

fn step_strategy() -> impl Strategy<Value = Step> {
    let gap = prop_oneof![
        2 => Just(0u64),
        4 => 0u64..=60,
        4 => 60u64..=2 * 3600,
        2 => 2 * 3600u64..=10 * 3600,
    ];
    let probe = prop_oneof![
        (1i64..=2).prop_map(Probe::WakeBefore),
        (-1i64..=1).prop_map(Probe::SuspendOnto),
        (-1i64..=1).prop_map(Probe::AwayUntil),
    ];
    (
        gap,
        0u64..=2,
        event_strategy(),
        proptest::option::weighted(0.4, probe),
    )
        .prop_map(|(gap, lateness, event, probe)| Step {
            gap,
            lateness,
            event,
            probe,
        })
}

// ---- the simulation ----

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Tick,
    Jump,
    Config,
    Other,
}

// Read through `Debug` only, in failure messages.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy)]
enum Record {
    Input(Input),
    Config(Rules),
}

/// The latest wake-up: the app started, time away, or a missed wake-up.
#[derive(Debug, Clone, Copy)]
struct Wake {
    mono: i64,
    /// Input number of the wake-up.
    seq: u64,
    /// Snoozes set before the wake-up that came back within the interval after it.
    returns: u32,
}

struct Sim {
    scheduler: Scheduler,
    model: Model,
    clocks: Clocks,
    /// Awake time of each reminder.
    reminders: Vec<i64>,
    wake: Wake,
    /// Input number, and that of the latest snooze.
    seq: u64,
    snoozed_seq: u64,
    /// Recent inputs (wall time, input), for failure messages.
    trail: Vec<(i64, Record)>,
}

impl Sim {
    fn new(rules: Rules) -> Sim {
        Sim {
            scheduler: Scheduler::new(rules.timings(), at(0)),
            model: Model::new(rules),
            clocks: Clocks::default(),
            reminders: Vec::new(),
            wake: Wake {
                mono: 0,
                seq: 0,
                returns: 0,
            },
            seq: 0,
            snoozed_seq: 0,
            trail: Vec::new(),
        }
    }

    fn fail(&self, what: &str) -> TestCaseError {
        let c = self.clocks;
        let start = self.trail.len().saturating_sub(25);
        let trail: Vec<String> = self.trail[start..]
            .iter()
            .map(|(wall, record)| format!("{wall} {record:?}"))
            .collect();
        TestCaseError::fail(format!(
            "{what}\n  at wall {} mono {} elapsed {} real {}\n  scheduler {:?}\n  model {:?} {:?}\n  last inputs (wall, input):\n    {}",
            c.wall,
            c.mono,
            c.elapsed,
            c.real,
            self.scheduler.state(),
            self.model.mode,
            self.model.rules,
            trail.join("\n    ")
        ))
    }

    fn note(&mut self, record: Record) {
        if self.trail.len() >= 200 {
            self.trail.drain(..100);
        }
        self.trail.push((self.clocks.wall, record));
        self.seq += 1;
    }

    /// Time passes with the app awake.
    fn pass(&mut self, secs: i64) {
        let c = &mut self.clocks;
        c.wall += secs;
        c.mono += secs;
        c.elapsed += secs;
        c.real += secs;
    }

    /// The wall clock moves by `jump` without awake time: a suspend, or the clock being set.
    fn jump(&mut self, jump: i64, suspend: bool) -> Result<(), TestCaseError> {
        self.clocks.wall += jump;
        if suspend {
            self.clocks.real += jump;
        }
        if self.model.is_break(jump) {
            self.clocks.elapsed += jump;
        }
        self.input(Input::ClockJumped {
            jump: TimeDelta::seconds(jump),
        })
    }

    fn length(&self, length: Length) -> i64 {
        match length {
            Length::Secs(secs) => secs,
            Length::StretchPlus(delta) => (self.model.rules.stretch + delta).max(0),
        }
    }

    /// The app runs for `gap` seconds, waking at each deadline (`lateness` late).
    fn run(&mut self, gap: i64, lateness: i64) -> Result<(), TestCaseError> {
        let mut left = gap;
        let mut ticks = 0;
        while let Some(deadline) = self.scheduler.next_deadline() {
            let wait = (secs_of(deadline) - self.clocks.wall).max(0) + lateness;
            if wait > left {
                break;
            }
            if ticks == TICK_BUDGET {
                // Keep long runs with tiny intervals cheap: the machine "sleeps" the rest.
                return self.jump(left, true);
            }
            self.pass(wait);
            left -= wait;
            ticks += 1;
            self.input(Input::Tick)?;
        }
        self.pass(left);
        Ok(())
    }

    /// Seconds until the scheduler's next deadline, if within two days.
    fn until_deadline(&self) -> Option<i64> {
        let wait = secs_of(self.scheduler.next_deadline()?) - self.clocks.wall;
        (wait <= 2 * DAY).then_some(wait)
    }

    fn step(&mut self, step: &Step) -> Result<(), TestCaseError> {
        self.run(step.gap as i64, step.lateness as i64)?;
        self.event(step)?;
        let (Some(probe), Some(wait)) = (step.probe, self.until_deadline()) else {
            return Ok(());
        };
        match probe {
            Probe::WakeBefore(secs) if wait >= secs => {
                self.pass(wait - secs);
                self.input(Input::Tick)
            }
            Probe::SuspendOnto(delta) if wait + delta > 0 => self.jump(wait + delta, true),
            Probe::AwayUntil(delta) if wait + delta >= 0 => {
                self.run(wait + delta, 1)?;
                self.away_for(wait + delta)
            }
            _ => Ok(()),
        }
    }

    fn event(&mut self, step: &Step) -> Result<(), TestCaseError> {
        match step.event {
            Event::SleepToDeadline { late } => {
                // Nothing to wait for soon: the user comes back some hours later.
                let wait = match self.until_deadline() {
                    Some(wait) => (wait.max(0) + self.length(late)).max(0),
                    None => 3 * HOUR,
                };
                self.pass(wait);
                self.input(Input::Tick)
            }
            Event::WakeUp => self.input(Input::Tick),
            Event::Snooze(secs) => self.input(Input::Snooze(s(secs))),
            Event::PauseFor(secs) => self.input(Input::PauseFor(s(secs))),
            Event::PauseUntil(offset) => {
                self.input(Input::PauseUntil(at(self.clocks.wall + offset)))
            }
            Event::PauseIndefinitely => self.input(Input::PauseIndefinitely),
            Event::Resume => self.input(Input::Resume),
            Event::StartStretch => self.input(Input::StartStretch),
            Event::StretchFinished => self.input(Input::StretchFinished),
            Event::Stretch { length } => {
                self.input(Input::StartStretch)?;
                self.run(length as i64, step.lateness as i64)?;
                self.input(Input::StretchFinished)
            }
            Event::Skip => self.input(Input::Skip),
            Event::ClockJumped { jump, suspend } => {
                let jump = match jump {
                    Jump::Secs(secs) => secs,
                    Jump::StretchPlus(delta) => self.model.rules.stretch + delta,
                    Jump::ToDeadlinePlus(delta) => match self.until_deadline() {
                        Some(wait) => wait + delta,
                        None => return self.input(Input::Tick),
                    },
                };
                // Only forward jumps can be a suspend.
                self.jump(jump, suspend && jump > 0)
            }
            Event::Away { gap, awake } => {
                let gap = self.length(gap);
                if awake {
                    self.run(gap, step.lateness as i64)?;
                }
                self.away_for(gap)
            }
            Event::Config(rules) => self.config(rules),
            Event::ConfigLate {
                stretch,
                delta,
                timeout,
            } => {
                let interval = match self.model.mode {
                    Mode::Active { start } => (self.clocks.mono - start - stretch - delta).max(1),
                    _ => self.model.rules.interval,
                };
                self.config(Rules {
                    interval,
                    stretch,
                    timeout,
                })
            }
        }
    }

    fn config(&mut self, rules: Rules) -> Result<(), TestCaseError> {
        self.note(Record::Config(rules));
        let before = self.model.mode;
        let expected = self.model.config(&self.clocks, rules);
        let effects = self
            .scheduler
            .set_timings(rules.timings(), at(self.clocks.wall));
        self.check(Kind::Config, before, expected, effects)
    }

    fn input(&mut self, input: Input) -> Result<(), TestCaseError> {
        self.note(Record::Input(input));
        if let Input::Snooze(_) = input {
            self.snoozed_seq = self.seq;
        }
        let kind = match input {
            Input::Tick => Kind::Tick,
            Input::ClockJumped { .. } => Kind::Jump,
            _ => Kind::Other,
        };
        let before = self.model.mode;
        let expected = self.model.input(&self.clocks, input);
        let effects = self.scheduler.handle(at(self.clocks.wall), input);
        self.check(kind, before, expected, schedule_effects(effects))
    }

    /// Away since `gap` ago, back now: the scheduler hears Away then Back; the model one gap.
    fn away_for(&mut self, gap: i64) -> Result<(), TestCaseError> {
        let since = at(self.clocks.wall - gap);
        self.note(Record::Input(Input::Away { since }));
        let before = self.model.mode;
        let expected = self.model.away_gap(&self.clocks, gap);
        let mut effects = self
            .scheduler
            .handle(at(self.clocks.wall), Input::Away { since });
        effects.extend(self.scheduler.handle(at(self.clocks.wall), Input::Back));
        self.check(Kind::Other, before, expected, schedule_effects(effects))
    }

    fn check(
        &mut self,
        kind: Kind,
        before: Mode,
        expected: Expected,
        effects: Vec<Effect>,
    ) -> Result<(), TestCaseError> {
        let c = self.clocks;
        let interval = self.model.rules.interval;
        let count =
            |effect: Effect, effects: &[Effect]| effects.iter().filter(|e| **e == effect).count();
        let reminded = count(Effect::Remind, &effects) > 0;
        let was = Model {
            rules: self.model.rules,
            mode: before,
        };
        let snooze_back = was.snooze_ended(&c);
        if expected.took_break {
            self.wake = Wake {
                mono: c.mono,
                seq: self.seq,
                returns: 0,
            };
        }

        // 1. Quiet.
        if reminded && was.quiet(&c) {
            return Err(self.fail(&format!("reminder while {before:?}")));
        }
        // 2. No burst after a wake-up.
        if reminded && c.mono - self.wake.mono < interval {
            let after_wake = c.mono - self.wake.mono;
            if !snooze_back {
                return Err(self.fail(&format!(
                    "reminder {after_wake} s of awake time after a wake-up, interval {interval} s"
                )));
            }
            if self.snoozed_seq < self.wake.seq {
                self.wake.returns += 1;
                if self.wake.returns > 1 {
                    return Err(self.fail(&format!(
                        "burst: {} reminders within {after_wake} s of waking",
                        self.wake.returns
                    )));
                }
            }
        }
        // 3. Spacing.
        if let (true, false, Some(&last)) = (reminded, snooze_back, self.reminders.last()) {
            if c.mono - last < interval {
                return Err(self.fail(&format!(
                    "reminders {} s of awake time apart, interval {interval} s, and no snooze came back",
                    c.mono - last
                )));
            }
        }
        // 4. Due: exactly when the model says.
        let due = expected.effects.contains(&Effect::Remind);
        if reminded != due {
            let what = if due {
                "missing reminder"
            } else {
                "unexpected reminder"
            };
            return Err(self.fail(&format!(
                "{what}: model {before:?} -> {:?} at mono {} elapsed {}",
                self.model.mode, c.mono, c.elapsed
            )));
        }
        // 5. Withdraw/cancel exactly when something on screen ends.
        for (effect, thing) in [
            (Effect::WithdrawReminder, "a showing reminder"),
            (Effect::CancelStretch, "a running stretch"),
        ] {
            let (got, want) = (count(effect, &effects), count(effect, &expected.effects));
            if got != want {
                return Err(self.fail(&format!(
                    "{got} x {effect:?}, expected {want}: model {before:?} -> {:?} ({thing} {})",
                    self.model.mode,
                    if want > 0 { "ended" } else { "did not end" }
                )));
            }
        }
        if effects != expected.effects {
            return Err(self.fail(&format!(
                "effects {effects:?}, expected {:?}",
                expected.effects
            )));
        }
        // 6. State.
        let state = self.scheduler.state();
        if state.name() != self.model.mode.name() {
            return Err(self.fail(&format!(
                "state {}, model says {}",
                state.name(),
                self.model.mode.name()
            )));
        }
        // 7. Deadlines.
        let deadline = self.scheduler.next_deadline().map(secs_of);
        if kind != Kind::Other && deadline.is_some_and(|d| d <= c.wall) {
            return Err(self.fail(&format!(
                "next deadline {deadline:?} is not after now {}: busy loop",
                c.wall
            )));
        }
        let want = self.model.deadline(&c);
        if deadline != want {
            return Err(self.fail(&format!(
                "next deadline {deadline:?}, model says {want:?} (wall)"
            )));
        }
        let next = self.scheduler.next_reminder().map(secs_of);
        let want = self.model.next_reminder(&c);
        if next != want {
            return Err(self.fail(&format!(
                "next reminder {next:?}, model says {want:?} (wall)"
            )));
        }
        // 8. A second tick at the same instant does nothing.
        if kind != Kind::Other {
            let mut again = self.scheduler.clone();
            let second = again.handle(at(c.wall), Input::Tick);
            if !second.is_empty() || again.state() != state {
                return Err(self.fail(&format!(
                    "a second tick at the same instant did something: {second:?}, {:?}",
                    again.state()
                )));
            }
        }
        if reminded {
            self.reminders.push(c.mono);
        }
        Ok(())
    }
}

/// Runs `steps` over and over, with a night's suspend after each pass, until 30 days passed.
fn simulate(rules: Rules, steps: &[Step]) -> Result<Sim, TestCaseError> {
    let mut sim = Sim::new(rules);
    while sim.clocks.real < 30 * DAY {
        for step in steps {
            sim.step(step)?;
        }
        sim.jump(10 * HOUR, true)?;
    }
    Ok(sim)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, max_shrink_iters: 1024, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn scheduler_agrees_with_the_model_over_a_month(
        rules in rules_strategy(),
        steps in proptest::collection::vec(step_strategy(), 1..160),
    ) {
        simulate(rules, &steps)?;
    }
}

/// The default schedule with nothing else happening: 20 h awake, 10 h suspended, for 30 days.
/// Each ignored reminder shows for the timeout, then the next interval starts.
#[test]
fn undisturbed_month_reminds_on_schedule() {
    let rules = Rules {
        interval: 2700,
        stretch: 60,
        timeout: 60,
    };
    let awake = 20 * HOUR;
    let steps = vec![Step {
        gap: awake as u64,
        lateness: 0,
        event: Event::WakeUp,
        probe: None,
    }];
    let sim = simulate(rules, &steps).expect("invariants");
    let pass_length = awake + 10 * HOUR;
    let passes = (30 * DAY + pass_length - 1) / pass_length;
    let period = rules.interval + rules.timeout;
    let per_pass = (awake - rules.interval) / period + 1;
    // 26 a pass (at 45 min, then every 46 min), 24 passes: 624 reminders, at these awake times.
    let expected: Vec<i64> = (0..passes)
        .flat_map(|pass| (0..per_pass).map(move |k| pass * awake + rules.interval + k * period))
        .collect();
    assert_eq!(sim.reminders.len(), expected.len());
    assert_eq!(sim.reminders, expected);
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

/// The scheduling effects: `NaturalBreak` (presence) is checked by tests/presence_props.rs.
fn schedule_effects(effects: Vec<Effect>) -> Vec<Effect> {
    effects
        .into_iter()
        .filter(|e| !matches!(e, Effect::NaturalBreak { .. }))
        .collect()
}
