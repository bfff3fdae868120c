//! One person, several computers: what each machine appends to its own file in a folder that a
//! sync engine (Syncthing, Nextcloud, a network share) keeps, and the merged view of the other
//! machines' lines. Pure: the shell reads the files (complete lines only, from a remembered
//! offset) and hands the lines in with the time they were read; the schedule asks the view.
//!
//! Each file holds one JSON object per line, `{"ts": RFC 3339, "event": ...}`:
//! - `completed` / `skipped` (with `exercise`): a stretch ended there;
//! - `natural_break` (with `secs`): time away long enough to be a break ended there;
//! - `reminder_over`: a reminder there ended: answered (started, snoozed, skipped) or gone
//!   unanswered, so the other machines drop theirs;
//! - `away` / `active`: presence transitions, a few dozen lines a day.
//!
//! The merged view is a set per machine, so lines that arrive late, out of order or twice
//! change nothing once all have arrived, and reading a file again is harmless. Times are
//! compared in UTC.
//!
//! Clocks: a machine whose lines are stamped more than [`SKEW_LIMIT`] after the moment they
//! are read has a clock that runs ahead; it is named once ([`Note::ClockAhead`]) and its times
//! count as no later than now, so it cannot push this machine's reminders away. A clock that
//! runs behind looks like a slow sync and cannot be told apart from one.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

use super::history::{Entry, EventKind};

/// How far ahead of this machine's clock a peer's line may be stamped before its clock is
/// called wrong.
pub const SKEW_LIMIT: Duration = Duration::from_secs(120);

/// What one line says.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Shared {
    Completed { exercise: String },
    Skipped { exercise: String },
    NaturalBreak { secs: u64 },
    ReminderOver,
    // Active before Away: lines of the same second sort in this order, and an "away since"
    // is always written after the "active" it follows (see `App::share`).
    Active,
    Away,
}

/// One line of a machine's file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// RFC 3339 with the writer's offset.
    pub ts: DateTime<FixedOffset>,
    #[serde(flatten)]
    pub what: Shared,
}

impl Line {
    /// The line as appended to the file, newline included.
    pub fn to_line(&self) -> String {
        // Serialising this struct cannot fail: no maps, no non-string keys.
        let mut line = serde_json::to_string(self).unwrap_or_default();
        line.push('\n');
        line
    }

    pub fn parse(text: &str) -> Result<Line, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

/// The complete lines at the start of `bytes` (newly read from a file) and how many bytes they
/// take: a last line without its newline is still being written (or synced) and waits for the
/// next read.
pub fn complete_lines(bytes: &[u8]) -> (Vec<String>, usize) {
    let Some(end) = bytes.iter().rposition(|&b| b == b'\n').map(|i| i + 1) else {
        return (Vec::new(), 0);
    };
    let lines = String::from_utf8_lossy(&bytes[..end])
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    (lines, end)
}

/// Whether a file in the folder is a machine's own file, and whose: `<name>.jsonl`. Syncthing's
/// conflict copies (`<name>.sync-conflict-<date>-<time>-<device>.jsonl`) count as the same
/// machine's lines: merged as a set, they add what the other copy lacks and nothing twice.
pub fn machine_of(file_name: &str) -> Option<&str> {
    let stem = file_name.strip_suffix(".jsonl")?;
    let name = stem
        .split_once(".sync-conflict-")
        .map_or(stem, |(name, _)| name);
    (!name.is_empty() && !name.starts_with('.')).then_some(name)
}

/// What the shell should tell the person (the log), each once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The machine's lines are stamped this far ahead of our clock.
    ClockAhead { machine: String, ahead: Duration },
    /// A line that is not one of ours, and why.
    BadLine { machine: String, why: String },
}

/// What the person sees of one machine (`status --json`'s `sync.peers`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerView {
    pub name: String,
    pub last_event: Option<DateTime<Utc>>,
    pub away: bool,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Peer {
    /// Each line once: when (UTC), what, and the writer's UTC offset then (for its local day).
    lines: BTreeSet<(DateTime<Utc>, Shared, i32)>,
    clock_ahead_named: bool,
}

impl Peer {
    /// The last presence transition at or before `at`: Some(true) active, Some(false) away,
    /// None before the first.
    fn active_at(&self, at: DateTime<Utc>) -> Option<bool> {
        self.lines
            .iter()
            .take_while(|(ts, ..)| *ts <= at)
            .filter_map(|(_, what, _)| match what {
                Shared::Active => Some(true),
                Shared::Away => Some(false),
                _ => None,
            })
            .last()
    }

