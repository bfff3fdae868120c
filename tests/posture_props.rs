//! Property test for posture nudges and sit/stand turns beside the scheduler.
//!
//! Random months (30 simulated days per case) of presence, busy causes, working hours, pauses,
//! snoozes, stretches and position changes drive the real `Scheduler` and `Posture` the way the
//! app does: after every scheduler input the policy sees the gate and the effects, and the loop
//! sleeps until the earlier of `next_deadline()` and `next_nudge()`. The test keeps its own record
//! of what the user did and checks, at every nudge:
//! 1. none while away, busy, paused, snoozed, off hours, or with a reminder or stretch on;
//! 2. none within 5 minutes after a reminder, nor within 5 minutes before the reminder scheduled
//!    at that moment; and no scheduled reminder comes within 5 minutes after a nudge;
//! 3. nudges at least `nudge_every` apart (with cues on), phase nudges at least a phase apart;
//! 4. sit/stand phases honoured: "stand up" only after sitting a whole sitting phase since the
//!    position began or was last said, "sit down" likewise;
//! 5. a stretch or a natural break restarts the nudge timer: no cue sooner than `nudge_every`
//!    after either;
//! 6. the loop wakes for a nudge only when one shows: a wake at the nudge deadline with nothing
//!    else changed brings a nudge (no wake-up between nudges).

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use posture_break::core::posture::{Gate, Nudge, Position, Posture, SitStand};
use posture_break::core::presence::Busy;
use posture_break::core::schedule::{Effect, Input, Scheduler, State, Timings};
use proptest::prelude::*;
use std::time::Duration;

const BASE: i64 = 1_800_000_000;
const MIN: i64 = 60;
const DAY: i64 = 24 * 60 * MIN;
const QUIET: i64 = 5 * MIN;

fn at(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(BASE + secs, 0)
        .single()
        .expect("in range")
}

fn secs_of(time: DateTime<Utc>) -> i64 {
    time.timestamp() - BASE
}

fn s(secs: i64) -> Duration {
    Duration::from_secs(secs as u64)
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Away,
    Back,
    Busy(bool),
    Hours(bool),
    PauseFor(i64),
    Resume,
    Snooze,
    StartStretch,
    FinishStretch,
    Skip,
    Position(Position),
    /// A long suspend (time away counted by the clock jump).
    Suspend(i64),
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        3 => Just(Event::Away),
        3 => Just(Event::Back),
        2 => any::<bool>().prop_map(Event::Busy),
        1 => any::<bool>().prop_map(Event::Hours),
        1 => (5..120i64).prop_map(|m| Event::PauseFor(m * MIN)),
        1 => Just(Event::Resume),
        1 => Just(Event::Snooze),
        2 => Just(Event::StartStretch),
        2 => Just(Event::FinishStretch),
        1 => Just(Event::Skip),
        2 => prop_oneof![Just(Position::Sitting), Just(Position::Standing)].prop_map(Event::Position),
        1 => (10..600i64).prop_map(|m| Event::Suspend(m * MIN)),
    ]
}

#[derive(Debug, Clone, Copy)]
struct Setup {
    interval: i64,
    every: Option<i64>,
    turns: Option<(i64, i64)>,
}

fn setup() -> impl Strategy<Value = Setup> {
    (20..90i64)
        .prop_flat_map(|interval| {
            (
                Just(interval),
                proptest::option::of(2..interval),
                proptest::option::of((5..60i64, 5..60i64)),
            )
        })
        .prop_map(|(interval, every, turns)| Setup {
            interval: interval * MIN,
            every: every.map(|m| m * MIN),
            turns: turns.map(|(sit, stand)| (sit * MIN, stand * MIN)),
        })
        .prop_filter("something to nudge", |s| {
            s.every.is_some() || s.turns.is_some()
        })
}

/// What the user did, as the test records it.
struct World {
    setup: Setup,
    scheduler: Scheduler,
    posture: Posture,
    now: i64,
    away: bool,
    busy: bool,
    off_hours: bool,
    /// Reminders shown (times).
    last_reminder: Option<i64>,
    last_nudge: Option<i64>,
    last_phase_nudge: Option<i64>,
    /// Since when the nudge timer may not fire (a stretch ended, a natural break).
    restarted: i64,
    /// The position as the test knows it, and when its phase began.
    position: Position,
    phase_start: i64,
    nudges: usize,
}

