//! The config and exercise files as the app uses them: reloads (a failed one keeps the last good
//! config), their errors said once, the config file opened for editing, start at login.

use super::clock::Now;
use super::deadlines::Timer;
use super::{timings, App};
use crate::core::config::Config;
use crate::core::exercises::ExerciseSet;
use crate::core::words;
use crate::store::StoreError;
use crate::t;

/// Editors write a file in several steps; reload once they are done.
pub const RELOAD_DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(250);

pub struct Settings {
    pub config: Config,
    pub exercises: ExerciseSet,
    /// For `status`: where the config is read from.
    pub config_path: String,
    /// The last error said, so each distinct one is said once.
    reported_error: Option<String>,
    /// Whether the user's config file existed at the last (re)load, so a removal is said once.
    file_present: bool,
}

impl Settings {
    pub fn new(
        config: Config,
        exercises: ExerciseSet,
        config_path: String,
        file_present: bool,
    ) -> Settings {
        Settings {
            config,
            exercises,
            config_path,
            reported_error: None,
            file_present,
        }
    }
}

impl App {
    /// A config file changed on disk.
    pub(super) fn config_changed(&mut self, now: Now) {
        self.deadlines
            .set(Timer::Reload, now.mono + RELOAD_DEBOUNCE);
    }

    pub(super) fn reload_config(&mut self, now: Now) {
        let loaded = self.desktop.load();
        if self.settings.file_present && !loaded.config_file_present {
            let path = self.settings.config_path.clone();
            self.log
                .info(&format!("{path} was removed; using the defaults"));
            let words = words::current();
            self.desktop.message(
                t!(words, "notice-config-removed"),
                t!(words, "notice-config-removed-body", path = path.to_string()),
            );
        }
        self.settings.file_present = loaded.config_file_present;
        match loaded.config {
            Ok(config) => {
                self.settings.reported_error = None;
                if config != self.settings.config {
                    self.apply_config(now, config);
                }
            }
            Err(err) => self.report_config_error(&err, "notice-keeping-config"),
        }
        match loaded.exercises {
            Ok(set) => self.settings.exercises = set,
            Err(err) => self.report_config_error(&err, "notice-keeping-exercises"),
        }
        self.refresh_tray(now);
    }

    fn apply_config(&mut self, now: Now, config: Config) {
        let old = &self.settings.config;
        let language_changed = config.general.language != old.general.language;
        let menu_changed = config.schedule.snooze_choices != old.schedule.snooze_choices
            || config.schedule.pause_choices != old.schedule.pause_choices
            || config.posture.sit_stand.is_some() != old.posture.sit_stand.is_some()
            || language_changed;
        if language_changed {
            let language = self.desktop.speak(config.general.language);
            self.log.info(&format!("speaking {}", language.tag));
        }
        self.log
            .info(&format!("config reloaded: {}", config.summary()));
        if config.sync != old.sync {
            // The folder watch and this machine's file are set up once, at start.
            self.log
                .warn("[sync] changed: the new folder and name apply after a restart");
        }
        self.desktop.set_idle_after(config.presence.idle_after);
        let effects = self.scheduler.set_timings(timings(&config), now.utc);
        self.settings.config = config;
        self.reconfigure_posture(now);
        self.apply(now, effects);
        self.refresh_hours(now);
        for input in self.quiet.sync(&self.settings.config) {
            self.input(now, input);
        }
        if menu_changed && self.desktop.has_tray() {
            self.create_tray(now);
        }
    }

    /// Says it once per distinct error: in the log in English, and as a notification in the
    /// person's language. `consequence` is the catalog's message for what the app does instead.
    pub(super) fn report_config_error(&mut self, error: &StoreError, consequence: &str) {
        let english = error.to_string();
        if self.settings.reported_error.as_deref() == Some(english.as_str()) {
            return;
        }
        let words = words::current();
        self.log
            .warn(&format!("{english} ({})", words.english_get(consequence)));
        self.desktop.message(
            t!(words, "notice-config-not-applied"),
            format!("{}\n({})", error.said(&words), words.get(consequence)),
        );
        self.settings.reported_error = Some(english);
    }

    pub(super) fn open_config(&mut self) {
        if let Err(err) = self.desktop.open_config() {
            self.log.warn(&err);
        }
    }

    pub(super) fn toggle_autostart(&mut self, now: Now) {
        if let Err(err) = self.desktop.set_autostart(!self.autostart_enabled) {
            self.log
                .warn(&format!("cannot change start at login: {err}"));
        }
        self.autostart_enabled = self.desktop.autostart_enabled();
        self.refresh_tray(now);
    }

    pub fn create_tray(&mut self, now: Now) {
        match self
            .desktop
            .create_tray(&self.settings.config, self.autostart_enabled)
        {
            Ok(()) => self.refresh_tray(now),
            Err(err) => {
                self.log.warn_once("tray-create", &format!("cannot create the tray icon ({err}); the app keeps running, use the posture-break command to control it"));
            }
        }
    }
}
