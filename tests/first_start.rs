//! The very first start says where the app went: panels that hide new tray icons (GNOME's
//! AppIndicator extension, KDE's overflow) otherwise leave the user unsure it runs at all. Once
//! shown it is remembered in the state file and never shown again. Real binary, real dunst.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::fs;
use std::time::Duration;

use support::*;

const WELCOME: &str = "posture-break is running";

#[test]
fn first_start_says_where_the_app_is_once() {
    let Some(bin) = setup("first_start", Need::Desktop) else {
        return;
    };
    let _quiet = notifications_lock();
    let sandbox = Sandbox::first_start(&bin);
    sandbox.write_config("[schedule]\ninterval = \"20m\"\n");
    let monitor = Monitor::start(sandbox.root());
    let mut app = sandbox.start_app();

    let note = monitor.wait_notification(&mut app, "the welcome", Duration::from_secs(10), |n| {
        n.summary == WELCOME
    });
    assert_eq!(note.app_name, "posture-break");
    let next = sandbox.status_ok()["next_reminder"]
        .as_str()
        .and_then(rfc3339_secs)
        .expect("a next reminder");
    for part in [
        "runs in the tray".to_string(),
        format!("first 1-minute stretch is at {}", local_hhmm(next)),
        "every 20 minutes".to_string(),
        "tray icon for the menu".to_string(),
        sandbox.config_file().display().to_string(),
    ] {
        assert!(
            note.body.contains(&part),
            "{part:?} missing from {:?}",
            note.body
        );
    }
    wait_until(
        "state.json to remember the welcome",
        Duration::from_secs(5),
        || {
            let state = fs::read_to_string(sandbox.state_file()).ok()?;
            let state: serde_json::Value = serde_json::from_str(&state).ok()?;
            (state["welcomed"] == true).then_some(())
        },
    );
    sandbox.cli_ok(&["quit"]);
    app.wait_exit(Duration::from_secs(10))
        .unwrap_or_else(|| panic!("quit did not end the app\n{}", app.context()));

    // A login start afterwards: the app comes up (its log says so) and says nothing.
    let again = sandbox.start_app();
    wait_until(
        "the second start to be logged",
        Duration::from_secs(5),
        || (again.context().matches("started; next stretch").count() >= 2).then_some(()),
    );
    holds_for(Duration::from_secs(1), || {
        let welcomes = monitor
            .notifications()
            .into_iter()
            .filter(|n| n.summary == WELCOME)
            .count();
        assert_eq!(
            welcomes,
            1,
            "the welcome must be shown once\n{}",
            monitor.dump()
        );
    });
}

/// Without a notification daemon at the first start nothing is remembered: the next start with
/// one shows the welcome.
#[test]
fn welcome_waits_for_a_start_that_can_show_it() {
    let Some(bin) = setup("first_start_no_daemon", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::first_start(&bin);
    let _bus = sandbox.use_private_bus();
    let mut app = sandbox.start_app();
    wait_until(
        "the missing daemon to be reported",
        Duration::from_secs(10),
        || {
            app.context()
                .contains("cannot show notifications")
                .then_some(())
        },
    );
    sandbox.cli_ok(&["quit"]);
    app.wait_exit(Duration::from_secs(10))
        .unwrap_or_else(|| panic!("quit did not end the app\n{}", app.context()));
    let state = fs::read_to_string(sandbox.state_file()).unwrap_or_default();
    assert!(
        !state.contains("\"welcomed\": true"),
        "not shown, so not remembered: {state}"
    );
}
