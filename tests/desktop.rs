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
//! share the bus, dunst and the tray host. Tests that look at notifications hold NOTIFICATIONS for
//! their whole run. Screenshots go to `target/screenshots/`.

use std::ffi::OsString;
use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;

const POLL: Duration = Duration::from_millis(50);
/// Longest a CLI call may take.
const CLI_TIMEOUT: Duration = Duration::from_secs(10);
/// From spawning the app to its control socket answering.
const APP_START: Duration = Duration::from_secs(15);
const WATCHER: &str = "org.kde.StatusNotifierWatcher";
const NOTIFICATIONS: &str = "org.freedesktop.Notifications";
const WINDOW_TITLE_PREFIX: &str = "posture-break — ";

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
    let own = window.capture("stretch-window-only");
    let spread = image_spread(&own);
    assert!(
        spread > 0.02,
        "the stretch window looks blank (std dev {spread}); see {}",
        own.display()
    );
    eprintln!("screenshots: {} and {}", shot.display(), own.display());

    poll(Duration::from_secs(12), || {
        (!window.visible()).then_some(())
    })
    .unwrap_or_else(|| {
        panic!(
            "the 5 s stretch window is still open after 12 s\n{}",
            app.context()
        )
    });
    assert!(
        invoked_at.elapsed() >= Duration::from_secs(4),
        "the window closed after {:?}, before the 5 s stretch could finish",
        invoked_at.elapsed()
    );
    sandbox.wait_history(&mut app, "a `completed` entry", |e| {
        e["event"] == "completed" && e["exercise"] == exercise.id.as_str()
    });
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
    assert_eq!(labels.len(), 8, "top-level items: {labels:?}");
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
        top[6].toggle_type, "checkmark",
        "Start at login is a check item"
    );

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

