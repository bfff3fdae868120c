//! End-to-end tests of "progress at a glance" against the real binary in the headless desktop
//! session (Xvfb, a private session bus, dunst, xfce4-panel as tray host): the tray tooltip's
//! progress line from a seeded history, the "Your week" window (tray menu item and SNI
//! `Activate`, its bars, Esc and the window manager's close), and the status-bar feed
//! (`status --follow`, `--format waybar`).
//!
//! ```text
//! cargo build
//! PB_BIN=$CARGO_TARGET_DIR/debug/posture-break PB_REQUIRE_DESKTOP=1 \
//!     bash tests/desktop/session.sh cargo test --test progress
//! ```
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::fs;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use chrono::{Days, Local};
use serde_json::Value;
use support::*;

/// Writes a history: `completed[i]` stretches and `breaks[i]` natural breaks `i` days ago.
fn seed_history(sandbox: &Sandbox, completed: &[u32], breaks: &[u32]) {
    let now = Local::now().fixed_offset();
    let mut text = String::new();
    for back in 0..completed.len().max(breaks.len()) {
        let day = now - Days::new(back as u64);
        // Today's entries lie in the past half hour, but never before midnight (a run just
        // after it would put them on yesterday), a second apart; other days' at their noon-ish,
        // a minute apart.
        let midnight = now
            .date_naive()
            .and_hms_opt(0, 0, 0)
            .and_then(|t| t.and_local_timezone(Local).earliest())
            .map(|t| t.fixed_offset())
            .unwrap_or(now);
        let base = if back == 0 {
            (now - chrono::TimeDelta::minutes(30)).max(midnight)
        } else {
            day.date_naive()
                .and_hms_opt(12, 0, 0)
                .and_then(|t| t.and_local_timezone(Local).earliest())
                .map(|t| t.fixed_offset())
                .unwrap_or(day)
        };
        let spacing = match back {
            0 => chrono::TimeDelta::seconds(1),
            _ => chrono::TimeDelta::minutes(1),
        };
        let mut count = 0;
        let mut line = |event: &str, extra: &str| {
            let ts = base + spacing * count;
            count += 1;
            text.push_str(&format!(
                "{{\"ts\":\"{}\",\"event\":\"{event}\"{extra}}}\n",
                ts.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
            ));
        };
        for _ in 0..completed.get(back).copied().unwrap_or(0) {
            line("reminded", ",\"exercise\":\"cat-cow\"");
            line("completed", ",\"exercise\":\"cat-cow\"");
        }
        for _ in 0..breaks.get(back).copied().unwrap_or(0) {
            line("natural_break", ",\"secs\":600");
        }
    }
    let path = sandbox.history_file();
    fs::create_dir_all(path.parent().expect("history dir")).expect("history dir");
    fs::write(&path, text).expect("seed history");
}

fn tooltip(menu: &TrayMenu) -> String {
    let gv = menu
        .item_property("ToolTip")
        .unwrap_or_else(|e| panic!("ToolTip: {e}"));
    match gv.inner() {
        // (icon name, icon pixmaps, title, description)
        Gv::Tuple(parts) if parts.len() == 4 => match &parts[3] {
            Gv::Str(text) => text.clone(),
            other => panic!("ToolTip description {other:?}"),
        },
        other => panic!("ToolTip {other:?}"),
    }
}

fn wait_tooltip(menu: &TrayMenu, app: &mut App, want: &str) -> String {
    let mut last = String::new();
    poll(Duration::from_secs(5), || {
        last = tooltip(menu);
        last.contains(want).then(|| last.clone())
    })
    .unwrap_or_else(|| {
        panic!(
            "the tooltip never said {want:?}; it says {last:?}\n{}",
            app.context()
        )
    })
}

/// The app's week window (by its title), once it has drawn; it carries the app's icon.
fn wait_week_window(app: &mut App, name: &str) -> Window {
    let window = wait_window(app, Duration::from_secs(10));
    assert_eq!(window.title, "posture-break — Your week");
    window.wait_drawn(name);
    assert_eq!(window.icon(), Some((48, 48, 48 * 48)), "_NET_WM_ICON");
    window
}

