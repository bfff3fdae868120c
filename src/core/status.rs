//! The app's state in words, in one place: the tray's icon and line, the `status` sentence, the
//! status bar text (`--format short`) and waybar's module all come from one [`Snapshot`]. The app
//! builds the snapshot from its scheduler, the CLI from the `status` answer it received. Pure:
//! the time zone and, where the words depend on it, the current time are inputs.

use std::fmt::Display;
use std::time::Duration;

use chrono::{DateTime, Datelike, TimeDelta, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use super::posture::Position;
use super::schedule::{HoldReason, State};
use super::words::Words;
use crate::t;

/// The scheduler's state without its times: `state` in `status --json`, and waybar's `class`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StateKind {
    Active,
    Reminding,
    Stretching,
    Snoozed,
    Paused,
    Held,
    OffHours,
}

impl StateKind {
    pub const ALL: [StateKind; 7] = [
        StateKind::Active,
        StateKind::Reminding,
        StateKind::Stretching,
        StateKind::Snoozed,
        StateKind::Paused,
        StateKind::Held,
        StateKind::OffHours,
    ];

    /// The name on the wire and in the log (`State::name` is this).
    pub fn name(self) -> &'static str {
        match self {
            StateKind::Active => "active",
            StateKind::Reminding => "reminding",
            StateKind::Stretching => "stretching",
            StateKind::Snoozed => "snoozed",
            StateKind::Paused => "paused",
            StateKind::Held => "held",
            StateKind::OffHours => "off_hours",
        }
    }
}

impl From<State> for StateKind {
    fn from(state: State) -> StateKind {
        match state {
            State::Active { .. } => StateKind::Active,
            State::Reminding { .. } => StateKind::Reminding,
            State::Stretching { .. } => StateKind::Stretching,
            State::Snoozed { .. } => StateKind::Snoozed,
            State::Paused { .. } => StateKind::Paused,
            State::Held { .. } => StateKind::Held,
            State::OffHours => StateKind::OffHours,
        }
    }
}

/// The few facts the words are made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub state: StateKind,
    /// When the next reminder will be shown, if one is scheduled.
    pub next_reminder: Option<DateTime<Utc>>,
    /// End of a snooze or pause; None otherwise, and for a pause until resumed.
    pub until: Option<DateTime<Utc>>,
    /// Why a due reminder waits (state held).
    pub held_reason: Option<HoldReason>,
    /// When the working hours open or close next.
    pub hours_change: Option<DateTime<Utc>>,
    /// Active again after time away that counted as a break (only the app knows).
    pub back_from_break: bool,
    /// Sitting or standing, while sit/stand turns are on.
    pub position: Option<Position>,
    /// The exercise being offered or stretched.
    pub exercise: Option<String>,
    pub interval: Duration,
    pub config_path: String,
    /// Today's count and streak in words, for the tooltip.
    pub progress: Option<String>,
}

/// The tray icon's three looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Active,
    Snoozed,
    Paused,
}

/// What the tray shows: the icon, the status line, and whether "Resume" applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayView {
    pub look: Look,
    pub line: String,
    pub can_resume: bool,
}

/// waybar's custom module with `return-type = "json"`: `class` and `alt` are the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waybar {
    pub text: String,
    pub tooltip: String,
    pub class: &'static str,
    pub alt: &'static str,
}

impl Waybar {
    /// Empty text, so waybar's `hide-empty-text` can hide the module.
    pub fn not_running(words: &Words) -> Waybar {
        Waybar {
            text: String::new(),
            tooltip: t!(words, "waybar-not-running"),
            class: "not_running",
            alt: "not_running",
        }
    }
}

impl Snapshot {
    /// The facts the scheduler holds; the caller fills in the rest.
    pub fn of_schedule(state: State, next_reminder: Option<DateTime<Utc>>) -> Snapshot {
        Snapshot {
            state: state.into(),
            next_reminder,
            until: match state {
                State::Snoozed { until } => Some(until),
                State::Paused { until } => until,
                _ => None,
            },
            held_reason: match state {
                State::Held { reason, .. } => Some(reason),
                _ => None,
            },
            hours_change: None,
            back_from_break: false,
            position: None,
            exercise: None,
            interval: Duration::ZERO,
            config_path: String::new(),
            progress: None,
        }
    }