/// g. On a session bus with neither a notification daemon nor a tray host the app keeps
/// running, says what is missing, and the CLI still works.
#[test]
fn runs_without_notification_daemon_and_tray_host() {
    let Some(bin) = setup("no_notifyd_no_tray", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let bus = PrivateBus::start(sandbox.root());
    sandbox.set_env("DBUS_SESSION_BUS_ADDRESS", Some(bus.address.as_str()));
    sandbox.write_config("[schedule]\ninterval = \"2s\"\n[stretch]\nduration = \"2s\"\n");
    let mut app = sandbox.start_app();

    let said = poll(Duration::from_secs(15), || {
        let text = app.context().to_lowercase();
        let tray = text.contains("tray") || text.contains("statusnotifier");
        (tray && text.contains("notification")).then_some(())
    });
    assert!(
        said.is_some(),
        "the app should report the missing tray host and notification daemon\n{}",
        app.context()
    );
    assert!(app.alive(), "{}", app.context());
    let status = sandbox.status_ok();
    assert!(status["state"].is_string(), "{status}");
    assert_eq!(status["pid"], app.pid);
    sandbox.cli_ok(&["pause", "30m"]);
    assert_eq!(sandbox.status_ok()["state"], "paused");
    assert!(app.alive(), "{}", app.context());
}

/// Time away: a screen lock at least as long as one stretch counts as a break, so the interval
/// restarts when the screen unlocks. Runs on a private bus: the lock signal is a broadcast and
/// must not reach the other tests' apps.
#[test]
fn screen_lock_counts_as_a_break() {
    let Some(bin) = setup("screen_lock", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let bus = PrivateBus::start(sandbox.root());
    sandbox.set_env("DBUS_SESSION_BUS_ADDRESS", Some(bus.address.as_str()));
    sandbox.write_config("[schedule]\ninterval = \"1m\"\n[stretch]\nduration = \"2s\"\n");
    let mut app = sandbox.start_app();
    let first = rfc3339_secs(
        sandbox.status_ok()["next_reminder"]
            .as_str()
            .unwrap_or_default(),
    )
    .expect("active app has a next_reminder");
    // Give the app's signal subscription a moment after start.
    thread::sleep(Duration::from_millis(500));
    let emit = |active: &str| {
        let out = Command::new("gdbus")
            .args([
                "emit",
                "--session",
                "--object-path",
                "/org/freedesktop/ScreenSaver",
            ])
            .args([
                "--signal",
                "org.freedesktop.ScreenSaver.ActiveChanged",
                active,
            ])
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .output()
            .expect("run gdbus emit");
        assert!(
            out.status.success(),
            "gdbus emit: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    emit("true");
    thread::sleep(Duration::from_secs(3));
    emit("false");
    let unlocked = now_secs();
    let status = sandbox.wait_status(
        &mut app,
        "interval restarted",
        Duration::from_secs(5),
        |s| rfc3339_secs(s["next_reminder"].as_str().unwrap_or_default()) != Some(first),
    );
    let next = rfc3339_secs(status["next_reminder"].as_str().unwrap_or_default())
        .expect("still active with a next reminder");
    assert!(
        (next - (unlocked + 60)).abs() <= 1,
        "after 3 s locked (more than one 2 s stretch) the next reminder should be one interval \
         after the unlock ({}), not {}: {status}",
        local_time(unlocked + 60),
        local_time(next)
    );
    assert!(
        next > first,
        "the lock must push the reminder later: {status}"
    );
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
    thread::sleep(Duration::from_secs(1)); // a crash on a missing display would come at once
    assert!(app.alive(), "{}", app.context());
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
// Environment and sandboxes
// =============================================================================================

#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    /// Only PB_BIN.
    Binary,
    /// PB_BIN inside a desktop session.
    Desktop,
}

/// PB_BIN (canonical), or None after printing why the test is skipped. With CI or
/// PB_REQUIRE_DESKTOP set a missing environment fails the test instead.
fn setup(test: &str, need: Need) -> Option<PathBuf> {
    let set = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    let mut missing = vec![];
    if !set("PB_BIN") {
        missing.push("PB_BIN");
    }
    if need == Need::Desktop {
        missing.extend(
            ["DISPLAY", "DBUS_SESSION_BUS_ADDRESS"]
                .into_iter()
                .filter(|v| !set(v)),
        );
    }
    if !missing.is_empty() {
        let why = format!(
            "{test}: {} not set (run inside tests/desktop/session.sh with PB_BIN; see tests/run-all.sh)",
            missing.join(", ")
        );
        assert!(
            !set("CI") && !set("PB_REQUIRE_DESKTOP"),
            "{why}; CI/PB_REQUIRE_DESKTOP is set, so this fails"
        );
        eprintln!("skipped {why}");
        return None;
    }
    let bin = PathBuf::from(std::env::var_os("PB_BIN").unwrap_or_default());
    let bin = fs::canonicalize(&bin).unwrap_or_else(|e| panic!("PB_BIN={}: {e}", bin.display()));
    Some(bin)
}

static NOTIFICATIONS_LOCK: Mutex<()> = Mutex::new(());

/// Serialises the tests that look at notifications, and clears dunst's screen for them.
fn notifications_lock() -> MutexGuard<'static, ()> {
    let guard = NOTIFICATIONS_LOCK
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    if let Err(e) = tool("dunstctl", &["close-all"]) {
        panic!("dunstctl close-all: {e}");
    }
    guard
}

static SEQ: AtomicUsize = AtomicUsize::new(0);

/// One app's world: private XDG dirs (XDG_RUNTIME_DIR 0700) and extra environment.
struct Sandbox {
    dir: tempfile::TempDir,
    bin: PathBuf,
    env: Vec<(String, Option<OsString>)>,
}

#[derive(Debug)]
struct Exercise {
    id: String,
    name: String,
}

fn names(exercises: &[Exercise]) -> Vec<&str> {
    exercises.iter().map(|e| e.name.as_str()).collect()
}

impl Sandbox {
    fn new(bin: &Path) -> Sandbox {
        // Short path under /tmp: the control socket path must stay under 108 bytes.
        let dir = tempfile::Builder::new()
            .prefix("pb-e2e-")
            .tempdir()
            .expect("temp dir");
        let mut env = vec![];
        for (var, sub) in [
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_DATA_HOME", "data"),
            ("XDG_STATE_HOME", "state"),
            ("XDG_CACHE_HOME", "cache"),
            ("XDG_RUNTIME_DIR", "runtime"),
        ] {
            let path = dir.path().join(sub);
            fs::create_dir_all(&path).expect("create sandbox dir");
            env.push((var.to_string(), Some(path.into_os_string())));
        }
        fs::create_dir_all(dir.path().join("logs")).expect("create logs dir");
        fs::set_permissions(
            dir.path().join("runtime"),
            fs::Permissions::from_mode(0o700),
        )
        .expect("chmod runtime dir");
        Sandbox {
            dir,
            bin: bin.to_path_buf(),
            env,
        }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn set_env(&mut self, var: &str, value: Option<&str>) {
        self.env.retain(|(k, _)| k != var);
        self.env.push((var.to_string(), value.map(OsString::from)));
    }

    fn config_file(&self) -> PathBuf {
        self.root().join("config/posture-break/config.toml")
    }

    fn socket(&self) -> PathBuf {
        self.root().join("runtime/posture-break/control.sock")
    }

    fn history_file(&self) -> PathBuf {
        self.root().join("data/posture-break/history.jsonl")
    }

    fn log_file(&self) -> PathBuf {
        self.root().join("state/posture-break/posture-break.log")
    }

    /// Writes config.toml the way editors do: a temp file renamed over the old one.
    fn write_config(&self, text: &str) {
        let path = self.config_file();
        let dir = path.parent().expect("config dir");
        fs::create_dir_all(dir).expect("create config dir");
        let tmp = dir.join(".config.toml.tmp");
        fs::write(&tmp, text).expect("write config");
        fs::rename(&tmp, &path).expect("rename config");
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(&self.bin);
        cmd.args(args).stdin(Stdio::null());
        for (var, value) in &self.env {
            match value {
                Some(value) => cmd.env(var, value),
                None => cmd.env_remove(var),
            };
        }
        cmd
    }

    fn run_timeout(&self, args: &[&str], timeout: Duration) -> Output {
        run_with_timeout(self.command(args), &self.root().join("logs"), timeout)
    }

    fn cli(&self, args: &[&str]) -> Output {
        self.run_timeout(args, CLI_TIMEOUT)
    }

    fn cli_ok(&self, args: &[&str]) -> Output {
        let out = self.cli(args);
        assert_eq!(out.code(), Some(0), "{out}");
        out
    }

    fn status(&self) -> Result<Value, String> {
        let out = self.cli(&["status", "--json"]);
        if out.code() != Some(0) {
            return Err(out.to_string());
        }
        serde_json::from_str(&out.stdout)
            .map_err(|e| format!("status --json printed no JSON ({e}): {out}"))
    }

    fn status_ok(&self) -> Value {
        self.status()
            .unwrap_or_else(|e| panic!("status --json failed: {e}"))
    }

    /// Polls `status --json` until `check` holds; fails with the last status and the app's output.
    fn wait_status(
        &self,
        app: &mut App,
        what: &str,
        timeout: Duration,
        check: impl Fn(&Value) -> bool,
    ) -> Value {
        let mut last = Value::Null;
        poll(timeout, || {
            assert!(
                app.alive(),
                "the app died while waiting for {what}\n{}",
                app.context()
            );
            last = self.status().ok()?;
            check(&last).then(|| last.clone())
        })
        .unwrap_or_else(|| {
            panic!(
                "timed out waiting for {what}; last status {last}\n{}",
                app.context()
            )
        })
    }

    fn exercises(&self) -> Vec<Exercise> {
        let out = self.cli_ok(&["exercises", "list", "--json"]);
        let list: Value = serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("exercises list --json: {e}\n{out}"));
        let list = list
            .as_array()
            .unwrap_or_else(|| panic!("exercises list --json is no array: {out}"));
        let exercises: Vec<Exercise> = list
            .iter()
            .map(|e| Exercise {
                id: e["id"].as_str().unwrap_or_default().to_string(),
                name: e["name"].as_str().unwrap_or_default().to_string(),
            })
            .collect();
        assert!(
            !exercises.is_empty()
                && exercises
                    .iter()
                    .all(|e| !e.id.is_empty() && !e.name.is_empty()),
            "{out}"
        );
        exercises
    }

    fn history(&self) -> Vec<Value> {
        fs::read_to_string(self.history_file())
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    fn wait_history(&self, app: &mut App, what: &str, check: impl Fn(&Value) -> bool) {
        poll(Duration::from_secs(5), || {
            self.history().iter().any(&check).then_some(())
        })
        .unwrap_or_else(|| {
            panic!(
                "history never got {what}: {}\n{}",
                fs::read_to_string(self.history_file()).unwrap_or_default(),
                app.context()
            )
        });
    }

    /// Starts the tray app and waits until its control socket answers.
    fn start_app(&self) -> App {
        let logs = self.root().join("logs");
        let n = SEQ.fetch_add(1, Ordering::SeqCst);
        let stdout = logs.join(format!("app-{n}.stdout"));
        let stderr = logs.join(format!("app-{n}.stderr"));
        let mut cmd = self.command(&[]);
        cmd.stdout(fs::File::create(&stdout).expect("app stdout file"));
        cmd.stderr(fs::File::create(&stderr).expect("app stderr file"));
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.bin.display()));
        let mut app = App {
            pid: child.id(),
            child,
            stdout,
            stderr,
            log: self.log_file(),
        };
        poll(APP_START, || {
            assert!(
                app.alive(),
                "the app exited during start-up\n{}",
                app.context()
            );
            self.status().ok()
        })
        .unwrap_or_else(|| {
            panic!(
                "the app's control socket did not answer within {APP_START:?}\n{}",
                app.context()
            )
        });
        app
    }
}

/// A running app; killed when dropped.
struct App {
    child: Child,
    pid: u32,
    stdout: PathBuf,
    stderr: PathBuf,
    log: PathBuf,
}

impl App {
    fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        poll(timeout, || self.child.try_wait().ok().flatten())
    }

    /// Everything the app said: stderr, stdout and its log file.
    fn context(&self) -> String {
        let read = |p: &Path| fs::read_to_string(p).unwrap_or_default();
        format!(
            "--- app pid {} stderr ---\n{}\n--- stdout ---\n{}\n--- {} ---\n{}",
            self.pid,
            read(&self.stderr),
            read(&self.stdout),
            self.log.display(),
            read(&self.log)
        )
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// A session bus of our own with no services at all: no notification daemon, no tray host, and
/// nothing D-Bus-activatable (the system's session config would activate dunst).
struct PrivateBus {
    child: Child,
    address: String,
}

impl PrivateBus {
    fn start(dir: &Path) -> PrivateBus {
        let bus_dir = dir.join("private-bus");
        fs::create_dir_all(&bus_dir).expect("bus dir");
        let config = bus_dir.join("session.conf");
        fs::write(
            &config,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                bus_dir.display()
            ),
        )
        .expect("write bus config");
        let mut child = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--print-address=1"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(fs::File::create(bus_dir.join("dbus-daemon.log")).expect("bus log"))
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start dbus-daemon: {e}"));
        let mut address = String::new();
        if let Some(out) = child.stdout.take() {
            let _ = BufReader::new(out).read_line(&mut address);
        }
        let address = address.trim().to_string();
        if address.is_empty() {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "dbus-daemon printed no address: {}",
                fs::read_to_string(bus_dir.join("dbus-daemon.log")).unwrap_or_default()
            );
        }
        PrivateBus { child, address }
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// =============================================================================================
// Processes
// =============================================================================================

/// What a finished (or timed-out) command printed.
struct Output {
    what: String,
    status: Option<ExitStatus>,
    stdout: String,
    stderr: String,
}

impl Output {
    /// None when killed by a signal or timed out.
    fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }
}

impl std::fmt::Display for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let status = self
            .status
            .map_or("timed out (killed)".to_string(), |s| s.to_string());
        write!(
            f,
            "`{}` → {status}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.what, self.stdout, self.stderr
        )
    }
}

