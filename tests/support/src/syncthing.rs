//! Two real Syncthing daemons (Debian's `syncthing`) on loopback, each with its own home, that
//! share one folder: introduced to each other through their REST API, with global and local
//! discovery, relays, NAT traversal and usage reporting off, and a 1 s watcher delay. A line
//! appended on one side arrives on the other in about a second.

use std::fs;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

use crate::{poll, tool};

const FOLDER_ID: &str = "posture-break";

/// A port free on 127.0.0.1 just now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

/// One daemon.
pub struct Syncthing {
    child: Child,
    pub id: String,
    api_key: String,
    gui: u16,
    listen: u16,
    /// The folder it keeps.
    pub folder: PathBuf,
    log: PathBuf,
}

impl Syncthing {
    /// Generates a home under `dir` and starts the daemon.
    fn start(dir: &Path, name: &str) -> Syncthing {
        let home = dir.join(format!("{name}-home"));
        let folder = dir.join(format!("{name}-folder"));
        fs::create_dir_all(&folder).expect("create the Syncthing folder");
        let home_arg = format!("--home={}", home.display());
        run(dir, &["generate", &home_arg, "--no-default-folder"]);
        let id = run(dir, &[&home_arg, "--device-id"]).trim().to_string();
        let config_file = home.join("config.xml");
        let config = fs::read_to_string(&config_file).expect("read config.xml");
        let listen = free_port();
        let api_key = between(&config, "<apikey>", "</apikey>").to_string();
        let config = config
            .replace(
                "<listenAddress>default</listenAddress>",
                &format!("<listenAddress>tcp://127.0.0.1:{listen}</listenAddress>"),
            )
            .replace(
                "<globalAnnounceEnabled>true</globalAnnounceEnabled>",
                "<globalAnnounceEnabled>false</globalAnnounceEnabled>",
            )
            .replace(
                "<localAnnounceEnabled>true</localAnnounceEnabled>",
                "<localAnnounceEnabled>false</localAnnounceEnabled>",
            )
            .replace(
                "<relaysEnabled>true</relaysEnabled>",
                "<relaysEnabled>false</relaysEnabled>",
            )
            .replace(
                "<natEnabled>true</natEnabled>",
                "<natEnabled>false</natEnabled>",
            )
            .replace("<urAccepted>0</urAccepted>", "<urAccepted>-1</urAccepted>")
            .replace(
                "<crashReportingEnabled>true</crashReportingEnabled>",
                "<crashReportingEnabled>false</crashReportingEnabled>",
            )
            .replace(
                "<autoUpgradeIntervalH>12</autoUpgradeIntervalH>",
                "<autoUpgradeIntervalH>0</autoUpgradeIntervalH>",
            );
        fs::write(&config_file, config).expect("write config.xml");
        let gui = free_port();
        let log = dir.join(format!("{name}.log"));
        let out = fs::File::create(&log).expect("syncthing log");
        let err = out.try_clone().expect("syncthing log");
        let child = Command::new("syncthing")
            .args([
                "serve",
                &home_arg,
                &format!("--gui-address=127.0.0.1:{gui}"),
                "--no-browser",
                "--no-restart",
            ])
            .env("HOME", dir)
            .env("STNOUPGRADE", "1")
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start syncthing: {e}"));
        let daemon = Syncthing {
            child,
            id,
            api_key,
            gui,
            listen,
            folder,
            log,
        };
        poll(Duration::from_secs(20), || {
            daemon.get("/rest/system/ping").ok()
        })
        .unwrap_or_else(|| panic!("syncthing {name} did not answer\n{}", daemon.log_text()));
        daemon
    }

    fn curl(&self, method: &str, path: &str, body: Option<&Value>) -> Result<String, String> {
        let url = format!("http://127.0.0.1:{}{path}", self.gui);
        let key = format!("X-API-Key: {}", self.api_key);
        let body = body.map(Value::to_string);
        let mut args = vec!["-sS", "--fail", "-X", method, "-H", &key, &url];
        if let Some(body) = &body {
            args.extend(["-H", "Content-Type: application/json", "-d", body]);
        }
        tool("curl", &args)
    }

    fn get(&self, path: &str) -> Result<Value, String> {
        let text = self.curl("GET", path, None)?;
        serde_json::from_str(&text).map_err(|e| format!("{path}: {e}: {text}"))
    }

    fn post(&self, path: &str, body: Value) {
        self.curl("POST", path, Some(&body))
            .unwrap_or_else(|e| panic!("POST {path}: {e}\n{}", self.log_text()));
    }

    pub fn log_text(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn connected_to(&self, other: &Syncthing) -> bool {
        self.get("/rest/system/connections")
            .ok()
            .is_some_and(|c| c["connections"][&other.id]["connected"] == true)
    }
}

impl Drop for Syncthing {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `syncthing` once (generate, device id) and returns what it printed.
fn run(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("syncthing")
        .args(args)
        .env("HOME", dir)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run syncthing: {e}"));
    assert!(
        out.status.success(),
        "syncthing {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    text.split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map(|(inner, _)| inner)
        .unwrap_or_else(|| panic!("no {start} in config.xml"))
}

/// Two daemons sharing a folder: `a.folder` and `b.folder` are kept in step.
pub struct SyncthingPair {
    pub a: Syncthing,
    pub b: Syncthing,
    _dir: tempfile::TempDir,
}

impl SyncthingPair {
    /// Starts both, introduces them, shares the folder and waits until they are connected.
    pub fn start() -> SyncthingPair {
        let dir = tempfile::Builder::new()
            .prefix("pb-syncthing-")
            .tempdir()
            .expect("temp dir");
        let a = Syncthing::start(dir.path(), "a");
        let b = Syncthing::start(dir.path(), "b");
        for (this, other) in [(&a, &b), (&b, &a)] {
            this.post(
                "/rest/config/devices",
                json!({
                    "deviceID": other.id,
                    "name": if std::ptr::eq(other, &a) { "a" } else { "b" },
                    "addresses": [format!("tcp://127.0.0.1:{}", other.listen)],
                }),
            );
        }
        for (this, other) in [(&a, &b), (&b, &a)] {
            this.post(
                "/rest/config/folders",
                json!({
                    "id": FOLDER_ID,
                    "label": FOLDER_ID,
                    "path": this.folder.display().to_string(),
                    "type": "sendreceive",
                    "devices": [{"deviceID": this.id}, {"deviceID": other.id}],
                    "fsWatcherEnabled": true,
                    "fsWatcherDelayS": 1,
                    "rescanIntervalS": 3600,
                }),
            );
        }
        poll(Duration::from_secs(40), || {
            (a.connected_to(&b) && b.connected_to(&a)).then_some(())
        })
        .unwrap_or_else(|| {
            panic!(
                "the two Syncthing daemons did not connect\n--- a ---\n{}\n--- b ---\n{}",
                a.log_text(),
                b.log_text()
            )
        });
        SyncthingPair { a, b, _dir: dir }
    }

    /// Waits until a file written on one side is there on the other, with `text` in it.
    pub fn wait_arrived(&self, file: &Path, text: &str, timeout: Duration) {
        poll(timeout, || {
            fs::read_to_string(file)
                .ok()
                .filter(|t| t.contains(text))
                .map(|_| ())
        })
        .unwrap_or_else(|| {
            panic!(
                "{} did not get {text:?} within {timeout:?}\n--- a ---\n{}\n--- b ---\n{}",
                file.display(),
                self.a.log_text(),
                self.b.log_text()
            )
        });
    }
}
