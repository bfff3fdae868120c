//! End-to-end tests: the release binary in a real, headless desktop session (Xvfb, a private
//! session bus, dunst as notification daemon, xfce4-panel as StatusNotifierItem host).
//!
//! Run them with `bash tests/run-all.sh`, or by hand:
//!
//! ```text
//! cargo build --release
//! PB_BIN=$PWD/target/release/posture-break tests/desktop/session.sh cargo test --test desktop
//! ```
//!
//! Outside such a session (PB_BIN, DISPLAY or DBUS_SESSION_BUS_ADDRESS unset) each test prints why
//! and passes without doing anything, unless CI or PB_REQUIRE_DESKTOP is set: then it fails.
//!
//! Every test gets its own XDG_* directories, so app instances of parallel tests don't meet; they
//! share the bus, dunst and the tray host. Tests that look at the shared dunst hold
//! `notifications_lock` for their whole run; tests that open stretch windows hold `windows_lock`
//! (they all open at the same place, and keys go to the focused one). Tests that need a dunst
//! set up their own way (no expiry, a late start) run one on a private bus and share nothing.
//! The clock tests need libfaketime (Debian package faketime). Screenshots go to
//! `target/screenshots/`.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

use support::*;

// =============================================================================================
// The scenarios
// =============================================================================================

/// a. A short interval brings a reminder: from `posture-break`, about a stretch, naming one of
/// the exercises, with Start / Snooze / Skip actions; the app is then in state `reminding`.
#[test]
fn reminder_notification_names_an_exercise_and_offers_actions() {
    let Some(bin) = setup("reminder_notification", Need::Desktop) else {
        return;
    };
    let _quiet = notifications_lock();
    let sandbox = Sandbox::new(&bin);
    // A stretch must fit between reminders, so it is shortened with the interval.
    sandbox.write_config("[schedule]\ninterval = \"3s\"\n[stretch]\nduration = \"3s\"\n");
    let exercises = sandbox.exercises();
    let monitor = Monitor::start(sandbox.root());
    let started = Instant::now();
    let mut app = sandbox.start_app();

    let note = monitor.wait_notification(&mut app, "a reminder", Duration::from_secs(10), |n| {
        n.app_name == "posture-break"
    });
    assert!(
        started.elapsed() < Duration::from_secs(9),
        "the 3 s reminder took {:?}",
        started.elapsed()
    );
    assert!(
        note.summary.to_lowercase().contains("stretch"),
        "summary should be about a stretch: {:?} (body {:?})",
        note.summary,
        note.body
    );
    assert_eq!(note.summary, "Time for a 3-second stretch");
    let exercise = exercises
        .iter()
        .find(|e| note.body.starts_with(&format!("{}: ", e.name)))
        .unwrap_or_else(|| {
            panic!(
                "body {:?} names none of the exercises {:?}",
                note.body,
                names(&exercises)
            )
        });
    assert!(
        note.body.len() > exercise.name.len() + 2,
        "body should go on with the first step: {:?}",
        note.body
    );
    let keys: Vec<&str> = note.actions.iter().map(|(k, _)| k.as_str()).collect();
    for key in ["default", "snooze", "skip"] {
        assert!(
            keys.contains(&key),
            "action {key:?} missing from {:?}",
            note.actions
        );
    }
    assert_eq!(
        note.action_label("default"),
        Some("Start stretch"),
        "{:?}",
        note.actions
    );

    let status = sandbox.wait_status(&mut app, "state reminding", Duration::from_secs(5), |s| {
        s["state"] == "reminding"
    });
    assert_eq!(
        status["exercise"],
        exercise.id.as_str(),
        "status names the offered exercise"
    );
    sandbox.wait_history(&mut app, "a `reminded` entry", |e| {
        e["event"] == "reminded" && e["exercise"] == exercise.id.as_str()
    });
}

/// b. The notification's default action opens the stretch window; a 5 s stretch finishes by
/// itself, the window goes away and history gains `completed`.
#[test]
fn notification_default_action_opens_stretch_window_until_completed() {
    let Some(bin) = setup("notification_default_action", Need::Desktop) else {
        return;
    };
    let _quiet = notifications_lock();
    let _windows = windows_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config("[schedule]\ninterval = \"5s\"\n[stretch]\nduration = \"5s\"\n");
    let exercises = sandbox.exercises();
    let monitor = Monitor::start(sandbox.root());
    let mut app = sandbox.start_app();

    let note = monitor.wait_notification(&mut app, "a reminder", Duration::from_secs(10), |n| {
        n.app_name == "posture-break" && n.id.is_some()
    });
    assert_eq!(
        note.summary, "Time for a 5-second stretch",
        "body {:?}",
        note.body
    );
    let id = note.id.unwrap_or_default();
    // Ours is the only notification on screen (the lock, and close-all when taking it), so it
    // is position 0 for dunst.
    wait_until(
        "dunst to display the reminder",
        Duration::from_secs(5),
        || (dunst_displayed() == Some(1)).then_some(()),
    );
    let invoked_at = Instant::now();
    tool("dunstctl", &["action", "0"]).unwrap_or_else(|e| panic!("dunstctl action 0: {e}"));
    poll(Duration::from_secs(5), || {
        monitor
            .actions_invoked(id)
            .iter()
            .any(|k| k == "default")
            .then_some(())
    })
    .unwrap_or_else(|| {
        panic!(
            "dunst emitted no ActionInvoked({id}, \"default\"):\n{}",
            monitor.dump()
        )
    });

    let window = wait_window(&mut app, Duration::from_secs(10));
    let status = sandbox.status_ok();
    assert_eq!(status["state"], "stretching", "{status}");
    let exercise_id = status["exercise"].as_str().unwrap_or_default().to_string();
    let exercise = exercises
        .iter()
        .find(|e| e.id == exercise_id)
        .unwrap_or_else(|| panic!("status exercise {exercise_id:?} is not in the list"));
    assert_eq!(
        window.title,
        format!("{WINDOW_TITLE_PREFIX}{}", exercise.name)
    );
    assert!(
        body_names(&note.body, &exercise.name),
        "the window shows the exercise the reminder offered: {:?} vs {:?}",
        note.body,
        exercise.name
    );
    let shot = screenshot("stretch-window");
    // The app's icon on the window, for panels and Alt+Tab.
    assert_eq!(window.icon(), Some((48, 48, 48 * 48)), "_NET_WM_ICON");
    let own = window.capture("stretch-window-only");
    let spread = image_spread(&own);
    assert!(
        spread > 0.02,
        "the stretch window looks blank (std dev {spread}); see {}",
        own.display()
    );
    eprintln!("screenshots: {} and {}", shot.display(), own.display());

    let completed = poll(Duration::from_secs(12), || {
        let history = sandbox.history();
        history
            .iter()
            .any(|e| e["event"] == "completed" && e["exercise"] == exercise.id.as_str())
            .then(|| invoked_at.elapsed())
    })
    .unwrap_or_else(|| {
        panic!(
            "the 5 s stretch did not complete within 12 s\n{}",
            app.context()
        )
    });
    assert!(
        completed >= Duration::from_secs(4),
        "the stretch completed after {completed:?}, before its 5 s could pass"
    );
    // The window then asks how it felt; Esc closes it unanswered.
    assert!(
        window.visible(),
        "the window closed without asking\n{}",
        app.context()
    );
    window.press("Escape");
    poll(Duration::from_secs(5), || (!window.visible()).then_some(()))
        .unwrap_or_else(|| panic!("Esc did not close the question\n{}", app.context()));
    assert!(
        !sandbox.history().iter().any(|e| e["event"] == "rated"),
        "an unanswered question rates nothing"
    );
    let status = sandbox.wait_status(&mut app, "state active", Duration::from_secs(5), |s| {
        s["state"] == "active"
    });
    assert!(
        status["next_reminder"].is_string(),
        "a next reminder is scheduled: {status}"
    );
}

