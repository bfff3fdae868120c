//! Working hours: on which days and at which local times reminders may fire. Pure: the time
//! zone is a parameter (the shell passes `chrono::Local`; tests pass a zone with DST changes),
//! and the answer is "open or not now, and when that changes next" — a deadline, not a tick.

use chrono::{DateTime, Datelike, Duration as Days, NaiveDate, TimeZone, Utc, Weekday};

use super::calendar::local_instant;
use super::words::Prose;

/// Minutes since local midnight; an end may be 1440 (`24:00`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub start: u32,
    pub end: u32,
}

impl Range {
    /// A range whose end is not after its start runs past midnight.
    pub fn overnight(&self) -> bool {
        self.end <= self.start
    }

    /// Parses `"09:00-12:30"`; `24:00` is allowed as an end only. The error's words lack the
    /// `$key` the range was written under; the caller adds it.
    pub fn parse(text: &str) -> Result<Range, Prose> {
        let problem = |id: &str| Prose::new(id).text("value", text);
        let (a, b) = text
            .split_once('-')
            .ok_or_else(|| problem("config-hours-not-range"))?;
        let minutes = |part: &str, end: bool| -> Result<u32, Prose> {
            let part = part.trim();
            let not_a_time = || problem("config-hours-not-time").text("part", part);
            let (h, m) = part
                .split_once(':')
                .filter(|(h, m)| (1..=2).contains(&h.len()) && m.len() == 2)
                .ok_or_else(not_a_time)?;
            let (h, m): (u32, u32) = match (h.parse(), m.parse()) {
                (Ok(h), Ok(m)) => (h, m),
                _ => return Err(not_a_time()),
            };
            if end && h == 24 && m == 0 {
                return Ok(1440);
            }
            if h > 23 || m > 59 {
                return Err(problem("config-hours-out-of-day").text("part", part));
            }
            Ok(h * 60 + m)
        };
        let range = Range {
            start: minutes(a, false)?,
            end: minutes(b, true)?,
        };
        if range.start == range.end {
            return Err(problem("config-hours-empty"));
        }
        Ok(range)
    }

    /// The minutes of its own day it covers, as one or two half-open spans of 0..1440 (an
    /// overnight range covers the evening here and the morning of the next day).
    fn spans(&self) -> (std::ops::Range<u32>, std::ops::Range<u32>) {
        if self.overnight() {
            (self.start..1440, 0..self.end)
        } else {
            (self.start..self.end, 0..0)
        }
    }

    /// Whether two ranges of one list share a minute. A list applies to consecutive days, so
    /// the morning spill of an overnight range meets the next day's ranges too. (Two morning
    /// spills never need comparing: two overnight ranges already meet before midnight.)
    pub fn overlaps(&self, other: &Range) -> bool {
        let (a1, a2) = self.spans();
        let (b1, b2) = other.spans();
        let meet =
            |x: &std::ops::Range<u32>, y: &std::ops::Range<u32>| x.start < y.end && y.start < x.end;
        meet(&a1, &b1) || meet(&a1, &b2) || meet(&a2, &b1)
    }
}

/// Ranges per weekday, Monday first. An empty list is a day off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkingHours {
    pub days: [Vec<Range>; 7],
}

/// Open or closed now, and when that changes (None: never within the next weeks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HoursState {
    pub open: bool,
    pub next_change: Option<DateTime<Utc>>,
}

pub fn weekday_index(day: Weekday) -> usize {
    day.num_days_from_monday() as usize
}