/// Runs `cmd` with output in files (nothing can block on a pipe), killing it after `timeout`.
fn run_with_timeout(mut cmd: Command, scratch: &Path, timeout: Duration) -> Output {
    let n = SEQ.fetch_add(1, Ordering::SeqCst);
    let (out_path, err_path) = (
        scratch.join(format!("cmd-{n}.out")),
        scratch.join(format!("cmd-{n}.err")),
    );
    cmd.stdout(fs::File::create(&out_path).expect("stdout file"));
    cmd.stderr(fs::File::create(&err_path).expect("stderr file"));
    let what = std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| a.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run `{what}`: {e}"));
    let status = poll(timeout, || child.try_wait().ok().flatten());
    if status.is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    let read = |p: &Path| fs::read_to_string(p).unwrap_or_default();
    Output {
        what,
        status,
        stdout: read(&out_path),
        stderr: read(&err_path),
    }
}

/// Runs a helper tool (gdbus, xdotool, dunstctl, import, ...) to completion; its stdout, or an
/// error with its stderr.
fn tool(program: &str, args: &[&str]) -> Result<String, String> {
    let out = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    if out.status.success() {
        Ok(stdout)
    } else {
        Err(format!(
            "`{program} {}` → {}: {}{}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim(),
            stdout.trim()
        ))
    }
}

/// Calls `f` every 50 ms until it returns Some or `timeout` passes.
fn poll<T>(timeout: Duration, mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(value) = f() {
            return Some(value);
        }
        if Instant::now() >= deadline {
            return None;
        }
        thread::sleep(POLL);
    }
}

fn wait_until<T>(what: &str, timeout: Duration, f: impl FnMut() -> Option<T>) -> T {
    poll(timeout, f).unwrap_or_else(|| panic!("timed out after {timeout:?} waiting for {what}"))
}

// =============================================================================================
// Time
// =============================================================================================

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Seconds since the epoch of an RFC 3339 timestamp with offset ("2026-11-26T14:35:00+01:00",
/// fractions and "Z" allowed).
fn rfc3339_secs(text: &str) -> Option<i64> {
    let num = |s: &str| -> Option<i64> {
        s.chars()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())
            .flatten()
    };
    let (date, rest) = text.split_once(['T', 't', ' '])?;
    let mut d = date.splitn(3, '-');
    let (y, m, day) = (num(d.next()?)?, num(d.next()?)?, num(d.next()?)?);
    let time_len = rest.find(['Z', 'z', '+', '-'])?;
    let (time, offset) = rest.split_at(time_len);
    let time = time.split('.').next()?;
    let mut t = time.splitn(3, ':');
    let (hh, mm, ss) = (num(t.next()?)?, num(t.next()?)?, num(t.next()?)?);
    let offset_secs = match offset {
        "Z" | "z" => 0,
        _ => {
            let sign = if offset.starts_with('-') { -1 } else { 1 };
            let (oh, om) = offset[1..].split_once(':')?;
            sign * (num(oh)? * 3600 + num(om)? * 60)
        }
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) || hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = (if y >= 0 { y } else { y - 399 }) / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hh * 3600 + mm * 60 + ss - offset_secs)
}