/// c. The tray menu over dbusmenu: layout as specified; Snooze → 10 minutes; Pause → Until I
/// resume; Resume; Quit (exit 0, socket removed).
#[test]
fn tray_menu_snooze_pause_resume_quit() {
    let Some(bin) = setup("tray_menu", Need::Desktop) else {
        return;
    };
    let sandbox = Sandbox::new(&bin);
    let mut app = sandbox.start_app();
    let menu = TrayMenu::find(&mut app, Duration::from_secs(10));

    let root = menu.layout();
    let top: Vec<&MenuNode> = root
        .children
        .iter()
        .filter(|n| n.visible && n.kind != "separator")
        .collect();
    let labels: Vec<&str> = top.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels.len(), 10, "top-level items: {labels:?}");
    assert!(
        labels[0].starts_with("Next stretch at "),
        "status line: {labels:?}"
    );
    assert!(!top[0].enabled, "the status line is not clickable");
    assert_eq!(
        labels[1..],
        [
            "Start stretch now",
            "Snooze",
            "Pause",
            "Resume",
            "Posture nudges",
            "Your week",
            "Open config file",
            "Start at login",
            "Quit"
        ],
    );
    assert_eq!(
        child_labels(top[2]),
        ["5 minutes", "10 minutes", "20 minutes"]
    );
    assert_eq!(
        child_labels(top[3]),
        [
            "30 minutes",
            "1 hour",
            "2 hours",
            "Until tomorrow",
            "Until I resume"
        ]
    );
    assert_eq!(
        top[8].toggle_type, "checkmark",
        "Start at login is a check item"
    );
    // Posture nudges: a check item, off by default; switched on over dbusmenu it schedules a
    // nudge and is kept in the state file.
    assert_eq!(top[5].toggle_type, "checkmark");
    assert_eq!(top[5].toggle_state, 0, "nudges are off by default");
    assert!(sandbox.status_ok()["next_nudge"].is_null());
    menu.click(&["Posture nudges"]);
    sandbox.wait_status(&mut app, "a nudge scheduled", Duration::from_secs(5), |s| {
        !s["next_nudge"].is_null()
    });
    let checked = |menu: &TrayMenu| {
        menu.layout()
            .children
            .iter()
            .find(|n| n.label == "Posture nudges")
            .map(|n| n.toggle_state)
    };
    poll(Duration::from_secs(5), || {
        (checked(&menu) == Some(1)).then_some(())
    })
    .unwrap_or_else(|| panic!("Posture nudges never checked: {:?}", checked(&menu)));
    assert!(
        std::fs::read_to_string(sandbox.state_file())
            .unwrap_or_default()
            .contains("\"nudges\": true"),
        "kept in the state file: {}",
        std::fs::read_to_string(sandbox.state_file()).unwrap_or_default()
    );
    menu.click(&["Posture nudges"]);
    sandbox.wait_status(&mut app, "nudges off again", Duration::from_secs(5), |s| {
        s["next_nudge"].is_null()
    });

    let before = now_secs();
    menu.click(&["Snooze", "10 minutes"]);
    let status = sandbox.wait_status(&mut app, "state snoozed", Duration::from_secs(5), |s| {
        s["state"] == "snoozed"
    });
    assert_until_near(&status, before, now_secs(), 600);
    let until = rfc3339_secs(status["until"].as_str().unwrap_or_default()).unwrap_or_default();
    let line = format!("Snoozed until {}", local_hhmm(until));
    poll(Duration::from_secs(5), || {
        (menu.layout().children.first().map(|n| n.label.clone()) == Some(line.clone()))
            .then_some(())
    })
    .unwrap_or_else(|| {
        panic!(
            "the tray status line never became {line:?}: {:?}",
            menu.layout().children.first()
        )
    });

    menu.click(&["Pause", "Until I resume"]);
    let status = sandbox.wait_status(&mut app, "state paused", Duration::from_secs(5), |s| {
        s["state"] == "paused"
    });
    assert!(
        status["until"].is_null(),
        "paused until resumed has no end: {status}"
    );

    menu.click(&["Resume"]);
    let status = sandbox.wait_status(&mut app, "state active", Duration::from_secs(5), |s| {
        s["state"] == "active"
    });
    assert!(status["until"].is_null(), "{status}");

    menu.click(&["Quit"]);
    let exit = app
        .wait_exit(Duration::from_secs(10))
        .unwrap_or_else(|| panic!("Quit did not end the app"));
    assert!(
        exit.success(),
        "Quit should exit 0, got {exit}\n{}",
        app.context()
    );
    assert!(
        !sandbox.socket().exists(),
        "control socket left behind: {}",
        sandbox.socket().display()
    );
}

/// d. The control commands change the running app's state.
#[test]
fn cli_snooze_pause_resume_stretch() {
    let Some(bin) = setup("cli_control", Need::Desktop) else {
        return;
    };
    let _windows = windows_lock();
    let sandbox = Sandbox::new(&bin);
    let mut app = sandbox.start_app();
    let status = sandbox.status_ok();
    assert_eq!(status["state"], "active", "{status}");
    assert_eq!(status["pid"], app.pid, "status reports the app's pid");
    assert_eq!(
        status["interval_secs"], 2700,
        "default interval is 45 min: {status}"
    );

    let before = now_secs();
    sandbox.cli_ok(&["snooze", "1m"]);
    let status = sandbox.status_ok();
    assert_eq!(status["state"], "snoozed", "{status}");
    assert_until_near(&status, before, now_secs(), 60);

    sandbox.cli_ok(&["pause", "--until-tomorrow"]);
    let status = sandbox.status_ok();
    assert_eq!(status["state"], "paused", "{status}");
    let until = rfc3339_secs(status["until"].as_str().unwrap_or_default())
        .unwrap_or_else(|| panic!("paused until tomorrow needs an `until`: {status}"));
    let tomorrow_8 = local_epoch("tomorrow 08:00");
    assert_eq!(
        until,
        tomorrow_8,
        "until {} should be tomorrow 08:00 local ({})",
        status["until"],
        local_time(tomorrow_8)
    );

    sandbox.cli_ok(&["resume"]);
    let status = sandbox.status_ok();
    assert_eq!(status["state"], "active", "{status}");
    assert!(status["until"].is_null(), "{status}");

    sandbox.cli_ok(&["stretch"]);
    let status = sandbox.wait_status(&mut app, "state stretching", Duration::from_secs(5), |s| {
        s["state"] == "stretching"
    });
    let window = wait_window(&mut app, Duration::from_secs(10));
    let exercise = status["exercise"].as_str().unwrap_or_default();
    let name = sandbox
        .exercises()
        .into_iter()
        .find(|e| e.id == exercise)
        .map(|e| e.name)
        .unwrap_or_else(|| panic!("status exercise {exercise:?} is not in the list"));
    assert_eq!(window.title, format!("{WINDOW_TITLE_PREFIX}{name}"));
    screenshot("cli-stretch");
    assert!(app.alive(), "{}", app.context());
}

/// d. One instance per user: a second start says so and exits 0; without an instance the
/// control commands exit 3.
#[test]
fn single_instance_and_not_running_exit_code() {
    let Some(bin) = setup("single_instance", Need::Desktop) else {
        return;
    };
    let nobody = Sandbox::new(&bin);
    let out = nobody.cli(&["status"]);
    assert_eq!(out.code(), Some(3), "status with no instance: {out}");
    let out = nobody.cli(&["status", "--json"]);
    assert_eq!(out.code(), Some(3), "status --json with no instance: {out}");

    let sandbox = Sandbox::new(&bin);
    let mut app = sandbox.start_app();
    let started = Instant::now();
    let second = sandbox.run_timeout(&[], Duration::from_secs(5));
    assert_eq!(second.code(), Some(0), "second instance: {second}");
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "second instance took {:?}",
        started.elapsed()
    );
    assert!(
        second.stderr.contains("already running"),
        "second instance should say so: {second}"
    );
    assert!(
        app.alive(),
        "the first instance must survive the second start\n{}",
        app.context()
    );
    assert_eq!(sandbox.status_ok()["pid"], app.pid);
}

