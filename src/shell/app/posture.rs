//! Posture nudges and sit/stand turns as the app runs them: the core's policy sees the
//! scheduler's gate after every input, a due nudge is shown quietly, and the tray's switch and
//! the position are kept (the switch in the state file, position changes in the history).

use crate::core::words;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::clock::Now;
use super::App;
use crate::core::config::Config;
use crate::core::history::EventKind;
use crate::core::posture::{Position, SitStand};
use crate::core::schedule::Effect;
use crate::ipc::Response;

/// The policy's settings from the config and the tray's switch (the config decides until the
/// switch is used).
pub(super) fn posture_settings(
    config: &Config,
    switch: Option<bool>,
) -> (Option<Duration>, Option<SitStand>) {
    let posture = &config.posture;
    let on = switch.unwrap_or(posture.nudge_every.is_some());
    let every = on.then(|| posture.every_when_on(config.schedule.interval));
    (every, posture.sit_stand)
}

impl App {
    /// After every scheduler input, with its effects.
    pub(super) fn observe_posture(&mut self, now: Now, effects: &[Effect]) {
        self.posture
            .observe(now.utc, self.scheduler.gate(), effects);
    }

    /// When the next nudge shows, if the schedule stays as it is.
    pub(super) fn next_nudge(&self) -> Option<DateTime<Utc>> {
        self.posture.next_nudge(&self.scheduler.gate())
    }

    pub(super) fn nudge_due(&self, now: Now) -> bool {
        self.next_nudge().is_some_and(|at| now.utc >= at)
    }

    /// Shows the nudge due now, if any.
    pub(super) fn nudge_if_due(&mut self, now: Now) {
        let gate = self.scheduler.gate();
        if let Some(nudge) = self.posture.tick(now.utc, &gate) {
            let words = words::current();
            let english = words.english_get(nudge.message());
            self.log.info(&format!("posture nudge: {english}"));
            self.desktop.nudge(nudge.text(&words));
        }
    }

    /// Config reload or the tray's switch.
    pub(super) fn reconfigure_posture(&mut self, now: Now) {
        let had_position = self.posture.position();
        let (every, sit_stand) = posture_settings(&self.settings.config, self.saved.nudges);
        self.posture.configure(now.utc, every, sit_stand);
        match (had_position, self.posture.position()) {
            (None, Some(position)) => self.record_position(now, position),
            (Some(_), None) => self.record_entry(now, EventKind::Stopped, None, None),
            _ => {}
        }
    }

    pub(super) fn toggle_nudges(&mut self, now: Now) {
        self.saved.nudges = Some(!self.posture.cues_on());
        self.save_state();
        self.reconfigure_posture(now);
        self.log.info(if self.posture.cues_on() {
            "posture nudges on"
        } else {
            "posture nudges off"
        });
        self.refresh_tray(now);
    }

    /// The person says they sit or stand (tray, `posture-break position`).
    pub(super) fn set_position(&mut self, now: Now, position: Position) -> Result<(), String> {
        if self.posture.position().is_none() {
            return Err(
                "sit/stand turns are off: set `sit_stand = { sit = \"40m\", stand = \"20m\" }` under [posture] in the config"
                    .to_string(),
            );
        }
        if self.posture.set_position(now.utc, position) {
            self.log.info(&format!("now {}", position.name()));
            self.record_position(now, position);
            self.refresh_tray(now);
        }
        Ok(())
    }

    pub(super) fn position_request(&mut self, now: Now, position: Position) -> Response {
        match self.set_position(now, position) {
            Ok(()) => self.response(now),
            Err(err) => Response::error(err),
        }
    }

    fn record_position(&mut self, now: Now, position: Position) {
        let event = match position {
            Position::Sitting => EventKind::Sitting,
            Position::Standing => EventKind::Standing,
        };
        self.record_entry(now, event, None, None);
    }

    /// At start: sit/stand turns begin sitting.
    pub(super) fn start_posture(&mut self, now: Now) {
        if let Some(position) = self.posture.position() {
            self.record_position(now, position);
        }
    }

    /// Quitting: position time stops here.
    pub(super) fn stop_posture(&mut self, now: Now) {
        if self.posture.position().is_some() {
            self.record_entry(now, EventKind::Stopped, None, None);
        }
    }
}