/// `date -d SPEC +%s` in the local time zone, e.g. "tomorrow 08:00".
fn local_epoch(spec: &str) -> i64 {
    let out = tool("date", &["-d", spec, "+%s"]).unwrap_or_else(|e| panic!("{e}"));
    out.trim()
        .parse()
        .unwrap_or_else(|e| panic!("date printed {out:?}: {e}"))
}

fn local_time(epoch: i64) -> String {
    tool("date", &["-d", &format!("@{epoch}"), "+%F %T %z"])
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn local_hhmm(epoch: i64) -> String {
    tool("date", &["-d", &format!("@{epoch}"), "+%H:%M"])
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// `status.until` lies `secs` after the request (sent between `before` and `after`), ±5 s.
fn assert_until_near(status: &Value, before: i64, after: i64, secs: i64) {
    let until = status["until"]
        .as_str()
        .and_then(rfc3339_secs)
        .unwrap_or_else(|| panic!("no valid `until`: {status}"));
    assert!(
        (before + secs - 5..=after + secs + 5).contains(&until),
        "until {} should be about now + {secs} s (now {})",
        status["until"],
        local_time(after)
    );
}

// =============================================================================================
// Notifications (dbus-monitor, dunstctl)
// =============================================================================================

/// One Notify call, with the id dunst returned for it.
#[derive(Debug, Clone)]
struct Notification {
    id: Option<u32>,
    app_name: String,
    summary: String,
    body: String,
    /// (key, label) pairs.
    actions: Vec<(String, String)>,
}

impl Notification {
    fn action_label(&self, key: &str) -> Option<&str> {
        self.actions
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, l)| l.as_str())
    }
}

fn body_names(body: &str, name: &str) -> bool {
    body.starts_with(&format!("{name}: "))
}

/// `dbus-monitor` watching org.freedesktop.Notifications (calls and signals) and the daemon's
/// method returns (the notification ids), started before the app.
struct Monitor {
    child: Child,
    out: PathBuf,
}

impl Monitor {
    fn start(dir: &Path) -> Monitor {
        let owner = gdbus_call(&[
            "--dest",
            "org.freedesktop.DBus",
            "--object-path",
            "/org/freedesktop/DBus",
            "--method",
            "org.freedesktop.DBus.GetNameOwner",
            NOTIFICATIONS,
        ])
        .unwrap_or_else(|e| panic!("no notification daemon on the session bus: {e}"));
        let owner = match &owner {
            Gv::Tuple(items) => match items.first() {
                Some(Gv::Str(name)) => name.clone(),
                _ => panic!("GetNameOwner: {owner:?}"),
            },
            _ => panic!("GetNameOwner: {owner:?}"),
        };
        let n = SEQ.fetch_add(1, Ordering::SeqCst);
        let out = dir.join(format!("dbus-monitor-{n}.txt"));
        let child = Command::new("dbus-monitor")
            .args([
                "--session".to_string(),
                format!("interface='{NOTIFICATIONS}'"),
                format!("type='method_return',sender='{owner}'"),
            ])
            .stdin(Stdio::null())
            .stdout(fs::File::create(&out).expect("monitor file"))
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start dbus-monitor: {e}"));
        let monitor = Monitor { child, out };
        // BecomeMonitor makes the bus drop our name: NameLost means we are listening.
        wait_until(
            "dbus-monitor to start listening",
            Duration::from_secs(5),
            || monitor.text().contains("member=NameLost").then_some(()),
        );
        monitor
    }

    fn text(&self) -> String {
        fs::read_to_string(&self.out).unwrap_or_default()
    }

    fn dump(&self) -> String {
        format!("--- dbus-monitor ---\n{}", self.text())
    }

    fn notifications(&self) -> Vec<Notification> {
        notifications_in(&parse_monitor(&self.text()))
    }

    /// Waits for a Notify call matching `check` (and, if the daemon answered, its id).
    fn wait_notification(
        &self,
        app: &mut App,
        what: &str,
        timeout: Duration,
        check: impl Fn(&Notification) -> bool,
    ) -> Notification {
        let found = poll(timeout, || {
            assert!(
                app.alive(),
                "the app died while waiting for {what}\n{}",
                app.context()
            );
            self.notifications().into_iter().find(&check)
        })
        .unwrap_or_else(|| {
            panic!(
                "no notification: {what} within {timeout:?}\n{}\n{}",
                self.dump(),
                app.context()
            )
        });
        // The id arrives in the daemon's reply, right after the call.
        poll(Duration::from_secs(2), || {
            self.notifications()
                .into_iter()
                .find(|n| check(n) && n.id.is_some())
        })
        .unwrap_or(found)
    }

    /// Action keys dunst reported for notification `id`.
    fn actions_invoked(&self, id: u32) -> Vec<String> {
        parse_monitor(&self.text())
            .into_iter()
            .filter(|m| m.kind == MsgKind::Signal && m.member == "ActionInvoked")
            .filter_map(|m| match m.args.as_slice() {
                [MonArg::U32(got), MonArg::Str(key), ..] if *got == id => Some(key.clone()),
                _ => None,
            })
            .collect()
    }
}

