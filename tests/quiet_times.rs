//! Quiet times end to end: working hours that open and close within the test, and a reminder
//! held while dunst is paused (do-not-disturb), while a camera device is open, and while a
//! fullscreen window has the focus under a real window manager (openbox) — each shown within
//! 2 s of the cause clearing, without restarting the interval.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::fs;
use std::thread;
use std::time::{Duration, Instant};

use chrono::{Datelike, Local, TimeDelta, Timelike};
use serde_json::Value;
use support::*;

/// Shown within 2 s after the last cause clears (plus polling slack).
const RELEASED_WITHIN: Duration = Duration::from_millis(2500);

fn wait_released(sandbox: &Sandbox, app: &mut App) {
    let cleared = Instant::now();
    sandbox.wait_status(
        app,
        "the held reminder shown",
        Duration::from_secs(5),
        |s| s["state"] == "reminding",
    );
    assert!(
        cleared.elapsed() <= RELEASED_WITHIN,
        "shown {:?} after the cause cleared",
        cleared.elapsed()
    );
}

fn held_for(sandbox: &Sandbox, app: &mut App, reason: &str) -> Value {
    let status = sandbox.wait_status(
        app,
        &format!("held for {reason}"),
        Duration::from_secs(10),
        |s| s["state"] == "held",
    );
    assert_eq!(status["held_reason"], reason, "{status}");
    status
}

/// dunst's do-not-disturb (`dunstctl set-paused`) holds the reminder; unpausing shows it.
#[test]
fn do_not_disturb_holds_the_reminder() {
    let Some(bin) = setup("quiet_dnd", Need::Desktop) else {
        return;
    };
    let _quiet = notifications_lock();
    let _unpause = DunstPaused::on();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config("[schedule]\ninterval = \"3s\"\n[stretch]\nduration = \"2s\"\n");
    let monitor = Monitor::start(sandbox.root());
    let mut app = sandbox.start_app();
    held_for(&sandbox, &mut app, "do-not-disturb");
    assert!(
        !monitor
            .notifications()
            .iter()
            .any(|n| n.summary.starts_with("Time for a")),
        "no reminder while do-not-disturb is on:\n{}",
        monitor.dump()
    );
    DunstPaused::set(false);
    wait_released(&sandbox, &mut app);
    monitor.wait_notification(&mut app, "the reminder", Duration::from_secs(3), |n| {
        n.summary.starts_with("Time for a")
    });
}

/// Do-not-disturb switched on after the app started (the PropertiesChanged signal, not the
/// start-up read) holds too; with `hold_when = []` nothing holds.
#[test]
fn do_not_disturb_turned_on_later_and_hold_when_empty() {
    let Some(bin) = setup("quiet_dnd_later", Need::Desktop) else {
        return;
    };
    let _quiet = notifications_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config("[schedule]\ninterval = \"4s\"\n[stretch]\nduration = \"2s\"\n");
    let mut app = sandbox.start_app();
    let _unpause = DunstPaused::on();
    held_for(&sandbox, &mut app, "do-not-disturb");
    sandbox.write_config(
        "[schedule]\ninterval = \"4s\"\n[stretch]\nduration = \"2s\"\n[presence]\nhold_when = []\n",
    );
    // Unlisting the cause releases the held reminder at once.
    sandbox.wait_status(
        &mut app,
        "released by hold_when = []",
        Duration::from_secs(5),
        |s| s["state"] == "reminding",
    );
}

