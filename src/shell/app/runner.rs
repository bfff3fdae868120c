//! Start-up and the two main loops (winit with a display, a plain channel without one). Each
//! reads the clock once per wake and hands it to the dispatcher; the loop sleeps until the
//! earliest deadline, and nothing ticks.

use std::process::ExitCode;
use std::sync::{mpsc, Arc, Mutex};

use anyhow::Context;
use winit::application::ApplicationHandler;
use winit::event::{StartCause, WindowEvent};
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop};
use winit::window::WindowId;

use super::clock::Now;
use super::desktop::{Desktop, Live};
use super::followers::Followers;
use super::{App, Startup, UiCommand};
use crate::instance::{InstanceError, InstanceLock};
use crate::ipc::{self, Request};
use crate::shell::home_window::{HomeOutcome, HomeWindow};
use crate::shell::log::Log;
use crate::shell::platform::notifier::Notifier;
#[cfg(target_os = "linux")]
use crate::shell::platform::XEmbedTray;
use crate::shell::platform::{self, Note};
use crate::shell::presence;
use crate::shell::stretch_window::{self, Report, StretchWindow};
use crate::shell::sync;
use crate::shell::title_bar::Routed;
use crate::shell::tray;
use crate::shell::week_window::WeekWindow;
use crate::shell::{AppEvent, EventSink};
use crate::store::Paths;
use crate::sync_folder;

/// The app and the connections of its followers, fed one event at a time.
struct Driver {
    app: App,
    followers: Followers,
}

impl Driver {
    fn dispatch(&mut self, now: Now, event: AppEvent) {
        match event {
            AppEvent::Control(Request::Follow, responder) => {
                let app = &self.app;
                self.followers.subscribe(responder, || app.response(now));
            }
            AppEvent::Control(request, responder) => {
                responder.respond(self.app.control(now, request));
            }
            event => self.app.handle(now, event),
        }
    }

    fn publish(&mut self, now: Now) {
        let app = &self.app;
        self.followers.publish(|| app.response(now));
    }
}

struct WinitRunner {
    driver: Driver,
    window: Option<StretchWindow>,
    week: Option<WeekWindow>,
    /// The app's own window (`open`).
    home: Option<HomeWindow>,
    /// `XDG_ACTIVATION_TOKEN` from our launch (Wayland): used once, for the first window.
    startup_token: Option<String>,
    /// For what the windows report from other threads (a screen reader's button press).
    sink: EventSink,
}

impl WinitRunner {
    fn app(&mut self) -> &mut App {
        &mut self.driver.app
    }

    fn drain_ui(&mut self, event_loop: &ActiveEventLoop) {
        for command in self.app().take_ui() {
            match command {
                UiCommand::OpenStretch(spec, token) => {
                    self.close_window();
                    let token = token.or_else(|| self.startup_token.take());
                    if let Some(note) = stretch_window::focus_note(event_loop, token.is_some()) {
                        self.app().log.info(note);
                    }
                    let now = Now::read();
                    let sink = Arc::clone(&self.sink);
                    match StretchWindow::open(event_loop, spec, token, now.mono, sink) {
                        Ok(window) => self.window = Some(window),
                        Err(err) => self.app().stretch_unavailable(now, &err.to_string()),
                    }
                }
                UiCommand::CloseStretch => self.close_window(),
                UiCommand::OpenWeek(overview) => match self.week.as_mut() {
                    Some(week) => week.show(*overview),
                    None => match WeekWindow::open(event_loop, *overview, Arc::clone(&self.sink)) {
                        Ok(week) => self.week = Some(week),
                        Err(err) => self
                            .app()
                            .log
                            .warn(&format!("cannot show the week window: {err}")),
                    },
                },
                UiCommand::OpenHome(view) => match self.home.as_mut() {
                    Some(home) => home.show(*view),
                    None => match HomeWindow::open(event_loop, *view) {
                        Ok(home) => self.home = Some(home),
                        Err(err) => self
                            .app()
                            .log
                            .warn(&format!("cannot show the app's window: {err}")),
                    },
                },
                UiCommand::Quit => event_loop.exit(),
            }
        }
    }