impl Drop for Monitor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn dunst_displayed() -> Option<u32> {
    tool("dunstctl", &["count", "displayed"])
        .ok()?
        .trim()
        .parse()
        .ok()
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum MsgKind {
    Call,
    Return,
    Signal,
    Error,
}

/// One message as dbus-monitor prints it.
#[derive(Debug, Clone)]
struct BusMsg {
    kind: MsgKind,
    sender: String,
    destination: String,
    serial: Option<u32>,
    reply_serial: Option<u32>,
    member: String,
    args: Vec<MonArg>,
}

#[derive(Debug, Clone, PartialEq)]
enum MonArg {
    Str(String),
    U32(u32),
    I32(i32),
    StrArray(Vec<String>),
    Other(String),
}

const MONITOR_TYPES: [&str; 17] = [
    "string ",
    "uint32 ",
    "int32 ",
    "array [",
    "variant ",
    "boolean ",
    "int64 ",
    "uint64 ",
    "double ",
    "byte ",
    "object path ",
    "signature ",
    "struct {",
    "dict entry(",
    "int16 ",
    "uint16 ",
    "unix fd ",
];

/// Parses dbus-monitor's default output. Strings are printed raw (newlines and quotes included),
/// so an argument runs until the next line that starts a top-level argument (3 spaces + a type).
fn parse_monitor(text: &str) -> Vec<BusMsg> {
    let mut messages: Vec<BusMsg> = vec![];
    let mut arg_lines: Vec<Vec<&str>> = vec![];
    let finish = |messages: &mut Vec<BusMsg>, arg_lines: &mut Vec<Vec<&str>>| {
        if let Some(last) = messages.last_mut() {
            last.args = arg_lines
                .drain(..)
                .map(|lines| parse_monitor_arg(&lines))
                .collect();
        }
        arg_lines.clear();
    };
    for line in text.lines() {
        let kind = [
            ("method call ", MsgKind::Call),
            ("method return ", MsgKind::Return),
            ("signal ", MsgKind::Signal),
            ("error ", MsgKind::Error),
        ]
        .into_iter()
        .find(|(prefix, _)| line.starts_with(prefix) && line.contains(" sender="));
        if let Some((_, kind)) = kind {
            finish(&mut messages, &mut arg_lines);
            let field = |key: &str| {
                line.split_whitespace()
                    .find_map(|t| t.strip_prefix(key))
                    .map(|v| v.trim_end_matches(';').to_string())
                    .unwrap_or_default()
            };
            messages.push(BusMsg {
                kind,
                sender: field("sender="),
                destination: field("destination="),
                serial: field("serial=").parse().ok(),
                reply_serial: field("reply_serial=").parse().ok(),
                member: field("member="),
                args: vec![],
            });
            continue;
        }
        if messages.is_empty() {
            continue;
        }
        let top = line
            .strip_prefix("   ")
            .filter(|rest| MONITOR_TYPES.iter().any(|t| rest.starts_with(t)));
        match (top, arg_lines.last_mut()) {
            (Some(_), _) | (None, None) => arg_lines.push(vec![line]),
            (None, Some(current)) => current.push(line),
        }
    }
    finish(&mut messages, &mut arg_lines);
    messages
}

fn parse_monitor_arg(lines: &[&str]) -> MonArg {
    let first = lines.first().map_or("", |l| l.trim_start());
    let unquote = |s: &str| {
        s.strip_prefix('"')
            .and_then(|s| s.strip_suffix('"'))
            .map(str::to_string)
    };
    if let Some(rest) = first.strip_prefix("string ") {
        let joined = std::iter::once(rest)
            .chain(lines[1..].iter().copied())
            .collect::<Vec<_>>()
            .join("\n");
        if let Some(s) = unquote(&joined) {
            return MonArg::Str(s);
        }
    } else if let Some(n) = first
        .strip_prefix("uint32 ")
        .and_then(|n| n.trim().parse().ok())
    {
        return MonArg::U32(n);
    } else if let Some(n) = first
        .strip_prefix("int32 ")
        .and_then(|n| n.trim().parse().ok())
    {
        return MonArg::I32(n);
    } else if first == "array [" {
        let items: Vec<&str> = lines[1..]
            .iter()
            .map(|l| l.trim())
            .filter(|l| *l != "]")
            .collect();
        let strings: Option<Vec<String>> = items
            .iter()
            .map(|l| l.strip_prefix("string ").and_then(unquote))
            .collect();
        if let Some(strings) = strings {
            return MonArg::StrArray(strings);
        }
    }
    MonArg::Other(lines.join("\n"))
}

/// Notify calls, each with the id from the daemon's matching reply (if seen).
fn notifications_in(messages: &[BusMsg]) -> Vec<Notification> {
    messages
        .iter()
        .filter(|m| m.kind == MsgKind::Call && m.member == "Notify")
        .filter_map(|call| {
            let [MonArg::Str(app_name), _, _, MonArg::Str(summary), MonArg::Str(body), actions, ..] = call.args.as_slice()
            else {
                return None;
            };
            let actions = match actions {
                MonArg::StrArray(a) => a.chunks(2).map(|c| (c[0].clone(), c.get(1).cloned().unwrap_or_default())).collect(),
                _ => vec![],
            };
            let id = messages.iter().find_map(|m| match m.args.first() {
                Some(MonArg::U32(id))
                    if m.kind == MsgKind::Return && m.reply_serial == call.serial && m.destination == call.sender =>
                {
                    Some(*id)
                }
                _ => None,
            });
            Some(Notification { id, app_name: app_name.clone(), summary: summary.clone(), body: body.clone(), actions })
        })
        .collect()
}

// =============================================================================================
// Tray menu (StatusNotifierItem + com.canonical.dbusmenu through gdbus)
// =============================================================================================

/// A parsed GVariant in gdbus's text format (the subset gdbus prints for our calls).
#[derive(Debug, Clone, PartialEq)]
enum Gv {
    Str(String),
    Int(i64),
    Bool(bool),
    Tuple(Vec<Gv>),
    Array(Vec<Gv>),
    Dict(Vec<(Gv, Gv)>),
    Variant(Box<Gv>),
    Word(String),
}

impl Gv {
    /// Looks through variants.
    fn inner(&self) -> &Gv {
        match self {
            Gv::Variant(v) => v.inner(),
            other => other,
        }
    }