impl World {
    fn new(setup: Setup) -> World {
        let timings = Timings {
            interval: s(setup.interval),
            stretch: s(60),
            reminder_timeout: s(60),
            natural_break: s(3 * MIN),
        };
        let scheduler = Scheduler::new(timings, at(0));
        let turns = setup.turns.map(|(sit, stand)| SitStand {
            sit: s(sit),
            stand: s(stand),
        });
        let posture = Posture::new(at(0), setup.every.map(s), turns, scheduler.gate());
        World {
            setup,
            scheduler,
            posture,
            now: 0,
            away: false,
            busy: false,
            off_hours: false,
            last_reminder: None,
            last_nudge: None,
            last_phase_nudge: None,
            restarted: 0,
            position: Position::Sitting,
            phase_start: 0,
            nudges: 0,
        }
    }

    fn gate(&self) -> Gate {
        self.scheduler.gate()
    }

    /// One scheduler input, then the policy sees the result, as `App::apply` does.
    fn input(&mut self, input: Input) {
        let before = self.scheduler.state();
        let next_before = self.scheduler.next_reminder();
        let effects = self.scheduler.handle(at(self.now), input);
        for effect in &effects {
            match effect {
                Effect::Remind => {
                    // 2: a reminder that came as scheduled is not within 5 minutes after a nudge.
                    let scheduled = matches!(before, State::Active { .. })
                        && next_before.is_some_and(|t| secs_of(t) <= self.now);
                    if scheduled {
                        if let Some(nudge) = self.last_nudge {
                            assert!(
                                self.now - nudge >= QUIET,
                                "reminder at {} only {} s after a nudge",
                                self.now,
                                self.now - nudge
                            );
                        }
                    }
                    self.last_reminder = Some(self.now);
                }
                Effect::NaturalBreak { .. } => {
                    self.restarted = self.now;
                    self.position = Position::Sitting;
                    self.phase_start = self.now;
                }
                _ => {}
            }
        }
        self.posture.observe(at(self.now), self.gate(), &effects);
    }

    fn happen(&mut self, event: Event) {
        match event {
            Event::Away => {
                self.away = true;
                self.input(Input::Away {
                    since: at(self.now),
                });
            }
            Event::Back => {
                self.away = false;
                self.input(Input::Back);
            }
            Event::Busy(on) => {
                self.busy = on;
                self.input(Input::Busy {
                    cause: Busy::Camera,
                    on,
                });
            }
            Event::Hours(open) => {
                self.off_hours = !open;
                self.input(Input::Hours { open });
            }
            Event::PauseFor(secs) => self.input(Input::PauseFor(s(secs))),
            Event::Resume => self.input(Input::Resume),
            Event::Snooze => {
                if matches!(self.scheduler.state(), State::Reminding { .. }) {
                    self.input(Input::Snooze(s(10 * MIN)));
                }
            }
            Event::StartStretch => self.input(Input::StartStretch),
            Event::FinishStretch => {
                if matches!(self.scheduler.state(), State::Stretching { .. }) {
                    self.restarted = self.now;
                }
                self.input(Input::StretchFinished);
            }
            Event::Skip => self.input(Input::Skip),
            Event::Position(position) => {
                if self.posture.position().is_some()
                    && self.posture.set_position(at(self.now), position)
                {
                    self.position = position;
                    self.phase_start = self.now;
                }
            }
            Event::Suspend(secs) => {
                self.now += secs;
                self.input(Input::ClockJumped {
                    jump: TimeDelta::seconds(secs),
                });
            }
        }
    }

