//! The app: state, reactions to events, and the two main loops (winit with a display, a plain
//! channel without one). The loop sleeps until the scheduler's next deadline; nothing ticks.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::{DateTime, Local, TimeDelta, TimeZone, Utc};
use winit::application::ApplicationHandler;
use winit::event::{StartCause, WindowEvent};
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop};
use winit::window::WindowId;

use super::log::Log;
use super::notifier::{self, Notifier, Reminder};
use super::platform::{self, Note};
use super::presence;
use super::quiet::QuietTimes;
use super::stretch_window::{self, Outcome, StepSpec, StretchSpec, StretchWindow};
use super::tray::{self, Look, MenuAction, Tray};
use super::week_window::WeekWindow;
use super::xembed_tray::XEmbedTray;
use super::{AppEvent, EventSink};
use crate::autostart::{self, AutostartState};
use crate::core::config::Config;
use crate::core::duration::{adjective_duration, describe_duration};
use crate::core::exercises::ExerciseSet;
use crate::core::history::{Entry, EventKind};
use crate::core::presence::{Change, Fact};
use crate::core::progress::{Overview, Tally};
use crate::core::schedule::{Effect, Input, Scheduler, State, Timings};
use crate::instance::{InstanceError, InstanceLock};
use crate::ipc::{self, ProgressStatus, Request, Response, Status, Subscriber};
use crate::store::{AppState, Paths};

/// Editors write a file in several steps; reload once they are done.
const RELOAD_DEBOUNCE: Duration = Duration::from_millis(250);
/// Long enough for the tray's D-Bus worker to answer the click that asked us to quit.
const QUIT_GRACE: Duration = Duration::from_millis(100);
/// `status --follow` clients at most; more are refused (each is one socket, no thread).
const MAX_SUBSCRIBERS: usize = 32;
/// Wall-clock drift below this is noise, not a jump.
const CLOCK_JUMP_THRESHOLD: TimeDelta = TimeDelta::seconds(2);

/// Work only the event loop can do.
/// How long after start (or after a window closed) the code that ran is given back to the
/// kernel (the tray registers in ~30 ms).
const STARTUP_SETTLE: Duration = Duration::from_secs(3);

enum UiCommand {
    /// With the xdg_activation token of the click that asked for it (Wayland), if any.
    OpenStretch(StretchSpec, Option<String>),
    CloseStretch,
    OpenWeek(Box<Overview>),
    Quit,
}

struct App {
    paths: Paths,
    config: Config,
    exercises: ExerciseSet,
    saved: AppState,
    scheduler: Scheduler,
    /// The exercise being offered or stretched.
    exercise: Option<String>,
    /// Generation of the current reminder, so late answers to old ones are ignored.
    reminder: u64,
    notifier: Notifier,
    tray: Option<Tray>,
    tray_host_present: Option<bool>,
    /// The icon for XEmbed-only panels (X11), used while no StatusNotifierWatcher is there.
    xembed: Option<XEmbedTray>,
    presence: presence::Tracker,
    quiet: QuietTimes,
    log: Log,
    clock_reference: (DateTime<Utc>, Instant),
    reload_at: Option<Instant>,
    /// When start-up is over: the code only start-up ran (tray and bus set-up, config parsing,
    /// the first layout) is then handed back to the kernel, as after a window closes. One wake.
    settle_at: Option<Instant>,
    /// Quitting from the tray waits a moment so the menu's D-Bus call gets its reply first.
    quit_at: Option<Instant>,
    reported_config_error: Option<String>,
    /// Whether the user's config file existed at the last (re)load, so a removal is said once.
    config_file_present: bool,
    autostart_enabled: bool,
    exe: PathBuf,
    ui: Vec<UiCommand>,
    /// The history by day, read once at start and fed every entry written since.
    tally: Tally,
    /// The local date `tally` answers for; at midnight the tray's "today" starts again.
    progress_day: chrono::NaiveDate,
    /// `status --follow` clients and the last response they were sent.
    subscribers: Vec<Subscriber>,
    published: Option<Response>,
}

fn timings(config: &Config) -> Timings {
    Timings {
        interval: config.schedule.interval,
        stretch: config.stretch.duration,
        reminder_timeout: config.notification.timeout,
        natural_break: config.presence.natural_break,
    }
}

fn local_rfc3339(time: DateTime<Utc>) -> String {
    ipc::WireTime::new(time, &Local).to_string()
}

