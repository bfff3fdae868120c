//! History: one JSON object per line. Parsing and statistics are pure; `crate::store` appends.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::feeling::Feeling;
use super::position_time::DayPositions;
use super::progress::{DayTally, Tally};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Reminded,
    Started,
    Completed,
    Skipped,
    Snoozed,
    Paused,
    Resumed,
    /// Time away (idle, locked, suspended) long enough to count as a break; `secs` says how long.
    NaturalBreak,
    /// Sit/stand turns: the person sits or stands from now on.
    Sitting,
    Standing,
    /// The app stopped while sit/stand turns were on: position time stops here.
    Stopped,
    /// How an exercise felt (`feeling`), from the stretch window or `exercises rate`; the
    /// latest one per exercise is its rating.
    Rated,
    /// `exercises rate ID clear`: the exercise has no rating from now on.
    RatingCleared,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// RFC 3339 with the local offset at the time (`+00:00`, never `Z`).
    #[serde(serialize_with = "rfc3339_with_offset")]
    pub ts: DateTime<FixedOffset>,
    pub event: EventKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise: Option<String>,
    /// How long a natural break lasted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secs: Option<u64>,
    /// The answer to "How did that feel?" (`rated` lines).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feeling: Option<Feeling>,
}

fn rfc3339_with_offset<S: serde::Serializer>(
    ts: &DateTime<FixedOffset>,
    s: S,
) -> Result<S::Ok, S::Error> {
    s.serialize_str(&ts.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false))
}

