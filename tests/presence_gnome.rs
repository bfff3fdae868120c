//! Presence on GNOME end to end: the app against a real `mutter --headless` (Debian's mutter 43)
//! on a private session bus, so its `org.gnome.Mutter.IdleMonitor` is the one the app finds.
//! Input is a pointer motion through mutter's own RemoteDesktop API; notifications go to a
//! stand-in daemon on the same bus that records every Notify. The app keeps the session's
//! DISPLAY (Xvfb, with XSync): with the IdleMonitor present it must still choose mutter. One
//! test runs it as in a Wayland session without Xwayland instead (WAYLAND_DISPLAY = mutter's
//! socket, no DISPLAY), where mutter is the only idle source there is.
//!
//! Each test has its own mutter, so its idle time is its own; they take turns only so that
//! the timing checks (shown within 1 s of input) do not compete for the CPU.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;
use support::*;

static GNOME: Mutex<()> = Mutex::new(());

fn one_at_a_time() -> MutexGuard<'static, ()> {
    GNOME.lock().unwrap_or_else(PoisonError::into_inner)
}

fn reminders(notes: &FakeNotifications) -> Vec<SeenNotify> {
    notes
        .seen()
        .into_iter()
        .filter(|n| n.app_name == "posture-break" && n.summary.starts_with("Time for a"))
        .collect()
}

/// A GNOME session of one test: private bus, mutter, notification stand-in, the app's config.
struct Gnome {
    sandbox: Sandbox,
    mutter: Mutter,
    notes: FakeNotifications,
    bus: PrivateBus,
}

fn gnome(test: &str, config: &str) -> Option<Gnome> {
    let bin = setup(test, Need::Desktop)?;
    let mut sandbox = Sandbox::new(&bin);
    let bus = sandbox.use_private_bus();
    let mutter = Mutter::start(sandbox.root(), &bus);
    let notes = FakeNotifications::start(&bus);
    sandbox.write_config(config);
    Some(Gnome {
        sandbox,
        mutter,
        notes,
        bus,
    })
}

impl Gnome {
    /// The app, started right after input; it must have picked mutter as its idle source.
    fn start_app(&self) -> App {
        self.mutter.input();
        let app = self.sandbox.start_app();
        let status = self.sandbox.status_ok();
        assert_eq!(status["idle_source"], "mutter", "{status}");
        app
    }

    fn history_has(&self, event: &str) -> bool {
        self.sandbox.history().iter().any(|e| e["event"] == event)
    }
}

/// Idle past `idle_after`: away. A reminder due while away is held (no Notify, no `reminded`
/// entry); the next input brings the user back and shows it within a second.
#[test]
fn reminder_due_while_away_waits_and_shows_on_input() {
    let _turn = one_at_a_time();
    let Some(g) = gnome(
        "gnome_presence_hold",
        "[schedule]\ninterval = \"4s\"\n[stretch]\nduration = \"2s\"\n\
         [presence]\nidle_after = \"2s\"\nnatural_break = \"1h\"\n",
    ) else {
        return;
    };
    let mut app = g.start_app();
    let status = g.sandbox.status_ok();
    assert_eq!(status["away"], false, "input just now: {status}");

    let away = g
        .sandbox
        .wait_status(&mut app, "away", Duration::from_secs(5), |s| {
            s["away"] == true
        });
    assert!(
        g.mutter.idle_ms() >= 2000,
        "away only after idle_after: {away}"
    );
    let held = g
        .sandbox
        .wait_status(&mut app, "state held", Duration::from_secs(6), |s| {
            s["state"] == "held"
        });
    assert_eq!(held["held_reason"], "away", "{held}");
    assert_eq!(held["away"], true, "{held}");
    holds_for(Duration::from_secs(1), || {
        assert!(
            reminders(&g.notes).is_empty(),
            "no reminder while away: {:?}",
            g.notes.seen()
        );
        assert!(
            !g.history_has("reminded"),
            "nothing reminded while away: {:?}",
            g.sandbox.history()
        );
    });

    let back = Instant::now();
    g.mutter.input();
    let shown = wait_until("the held reminder's Notify", Duration::from_secs(3), || {
        reminders(&g.notes).first().cloned()
    });
    let after = shown.at.saturating_duration_since(back);
    assert!(
        after <= Duration::from_secs(1),
        "shown {after:?} after the input\n{}",
        app.context()
    );
    let status = g.sandbox.status_ok();
    assert_eq!(status["state"], "reminding", "{status}");
    assert_eq!(status["away"], false, "{status}");
    assert_eq!(status["held_reason"], Value::Null, "{status}");
    assert!(g.history_has("reminded"), "{:?}", g.sandbox.history());
    assert_eq!(reminders(&g.notes).len(), 1, "{:?}", g.notes.seen());
}

