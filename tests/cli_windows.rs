//! The command line of the Windows build through the real exe (under wine here: the cargo runner
//! is tests/windows/wine-run.sh). The app end to end is tests/windows/smoke.sh. One test: the
//! commands share the user's real folders (there is no XDG to point elsewhere), so they run in
//! order.
#![cfg(windows)]

mod common;

use std::path::PathBuf;
use std::process::{Command, Output};

/// The exe beside this test. Cargo bakes a Linux path into a cross build; wine sees it on Z:.
fn exe() -> PathBuf {
    let path = env!("CARGO_BIN_EXE_posture-break");
    match path.strip_prefix('/') {
        Some(rest) => PathBuf::from(format!(r"Z:\{}", rest.replace('/', "\\"))),
        None => PathBuf::from(path),
    }
}

fn run(args: &[&str]) -> Output {
    common::output_of(Command::new(exe()).args(args))
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn commands_use_the_platform_folders_the_pipe_and_the_run_key() {
    // Config under %APPDATA% (directories' roaming config folder).
    let path = run(&["config", "path"]);
    assert!(path.status.success(), "{}", stderr(&path));
    assert!(
        stdout(&path)
            .trim()
            .ends_with(r"\AppData\Roaming\posture-break\config\config.toml"),
        "{}",
        stdout(&path)
    );

    // A bad file is named with line and column, and exits 1.
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.toml");
    std::fs::write(&bad, "[schedule]\ninterval = \"soon\"\n").unwrap();
    let check = run(&["config", "check", &bad.display().to_string()]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    assert!(stderr(&check).contains("bad.toml:2:"), "{}", stderr(&check));
    let good = tmp.path().join("good.toml");
    std::fs::write(&good, "[schedule]\ninterval = \"20m\"\n").unwrap();
    let check = run(&["--config", &good.display().to_string(), "config", "check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        stdout(&check).contains("interval = 20m"),
        "{}",
        stdout(&check)
    );

    let list = run(&["exercises", "list", "--json"]);
    assert!(list.status.success(), "{}", stderr(&list));
    assert!(stdout(&list).contains("\"id\""), "{}", stdout(&list));

    // No app: every control command exits 3 and names the pipe.
    for args in [&["status"][..], &["stretch"], &["snooze", "1m"], &["quit"]] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(r"\\.\pipe\posture-break-S-1-"),
            "{}",
            stderr(&out)
        );
    }

    // Start at login: the HKCU Run value, through reg.exe.
    let enable = run(&["autostart", "enable"]);
    assert!(enable.status.success(), "{}", stderr(&enable));
    assert!(
        stdout(&enable).contains(r"CurrentVersion\Run\posture-break"),
        "{}",
        stdout(&enable)
    );
    let status = run(&["autostart", "status"]);
    assert_eq!(stdout(&status).trim(), "enabled", "{}", stderr(&status));
    let query = Command::new("reg")
        .args([
            "query",
            r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run",
            "/v",
            "posture-break",
        ])
        .output()
        .unwrap();
    assert!(
        stdout(&query).contains("posture-break.exe"),
        "{}",
        stdout(&query)
    );
    let disable = run(&["autostart", "disable"]);
    assert_eq!(stdout(&disable).trim(), "disabled", "{}", stderr(&disable));
    let status = run(&["autostart", "status"]);
    assert_eq!(stdout(&status).trim(), "disabled", "{}", stderr(&status));
}