    /// The tray's icon and status line; `now` tells today from tomorrow.
    pub fn tray<Tz: TimeZone>(&self, words: &Words, now: DateTime<Utc>, tz: &Tz) -> TrayView
    where
        Tz::Offset: Display,
    {
        let hm = |t: Option<DateTime<Utc>>| clock(t, tz, "%H:%M").unwrap_or_default();
        let (look, line) = match self.state {
            StateKind::Active if self.back_from_break => (
                Look::Active,
                t!(words, "tray-back-from-break", time = hm(self.next_reminder)),
            ),
            StateKind::Active => (
                Look::Active,
                t!(words, "tray-next-stretch", time = hm(self.next_reminder)),
            ),
            StateKind::Held => match self.held_reason {
                Some(HoldReason::Busy(busy)) => (
                    Look::Active,
                    t!(words, "tray-held-busy", busy = busy.name()),
                ),
                Some(HoldReason::Elsewhere) => (Look::Active, t!(words, "tray-held-elsewhere")),
                Some(HoldReason::Away) | None => (Look::Active, t!(words, "tray-held-away")),
            },
            StateKind::OffHours => (
                Look::Paused,
                match day_clock(words, self.hours_change, tz) {
                    Some(at) => t!(words, "tray-off-until", when = at),
                    None => t!(words, "tray-off-none-ahead"),
                },
            ),
            StateKind::Reminding => (Look::Active, t!(words, "tray-reminding")),
            StateKind::Stretching => (Look::Active, t!(words, "tray-stretching")),
            StateKind::Snoozed => (
                Look::Snoozed,
                t!(words, "tray-snoozed-until", time = hm(self.until)),
            ),
            StateKind::Paused => (
                Look::Paused,
                match self.until {
                    None => t!(words, "tray-paused-until-resumed"),
                    Some(until) => {
                        let day = until.with_timezone(tz).date_naive();
                        let today = now.with_timezone(tz).date_naive();
                        if day == today {
                            t!(words, "tray-paused-until", when = hm(Some(until)))
                        } else if today.checked_add_signed(TimeDelta::days(1)) == Some(day) {
                            t!(words, "tray-paused-until-tomorrow", time = hm(Some(until)))
                        } else {
                            let when = day_clock(words, Some(until), tz).unwrap_or_default();
                            t!(words, "tray-paused-until", when = when)
                        }
                    }
                },
            ),
        };
        TrayView {
            look,
            line,
            can_resume: matches!(self.state, StateKind::Paused | StateKind::Snoozed),
        }
    }

    /// What the app is doing, in a sentence without the settings: "active, next stretch at
    /// 14:35:00". The waybar tooltip shows this.
    pub fn summary<Tz: TimeZone>(&self, words: &Words, tz: &Tz) -> String
    where
        Tz::Offset: Display,
    {
        let hms = |t: Option<DateTime<Utc>>| clock(t, tz, "%H:%M:%S");
        match self.state {
            StateKind::Snoozed => t!(
                words,
                "status-snoozed-until",
                time = hms(self.until).unwrap_or_default()
            ),
            StateKind::Paused => match hms(self.until) {
                Some(until) => t!(words, "status-paused-until", time = until),
                None => t!(words, "status-paused-until-resumed"),
            },
            StateKind::Reminding => t!(words, "status-reminding"),
            StateKind::Held => match self.held_reason {
                Some(HoldReason::Busy(busy)) => {
                    t!(words, "status-held-busy", busy = busy.name())
                }
                Some(HoldReason::Elsewhere) => t!(words, "status-held-elsewhere"),
                Some(HoldReason::Away) | None => t!(words, "status-held-away"),
            },
            StateKind::OffHours => match hms(self.hours_change) {
                Some(at) => t!(words, "status-off-hours-until", time = at),
                None => t!(words, "status-off-hours-none-ahead"),
            },
            StateKind::Stretching => t!(
                words,
                "status-stretching",
                exercise = self.exercise.as_deref().unwrap_or_default()
            ),
            StateKind::Active => t!(
                words,
                "status-active",
                time = hms(self.next_reminder).unwrap_or_default()
            ),
        }
    }

