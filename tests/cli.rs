//! The command line through the real binary, with private XDG directories: the offline
//! commands, and `quit` against a headless app. (Windows has its own: `cli_windows.rs`.)
#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

mod common;

fn run(home: &Path, args: &[&str]) -> Output {
    common::in_english(&mut Command::new(env!("CARGO_BIN_EXE_posture-break")))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_RUNTIME_DIR", home.join("runtime"))
        .env("XDG_CONFIG_DIRS", home.join("etc-xdg"))
        .output()
        .expect("run posture-break")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn config_path_init_and_check() {
    let home = tempfile::tempdir().unwrap();
    let path = run(home.path(), &["config", "path"]);
    let expected = home.path().join("config/posture-break/config.toml");
    assert_eq!(stdout(&path).trim(), expected.display().to_string());

    let init = run(home.path(), &["config", "init"]);
    assert!(init.status.success(), "{}", stderr(&init));
    assert_eq!(
        std::fs::read_to_string(&expected).unwrap(),
        std::fs::read_to_string("config.example.toml").unwrap()
    );
    std::fs::write(&expected, "[schedule]\ninterval = \"20m\"\n").unwrap();
    let again = run(home.path(), &["config", "init"]);
    assert_eq!(again.status.code(), Some(1), "init must not overwrite");
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );
    assert!(std::fs::read_to_string(&expected).unwrap().contains("20m"));

    let check = run(home.path(), &["config", "check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        stdout(&check).contains("interval = 20m"),
        "{}",
        stdout(&check)
    );

    // A system-wide default is overridden key by key by the user's file.
    let system = home.path().join("etc-xdg/posture-break/config.toml");
    std::fs::create_dir_all(system.parent().unwrap()).unwrap();
    std::fs::write(&system, "[schedule]\nsnooze = \"7m\"\ninterval = \"2h\"\n").unwrap();
    let check = run(home.path(), &["config", "check"]);
    let text = stdout(&check);
    assert!(
        text.contains("interval = 20m") && text.contains("snooze = 7m"),
        "{text}"
    );

    std::fs::write(&system, "[schedule]\nsnoze = \"7m\"\n").unwrap();
    let check = run(home.path(), &["config", "check"]);
    assert_eq!(check.status.code(), Some(1));
    let message = stderr(&check);
    assert!(
        message.starts_with(&format!("{}:2:1:", system.display())),
        "{message}"
    );
    assert!(message.contains("did you mean `snooze`"), "{message}");
}

/// `config init` writes config.example.toml byte for byte (comments, blank lines and the final
/// newline included), creating the config directory.
#[test]
fn config_init_writes_the_example_byte_for_byte() {
    const EXAMPLE: &[u8] = include_bytes!("../config.example.toml");
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("config/posture-break/config.toml");
    assert!(!path.parent().unwrap().exists());
    let init = run(home.path(), &["config", "init"]);
    assert!(init.status.success(), "{}", stderr(&init));
    let written = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if written != EXAMPLE {
        let at = written
            .iter()
            .zip(EXAMPLE)
            .position(|(a, b)| a != b)
            .unwrap_or(written.len().min(EXAMPLE.len()));
        panic!(
            "config init wrote {} bytes, config.example.toml has {}; first difference at byte {at}",
            written.len(),
            EXAMPLE.len()
        );
    }
    // The file it wrote is the one the app reads, and it checks clean.
    let check = run(
        home.path(),
        &["config", "check", &path.display().to_string()],
    );
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn exercises_list_and_show() {
    let home = tempfile::tempdir().unwrap();
    let list = run(home.path(), &["exercises", "list", "--json"]);
    assert!(list.status.success(), "{}", stderr(&list));
    let all: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let ids: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert!(ids.len() >= 12, "{ids:?}");
    for seed in [
        "cat-cow",
        "seal-stretch",
        "seated-trunk-rotation",
        "bent-over-iyt",
    ] {
        assert!(ids.contains(&seed), "{seed} missing from {ids:?}");
    }
    let text = stdout(&run(home.path(), &["exercises", "list"]));
    assert!(
        text.contains("Cat-Cow") && text.contains("not medical advice"),
        "{text}"
    );

    let show = run(home.path(), &["exercises", "show", "cat-cow"]);
    let text = stdout(&show);
    assert!(
        text.contains("Caution:") && text.contains("clinician"),
        "{text}"
    );
    let json = run(home.path(), &["exercises", "show", "cat-cow", "--json"]);
    let one: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(one["position"], "floor");
    assert!(!one["steps"].as_array().unwrap().is_empty());

    let typo = run(home.path(), &["exercises", "show", "cat-cw"]);
    assert_eq!(typo.status.code(), Some(1));
    assert!(
        stderr(&typo).contains("did you mean \"cat-cow\""),
        "{}",
        stderr(&typo)
    );
}

#[test]
fn user_exercises_file_is_validated() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("config/posture-break");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("exercises.toml"),
        "[[exercise]]\nid = \"desk-hang\"\nname = \"Desk hang\"\nposition = \"standng\"\nareas = [\"shoulders\"]\ncaution = \"Gently.\"\nsteps = [{ text = \"Hang.\", secs = 60 }]\n",
    )
    .unwrap();
    let list = run(home.path(), &["exercises", "list"]);
    assert_eq!(list.status.code(), Some(1));
    let message = stderr(&list);
    assert!(message.contains("exercises.toml:4:12:"), "{message}");
    assert!(message.contains("did you mean \"standing\""), "{message}");
}