/// A process holding a camera device open (a call) holds the reminder; closing it shows it.
#[test]
fn camera_in_use_holds_the_reminder() {
    let Some(bin) = setup("quiet_camera", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let _bus = sandbox.use_private_bus();
    let devices = sandbox.root().join("dev");
    fs::create_dir_all(&devices).expect("device dir");
    let camera = devices.join("video0");
    make_device_node(&camera);
    sandbox.set_env("POSTURE_BREAK_DEVICE_DIR", devices.to_str());
    sandbox.write_config("[schedule]\ninterval = \"3s\"\n[stretch]\nduration = \"2s\"\n");
    let mut app = sandbox.start_app();
    thread::sleep(Duration::from_millis(300));
    let call = fs::File::open(&camera).expect("open the camera");
    held_for(&sandbox, &mut app, "camera");
    let status = sandbox.status_ok();
    assert_eq!(status["next_reminder"], Value::Null, "{status}");
    drop(call);
    wait_released(&sandbox, &mut app);
}

/// A fullscreen window with the focus, under openbox (EWMH), holds the reminder; leaving
/// fullscreen shows it.
#[test]
fn fullscreen_window_holds_the_reminder() {
    let Some(bin) = setup("quiet_fullscreen", Need::Desktop) else {
        return;
    };
    let _wm = WindowManager::start();
    let film = XMessage::open("pb-film");
    film.set_fullscreen(true);
    let mut sandbox = Sandbox::new(&bin);
    let _bus = sandbox.use_private_bus();
    sandbox.write_config("[schedule]\ninterval = \"3s\"\n[stretch]\nduration = \"2s\"\n");
    let mut app = sandbox.start_app();
    held_for(&sandbox, &mut app, "fullscreen");
    film.set_fullscreen(false);
    wait_released(&sandbox, &mut app);
}

/// Working hours that open at the next minute and close a minute later: off hours first (with
/// the opening time; "Start stretch now" still works), a fresh interval at the opening, and a
/// reminder on screen at the close runs its course before the hours are off again. (Nobody
/// touches the keyboard for two minutes here: a long `idle_after` keeps the user "present".)
#[test]
fn working_hours_open_and_close() {
    let Some(bin) = setup("quiet_working_hours", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let _bus = sandbox.use_private_bus();
    let now = Local::now();
    let mut opens = now
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .expect("minute")
        + TimeDelta::minutes(1);
    if opens - now < TimeDelta::seconds(8) {
        opens += TimeDelta::minutes(1); // leave time to start the app first
    }
    let closes = opens + TimeDelta::minutes(1);
    let end = if closes.hour() == 0 && closes.minute() == 0 {
        "24:00".to_string()
    } else {
        closes.format("%H:%M").to_string()
    };
    let day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        [opens.weekday().num_days_from_monday() as usize];
    sandbox.write_config(&format!(
        "[schedule]\ninterval = \"40s\"\n[stretch]\nduration = \"2s\"\n[notification]\ntimeout = \"30s\"\n\
         [presence]\nidle_after = \"10m\"\nnatural_break = \"10m\"\n\
         [working_hours]\ndays = [\"{day}\"]\nhours = [\"{}-{end}\"]\n",
        opens.format("%H:%M")
    ));
    let mut app = sandbox.start_app();
    let status = sandbox.status_ok();
    assert_eq!(status["state"], "off_hours", "{status}");
    assert_eq!(status["working_hours"]["open"], false, "{status}");
    assert_eq!(
        rfc3339_secs(
            status["working_hours"]["next_change"]
                .as_str()
                .unwrap_or_default()
        ),
        Some(opens.timestamp()),
        "opens at the next minute: {status}"
    );
    assert_eq!(status["next_reminder"], Value::Null, "{status}");
    sandbox.cli_ok(&["stretch"]);
    sandbox.wait_status(
        &mut app,
        "stretching off hours",
        Duration::from_secs(5),
        |s| s["state"] == "stretching",
    );
    sandbox.cli_ok(&["skip"]);
    sandbox.wait_status(&mut app, "off hours again", Duration::from_secs(5), |s| {
        s["state"] == "off_hours"
    });

    let until_open = (opens.timestamp() - now_secs()).max(0) as u64;
    let status = sandbox.wait_status(
        &mut app,
        "the hours to open",
        Duration::from_secs(until_open + 5),
        |s| s["state"] == "active",
    );
    assert_eq!(status["working_hours"]["open"], true, "{status}");
    let next = rfc3339_secs(status["next_reminder"].as_str().unwrap_or_default());
    assert!(
        next.is_some_and(|n| (n - (opens.timestamp() + 40)).abs() <= 1),
        "a fresh interval from the opening: {status}"
    );
    // The reminder comes 40 s in and is still on screen at the close (timeout 30 s).
    sandbox.wait_status(&mut app, "the reminder", Duration::from_secs(50), |s| {
        s["state"] == "reminding"
    });
    let until_close = (closes.timestamp() - now_secs()).max(0) as u64;
    let finishes = |status: &Value| {
        assert_eq!(
            status["state"], "reminding",
            "a reminder on screen finishes: {status}"
        );
    };
    holds_for(Duration::from_secs(until_close + 1), || {
        finishes(&sandbox.status_ok())
    });
    let status = sandbox.status_ok();
    finishes(&status);
    assert_eq!(status["working_hours"]["open"], false, "{status}");
    sandbox.wait_status(
        &mut app,
        "off hours after the reminder",
        Duration::from_secs(35),
        |s| s["state"] == "off_hours",
    );
}

/// The notification server going away (killed while paused) ends its do-not-disturb: the held
/// reminder is shown. dunst runs on the app's own bus here.
#[test]
fn notification_server_gone_releases_do_not_disturb() {
    let Some(bin) = setup("quiet_dnd_server_gone", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let bus = sandbox.use_private_bus();
    let dunst = bus.start_dunst(&sandbox);
    bus.dunstctl(&["set-paused", "true"]);
    sandbox.write_config("[schedule]\ninterval = \"3s\"\n[stretch]\nduration = \"2s\"\n");
    let mut app = sandbox.start_app();
    held_for(&sandbox, &mut app, "do-not-disturb");
    drop(dunst);
    wait_released(&sandbox, &mut app);
}

/// GNOME's do-not-disturb is `show-banners = false` (real dconf on the app's bus; a GNOME
/// session by XDG_CURRENT_DESKTOP, dunst standing in for gnome-shell as the server).
#[test]
fn gnome_show_banners_off_holds_the_reminder() {
    let Some(bin) = setup("quiet_dnd_gnome", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let bus = sandbox.use_private_bus();
    sandbox.set_env("XDG_CURRENT_DESKTOP", Some("GNOME"));
    sandbox.set_env("GSETTINGS_BACKEND", Some("dconf"));
    let _dunst = bus.start_dunst(&sandbox);
    let _dconf = bus.daemon(&sandbox, "/usr/libexec/dconf-service", "ca.desrt.dconf");
    sandbox.write_config("[schedule]\ninterval = \"4s\"\n[stretch]\nduration = \"2s\"\n");
    let mut app = sandbox.start_app();
    thread::sleep(Duration::from_millis(300));
    let banners = |on: &str| {
        bus.run(
            &sandbox,
            "gsettings",
            &["set", "org.gnome.desktop.notifications", "show-banners", on],
        )
    };
    banners("false");
    held_for(&sandbox, &mut app, "do-not-disturb");
    banners("true");
    wait_released(&sandbox, &mut app);
}

/// xfce4-notifyd's do-not-disturb is its xfconf property `/do-not-disturb` (real xfconfd and
/// xfce4-notifyd on the app's bus).
#[test]
fn xfce_do_not_disturb_holds_the_reminder() {
    let Some(bin) = setup("quiet_dnd_xfce", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let bus = sandbox.use_private_bus();
    let _xfconf = bus.daemon(
        &sandbox,
        "/usr/lib/x86_64-linux-gnu/xfce4/xfconf/xfconfd",
        "org.xfce.Xfconf",
    );
    let _notifyd = bus.daemon(
        &sandbox,
        "/usr/lib/x86_64-linux-gnu/xfce4/notifyd/xfce4-notifyd",
        "org.freedesktop.Notifications",
    );
    sandbox.write_config("[schedule]\ninterval = \"4s\"\n[stretch]\nduration = \"2s\"\n");
    let mut app = sandbox.start_app();
    thread::sleep(Duration::from_millis(300));
    let dnd = |on: &str| {
        bus.run(
            &sandbox,
            "xfconf-query",
            &[
                "-c",
                "xfce4-notifyd",
                "-p",
                "/do-not-disturb",
                "-n",
                "-t",
                "bool",
                "-s",
                on,
            ],
        )
    };
    dnd("true");
    held_for(&sandbox, &mut app, "do-not-disturb");
    dnd("false");
    wait_released(&sandbox, &mut app);
}

/// KDE's and swaync's do-not-disturb. Neither server runs here (plasmashell needs a Plasma
/// session; swaync is not in Debian 12), so a stand-in on the app's bus serves just their
/// interfaces: KDE's `Inhibited` property with PropertiesChanged, swaync's `GetDnd` with
/// `SubscribeV2`.
#[test]
fn kde_and_swaync_do_not_disturb_hold_the_reminder() {
    let Some(bin) = setup("quiet_dnd_kde_swaync", Need::Desktop) else {
        return;
    };
    for name in ["Plasma", "SwayNotificationCenter"] {
        let mut sandbox = Sandbox::new(&bin);
        let bus = sandbox.use_private_bus();
        let server = DndServer::start(&bus, name);
        sandbox.write_config("[schedule]\ninterval = \"3s\"\n[stretch]\nduration = \"2s\"\n");
        let mut app = sandbox.start_app();
        thread::sleep(Duration::from_millis(300));
        server.set_dnd(true);
        held_for(&sandbox, &mut app, "do-not-disturb");
        server.set_dnd(false);
        wait_released(&sandbox, &mut app);
    }
}
