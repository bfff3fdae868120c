//! On a real GNOME Shell 43 (tests/desktop/gnome-session.sh), as a GNOME user meets the app:
//! stock GNOME without any tray, GNOME with Ubuntu's AppIndicator extension, and GNOME as a
//! Wayland compositor. Each test runs in the session of its mode (PB_GNOME_MODE); run-all starts
//! one session per mode and runs this whole binary in each. Screenshots go to PB_SHOT_DIR (run-all
//! copies them to target/screenshots; the ones in docs/ come from there).
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use support::gnome::{self, APP_ID};
use support::sway::shot_dir;
use support::*;

/// The tests of one mode share the shell, its focus and its overview: one at a time.
static SHELL: Mutex<()> = Mutex::new(());

fn one_at_a_time() -> MutexGuard<'static, ()> {
    SHELL.lock().unwrap_or_else(PoisonError::into_inner)
}

const WEEK_WINDOW: &str = "posture-break — Your week";

/// In the GNOME session of `mode` only: the shell to this test alone, a sandbox (a first start
/// when `config` is None) whose app the launcher in GNOME's app system starts, and the app
/// started.
fn start(
    test: &str,
    mode: &str,
    config: Option<&str>,
) -> Option<(MutexGuard<'static, ()>, Sandbox, App)> {
    gnome::in_gnome(test, mode)?;
    let need = if mode == "wayland" {
        Need::Binary
    } else {
        Need::Desktop
    };
    let bin = setup(test, need)?;
    let shell = one_at_a_time();
    let sandbox = match config {
        Some(config) => {
            let sandbox = Sandbox::new(&bin);
            sandbox.write_config(config);
            sandbox
        }
        None => Sandbox::first_start(&bin),
    };
    gnome::install_launcher(&sandbox, &bin);
    let app = sandbox.start_app();
    Some((shell, sandbox, app))
}

/// Stock GNOME has no tray at all. The first start opens the app's own window; launching the app
/// again from the app grid opens it again; every Desktop Action of the launcher (the dash's
/// right-click menu) reaches the running app: a GNOME user can snooze, pause, see the week and
/// start a stretch without a terminal.
#[test]
fn stock_gnome_first_start_opens_the_window_and_the_launcher_reaches_the_app() {
    let Some((_shell, sandbox, mut app)) = start("stock_gnome_launcher", "x11", None) else {
        return;
    };
    let pid = app.pid;

    // Nothing owns a tray watcher: the first start opens the window once, on its own.
    let window = gnome::wait_window(pid, APP_WINDOW_TITLE, Duration::from_secs(20));
    assert_eq!(
        window["app"], APP_ID,
        "the window belongs to the launcher: {window}"
    );
    assert_eq!(window["wm_class"], "io.github.posture_break", "{window}");
    gnome::screenshot_settled(&shot_dir(), "gnome-first-start-window");
    assert!(
        app.log_text().contains("posture-break open"),
        "the log says how to reach the app without a tray:\n{}",
        app.context()
    );
    wait_window_titled(pid, APP_WINDOW_TITLE, Duration::from_secs(5)).press("Escape");
    gnome::wait_no_window(pid, APP_WINDOW_TITLE, Duration::from_secs(10));

    // The app grid's icon, clicked while the app runs: the window again, and still one app.
    gnome::activate_launcher();
    gnome::wait_window(pid, APP_WINDOW_TITLE, Duration::from_secs(15));
    gnome::screenshot_settled(&shot_dir(), "gnome-launch-again");
    assert!(app.alive(), "{}", app.context());
    wait_window_titled(pid, APP_WINDOW_TITLE, Duration::from_secs(5)).press("Escape");
    gnome::wait_no_window(pid, APP_WINDOW_TITLE, Duration::from_secs(10));

    // The launcher's right-click actions, as GNOME runs them.
    gnome::launch_action("snooze");
    sandbox.wait_status(
        &mut app,
        "snoozed after the Snooze action",
        Duration::from_secs(10),
        |s| s["state"] == "snoozed",
    );
    gnome::launch_action("pause");
    sandbox.wait_status(
        &mut app,
        "paused after the Pause action",
        Duration::from_secs(10),
        |s| s["state"] == "paused",
    );
    gnome::launch_action("week");
    let week = gnome::wait_window(pid, WEEK_WINDOW, Duration::from_secs(15));
    assert_eq!(week["app"], APP_ID, "{week}");
    wait_window_titled(pid, WEEK_WINDOW, Duration::from_secs(5)).press("Escape");
    gnome::wait_no_window(pid, WEEK_WINDOW, Duration::from_secs(10));
    gnome::launch_action("stretch");
    sandbox.wait_status(
        &mut app,
        "stretching after the Start action",
        Duration::from_secs(10),
        |s| s["state"] == "stretching",
    );
    let status = sandbox.status_ok();
    assert_eq!(status["pid"], pid, "one app all along: {status}");
    sandbox.cli_ok(&["quit"]);
}