/// The bars' colours (stretches, natural breaks) counted in the chart region of the window:
/// left of the numbers column, below the title, above the bottom row.
fn bar_pixels(png_path: &Path) -> (usize, usize) {
    const STRETCH: [u8; 3] = [0x3A, 0x86, 0x76];
    const BREAK: [u8; 3] = [0xA8, 0xCF, 0xC5];
    let (px, w) = png_rgb(png_path);
    let h = px.len() as u32 / w;
    assert!(w >= 600 && h >= 440, "window is {w}x{h}");
    let (mut stretches, mut breaks) = (0, 0);
    for y in 100..370 {
        for x in 28..378 {
            match px[(y * w + x) as usize] {
                STRETCH => stretches += 1,
                BREAK => breaks += 1,
                _ => {}
            }
        }
    }
    (stretches, breaks)
}

/// A seeded history shows in the tray tooltip ("3 stretches today · 5-day streak"); the tray
/// menu's "Your week" opens a window whose bar chart has bars in both colours, and other
/// histories draw other bars (none at all without history); Esc and the Close button close it;
/// a left click on the
/// icon (SNI `Activate`, as a tray host sends it) opens it again and the window manager's close
/// closes it; the app carries on.
#[test]
fn tooltip_progress_and_week_window() {
    let Some(bin) = setup("tooltip_progress_and_week_window", Need::Desktop) else {
        return;
    };
    let _windows = windows_lock();
    let mut seen = vec![];
    for (name, completed, breaks, line) in [
        (
            "busy",
            &[3u32, 2, 1, 4, 1][..],
            &[1u32, 0, 2][..],
            "3 stretches today · 5-day streak",
        ),
        (
            "light",
            &[1, 0, 1][..],
            &[0, 0, 0, 1][..],
            "1 stretch today · 1-day streak",
        ),
        ("empty", &[][..], &[][..], "No stretch yet today"),
    ] {
        let sandbox = Sandbox::new(&bin);
        seed_history(&sandbox, completed, breaks);
        let mut app = sandbox.start_app();
        let menu = TrayMenu::find(&mut app, Duration::from_secs(10));
        let tip = wait_tooltip(&menu, &mut app, line);
        assert!(
            tip.starts_with("posture-break: Next stretch at ") && tip.ends_with(line),
            "{name}: tooltip {tip:?}"
        );
        if name == "empty" {
            assert!(!tip.contains("streak"), "no streak to speak of: {tip:?}");
        }

        menu.click(&["Your week"]);
        let window = wait_week_window(&mut app, &format!("week-{name}"));
        thread::sleep(Duration::from_millis(300)); // let the first frame settle
        let shot = window.capture(&format!("week-{name}"));
        let (stretches, breaks_px) = bar_pixels(&shot);
        seen.push((name, stretches, breaks_px));
        if name == "light" {
            // The Close button, bottom right (28 px margin, 104 x 36 px), wherever the window's
            // size puts it.
            let (px, w) = png_rgb(&shot);
            let h = px.len() as u32 / w;
            window.click_at(w - 28 - 52, h - 28 - 18);
            window.wait_gone(&mut app, "the Close button");
        } else {
            window.press("Escape");
            window.wait_gone(&mut app, "Esc");
        }

        if name == "busy" {
            // A left click on the icon: the host calls Activate(x, y).
            gdbus_call(&[
                "--dest",
                &menu.service,
                "--object-path",
                &menu.item_path,
                "--method",
                "org.kde.StatusNotifierItem.Activate",
                "0",
                "0",
            ])
            .unwrap_or_else(|e| panic!("Activate: {e}"));
            let window = wait_week_window(&mut app, "week-activate");
            window.request_close();
            window.wait_gone(&mut app, "the window manager's close");
            assert_eq!(sandbox.status_ok()["state"], "active", "the app goes on");
        }
    }
    let [(_, busy, busy_breaks), (_, light, light_breaks), (_, empty, empty_breaks)] = seen[..]
    else {
        panic!("{seen:?}")
    };
    assert!(busy > 500 && busy_breaks > 200, "busy week bars: {seen:?}");
    assert!(
        light > 100 && light_breaks > 50,
        "light week bars: {seen:?}"
    );
    assert!(
        busy > light * 2,
        "11 stretches must draw more than 2: {seen:?}"
    );
    assert_eq!(
        (empty, empty_breaks),
        (0, 0),
        "no history, no bars: {seen:?}"
    );
}

const PUSH: Duration = Duration::from_secs(1);

