//! Posture nudges and sit/stand turns end to end, with dunst on the headless desktop: nudges
//! arrive quiet (low urgency, no sound, no actions) and expire by themselves, `position stand`
//! switches the phase, a nudge due under a real fullscreen window (openbox) is dropped, and
//! `status --json` shows `next_nudge` and `position`.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::thread;
use std::time::{Duration, Instant};

use chrono::DateTime;
use serde_json::Value;
use support::*;

/// Reminders far away (the 5 minutes around them stay clear), the user present all along.
const QUIET_DAY: &str =
    "[schedule]\ninterval = \"30m\"\n[presence]\nidle_after = \"20m\"\nnatural_break = \"20m\"\n";

fn is_nudge(n: &Notification, text: &str) -> bool {
    n.app_name == "posture-break" && n.summary == text
}

fn nudges(monitor: &Monitor) -> Vec<Notification> {
    monitor
        .notifications()
        .into_iter()
        .filter(|n| {
            n.app_name == "posture-break"
                && !n.summary.starts_with("Time for a")
                && n.summary != "posture-break is running"
        })
        .collect()
}

/// Seconds from `from` to the status time `time`. Status times are whole seconds (truncated), so
/// a deadline 2 s after `from` reads as more than 1 s and at most 2 s after it.
fn seconds_after(time: &Value, from: DateTime<chrono::Utc>) -> f64 {
    let at = DateTime::parse_from_rfc3339(time.as_str().unwrap_or_default())
        .unwrap_or_else(|e| panic!("next_nudge {time} is not RFC 3339: {e}"));
    (at.to_utc() - from).num_milliseconds() as f64 / 1000.0
}

#[test]
fn nudges_arrive_quietly_and_expire_by_themselves() {
    let Some(bin) = setup("nudges_quiet", Need::Desktop) else {
        return;
    };
    let _quiet = notifications_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config(&format!("{QUIET_DAY}[posture]\nnudge_every = \"3s\"\n"));
    let monitor = Monitor::start(sandbox.root());
    let mut app = sandbox.start_app();
    let status = sandbox.status_ok();
    assert_eq!(status["position"], Value::Null, "{status}");
    let wait = seconds_after(&status["next_nudge"], chrono::Utc::now());
    assert!(
        (0.0..=3.5).contains(&wait),
        "next nudge in {wait} s: {status}"
    );

    let first = monitor.wait_notification(&mut app, "a nudge", Duration::from_secs(6), |n| {
        is_nudge(n, "Change position")
    });
    assert_eq!(first.urgency(), Some(0), "low urgency: {}", first.hints);
    assert!(
        first.hint_true("suppress-sound"),
        "no sound: {}",
        first.hints
    );
    assert!(first.hint_true("transient"), "{}", first.hints);
    assert!(
        first.actions.is_empty(),
        "nothing to answer: {:?}",
        first.actions
    );
    assert_eq!(first.expire_timeout, Some(8000));
    // The cues rotate, at least nudge_every apart.
    let shown_at = Instant::now();
    monitor.wait_notification(&mut app, "the second cue", Duration::from_secs(6), |n| {
        is_nudge(
            n,
            "Sit back against the chair; a rolled towel behind your low back helps",
        )
    });
    assert!(
        shown_at.elapsed() >= Duration::from_millis(2500),
        "the second nudge came {:?} after the first",
        shown_at.elapsed()
    );
    // dunst takes the first away by itself (reason 1: expired), with nobody touching it.
    let id = first.id.expect("dunst answered with an id");
    let expired = poll(Duration::from_secs(12), || {
        monitor.closed().contains(&(id, 1)).then_some(())
    });
    assert!(
        expired.is_some(),
        "nudge {id} did not expire: {:?}\n{}",
        monitor.closed(),
        app.context()
    );
    assert!(
        !monitor.closes_requested().contains(&id),
        "the app closed it; it should expire by itself"
    );
    assert!(app.log_text().contains("posture nudge: Change position"));
    // A screenshot for the README while one is on screen.
    screenshot("posture-nudge");
}

