//! End to end on Wayland: the release binary in a headless sway session (sway 1.7, mako as the
//! notification server, a private session bus; tests/desktop/sway-session.sh), as a native
//! Wayland client. Clicks come from a virtual pointer plugged into sway's seat, keys from
//! `wtype`, the window's state from `swaymsg -t get_tree`.
//!
//! ```text
//! cargo build --release && cargo test --no-run --test wayland
//! PB_BIN=$PWD/target/release/posture-break tests/desktop/sway-session.sh target/debug/deps/wayland-HASH
//! ```
//! (as root the session runs as the unprivileged user `pbtest`: the binaries must be readable
//! by them; tests/run-all.sh copies them). The tests share sway, mako and the seat, so they take
//! turns.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use support::sway::{self, VirtualPointer};
use support::*;

static SEAT: Mutex<()> = Mutex::new(());

fn one_at_a_time() -> MutexGuard<'static, ()> {
    let guard = SEAT.lock().unwrap_or_else(PoisonError::into_inner);
    sway::mako_dismiss_all();
    guard
}

fn start(test: &str, config: &str) -> Option<(Sandbox, App)> {
    sway::in_sway(test)?;
    let bin = setup(test, Need::Binary)?;
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config(config);
    let app = sandbox.start_app();
    Some((sandbox, app))
}

/// A reminder shows in mako; a real click on it (a left button press on mako's surface) makes
/// mako send an xdg_activation token with its ActionInvoked; the app opens the stretch window
/// with that token: a native xdg_shell toplevel, app id `posture-break`, focused in front of
/// the terminal the user was typing in. Enter finishes it and the history says `completed`.
#[test]
fn click_on_reminder_opens_focused_native_window_enter_completes() {
    let _seat = one_at_a_time();
    let Some((sandbox, mut app)) = start(
        "click_on_reminder",
        "[schedule]\ninterval = \"6s\"\n[stretch]\nduration = \"6s\"\n",
    ) else {
        return;
    };
    let _terminal = sway::terminal();
    let monitor = Monitor::start(sandbox.root());
    let mut pointer = VirtualPointer::connect();

    let id = sway::wait_reminder_in_mako(&mut app, Duration::from_secs(15));
    // mako's popup: anchored top-left, 10 px margin, 400x120 (sway-session.sh's mako config).
    pointer.click_at(210, 60);
    let view = sway::wait_view(
        "a focused native window",
        app.pid,
        Duration::from_secs(10),
        |v| v["focused"] == true,
    );
    assert_eq!(view["shell"], "xdg_shell", "not XWayland: {view}");
    assert_eq!(view["app_id"], "io.github.posture_break", "{view}");
    let name = view["name"].as_str().unwrap_or_default();
    assert!(name.starts_with(WINDOW_TITLE_PREFIX), "title {name:?}");
    // sway decorates on the server side (xdg-decoration): the app draws no frame of its own.
    assert_ne!(
        view["border"], "csd",
        "server-side decorations under sway: {view}"
    );

    let tokens = monitor.activation_tokens(id as u32);
    assert!(
        tokens.iter().any(|t| !t.is_empty()),
        "mako sent no ActivationToken for the click on notification {id}\n{}",
        monitor.dump()
    );
    assert!(
        monitor
            .actions_invoked(id as u32)
            .iter()
            .any(|k| k == "default"),
        "{}",
        monitor.dump()
    );
    assert!(
        app.log_text()
            .contains("with the xdg_activation token of the click"),
        "the app did not use the token\n{}",
        app.context()
    );

    let shot = sway::grim("stretch-window-wayland", sway::rect(&view));
    let spread = image_spread(&shot);
    assert!(
        spread > 0.02,
        "the window looks blank (std dev {spread}): {}",
        shot.display()
    );
    eprintln!("screenshot: {}", shot.display());

    sway::key("Return");
    sandbox.wait_history(&mut app, "a `completed` entry", |e| {
        e["event"] == "completed"
    });
    // Then the window asks how it felt; Esc closes it unanswered.
    sway::key("Escape");
    sway::wait_no_view(
        "Esc should close the question after the stretch",
        app.pid,
        Duration::from_secs(5),
    );
}

