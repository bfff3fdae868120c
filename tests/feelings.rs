//! End-to-end tests of "the stretches that feel good to you" against the real binary in the
//! headless desktop session (Xvfb, a private session bus, dunst): the stretch window's question
//! answered with the keys 1, 2 and 3, what each answer writes (`exercises list --json`, the
//! history's `feeling`), the safety advice after "It hurt", `exercises next`, and the reminder
//! when every allowed exercise is rated "It hurt".
//!
//! ```text
//! cargo build --release
//! PB_BIN=$PWD/target/release/posture-break PB_REQUIRE_DESKTOP=1 \
//!     bash tests/desktop/session.sh cargo test --test feelings
//! ```
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::time::Duration;

use serde_json::Value;
use support::*;

/// The advice's title colour (the app's CAUTION ink).
const CAUTION: [u8; 3] = [0x86, 0x5A, 0x2E];

fn caution_pixels(png: &std::path::Path) -> usize {
    let (pixels, _) = png_rgb(png);
    pixels.iter().filter(|p| **p == CAUTION).count()
}

/// `exercises list --json` as (id → the whole entry).
fn listed(sandbox: &Sandbox) -> Vec<Value> {
    let out = sandbox.cli_ok(&["exercises", "list", "--json"]);
    let list: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("exercises list --json: {e}\n{out}"));
    list.as_array().cloned().unwrap_or_default()
}

fn rating_of(sandbox: &Sandbox, id: &str) -> Value {
    listed(sandbox)
        .into_iter()
        .find(|e| e["id"] == id)
        .map(|e| e["rating"].clone())
        .unwrap_or_else(|| panic!("{id} is not listed"))
}

/// Starts a stretch, ends it with `end` (a key), answers the question with `answer`, and
/// returns the exercise and the window (still open after "It hurt").
fn stretch_and_answer(
    sandbox: &Sandbox,
    app: &mut App,
    end: &str,
    answer: &str,
    shot: &str,
) -> (String, Window) {
    sandbox.cli_ok(&["stretch"]);
    let status = sandbox.wait_status(app, "state stretching", Duration::from_secs(5), |s| {
        s["state"] == "stretching"
    });
    let exercise = status["exercise"].as_str().unwrap_or_default().to_string();
    let window = wait_window(app, Duration::from_secs(10));
    window.wait_drawn(&format!("{shot}-stretch"));
    window.press(end);
    let outcome = if end == "Return" {
        "completed"
    } else {
        "skipped"
    };
    sandbox.wait_history(app, outcome, |e| {
        e["event"] == outcome && e["exercise"] == exercise.as_str()
    });
    // The window stays and asks.
    assert!(
        window.visible(),
        "the window closed without asking\n{}",
        app.context()
    );
    let question = poll(Duration::from_secs(5), || {
        let png = window.capture(shot);
        (image_spread(&png) > 0.02 && caution_pixels(&png) == 0).then_some(png)
    })
    .unwrap_or_else(|| panic!("no question drawn\n{}", app.context()));
    eprintln!("screenshot: {}", question.display());
    window.press(answer);
    (exercise, window)
}

/// The middle of an answer button (0 Good, 1 Not for me, 2 It hurt): three 132 x 38 px buttons
/// 14 px apart, centred, their top 8 px below the window's middle.
fn answer_centre(window: &Window, index: u32) -> (u32, u32) {
    let (w, h) = window.size();
    let left = (w - 3 * 132 - 2 * 14) / 2;
    (left + index * (132 + 14) + 66, h / 2 + 8 + 19)
}