impl App {
    fn new(paths: Paths, sink: EventSink) -> App {
        let log = Log::new(paths.log_file.clone());
        let mut startup_error = None;
        let config = paths.load_config().unwrap_or_else(|err| {
            startup_error = Some(err.to_string());
            Config::default()
        });
        let exercises = paths.load_exercises().unwrap_or_else(|err| {
            log.warn(&format!("{err}; using the bundled exercises only"));
            ExerciseSet::bundled().unwrap_or(ExerciseSet {
                notice: String::new(),
                red_flags: String::new(),
                exercises: Vec::new(),
            })
        });
        let exe = std::env::current_exe().unwrap_or_default();
        let autostart_enabled = matches!(autostart::status(&exe), Ok(AutostartState::Enabled));
        let now = Utc::now();
        let config_file_present = paths.config_file.exists();
        // Warnings about corrupt lines are `stats`'s to report; the tally skips those lines.
        let tally = match paths.read_history() {
            Ok((entries, _)) => Tally::from_entries(&entries),
            Err(err) => {
                log.warn(&format!(
                    "cannot read the history, progress starts from zero: {err}"
                ));
                Tally::default()
            }
        };
        let mut app = App {
            saved: paths.load_state(),
            scheduler: Scheduler::new(timings(&config), now),
            paths,
            config,
            exercises,
            exercise: None,
            reminder: 0,
            notifier: Notifier::new(sink),
            tray: None,
            tray_host_present: None,
            xembed: None,
            presence: presence::Tracker::new(),
            quiet: QuietTimes::default(),
            log,
            clock_reference: (now, Instant::now()),
            reload_at: None,
            settle_at: Some(Instant::now() + STARTUP_SETTLE),
            quit_at: None,
            reported_config_error: None,
            config_file_present,
            autostart_enabled,
            exe,
            ui: Vec::new(),
            tally,
            progress_day: Local::now().date_naive(),
            subscribers: Vec::new(),
            published: None,
        };
        if let Some(error) = startup_error {
            app.report_config_error(error, "using the defaults");
        }
        app.refresh_hours();
        app
    }

    // ---- quiet times ----

    /// Working hours now (start, reload, clock change, a boundary reached).
    fn refresh_hours(&mut self) {
        if let Some(input) = self.quiet.refresh_hours(&self.config, Utc::now()) {
            self.log.info(&match self.quiet.hours() {
                Some(h) if !h.open => format!(
                    "outside working hours until {}",
                    h.next_change
                        .map(local_rfc3339)
                        .unwrap_or("further notice".into())
                ),
                _ => "inside working hours".to_string(),
            });
            self.input(input);
        }
    }

    fn busy(&mut self, cause: crate::core::presence::Busy, on: bool) {
        for input in self.quiet.report(cause, on, &self.config) {
            self.log.info(&format!(
                "{}: {}",
                cause.name(),
                if on { "busy" } else { "over" }
            ));
            self.input(input);
        }
    }

    /// Sources read on demand are asked the moment a reminder comes due.
    fn ask_busy_sources_if_due(&mut self) {
        // Where the idle time has no alarm (Windows) it is read at its deadline and when a
        // reminder comes due.
        let read_due = self
            .presence
            .idle
            .next_read()
            .is_some_and(|at| Instant::now() >= at);
        if read_due || self.scheduler.reminder_due(Utc::now()) {
            if let Some(fact) = self.presence.idle.read() {
                self.on_presence(fact);
            }
        }
        let wanted = self
            .config
            .presence
            .hold_when
            .contains(&crate::core::presence::Busy::Fullscreen);
        if !wanted || !self.scheduler.reminder_due(Utc::now()) {
            return;
        }
        if let Some(watch) = &self.presence.fullscreen {
            let on = watch.check_and_watch();
            self.busy(crate::core::presence::Busy::Fullscreen, on);
        }
    }

    /// On the very first start, says where the app went (panels may hide new tray icons), when
    /// the first stretch is, and where the menu and the config are. Remembered once shown.
    fn welcome_if_new(&self) {
        if self.saved.welcomed {
            return;
        }
        let first = self
            .scheduler
            .next_reminder()
            .map(|at| at.with_timezone(&Local).format("%H:%M").to_string())
            .unwrap_or_default();
        let body = format!(
            "posture-break runs in the tray. Your first {} stretch is at {first}, then every {}.\n\
             Right-click its tray icon for the menu (start a stretch, snooze, pause); a left \
             click shows your week. Settings: {}",
            adjective_duration(self.config.stretch.duration),
            describe_duration(self.config.schedule.interval),
            self.paths.config_file.display()
        );
        self.notifier
            .welcome("posture-break is running".to_string(), body);
    }

    fn create_tray(&mut self) {
        self.tray = None; // unregister the old item first
        match Tray::new(&self.config, self.autostart_enabled) {
            Ok(mut tray) => {
                if let Some(xembed) = &self.xembed {
                    tray.attach_xembed(xembed.clone());
                }
                self.tray = Some(tray);
                self.refresh_tray();
            }
            Err(err) => {
                self.log.warn_once("tray-create", &format!("cannot create the tray icon ({err}); the app keeps running, use the posture-break command to control it"));
            }
        }
    }

    // ---- time ----

    /// Everything due now: clock jumps, a pending config reload, scheduler deadlines.
    /// Hands the code that just ran (a window's teardown, the tray's updates) back once things
    /// are quiet again, as after start-up.
    fn settle_later(&mut self) {
        self.settle_at = Some(Instant::now() + STARTUP_SETTLE);
    }