/// e. config.toml is watched: a valid edit applies within 2 s, a broken one is reported in a
/// notification with file:line:col and the last good config stays in force.
#[test]
fn live_config_reload_and_error_notification() {
    let Some(bin) = setup("live_config", Need::Desktop) else {
        return;
    };
    let _quiet = notifications_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config("[schedule]\ninterval = \"45m\"\n");
    let monitor = Monitor::start(sandbox.root());
    let mut app = sandbox.start_app();
    assert_eq!(sandbox.status_ok()["interval_secs"], 2700);

    sandbox.write_config("[schedule]\ninterval = \"7m\"\n");
    let edited = Instant::now();
    sandbox.wait_status(&mut app, "interval_secs 420", Duration::from_secs(5), |s| {
        s["interval_secs"] == 420
    });
    assert!(
        edited.elapsed() <= Duration::from_millis(2500),
        "reload took {:?}",
        edited.elapsed()
    );

    sandbox.write_config("[schedule]\ninterval = \"abc\"\n");
    let note =
        monitor.wait_notification(&mut app, "the config error", Duration::from_secs(5), |n| {
            n.summary == "posture-break: config not applied"
        });
    assert_eq!(note.app_name, "posture-break");
    let at = note
        .body
        .find("config.toml:")
        .unwrap_or_else(|| panic!("no config.toml: in {:?}", note.body));
    let mut place = note.body[at + "config.toml:".len()..].splitn(3, ':');
    let line: u32 = place
        .next()
        .and_then(|l| l.parse().ok())
        .unwrap_or_default();
    let col: u32 = place
        .next()
        .and_then(|c| c.parse().ok())
        .unwrap_or_default();
    assert_eq!(line, 2, "the error is on line 2: {:?}", note.body);
    assert!(col >= 1, "a column follows the line: {:?}", note.body);
    assert!(
        note.body
            .starts_with(&sandbox.config_file().display().to_string()),
        "{:?}",
        note.body
    );

    let status = sandbox.status_ok();
    assert_eq!(
        status["interval_secs"], 420,
        "the broken file must not replace the good config: {status}"
    );
    assert!(app.alive(), "{}", app.context());
}

/// f. `autostart enable|status|disable` manage the XDG autostart entry.
#[test]
fn autostart_enable_status_disable() {
    let Some(bin) = setup("autostart", Need::Binary) else {
        return;
    };
    let sandbox = Sandbox::new(&bin);
    let entry = sandbox
        .root()
        .join("config/autostart/posture-break.desktop");

    let out = sandbox.cli(&["autostart", "status"]);
    assert_eq!(out.code(), Some(0), "{out}");
    assert_eq!(out.stdout.trim(), "disabled", "{out}");

    sandbox.cli_ok(&["autostart", "enable"]);
    let text = fs::read_to_string(&entry).unwrap_or_else(|e| panic!("{}: {e}", entry.display()));
    let exec = text
        .lines()
        .find_map(|l| l.strip_prefix("Exec="))
        .unwrap_or_else(|| panic!("no Exec= line in\n{text}"));
    assert_eq!(
        exec.trim_matches('"'),
        bin.display().to_string(),
        "Exec= must be the absolute binary path"
    );
    assert!(text.starts_with("[Desktop Entry]"), "{text}");
    let out = sandbox.cli(&["autostart", "status"]);
    assert_eq!(out.code(), Some(0), "{out}");
    assert_eq!(out.stdout.trim(), "enabled", "{out}");

    sandbox.cli_ok(&["autostart", "disable"]);
    assert!(!entry.exists(), "disable must remove {}", entry.display());
    let out = sandbox.cli(&["autostart", "status"]);
    assert_eq!(out.stdout.trim(), "disabled", "{out}");
}

/// The two things the app says when the desktop lacks them.
const NO_TRAY_HOST: &str = "no tray host (no StatusNotifierWatcher on the session bus, no XEmbed system tray on the display); the app keeps running: reach it from its launcher, the launcher's right-click actions (Start stretch now, Snooze, Pause 1 hour, Your week), or `posture-break open`";
const NO_NOTIFICATIONS_START: &str = "cannot show notifications (";
const NO_NOTIFICATIONS_END: &str = "); is a notification daemon running? Reminders still show in the tray and `posture-break status`";

/// The lines of `text` that are warnings, without their time stamp.
fn warnings(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            l.split_once(" posture-break warning: ")
                .map(|(_, m)| m.to_string())
        })
        .collect()
}

fn is_no_notifications(message: &str) -> bool {
    message.starts_with(NO_NOTIFICATIONS_START) && message.ends_with(NO_NOTIFICATIONS_END)
}