/// Exercise kinds in the user's file, and `config check` checking that file beside the config:
/// each error printed once, with its position and a hint.
#[test]
fn exercise_kinds_and_config_check_of_both_files() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("config/posture-break");
    std::fs::create_dir_all(&dir).unwrap();
    let exercises = dir.join("exercises.toml");
    let good = "[[exercise]]\nid = \"desk-push\"\nname = \"Desk push\"\nposition = \"standing\"\nkind = \"strength\"\nareas = [\"shoulders\"]\ncaution = \"Gently.\"\nsteps = [{ text = \"Push.\", secs = 60 }]\n";
    std::fs::write(&exercises, good).unwrap();
    let check = run(home.path(), &["config", "check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        stdout(&check).contains("exercises.toml: valid (1 exercise)"),
        "{}",
        stdout(&check)
    );
    let list = run(home.path(), &["exercises", "list", "--json"]);
    let all: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let kind_of = |id: &str| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .map(|e| e["kind"].clone())
    };
    assert_eq!(kind_of("desk-push"), Some("strength".into()));
    assert_eq!(kind_of("chin-tucks"), Some("strength".into()));
    assert_eq!(kind_of("cat-cow"), Some("mobility".into()));
    // Without `kind`, an exercise is mobility.
    std::fs::write(&exercises, good.replace("kind = \"strength\"\n", "")).unwrap();
    let list = run(home.path(), &["exercises", "list", "--json"]);
    let all: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let mine = all
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "desk-push");
    assert_eq!(mine.map(|e| e["kind"].clone()), Some("mobility".into()));

    for (bad, at, words) in [
        (
            good.replace("\"strength\"", "\"strenght\""),
            "exercises.toml:5:8: ",
            "unknown kind \"strenght\"; did you mean \"strength\"?",
        ),
        (
            good.replace("caution", "cuation"),
            "exercises.toml:7:1: ",
            "unknown key `cuation`; did you mean `caution`?",
        ),
    ] {
        std::fs::write(&exercises, &bad).unwrap();
        for args in [&["config", "check"][..], &["exercises", "list"]] {
            let out = run(home.path(), args);
            let message = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{args:?}: {message}");
            assert!(message.contains(at), "{args:?}: {message}");
            assert!(message.contains(words), "{args:?}: {message}");
            assert_eq!(message.matches(words).count(), 1, "once: {message}");
        }
        // The config file itself is still checked and said valid.
        let check = run(home.path(), &["config", "check"]);
        assert!(
            stdout(&check).contains("config.toml: valid"),
            "{}",
            stdout(&check)
        );
    }
}

