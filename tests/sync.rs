//! Several computers end to end: two apps on one host, each with its own XDG dirs and its own
//! Xvfb (so its own XSync idle counter, driven through XTEST), sharing `[sync] folder`: one
//! plain folder, or two that real Syncthing daemons keep in step.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::fs;
use std::thread;
use std::time::{Duration, Instant};

use support::sync::{append, next_reminder, peer_line, peers, Machine, SharedFolder};
use support::syncthing::SyncthingPair;
use support::*;

const LONG: &str = "[schedule]\ninterval = \"1h\"\n[stretch]\nduration = \"3s\"\n";

/// Starts both machines and waits until each has read the other's first line.
fn start_pair(a: &mut Machine, b: &mut Machine, within: Duration) {
    a.start();
    b.start();
    let (a_name, b_name) = (a.name.clone(), b.name.clone());
    a.wait_peer(&b_name, within);
    b.wait_peer(&a_name, within);
}

/// Runs a stretch on `machine` until its history says completed.
fn complete_a_stretch(machine: &mut Machine) {
    machine.cli_ok(&["stretch"]);
    wait_until("the stretch to complete", Duration::from_secs(20), || {
        machine
            .history_events()
            .contains(&"completed".to_string())
            .then_some(())
    });
}

fn todays_completed(machine: &Machine) -> u64 {
    let stats: serde_json::Value =
        serde_json::from_str(&machine.cli_ok(&["stats", "--json"])).unwrap_or_default();
    stats["today"]["completed"].as_u64().unwrap_or(u64::MAX)
}

/// A stretch done on one machine restarts the other's interval within 2 s, and counts once in
/// both machines' progress.
#[test]
fn a_stretch_on_one_machine_restarts_the_interval_on_the_other() {
    let Some(bin) = setup("sync_stretch", Need::Desktop) else {
        return;
    };
    let folder = SharedFolder::new();
    let mut a = Machine::new(&bin, "laptop", &folder.path, LONG);
    let mut b = Machine::new(&bin, "desk", &folder.path, LONG);
    start_pair(&mut a, &mut b, Duration::from_secs(5));
    let before = next_reminder(&b.status());
    thread::sleep(Duration::from_secs(2)); // a restart must move the time
    complete_a_stretch(&mut a);
    let done = Instant::now();
    let wanted = next_reminder(&a.status()).unwrap_or_else(|| panic!("a has no next reminder"));
    let restarted = b.wait_status("the interval restarted", Duration::from_secs(2), |s| {
        next_reminder(s).is_some_and(|at| (at - wanted).abs() <= 1)
    });
    assert!(done.elapsed() <= Duration::from_secs(2));
    assert_ne!(next_reminder(&restarted), before, "{restarted}");
    assert!(
        b.log().contains("sync: a break on another machine at"),
        "{}",
        b.context()
    );
    assert_eq!(todays_completed(&a), 1);
    assert_eq!(
        todays_completed(&b),
        1,
        "the desk counts the laptop's stretch"
    );
    let laptop = peers(&b.status())
        .into_iter()
        .find(|p| p["name"] == "laptop")
        .unwrap_or_default();
    assert_eq!(laptop["away"], false, "{laptop}");
    assert!(laptop["last_event"].as_str().is_some(), "{laptop}");
    let report = b.cli_ok(&["sync", "status"]);
    assert!(report.starts_with("This computer is desk in "), "{report}");
    assert!(
        report.contains("laptop: in use, last heard from "),
        "{report}"
    );
}

/// Work at one machine while the other sits idle is no break for the idle one; time away from
/// both is.
#[test]
fn time_away_is_a_break_only_when_away_from_every_machine() {
    let Some(bin) = setup("sync_away", Need::Desktop) else {
        return;
    };
    let folder = SharedFolder::new();
    let config =
        "[schedule]\ninterval = \"1h\"\n[presence]\nidle_after = \"2s\"\nnatural_break = \"12s\"\n";
    let mut a = Machine::new(&bin, "laptop", &folder.path, config);
    let mut b = Machine::new(&bin, "desk", &folder.path, config);
    start_pair(&mut a, &mut b, Duration::from_secs(5));
    b.wait_status("away", Duration::from_secs(6), |s| s["away"] == true);
    let working = Instant::now();
    while working.elapsed() < Duration::from_secs(16) {
        a.input();
        thread::sleep(Duration::from_millis(700));
    }
    assert_eq!(a.status()["away"], false, "the laptop was in use");
    b.input();
    b.wait_status("back", Duration::from_secs(3), |s| s["away"] == false);
    thread::sleep(Duration::from_millis(500));
    assert!(
        !b.history_events().contains(&"natural_break".to_string()),
        "16 s at the laptop are no break for the desk\n{}",
        b.context()
    );
    // Now away from both for 16 s: a break.
    thread::sleep(Duration::from_secs(16));
    b.input();
    wait_until("the desk's natural break", Duration::from_secs(3), || {
        b.history_events()
            .contains(&"natural_break".to_string())
            .then_some(())
    });
}