/// g. On a session bus with neither a notification daemon nor a tray host the app keeps
/// running, says what is missing once (stderr and the log file: exactly those two warnings,
/// each once, after three failed reminders), and the CLI still works.
#[test]
fn runs_without_notification_daemon_and_tray_host() {
    let Some(bin) = setup("no_notifyd_no_tray", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let _bus = sandbox.use_private_bus();
    // The session's xfce4-panel is an XEmbed tray too: a display without any tray.
    let _display = sandbox.use_private_display();
    sandbox.write_config(
        "[schedule]\ninterval = \"1s\"\n[stretch]\nduration = \"1s\"\n[notification]\ntimeout = \"1s\"\n",
    );
    let mut app = sandbox.start_app();

    // Every reminder tries to notify; three of them make three failed attempts.
    poll(Duration::from_secs(15), || {
        (count(&sandbox, "reminded") >= 3).then_some(())
    })
    .unwrap_or_else(|| panic!("fewer than 3 reminders in 15 s\n{}", app.context()));
    // Through the last attempt's failure coming back.
    holds_for(Duration::from_millis(300), || {
        for (source, text) in [
            ("stderr", app.stderr_text()),
            ("the log file", app.log_text()),
        ] {
            let said = warnings(&text);
            assert_eq!(
                said.iter().filter(|m| *m == NO_TRAY_HOST).count(),
                1,
                "{source} should say once that the tray host is missing: {said:#?}"
            );
            assert_eq!(
                said.iter().filter(|m| is_no_notifications(m)).count(),
                1,
                "{source} should say once that notifications cannot be shown: {said:#?}"
            );
            assert_eq!(said.len(), 2, "{source} says nothing else: {said:#?}");
        }
    });
    assert!(app.alive(), "{}", app.context());
    let status = sandbox.status_ok();
    assert!(status["state"].is_string(), "{status}");
    assert_eq!(status["pid"], app.pid);
    sandbox.cli_ok(&["pause", "30m"]);
    assert_eq!(sandbox.status_ok()["state"], "paused");
    assert!(app.alive(), "{}", app.context());
}

/// The login race: the app starts before the notification daemon and the tray host. Once a
/// dunst appears the next reminder is shown in it; once an xfce4-panel appears the app
/// registers its tray item with it.
#[test]
fn notification_daemon_and_tray_host_that_appear_later_are_used() {
    let Some(bin) = setup("late_desktop", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let bus = PrivateBus::start(sandbox.root(), &["org.xfce.Xfconf"], &[]);
    sandbox.set_env("DBUS_SESSION_BUS_ADDRESS", Some(bus.address.as_str()));
    // No XEmbed tray either (the session's xfce4-panel has one): the app sees no tray at all.
    let _display = sandbox.use_private_display();
    sandbox.write_config(
        "[schedule]\ninterval = \"1s\"\n[stretch]\nduration = \"1s\"\n[notification]\ntimeout = \"1s\"\n",
    );
    let mut app = sandbox.start_app();
    poll(Duration::from_secs(10), || {
        let said = warnings(&app.stderr_text());
        (said.iter().any(|m| m == NO_TRAY_HOST) && said.iter().any(|m| is_no_notifications(m)))
            .then_some(())
    })
    .unwrap_or_else(|| panic!("the app never said what is missing\n{}", app.context()));

    let dunst = PrivateDunst::start(
        sandbox.root(),
        &bus,
        DunstOptions {
            ignore_close: false,
        },
    );
    let monitor = Monitor::start_on(sandbox.root(), Some(&bus.address));
    let note = monitor.wait_notification(
        &mut app,
        "a reminder in the late dunst",
        Duration::from_secs(10),
        |n| n.app_name == "posture-break" && n.id.is_some(),
    );
    assert!(note.summary.starts_with("Time for a "), "{note:?}");
    drop(dunst);

    let _panel = start_panel(sandbox.root(), &bus);
    let menu = TrayMenu::find_on(&mut app, Duration::from_secs(15), Some(&bus.address));
    assert_eq!(
        menu.layout().child("Start stretch now").map(|n| n.enabled),
        Some(true),
        "the late tray item has the app's menu"
    );
    assert!(
        app.stderr_text()
            .contains("posture-break info: a tray host appeared; registering the tray icon"),
        "{}",
        app.context()
    );
    assert!(app.alive(), "{}", app.context());
}

/// The control socket answers only its own user: a `posture-break status` run as `nobody`
/// reaches the socket (the directory and socket modes are opened up for this test, so only the
/// peer-uid check stands in the way) and gets its connection closed without an answer, while
/// the owner still gets a status through the same opened-up path.
#[test]
fn control_socket_refuses_another_uid() {
    let Some(bin) = setup("peer_uid", Need::Desktop) else {
        return;
    };
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped peer_uid: needs root to run a client as another user");
        return;
    }
    let sandbox = Sandbox::new(&bin);
    let mut app = sandbox.start_app();
    let socket = sandbox.socket();
    let mode = |path: &Path, mode: u32| {
        fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(mode))
            .unwrap_or_else(|e| panic!("chmod {}: {e}", path.display()));
    };
    // nobody may traverse down to the socket and connect to it; it needs its own copy of the
    // binary in a directory it can reach.
    let dir = socket.parent().expect("socket dir").to_path_buf();
    for path in [sandbox.root(), &sandbox.root().join("runtime"), &dir] {
        mode(path, 0o711);
    }
    mode(&socket, 0o666);
    let nobody_bin = sandbox.root().join("nobody-bin");
    fs::create_dir_all(&nobody_bin).expect("dir");
    mode(&nobody_bin, 0o755);
    let copy = nobody_bin.join("posture-break");
    fs::copy(&bin, &copy).expect("copy binary");
    mode(&copy, 0o755);

    let out = run_with_timeout(
        {
            let mut cmd = Command::new("setpriv");
            cmd.args(["--reuid=nobody", "--regid=nogroup", "--clear-groups"])
                .arg(&copy)
                .args(["status", "--json"])
                .env_clear()
                .env("PATH", "/usr/bin:/bin")
                .env("HOME", "/nonexistent")
                .env("XDG_RUNTIME_DIR", sandbox.root().join("runtime"))
                .env("XDG_CONFIG_HOME", "/nonexistent/config")
                .env("XDG_DATA_HOME", "/nonexistent/data")
                .env("XDG_STATE_HOME", "/nonexistent/state")
                .stdin(std::process::Stdio::null());
            cmd
        },
        &sandbox.root().join("logs"),
        CLI_TIMEOUT,
    );
    assert_eq!(out.code(), Some(1), "another uid must be refused: {out}");
    // It connected (no "connecting to …: Permission denied"); the app then closed the
    // connection without reading a word, which the client sees as a broken pipe or a reset,
    // depending on whether its request was out before the close.
    let cut_off = [
        "posture-break: sending request: Broken pipe (os error 32): Broken pipe (os error 32)",
        "posture-break: reading response: Connection reset by peer (os error 104): \
         Connection reset by peer (os error 104)",
    ];
    assert!(
        cut_off.contains(&out.stderr.trim()),
        "nobody must get as far as a connection and then be cut off: {out}"
    );
    assert!(out.stdout.is_empty(), "no status for another uid: {out}");
    // The owner, through the very same opened-up directory and socket, is answered.
    let status = sandbox.status_ok();
    assert_eq!(status["pid"], app.pid);
    assert!(app.alive(), "{}", app.context());
}

/// The control socket under many clients: with 16 connections held open (the limit in
/// src/ipc.rs) the next client gets the documented immediate "server busy, try again"
/// (exit 1), not a hang; once they go, clients are answered again; and 40 `status` calls at
/// once each get either a status or that busy answer, and the app survives.
#[test]
fn control_socket_busy_under_many_clients() {
    let Some(bin) = setup("ipc_busy", Need::Desktop) else {
        return;
    };
    let sandbox = Sandbox::new(&bin);
    let mut app = sandbox.start_app();
    let held: Vec<std::os::unix::net::UnixStream> = (0..16)
        .map(|_| {
            std::os::unix::net::UnixStream::connect(sandbox.socket())
                .unwrap_or_else(|e| panic!("connect: {e}"))
        })
        .collect();
    thread::sleep(Duration::from_millis(100)); // all 16 accepted
    let asked = Instant::now();
    let out = sandbox.cli(&["status", "--json"]);
    assert_eq!(out.code(), Some(1), "the 17th client: {out}");
    assert_eq!(
        out.stderr.trim(),
        "posture-break: server busy, try again",
        "{out}"
    );
    assert!(
        asked.elapsed() < Duration::from_secs(1),
        "the busy answer should be immediate, took {:?}",
        asked.elapsed()
    );
    drop(held);
    let pid = app.pid;
    sandbox.wait_status(
        &mut app,
        "an answer once the clients are gone",
        Duration::from_secs(5),
        |s| s["pid"] == pid,
    );

    let calls: Vec<_> = (0..40)
        .map(|_| {
            let mut cmd = sandbox.command(&["status", "--json"]);
            cmd.stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            cmd.spawn().expect("spawn status")
        })
        .collect();
    let (mut answered, mut busy) = (0, 0);
    for call in calls {
        let out = call.wait_with_output().expect("status output");
        let stderr = String::from_utf8_lossy(&out.stderr);
        match out.status.code() {
            Some(0) => {
                let status: serde_json::Value =
                    serde_json::from_slice(&out.stdout).expect("status JSON");
                assert_eq!(status["pid"], app.pid);
                answered += 1;
            }
            Some(1) if stderr.trim() == "posture-break: server busy, try again" => busy += 1,
            other => panic!("status under load: exit {other:?}, stderr {stderr}"),
        }
    }
    assert!(
        answered >= 1,
        "40 clients: {answered} answered, {busy} busy"
    );
    assert!(app.alive(), "{}", app.context());
    assert_eq!(sandbox.status_ok()["pid"], app.pid);
}