    fn get(&self, key: &str) -> Option<&Gv> {
        match self.inner() {
            Gv::Dict(entries) => entries
                .iter()
                .find(|(k, _)| *k == Gv::Str(key.to_string()))
                .map(|(_, v)| v.inner()),
            _ => None,
        }
    }
}

struct GvParser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

fn parse_gvariant(text: &str) -> Result<Gv, String> {
    let mut p = GvParser {
        chars: text.trim().chars().peekable(),
    };
    let value = p.value()?;
    p.ws();
    match p.chars.peek() {
        None => Ok(value),
        Some(c) => Err(format!("trailing text at {c:?} in {text:?}")),
    }
}

impl GvParser<'_> {
    fn ws(&mut self) {
        while self.chars.next_if(|c| c.is_whitespace()).is_some() {}
    }

    fn expect(&mut self, want: char) -> Result<(), String> {
        self.ws();
        match self.chars.next() {
            Some(c) if c == want => Ok(()),
            other => Err(format!("expected {want:?}, found {other:?}")),
        }
    }

    fn value(&mut self) -> Result<Gv, String> {
        self.ws();
        match self.chars.peek().copied() {
            Some('(') => Ok(Gv::Tuple(self.seq('(', ')')?)),
            Some('[') => Ok(Gv::Array(self.seq('[', ']')?)),
            Some('{') => self.dict(),
            Some('<') => {
                self.chars.next();
                let inner = self.value()?;
                self.expect('>')?;
                Ok(Gv::Variant(Box::new(inner)))
            }
            Some(q @ ('\'' | '"')) => {
                self.chars.next();
                self.string(q)
            }
            Some('@') => {
                // Type annotation, e.g. "@av []".
                while self.chars.next_if(|c| !c.is_whitespace()).is_some() {}
                self.value()
            }
            Some(_) => {
                let mut word = String::new();
                while let Some(c) = self
                    .chars
                    .next_if(|c| !c.is_whitespace() && !",)]}>:".contains(*c))
                {
                    word.push(c);
                }
                match word.as_str() {
                    "" => Err(format!("unexpected {:?}", self.chars.peek())),
                    "true" => Ok(Gv::Bool(true)),
                    "false" => Ok(Gv::Bool(false)),
                    "byte" | "int16" | "uint16" | "int32" | "uint32" | "int64" | "uint64"
                    | "handle" | "double" | "objectpath" | "signature" | "boolean" | "string"
                    | "just" => self.value(),
                    "b" if matches!(self.chars.peek(), Some('\'' | '"')) => self.value(),
                    _ => Ok(word
                        .strip_prefix("0x")
                        .map_or_else(
                            || word.parse().ok(),
                            |hex| i64::from_str_radix(hex, 16).ok(),
                        )
                        .map_or(Gv::Word(word), Gv::Int)),
                }
            }
            None => Err("unexpected end".into()),
        }
    }

    fn seq(&mut self, open: char, close: char) -> Result<Vec<Gv>, String> {
        self.expect(open)?;
        let mut items = vec![];
        loop {
            self.ws();
            if self.chars.next_if_eq(&close).is_some() {
                return Ok(items);
            }
            items.push(self.value()?);
            self.ws();
            if self.chars.next_if_eq(&',').is_none() {
                self.expect(close)?;
                return Ok(items);
            }
        }
    }

    fn dict(&mut self) -> Result<Gv, String> {
        self.expect('{')?;
        let mut entries = vec![];
        loop {
            self.ws();
            if self.chars.next_if_eq(&'}').is_some() {
                return Ok(Gv::Dict(entries));
            }
            let key = self.value()?;
            self.expect(':')?;
            let value = self.value()?;
            entries.push((key, value));
            self.ws();
            if self.chars.next_if_eq(&',').is_none() {
                self.expect('}')?;
                return Ok(Gv::Dict(entries));
            }
        }
    }

    fn string(&mut self, quote: char) -> Result<Gv, String> {
        let mut s = String::new();
        loop {
            match self.chars.next() {
                None => return Err("unterminated string".into()),
                Some(c) if c == quote => return Ok(Gv::Str(s)),
                Some('\\') => match self.chars.next() {
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some('r') => s.push('\r'),
                    Some(u @ ('u' | 'U')) => {
                        let len = if u == 'u' { 4 } else { 8 };
                        let hex: String = (0..len).filter_map(|_| self.chars.next()).collect();
                        let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                        s.push(c.ok_or_else(|| format!("bad escape \\{u}{hex}"))?);
                    }
                    Some(c) => s.push(c),
                    None => return Err("unterminated escape".into()),
                },
                Some(c) => s.push(c),
            }
        }
    }
}

/// `gdbus call --session ARGS`, parsed.
fn gdbus_call(args: &[&str]) -> Result<Gv, String> {
    let mut all = vec!["call", "--session", "--timeout", "5"];
    all.extend_from_slice(args);
    let out = tool("gdbus", &all)?;
    parse_gvariant(&out).map_err(|e| format!("cannot parse gdbus output {out:?}: {e}"))
}

fn dbus_get_property(
    dest: &str,
    path: &str,
    interface: &str,
    property: &str,
) -> Result<Gv, String> {
    let reply = gdbus_call(&[
        "--dest",
        dest,
        "--object-path",
        path,
        "--method",
        "org.freedesktop.DBus.Properties.Get",
        interface,
        property,
    ])?;
    match reply {
        Gv::Tuple(mut items) if items.len() == 1 => Ok(items.remove(0).inner().clone()),
        other => Err(format!("{property}: unexpected reply {other:?}")),
    }
}

fn connection_pid(name: &str) -> Option<u32> {
    let reply = gdbus_call(&[
        "--dest",
        "org.freedesktop.DBus",
        "--object-path",
        "/org/freedesktop/DBus",
        "--method",
        "org.freedesktop.DBus.GetConnectionUnixProcessID",
        name,
    ])
    .ok()?;
    match reply {
        Gv::Tuple(items) => match items.first() {
            Some(Gv::Int(pid)) => u32::try_from(*pid).ok(),
            _ => None,
        },
        _ => None,
    }
}

#[derive(Debug, Clone)]
struct MenuNode {
    id: i64,
    label: String,
    kind: String,
    enabled: bool,
    visible: bool,
    toggle_type: String,
    children: Vec<MenuNode>,
}

