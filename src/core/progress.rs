//! Progress at a glance: today's count, the streak, per-day bars and the completion rate.
//!
//! Pure: the history entries and "today" (a local date) are inputs. The running app keeps one
//! [`Tally`] (a few bytes per day of history) and adds each entry it writes, so nothing re-reads
//! the history file.
//!
//! Definitions (also in the README):
//! - An entry counts on the local date it was written on (its own UTC offset), so a DST change
//!   or travel never moves a stretch to another day.
//! - **Streak**: consecutive days with at least one *completed* stretch, ending today, or
//!   yesterday while today has none yet (the streak is not lost before the day is over).
//!   Natural breaks (time away) are counted and drawn, but do not keep a streak alive: being away
//!   from the desk all day is not a stretch.
//! - **Completion rate**: completed ÷ offered, where offered = reminders not snoozed (a snooze
//!   re-reminds; each reminder ends completed, skipped or ignored), but at least completed +
//!   skipped (a stretch started from the menu or the command line had no reminder).
//!   None while nothing was offered.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use serde::Serialize;

use super::feeling::ExerciseSummary;
use super::history::{Entry, EventKind};
use super::position_time::PositionTime;
use super::words::Words;
use crate::t;

/// What one day's history holds, as far as progress goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DayTally {
    pub reminded: u32,
    pub snoozed: u32,
    pub completed: u32,
    pub skipped: u32,
    pub natural_breaks: u32,
}

impl DayTally {
    fn add(&mut self, kind: EventKind) {
        let field = match kind {
            EventKind::Reminded => &mut self.reminded,
            EventKind::Snoozed => &mut self.snoozed,
            EventKind::Completed => &mut self.completed,
            EventKind::Skipped => &mut self.skipped,
            EventKind::NaturalBreak => &mut self.natural_breaks,
            EventKind::Started
            | EventKind::Paused
            | EventKind::Resumed
            | EventKind::Sitting
            | EventKind::Standing
            | EventKind::Stopped
            | EventKind::Rated
            | EventKind::RatingCleared => return,
        };
        *field = field.saturating_add(1);
    }

    fn plus(self, o: DayTally) -> DayTally {
        DayTally {
            reminded: self.reminded.saturating_add(o.reminded),
            snoozed: self.snoozed.saturating_add(o.snoozed),
            completed: self.completed.saturating_add(o.completed),
            skipped: self.skipped.saturating_add(o.skipped),
            natural_breaks: self.natural_breaks.saturating_add(o.natural_breaks),
        }
    }

    /// Reminders that ended (completed, skipped or ignored), see the module docs.
    pub fn offered(&self) -> u32 {
        self.reminded
            .saturating_sub(self.snoozed)
            .max(self.completed.saturating_add(self.skipped))
    }

    /// Completed ÷ offered in whole percent (rounded down, at most 100); None if none offered.
    pub fn completion_rate_percent(&self) -> Option<u32> {
        let offered = self.offered();
        (offered > 0)
            .then(|| (u64::from(self.completed) * 100 / u64::from(offered)).min(100) as u32)
    }
}

/// The history folded by local date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    days: BTreeMap<NaiveDate, DayTally>,
    positions: PositionTime,
}

/// Today's count and the streak: what the tray tooltip and the stretch window say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub completed_today: u32,
    pub streak_days: u32,
}

/// One bar of the week window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DayBar {
    pub date: NaiveDate,
    pub completed: u32,
    pub natural_breaks: u32,
    /// Time sitting and standing (sit/stand turns), the position held now counted up to now.
    pub sitting_secs: u64,
    pub standing_secs: u64,
}

/// Everything the "Your week" window shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overview {
    /// The last 28 days, oldest first; the last 7 are the week.
    pub days: Vec<DayBar>,
    pub progress: Progress,
    pub last_7_days: DayTally,
    pub last_28_days: DayTally,
    /// Ratings and the mobility/strength split (the history's exercise side, added by the
    /// caller, which knows the exercise set).
    pub exercises: ExerciseSummary,
}

impl Overview {
    pub fn week(&self) -> &[DayBar] {
        &self.days[self.days.len().saturating_sub(7)..]
    }
}

impl Tally {
    pub fn from_entries<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Tally {
        let mut tally = Tally::default();
        for entry in entries {
            tally.add(entry);
        }
        tally
    }

    pub fn add(&mut self, entry: &Entry) {
        self.positions.add(entry);
        self.days
            .entry(entry.ts.date_naive())
            .or_default()
            .add(entry.event);
    }

    pub fn day(&self, date: NaiveDate) -> DayTally {
        self.days.get(&date).copied().unwrap_or_default()
    }