#[test]
fn exercises_rate_and_next_without_the_app() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config/posture-break/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(&config, "[stretch]\npositions = [\"seated\"]\n").unwrap();
    let rate = |args: &[&str]| run(home.path(), &[&["exercises", "rate"][..], args].concat());

    let out = rate(&["seated-open-book", "good"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "Seated Open Book: rated \"Good\"\n");
    let out = rate(&["chin-tucks", "hurt"]);
    assert!(
        stdout(&out).contains("exercises rate chin-tucks clear"),
        "{}",
        stdout(&out)
    );
    let history =
        std::fs::read_to_string(home.path().join("data/posture-break/history.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = history
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{history}");
    assert_eq!(lines[0]["event"], "rated");
    assert_eq!(lines[0]["feeling"], "good");
    assert_eq!(lines[1]["exercise"], "chin-tucks");
    assert_eq!(lines[1]["feeling"], "hurt");

    let next = stdout(&run(home.path(), &["exercises", "next", "--count", "30"]));
    assert_eq!(next.lines().count(), 30, "{next}");
    assert!(!next.contains("Chin Tucks"), "{next}");
    assert!(
        next.contains("Seated Open Book (seated, mobility): favourite"),
        "{next}"
    );
    assert!(next.contains("(seated, strength): strength turn"), "{next}");
    // Nothing picked is saved: the same again.
    assert_eq!(
        stdout(&run(home.path(), &["exercises", "next", "--count", "30"])),
        next
    );

    for (args, words) in [
        (
            &["chin-tucks", "sore"][..],
            "unknown rating \"sore\"; allowed: \"good\", \"not-for-me\", \"hurt\", \"clear\"",
        ),
        (
            &["chin-tuck", "good"],
            "no exercise \"chin-tuck\"; did you mean \"chin-tucks\"?",
        ),
    ] {
        let out = rate(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains(words), "{}", stderr(&out));
    }
    let out = run(home.path(), &["exercises", "next", "--count", "0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("allowed is 1 to 100"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(home.path().join("data/posture-break/history.jsonl")).unwrap(),
        history,
        "refused ratings write nothing"
    );
    let cleared = rate(&["chin-tucks", "clear"]);
    assert_eq!(stdout(&cleared), "Chin Tucks: rating cleared\n");
    let next = stdout(&run(home.path(), &["exercises", "next", "--count", "30"]));
    assert!(next.contains("Chin Tucks"), "{next}");
    let stats = stdout(&run(home.path(), &["stats"]));
    assert!(stats.contains("Rated good:   Seated Open Book"), "{stats}");
}

#[test]
fn stats_count_history_and_name_corrupt_lines() {
    let home = tempfile::tempdir().unwrap();
    let history = home.path().join("data/posture-break/history.jsonl");
    std::fs::create_dir_all(history.parent().unwrap()).unwrap();
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    let line = |event: &str| {
        format!("{{\"ts\":\"{today}T10:00:00+00:00\",\"event\":\"{event}\",\"exercise\":\"cat-cow\"}}\n")
    };
    let text = [
        line("reminded"),
        "garbage\n".into(),
        line("completed"),
        line("reminded"),
        line("skipped"),
    ]
    .concat();
    std::fs::write(&history, text).unwrap();
    let stats = run(home.path(), &["stats", "--json"]);
    assert!(stats.status.success(), "{}", stderr(&stats));
    assert!(
        stderr(&stats).contains("history.jsonl:2:"),
        "{}",
        stderr(&stats)
    );
    let json: serde_json::Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(json["last_7_days"]["completed"], 1, "{json}");
    assert_eq!(json["last_7_days"]["skipped"], 1, "{json}");
    assert_eq!(json["completion_rate_percent"], 50, "{json}");
    assert!(json["streak_days"].as_u64().unwrap() >= 1, "{json}");
    let human = stdout(&run(home.path(), &["stats"]));
    assert!(human.contains("Completion:   50%"), "{human}");
}

#[test]
fn control_commands_without_an_instance_exit_3() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["status"][..],
        &["snooze", "1m"],
        &["pause", "--until-tomorrow"],
        &["resume"],
        &["quit"],
    ] {
        let out = run(home.path(), args);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("not running"), "{}", stderr(&out));
    }
    let bad = run(home.path(), &["snooze", "soon"]);
    assert_eq!(bad.status.code(), Some(1), "{}", stderr(&bad));
    let usage = run(home.path(), &["pause", "5m", "--until-tomorrow"]);
    assert_eq!(usage.status.code(), Some(2), "{}", stderr(&usage));
}