impl MenuNode {
    /// From `(id, {props}, [<children>])`.
    fn from_gv(gv: &Gv) -> Result<MenuNode, String> {
        let Gv::Tuple(parts) = gv.inner() else {
            return Err(format!("menu item: {gv:?}"));
        };
        let [Gv::Int(id), props, Gv::Array(children)] = parts.as_slice() else {
            return Err(format!("menu item: {gv:?}"));
        };
        let text = |key: &str, default: &str| match props.get(key) {
            Some(Gv::Str(s)) => s.clone(),
            _ => default.to_string(),
        };
        let flag = |key: &str| !matches!(props.get(key), Some(Gv::Bool(false)));
        Ok(MenuNode {
            id: *id,
            label: text("label", ""),
            kind: text("type", "standard"),
            enabled: flag("enabled"),
            visible: flag("visible"),
            toggle_type: text("toggle-type", ""),
            children: children
                .iter()
                .map(MenuNode::from_gv)
                .collect::<Result<_, _>>()?,
        })
    }

    fn child(&self, label: &str) -> Option<&MenuNode> {
        self.children.iter().find(|c| c.visible && c.label == label)
    }
}

fn child_labels(node: &MenuNode) -> Vec<&str> {
    node.children
        .iter()
        .filter(|c| c.visible && c.kind != "separator")
        .map(|c| c.label.as_str())
        .collect()
}

/// The app's StatusNotifierItem menu, found through the watcher by the app's pid.
struct TrayMenu {
    service: String,
    path: String,
}

impl TrayMenu {
    fn find(app: &mut App, timeout: Duration) -> TrayMenu {
        let mut seen = Gv::Array(vec![]);
        let item = poll(timeout, || {
            assert!(
                app.alive(),
                "the app died before registering its tray item\n{}",
                app.context()
            );
            seen = dbus_get_property(
                WATCHER,
                "/StatusNotifierWatcher",
                WATCHER,
                "RegisteredStatusNotifierItems",
            )
            .ok()?;
            let Gv::Array(items) = &seen else { return None };
            items.iter().find_map(|entry| {
                let Gv::Str(entry) = entry.inner() else {
                    return None;
                };
                // ":1.23/StatusNotifierItem" or "org.kde.StatusNotifierItem-123-1/StatusNotifierItem"
                let (service, path) = match entry.find('/') {
                    Some(slash) => (entry[..slash].to_string(), entry[slash..].to_string()),
                    None => (entry.clone(), "/StatusNotifierItem".to_string()),
                };
                (connection_pid(&service) == Some(app.pid)).then_some((service, path))
            })
        })
        .unwrap_or_else(|| {
            panic!(
                "no StatusNotifierItem of pid {} registered with the watcher: {seen:?}\n{}",
                app.pid,
                app.context()
            )
        });
        let (service, item_path) = item;
        let menu = dbus_get_property(&service, &item_path, "org.kde.StatusNotifierItem", "Menu")
            .unwrap_or_else(|e| panic!("the tray item has no Menu property: {e}"));
        let Gv::Str(path) = menu else {
            panic!("Menu property: {menu:?}")
        };
        TrayMenu { service, path }
    }

    fn layout(&self) -> MenuNode {
        let reply = gdbus_call(&[
            "--dest",
            &self.service,
            "--object-path",
            &self.path,
            "--method",
            "com.canonical.dbusmenu.GetLayout",
            "--",
            "0",
            "-1",
            "@as []",
        ])
        .unwrap_or_else(|e| panic!("GetLayout: {e}"));
        match &reply {
            Gv::Tuple(parts) if parts.len() == 2 => {
                MenuNode::from_gv(&parts[1]).unwrap_or_else(|e| panic!("GetLayout: {e}"))
            }
            _ => panic!("GetLayout: {reply:?}"),
        }
    }

    /// Clicks the item at `labels` (e.g. ["Snooze", "10 minutes"]).
    fn click(&self, labels: &[&str]) {
        let root = self.layout();
        let mut node = &root;
        for label in labels {
            node = node.child(label).unwrap_or_else(|| {
                panic!(
                    "no menu item {label:?} (path {labels:?}) among {:?}",
                    child_labels(node)
                )
            });
        }
        assert!(node.enabled, "menu item {labels:?} is disabled");
        let id = node.id.to_string();
        gdbus_call(&[
            "--dest",
            &self.service,
            "--object-path",
            &self.path,
            "--method",
            "com.canonical.dbusmenu.Event",
            "--",
            &id,
            "'clicked'",
            "<int32 0>",
            "0",
        ])
        .map(drop)
        .unwrap_or_else(|e| panic!("clicking {labels:?}: {e}"));
    }
}

// =============================================================================================
// Windows and screenshots (xdotool, ImageMagick)
// =============================================================================================

struct Window {
    id: String,
    title: String,
}

impl Window {
    fn visible(&self) -> bool {
        visible_windows().iter().any(|(id, _)| *id == self.id)
    }

    /// Just this window, as a PNG in target/screenshots.
    fn capture(&self, name: &str) -> PathBuf {
        let path = screenshot_dir().join(format!("{name}.png"));
        let shot = path.display().to_string();
        tool("import", &["-window", &self.id, &shot])
            .unwrap_or_else(|e| panic!("screenshot of window {}: {e}", self.id));
        path
    }
}

/// Visible windows whose title starts with "posture-break — ": (id, title). `search --name`
/// matches the legacy WM_NAME, where the dash is not stored as UTF-8, so it only selects
/// candidates; the title compared is _NET_WM_NAME (what `getwindowname` prints).
fn visible_windows() -> Vec<(String, String)> {
    let ids = tool(
        "xdotool",
        &["search", "--onlyvisible", "--name", "^posture-break"],
    )
    .unwrap_or_default();
    ids.lines()
        .filter_map(|id| {
            let title = tool("xdotool", &["getwindowname", id.trim()]).ok()?;
            let title = title.trim_end_matches('\n').to_string();
            title
                .starts_with(WINDOW_TITLE_PREFIX)
                .then(|| (id.trim().to_string(), title))
        })
        .collect()
}