/// g. Without DISPLAY the app keeps running and the CLI works.
#[test]
fn runs_without_display() {
    let Some(bin) = setup("no_display", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    sandbox.set_env("DISPLAY", None);
    let mut app = sandbox.start_app();
    // A crash on a missing display would come at once.
    holds_for(Duration::from_secs(1), || {
        assert!(app.alive(), "{}", app.context());
    });
    let status = sandbox.status_ok();
    assert_eq!(status["state"], "active", "{status}");
    sandbox.cli_ok(&["snooze", "5m"]);
    assert_eq!(sandbox.status_ok()["state"], "snoozed");
    sandbox.cli_ok(&["quit"]);
    let exit = app
        .wait_exit(Duration::from_secs(10))
        .unwrap_or_else(|| panic!("`quit` did not end the app"));
    assert!(exit.success(), "{exit}\n{}", app.context());
}

// =============================================================================================
// The stretch window: keys, buttons, closing
// =============================================================================================

/// Where the Done and Skip buttons are: they hug the window's bottom right corner (104 x 38 px
/// each at scale 1, 28 px from the right, 22 px of hint line below them, 12 px apart).
fn button_centre(window: &Window, button: &str) -> (u32, u32) {
    let (w, h) = window.size();
    let y = h - 28 - 22 - 38 / 2;
    match button {
        "Done" => (w - 28 - 104 / 2, y),
        "Skip" => (w - 28 - 104 - 12 - 104 / 2, y),
        other => panic!("no button {other}"),
    }
}

/// Starts a stretch with `posture-break stretch`, ends it with `act`, and checks that the
/// history gained `started` and then exactly `outcome` for that exercise long before the stretch
/// could end by itself, and that the schedule is active again. The window then asks how it felt
/// (`asks`; not after the window manager closed it), and Esc closes it unanswered.
fn end_stretch_with(
    sandbox: &Sandbox,
    app: &mut App,
    how: &str,
    act: impl Fn(&Window),
    outcome: &str,
) {
    let asks = how != "closing the window";
    let before = sandbox.history().len();
    sandbox.cli_ok(&["stretch"]);
    let status = sandbox.wait_status(app, "state stretching", Duration::from_secs(5), |s| {
        s["state"] == "stretching"
    });
    let exercise = status["exercise"].as_str().unwrap_or_default().to_string();
    let window = wait_window(app, Duration::from_secs(10));
    window.wait_drawn("stretch-end");
    let acted = Instant::now();
    act(&window);
    sandbox.wait_status(app, "state active", Duration::from_secs(5), |s| {
        s["state"] == "active"
    });
    assert!(
        acted.elapsed() < Duration::from_secs(10),
        "{how}: the stretch ended only after {:?}",
        acted.elapsed()
    );
    if asks {
        assert!(window.visible(), "{how}: the window closed without asking");
        window.press("Escape");
    }
    poll(Duration::from_secs(5), || (!window.visible()).then_some(()))
        .unwrap_or_else(|| panic!("{how}: the stretch window is still open\n{}", app.context()));
    let new: Vec<(String, String)> = sandbox.history()[before..]
        .iter()
        .map(|e| {
            (
                e["event"].as_str().unwrap_or_default().to_string(),
                e["exercise"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(
        new,
        [
            ("started".to_string(), exercise.clone()),
            (outcome.to_string(), exercise)
        ],
        "{how}: history entries written"
    );
}

/// Stretch window: Enter and Done complete the stretch, Esc, Skip and closing the window skip
/// it, each written to the history as `completed` / `skipped`; Space pauses the countdown (the
/// stretch outlives its duration) and resumes it.
#[test]
fn stretch_window_keys_buttons_and_close() {
    let Some(bin) = setup("stretch_window_keys", Need::Desktop) else {
        return;
    };
    let _windows = windows_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config("[stretch]\nduration = \"30s\"\n");
    let mut app = sandbox.start_app();

    end_stretch_with(
        &sandbox,
        &mut app,
        "Enter",
        |w| w.press("Return"),
        "completed",
    );
    end_stretch_with(&sandbox, &mut app, "Esc", |w| w.press("Escape"), "skipped");
    end_stretch_with(
        &sandbox,
        &mut app,
        "the Done button",
        |w| {
            let (x, y) = button_centre(w, "Done");
            w.click_at(x, y);
        },
        "completed",
    );
    end_stretch_with(
        &sandbox,
        &mut app,
        "the Skip button",
        |w| {
            let (x, y) = button_centre(w, "Skip");
            w.click_at(x, y);
        },
        "skipped",
    );
    end_stretch_with(
        &sandbox,
        &mut app,
        "closing the window",
        Window::request_close,
        "skipped",
    );

    // Space: a 2 s stretch paused at once is still running 3 s later; Space again resumes it
    // and it completes by itself.
    sandbox.write_config("[stretch]\nduration = \"2s\"\n");
    sandbox.wait_status(&mut app, "stretch_secs 2", Duration::from_secs(5), |s| {
        s["stretch_secs"] == 2
    });
    let before = sandbox.history().len();
    sandbox.cli_ok(&["stretch"]);
    let window = wait_window(&mut app, Duration::from_secs(10));
    window.wait_drawn("stretch-space");
    window.press("space");
    holds_for(Duration::from_secs(3), || {
        assert!(
            window.visible(),
            "Space should pause the 2 s stretch, but the window closed; history {:?}\n{}",
            sandbox.history(),
            app.context()
        );
    });
    assert_eq!(sandbox.status_ok()["state"], "stretching");
    assert!(
        !sandbox.history()[before..]
            .iter()
            .any(|e| e["event"] == "completed"),
        "a paused stretch must not complete"
    );
    window.press("space");
    let resumed = Instant::now();
    let ended = poll(Duration::from_secs(5), || {
        let history = sandbox.history();
        history[before..]
            .iter()
            .any(|e| e["event"] == "completed")
            .then(|| resumed.elapsed())
    })
    .unwrap_or_else(|| panic!("the resumed stretch never finished\n{}", app.context()));
    // About 2 s were left when it was paused; they run only after the resume.
    assert!(
        ended >= Duration::from_secs(1),
        "the stretch ended {ended:?} after the resume: the countdown did not stand still while paused"
    );
    window.press("Escape"); // the question
    let events: Vec<String> = sandbox.history()[before..]
        .iter()
        .filter_map(|e| e["event"].as_str().map(str::to_string))
        .collect();
    assert_eq!(events, ["started", "completed"]);
}

// =============================================================================================
// The tray: icon, status line, every menu action
// =============================================================================================

fn icon(look: &str) -> Pixmap {
    Pixmap::from_png(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("assets/icons/{look}-48.png")),
    )
}

/// Waits until the tray item shows the `look` icon (the PNG the app ships, as IconPixmap).
fn wait_icon(menu: &TrayMenu, look: &str) {
    let want = vec![icon(look)];
    let mut last = vec![];
    poll(Duration::from_secs(5), || {
        last = menu.icon_pixmap();
        (last == want).then_some(())
    })
    .unwrap_or_else(|| {
        let names: Vec<&str> = ["active", "snoozed", "paused"]
            .into_iter()
            .filter(|l| last == vec![icon(l)])
            .collect();
        panic!(
            "the tray icon never became {look:?}; it shows {names:?} ({} pixmaps)",
            last.len()
        )
    });
}

/// The status line the README promises for a pause ending at `until`.
fn pause_line(until: i64) -> String {
    let day = |t: i64| tool("date", &["-d", &format!("@{t}"), "+%F"]).unwrap_or_default();
    let hhmm = local_hhmm(until);
    if day(until) == day(now_secs()) {
        format!("Paused until {hhmm}")
    } else if day(until) == day(now_secs() + 86_400) {
        format!("Paused until tomorrow {hhmm}")
    } else {
        let dow = tool("date", &["-d", &format!("@{until}"), "+%a"]).unwrap_or_default();
        format!("Paused until {} {hhmm}", dow.trim())
    }
}

fn until_secs(status: &serde_json::Value) -> i64 {
    rfc3339_secs(status["until"].as_str().unwrap_or_default())
        .unwrap_or_else(|| panic!("no `until` in {status}"))
}

/// Tray: every menu action clicked through dbusmenu, with the status line and the icon
/// (IconPixmap) each state shows: Snooze ▸ each choice, Pause ▸ each choice, Resume, Start
/// stretch now ("Stretching now"), Open config file (a stub xdg-open on PATH) and Start at
/// login; then a reminder ("Reminder showing").
#[test]
fn tray_icon_status_line_and_every_menu_action() {
    let Some(bin) = setup("tray_menu_actions", Need::Desktop) else {
        return;
    };
    let _quiet = notifications_lock(); // one reminder, for "Reminder showing"
    let _windows = windows_lock();
    let mut sandbox = Sandbox::new(&bin);
    let stub_dir = sandbox.root().join("bin");
    fs::create_dir_all(&stub_dir).expect("stub dir");
    let opened = sandbox.root().join("opened.txt");
    let stub = stub_dir.join("xdg-open");
    fs::write(
        &stub,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" >> '{}'\n",
            opened.display()
        ),
    )
    .expect("write xdg-open stub");
    fs::set_permissions(&stub, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod stub");
    let path = format!(
        "{}:{}",
        stub_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    sandbox.set_env("PATH", Some(&path));
    let mut app = sandbox.start_app();
    let menu = TrayMenu::find(&mut app, Duration::from_secs(10));

    let active = |sandbox: &Sandbox, app: &mut App| {
        let status = sandbox.wait_status(app, "state active", Duration::from_secs(5), |s| {
            s["state"] == "active"
        });
        let next = rfc3339_secs(status["next_reminder"].as_str().unwrap_or_default())
            .unwrap_or_else(|| panic!("active without a next reminder: {status}"));
        menu.wait_status_line(
            &format!("Next stretch at {}", local_hhmm(next)),
            Duration::from_secs(5),
        );
        wait_icon(&menu, "active");
        let resume = menu.layout();
        let resume = resume.child("Resume").expect("a Resume item");
        assert!(!resume.enabled, "Resume is disabled while active");
    };
    active(&sandbox, &mut app);

    for (label, secs) in [
        ("5 minutes", 300),
        ("10 minutes", 600),
        ("20 minutes", 1200),
    ] {
        let before = now_secs();
        menu.click(&["Snooze", label]);
        let status = sandbox.wait_status(&mut app, "state snoozed", Duration::from_secs(5), |s| {
            s["state"] == "snoozed"
        });
        assert_until_near(&status, before, now_secs(), secs);
        let until = until_secs(&status);
        menu.wait_status_line(
            &format!("Snoozed until {}", local_hhmm(until)),
            Duration::from_secs(5),
        );
        wait_icon(&menu, "snoozed");
        menu.click(&["Resume"]);
        active(&sandbox, &mut app);
    }

    for (label, secs) in [("30 minutes", 1800), ("1 hour", 3600), ("2 hours", 7200)] {
        let before = now_secs();
        menu.click(&["Pause", label]);
        let status = sandbox.wait_status(&mut app, "state paused", Duration::from_secs(5), |s| {
            s["state"] == "paused"
        });
        assert_until_near(&status, before, now_secs(), secs);
        menu.wait_status_line(&pause_line(until_secs(&status)), Duration::from_secs(5));
        wait_icon(&menu, "paused");
        menu.click(&["Resume"]);
        active(&sandbox, &mut app);
    }

    menu.click(&["Pause", "Until tomorrow"]);
    let status = sandbox.wait_status(&mut app, "state paused", Duration::from_secs(5), |s| {
        s["state"] == "paused"
    });
    assert_eq!(
        until_secs(&status),
        local_epoch("tomorrow 08:00"),
        "{status}"
    );
    menu.wait_status_line("Paused until tomorrow 08:00", Duration::from_secs(5));
    wait_icon(&menu, "paused");
    menu.click(&["Resume"]);
    active(&sandbox, &mut app);

    menu.click(&["Pause", "Until I resume"]);
    let status = sandbox.wait_status(&mut app, "state paused", Duration::from_secs(5), |s| {
        s["state"] == "paused"
    });
    assert!(status["until"].is_null(), "{status}");
    menu.wait_status_line("Paused until resumed", Duration::from_secs(5));
    wait_icon(&menu, "paused");
    menu.click(&["Resume"]);
    active(&sandbox, &mut app);

    menu.click(&["Start stretch now"]);
    sandbox.wait_status(&mut app, "state stretching", Duration::from_secs(5), |s| {
        s["state"] == "stretching"
    });
    let window = wait_window(&mut app, Duration::from_secs(10));
    menu.wait_status_line("Stretching now", Duration::from_secs(5));
    window.wait_drawn("tray-stretch");
    window.press("Escape");
    active(&sandbox, &mut app);
    window.press("Escape"); // the question

    // Open config file: with no file yet it writes the documented example, then opens it.
    assert!(!sandbox.config_file().exists());
    menu.click(&["Open config file"]);
    let args = poll(Duration::from_secs(5), || {
        fs::read_to_string(&opened)
            .ok()
            .filter(|t| t.ends_with('\n'))
    })
    .unwrap_or_else(|| panic!("the xdg-open stub was never run\n{}", app.context()));
    assert_eq!(
        args,
        format!("{}\n", sandbox.config_file().display()),
        "xdg-open gets the config file, and only that"
    );
    assert_eq!(
        fs::read(sandbox.config_file()).expect("config file written"),
        include_bytes!("../config.example.toml"),
        "Open config file writes the example when there is no file"
    );

    // Start at login: a check item that writes and removes the autostart entry.
    let entry = sandbox
        .config_home()
        .join("autostart/posture-break.desktop");
    let login = |menu: &TrayMenu| {
        menu.layout()
            .child("Start at login")
            .map(|n| n.toggle_state)
            .unwrap_or(-1)
    };
    assert_eq!(login(&menu), 0, "Start at login starts unchecked");
    menu.click(&["Start at login"]);
    poll(Duration::from_secs(5), || (login(&menu) == 1).then_some(()))
        .unwrap_or_else(|| panic!("Start at login did not become checked"));
    assert!(entry.exists(), "checking it writes {}", entry.display());
    assert_eq!(
        sandbox.cli_ok(&["autostart", "status"]).stdout.trim(),
        "enabled"
    );
    menu.click(&["Start at login"]);
    poll(Duration::from_secs(5), || (login(&menu) == 0).then_some(()))
        .unwrap_or_else(|| panic!("Start at login did not become unchecked"));
    assert!(!entry.exists(), "unchecking it removes {}", entry.display());

    // A reminder on screen: "Reminder showing", the active icon.
    sandbox.write_config("[schedule]\ninterval = \"1s\"\n[stretch]\nduration = \"1s\"\n");
    sandbox.wait_status(&mut app, "a reminder", Duration::from_secs(5), |s| {
        s["state"] == "reminding"
    });
    menu.wait_status_line("Reminder showing", Duration::from_secs(5));
    wait_icon(&menu, "active");
    sandbox.cli_ok(&["pause"]);
    assert!(app.alive(), "{}", app.context());
}

// =============================================================================================
// The reminder's actions, expiry and withdrawal (a dunst of the test's own on a private bus)
// =============================================================================================

/// A sandbox on a private bus with a dunst of its own, and a monitor on that bus.
fn with_private_dunst(
    bin: &Path,
    options: DunstOptions,
) -> (Sandbox, PrivateBus, PrivateDunst, Monitor) {
    let mut sandbox = Sandbox::new(bin);
    let bus = sandbox.use_private_bus();
    let dunst = PrivateDunst::start(sandbox.root(), &bus, options);
    let monitor = Monitor::start_on(sandbox.root(), Some(&bus.address));
    (sandbox, bus, dunst, monitor)
}

fn count(sandbox: &Sandbox, event: &str) -> usize {
    sandbox
        .history()
        .iter()
        .filter(|e| e["event"] == event)
        .count()
}

/// The reminder's Snooze action (picked in dunst's context menu) snoozes for schedule.snooze
/// and writes `snoozed`; its Skip action restarts the interval and writes `skipped`.
#[test]
fn reminder_snooze_and_skip_actions() {
    let Some(bin) = setup("reminder_actions", Need::Desktop) else {
        return;
    };
    let (sandbox, _bus, dunst, monitor) = with_private_dunst(
        &bin,
        DunstOptions {
            ignore_close: false,
        },
    );
    sandbox.write_config(
        "[schedule]\ninterval = \"2s\"\nsnooze = \"1m\"\n[stretch]\nduration = \"2s\"\n\
         [notification]\ntimeout = \"30s\"\n",
    );
    let mut app = sandbox.start_app();

    let first = monitor.wait_notification(&mut app, "a reminder", Duration::from_secs(10), |n| {
        n.app_name == "posture-break" && n.id.is_some()
    });
    assert_eq!(
        first.action_label("snooze"),
        Some("Snooze 1 min"),
        "{:?}",
        first.actions
    );
    assert_eq!(
        first.action_label("skip"),
        Some("Skip"),
        "{:?}",
        first.actions
    );
    let status = sandbox.wait_status(&mut app, "state reminding", Duration::from_secs(5), |s| {
        s["state"] == "reminding"
    });
    let exercise = status["exercise"].as_str().unwrap_or_default().to_string();
    let id = first.id.unwrap_or_default();
    let before = now_secs();
    dunst.choose_action(id, "snooze");
    let status = sandbox.wait_status(&mut app, "state snoozed", Duration::from_secs(5), |s| {
        s["state"] == "snoozed"
    });
    assert_until_near(&status, before, now_secs(), 60);
    assert!(
        monitor.actions_invoked(id).contains(&"snooze".to_string()),
        "{}",
        monitor.dump()
    );
    sandbox.wait_history(&mut app, "a `snoozed` entry", |e| {
        e["event"] == "snoozed" && e["exercise"] == exercise.as_str()
    });

    sandbox.cli_ok(&["resume"]);
    let second = monitor.wait_notification(
        &mut app,
        "the reminder after resuming",
        Duration::from_secs(10),
        |n| n.app_name == "posture-break" && n.id.is_some() && n.id != first.id,
    );
    let status = sandbox.wait_status(&mut app, "state reminding", Duration::from_secs(5), |s| {
        s["state"] == "reminding"
    });
    let exercise = status["exercise"].as_str().unwrap_or_default().to_string();
    let second_id = second.id.unwrap_or_default();
    dunst.choose_action(second_id, "skip");
    let skipped_at = now_secs();
    poll(Duration::from_secs(3), || {
        monitor
            .actions_invoked(second_id)
            .contains(&"skip".to_string())
            .then_some(())
    })
    .unwrap_or_else(|| {
        panic!(
            "dunst sent no ActionInvoked for {second_id}:\n{}",
            monitor.dump()
        )
    });
    let status = sandbox.wait_status(&mut app, "state active", Duration::from_secs(5), |s| {
        s["state"] == "active"
    });
    let next = rfc3339_secs(status["next_reminder"].as_str().unwrap_or_default())
        .unwrap_or_else(|| panic!("no next reminder after Skip: {status}"));
    assert!(
        (skipped_at..=skipped_at + 3).contains(&next),
        "Skip restarts the 2 s interval: next {} (skipped at {})",
        local_time(next),
        local_time(skipped_at)
    );
    sandbox.wait_history(&mut app, "a `skipped` entry", |e| {
        e["event"] == "skipped" && e["exercise"] == exercise.as_str()
    });
    assert_eq!(
        count(&sandbox, "started"),
        0,
        "neither answer starts a stretch"
    );
}

/// An ignored reminder goes away by itself: when notification.timeout passes the app withdraws
/// it (CloseNotification; this dunst never expires reminders itself), the interval restarts,
/// the next reminder comes one interval later, nothing piles up and nothing is recorded as
/// skipped.
#[test]
fn ignored_reminder_is_withdrawn_and_the_interval_restarts() {
    let Some(bin) = setup("reminder_expiry", Need::Desktop) else {
        return;
    };
    let (sandbox, _bus, dunst, monitor) = with_private_dunst(
        &bin,
        DunstOptions {
            ignore_close: false,
        },
    );
    sandbox.write_config(
        "[schedule]\ninterval = \"2s\"\n[stretch]\nduration = \"2s\"\n[notification]\ntimeout = \"2s\"\n",
    );
    let mut app = sandbox.start_app();

    let first = monitor.wait_notification(&mut app, "a reminder", Duration::from_secs(10), |n| {
        n.app_name == "posture-break" && n.id.is_some()
    });
    let shown = Instant::now();
    let id = first.id.unwrap_or_default();
    poll(Duration::from_secs(6), || {
        monitor.closes_requested().contains(&id).then_some(())
    })
    .unwrap_or_else(|| {
        panic!(
            "the app never withdrew reminder {id}:\n{}\n{}",
            monitor.dump(),
            app.context()
        )
    });
    let withdrawn = Instant::now();
    assert!(
        shown.elapsed() >= Duration::from_millis(1500),
        "withdrawn after {:?}, before its 2 s timeout",
        shown.elapsed()
    );
    poll(Duration::from_secs(3), || {
        (dunst.displayed() == Some(0)).then_some(())
    })
    .unwrap_or_else(|| panic!("dunst still shows the withdrawn reminder"));
    assert!(
        monitor.closed().contains(&(id, 3)),
        "dunst reports it closed by CloseNotification (reason 3): {:?}",
        monitor.closed()
    );
    let status = sandbox.wait_status(&mut app, "state active", Duration::from_secs(3), |s| {
        s["state"] == "active"
    });
    assert!(status["next_reminder"].is_string(), "{status}");

    let second =
        monitor.wait_notification(&mut app, "the next reminder", Duration::from_secs(6), |n| {
            n.app_name == "posture-break" && n.id.is_some() && n.id != first.id
        });
    let gap = withdrawn.elapsed();
    assert!(
        (Duration::from_millis(1200)..=Duration::from_millis(3500)).contains(&gap),
        "the next reminder should come one 2 s interval after the withdrawal, came after {gap:?}"
    );
    assert_eq!(
        dunst.displayed(),
        Some(1),
        "only the new reminder is on screen"
    );
    assert_ne!(second.id, first.id);
    assert_eq!(count(&sandbox, "reminded"), 2, "{:?}", sandbox.history());
    assert_eq!(
        count(&sandbox, "skipped"),
        0,
        "an ignored reminder is not a skip"
    );
}

/// A late answer to an old reminder is ignored: the user clicks Skip on a reminder just as the
/// app withdraws it (dunst is held with SIGSTOP so the withdrawal and the next reminder wait in
/// its queue, and the late ActionInvoked for the old id is the one signal this test sends
/// itself: dunst reports every close, so it never lets an old reminder be answered). The
/// current reminder stays, nothing is recorded; answering the current one then works.
#[test]
fn late_answer_to_an_old_reminder_is_ignored() {
    let Some(bin) = setup("reminder_late_answer", Need::Desktop) else {
        return;
    };
    let (sandbox, bus, dunst, monitor) = with_private_dunst(
        &bin,
        DunstOptions {
            ignore_close: false,
        },
    );
    sandbox.write_config(
        "[schedule]\ninterval = \"2s\"\n[stretch]\nduration = \"2s\"\n[notification]\ntimeout = \"30s\"\n",
    );
    let mut app = sandbox.start_app();

    let old = monitor.wait_notification(&mut app, "a reminder", Duration::from_secs(10), |n| {
        n.app_name == "posture-break" && n.id.is_some()
    });
    let old_id = old.id.unwrap_or_default();
    sandbox.wait_status(&mut app, "state reminding", Duration::from_secs(5), |s| {
        s["state"] == "reminding"
    });
    let dunst_pid = dunst.child.id().to_string();
    let signal = |sig: &str| {
        tool("kill", &[sig, &dunst_pid]).unwrap_or_else(|e| panic!("kill {sig} dunst: {e}"));
    };
    signal("-STOP");
    sandbox.cli_ok(&["skip"]); // the app moves on; its CloseNotification waits in dunst's queue
    let status = sandbox.wait_status(&mut app, "the next reminder", Duration::from_secs(5), |s| {
        s["state"] == "reminding"
    });
    let skipped = count(&sandbox, "skipped");
    assert_eq!(skipped, 1, "{:?}", sandbox.history());
    tool_on(
        Some(&bus.address),
        "gdbus",
        &[
            "emit",
            "--session",
            "--object-path",
            "/org/freedesktop/Notifications",
            "--signal",
            "org.freedesktop.Notifications.ActionInvoked",
            &format!("uint32 {old_id}"),
            "'skip'",
        ],
    )
    .unwrap_or_else(|e| panic!("gdbus emit: {e}"));
    poll(Duration::from_secs(3), || {
        monitor
            .actions_invoked(old_id)
            .contains(&"skip".to_string())
            .then_some(())
    })
    .unwrap_or_else(|| panic!("the late ActionInvoked was not seen on the bus"));
    // Time for the app to (wrongly) act on it.
    holds_for(Duration::from_millis(500), || {
        let after = sandbox.status_ok();
        assert_eq!(
            after["state"], "reminding",
            "a late Skip for reminder {old_id} must not end the current reminder: {after}"
        );
        assert_eq!(after["exercise"], status["exercise"], "{after}");
    });
    assert_eq!(
        count(&sandbox, "skipped"),
        skipped,
        "the late Skip must not be recorded"
    );

    signal("-CONT"); // (a stopped dunst is still killed when the test ends)
    let current = monitor.wait_notification(
        &mut app,
        "the current reminder",
        Duration::from_secs(5),
        |n| n.app_name == "posture-break" && n.id.is_some() && n.id != old.id,
    );
    dunst.choose_action(current.id.unwrap_or_default(), "skip");
    sandbox.wait_status(&mut app, "state active", Duration::from_secs(5), |s| {
        s["state"] == "active"
    });
    assert_eq!(count(&sandbox, "skipped"), skipped + 1);
}

// =============================================================================================
// Suspend, resume and clock changes in the running app (libfaketime moves its wall clock)
// =============================================================================================
//
// libfaketime shifts what the app reads from the wall clock (CLOCK_REALTIME) by the offset in
// a file, read on every call; monotonic time stays real (DONT_FAKE_MONOTONIC). That is what a
// clock change or a resume looks like to the app: wall time moving differently from
// monotonic time. What it cannot do is make the kernel cancel the app's TFD_TIMER_CANCEL_ON_SET
// timerfd (src/shell/platform/linux/clock_watch.rs): only a real clock change or resume does
// that. So these tests reach the app's other path, the clock check on every wake-up (check_clock
// in src/shell/app/mod.rs), either at the app's own next deadline or, where the timerfd would have
// woken it at the moment of the jump, with one `status` call.
// Reminders are counted in the history (no notification daemon on the app's private bus).

fn faked_app(interval: &str) -> Option<(Sandbox, PrivateBus, FakeClock)> {
    let bin = setup("faketime", Need::Desktop)?;
    let mut sandbox = Sandbox::new(&bin);
    let bus = sandbox.use_private_bus();
    let clock = sandbox.use_faketime();
    sandbox.write_config(&format!(
        "[schedule]\ninterval = \"{interval}\"\n[stretch]\nduration = \"2s\"\n\
         [notification]\ntimeout = \"30s\"\n"
    ));
    Some((sandbox, bus, clock))
}

/// Waits up to `timeout` for the first `reminded` entry; how long it took.
fn first_reminder(sandbox: &Sandbox, app: &mut App, since: Instant, timeout: Duration) -> Duration {
    poll(timeout, || {
        (count(sandbox, "reminded") >= 1).then(|| since.elapsed())
    })
    .unwrap_or_else(|| {
        panic!(
            "no reminder within {timeout:?}: {:?}\n{}",
            sandbox.history(),
            app.context()
        )
    })
}

/// The clock set back an hour while the app waits for its next reminder: the reminder still
/// comes when it was due by the time remaining (nothing lost for an hour), just once. The app
/// notices at its own deadline; nothing else wakes it.
#[test]
fn clock_set_back_loses_no_reminder() {
    let Some((sandbox, _bus, clock)) = faked_app("3s") else {
        return;
    };
    let mut app = sandbox.start_app();
    let started = Instant::now();
    thread::sleep(Duration::from_secs(1));
    clock.set_offset(-3600);
    let after = first_reminder(&sandbox, &mut app, started, Duration::from_secs(6));
    assert!(
        (Duration::from_millis(2500)..=Duration::from_millis(4500)).contains(&after),
        "the 3 s reminder came {after:?} after the start"
    );
    holds_for(Duration::from_secs(1), || {
        assert_eq!(count(&sandbox, "reminded"), 1, "{:?}", sandbox.history());
    });
    assert!(
        app.log_text().contains("wall clock jumped by -3600 s"),
        "{}",
        app.context()
    );
}

/// The clock set forward an hour: no burst (the deadline that is now an hour in the past does
/// not fire at once), and the interval restarts, so the next reminder comes one interval after
/// the jump. The app is woken at the jump, as its clock-change timerfd would be.
#[test]
fn clock_set_forward_brings_no_burst() {
    let Some((sandbox, _bus, clock)) = faked_app("3s") else {
        return;
    };
    let mut app = sandbox.start_app();
    thread::sleep(Duration::from_secs(1));
    clock.set_offset(3600);
    let jumped = Instant::now();
    let status = sandbox.status_ok();
    assert_eq!(
        status["state"], "active",
        "no reminder at the jump: {status}"
    );
    let next = rfc3339_secs(status["next_reminder"].as_str().unwrap_or_default())
        .unwrap_or_else(|| panic!("no next reminder: {status}"));
    let faked_now = now_secs() + 3600;
    assert!(
        (faked_now + 2..=faked_now + 4).contains(&next),
        "the interval restarts at the jump: next {} (faked now {})",
        local_time(next),
        local_time(faked_now)
    );
    let after = first_reminder(&sandbox, &mut app, jumped, Duration::from_secs(6));
    assert!(
        (Duration::from_millis(2500)..=Duration::from_millis(4500)).contains(&after),
        "the next reminder should come one 3 s interval after the jump, came after {after:?}"
    );
    holds_for(Duration::from_secs(1), || {
        assert_eq!(
            count(&sandbox, "reminded"),
            1,
            "no burst: {:?}",
            sandbox.history()
        );
    });
}

/// Suspend-like gap: snoozed for 2 s, the app is frozen (SIGSTOP) through the end of the snooze
/// and resumes with its wall clock 10 minutes on. The time away was a break: no reminder at once
/// on wake-up, the interval restarts and the reminder comes one interval later.
#[test]
fn suspend_during_snooze_restarts_the_interval() {
    let Some((sandbox, _bus, clock)) = faked_app("3s") else {
        return;
    };
    let mut app = sandbox.start_app();
    sandbox.cli_ok(&["snooze", "2s"]);
    app.signal("STOP");
    thread::sleep(Duration::from_millis(2500));
    clock.set_offset(600);
    app.signal("CONT");
    let woke = Instant::now();
    holds_for(Duration::from_millis(1500), || {
        assert_eq!(
            count(&sandbox, "reminded"),
            0,
            "a reminder on wake-up right after a 10-minute gap: {:?}\n{}",
            sandbox.history(),
            app.context()
        );
    });
    let after = first_reminder(&sandbox, &mut app, woke, Duration::from_secs(5));
    assert!(
        (Duration::from_millis(2500)..=Duration::from_millis(4500)).contains(&after),
        "the reminder should come one 3 s interval after the wake-up, came after {after:?}"
    );
    holds_for(Duration::from_secs(1), || {
        assert_eq!(count(&sandbox, "reminded"), 1, "{:?}", sandbox.history());
    });
    let jumps: Vec<i64> = app
        .log_text()
        .lines()
        .filter_map(|l| {
            l.split_once("wall clock jumped by ")?
                .1
                .split(' ')
                .next()?
                .parse()
                .ok()
        })
        .collect();
    assert!(
        matches!(jumps.as_slice(), [j] if (595..=600).contains(j)),
        "the app saw one 10-minute jump (600 s less the time it was frozen): {jumps:?}\n{}",
        app.context()
    );
}
