//! Presence and quiet times as a model-based property test: random days of the user going away
//! and coming back, being busy (fullscreen, do-not-disturb, camera), working hours closing and
//! opening, and skips, over 30 simulated days per case.
//!
//! The reference model below implements the README's rules on its own: it computes every due
//! time, expiry and break from the inputs, never from the scheduler. The simulation wakes the
//! app at the model's deadlines (plus up to 1 s of lateness), and after every input checks that
//! the scheduler did exactly what the model says (effects, state, next deadline), so every rule
//! is armed all the time. On top of that it states the user-facing invariants directly:
//! - no reminder is shown while the user is away, busy, or outside working hours;
//! - a held reminder appears at the return (the same instant, well within 1 s), or is replaced
//!   by a natural break when the time away reached `natural_break`;
//! - a reminder held by a busy cause appears the moment the last cause clears (within 2 s);
//! - consecutive reminders are at least one interval apart;
//! - a break of at least `natural_break` always restarts the interval (next reminder = return +
//!   interval), and a hold never does.

use chrono::{DateTime, TimeZone, Utc};
use posture_break::core::presence::Busy;
use posture_break::core::schedule::{Effect, Input, Scheduler, Timings};
use proptest::prelude::*;
use std::time::Duration;

const BASE: i64 = 1_800_000_000;
const DAY: i64 = 24 * 3600;

fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(BASE + secs, 0)
        .single()
        .expect("in range")
}

fn s(secs: i64) -> Duration {
    Duration::from_secs(secs.max(0) as u64)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Counting down to `due`.
    Counting { due: i64 },
    /// A reminder is on screen until `expires`.
    Showing { expires: i64 },
    /// Due, not shown: away or busy.
    Held,
    /// Outside working hours.
    Off,
}

impl Phase {
    fn name(&self) -> &'static str {
        match self {
            Phase::Counting { .. } => "active",
            Phase::Showing { .. } => "reminding",
            Phase::Held => "held",
            Phase::Off => "off_hours",
        }
    }
}

/// The README's rules, written independently of `core::schedule`.
#[derive(Debug, Clone)]
struct Model {
    interval: i64,
    timeout: i64,
    natural_break: i64,
    phase: Phase,
    away_since: Option<i64>,
    busy: Vec<Busy>,
    off: bool,
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Expect {
    remind: bool,
    withdraw: bool,
    natural_break: Option<i64>,
}

impl Model {
    fn deadline(&self) -> Option<i64> {
        match self.phase {
            Phase::Counting { due } => Some(due),
            Phase::Showing { expires } => Some(expires),
            Phase::Held | Phase::Off => None,
        }
    }

    fn holding(&self) -> bool {
        self.away_since.is_some() || !self.busy.is_empty()
    }

    /// A fresh interval from `now` (or off hours); time away before it does not count again.
    fn restart(&mut self, now: i64) {
        self.phase = if self.off {
            Phase::Off
        } else {
            Phase::Counting {
                due: now + self.interval,
            }
        };
        if let Some(since) = self.away_since.as_mut() {
            *since = (*since).max(now);
        }
    }

    fn show(&mut self, now: i64, expect: &mut Expect) {
        expect.remind = true;
        self.phase = Phase::Showing {
            expires: now + self.timeout,
        };
    }

    fn tick(&mut self, now: i64, expect: &mut Expect) {
        match self.phase {
            Phase::Counting { due } if now >= due => {
                if self.holding() {
                    self.phase = Phase::Held;
                } else {
                    self.show(now, expect);
                }
            }
            Phase::Showing { expires } if now >= expires => {
                expect.withdraw = true;
                self.restart(now);
            }
            _ => {}
        }
    }