impl WorkingHours {
    /// The open intervals touching the days around `now`, as UTC instants, merged.
    fn intervals<Tz: TimeZone>(
        &self,
        now: DateTime<Utc>,
        tz: &Tz,
    ) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
        let today: NaiveDate = now.with_timezone(tz).date_naive();
        let mut intervals = Vec::new();
        // Yesterday's overnight ranges may still be open; a week ahead finds the next opening.
        for offset in -1..=8 {
            let date = today + Days::days(offset);
            for range in &self.days[weekday_index(date.weekday())] {
                let start = date
                    .and_hms_opt(0, 0, 0)
                    .map(|d| d + Days::minutes(range.start as i64));
                let end_day = if range.overnight() {
                    date + Days::days(1)
                } else {
                    date
                };
                let end = end_day
                    .and_hms_opt(0, 0, 0)
                    .map(|d| d + Days::minutes(range.end as i64));
                if let (Some(start), Some(end)) = (start, end) {
                    let (start, end) = (local_instant(tz, start), local_instant(tz, end));
                    if start < end {
                        intervals.push((start, end));
                    }
                }
            }
        }
        intervals.sort();
        let mut merged: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
        for (start, end) in intervals {
            match merged.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => merged.push((start, end)),
            }
        }
        merged
    }

    pub fn state<Tz: TimeZone>(&self, now: DateTime<Utc>, tz: &Tz) -> HoursState {
        let intervals = self.intervals(now, tz);
        if let Some((_, end)) = intervals.iter().find(|(s, e)| *s <= now && now < *e) {
            return HoursState {
                open: true,
                next_change: Some(*end),
            };
        }
        HoursState {
            open: false,
            next_change: intervals.iter().map(|(s, _)| *s).find(|s| *s > now),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, MappedLocalTime, NaiveDateTime, Offset};

    /// A zone like Central Europe in 2026: UTC+1, UTC+2 from 29 March 01:00 UTC to 25 October
    /// 01:00 UTC.
    #[derive(Debug, Clone, Copy)]
    struct Cet;

    fn summer_start() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_opt(1, 0, 0)
            .unwrap()
    }
    fn summer_end() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 10, 25)
            .unwrap()
            .and_hms_opt(1, 0, 0)
            .unwrap()
    }

    impl TimeZone for Cet {
        type Offset = FixedOffset;
        fn from_offset(_: &FixedOffset) -> Cet {
            Cet
        }
        fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<FixedOffset> {
            self.offset_from_local_datetime(&local.and_hms_opt(12, 0, 0).unwrap())
        }
        fn offset_from_local_datetime(
            &self,
            local: &NaiveDateTime,
        ) -> MappedLocalTime<FixedOffset> {
            let winter = FixedOffset::east_opt(3600).unwrap();
            let summer = FixedOffset::east_opt(7200).unwrap();
            let as_winter = *local - Days::hours(1);
            let as_summer = *local - Days::hours(2);
            let summer_at = |utc: NaiveDateTime| utc >= summer_start() && utc < summer_end();
            match (summer_at(as_winter), summer_at(as_summer)) {
                (false, false) => MappedLocalTime::Single(winter),
                (true, true) => MappedLocalTime::Single(summer),
                (false, true) => MappedLocalTime::Ambiguous(summer, winter),
                (true, false) => MappedLocalTime::None,
            }
        }
        fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
            self.offset_from_utc_datetime(&utc.and_hms_opt(12, 0, 0).unwrap())
        }
        fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
            let summer = *utc >= summer_start() && *utc < summer_end();
            FixedOffset::east_opt(if summer { 7200 } else { 3600 })
                .unwrap()
                .fix()
        }
    }

    fn r(text: &str) -> Range {
        Range::parse(text).unwrap()
    }

    fn weekdays(ranges: &[&str]) -> WorkingHours {
        let list: Vec<Range> = ranges.iter().map(|t| r(t)).collect();
        WorkingHours {
            days: [
                list.clone(),
                list.clone(),
                list.clone(),
                list.clone(),
                list,
                vec![],
                vec![],
            ],
        }
    }

    /// A local wall time in `Cet`, as UTC.
    fn local(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        let naive = NaiveDate::from_ymd_opt(y, mo, d)
            .unwrap()
            .and_hms_opt(h, mi, 0)
            .unwrap();
        local_instant(&Cet, naive)
    }

    #[test]
    fn parses_ranges_and_refuses_bad_ones() {
        assert_eq!(
            r("09:00-12:30"),
            Range {
                start: 540,
                end: 750
            }
        );
        assert_eq!(
            r("9:00-24:00"),
            Range {
                start: 540,
                end: 1440
            }
        );
        assert!(r("22:00-02:00").overnight());
        // The last minute of a day and midnight as an end are times; one past them is not.
        assert_eq!(
            r("23:00-23:59"),
            Range {
                start: 1380,
                end: 1439
            }
        );
        assert_eq!(r("23:59-24:00").end, 1440);
        assert_eq!(r("00:59-01:00").start, 59);
        for bad in [
            "9-17",
            "09:00",
            "24:00-02:00",
            "09:60-10:00",
            "09:60-11:00",
            "09:5-10:00",
            "009:00-10:00",
            "25:00-02:00",
            "09:00-24:30",
            "09:00-24:01",
            "10:00-10:00",
            "a:bc-10:00",
        ] {
            assert!(Range::parse(bad).is_err(), "{bad} should be refused");
        }
        assert!(r("09:00-12:30").overlaps(&r("12:00-13:00")));
        assert!(!r("09:00-12:30").overlaps(&r("12:30-13:00")));
        assert!(r("22:00-02:00").overlaps(&r("01:00-03:00")));
        assert!(!r("22:00-02:00").overlaps(&r("02:00-03:00")));
        // Either way round, and two overnight ranges.
        assert!(r("01:00-03:00").overlaps(&r("22:00-02:00")));
        assert!(!r("02:00-03:00").overlaps(&r("22:00-02:00")));
        assert!(r("23:00-01:00").overlaps(&r("22:00-00:30")));
    }

    #[test]
    fn boundaries_table() {
        let hours = weekdays(&["09:00-12:30", "13:30-18:00"]);
        // 2026-12-07 is a Monday.
        let cases = [
            // (now, open, next change)
            (
                local(2026, 12, 7, 8, 59),
                false,
                Some(local(2026, 12, 7, 9, 0)),
            ),
            (
                local(2026, 12, 7, 9, 0),
                true,
                Some(local(2026, 12, 7, 12, 30)),
            ),
            (
                local(2026, 12, 7, 12, 30),
                false,
                Some(local(2026, 12, 7, 13, 30)),
            ),
            (
                local(2026, 12, 7, 18, 0),
                false,
                Some(local(2026, 12, 8, 9, 0)),
            ),
            // Friday evening: next opening Monday.
            (
                local(2026, 12, 11, 18, 5),
                false,
                Some(local(2026, 12, 14, 9, 0)),
            ),
            (
                local(2026, 12, 12, 11, 0),
                false,
                Some(local(2026, 12, 14, 9, 0)),
            ),
        ];
        for (i, (now, open, next)) in cases.into_iter().enumerate() {
            assert_eq!(
                hours.state(now, &Cet),
                HoursState {
                    open,
                    next_change: next
                },
                "case {i}"
            );
        }
    }

    #[test]
    fn overnight_ranges_and_day_keys() {
        let mut hours = weekdays(&["22:00-02:00"]);
        hours.days[5] = vec![r("10:00-12:00")]; // Saturday
                                                // Friday 23:00: open until Saturday 02:00.
        assert_eq!(
            hours.state(local(2026, 12, 11, 23, 0), &Cet),
            HoursState {
                open: true,
                next_change: Some(local(2026, 12, 12, 2, 0))
            }
        );
        // Saturday 01:00: still Friday's range.
        assert!(hours.state(local(2026, 12, 12, 1, 0), &Cet).open);
        assert_eq!(
            hours.state(local(2026, 12, 12, 3, 0), &Cet).next_change,
            Some(local(2026, 12, 12, 10, 0))
        );
        // Monday 23:00 to Tuesday 02:00 and Tuesday 22:00 on: adjacent ranges merge.
        let mut late = weekdays(&["22:00-24:00"]);
        late.days[1] = vec![r("00:00-02:00"), r("22:00-24:00")];
        assert_eq!(
            late.state(local(2026, 12, 7, 23, 0), &Cet).next_change,
            Some(local(2026, 12, 8, 2, 0))
        );
        let never = WorkingHours {
            days: Default::default(),
        };
        assert_eq!(
            never.state(local(2026, 12, 7, 9, 0), &Cet),
            HoursState {
                open: false,
                next_change: None
            }
        );
    }

    #[test]
    fn dst_changes_move_boundaries_in_utc() {
        let hours = weekdays(&["09:00-17:00"]);
        // Friday 27 March (winter) closes at 16:00 UTC; Monday 30 March (summer) opens at 07:00
        // UTC, an hour earlier in UTC than the winter Monday before.
        assert_eq!(
            hours.state(local(2026, 3, 27, 16, 30), &Cet).next_change,
            Some(local(2026, 3, 27, 17, 0))
        );
        assert_eq!(
            local(2026, 3, 27, 17, 0).to_rfc3339(),
            "2026-03-27T16:00:00+00:00"
        );
        let monday = hours
            .state(local(2026, 3, 28, 12, 0), &Cet)
            .next_change
            .unwrap();
        assert_eq!(monday.to_rfc3339(), "2026-03-30T07:00:00+00:00");
        // A range starting inside the spring gap (02:00-03:00 does not exist on 29 March)
        // opens at the end of the gap; one on the autumn night takes the first 02:30.
        let mut sunday = WorkingHours {
            days: Default::default(),
        };
        sunday.days[6] = vec![r("02:30-04:00")];
        let spring = sunday
            .state(local(2026, 3, 29, 0, 0), &Cet)
            .next_change
            .unwrap();
        assert_eq!(spring.to_rfc3339(), "2026-03-29T01:00:00+00:00");
        let autumn = sunday
            .state(local(2026, 10, 25, 0, 0), &Cet)
            .next_change
            .unwrap();
        assert_eq!(autumn.to_rfc3339(), "2026-10-25T00:30:00+00:00");
        // A range wholly inside the spring gap is no opening at all that night: the next is a
        // week later.
        sunday.days[6] = vec![r("02:00-03:00")];
        let state = sunday.state(local(2026, 3, 29, 0, 0), &Cet);
        assert!(!state.open);
        assert_eq!(
            state.next_change.map(|t| t.to_rfc3339()),
            Some("2026-04-05T00:00:00+00:00".to_string())
        );
    }
}
