//! Presence end to end, under Xvfb with the X server's real XSync IDLETIME counter and input
//! generated through XTEST (xdotool): going away, a reminder held while away and shown on
//! return, a long absence counted as a natural break, a screen lock inside idle time.
//!
//! IDLETIME belongs to the whole X server, so these tests take turns (`PRESENCE`).
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;
use support::*;

static PRESENCE: Mutex<()> = Mutex::new(());

fn one_at_a_time() -> MutexGuard<'static, ()> {
    PRESENCE.lock().unwrap_or_else(PoisonError::into_inner)
}

fn ours(note: &Notification) -> bool {
    note.app_name == "posture-break" && note.summary.starts_with("Time for a")
}

/// A reminder due while the user is away is held (no notification, state `held`, the tray says
/// so); input brings it up within a second.
#[test]
fn reminder_due_while_away_waits_and_shows_on_return() {
    let Some(bin) = setup("presence_hold", Need::Desktop) else {
        return;
    };
    let _turn = one_at_a_time();
    let _quiet = notifications_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config(
        "[schedule]\ninterval = \"5s\"\n[stretch]\nduration = \"2s\"\n\
         [presence]\nidle_after = \"2s\"\nnatural_break = \"1h\"\n",
    );
    let monitor = Monitor::start(sandbox.root());
    user_input();
    let mut app = sandbox.start_app();
    let status = sandbox.status_ok();
    assert_eq!(status["idle_source"], "xsync", "{status}");
    assert_eq!(status["away"], false, "input just now: {status}");

    let away = sandbox.wait_status(&mut app, "away", Duration::from_secs(5), |s| {
        s["away"] == true
    });
    assert_eq!(away["held_reason"], Value::Null, "nothing due yet: {away}");
    let held = sandbox.wait_status(&mut app, "state held", Duration::from_secs(8), |s| {
        s["state"] == "held"
    });
    assert_eq!(held["held_reason"], "away", "{held}");
    assert_eq!(held["away"], true, "{held}");
    let menu = TrayMenu::find(&mut app, Duration::from_secs(10));
    let line = menu.layout().children[0].label.clone();
    assert_eq!(line, "Waiting for you to come back");
    holds_for(Duration::from_secs(1), || {
        assert!(
            !monitor.notifications().iter().any(ours),
            "no reminder while away:\n{}",
            monitor.dump()
        );
    });

    user_input();
    let back = Instant::now();
    monitor.wait_notification(&mut app, "the held reminder", Duration::from_secs(3), ours);
    assert!(
        back.elapsed() <= Duration::from_secs(1),
        "shown {:?} after the return",
        back.elapsed()
    );
    let status = sandbox.status_ok();
    assert_eq!(status["state"], "reminding", "{status}");
    assert_eq!(status["away"], false, "{status}");
    assert_eq!(status["held_reason"], Value::Null, "{status}");
}

/// Away at least `natural_break` (counted from the last input): on return no reminder, a
/// `natural_break` history entry with its length, the interval restarted, "Welcome back".
#[test]
fn long_absence_counts_as_a_natural_break() {
    let Some(bin) = setup("presence_natural_break", Need::Desktop) else {
        return;
    };
    let _turn = one_at_a_time();
    let _quiet = notifications_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config(
        "[schedule]\ninterval = \"4s\"\n[stretch]\nduration = \"2s\"\n\
         [presence]\nidle_after = \"1s\"\nnatural_break = \"3s\"\n",
    );
    let monitor = Monitor::start(sandbox.root());
    user_input();
    let last_input = Instant::now();
    let mut app = sandbox.start_app();
    sandbox.wait_status(&mut app, "held", Duration::from_secs(8), |s| {
        s["state"] == "held"
    });
    thread::sleep(Duration::from_secs(5).saturating_sub(last_input.elapsed()));
    user_input();
    let returned = now_secs();
    let status = sandbox.wait_status(&mut app, "back", Duration::from_secs(3), |s| {
        s["away"] == false
    });
    assert_eq!(status["state"], "active", "dropped, not shown: {status}");
    let next = rfc3339_secs(status["next_reminder"].as_str().unwrap_or_default())
        .expect("a next reminder");
    assert!(
        (next - (returned + 4)).abs() <= 1,
        "the interval restarts at the return ({}), next {}: {status}",
        local_time(returned),
        local_time(next)
    );
    sandbox.wait_history(&mut app, "a natural_break entry of about 5 s", |e| {
        e["event"] == "natural_break" && e["secs"].as_u64().is_some_and(|s| (4..=7).contains(&s))
    });
    let menu = TrayMenu::find(&mut app, Duration::from_secs(10));
    let line = menu.layout().children[0].label.clone();
    assert!(
        line.starts_with("Welcome back: that counted as a break; next stretch at "),
        "{line:?}"
    );
    holds_for(Duration::from_millis(500), || {
        assert!(
            !monitor.notifications().iter().any(ours),
            "no reminder greets a return from a break:\n{}",
            monitor.dump()
        );
    });
    let stats = sandbox.cli_ok(&["stats", "--json"]);
    let stats: Value = serde_json::from_str(&stats.stdout).expect("stats json");
    assert_eq!(stats["today"]["natural_breaks"], 1, "{stats}");
}

