//! Everything the app asks of the desktop and the disk, behind one interface, so the dispatcher
//! itself makes no OS call and its tests put a recording stand-in here. `Live` is the real one:
//! the platform's notifier, the tray (and the XEmbed icon), the presence sources read on demand,
//! the files in `Paths`, autostart and the file opener.

use std::time::{Duration, Instant};

use crate::autostart::{self, AutostartState};
use crate::core::config::{Config, LanguageChoice};
use crate::core::exercises::ExerciseSet;
use crate::core::history::Entry;
use crate::core::presence::Fact;
use crate::core::sound::Cue;
use crate::core::words::Language;
use crate::shell::platform;
use crate::shell::platform::notifier::Notifier;
use crate::shell::platform::XEmbedTray;
use crate::shell::presence;
use crate::shell::reminder::Reminder;
use crate::shell::tray::Tray;
use crate::shell::{AppEvent, EventSink};
use crate::store::{AppState, Paths, StoreError};

pub use crate::shell::tray::TrayView;

/// The config and exercise files as read just now.
pub struct Loaded {
    pub config: Result<Config, StoreError>,
    pub exercises: Result<ExerciseSet, StoreError>,
    /// Whether the user's config file exists (a removal is said once).
    pub config_file_present: bool,
}

pub trait Desktop {
    // ---- notifications ----
    fn remind(&mut self, generation: u64, reminder: Reminder);
    fn withdraw_reminder(&mut self);
    fn message(&mut self, summary: String, body: String);
    /// A posture nudge: quiet, low urgency, gone by itself, nothing to answer.
    fn nudge(&mut self, text: String);
    fn welcome(&mut self, summary: String, body: String);

    // ---- tray ----
    /// (Re)creates the tray icon and its menu from the config; an error is the app's to log.
    fn create_tray(&mut self, config: &Config, autostart: bool) -> Result<(), String>;
    fn has_tray(&self) -> bool;
    fn show_tray(&mut self, view: &TrayView);
    /// Whether an XEmbed icon stands by for panels without a StatusNotifierWatcher.
    fn has_xembed(&self) -> bool;
    /// Whether a tray is there from the start (Windows, macOS); where tray hosts come and go
    /// (Linux) the app hears it later (`AppEvent::TrayHost`, `AppEvent::XEmbedTray`).
    fn tray_known_at_start(&self) -> bool;
    fn xembed_sni_host(&mut self, present: bool);

    // ---- presence sources read on demand ----
    fn idle_name(&self) -> &'static str;
    fn idle_next_read(&self) -> Option<Instant>;
    fn read_idle(&mut self) -> Option<Fact>;
    fn idle_observed(&mut self, fact: &Fact);
    fn set_idle_after(&mut self, idle_after: Duration);
    /// Whether a fullscreen window has the focus; `None` where no source can tell.
    fn check_fullscreen(&mut self) -> Option<bool>;

    // ---- files ----
    fn load(&mut self) -> Loaded;
    fn append_history(&mut self, entry: &Entry) -> Result<(), String>;
    /// Appends a line to this machine's file in the sync folder (lines that cannot be written
    /// wait for the next try).
    fn sync_append(&mut self, line: &crate::core::sync::Line) -> Result<(), String>;
    /// Writes the lines that wait (the folder came back).
    fn sync_flush(&mut self) -> Result<(), String>;
    fn save_state(&mut self, state: &AppState) -> Result<(), String>;
    /// Opens the config file in the user's editor, writing the example first if it is missing.
    fn open_config(&mut self) -> Result<(), String>;

    // ---- the rest of the OS ----
    fn set_autostart(&mut self, enabled: bool) -> Result<(), String>;
    fn autostart_enabled(&self) -> bool;
    fn release_freed_memory(&mut self);
    /// A step cue of the guided stretch (the sound theme's sound; see `core::sound::Cue`).
    fn play_cue(&mut self, cue: Cue);
    /// The spoken guide: open the speech connection for this stretch and say `text`; say the
    /// next step's text; close it (the stretch is over).
    fn guide_start(&mut self, text: String);
    fn guide_say(&mut self, text: String);
    fn guide_stop(&mut self);
    /// Whether the desktop asks for fewer animations (`None`: it does not say).
    fn animations_off(&mut self) -> Option<bool>;
    /// Speaks the config's language, or the system's: every word from now on.
    fn speak(&mut self, choice: LanguageChoice) -> &'static Language;
    /// Quitting: withdraw the reminder, take the tray icons down.
    fn shut_down(&mut self);
}

/// The real desktop.
pub struct Live {
    pub paths: Paths,
    pub notifier: Notifier,
    pub tray: Option<Tray>,
    pub xembed: Option<XEmbedTray>,
    pub presence: presence::Tracker,
    pub exe: std::path::PathBuf,
    /// For what the desktop reports later (a cue that could not be played).
    pub sink: EventSink,
    /// The spoken guide while a stretch with `cues = "voice"` runs.
    pub guide: Option<platform::Guide>,
    /// This machine's file in the sync folder, when sync is on.
    pub sync: Option<crate::sync_folder::Writer>,
}

