//! The reminder is heard on every desktop. Where the notification server does not play the
//! `sound-name` hint (dunst) the app plays the sound theme's `message-new-instant` itself; it
//! plays nothing with `sound = false`, nothing while the server is in do-not-disturb, and
//! nothing where the server plays the hint (MATE's daemon): never a double chime. Each scenario
//! records the session's PulseAudio null sink from before the app starts until 3 s after its
//! first reminder and measures the recording with sox.
#![cfg(target_os = "linux")]

use std::time::Duration;

use posture_break_test_support as support;
use support::*;

/// A reminder 2 s after start that stays on screen while the recording runs.
const QUICK: &str =
    "[schedule]\ninterval = \"2s\"\n[stretch]\nduration = \"1s\"\n[notification]\ntimeout = \"30s\"\n";

/// A recording louder than this holds the chime (the theme's sound measured 0.011 over 2.5 s,
/// about 0.005 over a whole recording here).
const HEARD: f64 = 0.002;

struct Heard {
    rms: f64,
    /// What dbus-monitor saw on the app's bus (the Notify call and its hints).
    bus_text: String,
    log: String,
}

/// Starts the app on `bus` and records until 3 s after its first reminder was sent.
fn first_reminder(sandbox: &Sandbox, bus: &PrivateBus) -> Heard {
    let recording = Recording::start(sandbox.root());
    let monitor = Monitor::start_on(sandbox.root(), Some(&bus.address));
    let mut app = sandbox.start_app();
    monitor.wait_notification(
        &mut app,
        "the first reminder",
        Duration::from_secs(10),
        |n| n.app_name == "posture-break" && n.summary.starts_with("Time for a "),
    );
    std::thread::sleep(Duration::from_secs(3));
    let (rms, length) = recording.stop();
    assert!(length > 3.0, "the recording is {length} s long");
    assert!(app.alive(), "{}", app.context());
    Heard {
        rms,
        bus_text: monitor.text(),
        log: app.log_text(),
    }
}

fn sandbox_with_bus(test: &str, config: &str) -> Option<(Sandbox, PrivateBus)> {
    let bin = setup(test, Need::Sound)?;
    let mut sandbox = Sandbox::new(&bin);
    sandbox.write_config(config);
    let bus = sandbox.use_private_bus();
    Some((sandbox, bus))
}

fn private_dunst(sandbox: &Sandbox, bus: &PrivateBus) -> PrivateDunst {
    PrivateDunst::start(
        sandbox.root(),
        bus,
        DunstOptions {
            ignore_close: false,
        },
    )
}

#[test]
fn a_reminder_under_dunst_is_heard() {
    let _one = sound_lock();
    let Some((sandbox, bus)) = sandbox_with_bus("sound_dunst", QUICK) else {
        return;
    };
    let _dunst = private_dunst(&sandbox, &bus);
    let heard = first_reminder(&sandbox, &bus);
    assert!(
        heard.bus_text.contains("\"sound-name\"")
            && heard.bus_text.contains("\"message-new-instant\""),
        "the reminder asks for the theme's sound\n{}",
        heard.bus_text
    );
    assert!(
        heard.rms > HEARD,
        "dunst plays no sounds, so the app must: RMS {} (silence is below {SILENCE})\n{}",
        heard.rms,
        heard.log
    );
    assert!(!heard.log.contains("cannot play"), "{}", heard.log);
}

#[test]
fn sound_off_is_silent() {
    let _one = sound_lock();
    let config = QUICK.replace("[notification]\n", "[notification]\nsound = false\n");
    let Some((sandbox, bus)) = sandbox_with_bus("sound_off", &config) else {
        return;
    };
    let _dunst = private_dunst(&sandbox, &bus);
    let heard = first_reminder(&sandbox, &bus);
    assert!(
        heard.bus_text.contains("\"suppress-sound\""),
        "{}",
        heard.bus_text
    );
    assert!(
        heard.rms < SILENCE,
        "sound = false, yet the recording's RMS is {}\n{}",
        heard.rms,
        heard.log
    );
}

#[test]
fn do_not_disturb_is_silent() {
    let _one = sound_lock();
    // Do-not-disturb does not hold reminders here, so one comes, quietly.
    let config = format!("{QUICK}[presence]\nhold_when = []\n");
    let Some((sandbox, bus)) = sandbox_with_bus("sound_dnd", &config) else {
        return;
    };
    let _dunst = private_dunst(&sandbox, &bus);
    bus.dunstctl(&["set-paused", "true"]);
    let heard = first_reminder(&sandbox, &bus);
    // `sound = true`: only do-not-disturb turns the hint into suppress-sound.
    assert!(
        heard.bus_text.contains("\"suppress-sound\""),
        "the app did not hear of the pause\n{}",
        heard.bus_text
    );
    assert!(
        heard.rms < SILENCE,
        "in do-not-disturb, yet the recording's RMS is {}\n{}",
        heard.rms,
        heard.log
    );
}