/// A reminder due while the person works at one machine shows there only; answered there, the
/// other machine's held reminder is dropped and its interval starts from the answer.
#[test]
fn a_reminder_shows_only_where_the_person_is() {
    let Some(bin) = setup("sync_reminder", Need::Desktop) else {
        return;
    };
    let folder = SharedFolder::new();
    let config = "[schedule]\ninterval = \"20s\"\n[stretch]\nduration = \"3s\"\n\
                  [notification]\ntimeout = \"15s\"\n\
                  [presence]\nidle_after = \"3s\"\nnatural_break = \"1h\"\n";
    let mut a = Machine::new(&bin, "laptop", &folder.path, config);
    let mut b = Machine::new(&bin, "desk", &folder.path, config);
    start_pair(&mut a, &mut b, Duration::from_secs(5));
    let reminding = poll(Duration::from_secs(30), || {
        a.input();
        let (here, there) = (a.status(), b.status());
        assert_ne!(
            there["state"], "reminding",
            "the desk is not in use: {there}"
        );
        (here["state"] == "reminding").then_some(there)
    })
    .unwrap_or_else(|| panic!("no reminder on the laptop\n{}", a.context()));
    let held = b.wait_status("held", Duration::from_secs(5), |s| s["state"] == "held");
    assert_eq!(held["held_reason"], "away", "{held} (then {reminding})");
    assert!(!b.history_events().contains(&"reminded".to_string()));
    a.cli_ok(&["snooze"]);
    let answered = now_secs();
    let dropped = b.wait_status("the held reminder dropped", Duration::from_secs(2), |s| {
        s["state"] == "active"
    });
    let at = next_reminder(&dropped).unwrap_or_default();
    assert!(
        (at - (answered + 20)).abs() <= 2,
        "the interval starts from the answer: {dropped}"
    );
    assert!(
        !b.history_events().contains(&"reminded".to_string()),
        "{}",
        b.context()
    );
}

/// What sync folders do: a half-written line waits for its newline; a removed folder is said
/// once, this machine's lines wait for it, and everything goes on when it is back.
#[test]
fn half_lines_wait_and_a_removed_folder_is_survived() {
    let Some(bin) = setup("sync_folder", Need::Desktop) else {
        return;
    };
    let folder = SharedFolder::new();
    let mut b = Machine::new(&bin, "desk", &folder.path, LONG);
    b.start();
    let phone = folder.path.join("phone.jsonl");
    thread::sleep(Duration::from_secs(1)); // a break after the desk's interval began
    let at = now_secs();
    let line = peer_line(at, "completed");
    append(&phone, &line.as_bytes()[..20]);
    holds_for(Duration::from_millis(1500), || {
        assert!(peers(&b.status()).is_empty(), "half a line is not read");
    });
    append(&phone, &line.as_bytes()[20..]);
    b.wait_status("the whole line read", Duration::from_secs(2), |s| {
        next_reminder(s) == Some(at + 3600)
    });

    fs::remove_dir_all(&folder.path).unwrap_or_else(|e| panic!("remove the folder: {e}"));
    wait_until(
        "the missing folder in the log",
        Duration::from_secs(3),
        || b.log().contains("is missing").then_some(()),
    );
    // A stretch skipped meanwhile: its line waits.
    b.cli_ok(&["stretch"]);
    b.wait_status("stretching", Duration::from_secs(5), |s| {
        s["state"] == "stretching"
    });
    b.cli_ok(&["skip"]);
    wait_until(
        "the unwritable folder in the log",
        Duration::from_secs(3),
        || b.log().contains("lines wait").then_some(()),
    );
    assert!(!folder.path.exists(), "the app never makes the folder");
    fs::create_dir_all(&folder.path).unwrap_or_else(|e| panic!("make the folder: {e}"));
    let own = folder.path.join("desk.jsonl");
    wait_until("the waiting lines written", Duration::from_secs(3), || {
        fs::read_to_string(&own)
            .ok()
            .filter(|t| t.contains("\"skipped\""))
    });
    assert!(b.log().contains("is back"), "{}", b.context());
    let later = now_secs();
    append(&phone, peer_line(later, "skipped").as_bytes());
    b.wait_status("a line after the return", Duration::from_secs(2), |s| {
        next_reminder(s).is_some_and(|at| (at - (later + 3600)).abs() <= 1)
    });
    assert_eq!(b.status()["pid"], b.status()["pid"], "alive throughout");
}

/// The same through two real Syncthing daemons: a stretch on the laptop reaches the desk, and a
/// Syncthing conflict copy adds what it has once.
#[test]
fn through_syncthing_with_a_conflict_copy() {
    let Some(bin) = setup("sync_syncthing", Need::Desktop) else {
        return;
    };
    let pair = SyncthingPair::start();
    let mut a = Machine::new(&bin, "laptop", &pair.a.folder, LONG);
    let mut b = Machine::new(&bin, "desk", &pair.b.folder, LONG);
    start_pair(&mut a, &mut b, Duration::from_secs(15));
    complete_a_stretch(&mut a);
    let wanted = next_reminder(&a.status()).unwrap_or_default();
    b.wait_status("the interval restarted", Duration::from_secs(5), |s| {
        next_reminder(s).is_some_and(|at| (at - wanted).abs() <= 1)
    });
    // A conflict copy of the laptop's file: its lines again, and one the other copy lacks.
    let own = fs::read_to_string(pair.a.folder.join("laptop.jsonl")).unwrap_or_default();
    let extra = peer_line(now_secs() - 60, "completed");
    let copy = "laptop.sync-conflict-20261207-101010-ABCDEFG.jsonl";
    fs::write(pair.a.folder.join(copy), format!("{own}{extra}"))
        .unwrap_or_else(|e| panic!("write the conflict copy: {e}"));
    pair.wait_arrived(
        &pair.b.folder.join(copy),
        extra.trim(),
        Duration::from_secs(10),
    );
    wait_until(
        "the desk counting both stretches",
        Duration::from_secs(3),
        || (todays_completed(&b) == 2).then_some(()),
    );
}
