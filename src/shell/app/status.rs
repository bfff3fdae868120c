//! The app's state put into words: the status `status` and followers get, and the tray's view.

use chrono::{DateTime, Local, SecondsFormat, TimeDelta, Utc};

use super::clock::Now;
use super::desktop::TrayView;
use super::App;
use crate::core::presence::Busy;
use crate::core::schedule::{HoldReason, State};
use crate::ipc::{self, ProgressStatus, Response, Status};
use crate::shell::tray::Look;

pub(super) fn local_rfc3339(time: DateTime<Utc>) -> String {
    time.with_timezone(&Local)
        .to_rfc3339_opts(SecondsFormat::Secs, false)
}

impl App {
    /// The status with today's progress, as `status` answers and followers receive it.
    pub fn response(&self, now: Now) -> Response {
        let progress = self.progress.tally.progress(now.today());
        Response::with_status(self.status()).with_progress(ProgressStatus {
            completed_today: progress.completed_today,
            streak_days: progress.streak_days,
            text: progress.line(),
        })
    }

    pub fn status(&self) -> Status {
        let state = self.scheduler.state();
        let until = match state {
            State::Snoozed { until } | State::Paused { until: Some(until) } => {
                Some(local_rfc3339(until))
            }
            _ => None,
        };
        let offering = matches!(state, State::Reminding { .. } | State::Stretching { .. });
        let config = &self.settings.config;
        Status {
            state: state.name().to_string(),
            next_reminder: self.scheduler.next_reminder().map(local_rfc3339),
            until,
            interval_secs: config.schedule.interval.as_secs(),
            snooze_secs: config.schedule.snooze.as_secs(),
            stretch_secs: config.stretch.duration.as_secs(),
            exercise: if offering {
                self.offer.exercise.clone()
            } else {
                None
            },
            config_path: self.settings.config_path.clone(),
            pid: std::process::id(),
            away: self.scheduler.away(),
            idle_source: self.desktop.idle_name().to_string(),
            held_reason: match state {
                State::Held { reason, .. } => Some(reason.name().to_string()),
                _ => None,
            },
            working_hours: self.quiet.hours().map(|h| ipc::WorkingHoursStatus {
                open: h.open,
                next_change: h.next_change.map(local_rfc3339),
            }),
        }
    }

    pub(super) fn refresh_tray(&mut self, now: Now) {
        if !self.desktop.has_tray() {
            return;
        }
        let view = self.tray_view(now);
        self.desktop.show_tray(&view);
    }

    fn tray_view(&self, now: Now) -> TrayView {
        let state = self.scheduler.state();
        let hm = |t: DateTime<Utc>| t.with_timezone(&Local).format("%H:%M").to_string();
        let (look, line) = match state {
            State::Active { since } if self.presence.back_from_break == Some(since) => (
                Look::Active,
                format!(
                    "Welcome back: that counted as a break; next stretch at {}",
                    self.scheduler.next_reminder().map(hm).unwrap_or_default()
                ),
            ),
            State::Active { .. } => (
                Look::Active,
                format!(
                    "Next stretch at {}",
                    self.scheduler.next_reminder().map(hm).unwrap_or_default()
                ),
            ),
            State::Held {
                reason: HoldReason::Away,
                ..
            } => (Look::Active, "Waiting for you to come back".to_string()),
            State::Held {
                reason: HoldReason::Busy(busy),
                ..
            } => (
                Look::Active,
                format!(
                    "Stretch due: waiting until {} ends",
                    match busy {
                        Busy::Fullscreen => "the fullscreen window",
                        Busy::DoNotDisturb => "do-not-disturb",
                        Busy::Camera => "the call (camera)",
                    }
                ),
            ),
            State::OffHours => (
                Look::Paused,
                match self.quiet.next_change() {
                    Some(at) => {
                        format!("Off until {}", at.with_timezone(&Local).format("%a %H:%M"))
                    }
                    None => "Off: no working hours ahead".to_string(),
                },
            ),
            State::Reminding { .. } => (Look::Active, "Reminder showing".to_string()),
            State::Stretching { .. } => (Look::Active, "Stretching now".to_string()),
            State::Snoozed { until } => (Look::Snoozed, format!("Snoozed until {}", hm(until))),
            State::Paused { until: None } => (Look::Paused, "Paused until resumed".to_string()),
            State::Paused { until: Some(until) } => {
                let local = until.with_timezone(&Local);
                let today = now.today();
                let line = if local.date_naive() == today {
                    format!("Paused until {}", hm(until))
                } else if local.date_naive() == today + TimeDelta::days(1) {
                    format!("Paused until tomorrow {}", hm(until))
                } else {
                    format!("Paused until {}", local.format("%a %H:%M"))
                };
                (Look::Paused, line)
            }
        };
        TrayView {
            look,
            line,
            progress: self.progress.tally.progress(self.progress.day).line(),
            can_resume: matches!(state, State::Paused { .. } | State::Snoozed { .. }),
            autostart: self.autostart_enabled,
        }
    }
}