/// A lock inside idle time: unlocking alone does not end the absence while there is no input;
/// input does, and the break is measured from the last input before the lock.
#[test]
fn screen_lock_inside_idle_time() {
    let Some(bin) = setup("presence_lock_inside_idle", Need::Desktop) else {
        return;
    };
    let _turn = one_at_a_time();
    let mut sandbox = Sandbox::new(&bin);
    let bus = sandbox.use_private_bus();
    sandbox.write_config(
        "[schedule]\ninterval = \"1h\"\n[presence]\nidle_after = \"1s\"\nnatural_break = \"4s\"\n",
    );
    user_input();
    let last_input = Instant::now();
    let mut app = sandbox.start_app();
    sandbox.wait_status(&mut app, "away (idle)", Duration::from_secs(5), |s| {
        s["away"] == true
    });
    // The app's signal subscription is up once it answers; give the match rule a moment.
    thread::sleep(Duration::from_millis(300));
    bus.emit_screensaver(true);
    thread::sleep(Duration::from_secs(1));
    bus.emit_screensaver(false);
    holds_for(Duration::from_millis(500), || {
        assert_eq!(
            sandbox.status_ok()["away"],
            true,
            "still no input after the unlock: still away"
        );
    });
    thread::sleep(Duration::from_secs(5).saturating_sub(last_input.elapsed()));
    user_input();
    sandbox.wait_status(&mut app, "back", Duration::from_secs(3), |s| {
        s["away"] == false
    });
    sandbox.wait_history(&mut app, "a natural_break of at least 4 s", |e| {
        e["event"] == "natural_break" && e["secs"].as_u64().is_some_and(|s| s >= 4)
    });
}

/// A screen lock at least `natural_break` long counts as a break: the interval restarts when
/// the user is back (unlocked, and input again).
#[test]
fn screen_lock_counts_as_a_break() {
    let Some(bin) = setup("screen_lock", Need::Desktop) else {
        return;
    };
    let _turn = one_at_a_time();
    let mut sandbox = Sandbox::new(&bin);
    let bus = sandbox.use_private_bus();
    sandbox.write_config(
        "[schedule]\ninterval = \"1m\"\n[stretch]\nduration = \"2s\"\n\
         [presence]\nidle_after = \"2s\"\nnatural_break = \"2s\"\n",
    );
    let mut app = sandbox.start_app();
    let first = rfc3339_secs(
        sandbox.status_ok()["next_reminder"]
            .as_str()
            .unwrap_or_default(),
    )
    .expect("active app has a next_reminder");
    thread::sleep(Duration::from_millis(300));
    bus.emit_screensaver(true);
    thread::sleep(Duration::from_secs(3));
    bus.emit_screensaver(false);
    user_input();
    let returned = now_secs();
    let status = sandbox.wait_status(
        &mut app,
        "interval restarted",
        Duration::from_secs(5),
        |s| rfc3339_secs(s["next_reminder"].as_str().unwrap_or_default()) != Some(first),
    );
    let next = rfc3339_secs(status["next_reminder"].as_str().unwrap_or_default())
        .expect("still active with a next reminder");
    assert!(
        (next - (returned + 60)).abs() <= 1,
        "after 3 s locked (natural_break 2 s) the next reminder should be one interval after \
         the return ({}), not {}: {status}",
        local_time(returned + 60),
        local_time(next)
    );
    sandbox.wait_history(&mut app, "a natural_break entry", |e| {
        e["event"] == "natural_break"
    });
}