    fn apply(&mut self, now: i64, input: &Input) -> Expect {
        let mut expect = Expect::default();
        match *input {
            Input::Tick => self.tick(now, &mut expect),
            Input::Away { since } => {
                let since = (since.timestamp() - BASE).min(now);
                self.away_since = Some(self.away_since.map_or(since, |s| s.min(since)));
            }
            Input::Back => {
                if let Some(since) = self.away_since.take() {
                    let length = now - since;
                    let counts = !matches!(self.phase, Phase::Off);
                    if length >= self.natural_break && counts {
                        if let Phase::Showing { .. } = self.phase {
                            expect.withdraw = true;
                        }
                        expect.natural_break = Some(length);
                        self.restart(now);
                    } else if self.phase == Phase::Held && self.busy.is_empty() {
                        self.show(now, &mut expect);
                    }
                }
            }
            Input::Busy { cause, on } => {
                self.busy.retain(|b| *b != cause);
                if on {
                    self.busy.push(cause);
                }
                if self.phase == Phase::Held && !self.holding() {
                    self.show(now, &mut expect);
                }
            }
            Input::Hours { open } => {
                self.off = !open;
                match self.phase {
                    Phase::Off if open => self.restart(now),
                    Phase::Counting { .. } | Phase::Held if !open => self.phase = Phase::Off,
                    _ => {}
                }
            }
            Input::Skip => {
                if let Phase::Showing { .. } = self.phase {
                    expect.withdraw = true;
                }
                self.restart(now);
            }
            _ => unreachable!("not generated"),
        }
        expect
    }
}

#[derive(Debug, Clone)]
enum Event {
    /// The user stops typing; the idle source reports it `noticed` seconds later.
    GoAway {
        noticed: i64,
    },
    ComeBack,
    /// Back exactly `natural_break + offset` after the last input (the boundary, −1 / 0 / +1).
    ComeBackAtBreak {
        offset: i64,
    },
    Busy(Busy, bool),
    Hours(bool),
    Skip,
}

#[derive(Debug, Clone)]
struct Step {
    /// Seconds the app runs on its own before the event, waking at the deadlines.
    gap: i64,
    /// How late each wake-up is (0 or 1 s).
    lateness: i64,
    event: Event,
}

fn busy_strategy() -> impl Strategy<Value = Busy> {
    prop_oneof![
        Just(Busy::Fullscreen),
        Just(Busy::DoNotDisturb),
        Just(Busy::Camera)
    ]
}

fn step_strategy() -> impl Strategy<Value = Step> {
    let event = prop_oneof![
        4 => (0i64..=120).prop_map(|noticed| Event::GoAway { noticed }),
        4 => Just(Event::ComeBack),
        2 => (-1i64..=1).prop_map(|offset| Event::ComeBackAtBreak { offset }),
        3 => (busy_strategy(), any::<bool>()).prop_map(|(b, on)| Event::Busy(b, on)),
        1 => any::<bool>().prop_map(Event::Hours),
        1 => Just(Event::Skip),
    ];
    let gap = prop_oneof![
        3 => 0i64..=120,
        4 => 60i64..=3 * 3600,
        1 => 3 * 3600i64..=12 * 3600,
    ];
    (gap, 0i64..=1, event).prop_map(|(gap, lateness, event)| Step {
        gap,
        lateness,
        event,
    })
}

/// (interval, reminder timeout, natural break); the stretch is 60 s, so 1 s lateness never
/// counts as a missed wake-up.
fn timings_strategy() -> impl Strategy<Value = (i64, i64, i64)> {
    (120i64..=7200)
        .prop_flat_map(|interval| (Just(interval), 1i64..=interval.min(900), 1i64..=3600))
}

struct Sim {
    scheduler: Scheduler,
    model: Model,
    now: i64,
    /// When the last reminder was shown.
    last_remind: Option<i64>,
    reminders: usize,
    breaks: usize,
    trail: Vec<String>,
}

impl Sim {
    fn new((interval, timeout, natural_break): (i64, i64, i64)) -> Sim {
        let timings = Timings {
            interval: s(interval),
            stretch: s(60),
            reminder_timeout: s(timeout),
            natural_break: s(natural_break),
        };
        Sim {
            scheduler: Scheduler::new(timings, at(0)),
            model: Model {
                interval,
                timeout,
                natural_break,
                phase: Phase::Counting { due: interval },
                away_since: None,
                busy: Vec::new(),
                off: false,
            },
            now: 0,
            last_remind: None,
            reminders: 0,
            breaks: 0,
            trail: Vec::new(),
        }
    }

