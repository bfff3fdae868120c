//! Several computers on one host: each "machine" is a sandbox (its own XDG dirs) on an Xvfb of
//! its own, so that each has its own idle counter, with `[sync]` pointing at a folder: one
//! plain folder both share, or one each that Syncthing keeps in step (`syncthing.rs`).

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

use crate::{tool, App, PrivateDisplay, Sandbox};

/// One computer: the app, its display and its name in the folder.
pub struct Machine {
    pub name: String,
    pub sandbox: Sandbox,
    pub display: PrivateDisplay,
    pub app: Option<App>,
}

impl Machine {
    /// A machine named `name` syncing through `folder`, with `config` (TOML) before `[sync]`.
    pub fn new(bin: &Path, name: &str, folder: &Path, config: &str) -> Machine {
        let mut sandbox = Sandbox::new(bin);
        let display = sandbox.use_private_display();
        sandbox.write_config(&format!(
            "{config}\n[sync]\nfolder = \"{}\"\nname = \"{name}\"\n",
            folder.display()
        ));
        Machine {
            name: name.to_string(),
            sandbox,
            display,
            app: None,
        }
    }

    pub fn start(&mut self) {
        self.input();
        self.app = Some(self.sandbox.start_app());
    }

    fn app(&mut self) -> &mut App {
        self.app
            .as_mut()
            .unwrap_or_else(|| panic!("machine {} is not started", self.name))
    }

    /// The person uses this machine: a pointer move through XTEST on its display.
    pub fn input(&self) {
        let out = Command::new("xdotool")
            .args(["mousemove_relative", "--", "1", "0"])
            .env("DISPLAY", &self.display.display)
            .output()
            .unwrap_or_else(|e| panic!("xdotool: {e}"));
        assert!(out.status.success(), "xdotool on {}: {out:?}", self.name);
    }

    pub fn status(&self) -> Value {
        self.sandbox.status_ok()
    }

    pub fn wait_status(
        &mut self,
        what: &str,
        timeout: Duration,
        check: impl Fn(&Value) -> bool,
    ) -> Value {
        let what = format!("{}: {what}", self.name);
        let sandbox = &self.sandbox;
        let app = self
            .app
            .as_mut()
            .unwrap_or_else(|| panic!("machine {what} is not started"));
        sandbox.wait_status(app, &what, timeout, check)
    }

    /// Waits until the app lists `peer` among the machines it has heard from.
    pub fn wait_peer(&mut self, peer: &str, timeout: Duration) -> Value {
        let peer = peer.to_string();
        self.wait_status(&format!("{peer} among the peers"), timeout, |s| {
            peers(s).iter().any(|p| p["name"] == peer.as_str())
        })
    }

    pub fn cli_ok(&self, args: &[&str]) -> String {
        self.sandbox.cli_ok(args).stdout.clone()
    }

    pub fn log(&mut self) -> String {
        self.app().log_text()
    }

    /// The app's output and log, for a failure message.
    pub fn context(&mut self) -> String {
        let name = self.name.clone();
        format!("--- machine {name} ---\n{}", self.app().context())
    }

    /// The app's history events, in order.
    pub fn history_events(&self) -> Vec<String> {
        self.sandbox
            .history()
            .iter()
            .filter_map(|e| e["event"].as_str().map(str::to_string))
            .collect()
    }
}

/// `status --json`'s `sync.peers`.
pub fn peers(status: &Value) -> Vec<Value> {
    status["sync"]["peers"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// `status --json`'s `next_reminder` as epoch seconds.
pub fn next_reminder(status: &Value) -> Option<i64> {
    status["next_reminder"]
        .as_str()
        .and_then(crate::rfc3339_secs)
}

/// A line as another machine's app writes it: `{"ts": ..., "event": ...}` at epoch `at`.
pub fn peer_line(at: i64, event: &str) -> String {
    let extra = match event {
        "completed" | "skipped" => r#","exercise":"chin-tuck""#,
        "natural_break" => r#","secs":600"#,
        _ => "",
    };
    let ts = tool("date", &["-d", &format!("@{at}"), "--iso-8601=seconds"])
        .unwrap_or_else(|e| panic!("{e}"));
    format!(
        "{{\"ts\":\"{}\",\"event\":\"{event}\"{extra}}}\n",
        ts.trim()
    )
}

/// Appends `bytes` to `file` in one write, as a machine (or a sync engine) would.
pub fn append(file: &Path, bytes: &[u8]) {
    OpenOptions::new()
        .create(true)
        .append(true)
        .open(file)
        .and_then(|mut f| f.write_all(bytes))
        .unwrap_or_else(|e| panic!("append to {}: {e}", file.display()));
}

/// A plain shared folder in a temp dir of its own.
pub struct SharedFolder {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
}

impl SharedFolder {
    pub fn new() -> SharedFolder {
        let dir = tempfile::Builder::new()
            .prefix("pb-sync-")
            .tempdir()
            .expect("temp dir");
        let path = dir.path().join("posture-break");
        fs::create_dir_all(&path).expect("create the shared folder");
        SharedFolder { _dir: dir, path }
    }
}

impl Default for SharedFolder {
    fn default() -> Self {
        SharedFolder::new()
    }
}