#[test]
fn a_server_that_plays_sounds_gets_the_hint_and_the_app_plays_nothing() {
    let _one = sound_lock();
    let Some((sandbox, bus)) = sandbox_with_bus("sound_mate", QUICK) else {
        return;
    };
    let _mate = start_mate_notifications(&bus, &sandbox);
    let heard = first_reminder(&sandbox, &bus);
    assert!(
        heard.bus_text.contains("\"sound-name\""),
        "the server that plays sounds gets the hint\n{}",
        heard.bus_text
    );
    assert!(
        heard.rms < SILENCE,
        "MATE's daemon plays the hint (its own sound goes nowhere here), so the app must not: \
         RMS {}\n{}",
        heard.rms,
        heard.log
    );
}

/// Step cues: a 6 s stretch of three 2 s steps is heard as three sounds, 2 s apart (the steps'
/// boundaries, within 300 ms), the last (the end) longer than the two step cues; with
/// `cues = "off"` the same stretch is silent.
#[test]
fn step_cues_mark_each_step_and_the_end() {
    let _one = sound_lock();
    let _windows = windows_lock();
    for cues in ["chime", "off"] {
        let config =
            format!("[stretch]\nduration = \"6s\"\npositions = [\"floor\"]\ncues = \"{cues}\"\n");
        let Some((sandbox, _bus)) = sandbox_with_bus("step_cues", &config) else {
            return;
        };
        let (bursts, log) = record_stretch(&sandbox, ["One.", "Two.", "Three."]);
        if cues == "off" {
            assert!(bursts.is_empty(), "cues = \"off\", yet {bursts:?}\n{log}");
            continue;
        }
        eprintln!("cues heard: {bursts:?}");
        assert_eq!(bursts.len(), 3, "{bursts:?}\n{log}");
        for pair in bursts.windows(2) {
            let gap = pair[1].start - pair[0].start;
            assert!(
                (gap - 2.0).abs() <= 0.3,
                "cues {gap:.3} s apart: {bursts:?}"
            );
        }
        assert!(
            bursts[2].length > bursts[0].length + 0.3 && bursts[2].length > bursts[1].length + 0.3,
            "the end sounds unlike a step: {bursts:?}"
        );
        assert!(!log.contains("cannot play"), "{log}");
    }
}

/// Writes the three-step exercise (`texts`, 2 s each) and a state file that offers it next; the
/// bundled floor exercises are rated "It hurt", so it is the only one offered.
fn three_steps(sandbox: &Sandbox, texts: [&str; 3]) {
    for id in ["cat-cow", "seal-stretch", "thread-the-needle"] {
        sandbox.cli_ok(&["exercises", "rate", id, "hurt"]);
    }
    let steps: Vec<String> = texts
        .iter()
        .map(|t| format!("{{ text = \"{t}\", secs = 2 }}"))
        .collect();
    let exercise = format!(
        "[[exercise]]\nid = \"three-steps\"\nname = \"Three steps\"\nposition = \"floor\"\nareas = [\"neck\"]\ncaution = \"Gently.\"\nsteps = [{}]\n",
        steps.join(", ")
    );
    let dir = sandbox.config_home().join("posture-break");
    std::fs::create_dir_all(&dir).expect("config dir");
    std::fs::write(dir.join("exercises.toml"), exercise).expect("exercises.toml");
    std::fs::write(
        sandbox.state_file(),
        r#"{"welcomed": true, "rotation": {"credits": {"three-steps": 1000}}}"#,
    )
    .expect("state file");
}

/// Runs one stretch of the running app with `during` done to its window once drawn, and
/// records it until 1.8 s after it completed: the sounds heard.
fn record_one(sandbox: &Sandbox, app: &mut App, during: impl Fn(&Window)) -> Vec<Burst> {
    let before = sandbox.history().len();
    let recording = Recording::start(sandbox.root());
    sandbox.cli_ok(&["stretch"]);
    let status = sandbox.wait_status(app, "stretching", Duration::from_secs(5), |s| {
        s["state"] == "stretching"
    });
    assert!(
        status["exercise"]
            .as_str()
            .is_some_and(|e| e.starts_with("three-steps")),
        "{status}"
    );
    let window = wait_window(app, Duration::from_secs(10));
    window.wait_drawn("cues-window");
    during(&window);
    poll(Duration::from_secs(12), || {
        let history = sandbox.history();
        history[before.min(history.len())..]
            .iter()
            .any(|e| e["event"] == "completed")
            .then_some(())
    })
    .unwrap_or_else(|| panic!("the 6 s stretch never completed\n{}", app.context()));
    std::thread::sleep(Duration::from_millis(1800)); // the end's sound plays out
    window.press("Escape"); // the question
    recording.stop_bursts()
}

