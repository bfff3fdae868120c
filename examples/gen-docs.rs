//! Writes the man page and the shell completions from the clap definitions in `src/cli/args.rs`, so
//! they cannot drift from the real command line. A build-time tool (packaging/deb/build.sh runs
//! it), not part of the shipped binary:
//!
//!   cargo run --locked --example gen-docs -- OUT_DIR
//!
//! writes OUT_DIR/man/posture-break.1 and OUT_DIR/completions/{bash/posture-break,
//! zsh/_posture-break, fish/posture-break.fish}. The page's date is taken from
//! SOURCE_DATE_EPOCH when set (reproducible builds), otherwise it is today.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap_complete::Shell;
use clap_mangen::roff::{bold, italic, roman, Roff};

const BIN: &str = "posture-break";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("gen-docs: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> anyhow::Result<()> {
    let mut args = std::env::args_os().skip(1);
    let (Some(out), None) = (args.next(), args.next()) else {
        bail!("usage: gen-docs OUT_DIR");
    };
    let out = PathBuf::from(out);

    let man_dir = out.join("man");
    create_dir(&man_dir)?;
    let page = man_page(&date()?)?;
    write(&man_dir.join(format!("{BIN}.1")), &page)?;

    for (shell, dir, name) in [
        (Shell::Bash, "bash", BIN.to_string()),
        (Shell::Zsh, "zsh", format!("_{BIN}")),
        (Shell::Fish, "fish", format!("{BIN}.fish")),
    ] {
        let dir = out.join("completions").join(dir);
        create_dir(&dir)?;
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut posture_break::cli::command(), BIN, &mut script);
        write(&dir.join(name), &script)?;
    }
    Ok(())
}

/// `YYYY-MM-DD` of SOURCE_DATE_EPOCH, or today.
fn date() -> anyhow::Result<String> {
    let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(chrono::Utc::now().format("%Y-%m-%d").to_string());
    };
    let secs: i64 = epoch
        .trim()
        .parse()
        .with_context(|| format!("SOURCE_DATE_EPOCH={epoch:?} is not a number of seconds"))?;
    let date = chrono::DateTime::from_timestamp(secs, 0)
        .with_context(|| format!("SOURCE_DATE_EPOCH={epoch:?} is out of range"))?;
    Ok(date.format("%Y-%m-%d").to_string())
}

/// One page for the whole program: clap_mangen's title, name, synopsis, description and global
/// options, then every command with its arguments (instead of clap_mangen's list of
/// `posture-break-<command>(1)` pages), exit status and files.
fn man_page(date: &str) -> anyhow::Result<Vec<u8>> {
    let mut cmd = posture_break::cli::command().disable_help_subcommand(true);
    cmd.build();
    let version = cmd.get_version().unwrap_or_default().to_string();
    let man = clap_mangen::Man::new(cmd.clone())
        .date(date)
        .source(format!("{BIN} {version}"))
        .manual("User Commands");
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;

    let mut roff = Roff::new();
    roff.control("SH", ["DESCRIPTION"]);
    roff.text([roman(
        "posture-break sits in the tray and, every 45 minutes (schedule.interval), offers a \
         one-minute guided stretch for the middle back, neck and shoulders. Clicking the \
         reminder opens a window that walks through the exercise step by step with a countdown; \
         the reminder can also be snoozed or skipped. Time away from the computer, a suspend or \
         a locked screen at least one stretch long counts as a break.",
    )]);
    roff.control("PP", []);
    roff.text([roman(
        "The same program is the command line: without a command it starts the tray app, with \
         one it answers offline (config, exercises, stats, autostart) or controls the running \
         app over its control socket.",
    )]);
    roff.to_writer(&mut page)?;
    man.render_options_section(&mut page)?;

    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS"]);
    roff.text([roman(
        "Without a command, posture-break starts the tray app (one instance per user; a second \
         start says it is already running). The commands below that talk to the running app \
         exit with status 3 when it is not running.",
    )]);
    for sub in cmd.get_subcommands() {
        commands(&mut roff, sub);
    }

    roff.control("SH", ["DURATIONS"]);
    roff.text([roman(
        "Durations are written like 90s, 45m or 1h 30m (units s, m, h; parts may be combined).",
    )]);

    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in [
        ("0", "Success."),
        (
            "1",
            "Error: invalid config, I/O error, or a request the app refused.",
        ),
        ("2", "Usage error."),
        ("3", "posture-break is not running."),
    ] {
        roff.control("TP", []);
        roff.text([bold(code)]);
        roff.text([roman(meaning)]);
    }

    roff.control("SH", ["FILES"]);
    for (path, what) in [
        (
            "$XDG_CONFIG_HOME/posture-break/config.toml",
            "The config file (default ~/.config/posture-break/config.toml); \
             posture-break config init writes the documented example there. System-wide \
             defaults may be put in $XDG_CONFIG_DIRS/posture-break/config.toml (e.g. /etc/xdg).",
        ),
        (
            "$XDG_CONFIG_HOME/posture-break/exercises.toml",
            "Your own exercises, in the format of the built-in set (posture-break exercises list).",
        ),
        (
            "$XDG_DATA_HOME/posture-break/history.jsonl",
            "The history: one JSON object per line (ts, event, exercise).",
        ),
        (
            "$XDG_STATE_HOME/posture-break/",
            "State (exercise rotation) and the log, posture-break.log.",
        ),
        (
            "$XDG_RUNTIME_DIR/posture-break/",
            "The instance lock and the control socket (mode 0600, peer uid checked).",
        ),
        (
            "$XDG_CONFIG_HOME/autostart/posture-break.desktop",
            "Written by posture-break autostart enable.",
        ),
    ] {
        roff.control("TP", []);
        roff.text([italic(path)]);
        roff.text([roman(what)]);
    }

    roff.control("SH", ["VERSION"]);
    roff.text([roman(format!("v{version}"))]);
    roff.to_writer(&mut page)?;
    Ok(page)
}

/// `.TP` entries for `cmd` (a leaf) or for each of its leaves, with usage, about and arguments.
fn commands(roff: &mut Roff, cmd: &clap::Command) {
    if cmd.is_hide_set() {
        return;
    }
    if cmd.has_subcommands() {
        for sub in cmd.get_subcommands() {
            commands(roff, sub);
        }
        return;
    }
    let usage = cmd.clone().render_usage().to_string();
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    roff.control("TP", []);
    roff.text([bold(usage)]);
    if let Some(about) = cmd.get_long_about().or_else(|| cmd.get_about()) {
        roff.text([roman(about.to_string())]);
    }
    let args: Vec<&clap::Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_global_set())
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        .collect();
    if args.is_empty() {
        return;
    }
    roff.control("RS", []);
    for arg in args {
        let name = match arg.get_long() {
            Some(long) => format!("--{long}"),
            None => arg
                .get_value_names()
                .and_then(|names| names.first())
                .map_or_else(|| arg.get_id().to_string(), |n| n.to_string()),
        };
        roff.control("TP", []);
        roff.text([if arg.get_long().is_some() {
            bold(name)
        } else {
            italic(name)
        }]);
        if let Some(help) = arg.get_long_help().or_else(|| arg.get_help()) {
            roff.text([roman(help.to_string())]);
        }
    }
    roff.control("RE", []);
}

fn create_dir(dir: &Path) -> anyhow::Result<()> {
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))
}

fn write(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut file =
        fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(bytes)
        .with_context(|| format!("cannot write {}", path.display()))
}
