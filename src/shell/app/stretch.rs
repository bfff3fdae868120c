//! A reminder's life: the exercise picked by rotation, the reminder, the stretch window, and what
//! each outcome writes to the history.

use std::time::Duration;

use chrono::{Local, Timelike};

use super::clock::Now;
use super::{App, UiCommand};
use crate::core::config::Motion;
use crate::core::feeling::{self, Feeling, RatingChange};
use crate::core::history::{Entry, EventKind};
use crate::core::rotation::NothingLeft;
use crate::core::schedule::{Effect, Input, State};
use crate::core::sound::{Cue, Cues};
use crate::core::words::{self, Words};
use crate::shell::reminder::{Labels, Reminder};
use crate::shell::stretch_window::{Outcome, StepSpec, StretchSpec};
use crate::t;

/// The exercise being offered or stretched, and which reminder offered it.
#[derive(Default)]
pub struct Offer {
    pub exercise: Option<String>,
    /// Generation of the current reminder, so late answers to old ones are ignored.
    pub generation: u64,
    /// The exercise whose window asks "How did that feel?" after the stretch ended.
    pub asking: Option<String>,
    /// Why the last pick found nothing to offer, if it did not.
    pub nothing_left: Option<NothingLeft>,
    /// The steps' texts of the stretch under way, for the spoken guide.
    pub step_texts: Vec<String>,
    /// The spoken guide is speaking this stretch (`cues = "voice"` and a speech service).
    pub speaking: bool,
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
                    self.end_guide();
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
        self.write_entry(now, event, exercise, secs, None);
    }

    fn write_entry(
        &mut self,
        now: Now,
        event: EventKind,
        exercise: Option<String>,
        secs: Option<u64>,
        feeling: Option<Feeling>,
    ) {
        let ts = now.utc.with_timezone(&Local).fixed_offset();
        let entry = Entry {
            ts: ts.with_nanosecond(0).unwrap_or(ts),
            event,
            exercise,
            secs,
            feeling,
        };
        self.progress.local.add(&entry);
        self.progress.tally.add(&entry);
        self.progress.exercises.add(&entry);
        self.share_entry(&entry);
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

    /// Sets or clears an exercise's rating (the stretch window's answer, `exercises rate`).
    pub(super) fn rate(&mut self, now: Now, exercise: String, change: RatingChange) {
        let (event, feeling) = change.event();
        self.write_entry(now, event, Some(exercise), None, feeling);
    }

    /// The stretch window's answer to "How did that feel?".
    pub fn feeling_given(&mut self, now: Now, feeling: Feeling) {
        if let Some(exercise) = self.offer.asking.clone() {
            self.log
                .info(&format!("{exercise} rated \"{}\"", feeling.arg()));
            self.rate(now, exercise, RatingChange::Set(feeling));
        }
    }

    /// A step of the guided stretch began, or its time is over: heard as `[stretch] cues` says.
    /// With the voice, a step is its text read aloud; the end is the chime.
    pub fn cue(&mut self, cue: Cue) {
        if self.saved.cues_muted {
            return;
        }
        match (self.settings.config.stretch.cues, cue) {
            (Cues::Off, _) => {}
            (Cues::Voice, Cue::Step(index)) if self.offer.speaking => {
                if let Some(text) = self.offer.step_texts.get(index).cloned() {
                    self.desktop.guide_say(text);
                }
            }
            _ => self.desktop.play_cue(cue),
        }
    }

    /// The window's speaker toggle: remembered for the next stretches. Muting stops the voice;
    /// unmuting reads the step under way.
    pub fn sound_toggled(&mut self, muted: bool, step: usize) {
        self.saved.cues_muted = muted;
        self.save_state();
        if muted {
            self.end_guide();
        } else if self.settings.config.stretch.cues == Cues::Voice && !self.offer.speaking {
            if let Some(text) = self.offer.step_texts.get(step).cloned() {
                self.desktop.guide_start(text);
                self.offer.speaking = true;
            }
        }
    }

    /// No speech service: this stretch's steps get the chimes, said once in the log.
    pub(super) fn speech_unavailable(&mut self, why: &str) {
        self.log.warn_once(
            "speech",
            &format!(
                "the spoken guide cannot speak ({why}); the steps are marked with chimes instead"
            ),
        );
        self.end_guide();
    }

    /// The stretch is over: the speech connection closes with it.
    fn end_guide(&mut self) {
        if std::mem::take(&mut self.offer.speaking) {
            self.desktop.guide_stop();
        }
    }

    /// The stretch window closed, answered or not.
    pub fn question_closed(&mut self) {
        self.offer.asking = None;
    }

    /// Picks the next exercise by rotation and remembers the rotation across restarts.
    fn pick_exercise(&mut self) -> Option<String> {
        let eligible = self
            .settings
            .exercises
            .eligible(&self.settings.config.stretch.positions);
        let ratings = &self.progress.exercises;
        let picked = self
            .saved
            .rotation
            .pick(&eligible, |id| ratings.rating(id))
            .map(|pick| pick.exercise.id.clone());
        self.save_state();
        self.offer.nothing_left = picked.as_ref().err().copied();
        picked.ok()
    }

    fn remind(&mut self, now: Now) {
        self.offer.exercise = self.pick_exercise();
        self.offer.generation += 1;
        self.record(now, EventKind::Reminded, true);
        let exercise = self
            .offer
            .exercise
            .as_deref()
            .and_then(|id| self.settings.exercises.get(id));
        let words = words::current();
        let body = match (exercise, self.offer.nothing_left) {
            (Some(e), _) => t!(
                words,
                "reminder-body",
                exercise = words.exercise_name(e),
                step = words.exercise_step(e, 0)
            ),
            (None, Some(why)) => feeling::nothing_left(&words, why),
            (None, None) => String::new(),
        };
        let config = self.config();
        let reminder = Reminder {
            summary: t!(
                words,
                "reminder-summary",
                length = words.duration_adjective(config.stretch.duration)
            ),
            body,
            labels: Labels {
                start: t!(words, "reminder-start"),
                snooze: t!(
                    words,
                    "reminder-snooze",
                    duration = words.duration_short(config.schedule.snooze)
                ),
                skip: t!(words, "reminder-skip"),
            },
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
            self.offer.exercise = self.pick_exercise();
        }
        let Some(exercise) = self
            .offer
            .exercise
            .as_deref()
            .and_then(|id| self.settings.exercises.get(id))
        else {
            let why = self
                .offer
                .nothing_left
                .unwrap_or(NothingLeft::NoneForPositions);
            let english = Words::english();
            self.log
                .warn_once("no-exercise", &feeling::nothing_left(&english, why));
            return;
        };
        let words = words::current();
        let name = words.exercise_name(exercise);
        let spec = StretchSpec {
            steps: exercise
                .scaled_steps(self.settings.config.stretch.duration)
                .into_iter()
                .enumerate()
                .map(|(index, s)| StepSpec {
                    shapes: s.shapes(),
                    text: words.exercise_step(exercise, index),
                    secs: s.secs,
                })
                .collect(),
            caution: words.exercise_caution(exercise),
            hurt_advice: feeling::hurt_advice(&words, &name, &exercise.id),
            notice: words.notice(&self.settings.exercises),
            progress: self
                .progress
                .tally
                .progress_after_one_more(now.today())
                .line(&words),
            exercise_name: name,
            sound: (self.settings.config.stretch.cues != Cues::Off)
                .then_some(self.saved.cues_muted),
            still: {
                let motion = self.settings.config.stretch.motion;
                // The desktop is asked only when the config leaves it to the desktop.
                let desktop = match motion {
                    Motion::Auto => self.desktop.animations_off(),
                    Motion::Full | Motion::Reduced => None,
                };
                motion.reduced(desktop)
            },
        };
        self.input(now, Input::StartStretch);
        self.record(now, EventKind::Started, true);
        self.offer.step_texts = spec.steps.iter().map(|s| s.text.clone()).collect();
        if self.settings.config.stretch.cues == Cues::Voice && !self.saved.cues_muted {
            if let Some(first) = self.offer.step_texts.first().cloned() {
                self.desktop.guide_start(first);
                self.offer.speaking = true;
            }
        }
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
        self.end_guide();
        self.input(now, Input::StretchFinished);
        self.offer.asking = self.offer.exercise.take();
    }

    /// The window could not open: give the schedule back without recording an outcome.
    pub fn stretch_unavailable(&mut self, now: Now, why: &str) {
        self.log
            .warn_once("window", &format!("cannot show the stretch window: {why}"));
        self.end_guide();
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
