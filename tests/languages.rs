//! The app in the person's language, on the real desktop: started with `LANG=de_DE.UTF-8`,
//! `ar_EG.UTF-8` or `ja_JP.UTF-8`, its reminder (read with dbus-monitor), its tray menu (read
//! over dbusmenu), the `status` line and the stretch window (its title and a screenshot) speak
//! that language; the Arabic window is laid out right to left.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::time::Duration;

use posture_break::core::config::Config;
use posture_break::core::exercises::ExerciseSet;
use posture_break::core::words::{language, Words};
use support::*;

/// What a person sees in one language, from its catalog.
struct Expected {
    words: Words,
}

impl Expected {
    fn of(tag: &str) -> Expected {
        let language = language::find(tag).unwrap_or_else(|| panic!("no catalog for {tag}"));
        Expected {
            words: Words::new(language).unwrap_or_else(|e| panic!("{e}")),
        }
    }

    fn exercise_name(&self, id: &str) -> String {
        let set = ExerciseSet::bundled().unwrap_or_else(|e| panic!("{e}"));
        let exercise = set
            .get(id)
            .unwrap_or_else(|| panic!("no bundled exercise {id}"));
        self.words.exercise_name(exercise)
    }
}

/// Where the stretch window's primary button (Done, filled with the accent colour) sits: the
/// mean x of its pixels as a fraction of the window's width.
fn done_button_position(shot: &std::path::Path) -> f64 {
    const ACCENT: [u8; 3] = [0x3A, 0x86, 0x76];
    let (pixels, width) = png_rgb(shot);
    let width = width as usize;
    let height = pixels.len() / width.max(1);
    // The buttons' row: the window's lowest quarter.
    let xs: Vec<usize> = pixels
        .iter()
        .enumerate()
        .filter(|(i, p)| i / width > height * 3 / 4 && **p == ACCENT)
        .map(|(i, _)| i % width)
        .collect();
    assert!(!xs.is_empty(), "no Done button in {}", shot.display());
    xs.iter().sum::<usize>() as f64 / xs.len() as f64 / width as f64
}

/// Starts the app in `locale`, checks its reminder, menu, status and window against the
/// catalog of `tag`, and returns the window's screenshot.
fn speaks(test: &str, locale: &str, tag: &str) -> std::path::PathBuf {
    let Some(bin) = setup(test, Need::Desktop) else {
        return std::path::PathBuf::new();
    };
    let _quiet = notifications_lock();
    let _windows = windows_lock();
    let expected = Expected::of(tag);
    let english = Words::english();
    let mut sandbox = Sandbox::new(&bin);
    sandbox.set_env("LANG", Some(locale));
    sandbox.set_env("PB_LAYOUT_CHECK", Some("1"));
    // A stretch must fit between reminders: 4 s each, time for the pictures.
    sandbox.write_config("[schedule]\ninterval = \"4s\"\n[stretch]\nduration = \"4s\"\n");
    let monitor = Monitor::start(sandbox.root());
    let mut app = sandbox.start_app();

    // The reminder.
    let note = monitor.wait_notification(&mut app, "the reminder", Duration::from_secs(10), |n| {
        n.actions.iter().any(|(key, _)| key == "snooze")
    });
    let length = expected
        .words
        .duration_adjective(Duration::from_secs(4))
        .to_string();
    let summary = expected
        .words
        .fmt("reminder-summary", &[("length", length.into())]);
    assert_eq!(note.summary, summary);
    assert_ne!(note.summary, "Time for a 4-second stretch");
    let start = expected.words.get("reminder-start");
    assert_ne!(start, english.get("reminder-start"));
    assert_eq!(note.action_label("default"), Some(start.as_str()));

    // The tray menu, over dbusmenu.
    let menu = TrayMenu::find(&mut app, Duration::from_secs(10));
    let stretch_now = expected.words.get("menu-stretch-now");
    let layout = menu.layout();
    assert_eq!(
        layout.child(&stretch_now).map(|n| n.enabled),
        Some(true),
        "no {stretch_now:?} in the menu: {:?}",
        child_labels(&layout)
    );
    assert!(layout.child("Start stretch now").is_none());

    // The window, from the command line.
    sandbox.cli_ok(&["stretch"]);
    let status = sandbox.wait_status(&mut app, "stretching", Duration::from_secs(5), |s| {
        s["state"] == "stretching"
    });
    // JSON stays English: the state and the exercise's id.
    let id = status["exercise"].as_str().unwrap_or_default().to_string();
    let text = sandbox.cli_ok(&["status"]);
    let stretching = expected
        .words
        .fmt("status-stretching", &[("exercise", id.as_str().into())]);
    assert!(
        text.stdout.contains(&stretching),
        "{:?} does not say {stretching:?}",
        text.stdout
    );
    let window = wait_window(&mut app, Duration::from_secs(10));
    assert_eq!(
        window.title,
        format!("posture-break — {}", expected.exercise_name(&id))
    );
    window.wait_drawn(&format!("stretch-window-{tag}"));
    let shot = window.capture(&format!("stretch-window-{tag}"));
    sandbox.cli_ok(&["skip"]);
    assert!(app.alive(), "{}", app.context());
    assert!(app.log_text().contains(&format!("speaking {tag}")));
    // Every one-line text fitted its box, in this language's own lengths.
    let stderr = app.stderr_text();
    assert!(stderr.contains("checking the layout of each string drawn"));
    let problems: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("layout check:"))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // A config error: the notification says it in this language, quoting the file as written.
    let broken = "[schedule]\ninterval = \"5 fortnights\"\n";
    sandbox.write_config(broken);
    let error = Config::from_file_contents(&sandbox.config_file(), broken.as_bytes())
        .expect_err("the broken config is refused");
    let summary = expected.words.get("notice-config-not-applied");
    let note =
        monitor.wait_notification(&mut app, "the config error", Duration::from_secs(5), |n| {
            n.summary == summary
        });
    let said = error.said(&expected.words);
    assert_eq!(
        note.body.lines().next(),
        Some(said.as_str()),
        "{:?}",
        note.body
    );
    assert_ne!(said, error.to_string(), "still English");
    // As written, once right-to-left isolation marks are set aside.
    let plain: String = note
        .body
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    assert!(plain.contains("`5 fortnights`"), "{:?}", note.body);
    // The log keeps English (written before the notification is sent).
    assert!(
        app.log_text().contains(&error.to_string()),
        "{}",
        app.log_text()
    );
    assert!(app.alive(), "{}", app.context());
    shot
}