    /// Time sitting and standing.
    pub fn positions(&self) -> &PositionTime {
        &self.positions
    }

    /// The sum over the `n` days ending with `today` (today included).
    pub fn last_days(&self, today: NaiveDate, n: u64) -> DayTally {
        let Some(first) = today.checked_sub_days(Days::new(n.saturating_sub(1))) else {
            return DayTally::default();
        };
        self.days
            .range(first..=today)
            .fold(DayTally::default(), |sum, (_, d)| sum.plus(*d))
    }

    /// Days in a row with a completed stretch, ending today or (while today has none) yesterday.
    pub fn streak(&self, today: NaiveDate) -> u32 {
        let done = |date: NaiveDate| self.day(date).completed > 0;
        let mut cursor = if done(today) {
            Some(today)
        } else {
            today.pred_opt()
        };
        let mut streak = 0;
        while let Some(date) = cursor.filter(|d| done(*d)) {
            streak += 1;
            cursor = date.pred_opt();
        }
        streak
    }

    pub fn progress(&self, today: NaiveDate) -> Progress {
        Progress {
            completed_today: self.day(today).completed,
            streak_days: self.streak(today),
        }
    }

    /// Progress as it will be once one more stretch is completed today (for the stretch
    /// window's last seconds, shown before the outcome is written).
    pub fn progress_after_one_more(&self, today: NaiveDate) -> Progress {
        let mut tally = self.clone_recent(today);
        tally.days.entry(today).or_default().completed += 1;
        tally.progress(today)
    }

    /// A copy that holds today and the unbroken run of days before it (all the streak needs).
    fn clone_recent(&self, today: NaiveDate) -> Tally {
        let mut days = BTreeMap::new();
        let mut cursor = Some(today);
        while let Some(date) = cursor {
            match self.days.get(&date) {
                Some(d) => {
                    days.insert(date, *d);
                }
                None if date == today => {}
                None => break,
            }
            cursor = date.pred_opt();
        }
        Tally {
            days,
            positions: PositionTime::default(),
        }
    }

    /// The week window's content as of `now` (local time).
    pub fn overview(&self, now: DateTime<FixedOffset>) -> Overview {
        let today = now.date_naive();
        let days = (0..28u64)
            .rev()
            .filter_map(|back| today.checked_sub_days(Days::new(back)))
            .map(|date| {
                let d = self.day(date);
                let positions = self.positions.day(date, now);
                DayBar {
                    date,
                    completed: d.completed,
                    natural_breaks: d.natural_breaks,
                    sitting_secs: positions.sitting_secs,
                    standing_secs: positions.standing_secs,
                }
            })
            .collect();
        Overview {
            days,
            progress: self.progress(today),
            last_7_days: self.last_days(today, 7),
            last_28_days: self.last_days(today, 28),
            exercises: ExerciseSummary::default(),
        }
    }
}

