//! The command line: runs the tray app, or answers offline commands, or talks to the running app.
//! The commands live in `posture_break::cli`; this file parses, dispatches and exits.
//!
//! Exit codes: 0 success; 1 error (invalid config, I/O, refused request); 2 usage error;
//! 3 no running instance.
// A tray app: started from the Start menu or at login it must not open a console window. The
// commands attach to the console they were typed in (see `attach_console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

use posture_break::cli::{self, Cli, Command, EXIT_ERROR, EXIT_NOT_RUNNING};
use posture_break::ipc::Request;
use posture_break::store::Paths;

fn main() -> ExitCode {
    attach_console();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("posture-break: {err:#}");
            ExitCode::from(if cli::is_not_running(&err) {
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
    // The commands speak the person's language; a config that does not load leaves the
    // system's (the command that reads the config reports the error).
    let choice = paths
        .load_config()
        .map(|config| config.general.language)
        .unwrap_or_default();
    posture_break::language::install(choice);
    let control = cli::control::Control {
        start: cli.start,
        config: cli.config.clone(),
    };
    match command {
        Command::Config { action } => cli::config::run(&paths, action),
        Command::Exercises { action } => cli::exercises::run(&paths, action),
        Command::Stats { json } => cli::stats::run(&paths, json),
        Command::Status {
            json,
            follow,
            format,
        } => cli::status::run(cli::status::format(json, format, follow), follow),
        Command::Stretch => control.run(Request::Stretch),
        Command::Snooze { duration } => control.run(cli::control::snooze(duration.as_deref())?),
        Command::Pause {
            duration,
            until_tomorrow,
        } => control.run(cli::control::pause(duration.as_deref(), until_tomorrow)?),
        Command::Resume => control.run(Request::Resume),
        Command::Skip => control.run(Request::Skip),
        Command::Position { position } => control.run(Request::Position {
            position: position.into(),
        }),
        Command::Week => control.run(Request::Week),
        Command::Open => cli::control::Control {
            start: true,
            ..control
        }
        .run(Request::Open),
        Command::Quit => cli::control::quit(),
        Command::Autostart { action } => cli::autostart::run(action),
        Command::Sync { action } => cli::sync::run(action),
    }
}

#[cfg(any(target_os = "linux", windows, target_os = "macos"))]
fn run_app(paths: Paths) -> anyhow::Result<ExitCode> {
    posture_break::shell::run(paths)
}

#[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
fn run_app(_paths: Paths) -> anyhow::Result<ExitCode> {
    anyhow::bail!(cli::NO_TRAY_APP)
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