/// Starts the app with the three-step exercise and records one stretch of it: the sounds
/// heard, and the app's log.
fn record_stretch(sandbox: &Sandbox, texts: [&str; 3]) -> (Vec<Burst>, String) {
    three_steps(sandbox, texts);
    let mut app = sandbox.start_app();
    sandbox.wait_status(&mut app, "active", Duration::from_secs(10), |s| {
        s["state"] == "active"
    });
    let bursts = record_one(sandbox, &mut app, |_| {});
    (bursts, app.log_text())
}

/// The stretch window's speaker toggle: V silences the cues at once, the choice is kept in the
/// state file and holds for the next stretch, even after a restart; V again brings them back.
#[test]
fn the_speaker_toggle_silences_the_cues_and_is_remembered() {
    let _one = sound_lock();
    let _windows = windows_lock();
    let config = "[stretch]\nduration = \"6s\"\npositions = [\"floor\"]\n";
    let Some((sandbox, _bus)) = sandbox_with_bus("speaker_toggle", config) else {
        return;
    };
    three_steps(&sandbox, ["One.", "Two.", "Three."]);
    let mut app = sandbox.start_app();
    sandbox.wait_status(&mut app, "active", Duration::from_secs(10), |s| {
        s["state"] == "active"
    });
    let muted = record_one(&sandbox, &mut app, |w| w.press("v"));
    assert!(muted.is_empty(), "V pressed at once, yet {muted:?}");
    let state = std::fs::read_to_string(sandbox.state_file()).unwrap_or_default();
    assert!(state.contains("\"cues_muted\": true"), "{state}");
    drop(app);
    // Restarted: still silent.
    let mut app = sandbox.start_app();
    sandbox.wait_status(&mut app, "active", Duration::from_secs(10), |s| {
        s["state"] == "active"
    });
    let still = record_one(&sandbox, &mut app, |_| {});
    assert!(still.is_empty(), "remembered as muted, yet {still:?}");
    // V again: the next steps and the end are heard.
    let back = record_one(&sandbox, &mut app, |w| w.press("v"));
    assert_eq!(back.len(), 3, "{back:?}\n{}", app.log_text());
    let state = std::fs::read_to_string(sandbox.state_file()).unwrap_or_default();
    assert!(!state.contains("cues_muted"), "{state}");
}

/// The spoken guide: with speech-dispatcher (spawned by the app, speaking with espeak-ng into
/// the session's sink) each step is read as it begins, sounds far longer than a chime, and the
/// end is the chime; with no speech service the log says so once and the steps chime.
#[test]
fn the_voice_reads_each_step_and_chimes_without_a_speech_service() {
    let _one = sound_lock();
    let _windows = windows_lock();
    let config = "[stretch]\nduration = \"6s\"\npositions = [\"floor\"]\ncues = \"voice\"\n";
    let texts = [
        "Sit tall and breathe out slowly.",
        "Turn your head to the right.",
        "Turn your head to the left.",
    ];
    // No speech service: SPEECHD_ADDRESS names a socket nobody listens on (no spawning then).
    let Some((mut sandbox, _bus)) = sandbox_with_bus("voice_none", config) else {
        return;
    };
    let nowhere = format!(
        "unix_socket:{}",
        sandbox.root().join("no-speechd.sock").display()
    );
    sandbox.set_env("SPEECHD_ADDRESS", Some(&nowhere));
    let (bursts, log) = record_stretch(&sandbox, texts);
    eprintln!("without a speech service: {bursts:?}");
    assert!(
        log.matches("the spoken guide cannot speak").count() == 1
            && log.contains("no-speechd.sock"),
        "{log}"
    );
    assert_eq!(
        bursts.len(),
        3,
        "chimes for two steps and the end: {bursts:?}\n{log}"
    );

    // With speech-dispatcher.
    let Some((sandbox, _bus)) = sandbox_with_bus("voice", config) else {
        return;
    };
    let (bursts, log) = record_stretch(&sandbox, texts);
    eprintln!("spoken: {bursts:?}");
    assert!(!log.contains("cannot speak"), "{log}");
    // The speech service the app spawned outlives it; it belongs to this test.
    let pid_file = sandbox.root().join("runtime/speech-dispatcher/pid");
    let pid = std::fs::read_to_string(pid_file).ok();
    if let Some(pid) = pid.and_then(|p| p.trim().parse::<i32>().ok()) {
        // SAFETY: kill(2) on the speech-dispatcher this test's app started.
        unsafe { libc::kill(pid, libc::SIGTERM) };
    }
    // Spoken steps are far longer than a chime (a step cue here lasts under 0.1 s), and come
    // from more than one step (the first is read as the window opens, later ones as they begin).
    let spoken: Vec<&Burst> = bursts.iter().filter(|b| b.length > 0.5).collect();
    assert!(
        spoken.len() >= 2 && spoken[spoken.len() - 1].start - spoken[0].start >= 1.5,
        "steps read aloud, each far longer than a chime: {bursts:?}\n{log}"
    );
    assert!(
        spoken.iter().all(|b| b.length < 2.5),
        "each step's reading is cut short by the next step: {bursts:?}"
    );
}