impl Live {
    pub fn load_files(paths: &Paths) -> Loaded {
        Loaded {
            config: paths.load_config(),
            exercises: paths.load_exercises(),
            config_file_present: paths.config_file.exists(),
        }
    }
}

impl Desktop for Live {
    fn remind(&mut self, generation: u64, reminder: Reminder) {
        self.notifier.remind(generation, reminder);
    }

    fn withdraw_reminder(&mut self) {
        self.notifier.withdraw();
    }

    fn message(&mut self, summary: String, body: String) {
        self.notifier.message(summary, body);
    }

    fn nudge(&mut self, text: String) {
        self.notifier.nudge(text);
    }

    fn welcome(&mut self, summary: String, body: String) {
        self.notifier.welcome(summary, body);
    }

    fn create_tray(&mut self, config: &Config, autostart: bool) -> Result<(), String> {
        self.tray = None; // unregister the old item first
        let mut tray = Tray::new(config, autostart).map_err(|err| err.to_string())?;
        if let Some(xembed) = &self.xembed {
            tray.attach_xembed(xembed.clone());
        }
        self.tray = Some(tray);
        Ok(())
    }

    fn has_tray(&self) -> bool {
        self.tray.is_some()
    }

    fn show_tray(&mut self, view: &TrayView) {
        if let Some(tray) = self.tray.as_mut() {
            tray.show(view);
        }
    }

    fn has_xembed(&self) -> bool {
        self.xembed.is_some()
    }

    fn tray_known_at_start(&self) -> bool {
        !platform::TRAY_HOSTS_COME_AND_GO
    }

    fn xembed_sni_host(&mut self, present: bool) {
        if let Some(xembed) = &self.xembed {
            xembed.set_sni_host(present);
        }
    }

    fn idle_name(&self) -> &'static str {
        self.presence.idle.name()
    }

    fn idle_next_read(&self) -> Option<Instant> {
        self.presence.idle.next_read()
    }

    fn read_idle(&mut self) -> Option<Fact> {
        self.presence.idle.read()
    }

    fn idle_observed(&mut self, fact: &Fact) {
        self.presence.idle.observed(fact);
    }

    fn set_idle_after(&mut self, idle_after: Duration) {
        self.presence.idle.set_idle_after(idle_after);
    }

    fn check_fullscreen(&mut self) -> Option<bool> {
        self.presence
            .fullscreen
            .as_ref()
            .map(|watch| watch.check_and_watch())
    }

    fn load(&mut self) -> Loaded {
        Live::load_files(&self.paths)
    }

    fn append_history(&mut self, entry: &Entry) -> Result<(), String> {
        self.paths
            .append_history(entry)
            .map_err(|err| err.to_string())
    }

    fn sync_append(&mut self, line: &crate::core::sync::Line) -> Result<(), String> {
        match &mut self.sync {
            Some(writer) => writer.append(line),
            None => Ok(()),
        }
    }

    fn sync_flush(&mut self) -> Result<(), String> {
        match &mut self.sync {
            Some(writer) => writer.flush(),
            None => Ok(()),
        }
    }

    fn save_state(&mut self, state: &AppState) -> Result<(), String> {
        self.paths.save_state(state).map_err(|err| err.to_string())
    }

    fn open_config(&mut self) -> Result<(), String> {
        if !self.paths.config_file.exists() {
            self.paths
                .init_config()
                .map_err(|err| format!("cannot create the config file: {err}"))?;
        }
        let path = &self.paths.config_file;
        platform::open_file(path).map_err(|err| {
            format!(
                "cannot open {} with {}: {err}",
                path.display(),
                platform::OPENER
            )
        })
    }

    fn set_autostart(&mut self, enabled: bool) -> Result<(), String> {
        let result = if enabled {
            autostart::enable(&self.exe).map(|_| ())
        } else {
            autostart::disable().map(|_| ())
        };
        result.map_err(|err| err.to_string())
    }

    fn autostart_enabled(&self) -> bool {
        matches!(autostart::status(&self.exe), Ok(AutostartState::Enabled))
    }

    fn release_freed_memory(&mut self) {
        platform::release_freed_memory();
    }

    fn play_cue(&mut self, cue: Cue) {
        let sink = std::sync::Arc::clone(&self.sink);
        platform::play_sound(cue.sound_name(), move |err| {
            sink(AppEvent::ChimeFailed(err))
        });
    }

    fn guide_start(&mut self, text: String) {
        let sink = std::sync::Arc::clone(&self.sink);
        let guide = platform::Guide::start(move |err| sink(AppEvent::SpeechUnavailable(err)));
        guide.say(text);
        self.guide = Some(guide);
    }

    fn guide_say(&mut self, text: String) {
        if let Some(guide) = &self.guide {
            guide.say(text);
        }
    }

    fn guide_stop(&mut self) {
        self.guide = None;
    }

    fn animations_off(&mut self) -> Option<bool> {
        platform::animations_off()
    }

    fn speak(&mut self, choice: LanguageChoice) -> &'static Language {
        crate::language::install(choice)
    }

    fn shut_down(&mut self) {
        self.notifier.withdraw();
        self.tray = None;
        if let Some(xembed) = &self.xembed {
            xembed.stop();
        }
    }
}