fn feeling_lines(sandbox: &Sandbox, exercise: &str) -> Vec<String> {
    sandbox
        .history()
        .iter()
        .filter(|e| e["event"] == "rated" && e["exercise"] == exercise)
        .map(|e| e["feeling"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn keys_1_2_3_rate_the_stretch_and_it_hurt_shows_the_advice() {
    let Some(bin) = setup("feelings_keys", Need::Desktop) else {
        return;
    };
    let _windows = windows_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config("[stretch]\nduration = \"30s\"\npositions = [\"standing\"]\n");
    let mut app = sandbox.start_app();
    sandbox.wait_status(&mut app, "active", Duration::from_secs(10), |s| {
        s["state"] == "active"
    });

    // 1 after Enter: good. The window closes at once.
    let (good, window) = stretch_and_answer(&sandbox, &mut app, "Return", "1", "feeling-question");
    window.wait_gone(&mut app, "the answer Good");
    sandbox.wait_history(&mut app, "rated good", |e| {
        e["event"] == "rated" && e["exercise"] == good.as_str()
    });
    assert_eq!(feeling_lines(&sandbox, &good), ["good"]);
    assert_eq!(rating_of(&sandbox, &good), "good");

    // 2 after Esc (skipped once it began): not for me.
    let (meh, window) = stretch_and_answer(&sandbox, &mut app, "Escape", "2", "feeling-skip");
    assert_ne!(meh, good, "the rotation repeated an exercise back to back");
    window.wait_gone(&mut app, "the answer Not for me");
    sandbox.wait_history(&mut app, "rated not_for_me", |e| {
        e["event"] == "rated" && e["exercise"] == meh.as_str()
    });
    assert_eq!(feeling_lines(&sandbox, &meh), ["not_for_me"]);
    assert_eq!(rating_of(&sandbox, &meh), "not_for_me");

    // 3: it hurt. The advice shows at once, in the caution ink, until closed.
    let (hurt, window) = stretch_and_answer(&sandbox, &mut app, "Return", "3", "feeling-q3");
    sandbox.wait_history(&mut app, "rated hurt", |e| {
        e["event"] == "rated" && e["exercise"] == hurt.as_str()
    });
    let advice = poll(Duration::from_secs(5), || {
        let png = window.capture("feeling-hurt-advice");
        (caution_pixels(&png) > 200).then_some(png)
    })
    .unwrap_or_else(|| panic!("no safety advice drawn\n{}", app.context()));
    eprintln!("screenshot: {}", advice.display());
    holds_for(Duration::from_secs(2), || {
        assert!(window.visible(), "the advice closed by itself at once");
    });
    window.press("Return");
    window.wait_gone(&mut app, "Enter on the advice");
    assert_eq!(rating_of(&sandbox, &hurt), "hurt");
    let done: Vec<Value> = listed(&sandbox)
        .into_iter()
        .filter(|e| e["id"] == good.as_str())
        .map(|e| e["done"].clone())
        .collect();
    assert_eq!(done, [1], "the good one was completed once");

    // `exercises next` never offers what hurt and says why the favourite comes.
    let next = sandbox
        .cli_ok(&["exercises", "next", "--count", "12"])
        .stdout;
    let names: std::collections::HashMap<String, String> = listed(&sandbox)
        .into_iter()
        .map(|e| {
            let id = e["id"].as_str().unwrap_or_default().to_string();
            (id, e["name"].as_str().unwrap_or_default().to_string())
        })
        .collect();
    assert_eq!(next.lines().count(), 12, "{next}");
    assert!(!next.contains(&format!("{} (", names[&hurt])), "{next}");
    assert!(
        next.contains(&format!("{} (standing, ", names[&good])) && next.contains("favourite"),
        "{next}"
    );
    assert!(
        next.contains("strength turn") || !next.contains("mobility"),
        "{next}"
    );

    // A rating given on the command line reaches the running app: clearing "hurt" brings the
    // exercise back into `exercises next`.
    sandbox.cli_ok(&["exercises", "rate", &hurt, "clear"]);
    assert_eq!(rating_of(&sandbox, &hurt), Value::Null);
    assert_eq!(
        sandbox.history().last().map(|e| e["event"].clone()),
        Some(Value::from("rating_cleared"))
    );
    let next = sandbox
        .cli_ok(&["exercises", "next", "--count", "12"])
        .stdout;
    assert!(next.contains(&format!("{} (", names[&hurt])), "{next}");

    // By mouse: the "Not for me" button.
    sandbox.cli_ok(&["stretch"]);
    sandbox.wait_status(&mut app, "state stretching", Duration::from_secs(5), |s| {
        s["state"] == "stretching"
    });
    let clicked = sandbox.status_ok()["exercise"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let window = wait_window(&mut app, Duration::from_secs(10));
    window.wait_drawn("feeling-click-stretch");
    window.press("Return");
    sandbox.wait_history(&mut app, "completed", |e| {
        e["event"] == "completed" && e["exercise"] == clicked.as_str()
    });
    let (x, y) = answer_centre(&window, 1);
    window.click_at(x, y);
    window.wait_gone(&mut app, "a click on Not for me");
    assert_eq!(
        feeling_lines(&sandbox, &clicked).last().map(String::as_str),
        Some("not_for_me")
    );

    // A bad rating is refused precisely, and changes nothing.
    let before = sandbox.history().len();
    let bad = sandbox.cli(&["exercises", "rate", &good, "great"]);
    assert_eq!(bad.code(), Some(1), "{bad}");
    assert!(
        bad.stderr.contains("unknown rating \"great\"") && bad.stderr.contains("\"not-for-me\""),
        "{bad}"
    );
    assert_eq!(sandbox.history().len(), before);
}

#[test]
fn with_everything_rated_it_hurt_the_reminder_says_so() {
    let Some(bin) = setup("feelings_all_hurt", Need::Desktop) else {
        return;
    };
    let _quiet = notifications_lock();
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config("[stretch]\npositions = [\"standing\"]\n");
    // Rated before the app runs: straight into the history.
    let standing: Vec<String> = listed(&sandbox)
        .into_iter()
        .filter(|e| e["position"] == "standing")
        .filter_map(|e| e["id"].as_str().map(str::to_string))
        .collect();
    assert!(standing.len() >= 5, "{standing:?}");
    for id in &standing {
        sandbox.cli_ok(&["exercises", "rate", id, "hurt"]);
    }
    let next = sandbox.cli_ok(&["exercises", "next"]).stdout;
    assert!(next.contains("rated \"It hurt\""), "{next}");

    let monitor = Monitor::start(sandbox.root());
    let mut app = sandbox.start_app();
    sandbox.wait_status(&mut app, "active", Duration::from_secs(10), |s| {
        s["state"] == "active"
    });
    sandbox.write_config(
        "[schedule]\ninterval = \"2s\"\n[stretch]\nduration = \"2s\"\npositions = [\"standing\"]\n",
    );
    let note = monitor.wait_notification(&mut app, "a reminder", Duration::from_secs(15), |n| {
        n.app_name == "posture-break"
    });
    assert!(
        note.body.contains(&format!(
            "All {} exercises your positions allow are rated \"It hurt\"",
            standing.len()
        )) && note.body.contains("posture-break exercises rate ID clear")
            && note.body.contains("positions"),
        "{:?}",
        note.body
    );
    let status = sandbox.status_ok();
    assert_eq!(status["state"], "reminding", "{status}");
    assert_eq!(status["exercise"], Value::Null, "{status}");
    // Asking for the stretch anyway opens no empty window and keeps the app well.
    sandbox.cli_ok(&["stretch"]);
    holds_for(Duration::from_secs(1), || {
        assert!(app.alive(), "the app died\n{}", app.context());
        assert_ne!(sandbox.status_ok()["state"], "stretching");
    });
}