    fn fail(&self, what: String) -> TestCaseError {
        let start = self.trail.len().saturating_sub(20);
        TestCaseError::fail(format!(
            "{what}\n  at {} (day {}), model {:?}\n  scheduler {:?}\n  last inputs:\n    {}",
            self.now,
            self.now / DAY,
            self.model,
            self.scheduler.state(),
            self.trail[start..].join("\n    ")
        ))
    }

    fn input(&mut self, input: Input) -> Result<(), TestCaseError> {
        if self.trail.len() > 200 {
            self.trail.drain(..100);
        }
        self.trail.push(format!("{} {input:?}", self.now));
        let was_held = self.model.phase == Phase::Held;
        let away_before = self.model.away_since;
        let busy_before = !self.model.busy.is_empty();
        let off_before = self.model.off;
        let expect = self.model.apply(self.now, &input);
        let effects = self.scheduler.handle(at(self.now), input);
        let got = Expect {
            remind: effects.contains(&Effect::Remind),
            withdraw: effects.contains(&Effect::WithdrawReminder),
            natural_break: effects.iter().find_map(|e| match e {
                Effect::NaturalBreak { length } => Some(length.as_secs() as i64),
                _ => None,
            }),
        };
        if got != expect {
            return Err(self.fail(format!(
                "effects {effects:?}, the rules say {expect:?} for {input:?}"
            )));
        }
        let name = self.scheduler.state().name();
        if name != self.model.phase.name() {
            return Err(self.fail(format!(
                "state {name}, the rules say {}",
                self.model.phase.name()
            )));
        }
        let deadline = self.scheduler.next_deadline().map(|d| d.timestamp() - BASE);
        if deadline != self.model.deadline() {
            return Err(self.fail(format!(
                "next deadline {deadline:?}, the rules say {:?}",
                self.model.deadline()
            )));
        }
        if self.scheduler.away() != self.model.away_since.is_some() {
            return Err(self.fail("`away` disagrees with the rules".into()));
        }

        // The user-facing invariants, stated directly.
        if got.remind {
            let quiet_now = self.model.away_since.is_some()
                || busy_before && !matches!(input, Input::Busy { .. })
                || off_before;
            if quiet_now || (away_before.is_some() && !matches!(input, Input::Back)) {
                return Err(self.fail("a reminder while away, busy or off hours".into()));
            }
            if let Some(last) = self.last_remind {
                if self.now - last < self.model.interval {
                    return Err(self.fail(format!(
                        "reminders {} s apart, interval {} s",
                        self.now - last,
                        self.model.interval
                    )));
                }
            }
            self.last_remind = Some(self.now);
            self.reminders += 1;
        }
        if was_held && matches!(input, Input::Back) && self.model.busy.is_empty() {
            // Back from holding: shown now, or a natural break restarted the interval.
            match got.natural_break {
                Some(length) if length < self.model.natural_break => {
                    return Err(self.fail(format!("a break of only {length} s")));
                }
                Some(_) => {}
                None if !got.remind => {
                    return Err(self.fail("back, nothing else holding, yet no reminder".into()))
                }
                None => {}
            }
        }
        if got.natural_break.is_some() {
            self.breaks += 1;
            let next = self.scheduler.next_reminder().map(|n| n.timestamp() - BASE);
            if !self.model.off && next != Some(self.now + self.model.interval) {
                return Err(self.fail(format!(
                    "a natural break must restart the interval: next {next:?}"
                )));
            }
        }
        if let Input::Busy { on: false, .. } = input {
            if was_held && !self.model.holding() && !got.remind {
                return Err(self.fail("the last busy cause cleared, no reminder".into()));
            }
        }
        Ok(())
    }

