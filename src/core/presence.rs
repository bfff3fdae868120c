//! Whether the user is at the computer, from facts the shell reports with their times: "no input
//! since 10:02", "input at 10:09", "screen locked at 10:03", "unlocked". Away is any of the
//! causes; back is when the last one clears. Time away counts from the earliest cause (the last
//! input, or the lock), not from the moment a source noticed. Pure: time is an input.

use chrono::{DateTime, Utc};

/// Something the user is busy with, during which a due reminder waits (`presence.hold_when`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Busy {
    /// A fullscreen window has the focus (a film, a presentation).
    Fullscreen,
    /// The notification server's do-not-disturb is on.
    DoNotDisturb,
    /// A camera is in use (a video call).
    Camera,
}

impl Busy {
    pub const ALL: [Busy; 3] = [Busy::Fullscreen, Busy::DoNotDisturb, Busy::Camera];

    /// The name in `hold_when` and in `held_reason`.
    pub fn name(&self) -> &'static str {
        match self {
            Busy::Fullscreen => "fullscreen",
            Busy::DoNotDisturb => "do-not-disturb",
            Busy::Camera => "camera",
        }
    }

    pub fn parse(text: &str) -> Option<Busy> {
        Busy::ALL.into_iter().find(|b| b.name() == text)
    }
}

/// One thing a presence source observed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    /// No keyboard or mouse input since `since` (reported once `idle_after` has passed).
    Idle {
        since: DateTime<Utc>,
    },
    /// Input again.
    Active,
    /// The screen saver or lock came on at `since`.
    Locked {
        since: DateTime<Utc>,
    },
    Unlocked,
}

/// What the scheduler must hear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The user has been away since then.
    Away {
        since: DateTime<Utc>,
    },
    Back,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Presence {
    idle_since: Option<DateTime<Utc>>,
    locked_since: Option<DateTime<Utc>>,
}

impl Presence {
    pub fn away_since(&self) -> Option<DateTime<Utc>> {
        match (self.idle_since, self.locked_since) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Takes a fact; says what changed for the scheduler, if anything.
    pub fn observe(&mut self, fact: Fact) -> Option<Change> {
        let before = self.away_since();
        match fact {
            Fact::Idle { since } => self.idle_since = Some(since),
            Fact::Active => self.idle_since = None,
            Fact::Locked { since } => self.locked_since = Some(since),
            Fact::Unlocked => self.locked_since = None,
        }
        match (before, self.away_since()) {
            (None, Some(since)) => Some(Change::Away { since }),
            // An earlier cause appeared while away: the scheduler keeps the earliest time.
            (Some(old), Some(since)) if since < old => Some(Change::Away { since }),
            (Some(_), None) => Some(Change::Back),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(secs: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_700_000_000 + secs, 0).single().unwrap()
    }

    #[test]
    fn away_is_any_cause_and_back_is_when_all_clear() {
        use Change::*;
        use Fact::*;
        // (facts in order, expected change after each)
        let cases: Vec<Vec<(Fact, Option<Change>)>> = vec![
            vec![
                (Idle { since: t(0) }, Some(Away { since: t(0) })),
                (Active, Some(Back)),
                (Active, None),
            ],
            // Lock inside idle: still away after unlocking until input comes.
            vec![
                (Idle { since: t(0) }, Some(Away { since: t(0) })),
                (Locked { since: t(30) }, None),
                (Unlocked, None),
                (Active, Some(Back)),
            ],
            // Lock first, then idle noticed with an earlier last input.
            vec![
                (Locked { since: t(50) }, Some(Away { since: t(50) })),
                (Idle { since: t(10) }, Some(Away { since: t(10) })),
                (Active, None),
                (Unlocked, Some(Back)),
            ],
            vec![(Unlocked, None), (Active, None)],
        ];
        for (i, case) in cases.into_iter().enumerate() {
            let mut presence = Presence::default();
            for (step, (fact, expected)) in case.into_iter().enumerate() {
                assert_eq!(
                    presence.observe(fact),
                    expected,
                    "case {i} step {step}: {fact:?}"
                );
            }
        }
    }
}