#[test]
fn german_desktop() {
    let shot = speaks("language_de", "de_DE.UTF-8", "de");
    if shot.as_os_str().is_empty() {
        return;
    }
    // Left to right: Done is on the right.
    assert!(done_button_position(&shot) > 0.6, "{}", shot.display());
}

#[test]
fn arabic_desktop_is_mirrored() {
    let shot = speaks("language_ar", "ar_EG.UTF-8", "ar");
    if shot.as_os_str().is_empty() {
        return;
    }
    // Right to left: the layout is mirrored, Done is on the left.
    assert!(done_button_position(&shot) < 0.4, "{}", shot.display());
}

#[test]
fn japanese_desktop() {
    speaks("language_ja", "ja_JP.UTF-8", "ja");
}

/// Pseudo text has no plain vowel: the Fluent transform accented every one. The app's name and
/// the command lines it prints are the exceptions (not translated).
fn from_catalog(text: &str) -> bool {
    text.starts_with("posture-break ")
        || !text
            .replace("posture-break", "")
            .chars()
            .any(|c| "aeiouAEIOU".contains(c))
}

fn all_labels(node: &MenuNode, out: &mut Vec<String>) {
    for child in node
        .children
        .iter()
        .filter(|c| c.visible && c.kind != "separator")
    {
        out.push(child.label.clone());
        all_labels(child, out);
    }
}

/// The pseudo-language (accented, about 40% longer) through every window phase, the week and
/// the menus: nothing is left in plain English, and the app's layout check, which measures each
/// one-line text against its box as it is drawn, finds nothing that wraps or overflows.
#[test]
fn pseudo_language_fits_and_comes_from_the_catalog() {
    let Some(bin) = setup("language_pseudo", Need::Desktop) else {
        return;
    };
    let _quiet = notifications_lock();
    let _windows = windows_lock();
    let pseudo = Expected::of("en-XA");
    let sandbox = Sandbox::new(&bin);
    sandbox.write_config(
        "[general]\nlanguage = \"en-XA\"\n[schedule]\ninterval = \"6s\"\n\
         [stretch]\nduration = \"6s\"\ncues = \"off\"\n[posture]\nsit_stand = { sit = \"40m\", stand = \"20m\" }\n",
    );
    let monitor = Monitor::start(sandbox.root());
    let mut app = sandbox.start_app();

    let note = monitor.wait_notification(&mut app, "the reminder", Duration::from_secs(10), |n| {
        n.actions.iter().any(|(key, _)| key == "snooze")
    });
    let mut shown = vec![note.summary.clone(), note.body.clone()];
    shown.extend(note.actions.iter().map(|(_, label)| label.clone()));

    let menu = TrayMenu::find(&mut app, Duration::from_secs(10));
    all_labels(&menu.layout(), &mut shown);

    // Every phase of the stretch window: the stretch, the question, the advice after "It hurt".
    sandbox.cli_ok(&["stretch"]);
    let window = wait_window(&mut app, Duration::from_secs(10));
    shown.push(window.title.clone());
    window.wait_drawn("pseudo-stretch");
    window.press("space"); // paused: the other key hint and ring label
    std::thread::sleep(Duration::from_millis(300));
    window.capture("pseudo-stretch-paused");
    window.press("space");
    sandbox.wait_status(&mut app, "the stretch over", Duration::from_secs(12), |s| {
        s["state"] != "stretching"
    });
    std::thread::sleep(Duration::from_millis(300));
    window.capture("pseudo-question");
    window.press("3");
    std::thread::sleep(Duration::from_millis(300));
    window.capture("pseudo-advice");
    window.press("Escape");
    window.wait_gone(&mut app, "Esc on the advice");

    // The week window, from the menu.
    menu.click(&[&pseudo.words.get("menu-your-week")]);
    let week = wait_window(&mut app, Duration::from_secs(10));
    shown.push(week.title.clone());
    week.wait_drawn("pseudo-week");
    week.press("Escape");
    week.wait_gone(&mut app, "Esc on the week");

    let english: Vec<&String> = shown.iter().filter(|t| !from_catalog(t)).collect();
    assert!(english.is_empty(), "plain English shown: {english:?}");
    let stderr = app.stderr_text();
    assert!(
        stderr.contains("checking the layout of each string drawn"),
        "{}",
        app.context()
    );
    let problems: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("layout check:"))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(app.alive(), "{}", app.context());
}
