//! What people ask of the app: the tray menu, the answers to a reminder, and the control
//! channel's requests (held to the config's limits), plus the tray hosts coming and going.

use std::time::Duration;

use chrono::Local;

use super::clock::Now;
use super::deadlines::Timer;
use super::{App, UiCommand};
use crate::core::config::{check_pause, check_snooze};
use crate::core::feeling::RatingChange;
use crate::core::schedule::{Input, State};
use crate::core::words;
use crate::ipc::{Request, Response};
use crate::shell::reminder::Action;
use crate::shell::tray::MenuAction;
use crate::shell::AppEvent;
use crate::t;

/// How to reach the app without a tray, for the log (which stays English).
const NO_TRAY_WAYS: &str = "the app keeps running: reach it from its launcher, the launcher's \
     right-click actions (Start stretch now, Snooze, Pause 1 hour, Your week), or `posture-break open`";

/// Long enough for the tray's D-Bus worker to answer the click that asked us to quit.
const QUIT_GRACE: Duration = Duration::from_millis(100);

impl App {
    /// One event from a source. Control requests are the loop's to answer (it owns the
    /// connections): see `control` and `response`.
    pub fn handle(&mut self, now: Now, event: AppEvent) {
        match event {
            AppEvent::Menu(action) => self.menu(now, action),
            AppEvent::Notification {
                reminder,
                action,
                activation_token,
            } => {
                if !self.is_current_reminder(reminder) {
                    return;
                }
                match action {
                    Action::Start => self.start_stretch(now, activation_token),
                    Action::Snooze => self.snooze(now, self.settings.config.schedule.snooze),
                    Action::Skip => self.skip(now),
                    // Dismissed or expired: the interval starts again, nothing to record.
                    Action::Closed => self.input(now, Input::Skip),
                }
            }
            AppEvent::NotificationShown => {
                self.log.clear("notifications");
            }
            AppEvent::Welcomed => {
                self.saved.welcomed = true;
                self.save_state();
            }
            AppEvent::ReminderUnshown { reminder, error } => {
                self.log.warn_once("reminder-unshown", &format!("cannot show the reminder as a notification ({error}); opening the stretch window instead"));
                if self.is_current_reminder(reminder) {
                    self.start_stretch(now, None);
                }
            }
            AppEvent::NotificationFailed(error) => {
                self.log.warn_once("notifications", &format!("cannot show notifications ({error}); is a notification daemon running? Reminders still show in the tray and `posture-break status`"));
            }
            AppEvent::SpeechUnavailable(why) => self.speech_unavailable(&why),
            AppEvent::ChimeFailed(error) => {
                self.log
                    .warn_once("chime", &format!("cannot play a sound ({error})"));
            }
            AppEvent::Control(..) => {}
            AppEvent::ConfigChanged => self.config_changed(now),
            AppEvent::ClockChanged => self.check_clock(now),
            AppEvent::Presence(fact) => self.on_presence(now, fact),
            AppEvent::Busy(cause, on) => self.busy(now, cause, on),
            AppEvent::Sync(fact) => self.on_sync(now, fact),
            // The windows' own: the runner hands it to the window before the app sees events.
            AppEvent::Accessibility { .. } => {}
            AppEvent::Terminate(signal) => {
                self.log.info(&format!("{signal} received; quitting"));
                self.ui.push(UiCommand::Quit);
            }
            AppEvent::TrayHost { present } => self.tray_host(now, present),
            AppEvent::XEmbedTray { docked: true } => {
                self.log.clear("tray-host");
                self.log.info("no StatusNotifierWatcher on the session bus; the tray icon is docked in the XEmbed system tray");
                self.tray_settled(now, true);
            }
            AppEvent::XEmbedTray { docked: false } => {
                let sni = self.hosts.sni_present == Some(true);
                if !sni {
                    self.log.warn_once("tray-host", &format!("no tray host (no StatusNotifierWatcher on the session bus, no XEmbed system tray on the display); {NO_TRAY_WAYS}"));
                }
                self.tray_settled(now, sni);
            }
        }
    }

    fn is_current_reminder(&self, generation: u64) -> bool {
        generation == self.offer.generation
            && matches!(self.scheduler.state(), State::Reminding { .. })
    }

    fn tray_host(&mut self, now: Now, present: bool) {
        let appeared_later = present && self.hosts.sni_present == Some(false);
        self.hosts.sni_present = Some(present);
        if self.desktop.has_xembed() {
            // It reports whether it docked in an XEmbed tray; the warning waits for that.
            self.desktop.xembed_sni_host(present);
            if present {
                self.tray_settled(now, true);
            }
        } else {
            if !present {
                self.log.warn_once(
                    "tray-host",
                    &format!(
                        "no tray host (StatusNotifierWatcher) on the session bus; {NO_TRAY_WAYS}"
                    ),
                );
            }
            self.tray_settled(now, present);
        }
        if appeared_later {
            self.log
                .info("a tray host appeared; registering the tray icon");
            self.log.clear("tray-host");
            self.create_tray(now);
        }
    }