    fn on_wake(&mut self) {
        self.check_clock();
        if self.reload_at.is_some_and(|at| Instant::now() >= at) {
            self.reload_at = None;
            self.reload_config();
        }
        if self.quiet.next_change().is_some_and(|at| Utc::now() >= at) {
            self.refresh_hours();
        }
        if self.settle_at.is_some_and(|at| Instant::now() >= at) {
            self.settle_at = None;
            platform::release_freed_memory();
        }
        self.ask_busy_sources_if_due();
        self.input(Input::Tick);
        if Local::now().date_naive() != self.progress_day {
            // A new day: "today" in the tooltip starts from zero.
            self.progress_day = Local::now().date_naive();
            self.refresh_tray();
        }
        if self.quit_at.is_some_and(|at| Instant::now() >= at) {
            self.ui.push(UiCommand::Quit);
        }
    }

    /// Wall time moving differently from monotonic time means suspend/resume or a clock change.
    fn check_clock(&mut self) {
        let (wall_then, mono_then) = self.clock_reference;
        let now = Utc::now();
        let mono_now = Instant::now();
        let expected =
            wall_then + TimeDelta::from_std(mono_now - mono_then).unwrap_or(TimeDelta::zero());
        let jump = now - expected;
        self.clock_reference = (now, mono_now);
        if jump.abs() >= CLOCK_JUMP_THRESHOLD {
            self.log.info(&format!(
                "wall clock jumped by {} s (suspend/resume or clock change)",
                jump.num_seconds()
            ));
            let effects = self.scheduler.handle(now, Input::ClockJumped { jump });
            self.apply(effects);
            self.refresh_hours();
        }
    }

    /// When the loop must wake next, as a monotonic instant.
    fn next_wake(&self) -> Option<Instant> {
        let instant = |at: DateTime<Utc>| {
            let wait = (at - Utc::now()).to_std().unwrap_or(Duration::ZERO);
            // Round up so we never wake a hair early and have to sleep again.
            Instant::now() + wait + Duration::from_millis(1)
        };
        let deadline = self.scheduler.next_deadline().map(instant);
        let hours = self.quiet.next_change().map(instant);
        // Where a DST change skips midnight itself, 01:00 is the day's first hour.
        let tomorrow = self.progress_day + TimeDelta::days(1);
        let midnight = [0, 1]
            .into_iter()
            .filter_map(|hour| tomorrow.and_hms_opt(hour, 0, 0))
            .find_map(|naive| Local.from_local_datetime(&naive).earliest())
            .map(|t| instant(t.with_timezone(&Utc)));
        [
            deadline,
            hours,
            midnight,
            self.reload_at,
            self.settle_at,
            self.quit_at,
            self.presence.idle.next_read(),
        ]
        .into_iter()
        .flatten()
        .min()
    }

    // ---- scheduler plumbing ----

    fn input(&mut self, input: Input) {
        let effects = self.scheduler.handle(Utc::now(), input);
        self.apply(effects);
        self.refresh_tray();
    }

