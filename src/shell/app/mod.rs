//! The app: one dispatcher between the sources' events and the scheduler, and the two main loops
//! that drive it (`runner`). The dispatcher reads no clock (the time comes in as `Now`) and makes
//! no OS call (the desktop and the disk are behind `Desktop`), so its tests drive it with made-up
//! times and a recording desktop. Each job has its own file:
//!
//! - `stretch`: a reminder's life: pick, remind, stretch, skip, snooze, pause, resume, history;
//! - `requests`: the tray menu, notification answers and control-channel requests;
//! - `settings`: config reload and its errors, the config file, start at login;
//! - `presence`: presence facts, busy causes, working hours, sources asked on demand;
//! - `posture`: posture nudges and sit/stand turns between stretches;
//! - `status`: the status for `status`/followers and the tray's view;
//! - `clock`, `deadlines`: time as an input and the app's own timers;
//! - `desktop`: the interface to the OS; `followers`: `status --follow` clients;
//! - `runner`: the winit loop, the loop without a display, and start-up.

mod clock;
mod deadlines;
mod desktop;
mod followers;
mod posture;
mod presence;
mod requests;
mod runner;
mod settings;
mod status;
mod stretch;
mod sync;
#[cfg(test)]
mod tests;

use std::time::Duration;

use chrono::NaiveDate;

pub use runner::run;

use self::clock::{ClockWatch, Now};
use self::deadlines::{Deadlines, Timer};
use self::desktop::{Desktop, Loaded};
use self::presence::PresenceState;
use self::settings::Settings;
use self::stretch::Offer;
use self::sync::SyncState;
use super::home_window::HomeView;
use super::log::Log;
use super::quiet::QuietTimes;
use super::stretch_window::StretchSpec;
use crate::core::config::Config;
use crate::core::exercises::ExerciseSet;
use crate::core::feeling::ExerciseLog;
use crate::core::history::Entry;
use crate::core::posture::Posture;
use crate::core::progress::{Overview, Tally};
use crate::core::schedule::{Input, Scheduler, Timings};
use crate::store::AppState;

/// How long after start (or after a window closed) the code that ran is given back to the
/// kernel (the tray registers in ~30 ms).
const STARTUP_SETTLE: Duration = Duration::from_secs(3);

/// Work only the event loop can do.
pub enum UiCommand {
    /// With the xdg_activation token of the click that asked for it (Wayland), if any.
    OpenStretch(StretchSpec, Option<String>),
    CloseStretch,
    OpenWeek(Box<Overview>),
    /// The app's own window (`open`), or fresh contents for it.
    OpenHome(Box<HomeView>),
    Quit,
}

/// What the app starts from, as the runner read it.
pub struct Startup {
    pub loaded: Loaded,
    pub saved: AppState,
    /// The history so far, or why it could not be read.
    pub history: Result<Vec<Entry>, String>,
    pub config_path: String,
    pub autostart_enabled: bool,
    /// This machine's name and the folder as written, when sync is on.
    pub sync: Option<(String, String)>,
}

/// Completed stretches by day, the exercises' ratings, and the local date "today" means for
/// the tray.
struct ProgressDay {
    /// This machine's history, and with the other machines' stretches (sync).
    local: Tally,
    tally: Tally,
    exercises: ExerciseLog,
    day: NaiveDate,
}

/// What the app knows of the tray hosts on the session bus and the display.
#[derive(Default)]
struct TrayHosts {
    /// Whether a StatusNotifierWatcher is there; `None` until the watcher says.
    sni_present: Option<bool>,
    /// The first start's welcome waits to know whether a tray shows the app.
    welcome_waiting: bool,
}

pub struct App {
    desktop: Box<dyn Desktop>,
    log: Log,
    settings: Settings,
    scheduler: Scheduler,
    posture: Posture,
    offer: Offer,
    saved: AppState,
    presence: PresenceState,
    quiet: QuietTimes,
    clock: ClockWatch,
    deadlines: Deadlines,
    progress: ProgressDay,
    hosts: TrayHosts,
    autostart_enabled: bool,
    sync: Option<SyncState>,
    ui: Vec<UiCommand>,
}

fn timings(config: &Config) -> Timings {
    Timings {
        interval: config.schedule.interval,
        stretch: config.stretch.duration,
        reminder_timeout: config.notification.timeout,
        natural_break: config.presence.natural_break,
    }
}

