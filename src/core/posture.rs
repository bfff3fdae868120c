//! Changing position between stretches: quiet posture nudges and sit/stand turns, as a pure policy
//! beside the scheduler. Time is an input, and what the scheduler knows (whether nudges may show,
//! when the interval started, the reminders around now) comes in as a [`Gate`].
//!
//! The rules:
//! - A nudge is due `every` after the nudge timer started: the last nudge, the start of the
//!   interval (a stretch, a natural break, a reminder that ended), or the moment nudges could
//!   show again.
//! - Nudges show only while the gate is open: counting down to a reminder, the user here, not
//!   busy, inside working hours, neither paused nor snoozed. One that came due while it was shut
//!   is dropped, not queued: its timer starts again when the gate opens.
//! - None within [`QUIET_AROUND_REMINDER`] before or after a stretch reminder.
//! - Sit/stand: when the current position has lasted its phase, a nudge says to change. Unheeded,
//!   it says so again a phase later. Natural breaks and the first start count as sitting.
//! - Every nudge is a deadline: nothing wakes between nudges, and nothing while the gate is shut.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::schedule::Effect;
use super::words::Words;

/// No nudge this close to a stretch reminder, before or after.
pub const QUIET_AROUND_REMINDER: Duration = Duration::from_secs(5 * 60);

/// The interval of nudges switched on from the tray without `nudge_every` in the config.
pub const DEFAULT_NUDGE_EVERY: Duration = Duration::from_secs(15 * 60);

/// The cues' messages, in the order they rotate (from the seed article's advice).
pub const CUES: [&str; 4] = [
    "nudge-change-position",
    "nudge-sit-back",
    "nudge-shoulders",
    "nudge-stand-up-a-moment",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    Sitting,
    Standing,
}

impl Position {
    /// The name in `status --json` and the history.
    pub fn name(self) -> &'static str {
        match self {
            Position::Sitting => "sitting",
            Position::Standing => "standing",
        }
    }

    /// `sit`/`stand` (the command line) or the names.
    pub fn parse(text: &str) -> Option<Position> {
        match text {
            "sit" | "sitting" => Some(Position::Sitting),
            "stand" | "standing" => Some(Position::Standing),
            _ => None,
        }
    }

    fn other(self) -> Position {
        match self {
            Position::Sitting => Position::Standing,
            Position::Standing => Position::Sitting,
        }
    }
}

/// How long each position lasts before a nudge says to change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SitStand {
    pub sit: Duration,
    pub stand: Duration,
}

impl SitStand {
    fn phase(&self, position: Position) -> Duration {
        match position {
            Position::Sitting => self.sit,
            Position::Standing => self.stand,
        }
    }
}

/// What the scheduler says about now, for nudges (`Scheduler::gate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gate {
    /// Counting down to a reminder, the user here, not busy, inside working hours.
    pub open: bool,
    /// When the running interval started (state active), else `None`.
    pub interval_since: Option<DateTime<Utc>>,
    pub next_reminder: Option<DateTime<Utc>>,
    pub last_reminder: Option<DateTime<Utc>>,
}

/// What a nudge says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nudge {
    /// One of [`CUES`].
    Cue(usize),
    /// The sitting phase is over.
    StandUp,
    /// The standing phase is over.
    SitDown,
}

impl Nudge {
    /// The notification's text.
    pub fn text(self, words: &Words) -> String {
        words.get(self.message())
    }

