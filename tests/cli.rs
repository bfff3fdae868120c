//! The offline commands through the real binary, with private XDG directories.

use std::path::Path;
use std::process::{Command, Output};

fn run(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_posture-break"))
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