    fn apply(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Remind => self.remind(),
                Effect::WithdrawReminder => self.notifier.withdraw(),
                Effect::CancelStretch => {
                    self.record(EventKind::Skipped, true);
                    self.ui.push(UiCommand::CloseStretch);
                }
                Effect::NaturalBreak { length } => {
                    self.log.info(&format!(
                        "{} s away counted as a break; the interval restarts",
                        length.as_secs()
                    ));
                    self.record_entry(EventKind::NaturalBreak, None, Some(length.as_secs()));
                    if let State::Active { since } = self.scheduler.state() {
                        self.presence.back_from_break = Some(since);
                    }
                }
            }
        }
    }

    fn record(&mut self, event: EventKind, with_exercise: bool) {
        let exercise = if with_exercise {
            self.exercise.clone()
        } else {
            None
        };
        self.record_entry(event, exercise, None);
    }

    fn record_entry(&mut self, event: EventKind, exercise: Option<String>, secs: Option<u64>) {
        let entry = Entry {
            ts: Local::now().fixed_offset().with_nanosecond_zero(),
            event,
            exercise,
            secs,
        };
        self.tally.add(&entry);
        if let Err(err) = self.paths.append_history(&entry) {
            self.log
                .warn_once("history", &format!("cannot write history: {err}"));
        }
    }

    /// Picks the next exercise by rotation and remembers the rotation across restarts.
    fn pick_exercise(&mut self) -> Option<String> {
        let eligible = self.exercises.eligible(&self.config.stretch.positions);
        let seed = Utc::now().timestamp_subsec_nanos() as u64 ^ Utc::now().timestamp() as u64;
        let picked = self
            .saved
            .rotation
            .pick(&eligible, seed)
            .map(|e| e.id.clone());
        if let Err(err) = self.paths.save_state(&self.saved) {
            self.log
                .warn_once("state", &format!("cannot save state: {err}"));
        }
        picked
    }

    fn remind(&mut self) {
        self.exercise = self.pick_exercise();
        self.reminder += 1;
        self.record(EventKind::Reminded, true);
        let exercise = self
            .exercise
            .as_deref()
            .and_then(|id| self.exercises.get(id));
        let body = exercise.map_or_else(String::new, |e| {
            format!(
                "{}: {}",
                e.name,
                e.steps.first().map_or("", |s| s.text.as_str())
            )
        });
        let reminder = Reminder {
            summary: format!(
                "Time for a {} stretch",
                adjective_duration(self.config.stretch.duration)
            ),
            body,
            snooze_label: format!("Snooze {}", short_duration(self.config.schedule.snooze)),
            timeout: self.config.notification.timeout,
            sound: self.config.notification.sound,
        };
        self.notifier.remind(self.reminder, reminder);
    }

    fn start_stretch(&mut self) {
        self.start_stretch_activated(None);
    }

    fn start_stretch_activated(&mut self, activation_token: Option<String>) {
        if matches!(self.scheduler.state(), State::Stretching { .. }) {
            return;
        }
        if !matches!(self.scheduler.state(), State::Reminding { .. }) || self.exercise.is_none() {
            self.exercise = self.pick_exercise();
        }
        let Some(exercise) = self
            .exercise
            .as_deref()
            .and_then(|id| self.exercises.get(id))
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
                .scaled_steps(self.config.stretch.duration)
                .into_iter()
                .map(|s| StepSpec {
                    shapes: s.shapes(),
                    text: s.text,
                    secs: s.secs,
                })
                .collect(),
            caution: exercise.caution.clone(),
            notice: self.exercises.notice.clone(),
            progress: self
                .tally
                .progress_after_one_more(Local::now().date_naive())
                .line(),
        };
        self.input(Input::StartStretch);
        self.record(EventKind::Started, true);
        self.ui.push(UiCommand::OpenStretch(spec, activation_token));
    }

    fn stretch_finished(&mut self, outcome: Outcome) {
        if !matches!(self.scheduler.state(), State::Stretching { .. }) {
            return;
        }
        let kind = match outcome {
            Outcome::Completed => EventKind::Completed,
            Outcome::Skipped => EventKind::Skipped,
        };
        self.record(kind, true);
        self.input(Input::StretchFinished);
        self.exercise = None;
    }

    /// The window could not open: give the schedule back without recording an outcome.
    fn stretch_unavailable(&mut self, why: &str) {
        self.log
            .warn_once("window", &format!("cannot show the stretch window: {why}"));
        self.input(Input::StretchFinished);
        self.exercise = None;
    }

    fn snooze(&mut self, duration: Duration) {
        self.record(EventKind::Snoozed, true);
        self.input(Input::Snooze(duration));
    }

    fn pause(&mut self, input: Input) {
        self.record(EventKind::Paused, false);
        self.input(input);
    }

    fn tomorrow_morning(&self) -> DateTime<Utc> {
        let start = self.config.schedule.day_starts_at;
        let tomorrow = Local::now().date_naive() + TimeDelta::days(1);
        tomorrow
            .and_hms_opt(start.hour, start.minute, 0)
            .and_then(|naive| Local.from_local_datetime(&naive).earliest())
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| Utc::now() + TimeDelta::days(1))
    }

    fn skip(&mut self) {
        match self.scheduler.state() {
            State::Reminding { .. } => self.record(EventKind::Skipped, true),
            State::Stretching { .. } => {} // CancelStretch records it
            _ => {}
        }
        self.input(Input::Skip);
        self.exercise = None;
    }

    fn resume(&mut self) {
        if matches!(
            self.scheduler.state(),
            State::Paused { .. } | State::Snoozed { .. }
        ) {
            self.record(EventKind::Resumed, false);
        }
        self.input(Input::Resume);
    }

    // ---- presence ----

    fn on_presence(&mut self, fact: Fact) {
        self.presence.idle.observed(&fact);
        match self.presence.facts.observe(fact) {
            Some(Change::Away { since }) => {
                self.log.info(&format!(
                    "away since {} ({fact:?})",
                    since.with_timezone(&Local).format("%H:%M:%S")
                ));
                self.input(Input::Away { since });
            }
            Some(Change::Back) => {
                self.log.info("back");
                self.input(Input::Back);
            }
            None => {}
        }
    }

    // ---- events ----

    fn handle(&mut self, event: AppEvent) {
        match event {
            AppEvent::Menu(action) => self.menu(action),
            AppEvent::Notification {
                reminder,
                action,
                activation_token,
            } => {
                let current = reminder == self.reminder
                    && matches!(self.scheduler.state(), State::Reminding { .. });
                if !current {
                    return;
                }
                match action {
                    notifier::Action::Start => self.start_stretch_activated(activation_token),
                    notifier::Action::Snooze => self.snooze(self.config.schedule.snooze),
                    notifier::Action::Skip => self.skip(),
                    // Dismissed or expired: the interval starts again, nothing to record.
                    notifier::Action::Closed => self.input(Input::Skip),
                }
            }
            AppEvent::NotificationShown => self.log.clear("notifications"),
            AppEvent::Welcomed => {
                self.saved.welcomed = true;
                if let Err(err) = self.paths.save_state(&self.saved) {
                    self.log
                        .warn_once("state", &format!("cannot save state: {err}"));
                }
            }
            AppEvent::ReminderUnshown { reminder, error } => {
                self.log.warn_once("reminder-unshown", &format!("cannot show the reminder as a notification ({error}); opening the stretch window instead"));
                let current = reminder == self.reminder
                    && matches!(self.scheduler.state(), State::Reminding { .. });
                if current {
                    self.start_stretch();
                }
            }
            AppEvent::NotificationFailed(error) => {
                self.log.warn_once("notifications", &format!("cannot show notifications ({error}); is a notification daemon running? Reminders still show in the tray and `posture-break status`"));
            }
            AppEvent::Control(Request::Follow, responder) => self.subscribe(responder),
            AppEvent::Control(request, responder) => {
                let response = self.control(request);
                responder.respond(response);
            }
            AppEvent::ConfigChanged => self.reload_at = Some(Instant::now() + RELOAD_DEBOUNCE),
            AppEvent::ClockChanged => self.check_clock(),
            AppEvent::Presence(fact) => self.on_presence(fact),
            AppEvent::Busy(cause, on) => self.busy(cause, on),
            AppEvent::Terminate(signal) => {
                self.log.info(&format!("{signal} received; quitting"));
                self.ui.push(UiCommand::Quit);
            }
            AppEvent::TrayHost { present } => {
                let appeared_later = present && self.tray_host_present == Some(false);
                self.tray_host_present = Some(present);
                if let Some(xembed) = &self.xembed {
                    // It reports whether it docked in an XEmbed tray; the warning waits for that.
                    xembed.set_sni_host(present);
                } else if !present {
                    self.log.warn_once("tray-host", "no tray host (StatusNotifierWatcher) on the session bus; the app keeps running, use the posture-break command to control it");
                }
                if appeared_later {
                    self.log
                        .info("a tray host appeared; registering the tray icon");
                    self.log.clear("tray-host");
                    self.create_tray();
                }
            }
            AppEvent::XEmbedTray { docked: true } => {
                self.log.clear("tray-host");
                self.log.info("no StatusNotifierWatcher on the session bus; the tray icon is docked in the XEmbed system tray");
            }
            AppEvent::XEmbedTray { docked: false } => {
                if self.tray_host_present != Some(true) {
                    self.log.warn_once("tray-host", "no tray host (no StatusNotifierWatcher on the session bus, no XEmbed system tray on the display); the app keeps running, use the posture-break command to control it");
                }
            }
        }
    }

    fn menu(&mut self, action: MenuAction) {
        match action {
            MenuAction::StretchNow => self.start_stretch(),
            MenuAction::Snooze(duration) => self.snooze(duration),
            MenuAction::Pause(duration) => self.pause(Input::PauseFor(duration)),
            MenuAction::PauseUntilTomorrow => {
                self.pause(Input::PauseUntil(self.tomorrow_morning()))
            }
            MenuAction::PauseUntilResumed => self.pause(Input::PauseIndefinitely),
            MenuAction::Resume => self.resume(),
            MenuAction::OpenConfig => self.open_config(),
            MenuAction::YourWeek => self.ui.push(UiCommand::OpenWeek(Box::new(
                self.tally.overview(Local::now().date_naive()),
            ))),
            MenuAction::ToggleAutostart => self.toggle_autostart(),
            MenuAction::Quit => self.quit_at = Some(Instant::now() + QUIT_GRACE),
        }
    }

    fn control(&mut self, request: Request) -> Response {
        match request {
            Request::Status => {}
            Request::Stretch => self.start_stretch(),
            Request::Snooze { secs } => {
                let duration = secs.map_or(self.config.schedule.snooze, Duration::from_secs);
                if duration.is_zero() || duration > Duration::from_secs(7 * 24 * 3600) {
                    return Response::error("snooze must be between 1s and 7 days");
                }
                self.snooze(duration);
            }
            Request::Pause {
                secs,
                until_tomorrow,
            } => {
                let input = match (secs, until_tomorrow) {
                    (Some(_), true) => {
                        return Response::error("give a duration or until_tomorrow, not both")
                    }
                    (Some(0), false) => return Response::error("pause must be at least 1s"),
                    (Some(secs), false) => {
                        Input::PauseFor(Duration::from_secs(secs.min(366 * 24 * 3600)))
                    }
                    (None, true) => Input::PauseUntil(self.tomorrow_morning()),
                    (None, false) => Input::PauseIndefinitely,
                };
                self.pause(input);
            }
            Request::Resume => self.resume(),
            Request::Skip => self.skip(),
            // Handled before it gets here (it keeps its connection); see `subscribe`.
            Request::Follow => {}
            Request::Quit => {
                // No status: it would describe an app that is about to be gone.
                self.ui.push(UiCommand::Quit);
                return Response::ok();
            }
        }
        self.response()
    }

    /// The status with today's progress, as `status` answers and followers receive it.
    fn response(&self) -> Response {
        let progress = self.tally.progress(Local::now().date_naive());
        Response::with_status(self.status()).with_progress(ProgressStatus {
            completed_today: progress.completed_today,
            streak_days: progress.streak_days,
            text: progress.line(),
        })
    }

    /// A `status --follow` client: the current status at once, then one line per change.
    fn subscribe(&mut self, responder: ipc::Responder) {
        if self.subscribers.len() >= MAX_SUBSCRIBERS {
            responder.respond(Response::error(format!(
                "too many followers (at most {MAX_SUBSCRIBERS})"
            )));
            return;
        }
        // Followers already there hear of any change not yet published before `published`
        // moves on to the state the newcomer starts from.
        self.publish();
        let response = self.response();
        if let Some(mut subscriber) = responder.into_subscriber() {
            if subscriber.send(&response) {
                self.subscribers.push(subscriber);
            }
        }
        self.published = Some(response);
    }

    /// Tells every follower about a change (called once per batch of events). Nothing is
    /// computed while nobody follows; a follower that is gone or stuck is dropped.
    fn publish(&mut self) {
        if self.subscribers.is_empty() {
            self.published = None;
            return;
        }
        let response = self.response();
        if self.published.as_ref() == Some(&response) {
            return;
        }
        self.subscribers.retain_mut(|s| s.send(&response));
        self.published = Some(response);
    }

    fn status(&self) -> Status {
        let state = self.scheduler.state();
        let facts =
            crate::core::status::Snapshot::of_schedule(state, self.scheduler.next_reminder());
        let local = |time: DateTime<Utc>| ipc::WireTime::new(time, &Local);
        let offering = matches!(state, State::Reminding { .. } | State::Stretching { .. });
        Status {
            state: facts.state,
            next_reminder: facts.next_reminder.map(local),
            until: facts.until.map(local),
            interval_secs: self.config.schedule.interval.as_secs(),
            snooze_secs: self.config.schedule.snooze.as_secs(),
            stretch_secs: self.config.stretch.duration.as_secs(),
            exercise: if offering {
                self.exercise.clone()
            } else {
                None
            },
            config_path: self.paths.config_file.display().to_string(),
            pid: std::process::id(),
            away: self.scheduler.away(),
            idle_source: self.presence.idle.name().to_string(),
            held_reason: facts.held_reason,
            working_hours: self.quiet.hours().map(|h| ipc::WorkingHoursStatus {
                open: h.open,
                next_change: h.next_change.map(local),
            }),
        }
    }

    fn refresh_tray(&mut self) {
        use crate::core::status::{self, Snapshot};
        let Some(tray) = self.tray.as_mut() else {
            return;
        };
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
        .tray(Utc::now(), &Local);
        let look = match view.look {
            status::Look::Active => Look::Active,
            status::Look::Snoozed => Look::Snoozed,
            status::Look::Paused => Look::Paused,
        };
        let progress = self.tally.progress(self.progress_day).line();
        tray.show(
            look,
            &view.line,
            &progress,
            view.can_resume,
            self.autostart_enabled,
        );
    }

    // ---- config ----

    fn reload_config(&mut self) {
        let present = self.paths.config_file.exists();
        if self.config_file_present && !present {
            let path = self.paths.config_file.display();
            self.log
                .info(&format!("{path} was removed; using the defaults"));
            self.notifier.message(
                "posture-break: config file removed".to_string(),
                format!("{path} was removed; using the defaults until it is written again"),
            );
        }
        self.config_file_present = present;
        match self.paths.load_config() {
            Ok(config) => {
                self.reported_config_error = None;
                if config != self.config {
                    let menu_changed = config.schedule.snooze_choices
                        != self.config.schedule.snooze_choices
                        || config.schedule.pause_choices != self.config.schedule.pause_choices;
                    self.log
                        .info(&format!("config reloaded: {}", config.summary()));
                    self.presence
                        .idle
                        .set_idle_after(config.presence.idle_after);
                    let effects = self.scheduler.set_timings(timings(&config), Utc::now());
                    self.config = config;
                    self.apply(effects);
                    self.refresh_hours();
                    for input in self.quiet.sync(&self.config) {
                        self.input(input);
                    }
                    if menu_changed && self.tray.is_some() {
                        self.create_tray();
                    }
                }
            }
            Err(err) => self.report_config_error(err.to_string(), "keeping the last good config"),
        }
        match self.paths.load_exercises() {
            Ok(set) => self.exercises = set,
            Err(err) => {
                self.report_config_error(err.to_string(), "keeping the last good exercises")
            }
        }
        self.refresh_tray();
    }

    /// Says it once per distinct error: in the log and as a notification.
    fn report_config_error(&mut self, error: String, consequence: &str) {
        if self.reported_config_error.as_deref() == Some(error.as_str()) {
            return;
        }
        self.log.warn(&format!("{error} ({consequence})"));
        self.notifier.message(
            "posture-break: config not applied".to_string(),
            format!("{error}\n({consequence})"),
        );
        self.reported_config_error = Some(error);
    }

    fn open_config(&mut self) {
        if !self.paths.config_file.exists() {
            if let Err(err) = self.paths.init_config() {
                self.log
                    .warn(&format!("cannot create the config file: {err}"));
                return;
            }
        }
        let path = &self.paths.config_file;
        if let Err(err) = platform::open_file(path) {
            self.log.warn(&format!(
                "cannot open {} with {}: {err}",
                path.display(),
                platform::OPENER
            ));
        }
    }

    fn toggle_autostart(&mut self) {
        let result = if self.autostart_enabled {
            autostart::disable().map(|_| ())
        } else {
            autostart::enable(&self.exe).map(|_| ())
        };
        if let Err(err) = result {
            self.log
                .warn(&format!("cannot change start at login: {err}"));
        }
        self.autostart_enabled =
            matches!(autostart::status(&self.exe), Ok(AutostartState::Enabled));
        self.refresh_tray();
    }
}