    /// Its message in the catalog.
    pub fn message(self) -> &'static str {
        match self {
            Nudge::Cue(index) => CUES[index % CUES.len()],
            Nudge::StandUp => "nudge-time-to-stand",
            Nudge::SitDown => "nudge-time-to-sit",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Posture {
    /// Between cue nudges; `None`: cues are off.
    every: Option<Duration>,
    /// `None`: sit/stand turns are off.
    sit_stand: Option<SitStand>,
    /// The nudge timer's start.
    anchor: DateTime<Utc>,
    /// The position and when it began.
    position: Position,
    position_since: DateTime<Utc>,
    /// When the sit/stand phase timer started (the position's start, a nudge, the gate opening).
    phase_anchor: DateTime<Utc>,
    /// The gate as last seen, to tell when it opens.
    open: bool,
    next_reminder: Option<DateTime<Utc>>,
    next_cue: usize,
}

fn later(time: DateTime<Utc>, duration: Duration) -> DateTime<Utc> {
    TimeDelta::from_std(duration)
        .ok()
        .and_then(|d| time.checked_add_signed(d))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

fn earlier(time: DateTime<Utc>, duration: Duration) -> DateTime<Utc> {
    TimeDelta::from_std(duration)
        .ok()
        .and_then(|d| time.checked_sub_signed(d))
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

impl Posture {
    pub fn new(
        now: DateTime<Utc>,
        every: Option<Duration>,
        sit_stand: Option<SitStand>,
        gate: Gate,
    ) -> Posture {
        Posture {
            every,
            sit_stand,
            anchor: now,
            position: Position::Sitting,
            position_since: now,
            phase_anchor: now,
            open: gate.open,
            next_reminder: gate.next_reminder,
            next_cue: 0,
        }
    }

    /// New settings (config reload, the tray's switch). Cues switched on or changed start their
    /// timer now; sit/stand switched on starts sitting.
    pub fn configure(
        &mut self,
        now: DateTime<Utc>,
        every: Option<Duration>,
        sit_stand: Option<SitStand>,
    ) {
        if every != self.every {
            self.anchor = now;
        }
        if self.sit_stand.is_none() && sit_stand.is_some() {
            self.position = Position::Sitting;
            self.position_since = now;
            self.phase_anchor = now;
        }
        self.every = every;
        self.sit_stand = sit_stand;
    }

    pub fn cues_on(&self) -> bool {
        self.every.is_some()
    }

    /// The current position, `None` while sit/stand turns are off.
    pub fn position(&self) -> Option<Position> {
        self.sit_stand.map(|_| self.position)
    }

    /// When the current position began.
    pub fn position_since(&self) -> DateTime<Utc> {
        self.position_since
    }

    /// The user says where they are; a change starts a new phase. Says whether it changed.
    pub fn set_position(&mut self, now: DateTime<Utc>, position: Position) -> bool {
        if position == self.position {
            return false;
        }
        self.position = position;
        self.position_since = now;
        self.phase_anchor = now;
        true
    }

    /// After every scheduler input: the gate opening drops what came due while it was shut, a new
    /// interval restarts the nudge timer, and a natural break counts as sitting.
    pub fn observe(&mut self, now: DateTime<Utc>, gate: Gate, effects: &[Effect]) {
        if effects
            .iter()
            .any(|e| matches!(e, Effect::NaturalBreak { .. }))
        {
            self.anchor = self.anchor.max(now);
            self.set_position(now, Position::Sitting);
            self.phase_anchor = now;
        }
        // The nudge timer never starts before the interval: a new one (a stretch, a skip, a
        // reminder that ended) starts it again.
        if let Some(since) = gate.interval_since {
            self.anchor = self.anchor.max(since.min(now));
        }
        // What came due while nudges could not show (the gate shut, or the quiet minutes before
        // a reminder that has since moved: a new interval, a new config) is dropped: its timer
        // starts again now. A plain tick changes neither, so a nudge due at that tick still shows.
        let changed = (gate.open && !self.open) || gate.next_reminder != self.next_reminder;
        if gate.open && changed {
            if self.cue_due().is_some_and(|due| due <= now) {
                self.anchor = now;
            }
            if self.phase_due().is_some_and(|due| due <= now) {
                self.phase_anchor = now;
            }
        }
        self.next_reminder = gate.next_reminder;
        self.open = gate.open;
    }

    fn cue_due(&self) -> Option<DateTime<Utc>> {
        self.every.map(|every| later(self.anchor, every))
    }

    fn phase_due(&self) -> Option<DateTime<Utc>> {
        let phase = self.sit_stand?.phase(self.position);
        let due = later(self.phase_anchor, phase);
        // Nudges keep their spacing: a phase ending just after a cue waits for the next slot.
        Some(match self.every {
            Some(every) => due.max(later(self.anchor, every)),
            None => due,
        })
    }

    /// When the next nudge shows, if the gate stays as it is; `None` while it is shut or no
    /// nudge fits before the next reminder.
    pub fn next_nudge(&self, gate: &Gate) -> Option<DateTime<Utc>> {
        if !gate.open {
            return None;
        }
        let due = [self.cue_due(), self.phase_due()]
            .into_iter()
            .flatten()
            .min()?;
        let due = match gate.last_reminder {
            Some(reminder) => due.max(later(reminder, QUIET_AROUND_REMINDER)),
            None => due,
        };
        match gate.next_reminder {
            Some(reminder) if due > earlier(reminder, QUIET_AROUND_REMINDER) => None,
            _ => Some(due),
        }
    }

    /// The nudge due at `now`, if any; the timers start again from it.
    pub fn tick(&mut self, now: DateTime<Utc>, gate: &Gate) -> Option<Nudge> {
        let due = self.next_nudge(gate)?;
        if now < due {
            return None;
        }
        let nudge = if self.phase_due().is_some_and(|at| at <= now) {
            self.phase_anchor = now;
            match self.position.other() {
                Position::Standing => Nudge::StandUp,
                Position::Sitting => Nudge::SitDown,
            }
        } else {
            let cue = self.next_cue;
            self.next_cue = (cue + 1) % CUES.len();
            Nudge::Cue(cue)
        };
        self.anchor = now;
        Some(nudge)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(secs: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_700_000_000 + secs, 0).single().unwrap()
    }
    fn min(m: u64) -> Duration {
        Duration::from_secs(m * 60)
    }
    fn open(since: i64, next: i64) -> Gate {
        Gate {
            open: true,
            interval_since: Some(t(since)),
            next_reminder: Some(t(next)),
            last_reminder: None,
        }
    }

    #[test]
    fn cues_rotate_every_interval_and_stop_before_the_reminder() {
        let gate = open(0, 45 * 60);
        let mut posture = Posture::new(t(0), Some(min(15)), None, gate);
        assert_eq!(posture.next_nudge(&gate), Some(t(15 * 60)));
        assert_eq!(posture.tick(t(15 * 60 - 1), &gate), None);
        assert_eq!(posture.tick(t(15 * 60), &gate), Some(Nudge::Cue(0)));
        assert_eq!(posture.tick(t(30 * 60), &gate), Some(Nudge::Cue(1)));
        // 45 min is the reminder itself: no nudge within 5 minutes of it.
        assert_eq!(posture.next_nudge(&gate), None);
        assert_eq!(posture.tick(t(45 * 60), &gate), None);
    }

    #[test]
    fn a_nudge_just_before_the_quiet_time_still_shows() {
        let gate = open(0, 20 * 60);
        let posture = Posture::new(t(0), Some(min(15)), None, gate);
        assert_eq!(posture.next_nudge(&gate), Some(t(15 * 60)));
        let gate = open(0, 20 * 60 - 1);
        assert_eq!(posture.next_nudge(&gate), None);
    }

    #[test]
    fn nothing_while_shut_and_what_came_due_is_dropped() {
        let gate = open(0, 45 * 60);
        let mut posture = Posture::new(t(0), Some(min(15)), None, gate);
        let shut = Gate {
            open: false,
            ..gate
        };
        posture.observe(t(60), shut, &[]);
        assert_eq!(posture.next_nudge(&shut), None);
        assert_eq!(posture.tick(t(16 * 60), &shut), None);
        // Open again at 20 min: the nudge due at 15 was dropped; the next is 15 min later.
        posture.observe(t(20 * 60), gate, &[]);
        assert_eq!(posture.next_nudge(&gate), Some(t(35 * 60)));
    }

    #[test]
    fn a_short_shut_that_ends_before_the_due_time_keeps_the_timer() {
        let gate = open(0, 45 * 60);
        let mut posture = Posture::new(t(0), Some(min(15)), None, gate);
        let shut = Gate {
            open: false,
            ..gate
        };
        posture.observe(t(60), shut, &[]);
        posture.observe(t(120), gate, &[]);
        assert_eq!(posture.next_nudge(&gate), Some(t(15 * 60)));
    }

    /// A nudge kept back by the quiet minutes before a reminder is dropped when the reminder
    /// moves away (a skip, a new config), not shown late.
    #[test]
    fn a_nudge_kept_back_by_a_reminder_that_moves_is_dropped() {
        let turns = SitStand {
            sit: min(40),
            stand: min(20),
        };
        let gate = open(0, 42 * 60);
        let mut posture = Posture::new(t(0), None, Some(turns), gate);
        assert_eq!(posture.next_nudge(&gate), None, "too close to the reminder");
        // At 41 minutes the interval restarts (a skip): the stand-up due at 40 is dropped.
        let restarted = open(41 * 60, 86 * 60);
        posture.observe(t(41 * 60), restarted, &[]);
        assert_eq!(
            posture.next_nudge(&restarted),
            Some(t(81 * 60)),
            "a phase from now, not at once"
        );
    }

    #[test]
    fn a_nudge_kept_back_is_dropped_when_a_new_config_moves_the_reminder() {
        let gate = open(0, 17 * 60);
        let mut posture = Posture::new(t(0), Some(min(15)), None, gate);
        assert_eq!(posture.next_nudge(&gate), None);
        // At 16 minutes a longer interval moves the reminder to 45: the cue due at 15 waits a
        // whole interval of nudges from now.
        let longer = open(0, 45 * 60);
        posture.observe(t(16 * 60), longer, &[]);
        assert_eq!(posture.next_nudge(&longer), Some(t(31 * 60)));
    }

    #[test]
    fn a_new_interval_or_a_natural_break_restarts_the_timer() {
        let gate = open(0, 45 * 60);
        let mut posture = Posture::new(t(0), Some(min(15)), None, gate);
        let restarted = open(600, 600 + 45 * 60);
        posture.observe(t(600), restarted, &[]);
        assert_eq!(posture.next_nudge(&restarted), Some(t(600 + 15 * 60)));
        posture.observe(
            t(700),
            restarted,
            &[Effect::NaturalBreak { length: min(5) }],
        );
        assert_eq!(posture.next_nudge(&restarted), Some(t(700 + 15 * 60)));
    }

    #[test]
    fn quiet_after_a_reminder() {
        let gate = Gate {
            last_reminder: Some(t(0)),
            ..open(0, 45 * 60)
        };
        let posture = Posture::new(t(0), Some(Duration::from_secs(1)), None, gate);
        assert_eq!(posture.next_nudge(&gate), Some(t(5 * 60)));
    }

    #[test]
    fn sit_stand_phases_alternate_as_the_user_says() {
        let turns = SitStand {
            sit: min(40),
            stand: min(20),
        };
        let gate = Gate {
            next_reminder: None,
            ..open(0, 0)
        };
        let mut posture = Posture::new(t(0), None, Some(turns), gate);
        assert_eq!(posture.position(), Some(Position::Sitting));
        assert_eq!(posture.next_nudge(&gate), Some(t(40 * 60)));
        assert_eq!(posture.tick(t(40 * 60), &gate), Some(Nudge::StandUp));
        // Unheeded: said again a sitting phase later.
        assert_eq!(posture.next_nudge(&gate), Some(t(80 * 60)));
        assert!(posture.set_position(t(41 * 60), Position::Standing));
        assert!(!posture.set_position(t(42 * 60), Position::Standing));
        assert_eq!(posture.next_nudge(&gate), Some(t(61 * 60)));
        assert_eq!(posture.tick(t(61 * 60), &gate), Some(Nudge::SitDown));
        posture.observe(t(62 * 60), gate, &[Effect::NaturalBreak { length: min(4) }]);
        assert_eq!(posture.position(), Some(Position::Sitting));
    }

    #[test]
    fn phase_nudges_keep_the_cue_spacing() {
        let turns = SitStand {
            sit: min(20),
            stand: min(20),
        };
        let gate = Gate {
            next_reminder: None,
            ..open(0, 0)
        };
        let mut posture = Posture::new(t(0), Some(min(15)), Some(turns), gate);
        assert_eq!(posture.tick(t(15 * 60), &gate), Some(Nudge::Cue(0)));
        assert_eq!(posture.next_nudge(&gate), Some(t(30 * 60)));
        assert_eq!(posture.tick(t(30 * 60), &gate), Some(Nudge::StandUp));
    }

    #[test]
    fn new_phase_lengths_keep_the_position() {
        let gate = Gate {
            next_reminder: None,
            ..open(0, 0)
        };
        let turns = |sit| SitStand {
            sit: min(sit),
            stand: min(20),
        };
        let mut posture = Posture::new(t(0), None, Some(turns(40)), gate);
        posture.set_position(t(60), Position::Standing);
        posture.configure(t(120), None, Some(turns(30)));
        assert_eq!(posture.position(), Some(Position::Standing));
        assert_eq!(posture.position_since(), t(60));
        // Switched off and on again: a new start, sitting.
        posture.configure(t(180), None, None);
        posture.configure(t(240), None, Some(turns(30)));
        assert_eq!(posture.position(), Some(Position::Sitting));
        assert_eq!(posture.position_since(), t(240));
    }

    #[test]
    fn each_cue_has_its_own_words_and_they_wrap() {
        let english = Words::english();
        let texts: Vec<String> = (0..CUES.len())
            .map(|index| Nudge::Cue(index).text(&english))
            .collect();
        assert_eq!(
            texts,
            [
                "Change position",
                "Sit back against the chair; a rolled towel behind your low back helps",
                "Let your shoulders drop and roll back",
                "Stand up for a moment",
            ]
        );
        assert_eq!(Nudge::Cue(CUES.len() + 1).text(&english), texts[1]);
        assert_eq!(Nudge::StandUp.text(&Words::english()), "Time to stand up");
        assert_eq!(Nudge::SitDown.text(&Words::english()), "Time to sit down");
    }

    #[test]
    fn off_means_no_deadline() {
        let gate = open(0, 45 * 60);
        let mut posture = Posture::new(t(0), None, None, gate);
        assert_eq!(posture.next_nudge(&gate), None);
        assert_eq!(posture.position(), None);
        posture.configure(t(100), Some(min(10)), None);
        assert_eq!(posture.next_nudge(&gate), Some(t(100 + 10 * 60)));
    }

    #[test]
    fn position_names_parse_back() {
        for position in [Position::Sitting, Position::Standing] {
            assert_eq!(Position::parse(position.name()), Some(position));
        }
        assert_eq!(Position::parse("sit"), Some(Position::Sitting));
        assert_eq!(Position::parse("stand"), Some(Position::Standing));
        assert_eq!(Position::parse("lying"), None);
    }
}
