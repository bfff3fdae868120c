//! The command line's definition (clap), shared by the binary and by the man page and shell
//! completion generator (`cargo run --example gen-docs`), so both describe the same commands.

use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "posture-break",
    version,
    about = "A tray app that offers a one-minute guided stretch for the middle back, neck and shoulders every 45 minutes.",
    after_help = "Without a command, starts the tray app (one instance per user).\n\nExit codes: 0 success, 1 error, 2 usage error, 3 posture-break is not running."
)]
pub struct Cli {
    /// Use this config file instead of the default one.
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Start the app first when it is not running (the launcher's actions use this).
    #[arg(long, global = true)]
    pub start: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Show, check or create the config file.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// The exercise set.
    Exercises {
        #[command(subcommand)]
        action: ExercisesAction,
    },
    /// Stretches today, in the last 7 and 28 days, completion rate and streak.
    Stats {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The running app's state and next reminder.
    Status {
        /// Print JSON: state, next_reminder, until, interval_secs, snooze_secs, stretch_secs,
        /// exercise, config_path, pid (same as --format json).
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// Keep running and print one line per change, pushed by the app (JSON lines unless
        /// --format says otherwise); ends when the app quits.
        #[arg(long)]
        follow: bool,
        /// text: a sentence; json: the status object; waybar: waybar's custom-module JSON
        /// (text, tooltip, class, alt); short: just the status bar text (polybar).
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<StatusFormat>,
    },
    /// Start a guided stretch now.
    Stretch,
    /// Put the next reminder off (default: the configured snooze, e.g. 10m).
    Snooze {
        /// How long, e.g. 90s, 10m, 1h 30m.
        duration: Option<String>,
    },
    /// Pause reminders for DURATION, until tomorrow, or (no argument) until resumed.
    Pause {
        /// How long, e.g. 30m, 2h.
        #[arg(conflicts_with = "until_tomorrow")]
        duration: Option<String>,
        /// Until the day starts tomorrow (schedule.day_starts_at).
        #[arg(long)]
        until_tomorrow: bool,
    },
    /// End a pause or snooze; the interval starts again.
    Resume,
    /// Skip the current or upcoming reminder.
    Skip,
    /// Sit/stand turns: say that you now sit or stand (needs `[posture] sit_stand`).
    Position {
        #[arg(value_enum)]
        position: PositionArg,
    },
    /// Show your week (the week window) in the running app.
    Week,
    /// Open the app's window: the status, today's progress and what the tray menu offers,
    /// for desktops without a tray. Starts the app first when it is not running.
    Open,
    /// Quit the running app.
    Quit,
    /// Start posture-break at login.
    Autostart {
        #[command(subcommand)]
        action: AutostartAction,
    },
    /// Several computers through a synced folder (`[sync]` in the config).
    Sync {
        #[command(subcommand)]
        action: SyncAction,
    },
}

#[derive(Subcommand)]
pub enum SyncAction {
    /// The folder, this computer's name and the other computers seen there, as the running
    /// app knows them.
    Status {
        /// Print JSON: status --json's `sync` (null while sync is off).
        #[arg(long)]
        json: bool,
    },
}

/// `position sit|stand`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PositionArg {
    Sit,
    Stand,
}

impl From<PositionArg> for crate::core::posture::Position {
    fn from(arg: PositionArg) -> Self {
        match arg {
            PositionArg::Sit => crate::core::posture::Position::Sitting,
            PositionArg::Stand => crate::core::posture::Position::Standing,
        }
    }
}

/// How `status` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusFormat {
    Text,
    Json,
    Waybar,
    Short,
}

#[derive(Subcommand)]
pub enum ConfigAction {
    /// Print the config file's path.
    Path,
    /// Validate a config file (default: the effective config); exit 1 with file:line:column on error.
    Check {
        /// The file to check.
        path: Option<PathBuf>,
    },
    /// Write the documented example config to the config path (never overwrites).
    Init,
}

#[derive(Subcommand)]
pub enum ExercisesAction {
    /// List the exercises.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show one exercise with its steps.
    Show {
        /// The exercise's id, as `exercises list` prints it.
        id: String,
        /// Print JSON instead of text (each step with its `pose`).
        #[arg(long)]
        json: bool,
        /// Write the figure of one step (default: the first) as a PNG image.
        #[arg(long, value_name = "FILE")]
        png: Option<PathBuf>,
        /// The step for --png, counted from 1.
        #[arg(long, value_name = "N", requires = "png")]
        step: Option<usize>,
    },
    /// Write a contact sheet: every exercise, one labelled figure per step, as a PNG image.
    Sheet {
        /// The PNG file to write.
        file: PathBuf,
    },
    /// What the next reminders will offer, and why (favourite, strength turn, rotation).
    Next {
        /// How many reminders ahead (1 to 100).
        #[arg(long, default_value_t = 1, value_name = "N")]
        count: usize,
    },
    /// Rate an exercise as the stretch window does, or clear its rating. "hurt" stops it
    /// being offered; "not-for-me" offers it a quarter as often; "good" twice as often.
    Rate {
        /// The exercise's id, as `exercises list` prints it.
        id: String,
        /// good, not-for-me, hurt or clear.
        rating: String,
    },
}

#[derive(Subcommand)]
pub enum AutostartAction {
    /// Start posture-break at login (XDG autostart entry on Linux, LaunchAgent on macOS).
    Enable,
    /// Do not start posture-break at login.
    Disable,
    /// Whether posture-break starts at login, and whether the entry points at this program.
    Status,
}

/// The clap command tree, for generators (man page, shell completions).
pub fn command() -> clap::Command {
    Cli::command()
}
