//! `status [--json | --format FORMAT] [--follow]`: the running app's state, once or one line per
//! change. The words come from the core's status view ([`crate::core::status`]).

use std::fmt::Display;
use std::process::ExitCode;

use anyhow::{anyhow, Context};
use chrono::{Local, TimeZone};

use super::control::request_at;
use super::{is_not_running, StatusFormat, EXIT_NOT_RUNNING};
use crate::core::status::Waybar;
use crate::core::words;
use crate::ipc::{self, Request, Response};

/// The format `status` prints in: `--json` and `--format` as given, else JSON lines for a
/// follow and a sentence once.
pub fn format(json: bool, format: Option<StatusFormat>, follow: bool) -> StatusFormat {
    match (json, format, follow) {
        (true, _, _) => StatusFormat::Json,
        (false, Some(format), _) => format,
        (false, None, true) => StatusFormat::Json,
        (false, None, false) => StatusFormat::Text,
    }
}

pub fn run(format: StatusFormat, follow: bool) -> anyhow::Result<ExitCode> {
    let socket = ipc::socket_path()?;
    let result = if follow {
        let mut refused = None;
        // Blocks in read(2) between changes: no timer, no polling.
        ipc::follow(&socket, |response| {
            if !response.ok {
                refused = Some(response.error.unwrap_or_else(|| "request refused".into()));
                return false;
            }
            print_status(format, &response).is_ok()
        })
        .map_err(anyhow::Error::from)
        .and_then(|()| match refused {
            Some(error) => Err(anyhow!(error)),
            None => Ok(()),
        })
    } else {
        request_at(&socket, Request::Status).and_then(|response| print_status(format, &response))
    };
    let not_running = match &result {
        Err(err) => is_not_running(err),
        // A follow ends when the app quits: say so to the bar as well.
        Ok(()) => follow,
    };
    if not_running && format == StatusFormat::Waybar {
        println!("{}", waybar_json(&Waybar::not_running(&words::current())));
    }
    result?;
    Ok(if follow {
        eprintln!("posture-break: the running app quit");
        ExitCode::from(EXIT_NOT_RUNNING)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_status(format: StatusFormat, response: &Response) -> anyhow::Result<()> {
    use std::io::Write;
    let line = status_line(format, response, &Local)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}")?;
    out.flush()?; // a status bar reads each line as it comes
    Ok(())
}

/// One status line in `format`, times on the wall clock of `tz`.
fn status_line<Tz: TimeZone>(
    format: StatusFormat,
    response: &Response,
    tz: &Tz,
) -> anyhow::Result<String>
where
    Tz::Offset: Display,
{
    let status = response
        .status
        .as_ref()
        .context("the running app sent no status")?;
    let mut snapshot = status.snapshot();
    snapshot.progress = response.progress.as_ref().map(|p| p.text.clone());
    let words = words::current();
    Ok(match format {
        StatusFormat::Json => serde_json::to_string(status)?,
        StatusFormat::Text => snapshot.sentence(&words, tz),
        StatusFormat::Short => snapshot.bar_text(&words, tz),
        StatusFormat::Waybar => waybar_json(&snapshot.waybar(&words, tz)).to_string(),
    })
}

/// The `status` sentence in local time (also what the control commands print).
pub fn sentence(status: &ipc::Status) -> String {
    status.snapshot().sentence(&words::current(), &Local)
}

/// waybar's custom module with `return-type = "json"`.
fn waybar_json(waybar: &Waybar) -> serde_json::Value {
    serde_json::json!({
        "text": waybar.text,
        "tooltip": waybar.tooltip,
        "class": waybar.class,
        "alt": waybar.alt,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::status::StateKind;
    use crate::ipc::{ProgressStatus, Status, WorkingHoursStatus};
    use chrono::{DateTime, FixedOffset};

    #[test]
    fn the_format_follows_the_flags() {
        use StatusFormat::*;
        assert_eq!(format(false, None, false), Text);
        assert_eq!(format(false, None, true), Json);
        assert_eq!(format(true, None, false), Json);
        assert_eq!(format(true, None, true), Json);
        for chosen in [Text, Json, Waybar, Short] {
            assert_eq!(format(false, Some(chosen), false), chosen);
            assert_eq!(format(false, Some(chosen), true), chosen);
        }
    }

    fn response(json: &str) -> Response {
        serde_json::from_str(json).unwrap()
    }

    const SNOOZED: &str = r#"{"ok":true,"status":{"state":"snoozed","next_reminder":"2026-12-07T10:50:00+01:00","until":"2026-12-07T10:50:00+01:00","interval_secs":2700,"snooze_secs":600,"stretch_secs":60,"exercise":null,"config_path":"/home/u/.config/posture-break/config.toml","pid":1234,"away":false,"idle_source":"xsync","held_reason":null,"working_hours":{"open":true,"next_change":"2026-12-07T17:00:00+01:00"},"next_nudge":null,"position":null,"sync":null},"progress":{"completed_today":3,"streak_days":5,"text":"3 stretches today · 5-day streak"}}"#;

    /// Every format for one answer, read in UTC+1 and in UTC+2 (the app's zone need not be
    /// the reader's: the words use the reader's).
    #[test]
    fn every_format_of_one_answer() {
        let answer = response(SNOOZED);
        let plus_one = FixedOffset::east_opt(3600).unwrap();
        let plus_two = FixedOffset::east_opt(7200).unwrap();
        let line = |format, tz: &FixedOffset| status_line(format, &answer, tz).unwrap();
        assert_eq!(
            line(StatusFormat::Json, &plus_two),
            &SNOOZED[SNOOZED.find(r#"{"state""#).unwrap()..SNOOZED.find(r#","progress""#).unwrap()]
        );
        assert_eq!(
            line(StatusFormat::Text, &plus_one),
            "snoozed until 10:50:00 (every 45 minutes; config /home/u/.config/posture-break/config.toml)"
        );
        assert_eq!(line(StatusFormat::Short, &plus_one), "snoozed 10:50");
        assert_eq!(line(StatusFormat::Short, &plus_two), "snoozed 11:50");
        assert_eq!(
            line(StatusFormat::Waybar, &plus_one),
            r#"{"alt":"snoozed","class":"snoozed","text":"snoozed 10:50","tooltip":"posture-break: snoozed until 10:50:00\n3 stretches today · 5-day streak"}"#
        );
        // Without progress (older apps), and with no status at all.
        let mut bare = answer.clone();
        bare.progress = None;
        assert_eq!(
            status_line(StatusFormat::Waybar, &bare, &plus_one).unwrap(),
            r#"{"alt":"snoozed","class":"snoozed","text":"snoozed 10:50","tooltip":"posture-break: snoozed until 10:50:00"}"#
        );
        let err = status_line(StatusFormat::Text, &Response::ok(), &plus_one).unwrap_err();
        assert_eq!(err.to_string(), "the running app sent no status");
    }

    #[test]
    fn waybar_when_not_running() {
        assert_eq!(
            waybar_json(&Waybar::not_running(&words::current())).to_string(),
            r#"{"alt":"not_running","class":"not_running","text":"","tooltip":"posture-break is not running"}"#
        );
    }

    /// The words of each state as the CLI builds them from what it received.
    #[test]
    fn words_of_each_state_from_the_wire() {
        let utc = chrono::Utc;
        let at = |t: &str| Some(DateTime::parse_from_rfc3339(t).unwrap().into());
        let base = response(SNOOZED).status.unwrap();
        let cases: [(Status, &str, &str); 4] = [
            (
                Status {
                    state: StateKind::Active,
                    until: None,
                    next_reminder: at("2026-12-07T10:35:00+01:00"),
                    ..base.clone()
                },
                "active, next stretch at 09:35:00",
                "next 09:35",
            ),
            (
                Status {
                    state: StateKind::Held,
                    until: None,
                    next_reminder: None,
                    held_reason: Some(crate::core::schedule::HoldReason::Busy(
                        crate::core::presence::Busy::Camera,
                    )),
                    ..base.clone()
                },
                "a stretch is due; the reminder waits until the call (camera) is over",
                "stretch due",
            ),
            (
                Status {
                    state: StateKind::OffHours,
                    until: None,
                    next_reminder: None,
                    working_hours: Some(WorkingHoursStatus {
                        open: false,
                        next_change: at("2026-12-08T09:00:00+01:00"),
                    }),
                    ..base.clone()
                },
                "outside working hours until 08:00:00",
                "off 08:00",
            ),
            (
                Status {
                    state: StateKind::Stretching,
                    until: None,
                    next_reminder: None,
                    exercise: Some("Chin tucks".into()),
                    ..base.clone()
                },
                "stretching: Chin tucks",
                "stretching",
            ),
        ];
        for (status, summary, bar) in cases {
            let answer = Response::with_status(status).with_progress(ProgressStatus {
                completed_today: 0,
                streak_days: 0,
                text: "p".into(),
            });
            assert_eq!(
                status_line(StatusFormat::Text, &answer, &utc).unwrap(),
                format!(
                    "{summary} (every 45 minutes; config /home/u/.config/posture-break/config.toml)"
                )
            );
            assert_eq!(
                status_line(StatusFormat::Short, &answer, &utc).unwrap(),
                bar
            );
        }
    }
}