impl App {
    pub fn new(now: Now, mut desktop: Box<dyn Desktop>, log: Log, startup: Startup) -> App {
        let Startup {
            loaded,
            saved,
            history,
            config_path,
            autostart_enabled,
            sync,
        } = startup;
        let (config, startup_error) = match loaded.config {
            Ok(config) => (config, None),
            Err(err) => (Config::default(), Some(err)),
        };
        let language = desktop.speak(config.general.language);
        log.info(&format!("speaking {}", language.tag));
        let exercises = loaded.exercises.unwrap_or_else(|err| {
            log.warn(&format!("{err}; using the bundled exercises only"));
            ExerciseSet::bundled().unwrap_or(ExerciseSet {
                notice: String::new(),
                red_flags: String::new(),
                exercises: Vec::new(),
            })
        });
        // Warnings about corrupt lines are `stats`'s to report; the tally skips those lines.
        let (tally, exercise_log) = match history {
            Ok(entries) => (
                Tally::from_entries(&entries),
                ExerciseLog::from_entries(&entries),
            ),
            Err(err) => {
                log.warn(&format!(
                    "cannot read the history, progress and ratings start from zero: {err}"
                ));
                (Tally::default(), ExerciseLog::default())
            }
        };
        let mut deadlines = Deadlines::default();
        deadlines.set(Timer::Settle, now.mono + STARTUP_SETTLE);
        let scheduler = Scheduler::new(timings(&config), now.utc);
        let (every, sit_stand) = posture::posture_settings(&config, saved.nudges);
        let posture = Posture::new(now.utc, every, sit_stand, scheduler.gate());
        let mut app = App {
            desktop,
            log,
            scheduler,
            posture,
            settings: Settings::new(config, exercises, config_path, loaded.config_file_present),
            offer: Offer::default(),
            saved,
            presence: PresenceState::default(),
            quiet: QuietTimes::default(),
            clock: ClockWatch::new(now),
            deadlines,
            progress: ProgressDay {
                local: tally.clone(),
                tally,
                exercises: exercise_log,
                day: now.today(),
            },
            hosts: TrayHosts::default(),
            autostart_enabled,
            sync: sync.map(|(name, folder)| SyncState::new(name, folder)),
            ui: Vec::new(),
        };
        if let Some(error) = startup_error {
            app.report_config_error(&error, "notice-using-defaults");
        }
        app.refresh_hours(now);
        app.start_posture(now);
        if let Some(sync) = &app.sync {
            app.log.info(&format!(
                "sync: this machine is \"{}\" in {}",
                sync.name, sync.folder
            ));
        }
        // Started: the person is here.
        app.share(now.utc, crate::core::sync::Shared::Active);
        app
    }

    fn config(&self) -> &Config {
        &self.settings.config
    }

    pub fn shut_down(&mut self, now: Now) {
        // Quit or logged out: no longer in use.
        if !self.scheduler.away() {
            self.share(now.utc, crate::core::sync::Shared::Away);
        }
        self.stop_posture(now);
        self.desktop.shut_down();
    }

    /// The window commands for the loop to carry out.
    pub fn take_ui(&mut self) -> Vec<UiCommand> {
        std::mem::take(&mut self.ui)
    }

    /// A window closed: hand its code back once things are quiet again, as after start-up.
    pub fn settle_later(&mut self, now: Now) {
        self.deadlines.set(Timer::Settle, now.mono + STARTUP_SETTLE);
    }

    // ---- time ----

    /// Everything due at `now`: clock jumps, a pending config reload, working-hours boundaries,
    /// the sources asked when a reminder comes due, the scheduler's deadlines, a new day.
    pub fn on_wake(&mut self, now: Now) {
        self.check_clock(now);
        if self.deadlines.take_due(Timer::Reload, now.mono) {
            self.reload_config(now);
        }
        if self.quiet.next_change().is_some_and(|at| now.utc >= at) {
            self.refresh_hours(now);
        }
        if self.deadlines.take_due(Timer::Settle, now.mono) {
            self.desktop.release_freed_memory();
        }
        self.ask_sources_if_due(now);
        self.input(now, Input::Tick);
        self.nudge_if_due(now);
        if now.today() != self.progress.day {
            // A new day: "today" in the tooltip starts from zero.
            self.progress.day = now.today();
            self.refresh_tray(now);
        }
        if self.deadlines.take_due(Timer::Quit, now.mono) {
            self.ui.push(UiCommand::Quit);
        }
    }

    /// A suspend/resume or a clock change moves the wall clock alone.
    fn check_clock(&mut self, now: Now) {
        if let Some(jump) = self.clock.jumped(now) {
            // Rounded: a jump measured a few milliseconds short is still the hour it was.
            let secs = (jump.num_milliseconds() + 500).div_euclid(1000);
            self.log.info(&format!(
                "wall clock jumped by {secs} s (suspend/resume or clock change)"
            ));
            let effects = self.scheduler.handle(now.utc, Input::ClockJumped { jump });
            self.apply(now, effects);
            self.refresh_hours(now);
        }
    }

    /// When the loop must wake next, as a monotonic instant.
    pub fn next_wake(&self, now: Now) -> Option<std::time::Instant> {
        let deadline = self.scheduler.next_deadline().map(|at| now.instant_of(at));
        let hours = self.quiet.next_change().map(|at| now.instant_of(at));
        let midnight = self
            .progress
            .day
            .succ_opt()
            .map(|tomorrow| crate::core::calendar::day_start(&chrono::Local, tomorrow))
            .map(|at| now.instant_of(at));
        let nudge = self.next_nudge().map(|at| now.instant_of(at));
        [
            deadline,
            nudge,
            hours,
            midnight,
            self.deadlines.next(),
            self.desktop.idle_next_read(),
        ]
        .into_iter()
        .flatten()
        .min()
    }

    // ---- scheduler plumbing ----

    fn input(&mut self, now: Now, input: Input) {
        let before = (self.scheduler.state(), self.scheduler.next_reminder());
        let elsewhere = self.elsewhere(now, input);
        self.scheduler.set_elsewhere(elsewhere);
        let effects = self.scheduler.handle(now.utc, input);
        // A reminder shown here and now over tells the others to drop theirs; one ended by
        // another machine's answer does not echo back.
        let from_elsewhere = matches!(
            input,
            Input::BreakElsewhere { .. } | Input::ReminderOverElsewhere { .. }
        );
        if !from_elsewhere && effects.contains(&crate::core::schedule::Effect::WithdrawReminder) {
            self.share(now.utc, crate::core::sync::Shared::ReminderOver);
        }
        // A tick that changed nothing leaves the tray as it is: the loop wakes for every frame
        // of the stretch window's figure, and each one would otherwise word the status again.
        let unchanged = matches!(input, Input::Tick)
            && effects.is_empty()
            && before == (self.scheduler.state(), self.scheduler.next_reminder());
        self.apply(now, effects);
        if !unchanged {
            self.refresh_tray(now);
        }
    }
}
