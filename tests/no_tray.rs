//! No tray, still there: the launcher's actions, the app's own window (`posture-break open`),
//! launching the app again from a launcher, and the first start on a desktop without a tray.
//! The real binary on the real desktop (Xvfb, dunst, xfce4-panel), and on a private display and
//! bus with no tray at all.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use support::*;

const PACKAGED: &str = include_str!("../packaging/linux/io.github.posture_break.desktop");
const APP_WINDOW: &str = "posture-break";
const WEEK_WINDOW: &str = "posture-break — Your week";

/// The `[Desktop Action ID]` groups of an entry: id → the command's arguments after the
/// program.
fn actions(entry: &str, program: &str) -> BTreeMap<String, Vec<String>> {
    let mut found = BTreeMap::new();
    let mut group = None;
    for line in entry.lines() {
        if let Some(id) = line
            .strip_prefix("[Desktop Action ")
            .and_then(|rest| rest.strip_suffix(']'))
        {
            group = Some(id.to_string());
        } else if line.starts_with('[') {
            group = None;
        } else if let (Some(id), Some(exec)) = (&group, line.strip_prefix("Exec=")) {
            let args = exec
                .strip_prefix(program)
                .unwrap_or_else(|| panic!("{exec:?} does not run {program}"));
            found.insert(
                id.clone(),
                args.split_whitespace().map(String::from).collect(),
            );
        }
    }
    found
}

fn validate(path: &Path) {
    let out = Command::new("desktop-file-validate")
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("desktop-file-validate: {e}"));
    assert!(
        out.status.success() && out.stdout.is_empty(),
        "{}: {}{}",
        path.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn pid_of(status: &serde_json::Value) -> u32 {
    status["pid"]
        .as_u64()
        .unwrap_or_else(|| panic!("no pid: {status}")) as u32
}

/// Both entries validate and offer the same actions; each action's command, run as the
/// launcher runs it, starts the app when none runs and otherwise changes the running app.
#[test]
fn launcher_actions_start_the_app_or_reach_it() {
    let Some(bin) = setup("launcher_actions", Need::Desktop) else {
        return;
    };
    let _windows = windows_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config("[schedule]\ninterval = \"45m\"\n");

    validate(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/packaging/linux/io.github.posture_break.desktop"
    )));
    sandbox.cli_ok(&["autostart", "enable"]);
    let autostart = sandbox
        .config_home()
        .join("autostart/posture-break.desktop");
    validate(&autostart);
    let packaged = actions(PACKAGED, "posture-break");
    let written = std::fs::read_to_string(&autostart).expect("the autostart entry");
    assert_eq!(actions(&written, &bin.display().to_string()), packaged);
    let ids: Vec<&str> = packaged.keys().map(String::as_str).collect();
    assert_eq!(ids, ["open", "pause", "snooze", "stretch", "week"]);
    let run = |id: &str| {
        let args: Vec<&str> = packaged[id].iter().map(String::as_str).collect();
        sandbox.cli_ok(&args)
    };

    // No app yet: *Snooze* starts one, and it is snoozed.
    assert!(sandbox.status().is_err(), "an app runs already");
    run("snooze");
    let status = sandbox.status_ok();
    assert_eq!(status["state"], "snoozed", "{status}");
    let pid = pid_of(&status);

    run("pause");
    let status = sandbox.status_ok();
    assert_eq!(status["state"], "paused", "{status}");
    assert!(status["until"].is_string(), "a timed pause: {status}");
    run("week");
    let week = wait_window_titled(pid, WEEK_WINDOW, Duration::from_secs(10));
    week.press("Escape");
    run("open");
    let home = wait_window_titled(pid, APP_WINDOW, Duration::from_secs(10));
    home.press("Escape");
    run("stretch");
    assert_eq!(sandbox.status_ok()["state"], "stretching");
    sandbox.cli_ok(&["skip"]);
    assert_eq!(pid_of(&sandbox.status_ok()), pid, "one app all along");
    sandbox.cli_ok(&["quit"]);
}

