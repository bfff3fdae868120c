//! Local wall times to instants, safe across DST changes: a wall time a change skips moves to the
//! end of the gap, a repeated one takes its first occurrence. The time zone is an input, so every
//! rule here is tested with fixed zones and a made-up DST change.

use chrono::{DateTime, Days, LocalResult, NaiveDate, NaiveDateTime, TimeDelta, TimeZone, Utc};

use super::config::TimeOfDay;

/// The earliest instant at or after a local wall time.
pub fn local_instant<Tz: TimeZone>(tz: &Tz, local: NaiveDateTime) -> DateTime<Utc> {
    let mut probe = local;
    for _ in 0..(4 * 60) {
        match tz.from_local_datetime(&probe) {
            LocalResult::Single(t) => return t.with_timezone(&Utc),
            LocalResult::Ambiguous(a, b) => return a.min(b).with_timezone(&Utc),
            LocalResult::None => probe += TimeDelta::minutes(1),
        }
    }
    // No zone has a gap of four hours; fall back to reading the wall time as UTC.
    local.and_utc()
}

/// When `date` begins: its midnight, or where a DST change skips midnight, the end of that gap.
pub fn day_start<Tz: TimeZone>(tz: &Tz, date: NaiveDate) -> DateTime<Utc> {
    local_instant(tz, date.and_time(chrono::NaiveTime::MIN))
}

/// `at` on the local day after the one `now` falls on ("pause until tomorrow morning").
pub fn tomorrow_at<Tz: TimeZone>(tz: &Tz, now: DateTime<Utc>, at: TimeOfDay) -> DateTime<Utc> {
    let today = now.with_timezone(tz).date_naive();
    let tomorrow = today.checked_add_days(Days::new(1)).unwrap_or(today);
    match tomorrow.and_hms_opt(at.hour, at.minute, 0) {
        Some(local) => local_instant(tz, local),
        None => now + TimeDelta::days(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, MappedLocalTime, NaiveTime, Offset};

    /// A zone at +01:00 that moves to +02:00 at 02:00 on 2026-03-29 and back at 03:00 on
    /// 2026-10-25, like central Europe.
    #[derive(Clone, Copy, Debug)]
    struct Cet;

    fn summer(local: &NaiveDateTime) -> Option<bool> {
        let spring = NaiveDate::from_ymd_opt(2026, 3, 29)?.and_hms_opt(2, 0, 0)?;
        let autumn = NaiveDate::from_ymd_opt(2026, 10, 25)?.and_hms_opt(2, 0, 0)?;
        let gap_end = spring + TimeDelta::hours(1);
        let overlap_end = autumn + TimeDelta::hours(1);
        if *local >= spring && *local < gap_end {
            return None; // skipped
        }
        Some(*local >= gap_end && *local < overlap_end)
    }

    impl TimeZone for Cet {
        type Offset = FixedOffset;
        fn from_offset(_: &FixedOffset) -> Cet {
            Cet
        }
        fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<FixedOffset> {
            self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
        }
        fn offset_from_local_datetime(
            &self,
            local: &NaiveDateTime,
        ) -> MappedLocalTime<FixedOffset> {
            let one = FixedOffset::east_opt(3600).map_or(Utc.fix(), |o| o);
            let two = FixedOffset::east_opt(7200).map_or(Utc.fix(), |o| o);
            let autumn = NaiveDate::from_ymd_opt(2026, 10, 25).and_then(|d| d.and_hms_opt(2, 0, 0));
            if let Some(autumn) = autumn {
                if *local >= autumn && *local < autumn + TimeDelta::hours(1) {
                    return MappedLocalTime::Ambiguous(two, one);
                }
            }
            match summer(local) {
                None => MappedLocalTime::None,
                Some(true) => MappedLocalTime::Single(two),
                Some(false) => MappedLocalTime::Single(one),
            }
        }
        fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
            self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
        }
        fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
            let start = NaiveDate::from_ymd_opt(2026, 3, 29).and_then(|d| d.and_hms_opt(1, 0, 0));
            let end = NaiveDate::from_ymd_opt(2026, 10, 25).and_then(|d| d.and_hms_opt(1, 0, 0));
            let hours = match (start, end) {
                (Some(s), Some(e)) if *utc >= s && *utc < e => 2,
                _ => 1,
            };
            FixedOffset::east_opt(hours * 3600).map_or(Utc.fix(), |o| o)
        }
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    }

    fn naive(y: i32, m: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, mi, 0))
            .unwrap_or_default()
    }

    #[test]
    fn a_plain_wall_time_is_its_one_instant() {
        let zone = FixedOffset::east_opt(5 * 3600 + 1800).map_or(Utc.fix(), |o| o);
        assert_eq!(
            local_instant(&zone, naive(2026, 12, 7, 8, 0)),
            utc("2026-12-07T02:30:00Z")
        );
        assert_eq!(
            local_instant(&Cet, naive(2026, 6, 1, 8, 0)),
            utc("2026-06-01T06:00:00Z")
        );
    }

    #[test]
    fn a_skipped_wall_time_moves_to_the_end_of_the_gap() {
        assert_eq!(
            local_instant(&Cet, naive(2026, 3, 29, 2, 30)),
            utc("2026-03-29T01:00:00Z")
        );
    }

    #[test]
    fn a_repeated_wall_time_takes_its_first_occurrence() {
        assert_eq!(
            local_instant(&Cet, naive(2026, 10, 25, 2, 30)),
            utc("2026-10-25T00:30:00Z")
        );
    }

    #[test]
    fn tomorrow_at_is_the_next_local_day_whatever_the_hour() {
        let eight = TimeOfDay { hour: 8, minute: 0 };
        // 23:30 local on the 6th is 22:30 UTC; tomorrow is the 7th.
        assert_eq!(
            tomorrow_at(&Cet, utc("2026-12-06T22:30:00Z"), eight),
            utc("2026-12-07T07:00:00Z")
        );
        // 00:30 local on the 7th is still the 6th in UTC; tomorrow is the 8th.
        assert_eq!(
            tomorrow_at(&Cet, utc("2026-12-06T23:30:00Z"), eight),
            utc("2026-12-08T07:00:00Z")
        );
        // Across the spring change the offset moves from +1 to +2.
        assert_eq!(
            tomorrow_at(&Cet, utc("2026-03-28T12:00:00Z"), eight),
            utc("2026-03-29T06:00:00Z")
        );
        // A morning inside the gap moves to its end.
        let half_past_two = TimeOfDay {
            hour: 2,
            minute: 30,
        };
        assert_eq!(
            tomorrow_at(&Cet, utc("2026-03-28T12:00:00Z"), half_past_two),
            utc("2026-03-29T01:00:00Z")
        );
    }

    #[test]
    fn a_day_starts_at_its_local_midnight() {
        let date = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap_or_default();
        assert_eq!(day_start(&Cet, date), utc("2026-12-07T23:00:00Z"));
        let summer = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap_or_default();
        assert_eq!(day_start(&Cet, summer), utc("2026-06-30T22:00:00Z"));
    }
}
