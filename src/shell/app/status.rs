//! The app's state put into words: the status `status` and followers get, and the tray's view
//! (its words come from the core's status view, as the CLI's do).

use chrono::{DateTime, Local, Utc};

use super::clock::Now;
use super::desktop::TrayView;
use super::App;
use crate::core::schedule::State;
use crate::core::status::{self, Snapshot};
use crate::core::words;
use crate::ipc::{self, ProgressStatus, Response, Status};
use crate::shell::home_window::HomeView;
use crate::shell::menu;
use crate::shell::tray::Look;

pub(super) fn local_rfc3339(time: DateTime<Utc>) -> String {
    ipc::WireTime::new(time, &Local).to_string()
}

impl App {
    /// The status with today's progress, as `status` answers and followers receive it.
    pub fn response(&self, now: Now) -> Response {
        let progress = self.progress.tally.progress(now.today());
        Response::with_status(self.status()).with_progress(ProgressStatus {
            completed_today: progress.completed_today,
            streak_days: progress.streak_days,
            text: progress.line(&words::current()),
        })
    }

    pub fn status(&self) -> Status {
        let state = self.scheduler.state();
        let facts = Snapshot::of_schedule(state, self.scheduler.next_reminder());
        let local = |time: DateTime<Utc>| ipc::WireTime::new(time, &Local);
        let offering = matches!(state, State::Reminding { .. } | State::Stretching { .. });
        let config = &self.settings.config;
        Status {
            state: facts.state,
            next_reminder: facts.next_reminder.map(local),
            until: facts.until.map(local),
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
            held_reason: facts.held_reason,
            working_hours: self.quiet.hours().map(|h| ipc::WorkingHoursStatus {
                open: h.open,
                next_change: h.next_change.map(local),
            }),
            next_nudge: self.next_nudge().map(local),
            position: self.posture.position(),
            sync: self.sync_status(),
        }
    }

    pub(super) fn refresh_tray(&mut self, now: Now) {
        if !self.desktop.has_tray() {
            return;
        }
        let view = self.tray_view(now);
        self.desktop.show_tray(&view);
    }

    /// What the app's own window shows: the tray's status view and the menu's entries.
    pub fn home_view(&self, now: Now) -> HomeView {
        HomeView {
            tray: self.tray_view(now),
            entries: menu::entries(&self.settings.config, &words::current()),
        }
    }

    /// The core's status view of the scheduler, in local time.
    fn tray_view(&self, now: Now) -> TrayView {
        let state = self.scheduler.state();
        let back_from_break = matches!(
            state,
            State::Active { since } if self.presence.back_from_break == Some(since)
        );
        let view = Snapshot {
            hours_change: self.quiet.next_change(),
            back_from_break,
            ..Snapshot::of_schedule(state, self.scheduler.next_reminder())
        }
        .tray(&words::current(), now.utc, &Local);
        TrayView {
            look: match view.look {
                status::Look::Active => Look::Active,
                status::Look::Snoozed => Look::Snoozed,
                status::Look::Paused => Look::Paused,
            },
            line: view.line,
            progress: self
                .progress
                .tally
                .progress(self.progress.day)
                .line(&words::current()),
            can_resume: view.can_resume,
            autostart: self.autostart_enabled,
            nudges: self.posture.cues_on(),
            position: self.posture.position(),
        }
    }
}