    fn menu(&mut self, now: Now, action: MenuAction) {
        match action {
            MenuAction::StretchNow => self.start_stretch(now, None),
            MenuAction::Snooze(duration) => self.snooze(now, duration),
            MenuAction::Pause(duration) => self.pause(now, Input::PauseFor(duration)),
            MenuAction::PauseUntilTomorrow => self.pause_until_tomorrow(now),
            MenuAction::PauseUntilResumed => self.pause(now, Input::PauseIndefinitely),
            MenuAction::Resume => self.resume(now),
            MenuAction::OpenConfig => self.open_config(),
            MenuAction::YourWeek => {
                let mut overview = self.progress.tally.overview(now.local());
                overview.exercises = self.progress.exercises.summary(
                    &words::current(),
                    &self.settings.exercises,
                    now.today(),
                );
                self.ui.push(UiCommand::OpenWeek(Box::new(overview)));
            }
            MenuAction::ToggleAutostart => self.toggle_autostart(now),
            MenuAction::ToggleNudges => self.toggle_nudges(now),
            MenuAction::Position(position) => {
                if let Err(err) = self.set_position(now, position) {
                    self.log.warn(&err);
                }
            }
            MenuAction::Quit => self.deadlines.set(Timer::Quit, now.mono + QUIT_GRACE),
        }
    }

    /// A control-channel request (all but `Follow`, which the loop keeps as a follower).
    pub fn control(&mut self, now: Now, request: Request) -> Response {
        match request {
            Request::Status | Request::Follow => {}
            Request::Stretch => self.start_stretch(now, None),
            Request::Snooze { secs } => {
                let asked = secs.map_or(self.settings.config.schedule.snooze, Duration::from_secs);
                match check_snooze(asked) {
                    Ok(duration) => self.snooze(now, duration),
                    Err(err) => return Response::error(err),
                }
            }
            Request::Pause {
                secs,
                until_tomorrow,
            } => match (secs, until_tomorrow) {
                (Some(_), true) => {
                    return Response::error("give a duration or until_tomorrow, not both")
                }
                (Some(secs), false) => match check_pause(Duration::from_secs(secs)) {
                    Ok(duration) => self.pause(now, Input::PauseFor(duration)),
                    Err(err) => return Response::error(err),
                },
                (None, true) => self.pause_until_tomorrow(now),
                (None, false) => self.pause(now, Input::PauseIndefinitely),
            },
            Request::Resume => self.resume(now),
            Request::Skip => self.skip(now),
            Request::Week => self.menu(now, MenuAction::YourWeek),
            Request::Open => {
                let view = self.home_view(now);
                self.ui.push(UiCommand::OpenHome(Box::new(view)));
            }
            Request::Position { position } => return self.position_request(now, position),
            Request::Rate { exercise, feeling } => {
                if self.settings.exercises.get(&exercise).is_none() {
                    return Response::error(format!(
                        "no exercise {exercise:?} (see `posture-break exercises list`)"
                    ));
                }
                let change = feeling.map_or(RatingChange::Clear, RatingChange::Set);
                self.rate(now, exercise, change);
            }
            Request::Quit => {
                // No status: it would describe an app that is about to be gone.
                self.ui.push(UiCommand::Quit);
                return Response::ok();
            }
        }
        self.response(now)
    }

    /// On the very first start, says where the app went (panels may hide new tray icons), when
    /// the first stretch is, and where the menu and the config are. Remembered once shown.
    /// Where tray hosts come and go (Linux), it waits until the app knows whether one is there:
    /// without one it names the launcher and `posture-break open`, and opens the app's window.
    pub fn welcome_if_new(&mut self) {
        if self.saved.welcomed {
            return;
        }
        match self.desktop.tray_known_at_start() {
            true => self.welcome(true),
            false => self.hosts.welcome_waiting = true,
        }
    }

    /// Whether a tray shows the app is now known (a StatusNotifierWatcher answered, or the
    /// XEmbed tray docked or found no tray).
    pub(super) fn tray_settled(&mut self, now: Now, tray: bool) {
        if !std::mem::take(&mut self.hosts.welcome_waiting) {
            return;
        }
        self.welcome(tray);
        if !tray {
            let view = self.home_view(now);
            self.ui.push(UiCommand::OpenHome(Box::new(view)));
        }
    }

    fn welcome(&mut self, tray: bool) {
        let first = self
            .scheduler
            .next_reminder()
            .map(|at| at.with_timezone(&Local).format("%H:%M").to_string())
            .unwrap_or_default();
        let config = &self.settings.config;
        let words = words::current();
        let body = t!(
            words,
            if tray {
                "welcome-body"
            } else {
                "welcome-body-no-tray"
            },
            length = words.duration_adjective(config.stretch.duration),
            first = first,
            interval = words.duration(config.schedule.interval),
            config = self.settings.config_path.to_string()
        );
        self.desktop.welcome(t!(words, "welcome-summary"), body);
    }
}