/// Waits for the app's stretch window (matched by _NET_WM_PID, since parallel tests may have
/// windows of their own).
fn wait_window(app: &mut App, timeout: Duration) -> Window {
    let mut seen = vec![];
    poll(timeout, || {
        assert!(
            app.alive(),
            "the app died while waiting for its window\n{}",
            app.context()
        );
        seen = visible_windows();
        seen.iter().find_map(|(id, title)| {
            let pid = tool("xdotool", &["getwindowpid", id]).ok()?;
            (pid.trim() == app.pid.to_string()).then(|| Window {
                id: id.clone(),
                title: title.clone(),
            })
        })
    })
    .unwrap_or_else(|| {
        panic!(
            "no visible \"{WINDOW_TITLE_PREFIX}…\" window of pid {} (windows seen: {seen:?})\n{}",
            app.pid,
            app.context()
        )
    })
}

fn screenshot_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.parent().unwrap_or(tmp).join("screenshots");
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

/// The whole screen, as a PNG in target/screenshots.
fn screenshot(name: &str) -> PathBuf {
    let path = screenshot_dir().join(format!("{name}.png"));
    tool("import", &["-window", "root", &path.display().to_string()])
        .unwrap_or_else(|e| panic!("screenshot: {e}"));
    let size = fs::metadata(&path).map_or(0, |m| m.len());
    assert!(size > 0, "empty screenshot {}", path.display());
    path
}

/// Standard deviation of the pixel values (0 = a single flat colour).
fn image_spread(png: &Path) -> f64 {
    let out = tool(
        "identify",
        &[
            "-format",
            "%[fx:standard_deviation]",
            &png.display().to_string(),
        ],
    )
    .unwrap_or_else(|e| panic!("identify: {e}"));
    out.trim()
        .parse()
        .unwrap_or_else(|e| panic!("identify printed {out:?}: {e}"))
}

// =============================================================================================
// The harness's own parsers (run everywhere, no desktop needed)
// =============================================================================================

#[test]
fn harness_parses_dbus_monitor_output() {
    let text = r#"signal time=1.1 sender=org.freedesktop.DBus -> destination=:1.11 serial=2 path=/org/freedesktop/DBus; interface=org.freedesktop.DBus; member=NameAcquired
   string ":1.11"
method call time=1.2 sender=:1.12 -> destination=org.freedesktop.Notifications serial=3 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=Notify
   string "posture-break"
   uint32 0
   string ""
   string "Time for a 1-minute stretch"
   string "Cat-cow: line one
line "two" it's"
   array [
      string "default"
      string "Start stretch"
      string "snooze"
      string "Snooze 10 min"
   ]
   array [
      dict entry(
         string "category"
         variant             string "reminder"
      )
   ]
   int32 5000
method return time=1.3 sender=:1.1 -> destination=:1.12 serial=4 reply_serial=3
   uint32 7
signal time=1.4 sender=:1.1 -> destination=:1.12 serial=6 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=ActionInvoked
   uint32 7
   string "default"
"#;
    let messages = parse_monitor(text);
    assert_eq!(messages.len(), 4);
    let notes = notifications_in(&messages);
    assert_eq!(notes.len(), 1);
    let n = &notes[0];
    assert_eq!(n.id, Some(7));
    assert_eq!(n.app_name, "posture-break");
    assert_eq!(n.summary, "Time for a 1-minute stretch");
    assert_eq!(n.body, "Cat-cow: line one\nline \"two\" it's");
    assert_eq!(n.action_label("snooze"), Some("Snooze 10 min"));
    assert_eq!(messages[3].member, "ActionInvoked");
    assert_eq!(
        messages[3].args,
        [MonArg::U32(7), MonArg::Str("default".into())]
    );
    assert_eq!(messages[1].args[7], MonArg::I32(5000));
}

#[test]
fn harness_parses_gdbus_menu_layout() {
    let text = "(uint32 4, (0, {'children-display': <'submenu'>}, [<(1, {'label': <'Next stretch at 14:35'>, \
                'enabled': <false>}, @av [])>, <(2, {'type': <'separator'>}, @av [])>, <(3, {'label': \
                <\"Don't \\u00e9\">, 'children-display': <'submenu'>}, [<(4, {'label': <'5 minutes'>, \
                'toggle-state': <int32 -1>}, @av [])>])>, <(5, {'label': <'Start at login'>, 'toggle-type': \
                <'checkmark'>, 'toggle-state': <1>, 'icon-data': <@ay []>}, @av [])>]))";
    let Gv::Tuple(parts) = parse_gvariant(text).expect("parses") else {
        panic!("not a tuple")
    };
    assert_eq!(parts[0], Gv::Int(4));
    let root = MenuNode::from_gv(&parts[1]).expect("menu");
    assert_eq!(root.children.len(), 4);
    assert_eq!(root.children[0].label, "Next stretch at 14:35");
    assert!(!root.children[0].enabled);
    assert_eq!(root.children[1].kind, "separator");
    assert_eq!(root.children[2].label, "Don't é");
    assert_eq!(root.children[2].child("5 minutes").map(|n| n.id), Some(4));
    assert_eq!(root.children[3].toggle_type, "checkmark");
    assert_eq!(
        child_labels(&root),
        ["Next stretch at 14:35", "Don't é", "Start at login"]
    );

    assert_eq!(
        parse_gvariant("(<@as []>,)"),
        Ok(Gv::Tuple(vec![Gv::Variant(Box::new(Gv::Array(vec![])))]))
    );
    assert_eq!(
        parse_gvariant("(<objectpath '/MenuBar'>,)").map(|v| match v {
            Gv::Tuple(items) => items[0].inner().clone(),
            other => other,
        }),
        Ok(Gv::Str("/MenuBar".into()))
    );
    assert_eq!(
        parse_gvariant("(uint32 1234,)"),
        Ok(Gv::Tuple(vec![Gv::Int(1234)]))
    );
}

#[test]
fn harness_parses_rfc3339() {
    assert_eq!(rfc3339_secs("1970-01-01T00:00:00+00:00"), Some(0));
    assert_eq!(rfc3339_secs("2026-11-26T14:35:00Z"), Some(1_795_703_700));
    assert_eq!(
        rfc3339_secs("2026-11-26T15:35:00.123+01:00"),
        Some(1_795_703_700)
    );
    assert_eq!(
        rfc3339_secs("2026-11-26T09:05:00-05:30"),
        Some(1_795_703_700)
    );
    assert_eq!(
        rfc3339_secs("2024-02-29T00:00:00+00:00"),
        Some(1_709_164_800)
    );
    assert_eq!(rfc3339_secs("not a time"), None);
}