    /// Active at any instant from `from` to `to` (inclusive), judged after all the lines of
    /// each instant: an "active" and an "away" of the same second leave it away.
    fn active_during(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> bool {
        self.active_at(from) == Some(true)
            || self
                .lines
                .iter()
                .filter(|(ts, what, _)| *what == Shared::Active && *ts > from && *ts <= to)
                .any(|(ts, ..)| self.active_at(*ts) == Some(true))
    }

    /// When the machine was last used, as of `now`: now while its person is there, else when
    /// they left; None when it never said. "There" goes stale `fresh` after the machine's
    /// newest line: a machine in use writes at least once an interval (its reminder ends), so
    /// one that went silent while "active" (switched off, crashed) stops counting as in use.
    fn used_at(&self, now: DateTime<Utc>, fresh: Duration) -> Option<DateTime<Utc>> {
        let (ts, what, _) = self
            .lines
            .iter()
            .rev()
            .find(|(_, what, _)| matches!(what, Shared::Active | Shared::Away))?;
        // Lines are ordered by time: the newest is the last (the main loop asks this at every
        // wake, frames of the stretch window included).
        let newest = self.lines.last().map_or(*ts, |(newest, ..)| *newest);
        Some(match what {
            Shared::Active if newest_is_fresh(newest, now, fresh) => now,
            Shared::Active => newest.min(now),
            _ => (*ts).min(now),
        })
    }
}

fn newest_is_fresh(newest: DateTime<Utc>, now: DateTime<Utc>, fresh: Duration) -> bool {
    chrono::TimeDelta::from_std(fresh)
        .ok()
        .and_then(|fresh| newest.checked_add_signed(fresh))
        .is_none_or(|until| until >= now)
}

/// The other machines' lines, merged.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Peers {
    peers: BTreeMap<String, Peer>,
}