    fn close_home(&mut self) {
        if self.home.take().is_some() {
            platform::release_freed_memory();
            self.app().settle_later(Now::read());
        }
    }

    fn close_week(&mut self) {
        if self.week.take().is_some() {
            platform::release_freed_memory();
            self.app().settle_later(Now::read());
        }
    }

    fn close_window(&mut self) {
        if let Some(window) = self.window.take() {
            let now = Now::read();
            self.app().log.info(&window.frame_report(now.mono));
            drop(window);
            platform::release_freed_memory();
            self.app().question_closed();
            self.app().settle_later(now);
        }
    }

    /// Hands the window's reports to the app, and closes the window once it is done.
    fn window_report(&mut self, reports: impl IntoIterator<Item = Report>) {
        let now = Now::read();
        for report in reports {
            match report {
                Report::Finished(outcome) => self.app().stretch_finished(now, outcome),
                Report::Felt(feeling) => self.app().feeling_given(now, feeling),
                Report::Cue(cue) => self.app().cue(cue),
                Report::Sound { muted, step } => self.app().sound_toggled(muted, step),
            }
        }
        if self.window.as_ref().is_some_and(StretchWindow::closed) {
            self.close_window();
        }
    }
}

impl ApplicationHandler<AppEvent> for WinitRunner {
    fn new_events(&mut self, event_loop: &ActiveEventLoop, cause: StartCause) {
        if matches!(cause, StartCause::Init) {
            self.startup_token = stretch_window::startup_token(event_loop);
            if platform::TRAY_IN_LOOP {
                self.app().create_tray(Now::read());
            }
            return;
        }
        let now = Now::read();
        self.app().on_wake(now);
        if let Some(window) = self.window.as_mut() {
            if window.next_deadline().is_some_and(|at| now.mono >= at) {
                let report = window.on_deadline(now.mono);
                self.window_report(report);
            }
        }
    }

    fn resumed(&mut self, _event_loop: &ActiveEventLoop) {}