/// `status --follow` prints the status at once, then one line within a second of each snooze,
/// pause and resume, and nothing while nothing changes; the waiting client does not wake up at
/// all; its lines have exactly `status --json`'s fields; a follower killed meanwhile does not
/// hurt the app. `--format waybar` gives waybar's shape
/// with and without --follow; both followers end when the app quits.
#[test]
fn status_follow_pushes_each_change() {
    let Some(bin) = setup("status_follow_pushes_each_change", Need::Desktop) else {
        return;
    };
    let sandbox = Sandbox::new(&bin);
    seed_history(&sandbox, &[2, 1], &[]);
    let mut app = sandbox.start_app();
    let plain = sandbox.status_ok();

    let follow = Follower::start(&sandbox, &["status", "--follow"]);
    let waybar = Follower::start(&sandbox, &["status", "--follow", "--format", "waybar"]);
    let first = follow.next("connecting", Duration::from_secs(5));
    assert_eq!(
        first, plain,
        "the first line is the status, field for field"
    );
    let keys = |v: &Value| {
        let mut k: Vec<String> = v.as_object().expect("object").keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&first), keys(&plain));
    let bar = waybar.next("connecting", Duration::from_secs(5));
    assert_eq!(keys(&bar), ["alt", "class", "text", "tooltip"]);
    assert_eq!(bar["class"], "active");
    assert_eq!(bar["alt"], "active");
    assert!(bar["text"].as_str().unwrap().starts_with("next "), "{bar}");
    assert!(
        bar["tooltip"]
            .as_str()
            .unwrap()
            .ends_with("\n2 stretches today · 2-day streak"),
        "{bar}"
    );

    // Nothing changes: no line, and the client sleeps in read(2) the whole time.
    thread::sleep(Duration::from_millis(300)); // the client's own start-up is over
    let before = follow.switches();
    follow.none_for("idle", Duration::from_secs(2));
    let after = follow.switches();
    assert_eq!(
        after,
        before,
        "the waiting client woke up {} times",
        after - before
    );

    // A follower that goes away is dropped at the next change; the app is not hurt (no
    // SIGPIPE) and the others go on.
    let mut doomed = Follower::start(&sandbox, &["status", "--follow"]);
    doomed.next("connecting", Duration::from_secs(5));
    doomed.child.kill().expect("kill a follower");
    let _ = doomed.child.wait();
    follow.none_for("another follower came and went", Duration::from_millis(300));

    for (args, state) in [
        (&["snooze", "10m"][..], "snoozed"),
        (&["pause", "1h"][..], "paused"),
        (&["resume"][..], "active"),
    ] {
        let asked = Instant::now();
        sandbox.cli_ok(args);
        let line = follow.next(&args.join(" "), PUSH + Duration::from_secs(1));
        assert!(
            asked.elapsed() < PUSH * 2,
            "{args:?}: {:?}",
            asked.elapsed()
        );
        assert_eq!(line["state"], state, "{args:?}: {line}");
        assert_eq!(keys(&line), keys(&plain));
        let bar = waybar.next(&args.join(" "), PUSH + Duration::from_secs(1));
        assert_eq!(bar["class"], state);
        follow.none_for(&format!("after {args:?}"), Duration::from_millis(500));
        waybar.none_for(&format!("after {args:?}"), Duration::from_millis(100));
    }
    assert!(
        app.alive(),
        "writing to a dead follower hurt the app\n{}",
        app.context()
    );
    // A status request changes nothing.
    sandbox.cli_ok(&["status"]);
    follow.none_for("a plain status request", Duration::from_millis(500));

    // Without --follow: one waybar object.
    let once = sandbox.cli_ok(&["status", "--format", "waybar"]);
    let once: Value = serde_json::from_str(&once.stdout).expect("waybar JSON");
    assert_eq!(keys(&once), ["alt", "class", "text", "tooltip"]);
    assert_eq!(once["class"], "active");
    let short = sandbox.cli_ok(&["status", "--format", "short"]);
    assert!(short.stdout.starts_with("next "), "{short}");

    sandbox.cli_ok(&["quit"]);
    let mut follow = follow;
    let ended = poll(Duration::from_secs(5), || {
        follow.child.try_wait().ok().flatten()
    })
    .unwrap_or_else(|| panic!("status --follow outlived the app\n{}", app.context()));
    assert_eq!(ended.code(), Some(3), "a follow ends with 'not running'");
    let last = waybar.next("quit", Duration::from_secs(5));
    assert_eq!(last["class"], "not_running", "{last}");
    assert_eq!(last["text"], "");

    // Not running at all.
    let out = sandbox.cli(&["status", "--format", "waybar"]);
    assert_eq!(out.code(), Some(3), "{out}");
    let gone: Value = serde_json::from_str(&out.stdout).expect("waybar JSON");
    assert_eq!(gone["class"], "not_running");
    let _ = app.wait_exit(Duration::from_secs(5));
}