impl Peers {
    /// Takes in lines of `machine`'s file, read at `now`. Returns what to tell the person: a
    /// line that is not ours, and (once per machine) a clock that runs ahead.
    pub fn add<'a>(
        &mut self,
        machine: &str,
        lines: impl IntoIterator<Item = &'a str>,
        now: DateTime<Utc>,
    ) -> Vec<Note> {
        let peer = self.peers.entry(machine.to_string()).or_default();
        let mut notes = Vec::new();
        for text in lines {
            let line = match Line::parse(text) {
                Ok(line) => line,
                Err(why) => {
                    notes.push(Note::BadLine {
                        machine: machine.to_string(),
                        why,
                    });
                    continue;
                }
            };
            let ts = line.ts.with_timezone(&Utc);
            let ahead = (ts - now).to_std().unwrap_or(Duration::ZERO);
            if ahead > SKEW_LIMIT && !peer.clock_ahead_named {
                peer.clock_ahead_named = true;
                notes.push(Note::ClockAhead {
                    machine: machine.to_string(),
                    ahead,
                });
            }
            let offset = line.ts.offset().local_minus_utc();
            peer.lines.insert((ts, line.what, offset));
        }
        notes
    }

    /// Forgets a machine's lines (its file was replaced or truncated: it is read again).
    pub fn forget(&mut self, machine: &str) {
        if let Some(peer) = self.peers.get_mut(machine) {
            peer.lines.clear();
        }
    }

    /// The latest break any other machine took, no later than `now`: the end of a stretch
    /// (completed or skipped) or of a natural break. The interval restarts from the latest
    /// break anywhere.
    pub fn latest_break(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.peers
            .values()
            .flat_map(|p| &p.lines)
            .filter(|(_, what, _)| {
                matches!(
                    what,
                    Shared::Completed { .. } | Shared::Skipped { .. } | Shared::NaturalBreak { .. }
                )
            })
            .map(|(ts, ..)| (*ts).min(now))
            .max()
    }

    /// Time away here from `from` to `to` is a natural break only if the person was away on
    /// every machine: no other machine was in use at any moment of it.
    pub fn away_everywhere(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> bool {
        !self.peers.values().any(|p| p.active_during(from, to))
    }

    /// Whether a reminder due now shows on this machine (`here`, last used at `here_used`:
    /// now while the person is here, else when they left): it shows on the machine used most
    /// recently (`fresh`: see `used_at`). Two in use at once (one keyboard moving between them) both say "now": the
    /// first name in order shows it, so exactly one does.
    pub fn reminder_here(
        &self,
        here: &str,
        here_used: DateTime<Utc>,
        now: DateTime<Utc>,
        fresh: Duration,
    ) -> bool {
        let here_used = here_used.min(now);
        !self.peers.iter().any(|(name, peer)| {
            peer.used_at(now, fresh)
                .is_some_and(|used| used > here_used || (used == here_used && name.as_str() < here))
        })
    }

    /// The latest moment another machine was in use (now while one is; see `used_at` for
    /// `fresh`): time away here since before then was spent working there, not a break.
    pub fn last_used(&self, now: DateTime<Utc>, fresh: Duration) -> Option<DateTime<Utc>> {
        self.peers
            .values()
            .filter_map(|p| p.used_at(now, fresh))
            .max()
    }

    /// When another machine's reminder last ended (answered or not) or a stretch ended there,
    /// no later than `now`: a reminder here that came due before then is dropped.
    pub fn latest_reminder_over(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.peers
            .values()
            .flat_map(|p| &p.lines)
            .filter(|(_, what, _)| {
                matches!(
                    what,
                    Shared::ReminderOver | Shared::Completed { .. } | Shared::Skipped { .. }
                )
            })
            .map(|(ts, ..)| (*ts).min(now))
            .max()
    }

    /// The other machines' stretches and natural breaks as history entries, for stats, the
    /// streak and the week (each line once, however often it arrived).
    pub fn history(&self) -> Vec<Entry> {
        let mut entries: Vec<Entry> = self
            .peers
            .values()
            .flat_map(|p| &p.lines)
            .filter_map(|(ts, what, offset)| {
                let (event, exercise, secs) = match what {
                    Shared::Completed { exercise } => {
                        (EventKind::Completed, Some(exercise.clone()), None)
                    }
                    Shared::Skipped { exercise } => {
                        (EventKind::Skipped, Some(exercise.clone()), None)
                    }
                    Shared::NaturalBreak { secs } => (EventKind::NaturalBreak, None, Some(*secs)),
                    _ => return None,
                };
                let offset = FixedOffset::east_opt(*offset)?;
                Some(Entry {
                    ts: ts.with_timezone(&offset),
                    event,
                    exercise,
                    secs,
                    feeling: None,
                })
            })
            .collect();
        entries.sort_by_key(|e| e.ts);
        entries
    }

    /// Each machine: its name, its newest line and whether its person is away.
    pub fn view(&self) -> Vec<PeerView> {
        self.peers
            .iter()
            .map(|(name, peer)| PeerView {
                name: name.clone(),
                last_event: peer.lines.last().map(|(ts, ..)| *ts),
                away: peer
                    .lines
                    .iter()
                    .rev()
                    .find_map(|(_, what, _)| match what {
                        Shared::Active => Some(false),
                        Shared::Away => Some(true),
                        _ => None,
                    })
                    .unwrap_or(true),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    const FRESH: Duration = Duration::from_secs(60 * 60);

    fn at(min: i64) -> DateTime<Utc> {
        Utc.timestamp_opt(1_800_000_000 + min * 60, 0)
            .single()
            .unwrap()
    }

    fn line(min: i64, what: Shared) -> String {
        let ts = at(min).with_timezone(&FixedOffset::east_opt(3600).unwrap());
        Line { ts, what }.to_line().trim_end().to_string()
    }

    fn done(min: i64) -> String {
        line(
            min,
            Shared::Completed {
                exercise: "chin-tucks".into(),
            },
        )
    }

    #[test]
    fn a_line_reads_back_as_written_and_bad_lines_are_named() {
        let text = done(3);
        assert_eq!(
            Line::parse(&text).map(|l| l.what),
            Ok(Shared::Completed {
                exercise: "chin-tucks".into()
            })
        );
        assert!(text.contains("\"event\":\"completed\""), "{text}");
        let mut peers = Peers::default();
        let notes = peers.add("desk", ["{\"ts\":1}", "not json", &done(3)], at(10));
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(notes
            .iter()
            .all(|n| matches!(n, Note::BadLine { machine, .. } if machine == "desk")));
        assert_eq!(peers.latest_break(at(10)), Some(at(3)));
    }

    #[test]
    fn only_complete_lines_are_read() {
        let (lines, used) = complete_lines(b"{\"a\":1}\n{\"b\":");
        assert_eq!((lines, used), (vec!["{\"a\":1}".to_string()], 8));
        assert_eq!(complete_lines(b"{\"half\""), (vec![], 0));
        assert_eq!(complete_lines(b""), (vec![], 0));
        let (lines, used) = complete_lines(b"a\n\nb\n");
        assert_eq!((lines.len(), used), (2, 5));
    }

    #[test]
    fn files_of_machines_and_their_conflict_copies() {
        assert_eq!(machine_of("laptop.jsonl"), Some("laptop"));
        assert_eq!(
            machine_of("laptop.sync-conflict-20261207-101500-ABCDEF1.jsonl"),
            Some("laptop")
        );
        assert_eq!(machine_of("laptop.json"), None);
        assert_eq!(machine_of(".stfolder"), None);
        assert_eq!(machine_of(".laptop.jsonl"), None);
        assert_eq!(machine_of(".jsonl"), None);
    }

    #[test]
    fn the_latest_break_anywhere_counts_and_never_lies_in_the_future() {
        let mut peers = Peers::default();
        assert_eq!(peers.latest_break(at(0)), None);
        peers.add("a", [done(5).as_str()], at(6));
        peers.add(
            "b",
            [line(8, Shared::NaturalBreak { secs: 600 }).as_str()],
            at(9),
        );
        peers.add("c", [line(9, Shared::Away).as_str()], at(9));
        assert_eq!(peers.latest_break(at(10)), Some(at(8)));
        // A clock 10 minutes ahead: named once; its break counts as now, not later.
        let notes = peers.add("d", [done(20).as_str(), done(21).as_str()], at(10));
        assert_eq!(
            notes,
            vec![Note::ClockAhead {
                machine: "d".into(),
                ahead: Duration::from_secs(600)
            }]
        );
        assert!(peers.add("d", [done(22).as_str()], at(11)).is_empty());
        assert_eq!(peers.latest_break(at(11)), Some(at(11)));
        // Up to the limit is fine.
        let mut near = Peers::default();
        assert!(near.add("e", [done(12).as_str()], at(10)).is_empty());
    }

    #[test]
    fn away_counts_only_when_away_everywhere() {
        let mut peers = Peers::default();
        // The desktop: in use from 10 to 70, away after.
        peers.add(
            "desk",
            [
                line(10, Shared::Active).as_str(),
                line(70, Shared::Away).as_str(),
            ],
            at(80),
        );
        // An hour of work at the desk is no break for the laptop.
        assert!(!peers.away_everywhere(at(5), at(65)));
        assert!(
            !peers.away_everywhere(at(0), at(10)),
            "active at the very end"
        );
        assert!(
            peers.away_everywhere(at(0), at(9)),
            "before the desk said anything"
        );
        assert!(peers.away_everywhere(at(71), at(90)));
        assert!(!peers.away_everywhere(at(69), at(90)));
    }

    #[test]
    fn the_reminder_shows_on_the_machine_used_last() {
        let mut peers = Peers::default();
        peers.add(
            "desk",
            [
                line(0, Shared::Active).as_str(),
                line(30, Shared::Away).as_str(),
            ],
            at(40),
        );
        // Here in use now: here. Here left at 20, the desk at 30: the desk.
        assert!(peers.reminder_here("laptop", at(40), at(40), FRESH));
        assert!(!peers.reminder_here("laptop", at(20), at(40), FRESH));
        assert!(peers.reminder_here("laptop", at(35), at(40), FRESH));
        // Both in use (one keyboard, two machines): the first name shows it, only there.
        peers.add("desk", [line(38, Shared::Active).as_str()], at(40));
        assert!(!peers.reminder_here("laptop", at(40), at(40), FRESH));
        let mut other = Peers::default();
        other.add("laptop", [line(38, Shared::Active).as_str()], at(40));
        assert!(other.reminder_here("desk", at(40), at(40), FRESH));
        // A file with this machine's own name (two machines named alike) never takes the
        // reminder away from here.
        let mut twin = Peers::default();
        twin.add("laptop", [line(38, Shared::Active).as_str()], at(40));
        assert!(twin.reminder_here("laptop", at(40), at(40), FRESH));
        // "Away since" stamped the second it said "active" (idle since before it started): away.
        let mut same = Peers::default();
        same.add(
            "desk",
            [
                line(38, Shared::Away).as_str(),
                line(38, Shared::Active).as_str(),
            ],
            at(40),
        );
        assert!(same.reminder_here("laptop", at(40), at(40), FRESH));
        assert!(same.view()[0].away);
        // A machine that never said where its person is does not take reminders.
        let mut silent = Peers::default();
        silent.add("nas", [done(1).as_str()], at(40));
        assert!(silent.reminder_here("laptop", at(2), at(40), FRESH));
    }

    #[test]
    fn a_machine_silent_while_active_goes_stale() {
        let mut peers = Peers::default();
        peers.add("desk", [line(0, Shared::Active).as_str()], at(1));
        // In use until its newest line is `FRESH` old, then used last at that line.
        assert_eq!(peers.last_used(at(60), FRESH), Some(at(60)));
        assert!(!peers.reminder_here("laptop", at(50), at(60), FRESH));
        assert_eq!(peers.last_used(at(61), FRESH), Some(at(0)));
        assert!(peers.reminder_here("laptop", at(50), at(61), FRESH));
        // Any newer line, whatever it says, keeps it fresh.
        peers.add("desk", [done(45).as_str()], at(46));
        assert_eq!(peers.last_used(at(100), FRESH), Some(at(100)));
        assert_eq!(peers.last_used(at(106), FRESH), Some(at(45)));
        // Away: used last when it left, however long ago.
        peers.add("desk", [line(50, Shared::Away).as_str()], at(51));
        assert_eq!(peers.last_used(at(500), FRESH), Some(at(50)));
        assert_eq!(Peers::default().last_used(at(5), FRESH), None);
    }

    #[test]
    fn an_answer_elsewhere_withdraws_the_reminder() {
        let mut peers = Peers::default();
        peers.add("desk", [line(10, Shared::ReminderOver).as_str()], at(11));
        assert_eq!(peers.latest_reminder_over(at(11)), Some(at(10)));
        // Stamped ahead: no later than now.
        assert_eq!(peers.latest_reminder_over(at(9)), Some(at(9)));
        peers.add("desk", [done(15).as_str()], at(16));
        assert_eq!(peers.latest_reminder_over(at(16)), Some(at(15)));
        peers.add("desk", [line(20, Shared::Away).as_str()], at(21));
        peers.add(
            "desk",
            [line(21, Shared::NaturalBreak { secs: 600 }).as_str()],
            at(22),
        );
        assert_eq!(
            peers.latest_reminder_over(at(30)),
            Some(at(15)),
            "presence and time away end no reminder"
        );
    }

    #[test]
    fn progress_counts_each_stretch_once_and_a_forgotten_file_is_read_again() {
        let mut peers = Peers::default();
        let lines = [done(1), done(2), line(3, Shared::ReminderOver), done(1)];
        peers.add("desk", lines.iter().map(String::as_str), at(5));
        peers.add("desk", lines.iter().map(String::as_str), at(6));
        let history = peers.history();
        assert_eq!(history.len(), 2, "{history:?}");
        assert!(history.iter().all(|e| e.event == EventKind::Completed));
        peers.add(
            "nas",
            [
                line(
                    4,
                    Shared::Skipped {
                        exercise: "seal-stretch".into(),
                    },
                )
                .as_str(),
                line(6, Shared::NaturalBreak { secs: 900 }).as_str(),
            ],
            at(7),
        );
        let kinds: Vec<_> = peers
            .history()
            .iter()
            .map(|e| (e.event, e.exercise.clone(), e.secs))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (EventKind::Completed, Some("chin-tucks".into()), None),
                (EventKind::Completed, Some("chin-tucks".into()), None),
                (EventKind::Skipped, Some("seal-stretch".into()), None),
                (EventKind::NaturalBreak, None, Some(900)),
            ]
        );
        // In the writer's offset (its local day), as written.
        assert_eq!(peers.history()[0].ts.offset().local_minus_utc(), 3600);
        peers.forget("desk");
        peers.forget("nas");
        assert!(peers.history().is_empty());
        peers.add("desk", [done(1).as_str()], at(7));
        assert_eq!(peers.history().len(), 1);
    }

    #[test]
    fn the_view_names_each_machine_its_last_line_and_presence() {
        let mut peers = Peers::default();
        peers.add(
            "desk",
            [line(1, Shared::Active).as_str(), done(4).as_str()],
            at(5),
        );
        peers.add("nas", [done(2).as_str()], at(5));
        peers.add(
            "tv",
            [
                line(1, Shared::Active).as_str(),
                line(3, Shared::Away).as_str(),
            ],
            at(5),
        );
        let view = peers.view();
        assert_eq!(
            view,
            vec![
                PeerView {
                    name: "desk".into(),
                    last_event: Some(at(4)),
                    away: false
                },
                PeerView {
                    name: "nas".into(),
                    last_event: Some(at(2)),
                    away: true
                },
                PeerView {
                    name: "tv".into(),
                    last_event: Some(at(3)),
                    away: true
                },
            ]
        );
    }

    fn shared() -> impl Strategy<Value = Shared> {
        prop_oneof![
            Just(Shared::Completed {
                exercise: "chin-tucks".into()
            }),
            Just(Shared::Skipped {
                exercise: "seal-stretch".into()
            }),
            (1u64..7200).prop_map(|secs| Shared::NaturalBreak { secs }),
            Just(Shared::ReminderOver),
            Just(Shared::Away),
            Just(Shared::Active),
        ]
    }

    /// Lines of up to three machines, each (machine, minute, what).
    fn machine_lines() -> impl Strategy<Value = Vec<(usize, i64, Shared)>> {
        prop::collection::vec((0usize..3, 0i64..240, shared()), 0..40)
    }

    fn deliver(lines: &[(usize, i64, Shared)], now: DateTime<Utc>) -> Peers {
        let mut peers = Peers::default();
        for (machine, min, what) in lines {
            peers.add(
                &format!("m{machine}"),
                [line(*min, what.clone()).as_str()],
                now,
            );
        }
        peers
    }

    /// Every question the schedule asks, over a grid of moments.
    fn answers(peers: &Peers, now: DateTime<Utc>) -> Vec<String> {
        let mut out = vec![
            format!("{:?}", peers.latest_break(now)),
            format!("{:?}", peers.history()),
            format!("{:?}", peers.view()),
        ];
        for from in (0..250).step_by(25) {
            for len in [0, 7, 30, 120] {
                out.push(format!(
                    "{}",
                    peers.away_everywhere(at(from), at(from + len))
                ));
            }
            out.push(format!("{:?}", peers.latest_reminder_over(at(from))));
            out.push(format!(
                "{}",
                peers.reminder_here("m1", at(from), now, FRESH)
            ));
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Any order, delay or repetition of the lines gives the same view as in-order
        /// delivery once all have arrived; reading everything again changes nothing.
        #[test]
        fn delivery_order_and_repeats_do_not_matter(
            lines in machine_lines(),
            seed in any::<u64>(),
            repeats in prop::collection::vec(any::<prop::sample::Index>(), 0..10),
        ) {
            let now = at(300);
            let mut in_order = lines.clone();
            in_order.sort_by_key(|(m, min, _)| (*m, *min));
            let expected = deliver(&in_order, now);

            let mut shuffled = lines.clone();
            for extra in &repeats {
                if !lines.is_empty() {
                    shuffled.push(lines[extra.index(lines.len())].clone());
                }
            }
            // A deterministic shuffle from the seed.
            let mut state = seed | 1;
            for i in (1..shuffled.len()).rev() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                shuffled.swap(i, (state % (i as u64 + 1)) as usize);
            }
            let merged = deliver(&shuffled, now);
            prop_assert_eq!(answers(&merged, now), answers(&expected, now));

            let mut again = merged.clone();
            for (machine, min, what) in &lines {
                again.add(&format!("m{machine}"), [line(*min, what.clone()).as_str()], now);
            }
            prop_assert_eq!(answers(&again, now), answers(&merged, now));
        }

        /// Away everywhere from `from` to `to` holds exactly when, at every minute of it and
        /// at every transition inside it, no machine's last transition said "active".
        #[test]
        fn away_everywhere_is_the_intersection(
            lines in machine_lines(),
            from in 0i64..240,
            len in 0i64..120,
        ) {
            let peers = deliver(&lines, at(400));
            let to = from + len;
            let active_at = |machine: usize, minute: i64| {
                let mut state = None;
                let mut mine: Vec<&(usize, i64, Shared)> =
                    lines.iter().filter(|(m, min, _)| *m == machine && *min <= minute).collect();
                mine.sort_by(|a, b| (a.1, &a.2).cmp(&(b.1, &b.2)));
                for (_, _, what) in mine {
                    match what {
                        Shared::Active => state = Some(true),
                        Shared::Away => state = Some(false),
                        _ => {}
                    }
                }
                state == Some(true)
            };
            let brute = (0..3).all(|m| (from..=to).all(|minute| !active_at(m, minute)));
            prop_assert_eq!(peers.away_everywhere(at(from), at(to)), brute);
        }

        /// The clock: a line stamped ahead of now never makes the latest break later than now.
        #[test]
        fn no_break_from_the_future(lines in machine_lines(), now in 0i64..240) {
            let peers = deliver(&lines, at(now));
            prop_assert!(peers.latest_break(at(now)).is_none_or(|b| b <= at(now)));
        }
    }
}