fn short_duration(duration: Duration) -> String {
    describe_duration(duration)
        .replace(" minutes", " min")
        .replace(" minute", " min")
}

trait ZeroNanos {
    fn with_nanosecond_zero(self) -> Self;
}

impl ZeroNanos for DateTime<chrono::FixedOffset> {
    fn with_nanosecond_zero(self) -> Self {
        chrono::Timelike::with_nanosecond(&self, 0).unwrap_or(self)
    }
}

// ---- main loops ----

struct WinitRunner {
    app: App,
    window: Option<StretchWindow>,
    week: Option<WeekWindow>,
    /// `XDG_ACTIVATION_TOKEN` from our launch (Wayland): used once, for the first window.
    startup_token: Option<String>,
}

impl WinitRunner {
    fn drain_ui(&mut self, event_loop: &ActiveEventLoop) {
        for command in std::mem::take(&mut self.app.ui) {
            match command {
                UiCommand::OpenStretch(spec, token) => {
                    self.close_window();
                    let token = token.or_else(|| self.startup_token.take());
                    if let Some(note) = stretch_window::focus_note(event_loop, token.is_some()) {
                        self.app.log.info(note);
                    }
                    match StretchWindow::open(event_loop, spec, token, Instant::now()) {
                        Ok(window) => self.window = Some(window),
                        Err(err) => self.app.stretch_unavailable(&err.to_string()),
                    }
                }
                UiCommand::CloseStretch => self.close_window(),
                UiCommand::OpenWeek(overview) => match self.week.as_mut() {
                    Some(week) => week.show(*overview),
                    None => match WeekWindow::open(event_loop, *overview) {
                        Ok(week) => self.week = Some(week),
                        Err(err) => self
                            .app
                            .log
                            .warn(&format!("cannot show the week window: {err}")),
                    },
                },
                UiCommand::Quit => event_loop.exit(),
            }
        }
    }