/// Pixels of the stretch window's key-hint row (left of the buttons) in the accent green: the
/// hint is grey, the progress line that replaces it in the last seconds is green.
fn green_hint_pixels(png_path: &Path) -> usize {
    let (px, w) = png_rgb(png_path);
    let h = px.len() as u32 / w;
    assert!(w >= 560 && h >= 380, "window is {w}x{h}");
    // The button row's top is 88 px above the bottom; the hint is centred on it.
    let (top, bottom) = (h - 92, h - 48);
    let mut n = 0;
    for y in top..bottom {
        for x in 28..300 {
            let [r, g, b] = px[(y * w + x) as usize];
            if i32::from(g) - i32::from(r) > 40 && g > b {
                n += 1;
            }
        }
    }
    n
}

/// The stretch window's last 10 seconds show what the stretch adds up to, in place of the grey
/// key hint; once it is completed the tray tooltip counts it (the running app adds each new
/// history entry to what it read at start).
#[test]
fn stretch_window_last_seconds_show_progress() {
    let Some(bin) = setup("stretch_window_last_seconds_show_progress", Need::Desktop) else {
        return;
    };
    let _windows = windows_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config("[stretch]\nduration = \"13s\"\n");
    seed_history(&sandbox, &[2, 1, 1], &[]);
    let mut app = sandbox.start_app();
    let menu = TrayMenu::find(&mut app, Duration::from_secs(10));
    wait_tooltip(&menu, &mut app, "2 stretches today · 3-day streak");

    sandbox.cli_ok(&["stretch"]);
    let started = Instant::now();
    let window = wait_window(&mut app, Duration::from_secs(10));
    window.wait_drawn("stretch-progress-early");
    let early = green_hint_pixels(&window.capture("stretch-progress-early"));
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "too slow to catch the early frame: {:?}",
        started.elapsed()
    );
    // 13 s in all: from 3 s on at most 10 s are left.
    thread::sleep(Duration::from_secs(5).saturating_sub(started.elapsed()));
    let late = green_hint_pixels(&window.capture("stretch-progress-late"));
    assert!(
        early < 10 && late > 60,
        "green pixels in the hint row: {early} early, {late} in the last seconds"
    );
    let completed = |sandbox: &Sandbox| {
        sandbox
            .history()
            .iter()
            .filter(|e| e["event"] == "completed")
            .count()
    };
    let before = completed(&sandbox);
    window.press("Return");
    poll(Duration::from_secs(5), || {
        (completed(&sandbox) > before).then_some(())
    })
    .unwrap_or_else(|| panic!("Enter wrote no `completed` entry\n{}", app.context()));
    window.press("Escape"); // the question
    wait_tooltip(&menu, &mut app, "3 stretches today · 3-day streak");
}

/// A real left click on the icon in a real tray host: xfce4-panel's systray calls the item's
/// `Activate` on a left button release (the app does not say ItemIsMenu), and the week window
/// opens.
#[test]
fn left_click_in_xfce4_panel_opens_the_week_window() {
    let Some(bin) = setup("left_click_in_xfce4_panel", Need::Desktop) else {
        return;
    };
    let _windows = windows_lock();
    let mut sandbox = Sandbox::new(&bin);
    let (bus, panel) = start_private_panel(&sandbox, 600, 560);
    sandbox.set_env("DBUS_SESSION_BUS_ADDRESS", Some(bus.address.as_str()));
    seed_history(&sandbox, &[1], &[]);
    let mut app = sandbox.start_app();
    TrayMenu::find_on(&mut app, Duration::from_secs(15), Some(&bus.address));
    let (x, y) = poll(Duration::from_secs(10), || icon_in_panel(panel.0.id()))
        .unwrap_or_else(|| panic!("no icon drawn in the private panel\n{}", app.context()));
    tool(
        "xdotool",
        &["mousemove", "--sync", &x.to_string(), &y.to_string()],
    )
    .expect("move the pointer onto the icon");
    thread::sleep(Duration::from_millis(200)); // the panel sees the pointer enter
    tool("xdotool", &["click", "1"]).expect("left click");
    let window = wait_week_window(&mut app, "week-left-click");
    window.press("Escape");
    window.wait_gone(&mut app, "Esc");
    drop(panel);
}