    /// The app loop until `until`: sleep to the earlier deadline, tick, show a due nudge.
    fn run_until(&mut self, until: i64) {
        loop {
            let gate = self.gate();
            let nudge_at = self.posture.next_nudge(&gate).map(secs_of);
            let deadline = self.scheduler.next_deadline().map(secs_of);
            let wake = [nudge_at, deadline].into_iter().flatten().min();
            let Some(wake) = wake.filter(|w| *w <= until) else {
                self.now = until;
                return;
            };
            assert!(wake >= self.now, "a deadline in the past: busy loop");
            self.now = wake;
            let state_before = self.scheduler.state();
            self.input(Input::Tick);
            let gate = self.gate();
            let nudge = self.posture.tick(at(self.now), &gate);
            // 6: woken for a nudge with nothing else changed: the nudge shows.
            if nudge_at == Some(wake) && self.scheduler.state() == state_before {
                assert!(
                    nudge.is_some(),
                    "woke at {wake} for a nudge that did not show"
                );
            }
            if let Some(nudge) = nudge {
                self.check_nudge(nudge, &gate);
            }
        }
    }

    fn check_nudge(&mut self, nudge: Nudge, gate: &Gate) {
        let now = self.now;
        // 1
        assert!(
            matches!(self.scheduler.state(), State::Active { .. }),
            "nudge in state {:?}",
            self.scheduler.state()
        );
        assert!(
            !self.away && !self.busy && !self.off_hours,
            "nudge while quiet"
        );
        // 2
        if let Some(reminder) = self.last_reminder {
            assert!(
                now - reminder >= QUIET,
                "nudge {} s after a reminder",
                now - reminder
            );
        }
        if let Some(next) = gate.next_reminder {
            assert!(
                secs_of(next) - now >= QUIET,
                "nudge within 5 min of the next reminder"
            );
        }
        // 3
        if let (Some(every), Some(last)) = (self.setup.every, self.last_nudge) {
            assert!(now - last >= every, "nudges {} s apart", now - last);
        }
        match nudge {
            Nudge::StandUp | Nudge::SitDown => {
                let (sit, stand) = self.setup.turns.expect("phase nudge without turns");
                let (expected, phase) = match self.position {
                    Position::Sitting => (Nudge::StandUp, sit),
                    Position::Standing => (Nudge::SitDown, stand),
                };
                // 4
                assert_eq!(nudge, expected);
                let since = self
                    .phase_start
                    .max(self.last_phase_nudge.unwrap_or(i64::MIN));
                assert!(now - since >= phase, "phase nudge after {} s", now - since);
                self.last_phase_nudge = Some(now);
            }
            Nudge::Cue(_) => {
                let every = self.setup.every.expect("cue without nudge_every");
                // 5
                assert!(
                    now - self.restarted >= every,
                    "cue {} s after a stretch or break",
                    now - self.restarted
                );
            }
        }
        self.last_nudge = Some(now);
        self.nudges += 1;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn nudges_keep_the_rules_over_a_month(
        setup in setup(),
        events in proptest::collection::vec((1..240i64, event()), 60..400),
    ) {
        let mut world = World::new(setup);
        let span = 30 * DAY / events.len() as i64;
        for (minutes, event) in events {
            // Events spread over 30 days: a random share of each slot passes before each.
            let gap = (minutes * MIN).min(span);
            let until = world.now + gap;
            world.run_until(until);
            world.happen(event);
            world.run_until(world.now + (span - gap).max(0));
        }
        prop_assert!(world.now >= 30 * DAY - DAY, "simulated only {} days", world.now / DAY);
    }
}

/// Without interruptions, nudges do come: a quiet day with cues every 15 minutes between
/// 45-minute reminders brings cues (the property test alone would pass with none).
#[test]
fn an_undisturbed_day_brings_cues_and_turns() {
    let mut world = World::new(Setup {
        interval: 45 * MIN,
        every: Some(15 * MIN),
        turns: Some((40 * MIN, 20 * MIN)),
    });
    for _ in 0..16 {
        let reminder = world
            .scheduler
            .next_reminder()
            .map(secs_of)
            .expect("scheduled");
        world.run_until(reminder + 30);
        world.happen(Event::StartStretch);
        world.now += 60;
        world.happen(Event::FinishStretch);
    }
    // 16 intervals of 46 minutes: cues at 15 and 30 minutes into each (45 is the reminder).
    assert!(
        world.nudges >= 28,
        "only {} nudges in 16 intervals",
        world.nudges
    );
    assert!(
        world.last_phase_nudge.is_some(),
        "no sit/stand nudge all day"
    );
}
