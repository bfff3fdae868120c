//! Presence and quiet times as the app hears them: idle/lock facts become "away"/"back", busy
//! causes and working hours become holds. The rules are the core's; this only routes facts.

use chrono::{DateTime, Local, Utc};

use super::clock::Now;
use super::status::local_rfc3339;
use super::App;
use crate::core::presence::{Busy, Change, Fact, Presence};
use crate::core::schedule::Input;

#[derive(Default)]
pub struct PresenceState {
    pub facts: Presence,
    /// When the interval restarted after a natural break, for "Welcome back" in the tray.
    pub back_from_break: Option<DateTime<Utc>>,
}

impl App {
    /// Working hours now (start, reload, clock change, a boundary reached).
    pub(super) fn refresh_hours(&mut self, now: Now) {
        if let Some(input) = self.quiet.refresh_hours(&self.settings.config, now.utc) {
            self.log.info(&match self.quiet.hours() {
                Some(h) if !h.open => format!(
                    "outside working hours until {}",
                    h.next_change
                        .map(local_rfc3339)
                        .unwrap_or("further notice".into())
                ),
                _ => "inside working hours".to_string(),
            });
            self.input(now, input);
        }
    }

    pub(super) fn busy(&mut self, now: Now, cause: Busy, on: bool) {
        for input in self.quiet.report(cause, on, &self.settings.config) {
            self.log.info(&format!(
                "{}: {}",
                cause.name(),
                if on { "busy" } else { "over" }
            ));
            self.input(now, input);
        }
    }

    /// Sources read on demand are asked the moment a reminder comes due.
    pub(super) fn ask_sources_if_due(&mut self, now: Now) {
        // Where the idle time has no alarm (Windows) it is read at its deadline and when a
        // reminder comes due.
        let read_due = self
            .desktop
            .idle_next_read()
            .is_some_and(|at| now.mono >= at);
        // A nudge due is asked about like a reminder: one during a film or a call is dropped.
        let due = self.scheduler.reminder_due(now.utc) || self.nudge_due(now);
        if read_due || due {
            if let Some(fact) = self.desktop.read_idle() {
                self.on_presence(now, fact);
            }
        }
        let wanted = self
            .settings
            .config
            .presence
            .hold_when
            .contains(&Busy::Fullscreen);
        if !wanted || !due {
            return;
        }
        if let Some(on) = self.desktop.check_fullscreen() {
            self.busy(now, Busy::Fullscreen, on);
        }
    }

    pub(super) fn on_presence(&mut self, now: Now, fact: Fact) {
        self.desktop.idle_observed(&fact);
        match self.presence.facts.observe(fact) {
            Some(Change::Away { since }) => {
                self.log.info(&format!(
                    "away since {} ({fact:?})",
                    since.with_timezone(&Local).format("%H:%M:%S")
                ));
                self.input(now, Input::Away { since });
                self.share(since, crate::core::sync::Shared::Away);
            }
            Some(Change::Back) => {
                self.log.info("back");
                self.share(now.utc, crate::core::sync::Shared::Active);
                self.input(now, Input::Back);
            }
            None => {}
        }
    }
}