/// The default action without a token (`makoctl invoke`, as a keyboard shortcut would): the
/// window still opens natively, the app says it asked for attention instead, and Escape skips.
#[test]
fn default_action_without_token_opens_window_escape_skips() {
    let _seat = one_at_a_time();
    let Some((sandbox, mut app)) = start(
        "default_action_without_token",
        "[schedule]\ninterval = \"6s\"\n[stretch]\nduration = \"6s\"\n",
    ) else {
        return;
    };
    let monitor = Monitor::start(sandbox.root());
    let id = sway::wait_reminder_in_mako(&mut app, Duration::from_secs(15));
    tool("makoctl", &["invoke", "-n", &id.to_string()])
        .unwrap_or_else(|e| panic!("makoctl invoke: {e}"));
    let view = sway::wait_view("a native window", app.pid, Duration::from_secs(10), |v| {
        v["shell"] == "xdg_shell" && v["app_id"] == "io.github.posture_break"
    });
    assert!(
        monitor.activation_tokens(id as u32).is_empty(),
        "makoctl invoke sends no token\n{}",
        monitor.dump()
    );
    assert!(
        app.log_text()
            .contains("without an xdg_activation token; asking the compositor for attention"),
        "{}",
        app.context()
    );
    // sway focuses a new window on the visible workspace by itself.
    if view["focused"] != true {
        sway::swaymsg(&["[app_id=io.github.posture_break] focus"])
            .unwrap_or_else(|e| panic!("focus: {e}"));
    }
    sway::key("Escape");
    sandbox.wait_history(&mut app, "a `skipped` entry", |e| e["event"] == "skipped");
    sway::key("Escape"); // the question
    sway::wait_no_view(
        "Escape should skip the stretch and then close the question",
        app.pid,
        Duration::from_secs(5),
    );
}

/// A film in a fullscreen window with the focus (foot made fullscreen by sway): the reminder
/// that comes due is held (`held_reason` fullscreen, nothing in mako) and shows once the window
/// leaves fullscreen, from sway's wlr-foreign-toplevel state events.
#[test]
fn fullscreen_window_holds_the_reminder_until_it_leaves_fullscreen() {
    let _seat = one_at_a_time();
    if sway::in_sway("fullscreen_hold").is_none() {
        return;
    }
    let film = sway::foot("pb-film");
    sway::swaymsg(&["[app_id=pb-film] fullscreen enable"]).unwrap_or_else(|e| panic!("{e}"));
    sway::wait_view(
        "the film fullscreen",
        film.0.id(),
        Duration::from_secs(5),
        |v| v["fullscreen_mode"] == 1 && v["focused"] == true,
    );
    let Some((sandbox, mut app)) = start(
        "fullscreen_hold",
        "[schedule]\ninterval = \"3s\"\n[stretch]\nduration = \"2s\"\n",
    ) else {
        return;
    };
    let status = sandbox.wait_status(&mut app, "held", Duration::from_secs(10), |s| {
        s["state"] == "held"
    });
    assert_eq!(status["held_reason"], "fullscreen", "{status}");
    assert!(
        sway::mako_list()
            .iter()
            .all(|(_, a, _)| a != "io.github.posture_break"),
        "no reminder over the film: {:?}",
        sway::mako_list()
    );
    sway::swaymsg(&["[app_id=pb-film] fullscreen disable"]).unwrap_or_else(|e| panic!("{e}"));
    sandbox.wait_status(
        &mut app,
        "the held reminder shown",
        Duration::from_secs(5),
        |s| s["state"] == "reminding",
    );
    sway::wait_reminder_in_mako(&mut app, Duration::from_secs(5));
}

/// Idle on a compositor with ext-idle-notify-v1 (KWin 5.27 headless; sway 1.7 has none): the app
/// picks it (`idle_source` ext-idle-notify), and with no input for `idle_after` it is away, and
/// a reminder that comes due then is held for `away`; input (KWin's fake-input) brings the user
/// back and the reminder up. On sway 1.7 the same app says it has no idle source.
#[test]
fn idle_from_ext_idle_notify_under_kwin() {
    let _seat = one_at_a_time();
    let Some((sandbox, app)) = start("idle_sway_none", "[schedule]\ninterval = \"45m\"\n") else {
        return;
    };
    let status = sandbox.status_ok();
    assert_eq!(
        status["idle_source"], "none",
        "sway 1.7 has no ext-idle-notify: {status}"
    );
    drop(app);

    let kwin = sway::KWin::start(sandbox.root());
    let mut sandbox = sandbox;
    let socket = kwin.socket.display().to_string();
    sandbox.set_env("WAYLAND_DISPLAY", Some(&socket));
    sandbox.write_config(
        "[schedule]\ninterval = \"6s\"\n[stretch]\nduration = \"2s\"\n\
         [presence]\nidle_after = \"2s\"\nnatural_break = \"10m\"\n",
    );
    let mut app = sandbox.start_app();
    let status = sandbox.status_ok();
    assert_eq!(
        status["idle_source"],
        "ext-idle-notify",
        "{status}\n{}",
        app.context()
    );
    sandbox.wait_status(
        &mut app,
        "away after 2 s without input",
        Duration::from_secs(6),
        |s| s["away"] == true,
    );
    let status = sandbox.wait_status(
        &mut app,
        "the reminder held",
        Duration::from_secs(10),
        |s| s["state"] == "held",
    );
    assert_eq!(status["held_reason"], "away", "{status}");
    // Back: the compositor says `resumed` at the first input, and the held reminder shows.
    sway::kwin_input(&kwin.socket);
    sandbox.wait_status(
        &mut app,
        "back and the reminder shown",
        Duration::from_secs(5),
        |s| s["away"] == false && s["state"] == "reminding",
    );
}

