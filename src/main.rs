//! The command line: runs the tray app, or answers offline commands, or talks to the running app.
//!
//! Exit codes: 0 success; 1 error (invalid config, I/O, refused request); 2 usage error;
//! 3 no running instance.
// A tray app: started from the Start menu or at login it must not open a console window. The
// commands attach to the console they were typed in (see `attach_console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{anyhow, bail, Context};
use clap::Parser;

use posture_break::autostart::{self, AutostartState};
use posture_break::cli::{
    AutostartAction, Cli, Command, ConfigAction, ExercisesAction, StatusFormat,
};
use posture_break::core::config::Config;
use posture_break::core::duration::{describe_duration, parse_duration};
use posture_break::core::exercises::{Exercise, ExerciseSet};
use posture_break::core::history;
use posture_break::core::located::closest;
use posture_break::ipc::{self, IpcError, Request, Response};
use posture_break::store::{Paths, StoreError};

const EXIT_ERROR: u8 = 1;
const EXIT_NOT_RUNNING: u8 = 3;
/// How long `quit` waits for the app to close its control socket after it has answered.
const QUIT_WAIT: Duration = Duration::from_secs(10);

fn main() -> ExitCode {
    attach_console();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("posture-break: {err:#}");
            let not_running = err
                .downcast_ref::<IpcError>()
                .is_some_and(|e| matches!(e, IpcError::NotRunning { .. }));
            ExitCode::from(if not_running {
                EXIT_NOT_RUNNING
            } else {
                EXIT_ERROR
            })
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let paths = Paths::resolve(cli.config.as_deref())?;
    let Some(command) = cli.command else {
        return run_app(paths);
    };
    match command {
        Command::Config { action } => config_command(&paths, action),
        Command::Exercises { action } => exercises_command(&paths, action),
        Command::Stats { json } => stats_command(&paths, json),
        Command::Status {
            json,
            follow,
            format,
        } => {
            let format = match (json, format, follow) {
                (true, _, _) => StatusFormat::Json,
                (false, Some(format), _) => format,
                (false, None, true) => StatusFormat::Json,
                (false, None, false) => StatusFormat::Text,
            };
            status_command(format, follow)
        }
        Command::Stretch => control(Request::Stretch),
        Command::Snooze { duration } => {
            let secs = duration.as_deref().map(parse_secs).transpose()?;
            control(Request::Snooze { secs })
        }
        Command::Pause {
            duration,
            until_tomorrow,
        } => {
            let secs = duration.as_deref().map(parse_secs).transpose()?;
            control(Request::Pause {
                secs,
                until_tomorrow,
            })
        }
        Command::Resume => control(Request::Resume),
        Command::Skip => control(Request::Skip),
        Command::Quit => quit_command(),
        Command::Autostart { action } => autostart_command(action),
    }
}

#[cfg(any(target_os = "linux", windows, target_os = "macos"))]
fn run_app(paths: Paths) -> anyhow::Result<ExitCode> {
    posture_break::shell::run(paths)
}

/// What starting the app says where the tray app does not exist (it exits 1).
#[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
const NO_TRAY_APP: &str = "the tray app is not yet available on this system; only the commands \
    work here (config, exercises, stats, autostart; see `posture-break --help`)";

#[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
fn run_app(_paths: Paths) -> anyhow::Result<ExitCode> {
    bail!(NO_TRAY_APP)
}

