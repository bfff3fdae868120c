//! One app's world: private XDG dirs, its environment and its files.

use std::ffi::OsString;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{FakeClock, PrivateBus, LIBFAKETIME};

/// One app's world: private XDG dirs (XDG_RUNTIME_DIR 0700) and extra environment.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
    pub bin: PathBuf,
    pub env: Vec<(String, Option<OsString>)>,
}

impl Sandbox {
    /// A user who has started the app before (the first-start notification was seen), so that
    /// only the notifications a test provokes appear.
    pub fn new(bin: &Path) -> Sandbox {
        let sandbox = Sandbox::first_start(bin);
        let state = sandbox.state_file();
        fs::create_dir_all(state.parent().expect("state dir")).expect("create state dir");
        fs::write(&state, "{\"welcomed\": true}\n").expect("write state.json");
        sandbox
    }

    pub fn state_file(&self) -> PathBuf {
        self.root().join("state/posture-break/state.json")
    }

    /// A user who has never run posture-break.
    pub fn first_start(bin: &Path) -> Sandbox {
        // Short path under /tmp: the control socket path must stay under 108 bytes.
        let dir = tempfile::Builder::new()
            .prefix("pb-e2e-")
            .tempdir()
            .expect("temp dir");
        let mut env = vec![];
        for (var, sub) in [
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_DATA_HOME", "data"),
            ("XDG_STATE_HOME", "state"),
            ("XDG_CACHE_HOME", "cache"),
            ("XDG_RUNTIME_DIR", "runtime"),
        ] {
            let path = dir.path().join(sub);
            fs::create_dir_all(&path).expect("create sandbox dir");
            env.push((var.to_string(), Some(path.into_os_string())));
        }
        // English unless a test asks for a language: the tests that read words read English.
        env.push(("LANG".to_string(), Some("C.UTF-8".into())));
        for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES"] {
            env.push((var.to_string(), None));
        }
        fs::create_dir_all(dir.path().join("logs")).expect("create logs dir");
        fs::set_permissions(
            dir.path().join("runtime"),
            fs::Permissions::from_mode(0o700),
        )
        .expect("chmod runtime dir");
        Sandbox {
            dir,
            bin: bin.to_path_buf(),
            env,
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// What `set_env` put for `var`: `Some(None)` when it is removed, `None` when not set here.
    pub(crate) fn env_value(&self, var: &str) -> Option<Option<&OsString>> {
        self.env
            .iter()
            .find(|(k, _)| k == var)
            .map(|(_, v)| v.as_ref())
    }

    pub fn set_env(&mut self, var: &str, value: Option<&str>) {
        self.env.retain(|(k, _)| k != var);
        self.env.push((var.to_string(), value.map(OsString::from)));
    }

    /// Runs the app (and the CLI) under libfaketime with a wall-clock offset of 0 that the test
    /// can change while the app runs.
    pub fn use_faketime(&mut self) -> FakeClock {
        assert!(
            Path::new(LIBFAKETIME).exists(),
            "{LIBFAKETIME} missing: run tests/desktop/install-deps.sh (Debian package faketime)"
        );
        let clock = FakeClock {
            file: self.root().join("faketime-offset"),
        };
        clock.set_offset(0);
        let file = clock.file.display().to_string();
        for (var, value) in [
            ("LD_PRELOAD", LIBFAKETIME),
            ("FAKETIME_TIMESTAMP_FILE", file.as_str()),
            ("FAKETIME_NO_CACHE", "1"),
            ("DONT_FAKE_MONOTONIC", "1"),
        ] {
            self.set_env(var, Some(value));
        }
        clock
    }

    /// `$XDG_CONFIG_HOME` of this sandbox.
    pub fn config_home(&self) -> PathBuf {
        self.root().join("config")
    }

    /// A session bus of the app's own: its notifications and signals reach no other test.
    pub fn use_private_bus(&mut self) -> PrivateBus {
        let bus = PrivateBus::start(self.root(), &[], &[]);
        self.set_env("DBUS_SESSION_BUS_ADDRESS", Some(bus.address.as_str()));
        bus
    }

    pub fn config_file(&self) -> PathBuf {
        self.root().join("config/posture-break/config.toml")
    }

    pub fn socket(&self) -> PathBuf {
        self.root().join("runtime/posture-break/control.sock")
    }

    pub fn history_file(&self) -> PathBuf {
        self.root().join("data/posture-break/history.jsonl")
    }

    pub fn log_file(&self) -> PathBuf {
        self.root().join("state/posture-break/posture-break.log")
    }

    /// Writes config.toml the way editors do: a temp file renamed over the old one.
    pub fn write_config(&self, text: &str) {
        let path = self.config_file();
        let dir = path.parent().expect("config dir");
        fs::create_dir_all(dir).expect("create config dir");
        let tmp = dir.join(".config.toml.tmp");
        fs::write(&tmp, text).expect("write config");
        fs::rename(&tmp, &path).expect("rename config");
    }
}

/// A character device node like a camera's (as root; a plain file otherwise, which inotify and
/// /proc see the same way).
pub fn make_device_node(path: &Path) {
    let made = Command::new("mknod")
        .arg(path)
        .args(["c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        fs::write(path, b"").expect("create a stand-in device file");
    }
}