impl Entry {
    /// The line as written to the file, newline included.
    pub fn to_line(&self) -> String {
        // Serialising this struct cannot fail: it has no maps with non-string keys.
        let mut line = serde_json::to_string(self).unwrap_or_default();
        line.push('\n');
        line
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub line: usize,
    pub message: String,
}

/// Parses a history file; corrupt lines are skipped with a warning naming their line number.
/// A final line without a newline (a write cut short) is skipped the same way.
pub fn parse(text: &str) -> (Vec<Entry>, Vec<Warning>) {
    let mut entries = Vec::new();
    let mut warnings = Vec::new();
    let complete_lines = text.matches('\n').count();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        if number > complete_lines {
            warnings.push(Warning {
                line: number,
                message: "incomplete last line (interrupted write), skipped".into(),
            });
            continue;
        }
        match serde_json::from_str::<Entry>(line) {
            Ok(entry) => entries.push(entry),
            Err(err) => warnings.push(Warning {
                line: number,
                message: format!("skipped: {err}"),
            }),
        }
    }
    (entries, warnings)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub today: DayStats,
    pub last_7_days: DayStats,
    pub last_28_days: DayStats,
    /// Completed / (completed + skipped + ignored reminders) over the last 7 days, 0–100
    /// (see `core::progress` for the exact definition).
    pub completion_rate_percent: Option<u32>,
    /// Days in a row, ending today (or yesterday if today has none yet), with a completed stretch.
    pub streak_days: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DayStats {
    pub reminded: u32,
    pub completed: u32,
    pub skipped: u32,
    pub snoozed: u32,
    pub natural_breaks: u32,
    /// Time sitting and standing with sit/stand turns on (0 without them).
    pub sitting_secs: u64,
    pub standing_secs: u64,
}

impl DayStats {
    fn of(d: DayTally, positions: DayPositions) -> Self {
        DayStats {
            reminded: d.reminded,
            completed: d.completed,
            skipped: d.skipped,
            snoozed: d.snoozed,
            natural_breaks: d.natural_breaks,
            sitting_secs: positions.sitting_secs,
            standing_secs: positions.standing_secs,
        }
    }
}

/// Statistics as of `now` (local time), each entry counted on its own local date; the same
/// definitions as the tray's progress line and the week window.
pub fn stats(entries: &[Entry], now: DateTime<FixedOffset>) -> Stats {
    let today = now.date_naive();
    let tally = Tally::from_entries(entries);
    let week = tally.last_days(today, 7);
    let positions = tally.positions();
    Stats {
        today: DayStats::of(tally.day(today), positions.day(today, now)),
        last_7_days: DayStats::of(week, positions.last_days(today, 7, now)),
        last_28_days: DayStats::of(
            tally.last_days(today, 28),
            positions.last_days(today, 28, now),
        ),
        completion_rate_percent: week.completion_rate_percent(),
        streak_days: tally.streak(today),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn entry(ts: &str, event: EventKind) -> Entry {
        Entry {
            ts: DateTime::parse_from_rfc3339(ts).unwrap(),
            event,
            exercise: Some("cat-cow".into()),
            secs: None,
            feeling: None,
        }
    }

    #[test]
    fn lines_round_trip() {
        let e = entry("2026-11-26T14:35:00+01:00", EventKind::Completed);
        let line = e.to_line();
        assert_eq!(line, "{\"ts\":\"2026-11-26T14:35:00+01:00\",\"event\":\"completed\",\"exercise\":\"cat-cow\"}\n");
        assert_eq!(parse(&line).0, vec![e]);
        let paused = Entry {
            exercise: None,
            ..entry("2026-11-26T14:35:00Z", EventKind::Paused)
        };
        assert_eq!(
            paused.to_line(),
            "{\"ts\":\"2026-11-26T14:35:00+00:00\",\"event\":\"paused\"}\n"
        );
    }

    #[test]
    fn corrupt_and_cut_lines_are_skipped_with_their_numbers() {
        let good = entry("2026-11-26T10:00:00+00:00", EventKind::Reminded).to_line();
        let text = format!("{good}not json\n{good}\n{{\"ts\":\"2026-11-26T1");
        let (entries, warnings) = parse(&text);
        assert_eq!(entries.len(), 2);
        assert_eq!(
            warnings.iter().map(|w| w.line).collect::<Vec<_>>(),
            vec![2, 5]
        );
        assert!(warnings[1].message.contains("incomplete"));
    }

    use chrono::Duration as Days;

    #[test]
    fn stats_count_days_rate_and_streak() {
        let noon = |d: NaiveDate| d.and_hms_opt(12, 0, 0).unwrap().and_utc().fixed_offset();
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let entries = vec![
            entry("2026-11-23T09:00:00+00:00", EventKind::Completed),
            entry("2026-11-24T09:00:00+00:00", EventKind::Reminded),
            entry("2026-11-24T09:00:05+00:00", EventKind::Completed),
            entry("2026-11-25T09:00:00+00:00", EventKind::Reminded),
            entry("2026-11-25T09:00:05+00:00", EventKind::Skipped),
            entry("2026-11-25T23:30:00-05:00", EventKind::Completed), // local date: the 25th
            entry("2026-11-26T09:00:00+00:00", EventKind::Reminded),
            entry("2026-11-26T09:01:00+00:00", EventKind::Reminded),
            entry("2026-11-26T09:01:05+00:00", EventKind::Completed),
            Entry {
                exercise: None,
                secs: Some(600),
                ..entry("2026-11-26T11:00:00+00:00", EventKind::NaturalBreak)
            },
            entry("2026-11-10T09:00:00+00:00", EventKind::Completed), // outside the week
        ];
        let s = stats(&entries, noon(today));
        assert_eq!(
            s.today,
            DayStats {
                reminded: 2,
                completed: 1,
                skipped: 0,
                snoozed: 0,
                natural_breaks: 1,
                sitting_secs: 0,
                standing_secs: 0,
            }
        );
        assert_eq!(s.last_7_days.completed, 4);
        assert_eq!(s.last_28_days.completed, 5, "the 10th is within 28 days");
        assert_eq!(s.last_7_days.natural_breaks, 1);
        assert_eq!(s.streak_days, 4);
        assert_eq!(s.completion_rate_percent, Some(80)); // 4 completed of 5 outcomes
                                                         // No completion yet today: the streak still counts up to yesterday.
        let tomorrow = today + Days::days(1);
        assert_eq!(stats(&entries, noon(tomorrow)).streak_days, 4);
        assert_eq!(
            stats(&entries, noon(tomorrow + Days::days(1))).streak_days,
            0
        );
        assert_eq!(stats(&[], noon(today)).completion_rate_percent, None);
    }
}