    fn user_event(&mut self, event_loop: &ActiveEventLoop, event: AppEvent) {
        if let AppEvent::Accessibility { window, item } = event {
            let now = Now::read();
            if let Some(stretch) = self.window.as_mut().filter(|w| w.id() == window) {
                let report = stretch.accessibility_action(item, now.mono);
                self.window_report(report);
            } else if let Some(week) = self.week.as_mut().filter(|w| w.id() == window) {
                if week.accessibility_action(item) {
                    self.close_week();
                }
            }
            return;
        }
        self.driver.dispatch(Now::read(), event);
        self.drain_ui(event_loop);
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, id: WindowId, event: WindowEvent) {
        if let Some(home) = self.home.as_mut().filter(|w| w.id() == id) {
            let Routed::Content(event) = home.frame().route(&event) else {
                return;
            };
            match home.handle_event(&event) {
                Some(HomeOutcome::Close) => self.close_home(),
                Some(HomeOutcome::Chosen(action)) => {
                    self.driver.dispatch(Now::read(), AppEvent::Menu(action));
                    self.drain_ui(event_loop);
                }
                None => {}
            }
            return;
        }
        if let Some(week) = self.week.as_mut().filter(|w| w.id() == id) {
            let Routed::Content(event) = week.frame().route(&event) else {
                return;
            };
            if week.handle_event(&event) {
                self.close_week();
            }
            return;
        }
        let Some(window) = self.window.as_mut().filter(|w| w.id() == id) else {
            return;
        };
        let Routed::Content(event) = window.frame().route(&event) else {
            return;
        };
        let report = window.handle_event(&event, Now::read().mono);
        self.window_report(report);
        self.drain_ui(event_loop);
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        self.drain_ui(event_loop);
        let now = Now::read();
        // The app's window shows the state as it is (a choice there, the tray, a reminder).
        if self.home.is_some() {
            let view = self.driver.app.home_view(now);
            if let Some(home) = self.home.as_mut() {
                home.update(view);
            }
        }
        self.driver.publish(now);
        let window_deadline = self.window.as_ref().and_then(StretchWindow::next_deadline);
        let wake = [self.driver.app.next_wake(now), window_deadline]
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
fn run_headless(driver: &mut Driver, events: mpsc::Receiver<AppEvent>) {
    loop {
        let event = match driver.app.next_wake(Now::read()) {
            Some(at) => match events.recv_timeout(at.saturating_duration_since(Now::read().mono)) {
                Ok(event) => Some(event),
                Err(mpsc::RecvTimeoutError::Timeout) => None,
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            },
            None => match events.recv() {
                Ok(event) => Some(event),
                Err(_) => return,
            },
        };
        let now = Now::read();
        driver.app.on_wake(now);
        if let Some(event) = event {
            driver.dispatch(now, event);
        }
        for command in driver.app.take_ui() {
            match command {
                UiCommand::OpenStretch(..) => driver.app.stretch_unavailable(now, "no display"),
                UiCommand::CloseStretch | UiCommand::OpenWeek(_) | UiCommand::OpenHome(_) => {}
                UiCommand::Quit => return,
            }
        }
        driver.publish(now);
    }
}

/// The event sink: winit's proxy with a display, a plain channel without one.
fn event_sink(
    event_loop: &Result<EventLoop<AppEvent>, winit::error::EventLoopError>,
) -> (EventSink, Option<mpsc::Receiver<AppEvent>>) {
    match event_loop {
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
    }
}

/// Why winit found no display, for the log.
fn no_display_reason(err: &winit::error::EventLoopError) -> String {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    // winit tries Wayland first when WAYLAND_DISPLAY is set, and does not fall back to X11.
    match (var("WAYLAND_DISPLAY"), var("DISPLAY")) {
        (Some(wayland), _) => format!(
            "cannot use Wayland display {}: {err}",
            wayland.to_string_lossy()
        ),
        (None, None) => "neither WAYLAND_DISPLAY nor DISPLAY is set".to_string(),
        (None, Some(display)) => {
            format!("cannot use display {}: {err}", display.to_string_lossy())
        }
    }
}

/// Whether a person started this from a terminal (which shows what it prints), rather than a
/// launcher, a dock or the desktop's autostart.
fn launched_from_a_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() || std::io::stderr().is_terminal()
}

/// Runs the tray app until Quit. A second instance says so and exits 0; started from a
/// launcher, it also opens the running app's window.
pub fn run(paths: Paths) -> anyhow::Result<ExitCode> {
    // Before any thread starts.
    platform::prepare()?;
    ipc::ensure_runtime_dir().context("cannot prepare the runtime directory")?;
    let _lock = match InstanceLock::acquire(&ipc::lock_path()?) {
        Ok(lock) => lock,
        Err(InstanceError::AlreadyRunning { .. }) => {
            eprintln!("posture-break is already running (see `posture-break status`)");
            // Started again from a launcher (no terminal to read that): show the app's window,
            // the way to reach it on a desktop without a tray.
            if !launched_from_a_terminal() {
                if let Ok(socket) = ipc::socket_path() {
                    let _ = ipc::send(&socket, &ipc::Request::Open, ipc::CLIENT_TIMEOUT);
                }
            }
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
    let (sink, headless_events) = event_sink(&event_loop);

    let exe = std::env::current_exe().unwrap_or_default();
    let live = Live {
        notifier: Notifier::new(Arc::clone(&sink)),
        tray: None,
        xembed: None,
        presence: presence::Tracker::new(),
        exe,
        paths,
        sink: Arc::clone(&sink),
        guide: None,
        sync: None,
    };
    let mut startup = Startup {
        loaded: Live::load_files(&live.paths),
        saved: live.paths.load_state(),
        history: live
            .paths
            .read_history()
            .map(|(entries, _)| entries)
            .map_err(|err| err.to_string()),
        config_path: live.paths.config_file.display().to_string(),
        autostart_enabled: live.autostart_enabled(),
        sync: None,
    };
    // Sync's folder and name are read at start (a reload that changes them says so); a bad
    // config file runs on defaults, so sync is off until it is fixed and the app restarted.
    let sync_config = startup
        .loaded
        .config
        .as_ref()
        .ok()
        .and_then(|config| config.sync.clone());
    let log = Log::new(live.paths.log_file.clone());
    let watched = vec![
        live.paths.config_file.clone(),
        live.paths.exercises_file.clone(),
    ];
    let mut live = Box::new(live);
    if let Err(err) = &event_loop {
        log.warn(&format!("no display ({}); running without the stretch window. Reminders, tray and the control socket still work", no_display_reason(err)));
    }
    tray::forward_menu_events(Arc::clone(&sink));
    #[cfg(target_os = "linux")]
    if event_loop.is_ok() {
        match XEmbedTray::start(Arc::clone(&sink)) {
            Ok(xembed) => live.xembed = Some(xembed),
            Err(err) => log.info(&format!("no XEmbed tray support on this display: {err}")),
        }
    }
    let idle_after = match &startup.loaded.config {
        Ok(config) => config.presence.idle_after,
        Err(_) => crate::core::config::Config::default().presence.idle_after,
    };
    let started = platform::start_sources(idle_after, watched, &sink);
    let mut sync_notes = Vec::new();
    if let Some(config) = &sync_config {
        let name = sync_folder::machine_name(config);
        match sync_folder::folder_path(config) {
            Some(folder) => {
                live.sync = Some(sync_folder::Writer::new(&folder, &name));
                if let Err(err) = sync::spawn(folder.clone(), name.clone(), &sink) {
                    sync_notes.push(format!(
                        "sync: cannot watch {} ({err}); other machines' lines are read at the next start",
                        folder.display()
                    ));
                }
                startup.sync = Some((name, config.folder.clone()));
            }
            None => sync_notes.push(format!(
                "sync: no home directory to find {} in; sync is off",
                config.folder
            )),
        }
    }
    live.presence.idle = started.idle;
    live.presence.fullscreen = started.fullscreen;
    #[cfg(target_os = "linux")]
    match &started.bus {
        // Reminders go out on this connection, which also hears the click's activation token.
        Some(bus) => live.notifier.set_bus(bus.clone()),
        None => {
            if let Some(xembed) = &live.xembed {
                xembed.set_sni_host(false);
            }
        }
    }
    let mut app = App::new(Now::read(), live, log, startup);
    // Without an event loop there is no Init to create it in.
    if !platform::TRAY_IN_LOOP || event_loop.is_err() {
        app.create_tray(Now::read());
    }
    for note in started.notes {
        match note {
            Note::Info(text) => app.log.info(&text),
            Note::Warn(text) => app.log.warn(&text),
        }
    }
    for note in sync_notes {
        app.log.warn(&note);
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

    let driver = Driver {
        app,
        followers: Followers::default(),
    };
    match (event_loop, headless_events) {
        (Ok(event_loop), _) => {
            let mut runner = WinitRunner {
                driver,
                window: None,
                week: None,
                home: None,
                startup_token: None,
                sink: Arc::clone(&sink),
            };
            let result = event_loop.run_app(&mut runner);
            runner.window = None;
            runner.week = None;
            runner.home = None;
            runner.driver.app.shut_down(Now::read());
            result.context("the event loop failed")?;
        }
        (Err(_), Some(events)) => {
            let mut driver = driver;
            run_headless(&mut driver, events);
            driver.app.shut_down(Now::read());
        }
        (Err(err), None) => return Err(err).context("no event loop"),
    }
    server.shutdown();
    Ok(ExitCode::SUCCESS)
}