#[test]
fn position_stand_switches_the_phase() {
    let Some(bin) = setup("nudges_sit_stand", Need::Desktop) else {
        return;
    };
    let _quiet = notifications_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config(&format!(
        "{QUIET_DAY}[posture]\nsit_stand = {{ sit = \"3s\", stand = \"2s\" }}\n"
    ));
    let monitor = Monitor::start(sandbox.root());
    let mut app = sandbox.start_app();
    let status = sandbox.status_ok();
    assert_eq!(
        status["position"], "sitting",
        "the first start counts as sitting"
    );
    monitor.wait_notification(&mut app, "stand up", Duration::from_secs(6), |n| {
        is_nudge(n, "Time to stand up")
    });
    assert!(
        !nudges(&monitor)
            .iter()
            .any(|n| n.summary == "Time to sit down"),
        "sit down while sitting"
    );
    let out = sandbox.cli_ok(&["position", "stand"]);
    assert!(out.stdout.contains("active"), "position prints the status");
    let status = sandbox.status_ok();
    assert_eq!(status["position"], "standing", "{status}");
    let stood = Instant::now();
    monitor.wait_notification(&mut app, "sit down", Duration::from_secs(5), |n| {
        is_nudge(n, "Time to sit down")
    });
    assert!(
        stood.elapsed() >= Duration::from_millis(1500),
        "sit down came {:?} after standing up; the standing phase is 2 s",
        stood.elapsed()
    );
    sandbox.wait_history(&mut app, "the position change", |e| {
        e["event"] == "standing"
    });
    let stats = sandbox.cli_ok(&["stats", "--json"]);
    let stats: Value = serde_json::from_str(&stats.stdout).expect("stats --json");
    assert!(
        stats["today"]["sitting_secs"]
            .as_u64()
            .is_some_and(|s| s >= 2),
        "{stats}"
    );
    // Refused with a reason when the turns are off.
    sandbox.write_config(QUIET_DAY);
    sandbox.wait_status(&mut app, "sit/stand off", Duration::from_secs(5), |s| {
        s["position"].is_null()
    });
    let refused = sandbox.cli(&["position", "sit"]);
    assert_eq!(refused.code(), Some(1), "{refused}");
    assert!(refused.stderr.contains("sit_stand"), "{refused}");
}

#[test]
fn a_nudge_due_under_a_fullscreen_window_is_dropped() {
    let Some(bin) = setup("nudges_fullscreen", Need::Desktop) else {
        return;
    };
    let _quiet = notifications_lock();
    let _wm = WindowManager::start();
    let film = XMessage::open("pb-nudge-film");
    film.set_fullscreen(true);
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config(&format!("{QUIET_DAY}[posture]\nnudge_every = \"2s\"\n"));
    let monitor = Monitor::start(sandbox.root());
    let mut app = sandbox.start_app();
    // Due at 2 s: the fullscreen window is asked about and the nudge dropped; none is queued.
    sandbox.wait_status(
        &mut app,
        "no nudge scheduled",
        Duration::from_secs(6),
        |s| s["next_nudge"].is_null(),
    );
    thread::sleep(Duration::from_secs(3));
    assert!(
        nudges(&monitor).is_empty(),
        "a nudge under the film:\n{}",
        monitor.dump()
    );
    assert!(
        app.log_text().contains("fullscreen: busy"),
        "{}",
        app.context()
    );
    // Taken before the film leaves: the app can only restart the nudges after this instant.
    let left_at = chrono::Utc::now();
    film.set_fullscreen(false);
    let left = Instant::now();
    let status = sandbox.wait_status(&mut app, "nudges again", Duration::from_secs(5), |s| {
        !s["next_nudge"].is_null()
    });
    // Not `until now`: polling the status may take most of the 2 s by itself.
    let wait = seconds_after(&status["next_nudge"], left_at);
    assert!(wait >= 1.0, "the dropped nudge came back at once: {status}");
    monitor.wait_notification(&mut app, "the next nudge", Duration::from_secs(5), |n| {
        is_nudge(n, "Change position")
    });
    assert!(left.elapsed() >= Duration::from_millis(1500));
}
