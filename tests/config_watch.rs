//! The running app keeps applying config edits whatever happens to the path: the config
//! directory or `$XDG_CONFIG_HOME` removed and recreated or swapped by a rename, the file
//! replaced by a symlink, a symlink retargeted, the file removed and written again (what GNU
//! Stow, chezmoi and home-manager do). Real binary, real inotify, each app on a private bus.
//! SIGTERM and SIGINT end the app as cleanly as `quit`.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::time::{Duration, Instant};

use support::*;

/// Debounce (250 ms) plus generous slack for a loaded CI machine.
const APPLIED_WITHIN: Duration = Duration::from_secs(3);

fn interval(minutes: u64) -> String {
    format!("[schedule]\ninterval = \"{minutes}m\"\n")
}

/// Starts the app with a 45 m interval and checks it is in force.
fn start(sandbox: &Sandbox) -> App {
    sandbox.write_config(&interval(45));
    let app = sandbox.start_app();
    assert_eq!(sandbox.status_ok()["interval_secs"], 2700);
    app
}

fn expect_interval(sandbox: &Sandbox, app: &mut App, minutes: u64, after: &str) {
    let started = Instant::now();
    let secs = minutes * 60;
    sandbox.wait_status(
        app,
        &format!("interval_secs {secs} after {after}"),
        APPLIED_WITHIN,
        |s| s["interval_secs"] == secs,
    );
    eprintln!("{after}: applied after {:?}", started.elapsed());
}

fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).unwrap_or_else(|e| panic!("mkdir {}: {e}", dir.display()));
    }
    fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

/// Replaces `link` with a symlink to `target` atomically, as home-manager and `ln -sfT` via a
/// rename do.
fn relink(target: &Path, link: &Path) {
    let tmp = link.with_extension("new-link");
    let _ = fs::remove_file(&tmp);
    symlink(target, &tmp).unwrap_or_else(|e| panic!("symlink {}: {e}", tmp.display()));
    fs::rename(&tmp, link).unwrap_or_else(|e| panic!("rename over {}: {e}", link.display()));
}