/// The app's own window: the tray menu's choices, by keyboard; the app's icon on it and on the
/// week window; Esc closes it.
#[test]
fn the_app_window_works_from_the_keyboard() {
    let Some(bin) = setup("app_window", Need::Desktop) else {
        return;
    };
    let _windows = windows_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config("[schedule]\nsnooze_choices = [\"7m\", \"10m\"]\n");
    let mut app = sandbox.start_app();
    sandbox.cli_ok(&["open"]);
    let home = wait_window_titled(app.pid, APP_WINDOW, Duration::from_secs(10));
    home.wait_drawn("app-window");
    assert_eq!(home.icon(), Some((48, 48, 48 * 48)), "_NET_WM_ICON");
    // Start stretch now → Snooze ▸, opened; its first choice, 7 minutes.
    home.press("Down");
    home.press("Right");
    std::thread::sleep(Duration::from_millis(300));
    home.capture("app-window-snooze");
    home.press("Return");
    let status = sandbox.wait_status(&mut app, "snoozed", Duration::from_secs(5), |s| {
        s["state"] == "snoozed"
    });
    let until = status["until"]
        .as_str()
        .and_then(rfc3339_secs)
        .expect("until");
    let now = rfc3339_secs(&chrono::Utc::now().to_rfc3339()).expect("now");
    assert!((400..=421).contains(&(until - now)), "7 minutes: {status}");
    assert!(home.visible(), "the window stays after a choice");
    // Resume is there now that it applies: the status line says snoozed.
    home.capture("app-window-snoozed");
    sandbox.cli_ok(&["week"]);
    let week = wait_window_titled(app.pid, WEEK_WINDOW, Duration::from_secs(10));
    assert_eq!(week.icon(), Some((48, 48, 48 * 48)), "_NET_WM_ICON");
    week.press("Escape");
    week.wait_gone(&mut app, "Esc on the week");
    home.press("Escape");
    home.wait_gone(&mut app, "Esc on the app window");
    assert!(app.alive(), "{}", app.context());
}

/// Started again from a launcher (no terminal), the app shows its window; from a terminal it
/// only says it runs (the harness has no terminal, so only the launcher side is seen here).
#[test]
fn launching_again_opens_the_app_window() {
    let Some(bin) = setup("launch_again", Need::Desktop) else {
        return;
    };
    let _windows = windows_lock();
    let sandbox = Sandbox::new(&bin);
    let mut app = sandbox.start_app();
    let second = sandbox
        .command(&[])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("a second start");
    assert!(second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("already running"));
    let home = wait_window_titled(app.pid, APP_WINDOW, Duration::from_secs(10));
    home.press("Escape");
    home.wait_gone(&mut app, "Esc");
}

/// xdotool on another display.
fn xdotool_on(display: &str, args: &[&str]) -> Option<String> {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn app_window_on(display: &str, pid: u32) -> Option<String> {
    let ids = xdotool_on(
        display,
        &["search", "--onlyvisible", "--name", "^posture-break$"],
    )?;
    ids.lines().find_map(|id| {
        let owner = xdotool_on(display, &["getwindowpid", id.trim()])?;
        (owner.trim() == pid.to_string()).then(|| id.trim().to_string())
    })
}

/// A first start where nothing shows tray icons (a bus without a StatusNotifierWatcher, a
/// display without an XEmbed tray, as stock GNOME): the welcome names the launcher and
/// `posture-break open`, not a tray icon, and the app's window opens, once.
#[test]
fn without_a_tray_the_first_start_opens_the_app_window_once() {
    let Some(bin) = setup("no_tray_first_start", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::first_start(&bin);
    let bus = sandbox.use_private_bus();
    let _dunst = bus.start_dunst(&sandbox);
    let display = sandbox.use_private_display();
    let monitor = Monitor::start_on(sandbox.root(), Some(&bus.address));
    let mut app = sandbox.start_app();
    let note = monitor.wait_notification(&mut app, "the welcome", Duration::from_secs(10), |n| {
        n.summary == "posture-break is running"
    });
    assert!(note.body.contains("posture-break open"), "{:?}", note.body);
    assert!(note.body.contains("launcher"), "{:?}", note.body);
    assert!(
        !note.body.contains("Right-click its tray icon"),
        "{:?}",
        note.body
    );
    poll(Duration::from_secs(10), || {
        app_window_on(&display.display, app.pid)
    })
    .unwrap_or_else(|| panic!("no app window on {}\n{}", display.display, app.context()));
    assert!(
        app.log_text().contains("posture-break open"),
        "{}",
        app.context()
    );
    sandbox.cli_ok(&["quit"]);
    app.wait_exit(Duration::from_secs(10))
        .unwrap_or_else(|| panic!("quit did not end the app\n{}", app.context()));

    // The next start (welcomed) opens nothing by itself.
    let mut again = sandbox.start_app();
    sandbox.wait_status(&mut again, "running", Duration::from_secs(5), |s| {
        s["state"] == "active"
    });
    holds_for(Duration::from_secs(3), || {
        assert!(app_window_on(&display.display, again.pid).is_none());
    });
}