/// The tray app started headless (no display, no session bus) in private XDG directories under a
/// short /tmp path (the control socket's path must stay under 108 bytes). Killed on drop.
struct RunningApp {
    dir: tempfile::TempDir,
    child: Option<std::process::Child>,
}

impl RunningApp {
    fn start() -> RunningApp {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::Builder::new()
            .prefix("pb-cli-")
            .tempdir_in("/tmp")
            .unwrap();
        for sub in ["config", "data", "state", "cache", "runtime"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        std::fs::set_permissions(
            dir.path().join("runtime"),
            std::fs::Permissions::from_mode(0o700),
        )
        .unwrap();
        let mut app = RunningApp { dir, child: None };
        let log = |name: &str| std::fs::File::create(app.dir.path().join(name)).unwrap();
        let child = app
            .command(&[])
            .stdout(log("app.stdout"))
            .stderr(log("app.stderr"))
            .spawn()
            .expect("start posture-break");
        app.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(exit) = app.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("the app exited during start-up ({exit})\n{}", app.output());
            }
            if app.cli(&["status"]).status.success() {
                return app;
            }
            assert!(
                Instant::now() < deadline,
                "the app did not answer `status` within 15 s\n{}",
                app.output()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let root = self.dir.path();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_posture-break"));
        common::in_english(&mut cmd);
        cmd.args(args)
            .env("HOME", root)
            .env("XDG_CONFIG_HOME", root.join("config"))
            .env("XDG_DATA_HOME", root.join("data"))
            .env("XDG_STATE_HOME", root.join("state"))
            .env("XDG_CACHE_HOME", root.join("cache"))
            .env("XDG_RUNTIME_DIR", root.join("runtime"))
            .env("XDG_CONFIG_DIRS", root.join("etc-xdg"))
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("DBUS_SESSION_BUS_ADDRESS");
        cmd
    }

    fn cli(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run posture-break")
    }

    fn socket(&self) -> std::path::PathBuf {
        self.dir.path().join("runtime/posture-break/control.sock")
    }

    /// Waits for the app to exit by itself.
    fn wait_exit(&mut self, timeout: Duration) -> Option<std::process::ExitStatus> {
        let deadline = Instant::now() + timeout;
        let child = self.child.as_mut()?;
        loop {
            if let Some(exit) = child.try_wait().unwrap() {
                self.child = None;
                return Some(exit);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The app's own stdout and stderr, for failure messages.
    fn output(&self) -> String {
        let read =
            |name: &str| std::fs::read_to_string(self.dir.path().join(name)).unwrap_or_default();
        format!(
            "app stdout:\n{}\napp stderr:\n{}",
            read("app.stdout"),
            read("app.stderr")
        )
    }
}

impl Drop for RunningApp {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

#[test]
fn quit_says_the_app_has_quit() {
    let mut app = RunningApp::start();
    let quit = app.cli(&["quit"]);
    assert_eq!(
        quit.status.code(),
        Some(0),
        "{}\n{}",
        stderr(&quit),
        app.output()
    );
    let said = stdout(&quit);
    assert_eq!(said.trim(), "posture-break has quit", "stdout: {said:?}");
    assert!(
        !said.contains("next stretch") && !said.contains("every"),
        "`quit` must not print the status of the app that has gone: {said:?}"
    );
    // "has quit" is printed only once the app has closed its socket, so it is gone already.
    assert!(
        !app.socket().exists(),
        "{} still exists after `quit` returned",
        app.socket().display()
    );
    let exit = app
        .wait_exit(Duration::from_secs(10))
        .unwrap_or_else(|| panic!("`quit` did not end the app\n{}", app.output()));
    assert!(
        exit.success(),
        "the app exited with {exit}\n{}",
        app.output()
    );

    let again = app.cli(&["quit"]);
    assert_eq!(again.status.code(), Some(3), "{}", stderr(&again));
    assert!(stderr(&again).contains("not running"), "{}", stderr(&again));
    assert!(stdout(&again).is_empty(), "{}", stdout(&again));
}
