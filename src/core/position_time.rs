//! Time sitting and time standing per local day, from the history's position entries.
//!
//! A position lasts from its entry (`sitting`, `standing`) until the next one, the start of a
//! natural break (after which the person counts as sitting again), the app stopping (`stopped`),
//! or now. Time is counted on the local date it passed on, in the offset of the entry that began
//! it; a span is cut at each midnight.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, FixedOffset, NaiveDate, TimeDelta};

use super::history::{Entry, EventKind};
use super::posture::Position;

/// Seconds in each position on one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DayPositions {
    pub sitting_secs: u64,
    pub standing_secs: u64,
}

impl DayPositions {
    fn add(&mut self, position: Position, secs: u64) {
        let field = match position {
            Position::Sitting => &mut self.sitting_secs,
            Position::Standing => &mut self.standing_secs,
        };
        *field = field.saturating_add(secs);
    }

    fn plus(self, other: DayPositions) -> DayPositions {
        DayPositions {
            sitting_secs: self.sitting_secs.saturating_add(other.sitting_secs),
            standing_secs: self.standing_secs.saturating_add(other.standing_secs),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PositionTime {
    days: BTreeMap<NaiveDate, DayPositions>,
    /// The position being held and since when.
    open: Option<(Position, DateTime<FixedOffset>)>,
}

impl PositionTime {
    /// Entries come in the order they were written.
    pub fn add(&mut self, entry: &Entry) {
        match entry.event {
            EventKind::Sitting => self.begin(entry.ts, Some(Position::Sitting)),
            EventKind::Standing => self.begin(entry.ts, Some(Position::Standing)),
            EventKind::Stopped => self.begin(entry.ts, None),
            EventKind::NaturalBreak => {
                let Some((position, since)) = self.open else {
                    return;
                };
                let away = TimeDelta::seconds(entry.secs.unwrap_or(0).min(i64::MAX as u64) as i64);
                let left = entry.ts.checked_sub_signed(away).unwrap_or(entry.ts);
                self.count(position, since, left.max(since));
                self.open = Some((Position::Sitting, entry.ts));
            }
            _ => {}
        }
    }

    fn begin(&mut self, at: DateTime<FixedOffset>, next: Option<Position>) {
        if let Some((position, since)) = self.open {
            self.count(position, since, at);
        }
        self.open = next.map(|position| (position, at));
    }

    /// Adds `from..to` to the days it passed on, cut at each local midnight.
    fn count(
        &mut self,
        position: Position,
        from: DateTime<FixedOffset>,
        to: DateTime<FixedOffset>,
    ) {
        let mut cursor = from;
        let to = to.with_timezone(from.offset());
        while cursor < to {
            let day = cursor.date_naive();
            let next_midnight = day
                .checked_add_days(Days::new(1))
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .and_then(|d| d.and_local_timezone(*from.offset()).single())
                .unwrap_or(to);
            let end = next_midnight.min(to);
            let secs = (end - cursor).num_seconds().max(0) as u64;
            self.days.entry(day).or_default().add(position, secs);
            cursor = end;
        }
    }

    /// One day's time, the position held now counted up to `now`.
    pub fn day(&self, date: NaiveDate, now: DateTime<FixedOffset>) -> DayPositions {
        let mut with_open = self.clone();
        with_open.begin(now, None);
        with_open.days.get(&date).copied().unwrap_or_default()
    }

    /// The sum over the `n` days ending with `today`, the open position counted up to `now`.
    pub fn last_days(&self, today: NaiveDate, n: u64, now: DateTime<FixedOffset>) -> DayPositions {
        let Some(first) = today.checked_sub_days(Days::new(n.saturating_sub(1))) else {
            return DayPositions::default();
        };
        let mut with_open = self.clone();
        with_open.begin(now, None);
        with_open
            .days
            .range(first..=today)
            .fold(DayPositions::default(), |sum, (_, d)| sum.plus(*d))
    }
}

/// "2 h 5 min", "40 min", "0 min": time in a position, to the minute.
pub fn hours_minutes(secs: u64) -> String {
    let minutes = secs / 60;
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ts: &str, event: EventKind) -> Entry {
        Entry {
            ts: DateTime::parse_from_rfc3339(ts).unwrap(),
            event,
            exercise: None,
            secs: None,
            feeling: None,
        }
    }

    fn fold(entries: &[Entry]) -> PositionTime {
        let mut time = PositionTime::default();
        for entry in entries {
            time.add(entry);
        }
        time
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn now(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn spans_end_at_the_next_change_a_break_a_stop_or_now() {
        let entries = [
            at("2026-12-07T09:00:00+01:00", EventKind::Sitting),
            at("2026-12-07T09:40:00+01:00", EventKind::Standing),
            at("2026-12-07T10:00:00+01:00", EventKind::Sitting),
            Entry {
                secs: Some(600),
                ..at("2026-12-07T11:00:00+01:00", EventKind::NaturalBreak)
            },
            at("2026-12-07T11:30:00+01:00", EventKind::Standing),
            at("2026-12-07T12:00:00+01:00", EventKind::Stopped),
            at("2026-12-07T12:30:00+01:00", EventKind::Completed),
            at("2026-12-07T13:00:00+01:00", EventKind::Sitting),
        ];
        let time = fold(&entries);
        let day = time.day(date("2026-12-07"), now("2026-12-07T13:15:00+01:00"));
        // Sitting 40 + 50 (to the break's start) + 30 (after it) + 15 (until now) minutes.
        assert_eq!(day.sitting_secs, (40 + 50 + 30 + 15) * 60);
        // Standing 20 + 30 minutes; nothing while stopped.
        assert_eq!(day.standing_secs, (20 + 30) * 60);
    }

    #[test]
    fn midnight_splits_a_span_and_no_positions_means_nothing() {
        let time = fold(&[at("2026-12-06T23:30:00+01:00", EventKind::Standing)]);
        let now = now("2026-12-07T00:45:00+01:00");
        assert_eq!(time.day(date("2026-12-06"), now).standing_secs, 30 * 60);
        assert_eq!(time.day(date("2026-12-07"), now).standing_secs, 45 * 60);
        assert_eq!(
            time.last_days(date("2026-12-07"), 7, now).standing_secs,
            75 * 60
        );
        let nothing = fold(&[Entry {
            secs: Some(600),
            ..at("2026-12-07T11:00:00+01:00", EventKind::NaturalBreak)
        }]);
        assert_eq!(
            nothing.day(date("2026-12-07"), now),
            DayPositions::default()
        );
    }

    #[test]
    fn hours_and_minutes() {
        assert_eq!(hours_minutes(0), "0 min");
        assert_eq!(hours_minutes(59), "0 min");
        assert_eq!(hours_minutes(40 * 60), "40 min");
        assert_eq!(hours_minutes(3600), "1 h");
        assert_eq!(hours_minutes(2 * 3600 + 5 * 60), "2 h 5 min");
    }
}
