//! A reminder's life: the exercise picked by rotation, the reminder, the stretch window, and what
//! each outcome writes to the history.

use std::time::Duration;

use chrono::{Local, Timelike};

use super::clock::Now;
use super::{App, UiCommand};
use crate::core::duration::{adjective_duration, describe_duration};
use crate::core::history::{Entry, EventKind};
use crate::core::schedule::{Effect, Input, State};
use crate::shell::reminder::Reminder;
use crate::shell::stretch_window::{Outcome, StepSpec, StretchSpec};

/// The exercise being offered or stretched, and which reminder offered it.
#[derive(Default)]
pub struct Offer {
    pub exercise: Option<String>,
    /// Generation of the current reminder, so late answers to old ones are ignored.
    pub generation: u64,
}

impl App {
    pub(super) fn apply(&mut self, now: Now, effects: Vec<Effect>) {
        self.observe_posture(now, &effects);
        for effect in effects {
            match effect {
                Effect::Remind => self.remind(now),
                Effect::WithdrawReminder => self.desktop.withdraw_reminder(),
                Effect::CancelStretch => {
                    self.record(now, EventKind::Skipped, true);
                    self.ui.push(UiCommand::CloseStretch);
                }
                Effect::NaturalBreak { length } => {
                    self.log.info(&format!(
                        "{} s away counted as a break; the interval restarts",
                        length.as_secs()
                    ));
                    self.record_entry(now, EventKind::NaturalBreak, None, Some(length.as_secs()));
                    if let State::Active { since } = self.scheduler.state() {
                        self.presence.back_from_break = Some(since);
                    }
                }
            }
        }
    }

    fn record(&mut self, now: Now, event: EventKind, with_exercise: bool) {
        let exercise = if with_exercise {
            self.offer.exercise.clone()
        } else {
            None
        };
        self.record_entry(now, event, exercise, None);
    }

    pub(super) fn record_entry(
        &mut self,
        now: Now,
        event: EventKind,
        exercise: Option<String>,
        secs: Option<u64>,
    ) {
        let ts = now.utc.with_timezone(&Local).fixed_offset();
        let entry = Entry {
            ts: ts.with_nanosecond(0).unwrap_or(ts),
            event,
            exercise,
            secs,
        };
        self.progress.tally.add(&entry);
        if let Err(err) = self.desktop.append_history(&entry) {
            self.log
                .warn_once("history", &format!("cannot write history: {err}"));
        }
    }

    pub(super) fn save_state(&mut self) {
        if let Err(err) = self.desktop.save_state(&self.saved) {
            self.log
                .warn_once("state", &format!("cannot save state: {err}"));
        }
    }

    /// Picks the next exercise by rotation and remembers the rotation across restarts.
    fn pick_exercise(&mut self, now: Now) -> Option<String> {
        let eligible = self
            .settings
            .exercises
            .eligible(&self.settings.config.stretch.positions);
        let seed = now.utc.timestamp_subsec_nanos() as u64 ^ now.utc.timestamp() as u64;
        let picked = self
            .saved
            .rotation
            .pick(&eligible, seed)
            .map(|e| e.id.clone());
        self.save_state();
        picked
    }

    fn remind(&mut self, now: Now) {
        self.offer.exercise = self.pick_exercise(now);
        self.offer.generation += 1;
        self.record(now, EventKind::Reminded, true);
        let exercise = self
            .offer
            .exercise
            .as_deref()
            .and_then(|id| self.settings.exercises.get(id));
        let body = exercise.map_or_else(String::new, |e| {
            format!(
                "{}: {}",
                e.name,
                e.steps.first().map_or("", |s| s.text.as_str())
            )
        });
        let config = self.config();
        let reminder = Reminder {
            summary: format!(
                "Time for a {} stretch",
                adjective_duration(config.stretch.duration)
            ),
            body,
            snooze_label: format!("Snooze {}", short_duration(config.schedule.snooze)),
            timeout: config.notification.timeout,
            sound: crate::core::sound::wanted(
                config.notification.sound,
                self.quiet
                    .is_reported(crate::core::presence::Busy::DoNotDisturb),
            ),
        };
        self.desktop.remind(self.offer.generation, reminder);
    }