    /// The `status` sentence: the summary, the interval and the config file.
    pub fn sentence<Tz: TimeZone>(&self, words: &Words, tz: &Tz) -> String
    where
        Tz::Offset: Display,
    {
        t!(
            words,
            "status-sentence",
            summary = self.summary(words, tz),
            interval = words.duration(self.interval),
            config = self.config_path.as_str()
        )
    }

    /// The few characters a status bar shows: the next stretch's time, or what holds it.
    pub fn bar_text<Tz: TimeZone>(&self, words: &Words, tz: &Tz) -> String
    where
        Tz::Offset: Display,
    {
        let (state, time) = match self.state {
            StateKind::Active => ("active", self.next_reminder),
            StateKind::Snoozed => ("snoozed", self.until),
            StateKind::Paused => ("paused", self.until),
            StateKind::Reminding => ("reminding", None),
            StateKind::Stretching => ("stretching", None),
            StateKind::Held => ("held", None),
            StateKind::OffHours => ("off_hours", self.hours_change),
        };
        match clock(time, tz, "%H:%M") {
            Some(at) => t!(words, "bar-with-time", state = state, time = at),
            None => t!(words, "bar", state = state),
        }
    }

    /// waybar's module: the bar text, the summary and progress as tooltip, the state as class.
    pub fn waybar<Tz: TimeZone>(&self, words: &Words, tz: &Tz) -> Waybar
    where
        Tz::Offset: Display,
    {
        let mut tooltip = t!(words, "waybar-tooltip", summary = self.summary(words, tz));
        if let Some(position) = self.position {
            tooltip.push('\n');
            tooltip.push_str(&t!(words, "you-are", position = position.name()));
        }
        if let Some(progress) = &self.progress {
            tooltip.push('\n');
            tooltip.push_str(progress);
        }
        Waybar {
            text: self.bar_text(words, tz),
            tooltip,
            class: self.state.name(),
            alt: self.state.name(),
        }
    }
}

/// "Mon 09:00" on the wall clock of `tz`, the weekday in the person's language.
fn day_clock<Tz: TimeZone>(words: &Words, time: Option<DateTime<Utc>>, tz: &Tz) -> Option<String>
where
    Tz::Offset: Display,
{
    let local = time?.with_timezone(tz);
    Some(t!(
        words,
        "day-and-time",
        day = words.weekday_short(local.weekday().num_days_from_monday()),
        time = local.format("%H:%M").to_string()
    ))
}

