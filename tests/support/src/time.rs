//! Wall-clock helpers, and a faked wall clock for the app (libfaketime).

use std::fs;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::Value;

use crate::tool;

/// libfaketime, the multi-threaded variant (the app has a dozen threads).
pub const LIBFAKETIME: &str = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1";

/// The offset libfaketime adds to the app's wall clock; monotonic time is left alone
/// (DONT_FAKE_MONOTONIC), so the app sees its wall clock jump the way it does after a clock
/// change or a resume.
pub struct FakeClock {
    pub file: PathBuf,
}

impl FakeClock {
    /// Moves the faked wall clock to real time + `secs` (read on every clock call).
    pub fn set_offset(&self, secs: i64) {
        let tmp = self.file.with_extension("tmp");
        fs::write(&tmp, format!("{secs:+}\n")).expect("write faketime offset");
        fs::rename(&tmp, &self.file).expect("rename faketime offset");
    }
}

pub fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Seconds since the epoch of an RFC 3339 timestamp with offset ("2026-11-26T14:35:00+01:00",
/// fractions and "Z" allowed).
pub fn rfc3339_secs(text: &str) -> Option<i64> {
    let num = |s: &str| -> Option<i64> {
        s.chars()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())
            .flatten()
    };
    let (date, rest) = text.split_once(['T', 't', ' '])?;
    let mut d = date.splitn(3, '-');
    let (y, m, day) = (num(d.next()?)?, num(d.next()?)?, num(d.next()?)?);
    let time_len = rest.find(['Z', 'z', '+', '-'])?;
    let (time, offset) = rest.split_at(time_len);
    let time = time.split('.').next()?;
    let mut t = time.splitn(3, ':');
    let (hh, mm, ss) = (num(t.next()?)?, num(t.next()?)?, num(t.next()?)?);
    let offset_secs = match offset {
        "Z" | "z" => 0,
        _ => {
            let sign = if offset.starts_with('-') { -1 } else { 1 };
            let (oh, om) = offset[1..].split_once(':')?;
            sign * (num(oh)? * 3600 + num(om)? * 60)
        }
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) || hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = (if y >= 0 { y } else { y - 399 }) / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hh * 3600 + mm * 60 + ss - offset_secs)
}

/// `date -d SPEC +%s` in the local time zone, e.g. "tomorrow 08:00".
pub fn local_epoch(spec: &str) -> i64 {
    let out = tool("date", &["-d", spec, "+%s"]).unwrap_or_else(|e| panic!("{e}"));
    out.trim()
        .parse()
        .unwrap_or_else(|e| panic!("date printed {out:?}: {e}"))
}

pub fn local_time(epoch: i64) -> String {
    tool("date", &["-d", &format!("@{epoch}"), "+%F %T %z"])
        .unwrap_or_default()
        .trim()
        .to_string()
}

pub fn local_hhmm(epoch: i64) -> String {
    tool("date", &["-d", &format!("@{epoch}"), "+%H:%M"])
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// `status.until` lies `secs` after the request (sent between `before` and `after`), ±5 s.
pub fn assert_until_near(status: &Value, before: i64, after: i64, secs: i64) {
    let until = status["until"]
        .as_str()
        .and_then(rfc3339_secs)
        .unwrap_or_else(|| panic!("no valid `until`: {status}"));
    assert!(
        (before + secs - 5..=after + secs + 5).contains(&until),
        "until {} should be about now + {secs} s (now {})",
        status["until"],
        local_time(after)
    );
}