impl Progress {
    /// "3 stretches today · 5-day streak"; "No stretch yet today · 5-day streak" while today
    /// has none (the streak still stands until the day is over); no streak part without one.
    pub fn line(&self, words: &Words) -> String {
        let today = t!(words, "progress-today", count = self.completed_today);
        match self.streak_days {
            0 => today,
            n => t!(words, "progress-with-streak", today = today, streak = n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn at(ts: &str, event: EventKind) -> Entry {
        Entry {
            ts: DateTime::parse_from_rfc3339(ts).unwrap(),
            event,
            exercise: None,
            secs: None,
            feeling: None,
        }
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    use EventKind::*;

    #[test]
    fn progress_line_wording() {
        let line = |completed_today, streak_days| {
            Progress {
                completed_today,
                streak_days,
            }
            .line(&Words::english())
        };
        let table = [
            (0, 0, "No stretch yet today"),
            (0, 4, "No stretch yet today · 4-day streak"),
            (1, 1, "1 stretch today · 1-day streak"),
            (2, 1, "2 stretches today · 1-day streak"),
            (3, 5, "3 stretches today · 5-day streak"),
            (1, 0, "1 stretch today"), // cannot happen, but must read well
        ];
        for (n, streak, want) in table {
            assert_eq!(line(n, streak), want, "{n} today, {streak}-day streak");
        }
    }

    /// (entries, today, completed today, streak): the streak ends today or yesterday.
    #[test]
    fn streak_and_today_table() {
        let c = |ts: &str| at(ts, Completed);
        let table: Vec<(&str, Vec<Entry>, &str, u32, u32)> = vec![
            ("empty history", vec![], "2026-11-26", 0, 0),
            (
                "today only",
                vec![c("2026-11-26T09:00:00+00:00")],
                "2026-11-26",
                1,
                1,
            ),
            (
                "yesterday keeps the streak while today has none",
                vec![
                    c("2026-11-24T09:00:00+00:00"),
                    c("2026-11-25T09:00:00+00:00"),
                ],
                "2026-11-26",
                0,
                2,
            ),
            (
                "the day before yesterday does not",
                vec![c("2026-11-24T09:00:00+00:00")],
                "2026-11-26",
                0,
                0,
            ),
            (
                "a gap ends the run",
                vec![
                    c("2026-11-20T09:00:00+00:00"),
                    c("2026-11-22T09:00:00+00:00"),
                    c("2026-11-23T09:00:00+00:00"),
                    c("2026-11-23T10:00:00+00:00"),
                ],
                "2026-11-23",
                2,
                2,
            ),
            (
                "natural breaks and skips keep no streak",
                vec![
                    c("2026-11-24T09:00:00+00:00"),
                    at("2026-11-25T09:00:00+00:00", NaturalBreak),
                    at("2026-11-25T10:00:00+00:00", Skipped),
                    c("2026-11-26T09:00:00+00:00"),
                ],
                "2026-11-26",
                1,
                1,
            ),
            (
                "one second before and at local midnight",
                vec![
                    c("2026-11-25T23:59:59+01:00"),
                    c("2026-11-26T00:00:00+01:00"),
                ],
                "2026-11-26",
                1,
                2,
            ),
            (
                "the entry's own offset decides its day (23:30 in New York is the 25th)",
                vec![c("2026-11-25T23:30:00-05:00")],
                "2026-11-26",
                0,
                1,
            ),
            (
                "DST ends in Berlin (25-hour day): 00:30+02:00 and 23:30+01:00 are one day",
                vec![
                    c("2026-10-24T12:00:00+02:00"),
                    c("2026-10-25T00:30:00+02:00"),
                    c("2026-10-25T23:30:00+01:00"),
                    c("2026-10-26T00:10:00+01:00"),
                ],
                "2026-10-26",
                1,
                3,
            ),
            (
                "DST starts in Berlin (23-hour day)",
                vec![
                    c("2026-03-28T23:59:00+01:00"),
                    c("2026-03-29T01:59:59+01:00"),
                    c("2026-03-29T03:00:00+02:00"),
                ],
                "2026-03-29",
                2,
                2,
            ),
            (
                "a streak across the new year and a leap day",
                vec![
                    c("2027-12-31T09:00:00+00:00"),
                    c("2028-01-01T09:00:00+00:00"),
                    c("2028-02-28T09:00:00+00:00"),
                    c("2028-02-29T09:00:00+00:00"),
                    c("2028-03-01T09:00:00+00:00"),
                ],
                "2028-03-01",
                1,
                3,
            ),
            (
                "entries after today (clock set back) do not count",
                vec![c("2026-11-27T09:00:00+00:00")],
                "2026-11-26",
                0,
                0,
            ),
        ];
        for (what, entries, today, completed, streak) in table {
            let tally = Tally::from_entries(&entries);
            let p = tally.progress(date(today));
            assert_eq!(p.completed_today, completed, "{what}: completed today");
            assert_eq!(p.streak_days, streak, "{what}: streak");
        }
    }

    #[test]
    fn a_long_streak_counts_every_day() {
        let start = date("2026-01-01");
        let entries: Vec<Entry> = (0..400)
            .map(|i| {
                let d = start + Days::new(i);
                at(&format!("{d}T12:00:00+00:00"), Completed)
            })
            .collect();
        let tally = Tally::from_entries(&entries);
        assert_eq!(tally.streak(start + Days::new(399)), 400);
        assert_eq!(tally.streak(start + Days::new(400)), 400); // yesterday
        assert_eq!(tally.streak(start + Days::new(401)), 0);
        assert_eq!(tally.streak(NaiveDate::MIN), 0);
    }

    #[test]
    fn after_one_more_counts_the_running_stretch() {
        let tally = Tally::from_entries(&[
            at("2026-11-24T09:00:00+00:00", Completed),
            at("2026-11-25T09:00:00+00:00", Completed),
            at("2026-11-26T08:00:00+00:00", Completed),
        ]);
        let today = date("2026-11-26");
        assert_eq!(
            tally.progress_after_one_more(today),
            Progress {
                completed_today: 2,
                streak_days: 3
            }
        );
        // First of the day after a run that ended yesterday: the run goes on.
        assert_eq!(
            tally.progress_after_one_more(date("2026-11-27")),
            Progress {
                completed_today: 1,
                streak_days: 4
            }
        );
        // After a gap: a fresh 1-day streak.
        assert_eq!(
            tally.progress_after_one_more(date("2026-11-29")),
            Progress {
                completed_today: 1,
                streak_days: 1
            }
        );
        assert_eq!(tally.progress(today).completed_today, 1, "unchanged");
    }

    /// (events of the window, rate): completed ÷ max(reminded − snoozed, completed + skipped).
    #[test]
    fn completion_rate_table() {
        let table: Vec<(&str, Vec<EventKind>, Option<u32>)> = vec![
            ("nothing offered", vec![], None),
            ("natural breaks offer nothing", vec![NaturalBreak], None),
            (
                "one reminder, completed",
                vec![Reminded, Completed],
                Some(100),
            ),
            ("one reminder, skipped", vec![Reminded, Skipped], Some(0)),
            ("one reminder, ignored", vec![Reminded], Some(0)),
            (
                "snoozed, reminded again, completed",
                vec![Reminded, Snoozed, Reminded, Completed],
                Some(100),
            ),
            (
                "three reminders: completed, ignored, skipped",
                vec![Reminded, Completed, Reminded, Reminded, Skipped],
                Some(33),
            ),
            (
                "stretch from the menu without a reminder",
                vec![Started, Completed],
                Some(100),
            ),
            (
                "a reminder ignored, then a stretch from the menu",
                vec![Reminded, Started, Completed],
                Some(100),
            ),
            (
                "pause and resume change nothing",
                vec![Reminded, Paused, Resumed, Completed, Reminded],
                Some(50),
            ),
        ];
        for (what, events, want) in table {
            let entries: Vec<Entry> = events
                .iter()
                .enumerate()
                .map(|(i, e)| at(&format!("2026-11-26T09:{i:02}:00+00:00"), *e))
                .collect();
            let tally = Tally::from_entries(&entries);
            let rate = tally
                .last_days(date("2026-11-26"), 7)
                .completion_rate_percent();
            assert_eq!(rate, want, "{what}");
        }
    }

    #[test]
    fn overview_has_28_days_oldest_first_and_sums_each_window() {
        let entries = [
            at("2026-10-29T09:00:00+00:00", Completed), // 29 days back: outside
            at("2026-10-30T09:00:00+00:00", Completed), // first of the 28
            at("2026-10-30T09:00:00+00:00", Reminded),
            at("2026-11-19T23:59:59+00:00", Completed), // 8th day back: not in the week
            at("2026-11-20T00:00:00+00:00", Completed), // first of the week
            at("2026-11-20T00:00:00+00:00", Reminded),
            at("2026-11-26T09:00:00+00:00", NaturalBreak),
            at("2026-11-26T10:00:00+00:00", NaturalBreak),
            at("2026-11-26T11:00:00+00:00", Reminded),
            at("2026-11-26T11:00:05+00:00", Completed),
        ];
        let o = Tally::from_entries(&entries).overview(
            date("2026-11-26")
                .and_hms_opt(12, 0, 0)
                .unwrap()
                .and_utc()
                .fixed_offset(),
        );
        assert_eq!(o.days.len(), 28);
        assert_eq!(o.days[0].date, date("2026-10-30"));
        assert_eq!(o.days[0].completed, 1);
        assert_eq!(o.days[27].date, date("2026-11-26"));
        assert_eq!((o.days[27].completed, o.days[27].natural_breaks), (1, 2));
        let week = o.week();
        assert_eq!(week.len(), 7);
        assert_eq!(week[0].date, date("2026-11-20"));
        assert_eq!(o.last_7_days.completed, 2);
        assert_eq!(o.last_7_days.natural_breaks, 2);
        assert_eq!(o.last_7_days.completion_rate_percent(), Some(100));
        assert_eq!(o.last_28_days.completed, 4);
        assert_eq!(o.last_28_days.offered(), 4);
        assert_eq!(
            o.progress,
            Progress {
                completed_today: 1,
                streak_days: 1
            }
        );
        let sum: u32 = o.days.iter().map(|d| d.completed).sum();
        assert_eq!(sum, o.last_28_days.completed, "bars add up to the total");
    }

    #[test]
    fn adding_entries_one_by_one_equals_folding_them() {
        let entries: Vec<Entry> = (0..50)
            .map(|i| {
                let kind = [Reminded, Completed, Skipped, Snoozed, NaturalBreak][i % 5];
                at(&format!("2026-11-{:02}T09:00:00+00:00", 1 + i / 3), kind)
            })
            .collect();
        let mut live = Tally::default();
        for e in &entries {
            live.add(e);
        }
        assert_eq!(live, Tally::from_entries(&entries));
    }
}