/// The dash (the Activities overview's bar of apps) shows the running stretch window under the
/// app's own launcher and icon, not as a window-backed app with a generic gear.
#[test]
fn the_dash_shows_the_stretch_window_under_the_apps_own_icon() {
    let Some((_shell, sandbox, mut app)) =
        start("gnome_dash", "x11", Some("[stretch]\nduration = \"60s\"\n"))
    else {
        return;
    };
    sandbox.cli_ok(&["stretch"]);
    let window = gnome::wait_window(app.pid, WINDOW_TITLE_PREFIX, Duration::from_secs(15));
    assert_eq!(window["app"], APP_ID, "the stretch window's app: {window}");
    let x11 = wait_window(&mut app, Duration::from_secs(5));
    assert!(x11.icon().is_some(), "_NET_WM_ICON on the stretch window");

    gnome::overview(true);
    let dash = gnome::dash_apps();
    assert!(
        dash.iter().any(|id| id == APP_ID),
        "the dash shows {APP_ID} while it stretches: {dash:?}"
    );
    assert!(
        !dash.iter().any(|id| id.starts_with("window:")),
        "no window-backed app (generic icon) in the dash: {dash:?}"
    );
    gnome::screenshot(&shot_dir(), "gnome-dash");
    gnome::overview(false);
    sandbox.cli_ok(&["skip"]);
    sandbox.cli_ok(&["quit"]);
}

/// With Ubuntu's AppIndicator extension (Debian's package), the app's StatusNotifierItem
/// registers with the extension's watcher, and *Snooze* picked through its dbusmenu snoozes.
#[test]
fn with_the_appindicator_extension_the_tray_item_registers_and_snoozes() {
    let Some((_shell, sandbox, mut app)) = start(
        "gnome_appindicator",
        "x11-appindicator",
        Some("[schedule]\ninterval = \"45m\"\n"),
    ) else {
        return;
    };
    // Found among the watcher's registered items, by the app's pid.
    let menu = TrayMenu::find(&mut app, Duration::from_secs(20));
    let watcher = connection_pid(WATCHER).expect("a StatusNotifierWatcher on the bus");
    let comm = std::fs::read_to_string(format!("/proc/{watcher}/comm")).unwrap_or_default();
    assert_eq!(
        comm.trim(),
        "gnome-shell",
        "the watcher is the shell's extension"
    );
    gnome::overview(false);
    gnome::screenshot(&shot_dir(), "gnome-appindicator");
    menu.click(&["Snooze", "10 minutes"]);
    sandbox.wait_status(
        &mut app,
        "snoozed from the extension's menu",
        Duration::from_secs(10),
        |s| s["state"] == "snoozed",
    );
    sandbox.cli_ok(&["quit"]);
}

/// GNOME draws no server-side decorations. Under GNOME as a Wayland compositor the stretch
/// window is a native Wayland window with the app's own title bar: it shows the window's title
/// (not the toolkit's bare fallback bar), dragging it moves the window, and its close button
/// closes it.
#[test]
fn on_gnome_wayland_the_stretch_window_has_a_title_bar_that_moves_and_closes_it() {
    let Some((_shell, sandbox, mut app)) = start(
        "gnome_wayland_frame",
        "wayland",
        Some("[stretch]\nduration = \"60s\"\n"),
    ) else {
        return;
    };
    gnome::overview(false);
    sandbox.cli_ok(&["stretch"]);
    let window = gnome::wait_window(app.pid, WINDOW_TITLE_PREFIX, Duration::from_secs(15));
    assert_eq!(window["wayland"], true, "a native Wayland window: {window}");
    assert_eq!(window["app"], APP_ID, "{window}");
    let shot = gnome::screenshot_settled(&shot_dir(), "gnome-wayland-frame");
    let (pixels, width) = png_rgb(&shot);
    let (x, y, w) = (
        window["x"].as_i64().unwrap_or(0),
        window["y"].as_i64().unwrap_or(0),
        window["width"].as_i64().unwrap_or(0),
    );
    assert!(w > 200, "{window}");
    // The header's middle third, where a title is centred and no button sits.
    let header: Vec<[u8; 3]> = (y + 6..y + 28)
        .flat_map(|row| (x + w / 3..x + 2 * w / 3).map(move |col| (row, col)))
        .filter_map(|(row, col)| pixels.get((row * i64::from(width) + col) as usize).copied())
        .collect();
    let light = |p: &[u8; 3]| p.iter().map(|&c| u32::from(c)).sum::<u32>() / 3;
    let mut levels: Vec<u32> = header.iter().map(light).collect();
    levels.sort_unstable();
    let background = levels.get(levels.len() / 2).copied().unwrap_or(0);
    let ink = levels
        .iter()
        .filter(|&&l| l.abs_diff(background) > 60)
        .count();
    assert!(
        ink >= 30,
        "the header above the window ({window}) shows a title: {ink} text pixels on a background \
         of {background}; see {}",
        shot.display()
    );

    // The bar moves the window (the compositor's move, while the button is held)...
    let title = (x + w / 2, y + 18);
    gnome::drag(title, (title.0 + 120, title.1 + 60));
    let moved = wait_until("the window to move", Duration::from_secs(5), || {
        let now = gnome::wait_window(app.pid, WINDOW_TITLE_PREFIX, Duration::from_secs(5));
        let dx = now["x"].as_i64()? - x;
        (dx > 60).then_some(now)
    });
    assert!(
        moved["y"].as_i64().unwrap_or(0) > y + 20,
        "moved down too: {moved}"
    );
    // ...and its close button closes it: the stretch is skipped.
    let (x, y, w) = (
        moved["x"].as_i64().unwrap_or(0),
        moved["y"].as_i64().unwrap_or(0),
        moved["width"].as_i64().unwrap_or(0),
    );
    gnome::click(x + w - 18, y + 18);
    gnome::wait_no_window(app.pid, WINDOW_TITLE_PREFIX, Duration::from_secs(10));
    sandbox.wait_history(&mut app, "the stretch skipped by the close button", |e| {
        e["event"] == "skipped"
    });
    sandbox.cli_ok(&["quit"]);
}
