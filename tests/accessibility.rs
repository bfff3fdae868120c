//! Screen readers end to end: at-spi2-core's accessibility bus on the app's own session bus,
//! AT-SPI turned on as a desktop does for Orca, and a real AT-SPI client (Python's Atspi, what
//! Orca uses) reading the stretch and week windows and pressing their buttons.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::time::Duration;

use support::atspi::{find, nodes, A11yBus};
use support::*;

const APP: &str = "posture-break";

/// The stretch window as a screen reader finds it: named after the exercise, the step as text,
/// Done, Skip and Pause as push buttons; Done pressed through its accessibility action
/// completes the stretch, and the question's answers are buttons too.
#[test]
fn a_screen_reader_reads_the_stretch_and_presses_done() {
    let Some(bin) = setup("a11y_stretch", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let display = sandbox.use_private_display();
    let bus = sandbox.use_private_bus();
    let a11y = A11yBus::start(&bus, &display.display);
    sandbox.write_config("[stretch]\nduration = \"60s\"\ncues = \"off\"\n");
    let mut app = sandbox.start_app();
    sandbox.cli_ok(&["stretch"]);
    let status = sandbox.wait_status(&mut app, "stretching", Duration::from_secs(5), |s| {
        s["state"] == "stretching"
    });
    let exercise = status["exercise"].as_str().unwrap_or_default().to_string();
    let name = sandbox
        .exercises()
        .into_iter()
        .find(|e| e.id == exercise)
        .map(|e| e.name)
        .unwrap_or_default();
    let tree = a11y.wait(APP, "the stretch window's buttons", |t| {
        find(t, "push button", "Done").is_some()
    });
    let window = nodes(&tree)
        .into_iter()
        .find(|n| n["role"] == "window" || n["role"] == "frame")
        .unwrap_or_else(|| panic!("no window in {tree:#}"));
    let title = window["name"].as_str().unwrap_or_default();
    assert!(
        !name.is_empty() && title.ends_with(&name),
        "the window is named after {name:?}: {tree:#}"
    );
    for button in ["Done", "Skip", "Pause"] {
        let node = find(&tree, "push button", button)
            .unwrap_or_else(|| panic!("no {button} button in {tree:#}"));
        assert!(
            node["actions"]
                .as_array()
                .is_some_and(|a| a.iter().any(|x| x == "click")),
            "{button} can be pressed: {node}"
        );
    }
    let step = nodes(&tree)
        .into_iter()
        .find(|n| {
            n["name"]
                .as_str()
                .is_some_and(|t| t.starts_with("Step 1 of "))
        })
        .unwrap_or_else(|| panic!("no step text in {tree:#}"));
    assert!(
        step["name"]
            .as_str()
            .is_some_and(|t| t.len() > "Step 1 of 3: ".len()),
        "{step}"
    );

    assert!(
        nodes(&tree)
            .iter()
            .any(|n| n["name"].as_str().is_some_and(|t| t.ends_with(" left"))),
        "the time left can be read: {tree:#}"
    );

    // Pause through the screen reader: the button becomes Resume.
    a11y.press(APP, "Pause");
    a11y.wait(APP, "Resume", |t| {
        find(t, "push button", "Resume").is_some()
    });
    a11y.press(APP, "Resume");
    a11y.press(APP, "Done");
    sandbox.wait_history(&mut app, "completed", |e| e["event"] == "completed");
    let question = a11y.wait(APP, "the question's answers", |t| {
        find(t, "push button", "Good").is_some()
    });
    assert!(
        nodes(&question)
            .iter()
            .any(|n| n["name"] == "How did that feel?" || n["text"] == "How did that feel?"),
        "{question:#}"
    );
    a11y.press(APP, "Good");
    sandbox.wait_history(&mut app, "rated good", |e| {
        e["event"] == "rated" && e["feeling"] == "good"
    });
}

/// Each new step is announced once, as it begins; the countdown is not announced.
#[test]
fn each_step_is_announced_once_as_it_begins() {
    let Some(bin) = setup("a11y_steps", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let display = sandbox.use_private_display();
    let bus = sandbox.use_private_bus();
    let a11y = A11yBus::start(&bus, &display.display);
    sandbox.write_config("[stretch]\nduration = \"8s\"\ncues = \"off\"\n");
    let mut app = sandbox.start_app();
    let listener = a11y.listen(12);
    sandbox.cli_ok(&["stretch"]);
    wait_until(
        "the 8 s stretch to complete",
        Duration::from_secs(15),
        || {
            assert!(app.alive(), "{}", app.context());
            sandbox
                .history()
                .iter()
                .any(|e| e["event"] == "completed")
                .then_some(())
        },
    );
    let heard = listener.heard();
    let steps: Vec<&str> = heard
        .iter()
        .filter_map(|e| e["text"].as_str())
        .filter(|t| t.starts_with("Step "))
        .collect();
    let count: usize = steps
        .first()
        .and_then(|t| t.split_once(" of ")?.1.split_once(':')?.0.parse().ok())
        .unwrap_or(0);
    assert!(count >= 2, "{heard:#?}");
    let wanted: Vec<String> = (2..=count)
        .map(|n| format!("Step {n} of {count}: "))
        .collect();
    let got: Vec<String> = steps
        .iter()
        .map(|t| {
            t.split_inclusive(": ")
                .next()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    // The first step's text comes with the window (its creation is not a change).
    let got: Vec<String> = got
        .into_iter()
        .filter(|t| !t.starts_with("Step 1 "))
        .collect();
    assert_eq!(got, wanted, "each step once, in order: {heard:#?}");
    assert!(
        heard
            .iter()
            .all(|e| e["text"].as_str().is_some_and(|t| t.starts_with("Step "))),
        "the countdown is read on demand, never announced: {heard:#?}"
    );
}

/// The week window reads as its numbers, and its Close button closes it.
#[test]
fn a_screen_reader_reads_the_week_and_closes_it() {
    let Some(bin) = setup("a11y_week", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let display = sandbox.use_private_display();
    let bus = sandbox.use_private_bus();
    let a11y = A11yBus::start(&bus, &display.display);
    let mut app = sandbox.start_app();
    sandbox.cli_ok(&["week"]);
    let tree = a11y.wait(APP, "the week window", |t| {
        find(t, "push button", "Close").is_some()
    });
    let texts: Vec<&str> = nodes(&tree)
        .into_iter()
        .filter_map(|n| n["text"].as_str().or(n["name"].as_str()))
        .collect();
    assert!(
        texts.iter().any(|t| t.starts_with("Last 7 days: ")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.starts_with("Streak: ")), "{texts:?}");
    a11y.press(APP, "Close");
    a11y.wait(APP, "the week window gone", |t| {
        find(t, "push button", "Close").is_none()
    });
    assert!(app.alive());
}