    /// The app runs on its own for `gap` seconds, woken at each deadline.
    fn run(&mut self, gap: i64, lateness: i64) -> Result<(), TestCaseError> {
        let end = self.now + gap;
        while let Some(deadline) = self.model.deadline() {
            let wake = deadline.max(self.now) + lateness;
            if wake > end {
                break;
            }
            self.now = wake;
            self.input(Input::Tick)?;
        }
        self.now = end;
        Ok(())
    }

    fn step(&mut self, step: &Step) -> Result<(), TestCaseError> {
        self.run(step.gap, step.lateness)?;
        match step.event {
            Event::GoAway { noticed } => {
                // Input stopped `noticed` s ago; the source reports it now.
                let since = at(self.now - noticed);
                self.input(Input::Away { since })?;
            }
            Event::ComeBack => self.input(Input::Back)?,
            Event::ComeBackAtBreak { offset } => {
                if let Some(since) = self.model.away_since {
                    let back = since + self.model.natural_break + offset;
                    if back > self.now {
                        self.run(back - self.now, 0)?;
                    }
                }
                self.input(Input::Back)?;
            }
            Event::Busy(cause, on) => self.input(Input::Busy { cause, on })?,
            Event::Hours(open) => self.input(Input::Hours { open })?,
            Event::Skip => self.input(Input::Skip)?,
        }
        Ok(())
    }
}

fn simulate(timings: (i64, i64, i64), steps: &[Step]) -> Result<Sim, TestCaseError> {
    let mut sim = Sim::new(timings);
    let mut passes = 0;
    while sim.now < 30 * DAY {
        for step in steps {
            sim.step(step)?;
        }
        // Between passes: the user comes back, nothing busy, hours open — a fresh morning.
        sim.input(Input::Back)?;
        for cause in [Busy::Fullscreen, Busy::DoNotDisturb, Busy::Camera] {
            sim.input(Input::Busy { cause, on: false })?;
        }
        sim.input(Input::Hours { open: true })?;
        sim.run(3600, 0)?;
        passes += 1;
        if passes > 10_000 {
            return Err(TestCaseError::fail("no progress"));
        }
    }
    Ok(sim)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, max_shrink_iters: 2048, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn presence_and_quiet_times_follow_the_rules_for_a_month(
        timings in timings_strategy(),
        steps in proptest::collection::vec(step_strategy(), 1..120),
    ) {
        simulate(timings, &steps)?;
    }
}

/// A fixed day, so that the property test's machinery is seen to count real events: away for
/// lunch (a break), a call over a due reminder (held, then shown), and the evening off.
#[test]
fn a_working_day_has_breaks_holds_and_reminders() {
    let steps = vec![
        Step {
            gap: 3 * 3600,
            lateness: 0,
            event: Event::GoAway { noticed: 60 },
        },
        Step {
            gap: 3600,
            lateness: 0,
            event: Event::ComeBack,
        },
        Step {
            gap: 2000,
            lateness: 0,
            event: Event::Busy(Busy::Camera, true),
        },
        Step {
            gap: 3000,
            lateness: 1,
            event: Event::Busy(Busy::Camera, false),
        },
        Step {
            gap: 4 * 3600,
            lateness: 0,
            event: Event::Hours(false),
        },
        Step {
            gap: 12 * 3600,
            lateness: 0,
            event: Event::Hours(true),
        },
    ];
    let sim = simulate((2700, 60, 180), &steps).unwrap_or_else(|e| panic!("{e}"));
    assert!(sim.breaks >= 30, "one lunch break a day: {}", sim.breaks);
    assert!(
        sim.reminders >= 30 * 8,
        "reminders through the day: {}",
        sim.reminders
    );
}