    fn close_week(&mut self) {
        if self.week.take().is_some() {
            platform::release_freed_memory();
            self.app.settle_later();
        }
    }

    fn close_window(&mut self) {
        if let Some(window) = self.window.take() {
            self.app.log.info(&window.frame_report(Instant::now()));
            drop(window);
            platform::release_freed_memory();
            self.app.settle_later();
        }
    }

    fn finish(&mut self, outcome: Outcome) {
        self.close_window();
        self.app.stretch_finished(outcome);
    }
}

impl ApplicationHandler<AppEvent> for WinitRunner {
    fn new_events(&mut self, event_loop: &ActiveEventLoop, cause: StartCause) {
        if matches!(cause, StartCause::Init) {
            self.startup_token = stretch_window::startup_token(event_loop);
            if platform::TRAY_IN_LOOP {
                self.app.create_tray();
            }
            return;
        }
        self.app.on_wake();
        let now = Instant::now();
        if let Some(window) = self.window.as_mut() {
            if window.next_deadline().is_some_and(|at| now >= at) {
                if let Some(outcome) = window.on_deadline(now) {
                    self.finish(outcome);
                }
            }
        }
    }

    fn resumed(&mut self, _event_loop: &ActiveEventLoop) {}

    fn user_event(&mut self, event_loop: &ActiveEventLoop, event: AppEvent) {
        self.app.handle(event);
        self.drain_ui(event_loop);
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, id: WindowId, event: WindowEvent) {
        if let Some(week) = self.week.as_mut().filter(|w| w.id() == id) {
            if week.handle_event(&event) {
                self.close_week();
            }
            return;
        }
        let Some(window) = self.window.as_mut().filter(|w| w.id() == id) else {
            return;
        };
        if let Some(outcome) = window.handle_event(&event, Instant::now()) {
            self.finish(outcome);
        }
        self.drain_ui(event_loop);
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        self.drain_ui(event_loop);
        self.app.publish();
        let window_deadline = self.window.as_ref().and_then(StretchWindow::next_deadline);
        let wake = [self.app.next_wake(), window_deadline]
            .into_iter()
            .flatten()
            .min();
        event_loop.set_control_flow(match wake {
            Some(at) => ControlFlow::WaitUntil(at),
            None => ControlFlow::Wait,
        });
    }
}