    pub(super) fn start_stretch(&mut self, now: Now, activation_token: Option<String>) {
        if matches!(self.scheduler.state(), State::Stretching { .. }) {
            return;
        }
        if !matches!(self.scheduler.state(), State::Reminding { .. })
            || self.offer.exercise.is_none()
        {
            self.offer.exercise = self.pick_exercise(now);
        }
        let Some(exercise) = self
            .offer
            .exercise
            .as_deref()
            .and_then(|id| self.settings.exercises.get(id))
        else {
            self.log.warn_once(
                "no-exercise",
                "no exercise matches the position filter in the config",
            );
            return;
        };
        let spec = StretchSpec {
            exercise_name: exercise.name.clone(),
            steps: exercise
                .scaled_steps(self.settings.config.stretch.duration)
                .into_iter()
                .map(|s| StepSpec {
                    shapes: s.shapes(),
                    text: s.text,
                    secs: s.secs,
                })
                .collect(),
            caution: exercise.caution.clone(),
            notice: self.settings.exercises.notice.clone(),
            progress: self
                .progress
                .tally
                .progress_after_one_more(now.today())
                .line(),
        };
        self.input(now, Input::StartStretch);
        self.record(now, EventKind::Started, true);
        self.ui.push(UiCommand::OpenStretch(spec, activation_token));
    }

    /// The stretch window closed with an outcome.
    pub fn stretch_finished(&mut self, now: Now, outcome: Outcome) {
        if !matches!(self.scheduler.state(), State::Stretching { .. }) {
            return;
        }
        let kind = match outcome {
            Outcome::Completed => EventKind::Completed,
            Outcome::Skipped => EventKind::Skipped,
        };
        self.record(now, kind, true);
        self.input(now, Input::StretchFinished);
        self.offer.exercise = None;
    }

    /// The window could not open: give the schedule back without recording an outcome.
    pub fn stretch_unavailable(&mut self, now: Now, why: &str) {
        self.log
            .warn_once("window", &format!("cannot show the stretch window: {why}"));
        self.input(now, Input::StretchFinished);
        self.offer.exercise = None;
    }

    pub(super) fn snooze(&mut self, now: Now, duration: Duration) {
        self.record(now, EventKind::Snoozed, true);
        self.input(now, Input::Snooze(duration));
    }

    pub(super) fn pause(&mut self, now: Now, input: Input) {
        self.record(now, EventKind::Paused, false);
        self.input(now, input);
    }

    /// "Until tomorrow": the configured start of the day, tomorrow, in local time.
    pub(super) fn pause_until_tomorrow(&mut self, now: Now) {
        let until = crate::core::calendar::tomorrow_at(
            &Local,
            now.utc,
            self.settings.config.schedule.day_starts_at,
        );
        self.pause(now, Input::PauseUntil(until));
    }

    pub(super) fn skip(&mut self, now: Now) {
        // A stretch being cancelled is recorded by `CancelStretch`.
        if let State::Reminding { .. } = self.scheduler.state() {
            self.record(now, EventKind::Skipped, true);
        }
        self.input(now, Input::Skip);
        self.offer.exercise = None;
    }

    pub(super) fn resume(&mut self, now: Now) {
        if matches!(
            self.scheduler.state(),
            State::Paused { .. } | State::Snoozed { .. }
        ) {
            self.record(now, EventKind::Resumed, false);
        }
        self.input(now, Input::Resume);
    }
}

/// "10 min" for the notification's snooze button.
fn short_duration(duration: Duration) -> String {
    describe_duration(duration)
        .replace(" minutes", " min")
        .replace(" minute", " min")
}