/// Away at least `natural_break`: on return no reminder, a `natural_break` entry with about
/// the time since the last input, state `active`. A Wayland session: no DISPLAY at all.
#[test]
fn long_absence_counts_as_a_natural_break() {
    let _turn = one_at_a_time();
    let Some(mut g) = gnome(
        "gnome_presence_natural_break",
        "[schedule]\ninterval = \"4s\"\n[stretch]\nduration = \"2s\"\n\
         [presence]\nidle_after = \"1s\"\nnatural_break = \"3s\"\n",
    ) else {
        return;
    };
    let socket = g.mutter.wayland_socket.display().to_string();
    g.sandbox.set_env("WAYLAND_DISPLAY", Some(&socket));
    g.sandbox.set_env("DISPLAY", None);
    g.sandbox.set_env("XDG_SESSION_TYPE", Some("wayland"));
    g.sandbox.set_env("GDK_BACKEND", None);
    let mut app = g.start_app();
    let last_input = Instant::now();
    // The premise: a Wayland session with no X display; the app is a Wayland client of mutter.
    assert!(
        g.mutter.wayland_socket.exists()
            && !std::fs::read_to_string(&app.log)
                .unwrap_or_default()
                .contains("no display ("),
        "the premise: a Wayland session with no X display, the app on mutter's Wayland\n{}",
        app.context()
    );
    g.sandbox
        .wait_status(&mut app, "held", Duration::from_secs(8), |s| {
            s["state"] == "held"
        });
    thread::sleep(Duration::from_secs(5).saturating_sub(last_input.elapsed()));
    g.mutter.input();
    let status = g
        .sandbox
        .wait_status(&mut app, "back", Duration::from_secs(2), |s| {
            s["away"] == false
        });
    assert_eq!(status["state"], "active", "dropped, not shown: {status}");
    g.sandbox
        .wait_history(&mut app, "a natural_break entry of about 5 s", |e| {
            e["event"] == "natural_break"
                && e["secs"].as_u64().is_some_and(|s| (4..=7).contains(&s))
        });
    holds_for(Duration::from_millis(500), || {
        assert!(
            reminders(&g.notes).is_empty() && !g.history_has("reminded"),
            "no reminder greets a return from a break: {:?} {:?}",
            g.notes.seen(),
            g.sandbox.history()
        );
    });
}

/// The user was already idle when the app started (mutter counts from the last input, here
/// 3 s before): the absence counts from that input, not from when the app's watch fired.
#[test]
fn idle_before_the_app_started_counts_from_the_last_input() {
    let _turn = one_at_a_time();
    let Some(g) = gnome(
        "gnome_presence_idle_at_start",
        "[schedule]\ninterval = \"1h\"\n[presence]\nidle_after = \"1s\"\nnatural_break = \"4s\"\n",
    ) else {
        return;
    };
    g.mutter.input();
    let last_input = Instant::now();
    thread::sleep(Duration::from_secs(3));
    let mut app = g.sandbox.start_app();
    let status = g
        .sandbox
        .wait_status(&mut app, "away", Duration::from_secs(3), |s| {
            s["away"] == true
        });
    assert_eq!(status["idle_source"], "mutter", "{status}");
    thread::sleep(Duration::from_secs(5).saturating_sub(last_input.elapsed()));
    g.mutter.input();
    g.sandbox
        .wait_status(&mut app, "back", Duration::from_secs(2), |s| {
            s["away"] == false
        });
    g.sandbox.wait_history(
        &mut app,
        "a natural_break of the 5 s since the last input",
        |e| {
            e["event"] == "natural_break"
                && e["secs"].as_u64().is_some_and(|s| (4..=7).contains(&s))
        },
    );
}