/// A GUI-subsystem exe gets no console: when its output is not redirected (a pipe, a file), it
/// writes to the console of whoever started it (cmd, PowerShell), if any.
#[cfg(windows)]
fn attach_console() {
    use windows_sys::Win32::System::Console::{
        AttachConsole, GetStdHandle, ATTACH_PARENT_PROCESS, STD_OUTPUT_HANDLE,
    };
    // SAFETY: plain calls; a null handle means "no standard output was given to us".
    unsafe {
        if GetStdHandle(STD_OUTPUT_HANDLE).is_null() {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

#[cfg(not(windows))]
fn attach_console() {}

fn parse_secs(text: &str) -> anyhow::Result<u64> {
    let duration = parse_duration(text).map_err(|e| anyhow!("invalid duration {text:?}: {e}"))?;
    if duration.is_zero() {
        bail!("invalid duration {text:?}: must be at least 1s");
    }
    Ok(duration.as_secs())
}

fn config_command(paths: &Paths, action: ConfigAction) -> anyhow::Result<ExitCode> {
    match action {
        ConfigAction::Path => println!("{}", paths.config_file.display()),
        ConfigAction::Init => {
            paths.init_config()?;
            println!("wrote {}", paths.config_file.display());
        }
        ConfigAction::Check { path } => {
            let result = match &path {
                Some(path) => check_one_file(path),
                None => paths.load_config(),
            };
            match result {
                Ok(config) => {
                    let shown = path.as_deref().unwrap_or(&paths.config_file);
                    println!("{}: valid ({})", shown.display(), config.summary());
                }
                Err(StoreError::Invalid(err)) => {
                    eprintln!("{err}");
                    return Ok(ExitCode::from(EXIT_ERROR));
                }
                Err(err) => return Err(err.into()),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn check_one_file(path: &Path) -> Result<Config, StoreError> {
    let bytes =
        posture_break::store::read_limited(path, posture_break::core::config::MAX_CONFIG_BYTES)?
            .ok_or_else(|| StoreError::Io {
                path: path.to_path_buf(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
            })?;
    Ok(Config::from_file_contents(path, &bytes)?)
}

fn exercises_command(paths: &Paths, action: ExercisesAction) -> anyhow::Result<ExitCode> {
    let set = paths.load_exercises()?;
    match action {
        ExercisesAction::List { json: true } => {
            println!("{}", serde_json::to_string_pretty(&set.exercises)?);
        }
        ExercisesAction::List { json: false } => {
            let width = set.exercises.iter().map(|e| e.id.len()).max().unwrap_or(0);
            for e in &set.exercises {
                println!(
                    "{:width$}  {:8}  {}  ({})",
                    e.id,
                    e.position.as_str(),
                    e.name,
                    e.areas.join(", ")
                );
            }
            println!("\n{}", set.notice);
        }
        ExercisesAction::Sheet { file } => {
            let sheet = posture_break::paint::contact_sheet(&set.exercises)
                .context("cannot draw the contact sheet (bundled font missing?)")?;
            posture_break::paint::write_png(&sheet, &file)?;
            println!("wrote {}", file.display());
        }
        ExercisesAction::Show {
            id,
            json,
            png,
            step,
        } => {
            let exercise = find_exercise(&set, &id)?;
            if let Some(file) = png {
                write_figure(exercise, step, &file)?;
                println!("wrote {}", file.display());
            } else if json {
                println!("{}", serde_json::to_string_pretty(exercise)?);
            } else {
                print_exercise(&set, exercise);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn find_exercise<'a>(set: &'a ExerciseSet, id: &str) -> anyhow::Result<&'a Exercise> {
    set.get(id).ok_or_else(|| {
        let ids: Vec<&str> = set.exercises.iter().map(|e| e.id.as_str()).collect();
        match closest(id, &ids) {
            Some(best) => anyhow!(
                "no exercise {id:?}; did you mean {best:?}? (see `posture-break exercises list`)"
            ),
            None => anyhow!("no exercise {id:?} (see `posture-break exercises list`)"),
        }
    })
}

/// `exercises show ID --png FILE [--step N]`: the step's first shape as an image.
fn write_figure(exercise: &Exercise, step: Option<usize>, file: &Path) -> anyhow::Result<()> {
    let count = exercise.steps.len();
    let n = step.unwrap_or(1);
    if n == 0 || n > count {
        bail!(
            "{} has steps 1 to {count}; there is no step {n}",
            exercise.id
        );
    }
    let Some(pose) = exercise.steps[n - 1].pose else {
        bail!(
            "step {n} of {} has no pose, so there is no figure to draw (add `pose = {{ … }}` to the step)",
            exercise.id
        );
    };
    let pix = posture_break::paint::figure::image(
        &pose,
        posture_break::paint::FIGURE_W,
        posture_break::paint::FIGURE_H,
    )
    .context("cannot allocate the image")?;
    posture_break::paint::write_png(&pix, file)
}

fn print_exercise(set: &ExerciseSet, e: &Exercise) {
    println!(
        "{} ({}, {})",
        e.name,
        e.position.as_str(),
        e.areas.join(", ")
    );
    for (n, step) in e.steps.iter().enumerate() {
        println!("  {}. {} ({} s)", n + 1, step.text, step.secs);
    }
    println!("Caution: {}", e.caution);
    println!("\n{}\n{}", set.red_flags, set.notice);
}

fn stats_command(paths: &Paths, json: bool) -> anyhow::Result<ExitCode> {
    let (entries, warnings) = paths.read_history()?;
    for warning in &warnings {
        eprintln!(
            "warning: {}:{}: {}",
            paths.history_file.display(),
            warning.line,
            warning.message
        );
    }
    let stats = history::stats(&entries, chrono::Local::now().date_naive());
    if json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
        return Ok(ExitCode::SUCCESS);
    }
    let rate = stats
        .completion_rate_percent
        .map_or("no reminders yet".to_string(), |p| format!("{p}%"));
    let line = |day: &history::DayStats| {
        format!(
            "{} completed, {} natural break{}, {} skipped, {} reminders",
            day.completed,
            day.natural_breaks,
            if day.natural_breaks == 1 { "" } else { "s" },
            day.skipped,
            day.reminded
        )
    };
    println!("Today:        {}", line(&stats.today));
    println!("Last 7 days:  {}", line(&stats.last_7_days));
    println!("Last 28 days: {}", line(&stats.last_28_days));
    println!("Completion:   {rate} (last 7 days)");
    println!(
        "Streak:       {} day{}",
        stats.streak_days,
        if stats.streak_days == 1 { "" } else { "s" }
    );
    Ok(ExitCode::SUCCESS)
}

fn request(req: Request) -> anyhow::Result<Response> {
    request_at(&ipc::socket_path()?, req)
}

fn request_at(socket: &Path, req: Request) -> anyhow::Result<Response> {
    let response = ipc::send(socket, &req, ipc::CLIENT_TIMEOUT)?;
    if !response.ok {
        bail!(
            "{}",
            response.error.unwrap_or_else(|| "request refused".into())
        );
    }
    Ok(response)
}

fn status_command(format: StatusFormat, follow: bool) -> anyhow::Result<ExitCode> {
    let socket = ipc::socket_path()?;
    let result = if follow {
        let mut refused = None;
        // Blocks in read(2) between changes: no timer, no polling.
        ipc::follow(&socket, |response| {
            if !response.ok {
                refused = Some(response.error.unwrap_or_else(|| "request refused".into()));
                return false;
            }
            print_status(format, &response).is_ok()
        })
        .map_err(anyhow::Error::from)
        .and_then(|()| match refused {
            Some(error) => Err(anyhow!(error)),
            None => Ok(()),
        })
    } else {
        request_at(&socket, Request::Status).and_then(|response| print_status(format, &response))
    };
    let not_running = match &result {
        Err(err) => err
            .downcast_ref::<IpcError>()
            .is_some_and(|e| matches!(e, IpcError::NotRunning { .. })),
        // A follow ends when the app quits: say so to the bar as well.
        Ok(()) => follow,
    };
    if not_running && format == StatusFormat::Waybar {
        println!("{}", waybar_not_running());
    }
    result?;
    Ok(if follow {
        eprintln!("posture-break: the running app quit");
        ExitCode::from(EXIT_NOT_RUNNING)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_status(format: StatusFormat, response: &Response) -> anyhow::Result<()> {
    use std::io::Write;
    let status = response
        .status
        .as_ref()
        .context("the running app sent no status")?;
    let progress = response.progress.as_ref().map(|p| p.text.as_str());
    let line = match format {
        StatusFormat::Json => serde_json::to_string(status)?,
        StatusFormat::Text => describe_status(status),
        StatusFormat::Short => bar_text(status),
        StatusFormat::Waybar => waybar(status, progress).to_string(),
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}")?;
    out.flush()?; // a status bar reads each line as it comes
    Ok(())
}

/// The few characters a status bar shows: the next stretch's time, or what holds it.
fn bar_text(status: &ipc::Status) -> String {
    let hm = |ts: &Option<String>| {
        ts.as_deref()
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| t.with_timezone(&chrono::Local).format("%H:%M").to_string())
    };
    let with_time = |word: &str, ts: &Option<String>| match hm(ts) {
        Some(at) => format!("{word} {at}"),
        None => word.to_string(),
    };
    match status.state.as_str() {
        "active" => with_time("next", &status.next_reminder),
        "snoozed" => with_time("snoozed", &status.until),
        "paused" => with_time("paused", &status.until),
        "reminding" => "stretch now".to_string(),
        "stretching" => "stretching".to_string(),
        "held" => "stretch due".to_string(),
        "off_hours" => with_time(
            "off",
            &status
                .working_hours
                .as_ref()
                .and_then(|h| h.next_change.clone()),
        ),
        other => other.to_string(),
    }
}

/// waybar's custom module with `return-type = "json"`: `class` and `alt` are the state.
fn waybar(status: &ipc::Status, progress: Option<&str>) -> serde_json::Value {
    let sentence = describe_status(status);
    let sentence = sentence.split(" (every ").next().unwrap_or_default();
    let tooltip = match progress {
        Some(progress) => format!("posture-break: {sentence}\n{progress}"),
        None => format!("posture-break: {sentence}"),
    };
    serde_json::json!({
        "text": bar_text(status),
        "tooltip": tooltip,
        "class": status.state,
        "alt": status.state,
    })
}

/// Empty text, so waybar's `hide-empty-text` can hide the module.
fn waybar_not_running() -> serde_json::Value {
    serde_json::json!({
        "text": "",
        "tooltip": "posture-break is not running",
        "class": "not_running",
        "alt": "not_running",
    })
}

fn describe_status(status: &ipc::Status) -> String {
    let local = |ts: &Option<String>| {
        ts.as_deref()
            .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            .map(|t| {
                t.with_timezone(&chrono::Local)
                    .format("%H:%M:%S")
                    .to_string()
            })
    };
    let every = describe_duration(Duration::from_secs(status.interval_secs));
    let line = match status.state.as_str() {
        "snoozed" => format!("snoozed until {}", local(&status.until).unwrap_or_default()),
        "paused" => match local(&status.until) {
            Some(until) => format!("paused until {until}"),
            None => "paused until resumed".to_string(),
        },
        "reminding" => "a reminder is showing".to_string(),
        "held" => match status.held_reason.as_deref() {
            Some("away") | None => {
                "a stretch is due; the reminder waits for you to come back".to_string()
            }
            Some(cause) => format!("a stretch is due; the reminder waits until {cause} is over"),
        },
        "off_hours" => match status
            .working_hours
            .as_ref()
            .and_then(|h| local(&h.next_change))
        {
            Some(at) => format!("outside working hours until {at}"),
            None => "outside working hours (none ahead)".to_string(),
        },
        "stretching" => format!(
            "stretching: {}",
            status.exercise.clone().unwrap_or_default()
        ),
        _ => format!(
            "active, next stretch at {}",
            local(&status.next_reminder).unwrap_or_default()
        ),
    };
    format!("{line} (every {every}; config {})", status.config_path)
}

fn control(req: Request) -> anyhow::Result<ExitCode> {
    let response = request(req)?;
    if let Some(status) = response.status {
        println!("{}", describe_status(&status));
    }
    Ok(ExitCode::SUCCESS)
}

/// Asks the app to quit and waits until it has closed its control socket, so "has quit" is true
/// when printed. Whatever status the app answers with (older versions send one) describes an app
/// that is going away, so none is printed.
fn quit_command() -> anyhow::Result<ExitCode> {
    let socket = ipc::socket_path()?;
    let id = ipc::SocketId::of(&socket);
    request_at(&socket, Request::Quit)?;
    if !ipc::wait_closed(&socket, id, QUIT_WAIT) {
        bail!(
            "posture-break was asked to quit but still listens on {} after {} s",
            socket.display(),
            QUIT_WAIT.as_secs()
        );
    }
    println!("posture-break has quit");
    Ok(ExitCode::SUCCESS)
}

fn autostart_command(action: AutostartAction) -> anyhow::Result<ExitCode> {
    let exe = std::env::current_exe().context("cannot find this program's path")?;
    match action {
        AutostartAction::Enable => {
            let entry = autostart::enable(&exe)?;
            println!("enabled: {}", entry.display());
            #[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
            eprintln!("note: the login entry starts the tray app, but {NO_TRAY_APP}");
        }
        AutostartAction::Disable => {
            let removed = autostart::disable()?;
            println!(
                "{}",
                if removed {
                    "disabled"
                } else {
                    "already disabled"
                }
            );
        }
        AutostartAction::Status => {
            let state = autostart::status(&exe)?;
            println!("{state}");
            if let AutostartState::Stale { .. } = state {
                println!(
                    "run `posture-break autostart enable` to point it at {}",
                    exe.display()
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