/// Without a display: the same app, driven by a channel; stretches cannot be shown.
fn run_headless(app: &mut App, events: mpsc::Receiver<AppEvent>) {
    loop {
        let event = match app.next_wake() {
            Some(at) => match events.recv_timeout(at.saturating_duration_since(Instant::now())) {
                Ok(event) => Some(event),
                Err(mpsc::RecvTimeoutError::Timeout) => None,
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            },
            None => match events.recv() {
                Ok(event) => Some(event),
                Err(_) => return,
            },
        };
        app.on_wake();
        if let Some(event) = event {
            app.handle(event);
        }
        for command in std::mem::take(&mut app.ui) {
            match command {
                UiCommand::OpenStretch(..) => app.stretch_unavailable("no display"),
                UiCommand::CloseStretch | UiCommand::OpenWeek(_) => {}
                UiCommand::Quit => return,
            }
        }
        app.publish();
    }
}

/// Runs the tray app until Quit. A second instance says so and exits 0.
pub fn run(paths: Paths) -> anyhow::Result<ExitCode> {
    // Before any thread starts.
    platform::prepare()?;
    ipc::ensure_runtime_dir().context("cannot prepare the runtime directory")?;
    let _lock = match InstanceLock::acquire(&ipc::lock_path()?) {
        Ok(lock) => lock,
        Err(InstanceError::AlreadyRunning { .. }) => {
            eprintln!("posture-break is already running (see `posture-break status`)");
            return Ok(ExitCode::SUCCESS);
        }
        Err(err) => return Err(err).context("cannot take the single-instance lock"),
    };
    let server =
        ipc::Server::bind(&ipc::socket_path()?).context("cannot open the control socket")?;

    let mut builder = EventLoop::<AppEvent>::with_user_event();
    #[cfg(target_os = "macos")]
    {
        // A menu-bar app: no Dock icon, no app menu.
        use winit::platform::macos::{ActivationPolicy, EventLoopBuilderExtMacOS};
        builder.with_activation_policy(ActivationPolicy::Accessory);
    }
    let event_loop = builder.build();
    let (sink, headless_events): (EventSink, Option<mpsc::Receiver<AppEvent>>) = match &event_loop {
        Ok(event_loop) => {
            let proxy = Mutex::new(event_loop.create_proxy());
            let sink: EventSink = Arc::new(move |event| {
                if let Ok(proxy) = proxy.lock() {
                    let _ = proxy.send_event(event);
                }
            });
            (sink, None)
        }
        Err(_) => {
            let (sender, receiver) = mpsc::channel();
            let sender = Mutex::new(sender);
            let sink: EventSink = Arc::new(move |event| {
                if let Ok(sender) = sender.lock() {
                    let _ = sender.send(event);
                }
            });
            (sink, Some(receiver))
        }
    };

    let mut app = App::new(paths, Arc::clone(&sink));
    if let Err(err) = &event_loop {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        // winit tries Wayland first when WAYLAND_DISPLAY is set, and does not fall back to X11.
        let why = match (var("WAYLAND_DISPLAY"), var("DISPLAY")) {
            (Some(wayland), _) => format!(
                "cannot use Wayland display {}: {err}",
                wayland.to_string_lossy()
            ),
            (None, None) => "neither WAYLAND_DISPLAY nor DISPLAY is set".to_string(),
            (None, Some(display)) => {
                format!("cannot use display {}: {err}", display.to_string_lossy())
            }
        };
        app.log.warn(&format!("no display ({why}); running without the stretch window. Reminders, tray and the control socket still work"));
    }
    tray::forward_menu_events(Arc::clone(&sink));
    #[cfg(target_os = "linux")]
    if event_loop.is_ok() {
        match XEmbedTray::start(Arc::clone(&sink)) {
            Ok(xembed) => app.xembed = Some(xembed),
            Err(err) => app
                .log
                .info(&format!("no XEmbed tray support on this display: {err}")),
        }
    }
    // Without an event loop there is no Init to create it in.
    if !platform::TRAY_IN_LOOP || event_loop.is_err() {
        app.create_tray();
    }
    let files = vec![
        app.paths.config_file.clone(),
        app.paths.exercises_file.clone(),
    ];
    let started = platform::start_sources(app.config.presence.idle_after, files, &sink);
    app.presence.idle = started.idle;
    app.presence.fullscreen = started.fullscreen;
    #[cfg(target_os = "linux")]
    match &started.bus {
        // Reminders go out on this connection, which also hears the click's activation token.
        Some(bus) => app.notifier.set_bus(bus.clone()),
        None => {
            if let Some(xembed) = &app.xembed {
                xembed.set_sni_host(false);
            }
        }
    }
    for note in started.notes {
        match note {
            Note::Info(text) => app.log.info(&text),
            Note::Warn(text) => app.log.warn(&text),
        }
    }

    let server = {
        let sink = Arc::clone(&sink);
        server
            .spawn(move |request, responder| sink(AppEvent::Control(request, responder)))
            .context("cannot start the control socket")?
    };
    app.welcome_if_new();
    app.log.info(&format!(
        "started; next stretch at {}",
        app.status()
            .next_reminder
            .map(|at| at.to_string())
            .unwrap_or_default()
    ));

    match (event_loop, headless_events) {
        (Ok(event_loop), _) => {
            let mut runner = WinitRunner {
                app,
                window: None,
                week: None,
                startup_token: None,
            };
            let result = event_loop.run_app(&mut runner);
            runner.window = None;
            runner.week = None;
            runner.app.notifier.withdraw();
            runner.app.tray = None;
            if let Some(xembed) = &runner.app.xembed {
                xembed.stop();
            }
            result.context("the event loop failed")?;
        }
        (Err(_), Some(events)) => {
            let mut app = app;
            run_headless(&mut app, events);
            app.notifier.withdraw();
            app.tray = None;
        }
        (Err(err), None) => return Err(err).context("no event loop"),
    }
    server.shutdown();
    Ok(ExitCode::SUCCESS)
}