/// At output scale 2 the window keeps its logical size (828x450 with the figure's column, plus
/// sway's border; the output is 1920x1080, 960x540 logical, so it fits) and is drawn
/// at twice the pixels, and its buttons are where they are drawn: a click on the visible Done
/// (80 px from the right, 69 px from the bottom, in logical px) completes the stretch.
#[test]
fn scale_2_window_keeps_its_size_and_done_is_where_drawn() {
    let _seat = one_at_a_time();
    if sway::in_sway("scale_2").is_none() {
        return;
    }
    let _scale = sway::OutputScale::set("2");
    let Some((sandbox, mut app)) = start("scale_2", "[schedule]\ninterval = \"45m\"\n") else {
        return;
    };
    sandbox.cli_ok(&["stretch"]);
    let view = sway::wait_view("the window", app.pid, Duration::from_secs(10), |v| {
        v["shell"] == "xdg_shell"
    });
    let (_, _, w, h) = sway::rect(&view);
    let content = &view["window_rect"];
    assert_eq!(
        (content["width"].as_i64(), content["height"].as_i64()),
        (Some(828), Some(450)),
        "logical size at scale 2: {view}"
    );
    let shot = sway::grim("stretch-window-wayland-scale2", sway::rect(&view));
    let size = tool(
        "identify",
        &["-format", "%w %h", &shot.display().to_string()],
    )
    .unwrap_or_else(|e| panic!("identify: {e}"));
    assert_eq!(
        size.trim(),
        format!("{} {}", 2 * w, 2 * h),
        "grim at scale 2: {}",
        shot.display()
    );
    // Plugged in after the screenshot: sway draws the pointer into the output.
    let mut pointer = VirtualPointer::connect();
    let (x, y) = sway::from_bottom_right(&view, -80, -69);
    pointer.click_at(x, y);
    sandbox.wait_history(&mut app, "a `completed` entry", |e| {
        e["event"] == "completed"
    });
    sway::key("Escape"); // the question
    sway::wait_no_view(
        "a click on Done should finish the stretch, and Esc close the question",
        app.pid,
        Duration::from_secs(5),
    );
}

/// Two monitors side by side (KWin's virtual outputs with its XWayland; see
/// `sway::TwoMonitors`). An X11 stretch window opens centred on the monitor with the pointer,
/// and the next one follows the pointer to the other monitor; the week window too.
#[test]
fn x11_windows_open_centred_on_the_monitor_with_the_pointer() {
    let _seat = one_at_a_time();
    let Some((mut sandbox, app)) = start("two_monitors", "[stretch]\nduration = \"60s\"\n") else {
        return;
    };
    drop(app);
    let monitors = sway::TwoMonitors::start(sandbox.root());
    sandbox.set_env("DISPLAY", Some(&monitors.display));
    sandbox.set_env("WAYLAND_DISPLAY", None);
    let mut app = sandbox.start_app();
    let class = "io.github.posture_break";

    // Monitor 0 spans x 0..1280, monitor 1 x 1280..2560; both y 0..800.
    for (pointer, monitor) in [((1900, 400), 1), ((300, 300), 0), ((2400, 700), 1)] {
        monitors.move_pointer(pointer.0, pointer.1);
        sandbox.cli_ok(&["stretch"]);
        let (x, y, w, h) = wait_until("the X11 stretch window", Duration::from_secs(10), || {
            monitors.window_geometry(class, WINDOW_TITLE_PREFIX)
        });
        let centre = (x + w / 2, y + h / 2);
        let want = (1280 * monitor + 640, 400);
        assert!(
            centre.0.abs_diff(want.0) <= 40 && centre.1.abs_diff(want.1) <= 60,
            "pointer at {pointer:?}: the window's centre {centre:?} is not the centre {want:?} of \
             monitor {monitor}\n{}",
            app.context()
        );
        sandbox.cli_ok(&["skip"]);
    }
    monitors.move_pointer(300, 500);
    sandbox.cli_ok(&["week"]);
    let (x, _, w, _) = wait_until("the X11 week window", Duration::from_secs(10), || {
        monitors.window_geometry(class, "posture-break — Your week")
    });
    assert!(
        (x + w / 2) < 1280,
        "the week window is on monitor 0: x {x}, width {w}"
    );
    assert!(app.alive(), "{}", app.context());
    sandbox.cli_ok(&["quit"]);
}