/// The reproduction: `rm -rf` the config directory, recreate it, write the file.
#[test]
fn config_dir_removed_and_recreated() {
    let Some(bin) = setup("config_dir_removed", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let _bus = sandbox.use_private_bus();
    let mut app = start(&sandbox);
    let dir = sandbox.config_file().parent().expect("dir").to_path_buf();

    fs::remove_dir_all(&dir).expect("rm -rf config dir");
    fs::create_dir_all(&dir).expect("mkdir config dir");
    write(&sandbox.config_file(), &interval(14));
    expect_interval(&sandbox, &mut app, 14, "rm -rf + mkdir + write");

    // The new directory is watched too, not only its creation.
    sandbox.write_config(&interval(13));
    expect_interval(&sandbox, &mut app, 13, "a later edit in the new directory");
}

/// `$XDG_CONFIG_HOME` itself removed and recreated: the watch comes back from its parent.
#[test]
fn config_home_removed_and_recreated() {
    let Some(bin) = setup("config_home_removed", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let _bus = sandbox.use_private_bus();
    let mut app = start(&sandbox);

    fs::remove_dir_all(sandbox.config_home()).expect("rm -rf XDG_CONFIG_HOME");
    // Some time with nothing there: the app runs on the defaults meanwhile.
    expect_interval(&sandbox, &mut app, 45, "XDG_CONFIG_HOME removed");
    write(&sandbox.config_file(), &interval(12));
    expect_interval(
        &sandbox,
        &mut app,
        12,
        "XDG_CONFIG_HOME recreated with the file",
    );
    sandbox.write_config(&interval(11));
    expect_interval(&sandbox, &mut app, 11, "a later edit");
}

/// GNU Stow / chezmoi style: a new directory is built beside the old one and renamed into place.
#[test]
fn config_dir_replaced_by_a_rename() {
    let Some(bin) = setup("config_dir_renamed", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let _bus = sandbox.use_private_bus();
    let mut app = start(&sandbox);
    let dir = sandbox.config_file().parent().expect("dir").to_path_buf();
    let staged = sandbox.config_home().join("posture-break.staged");

    write(&staged.join("config.toml"), &interval(10));
    fs::rename(&dir, sandbox.config_home().join("posture-break.old")).expect("move old away");
    fs::rename(&staged, &dir).expect("rename the new directory into place");
    expect_interval(&sandbox, &mut app, 10, "directory swapped by rename");

    // The swapped-in directory is watched itself, not only the rename that brought it.
    sandbox.write_config(&interval(9));
    expect_interval(&sandbox, &mut app, 9, "an edit in the swapped-in directory");
}

/// home-manager style: config.toml becomes a symlink into a store, retargeted on every switch;
/// the target's own content changing applies too.
#[test]
fn config_file_replaced_by_a_symlink_then_retargeted() {
    let Some(bin) = setup("config_symlink", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let _bus = sandbox.use_private_bus();
    let mut app = start(&sandbox);
    let store = sandbox.root().join("store");
    let first = store.join("aaa-config.toml");
    let second = store.join("bbb-config.toml");
    write(&first, &interval(8));
    write(&second, &interval(7));

    relink(&first, &sandbox.config_file());
    expect_interval(&sandbox, &mut app, 8, "file replaced by a symlink");
    relink(&second, &sandbox.config_file());
    expect_interval(&sandbox, &mut app, 7, "symlink retargeted");
    write(&second, &interval(6));
    expect_interval(
        &sandbox,
        &mut app,
        6,
        "the symlink's target edited in place",
    );
}

/// The whole config directory as a symlink (home-manager's recursive links), retargeted.
#[test]
fn config_dir_symlink_retargeted() {
    let Some(bin) = setup("config_dir_symlink", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let _bus = sandbox.use_private_bus();
    let store = sandbox.root().join("store");
    write(&store.join("one/config.toml"), &interval(45));
    write(&store.join("two/config.toml"), &interval(5));
    relink(
        &store.join("one"),
        sandbox.config_file().parent().expect("dir"),
    );
    let mut app = sandbox.start_app();
    assert_eq!(sandbox.status_ok()["interval_secs"], 2700);

    relink(
        &store.join("two"),
        sandbox.config_file().parent().expect("dir"),
    );
    expect_interval(&sandbox, &mut app, 5, "config directory symlink retargeted");
    write(&store.join("two/config.toml"), &interval(4));
    expect_interval(
        &sandbox,
        &mut app,
        4,
        "an edit behind the new directory link",
    );
}

/// The file removed: the defaults apply and it is said once; written again, it applies.
#[test]
fn config_file_removed_then_written_again() {
    let Some(bin) = setup("config_file_removed", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let _bus = sandbox.use_private_bus();
    sandbox.write_config(&interval(20));
    let mut app = sandbox.start_app();
    assert_eq!(sandbox.status_ok()["interval_secs"], 1200);

    fs::remove_file(sandbox.config_file()).expect("rm config.toml");
    expect_interval(&sandbox, &mut app, 45, "config.toml removed (defaults)");
    let said = "config.toml was removed; using the defaults";
    wait_until("the removal to be logged", APPLIED_WITHIN, || {
        app.context().contains(said).then_some(())
    });
    // Touching the directory again must not repeat it.
    write(&sandbox.config_file().with_file_name("unrelated.txt"), "x");
    sandbox.write_config(&interval(3));
    expect_interval(&sandbox, &mut app, 3, "config.toml written again");
    let log = fs::read_to_string(sandbox.log_file()).unwrap_or_default();
    assert_eq!(log.matches(said).count(), 1, "said once:\n{log}");
}

/// exercises.toml follows the same rules: after the directory is recreated, a broken
/// exercises.toml in it is noticed and reported (the app keeps the last good set).
#[test]
fn exercises_file_follows_the_same_rules() {
    let Some(bin) = setup("exercises_file_watch", Need::Desktop) else {
        return;
    };
    let mut sandbox = Sandbox::new(&bin);
    let _bus = sandbox.use_private_bus();
    let mut app = start(&sandbox);
    let dir = sandbox.config_file().parent().expect("dir").to_path_buf();

    fs::remove_dir_all(&dir).expect("rm -rf config dir");
    write(&sandbox.config_file(), &interval(14));
    expect_interval(&sandbox, &mut app, 14, "config dir recreated");
    // Now an edit that only a watch on the new directory can see.
    write(&dir.join("exercises.toml"), "[[exercise]]\nid = 5\n");
    wait_until(
        "the broken exercises.toml in the recreated directory to be reported",
        APPLIED_WITHIN,
        || {
            let text = app.context();
            (text.contains("exercises.toml:") && text.contains("keeping the last good exercises"))
                .then_some(())
        },
    );
    assert!(app.alive(), "{}", app.context());
}

/// SIGTERM (logout) and SIGINT (Ctrl+C) stop the app like `quit`: exit 0, the control socket
/// removed, every history line complete.
#[test]
fn sigterm_and_sigint_quit_cleanly() {
    let Some(bin) = setup("signals", Need::Desktop) else {
        return;
    };
    for signal in ["TERM", "INT"] {
        let mut sandbox = Sandbox::new(&bin);
        let _bus = sandbox.use_private_bus();
        sandbox.write_config("[schedule]\ninterval = \"1s\"\n[stretch]\nduration = \"1s\"\n");
        let mut app = sandbox.start_app();
        sandbox.wait_history(&mut app, "a `reminded` entry", |e| e["event"] == "reminded");
        app.signal(signal);
        let exit = app
            .wait_exit(Duration::from_secs(5))
            .unwrap_or_else(|| panic!("SIG{signal} did not end the app\n{}", app.context()));
        assert_eq!(
            exit.code(),
            Some(0),
            "SIG{signal}: {exit}\n{}",
            app.context()
        );
        assert!(
            !sandbox.socket().exists(),
            "SIG{signal} left the control socket behind"
        );
        let history = fs::read_to_string(sandbox.history_file()).expect("history");
        assert!(
            history.ends_with('\n'),
            "a history line was cut: {history:?}"
        );
        for line in history.lines() {
            serde_json::from_str::<serde_json::Value>(line)
                .unwrap_or_else(|e| panic!("history line {line:?}: {e}"));
        }
        let out = sandbox.cli(&["status"]);
        assert_eq!(out.code(), Some(3), "after SIG{signal}: {out}");
    }
}