/// A config reload changing `idle_after` replaces the watch: shorter than the time already
/// idle → away at once; the new value holds for the next absence too; back to a long value →
/// the short watch is gone.
#[test]
fn reload_of_idle_after_replaces_the_watch() {
    let _turn = one_at_a_time();
    let config = |idle_after: &str| {
        format!("[schedule]\ninterval = \"1h\"\n[presence]\nidle_after = \"{idle_after}\"\nnatural_break = \"1h\"\n")
    };
    let Some(g) = gnome("gnome_presence_reload", &config("1h")) else {
        return;
    };
    let mut app = g.start_app();
    holds_for(Duration::from_secs(3), || {
        assert_eq!(g.sandbox.status_ok()["away"], false, "idle_after is 1h");
    });

    g.sandbox.write_config(&config("2s"));
    let reloaded = Instant::now();
    g.sandbox.wait_status(
        &mut app,
        "away after idle_after became 2 s",
        Duration::from_secs(3),
        |s| s["away"] == true,
    );
    eprintln!("away {:?} after the reload", reloaded.elapsed());

    let input = Instant::now();
    g.mutter.input();
    g.sandbox
        .wait_status(&mut app, "back", Duration::from_secs(2), |s| {
            s["away"] == false
        });
    g.sandbox.wait_status(
        &mut app,
        "away again after 2 s",
        Duration::from_secs(4),
        |s| s["away"] == true,
    );
    assert!(
        input.elapsed() >= Duration::from_millis(1900),
        "away {:?} after the input; idle_after is 2 s",
        input.elapsed()
    );

    g.sandbox.write_config(&config("1h"));
    // The reload is debounced; then the rewatch runs off the main thread.
    wait_until("the second reload", Duration::from_secs(5), || {
        let log = std::fs::read_to_string(&app.log).unwrap_or_default();
        (log.matches("config reloaded").count() >= 2).then_some(())
    });
    thread::sleep(Duration::from_millis(300));
    g.mutter.input();
    g.sandbox
        .wait_status(&mut app, "back", Duration::from_secs(2), |s| {
            s["away"] == false
        });
    holds_for(Duration::from_secs(3), || {
        let status = g.sandbox.status_ok();
        assert_eq!(
            status["away"],
            false,
            "3 s idle with idle_after 1h: the 2 s watch must be gone: {status}\n{}",
            app.context()
        );
    });
}

/// Mutter restarting (gnome-shell's restart on X11, a crash the session survives) takes the
/// app's watches with it: the app must add them to the new instance. Restarted while the user
/// is away: input on the new one brings them back, and the next absence is seen.
#[test]
fn watches_come_back_when_mutter_restarts() {
    let _turn = one_at_a_time();
    let Some(mut g) = gnome(
        "gnome_presence_mutter_restart",
        "[schedule]\ninterval = \"1h\"\n[presence]\nidle_after = \"2s\"\nnatural_break = \"1h\"\n",
    ) else {
        return;
    };
    let mut app = g.start_app();
    g.sandbox
        .wait_status(&mut app, "away", Duration::from_secs(5), |s| {
            s["away"] == true
        });
    g.mutter.stop();
    g.mutter = Mutter::start(g.sandbox.root(), &g.bus);
    // The app adds its watches when it sees the new owner, a moment from now: move the mouse
    // until it is back (an app that never re-adds them stays away).
    let mut last = Value::Null;
    let mut last_input = Instant::now();
    // A loaded machine may take seconds to bring the new mutter up.
    let returned = poll(Duration::from_secs(10), || {
        g.mutter.input();
        last_input = Instant::now();
        thread::sleep(Duration::from_millis(200));
        last = g.sandbox.status_ok();
        (last["away"] == false).then_some(())
    });
    assert!(
        returned.is_some(),
        "input to the new mutter, still away: {last}\n{}",
        app.context()
    );
    g.sandbox.wait_status(
        &mut app,
        "away again, seen by the new mutter",
        Duration::from_secs(5),
        |s| s["away"] == true,
    );
    assert!(
        last_input.elapsed() >= Duration::from_millis(1900),
        "away {:?} after the input; idle_after is 2 s",
        last_input.elapsed()
    );
}