/// `time` on the wall clock of `tz`, in `format`.
fn clock<Tz: TimeZone>(time: Option<DateTime<Utc>>, tz: &Tz, format: &str) -> Option<String>
where
    Tz::Offset: Display,
{
    time.map(|t| t.with_timezone(tz).format(format).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::presence::Busy;
    use chrono::FixedOffset;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn zone(hours: i32) -> FixedOffset {
        FixedOffset::east_opt(hours * 3600).unwrap()
    }

    fn snapshot(state: StateKind) -> Snapshot {
        Snapshot {
            state,
            next_reminder: None,
            until: None,
            held_reason: None,
            hours_change: None,
            back_from_break: false,
            position: None,
            exercise: None,
            interval: Duration::from_secs(2700),
            config_path: "/home/u/.config/posture-break/config.toml".to_string(),
            progress: None,
        }
    }

    /// One row: the snapshot, then the tray line and look, the summary and the bar text as the
    /// app and the CLI said them before the words moved here.
    struct Row {
        snapshot: Snapshot,
        look: Look,
        tray: &'static str,
        summary: &'static str,
        bar: &'static str,
    }

    fn rows() -> Vec<Row> {
        let at = |text: &str| Some(utc(text));
        let with = |state: StateKind, edit: &dyn Fn(&mut Snapshot)| {
            let mut s = snapshot(state);
            edit(&mut s);
            s
        };
        vec![
            Row {
                snapshot: with(StateKind::Active, &|s| {
                    s.next_reminder = at("2026-12-07T09:35:20Z")
                }),
                look: Look::Active,
                tray: "Next stretch at 10:35",
                summary: "active, next stretch at 10:35:20",
                bar: "next 10:35",
            },
            Row {
                snapshot: with(StateKind::Active, &|s| {
                    s.next_reminder = at("2026-12-07T09:35:20Z");
                    s.back_from_break = true;
                }),
                look: Look::Active,
                tray: "Welcome back: that counted as a break; next stretch at 10:35",
                summary: "active, next stretch at 10:35:20",
                bar: "next 10:35",
            },
            Row {
                snapshot: snapshot(StateKind::Active),
                look: Look::Active,
                tray: "Next stretch at ",
                summary: "active, next stretch at ",
                bar: "next",
            },
            Row {
                snapshot: with(StateKind::Reminding, &|s| {
                    s.exercise = Some("Chin tucks".into())
                }),
                look: Look::Active,
                tray: "Reminder showing",
                summary: "a reminder is showing",
                bar: "stretch now",
            },
            Row {
                snapshot: with(StateKind::Stretching, &|s| {
                    s.exercise = Some("Chin tucks".into())
                }),
                look: Look::Active,
                tray: "Stretching now",
                summary: "stretching: Chin tucks",
                bar: "stretching",
            },
            Row {
                snapshot: snapshot(StateKind::Stretching),
                look: Look::Active,
                tray: "Stretching now",
                summary: "stretching: ",
                bar: "stretching",
            },
            Row {
                snapshot: with(StateKind::Snoozed, &|s| {
                    s.until = at("2026-12-07T09:50:00Z");
                    s.next_reminder = s.until;
                }),
                look: Look::Snoozed,
                tray: "Snoozed until 10:50",
                summary: "snoozed until 10:50:00",
                bar: "snoozed 10:50",
            },
            Row {
                snapshot: snapshot(StateKind::Paused),
                look: Look::Paused,
                tray: "Paused until resumed",
                summary: "paused until resumed",
                bar: "paused",
            },
            Row {
                snapshot: with(StateKind::Paused, &|s| s.until = at("2026-12-07T11:00:00Z")),
                look: Look::Paused,
                tray: "Paused until 12:00",
                summary: "paused until 12:00:00",
                bar: "paused 12:00",
            },
            Row {
                snapshot: with(StateKind::Paused, &|s| s.until = at("2026-12-08T07:00:00Z")),
                look: Look::Paused,
                tray: "Paused until tomorrow 08:00",
                summary: "paused until 08:00:00",
                bar: "paused 08:00",
            },
            Row {
                snapshot: with(StateKind::Paused, &|s| s.until = at("2026-12-10T07:00:00Z")),
                look: Look::Paused,
                tray: "Paused until Thu 08:00",
                summary: "paused until 08:00:00",
                bar: "paused 08:00",
            },
            Row {
                snapshot: with(StateKind::Held, &|s| s.held_reason = Some(HoldReason::Away)),
                look: Look::Active,
                tray: "Waiting for you to come back",
                summary: "a stretch is due; the reminder waits for you to come back",
                bar: "stretch due",
            },
            Row {
                snapshot: snapshot(StateKind::Held),
                look: Look::Active,
                tray: "Waiting for you to come back",
                summary: "a stretch is due; the reminder waits for you to come back",
                bar: "stretch due",
            },
            Row {
                snapshot: with(StateKind::Held, &|s| {
                    s.held_reason = Some(HoldReason::Busy(Busy::Fullscreen))
                }),
                look: Look::Active,
                tray: "Stretch due: waiting until the fullscreen window ends",
                summary: "a stretch is due; the reminder waits until the fullscreen window is over",
                bar: "stretch due",
            },
            Row {
                snapshot: with(StateKind::Held, &|s| {
                    s.held_reason = Some(HoldReason::Busy(Busy::DoNotDisturb))
                }),
                look: Look::Active,
                tray: "Stretch due: waiting until do-not-disturb ends",
                summary: "a stretch is due; the reminder waits until do-not-disturb is over",
                bar: "stretch due",
            },
            Row {
                snapshot: with(StateKind::Held, &|s| {
                    s.held_reason = Some(HoldReason::Busy(Busy::Camera))
                }),
                look: Look::Active,
                tray: "Stretch due: waiting until the call (camera) ends",
                summary: "a stretch is due; the reminder waits until the call (camera) is over",
                bar: "stretch due",
            },
            Row {
                snapshot: with(StateKind::OffHours, &|s| {
                    s.hours_change = at("2026-12-08T08:00:00Z")
                }),
                look: Look::Paused,
                tray: "Off until Tue 09:00",
                summary: "outside working hours until 09:00:00",
                bar: "off 09:00",
            },
            Row {
                snapshot: snapshot(StateKind::OffHours),
                look: Look::Paused,
                tray: "Off: no working hours ahead",
                summary: "outside working hours (none ahead)",
                bar: "off",
            },
        ]
    }

    /// Every wording for every state, on Monday 7 December 2026 at 10:05 in UTC+1.
    #[test]
    fn words_for_every_state() {
        let now = utc("2026-12-07T09:05:00Z");
        let tz = zone(1);
        let rows = rows();
        for kind in StateKind::ALL {
            assert!(rows.iter().any(|r| r.snapshot.state == kind), "{kind:?}");
        }
        for row in rows {
            let s = &row.snapshot;
            let tray = s.tray(&Words::english(), now, &tz);
            assert_eq!(
                (tray.look, tray.line.as_str()),
                (row.look, row.tray),
                "{s:?}"
            );
            assert_eq!(
                tray.can_resume,
                matches!(s.state, StateKind::Paused | StateKind::Snoozed)
            );
            assert_eq!(s.summary(&Words::english(), &tz), row.summary, "{s:?}");
            assert_eq!(
                s.sentence(&Words::english(), &tz),
                format!(
                    "{} (every 45 minutes; config /home/u/.config/posture-break/config.toml)",
                    row.summary
                )
            );
            assert_eq!(s.bar_text(&Words::english(), &tz), row.bar, "{s:?}");
            let bar = s.waybar(&Words::english(), &tz);
            assert_eq!(bar.text, row.bar);
            assert_eq!(bar.tooltip, format!("posture-break: {}", row.summary));
            assert_eq!((bar.class, bar.alt), (s.state.name(), s.state.name()));
        }
    }

    #[test]
    fn waybar_tooltip_has_the_progress_and_no_settings() {
        let mut s = snapshot(StateKind::Snoozed);
        s.until = Some(utc("2026-12-07T09:50:00Z"));
        s.progress = Some("3 stretches today · 5-day streak".into());
        s.config_path = "/tmp/a (every day)/config.toml".into();
        assert_eq!(
            s.waybar(&Words::english(), &zone(1)),
            Waybar {
                text: "snoozed 10:50".into(),
                tooltip: "posture-break: snoozed until 10:50:00\n3 stretches today · 5-day streak"
                    .into(),
                class: "snoozed",
                alt: "snoozed",
            }
        );
        // With sit/stand turns on, the tooltip says the position.
        s.position = Some(Position::Standing);
        assert_eq!(
            s.waybar(&Words::english(), &zone(1)).tooltip,
            "posture-break: snoozed until 10:50:00\nYou are standing\n3 stretches today · 5-day streak"
        );
        s.position = Some(Position::Sitting);
        assert!(s
            .waybar(&Words::english(), &zone(1))
            .tooltip
            .contains("\nYou are sitting\n"));
        assert_eq!(
            Waybar::not_running(&Words::english()),
            Waybar {
                text: String::new(),
                tooltip: "posture-break is not running".into(),
                class: "not_running",
                alt: "not_running",
            }
        );
    }

    /// 29 March 2026, Central Europe: at 01:00 UTC the clocks go from 02:00 (UTC+1) to 03:00
    /// (UTC+2). The same instants read on either side of the change, and "tomorrow" counts in
    /// the zone's own days.
    #[test]
    fn dst_change_day() {
        let (winter, summer) = (zone(1), zone(2));
        let mut s = snapshot(StateKind::Snoozed);
        s.until = Some(utc("2026-03-29T01:10:00Z"));
        assert_eq!(s.bar_text(&Words::english(), &winter), "snoozed 02:10");
        assert_eq!(s.bar_text(&Words::english(), &summer), "snoozed 03:10");
        assert_eq!(
            s.summary(&Words::english(), &summer),
            "snoozed until 03:10:00"
        );

        // Paused from Saturday evening (winter time) until Sunday morning (summer time).
        let saturday_evening = utc("2026-03-28T21:00:00Z");
        let mut p = snapshot(StateKind::Paused);
        p.until = Some(utc("2026-03-29T06:00:00Z"));
        assert_eq!(
            p.tray(&Words::english(), saturday_evening, &summer).line,
            "Paused until tomorrow 08:00"
        );
        assert_eq!(
            p.tray(&Words::english(), saturday_evening, &winter).line,
            "Paused until tomorrow 07:00"
        );
        // Just before midnight in UTC+2 it is already Sunday: today.
        let late = utc("2026-03-28T22:30:00Z");
        assert_eq!(
            p.tray(&Words::english(), late, &summer).line,
            "Paused until 08:00"
        );
        assert_eq!(
            p.tray(&Words::english(), late, &winter).line,
            "Paused until tomorrow 07:00"
        );
        // Two days ahead: the weekday.
        let friday = utc("2026-03-27T12:00:00Z");
        assert_eq!(
            p.tray(&Words::english(), friday, &summer).line,
            "Paused until Sun 08:00"
        );

        let mut off = snapshot(StateKind::OffHours);
        off.hours_change = Some(utc("2026-03-30T07:00:00Z"));
        assert_eq!(
            off.tray(&Words::english(), late, &summer).line,
            "Off until Mon 09:00"
        );
        assert_eq!(off.bar_text(&Words::english(), &winter), "off 08:00");
    }

    #[test]
    fn snapshot_of_the_scheduler() {
        let t = utc("2026-12-07T09:00:00Z");
        let held = Snapshot::of_schedule(
            State::Held {
                since: t,
                reason: HoldReason::Busy(Busy::Camera),
            },
            None,
        );
        assert_eq!(held.state, StateKind::Held);
        assert_eq!(held.held_reason, Some(HoldReason::Busy(Busy::Camera)));
        assert_eq!(held.until, None);
        let snoozed = Snapshot::of_schedule(State::Snoozed { until: t }, Some(t));
        assert_eq!((snoozed.until, snoozed.next_reminder), (Some(t), Some(t)));
        assert_eq!(
            Snapshot::of_schedule(State::Paused { until: Some(t) }, None).until,
            Some(t)
        );
        assert_eq!(
            Snapshot::of_schedule(State::Paused { until: None }, None).until,
            None
        );
        assert_eq!(
            Snapshot::of_schedule(State::Active { since: t }, Some(t)).until,
            None
        );
    }

    #[test]
    fn state_kind_names_match_the_scheduler_and_serde() {
        let t = utc("2026-12-07T09:00:00Z");
        let states = [
            State::Active { since: t },
            State::Reminding {
                since: t,
                expires: t,
            },
            State::Stretching { since: t },
            State::Snoozed { until: t },
            State::Paused { until: None },
            State::Held {
                since: t,
                reason: HoldReason::Away,
            },
            State::OffHours,
        ];
        // The names scripts read in `status --json`; `State::name` is `StateKind::name`.
        let names = [
            "active",
            "reminding",
            "stretching",
            "snoozed",
            "paused",
            "held",
            "off_hours",
        ];
        for (state, name) in states.into_iter().zip(names) {
            let kind = StateKind::from(state);
            assert_eq!(state.name(), name);
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{name}\""));
            assert_eq!(serde_json::from_str::<StateKind>(&json).unwrap(), kind);
        }
        assert_eq!(StateKind::ALL.len(), states.len());
    }
}
