//! The end-to-end harness: sandboxes (private XDG dirs), the app process, private buses, the
//! notification monitor, the tray menu over dbusmenu, windows and screenshots. Shared by the
//! test files that state behaviour (`tests/desktop.rs`, `tests/config_watch.rs`, ...).
#![allow(dead_code)] // each test binary uses a different part of the harness

use std::ffi::OsString;
use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;

pub mod sway;

pub const POLL: Duration = Duration::from_millis(50);
/// Longest a CLI call may take.
pub const CLI_TIMEOUT: Duration = Duration::from_secs(10);
/// From spawning the app to its control socket answering.
pub const APP_START: Duration = Duration::from_secs(15);
pub const WATCHER: &str = "org.kde.StatusNotifierWatcher";
pub const NOTIFICATIONS: &str = "org.freedesktop.Notifications";
pub const WINDOW_TITLE_PREFIX: &str = "posture-break — ";
// =============================================================================================
// Environment and sandboxes
// =============================================================================================

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Only PB_BIN.
    Binary,
    /// PB_BIN inside a desktop session.
    Desktop,
}

/// PB_BIN (canonical), or None after printing why the test is skipped. With CI or
/// PB_REQUIRE_DESKTOP set a missing environment fails the test instead.
pub fn setup(test: &str, need: Need) -> Option<PathBuf> {
    let set = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    let mut missing = vec![];
    if !set("PB_BIN") {
        missing.push("PB_BIN");
    }
    if need == Need::Desktop {
        missing.extend(
            ["DISPLAY", "DBUS_SESSION_BUS_ADDRESS"]
                .into_iter()
                .filter(|v| !set(v)),
        );
    }
    if !missing.is_empty() {
        let why = format!(
            "{test}: {} not set (run inside tests/desktop/session.sh with PB_BIN; see tests/run-all.sh)",
            missing.join(", ")
        );
        assert!(
            !set("CI") && !set("PB_REQUIRE_DESKTOP"),
            "{why}; CI/PB_REQUIRE_DESKTOP is set, so this fails"
        );
        eprintln!("skipped {why}");
        count_skip();
        return None;
    }
    let bin = PathBuf::from(std::env::var_os("PB_BIN").unwrap_or_default());
    let bin = fs::canonicalize(&bin).unwrap_or_else(|e| panic!("PB_BIN={}: {e}", bin.display()));
    Some(bin)
}

static SKIPPED: AtomicUsize = AtomicUsize::new(0);

/// Counts a skipped end-to-end test; at exit, after libtest's own summary (which counts it as
/// passed), one line on stdout says how many did not really run. tests/run-all.sh reads it.
fn count_skip() {
    static REGISTER: std::sync::Once = std::sync::Once::new();
    extern "C" fn report() {
        let n = SKIPPED.load(Ordering::SeqCst);
        if n == 0 {
            return;
        }
        let line = format!(
            "note: {n} end-to-end test(s) skipped: no desktop session (PB_BIN, DISPLAY, \
             DBUS_SESSION_BUS_ADDRESS); `bash tests/run-all.sh` runs them\n"
        );
        // Straight to fd 1: libtest captures print!, and std's stdout may be torn down by now.
        // SAFETY: writing a buffer we own to the standard output descriptor.
        unsafe { libc::write(1, line.as_ptr().cast(), line.len()) };
    }
    SKIPPED.fetch_add(1, Ordering::SeqCst);
    // SAFETY: registers a plain extern "C" function with no captured state.
    REGISTER.call_once(|| unsafe {
        libc::atexit(report);
    });
}

pub static NOTIFICATIONS_LOCK: Mutex<()> = Mutex::new(());

/// Serialises the tests that look at notifications, and clears dunst's screen for them.
pub fn notifications_lock() -> MutexGuard<'static, ()> {
    let guard = NOTIFICATIONS_LOCK
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    if let Err(e) = tool("dunstctl", &["close-all"]) {
        panic!("dunstctl close-all: {e}");
    }
    guard
}

pub static WINDOWS_LOCK: Mutex<()> = Mutex::new(());

/// Serialises the tests that open stretch windows: keys go to the focused window and clicks to
/// the window on top, and every stretch window opens at the same place (centred). Take it
/// after `notifications_lock` when a test needs both.
pub fn windows_lock() -> MutexGuard<'static, ()> {
    WINDOWS_LOCK.lock().unwrap_or_else(PoisonError::into_inner)
}

pub static SEQ: AtomicUsize = AtomicUsize::new(0);

/// libfaketime, the multi-threaded variant (the app has a dozen threads).
pub const LIBFAKETIME: &str = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1";

/// The offset libfaketime adds to the app's wall clock; monotonic time is left alone
/// (DONT_FAKE_MONOTONIC), so the app sees its wall clock jump the way it does after a clock
/// change or a resume.
pub struct FakeClock {
    pub file: PathBuf,
}

impl FakeClock {
    /// Moves the faked wall clock to real time + `secs` (read on every clock call).
    pub fn set_offset(&self, secs: i64) {
        let tmp = self.file.with_extension("tmp");
        fs::write(&tmp, format!("{secs:+}\n")).expect("write faketime offset");
        fs::rename(&tmp, &self.file).expect("rename faketime offset");
    }
}

/// One app's world: private XDG dirs (XDG_RUNTIME_DIR 0700) and extra environment.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
    pub bin: PathBuf,
    pub env: Vec<(String, Option<OsString>)>,
}

#[derive(Debug)]
pub struct Exercise {
    pub id: String,
    pub name: String,
}

pub fn names(exercises: &[Exercise]) -> Vec<&str> {
    exercises.iter().map(|e| e.name.as_str()).collect()
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
    fn env_value(&self, var: &str) -> Option<Option<&OsString>> {
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
        let bus = PrivateBus::start(self.root());
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

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(&self.bin);
        cmd.args(args).stdin(Stdio::null());
        for (var, value) in &self.env {
            match value {
                Some(value) => cmd.env(var, value),
                None => cmd.env_remove(var),
            };
        }
        cmd
    }

    pub fn run_timeout(&self, args: &[&str], timeout: Duration) -> Output {
        run_with_timeout(self.command(args), &self.root().join("logs"), timeout)
    }

    pub fn cli(&self, args: &[&str]) -> Output {
        self.run_timeout(args, CLI_TIMEOUT)
    }

    pub fn cli_ok(&self, args: &[&str]) -> Output {
        let out = self.cli(args);
        assert_eq!(out.code(), Some(0), "{out}");
        out
    }

    pub fn status(&self) -> Result<Value, String> {
        let out = self.cli(&["status", "--json"]);
        if out.code() != Some(0) {
            return Err(out.to_string());
        }
        serde_json::from_str(&out.stdout)
            .map_err(|e| format!("status --json printed no JSON ({e}): {out}"))
    }

    pub fn status_ok(&self) -> Value {
        self.status()
            .unwrap_or_else(|e| panic!("status --json failed: {e}"))
    }

    /// Polls `status --json` until `check` holds; fails with the last status and the app's output.
    pub fn wait_status(
        &self,
        app: &mut App,
        what: &str,
        timeout: Duration,
        check: impl Fn(&Value) -> bool,
    ) -> Value {
        let mut last = Value::Null;
        poll(timeout, || {
            assert!(
                app.alive(),
                "the app died while waiting for {what}\n{}",
                app.context()
            );
            last = self.status().ok()?;
            check(&last).then(|| last.clone())
        })
        .unwrap_or_else(|| {
            panic!(
                "timed out waiting for {what}; last status {last}\n{}",
                app.context()
            )
        })
    }

    pub fn exercises(&self) -> Vec<Exercise> {
        let out = self.cli_ok(&["exercises", "list", "--json"]);
        let list: Value = serde_json::from_str(&out.stdout)
            .unwrap_or_else(|e| panic!("exercises list --json: {e}\n{out}"));
        let list = list
            .as_array()
            .unwrap_or_else(|| panic!("exercises list --json is no array: {out}"));
        let exercises: Vec<Exercise> = list
            .iter()
            .map(|e| Exercise {
                id: e["id"].as_str().unwrap_or_default().to_string(),
                name: e["name"].as_str().unwrap_or_default().to_string(),
            })
            .collect();
        assert!(
            !exercises.is_empty()
                && exercises
                    .iter()
                    .all(|e| !e.id.is_empty() && !e.name.is_empty()),
            "{out}"
        );
        exercises
    }

    pub fn history(&self) -> Vec<Value> {
        fs::read_to_string(self.history_file())
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    pub fn wait_history(&self, app: &mut App, what: &str, check: impl Fn(&Value) -> bool) {
        poll(Duration::from_secs(5), || {
            self.history().iter().any(&check).then_some(())
        })
        .unwrap_or_else(|| {
            panic!(
                "history never got {what}: {}\n{}",
                fs::read_to_string(self.history_file()).unwrap_or_default(),
                app.context()
            )
        });
    }

    /// Starts the tray app and waits until its control socket answers. On a display, one XTEST
    /// input first: the user is at the computer (the X server's idle counter is shared by every
    /// test, and an app that starts idle holds its reminders).
    pub fn start_app(&self) -> App {
        if std::env::var_os("DISPLAY").is_some() && self.env_value("DISPLAY") != Some(None) {
            user_input();
        }
        let logs = self.root().join("logs");
        let n = SEQ.fetch_add(1, Ordering::SeqCst);
        let stdout = logs.join(format!("app-{n}.stdout"));
        let stderr = logs.join(format!("app-{n}.stderr"));
        let mut cmd = self.command(&[]);
        cmd.stdout(fs::File::create(&stdout).expect("app stdout file"));
        cmd.stderr(fs::File::create(&stderr).expect("app stderr file"));
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.bin.display()));
        let mut app = App {
            pid: child.id(),
            child,
            stdout,
            stderr,
            log: self.log_file(),
        };
        poll(APP_START, || {
            assert!(
                app.alive(),
                "the app exited during start-up\n{}",
                app.context()
            );
            self.status().ok()
        })
        .unwrap_or_else(|| {
            panic!(
                "the app's control socket did not answer within {APP_START:?}\n{}",
                app.context()
            )
        });
        app
    }
}

/// A running app; killed when dropped.
pub struct App {
    pub child: Child,
    pub pid: u32,
    pub stdout: PathBuf,
    pub stderr: PathBuf,
    pub log: PathBuf,
}

impl App {
    /// Sends a signal by name (`TERM`, `INT`, ...) with kill(1).
    pub fn signal(&self, name: &str) {
        let out = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid.to_string())
            .output()
            .unwrap_or_else(|e| panic!("cannot run kill: {e}"));
        assert!(out.status.success(), "kill -{name} {}: {out:?}", self.pid);
    }

    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    pub fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        poll(timeout, || self.child.try_wait().ok().flatten())
    }

    pub fn stderr_text(&self) -> String {
        fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    pub fn log_text(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Everything the app said: stderr, stdout and its log file.
    pub fn context(&self) -> String {
        let read = |p: &Path| fs::read_to_string(p).unwrap_or_default();
        format!(
            "--- app pid {} stderr ---\n{}\n--- stdout ---\n{}\n--- {} ---\n{}",
            self.pid,
            read(&self.stderr),
            read(&self.stdout),
            self.log.display(),
            read(&self.log)
        )
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// A session bus of our own with no services at all: no notification daemon, no tray host, and
/// nothing D-Bus-activatable (the system's session config would activate dunst).
pub struct PrivateBus {
    pub child: Child,
    pub address: String,
}

impl PrivateBus {
    pub fn start(dir: &Path) -> PrivateBus {
        PrivateBus::start_with_services(dir, &[])
    }

    /// A private bus on which only the system's D-Bus services named in `services` are
    /// activatable (e.g. "org.xfce.Xfconf", which xfce4-panel needs for its config).
    pub fn start_with_services(dir: &Path, services: &[&str]) -> PrivateBus {
        PrivateBus::start_with_services_env(dir, services, &[])
    }

    /// As [`PrivateBus::start_with_services`], with `env` set for the bus daemon and so for
    /// every service it activates (xfconfd reads its files from the bus's XDG_CONFIG_HOME).
    pub fn start_with_services_env(
        dir: &Path,
        services: &[&str],
        env: &[(&str, &Path)],
    ) -> PrivateBus {
        let bus_dir = dir.join("private-bus");
        fs::create_dir_all(&bus_dir).expect("bus dir");
        let service_dir = bus_dir.join("services");
        fs::create_dir_all(&service_dir).expect("bus service dir");
        for name in services {
            let file = format!("/usr/share/dbus-1/services/{name}.service");
            assert!(Path::new(&file).exists(), "no D-Bus service file {file}");
            std::os::unix::fs::symlink(&file, service_dir.join(format!("{name}.service")))
                .unwrap_or_else(|e| panic!("link {file}: {e}"));
        }
        let config = bus_dir.join("session.conf");
        fs::write(
            &config,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                bus_dir.display(),
                service_dir.display()
            ),
        )
        .expect("write bus config");
        let mut child = Command::new("dbus-daemon")
            .envs(env.iter().copied())
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--print-address=1"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(fs::File::create(bus_dir.join("dbus-daemon.log")).expect("bus log"))
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start dbus-daemon: {e}"));
        let mut address = String::new();
        if let Some(out) = child.stdout.take() {
            let _ = BufReader::new(out).read_line(&mut address);
        }
        let address = address.trim().to_string();
        if address.is_empty() {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "dbus-daemon printed no address: {}",
                fs::read_to_string(bus_dir.join("dbus-daemon.log")).unwrap_or_default()
            );
        }
        PrivateBus { child, address }
    }

    pub fn name_has_owner(&self, name: &str) -> bool {
        gdbus_call_on(
            Some(&self.address),
            &[
                "--dest",
                "org.freedesktop.DBus",
                "--object-path",
                "/org/freedesktop/DBus",
                "--method",
                "org.freedesktop.DBus.NameHasOwner",
                name,
            ],
        ) == Ok(Gv::Tuple(vec![Gv::Bool(true)]))
    }
}

/// A dunst of the test's own on a private bus (drawn on the shared X display). Its context menu
/// (`dunstctl context`, what a user opens to pick Snooze or Skip) runs a dmenu stand-in that
/// picks the line naming the action chosen with [`PrivateDunst::choose_action`].
pub struct PrivateDunst {
    pub child: Child,
    pub bus: String,
    pub dir: PathBuf,
}

pub struct DunstOptions {
    /// dunst's `ignore_dbusclose`: CloseNotification leaves the notification on screen, as some
    /// daemons do, so a user can still answer a reminder the app has withdrawn.
    pub ignore_close: bool,
}

impl PrivateDunst {
    /// Starts dunst on `bus` and waits until it owns org.freedesktop.Notifications. Reminders
    /// never time out in this dunst (`override_dbus_timeout = 0`): only the app takes them down.
    pub fn start(dir: &Path, bus: &PrivateBus, options: DunstOptions) -> PrivateDunst {
        let n = SEQ.fetch_add(1, Ordering::SeqCst);
        let dir = dir.join(format!("dunst-{n}"));
        fs::create_dir_all(&dir).expect("dunst dir");
        let choice = dir.join("choice");
        let offered = dir.join("offered.txt");
        let dmenu = dir.join("dmenu");
        fs::write(
            &dmenu,
            format!(
                "#!/bin/sh\n# dunst's context menu: the offered lines on stdin, the chosen one on stdout.\n\
                 cat > '{offered}.tmp'\nchoice=$(cat '{choice}' 2>/dev/null) || exit 1\n\
                 grep -m 1 -F -- \"$choice\" '{offered}.tmp'\nmv '{offered}.tmp' '{offered}'\n",
                offered = offered.display(),
                choice = choice.display()
            ),
        )
        .expect("write dmenu stand-in");
        fs::set_permissions(&dmenu, fs::Permissions::from_mode(0o755)).expect("chmod dmenu");
        let rc = dir.join("dunstrc");
        fs::write(
            &rc,
            format!(
                "[global]\n    monitor = 0\n    follow = none\n    width = 300\n    origin = top-left\n\
                 \x20   offset = 10x300\n    notification_limit = 0\n    idle_threshold = 0\n\
                 \x20   stack_duplicates = false\n    font = DejaVu Sans 10\n    browser = /bin/false\n\
                 \x20   dmenu = {dmenu}\n    ignore_dbusclose = {ignore}\n\
                 [urgency_normal]\n    timeout = 60\n\
                 [posture-break-reminders]\n    appname = posture-break\n    override_dbus_timeout = 0\n",
                dmenu = dmenu.display(),
                ignore = options.ignore_close
            ),
        )
        .expect("write dunstrc");
        let child = Command::new("dunst")
            .arg("-config")
            .arg(&rc)
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .stdin(Stdio::null())
            .stdout(fs::File::create(dir.join("dunst.log")).expect("dunst log"))
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start dunst: {e}"));
        let mut dunst = PrivateDunst {
            child,
            bus: bus.address.clone(),
            dir,
        };
        wait_until(
            "the private dunst to own org.freedesktop.Notifications",
            Duration::from_secs(10),
            || {
                assert!(
                    matches!(dunst.child.try_wait(), Ok(None)),
                    "dunst exited: {}",
                    fs::read_to_string(dunst.dir.join("dunst.log")).unwrap_or_default()
                );
                bus.name_has_owner(NOTIFICATIONS).then_some(())
            },
        );
        dunst
    }

    pub fn ctl(&self, args: &[&str]) -> Result<String, String> {
        tool_on(Some(&self.bus), "dunstctl", args)
    }

    pub fn displayed(&self) -> Option<u32> {
        self.ctl(&["count", "displayed"]).ok()?.trim().parse().ok()
    }

    /// Opens dunst's context menu and picks action `key` of notification `id` in it, as a user
    /// does to answer with something other than the default action.
    pub fn choose_action(&self, id: u32, key: &str) {
        let line = format!("[{id},{key}]");
        let _ = fs::remove_file(self.dir.join("offered.txt"));
        fs::write(self.dir.join("choice"), &line).expect("write choice");
        self.ctl(&["context"])
            .unwrap_or_else(|e| panic!("dunstctl context: {e}"));
        let offered = poll(Duration::from_secs(5), || {
            fs::read_to_string(self.dir.join("offered.txt")).ok()
        })
        .unwrap_or_else(|| panic!("dunst opened no context menu"));
        assert!(
            offered.contains(&line),
            "dunst's context menu does not offer {line}:\n{offered}"
        );
    }
}

impl Drop for PrivateDunst {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A program started by a test (a late tray host, say); killed when dropped.
pub struct Daemon(pub Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// xfce4-panel with only its systray plugin (a StatusNotifierWatcher + host), on `bus`, with
/// its config under `dir`. The bus must have org.xfce.Xfconf activatable.
pub fn start_panel(dir: &Path, bus: &PrivateBus) -> Daemon {
    let home = dir.join("panel-config");
    let xml_dir = home.join("xfce4/xfconf/xfce-perchannel-xml");
    fs::create_dir_all(&xml_dir).expect("panel config dir");
    // The same panel as tests/desktop/session.sh's: only the systray plugin.
    fs::write(
        xml_dir.join("xfce4-panel.xml"),
        include_str!("../desktop/xfce4-panel.xml"),
    )
    .expect("write panel config");
    let child = Command::new("xfce4-panel")
        .arg("--disable-wm-check")
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env("XDG_CONFIG_HOME", &home)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(fs::File::create(dir.join("logs/late-panel.log")).expect("panel log"))
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start xfce4-panel: {e}"));
    Daemon(child)
}

impl PrivateBus {
    /// A dunst of its own on this bus (default settings); stopped when dropped.
    pub fn start_dunst(&self, sandbox: &Sandbox) -> Daemon {
        self.daemon(sandbox, "dunst", NOTIFICATIONS)
    }

    /// A command on this bus, with the sandbox's XDG dirs (dconf and xfconf keep their files
    /// there).
    pub fn command(&self, program: &str, sandbox: &Sandbox) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .env("XDG_CONFIG_HOME", sandbox.config_home())
            .env("XDG_RUNTIME_DIR", sandbox.root().join("runtime"))
            .env("GSETTINGS_BACKEND", "dconf")
            .stdin(Stdio::null());
        cmd
    }

    /// Runs `program` on this bus and checks it succeeded.
    pub fn run(&self, sandbox: &Sandbox, program: &str, args: &[&str]) {
        let out = self
            .command(program, sandbox)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
        assert!(out.status.success(), "{program} {args:?}: {out:?}");
    }

    /// Starts a daemon on this bus and waits until it owns `name`; stopped when dropped.
    pub fn daemon(&self, sandbox: &Sandbox, program: &str, name: &str) -> Daemon {
        let child = self
            .command(program, sandbox)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
        let daemon = Daemon(child);
        wait_until(
            &format!("{program} to own {name}"),
            Duration::from_secs(10),
            || {
                let out = self
                    .command("gdbus", sandbox)
                    .args(["call", "--session", "--dest", "org.freedesktop.DBus"])
                    .args(["--object-path", "/org/freedesktop/DBus"])
                    .args(["--method", "org.freedesktop.DBus.NameHasOwner", name])
                    .output()
                    .ok()?;
                String::from_utf8_lossy(&out.stdout)
                    .contains("true")
                    .then_some(())
            },
        );
        daemon
    }

    pub fn dunstctl(&self, args: &[&str]) {
        let out = Command::new("dunstctl")
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .output()
            .expect("run dunstctl");
        assert!(out.status.success(), "dunstctl {args:?}: {out:?}");
    }

    /// The screen saver (lock) coming on or going off, as desktops announce it.
    pub fn emit_screensaver(&self, active: bool) {
        let out = Command::new("gdbus")
            .args([
                "emit",
                "--session",
                "--object-path",
                "/org/freedesktop/ScreenSaver",
            ])
            .args([
                "--signal",
                "org.freedesktop.ScreenSaver.ActiveChanged",
                if active { "true" } else { "false" },
            ])
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .output()
            .expect("run gdbus emit");
        assert!(
            out.status.success(),
            "gdbus emit: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// =============================================================================================
// Processes
// =============================================================================================

/// What a finished (or timed-out) command printed.
pub struct Output {
    pub what: String,
    pub status: Option<ExitStatus>,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// None when killed by a signal or timed out.
    pub fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }
}

impl std::fmt::Display for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let status = self
            .status
            .map_or("timed out (killed)".to_string(), |s| s.to_string());
        write!(
            f,
            "`{}` → {status}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.what, self.stdout, self.stderr
        )
    }
}

/// Runs `cmd` with output in files (nothing can block on a pipe), killing it after `timeout`.
pub fn run_with_timeout(mut cmd: Command, scratch: &Path, timeout: Duration) -> Output {
    let n = SEQ.fetch_add(1, Ordering::SeqCst);
    let (out_path, err_path) = (
        scratch.join(format!("cmd-{n}.out")),
        scratch.join(format!("cmd-{n}.err")),
    );
    cmd.stdout(fs::File::create(&out_path).expect("stdout file"));
    cmd.stderr(fs::File::create(&err_path).expect("stderr file"));
    let what = std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| a.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run `{what}`: {e}"));
    let status = poll(timeout, || child.try_wait().ok().flatten());
    if status.is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    let read = |p: &Path| fs::read_to_string(p).unwrap_or_default();
    Output {
        what,
        status,
        stdout: read(&out_path),
        stderr: read(&err_path),
    }
}

/// Runs a helper tool (gdbus, xdotool, dunstctl, import, ...) to completion; its stdout, or an
/// error with its stderr.
/// Keyboard or mouse input, as far as the X server can tell (XTEST): resets its idle counter.
pub fn user_input() {
    tool("xdotool", &["mousemove_relative", "--", "1", "0"])
        .unwrap_or_else(|e| panic!("xdotool: {e}"));
}

pub fn tool(program: &str, args: &[&str]) -> Result<String, String> {
    tool_on(None, program, args)
}

/// [`tool`] talking to the session bus at `bus` (None: the test process's own session bus).
pub fn tool_on(bus: Option<&str>, program: &str, args: &[&str]) -> Result<String, String> {
    let mut cmd = Command::new(program);
    if let Some(bus) = bus {
        cmd.env("DBUS_SESSION_BUS_ADDRESS", bus);
    }
    let out = cmd
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    if out.status.success() {
        Ok(stdout)
    } else {
        Err(format!(
            "`{program} {}` → {}: {}{}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim(),
            stdout.trim()
        ))
    }
}

/// Calls `f` every 50 ms until it returns Some or `timeout` passes.
pub fn poll<T>(timeout: Duration, mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(value) = f() {
            return Some(value);
        }
        if Instant::now() >= deadline {
            return None;
        }
        thread::sleep(POLL);
    }
}

pub fn wait_until<T>(what: &str, timeout: Duration, f: impl FnMut() -> Option<T>) -> T {
    poll(timeout, f).unwrap_or_else(|| panic!("timed out after {timeout:?} waiting for {what}"))
}

// =============================================================================================
// Time
// =============================================================================================

pub fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Seconds since the epoch of an RFC 3339 timestamp with offset ("2026-11-26T14:35:00+01:00",
/// fractions and "Z" allowed).
pub fn rfc3339_secs(text: &str) -> Option<i64> {
    let num = |s: &str| -> Option<i64> {
        s.chars()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())
            .flatten()
    };
    let (date, rest) = text.split_once(['T', 't', ' '])?;
    let mut d = date.splitn(3, '-');
    let (y, m, day) = (num(d.next()?)?, num(d.next()?)?, num(d.next()?)?);
    let time_len = rest.find(['Z', 'z', '+', '-'])?;
    let (time, offset) = rest.split_at(time_len);
    let time = time.split('.').next()?;
    let mut t = time.splitn(3, ':');
    let (hh, mm, ss) = (num(t.next()?)?, num(t.next()?)?, num(t.next()?)?);
    let offset_secs = match offset {
        "Z" | "z" => 0,
        _ => {
            let sign = if offset.starts_with('-') { -1 } else { 1 };
            let (oh, om) = offset[1..].split_once(':')?;
            sign * (num(oh)? * 3600 + num(om)? * 60)
        }
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) || hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = (if y >= 0 { y } else { y - 399 }) / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hh * 3600 + mm * 60 + ss - offset_secs)
}

/// `date -d SPEC +%s` in the local time zone, e.g. "tomorrow 08:00".
pub fn local_epoch(spec: &str) -> i64 {
    let out = tool("date", &["-d", spec, "+%s"]).unwrap_or_else(|e| panic!("{e}"));
    out.trim()
        .parse()
        .unwrap_or_else(|e| panic!("date printed {out:?}: {e}"))
}

pub fn local_time(epoch: i64) -> String {
    tool("date", &["-d", &format!("@{epoch}"), "+%F %T %z"])
        .unwrap_or_default()
        .trim()
        .to_string()
}

pub fn local_hhmm(epoch: i64) -> String {
    tool("date", &["-d", &format!("@{epoch}"), "+%H:%M"])
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// `status.until` lies `secs` after the request (sent between `before` and `after`), ±5 s.
pub fn assert_until_near(status: &Value, before: i64, after: i64, secs: i64) {
    let until = status["until"]
        .as_str()
        .and_then(rfc3339_secs)
        .unwrap_or_else(|| panic!("no valid `until`: {status}"));
    assert!(
        (before + secs - 5..=after + secs + 5).contains(&until),
        "until {} should be about now + {secs} s (now {})",
        status["until"],
        local_time(after)
    );
}

// =============================================================================================
// Notifications (dbus-monitor, dunstctl)
// =============================================================================================

/// One Notify call, with the id dunst returned for it.
#[derive(Debug, Clone)]
pub struct Notification {
    pub id: Option<u32>,
    pub app_name: String,
    pub summary: String,
    pub body: String,
    /// (key, label) pairs.
    pub actions: Vec<(String, String)>,
}

impl Notification {
    pub fn action_label(&self, key: &str) -> Option<&str> {
        self.actions
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, l)| l.as_str())
    }
}

pub fn body_names(body: &str, name: &str) -> bool {
    body.starts_with(&format!("{name}: "))
}

/// `dbus-monitor` watching org.freedesktop.Notifications (calls and signals) and the daemon's
/// method returns (the notification ids), started before the app.
pub struct Monitor {
    pub child: Child,
    pub out: PathBuf,
}

impl Monitor {
    pub fn start(dir: &Path) -> Monitor {
        Monitor::start_on(dir, None)
    }

    /// Watches the notifications on the session bus at `bus` (None: the test process's own).
    pub fn start_on(dir: &Path, bus: Option<&str>) -> Monitor {
        let owner = gdbus_call_on(
            bus,
            &[
                "--dest",
                "org.freedesktop.DBus",
                "--object-path",
                "/org/freedesktop/DBus",
                "--method",
                "org.freedesktop.DBus.GetNameOwner",
                NOTIFICATIONS,
            ],
        )
        .unwrap_or_else(|e| panic!("no notification daemon on the session bus: {e}"));
        let owner = match &owner {
            Gv::Tuple(items) => match items.first() {
                Some(Gv::Str(name)) => name.clone(),
                _ => panic!("GetNameOwner: {owner:?}"),
            },
            _ => panic!("GetNameOwner: {owner:?}"),
        };
        let n = SEQ.fetch_add(1, Ordering::SeqCst);
        let out = dir.join(format!("dbus-monitor-{n}.txt"));
        let mut cmd = Command::new("dbus-monitor");
        match bus {
            Some(bus) => cmd.args(["--address", bus]),
            None => cmd.arg("--session"),
        };
        let child = cmd
            .args([
                format!("interface='{NOTIFICATIONS}'"),
                format!("type='method_return',sender='{owner}'"),
            ])
            .stdin(Stdio::null())
            .stdout(fs::File::create(&out).expect("monitor file"))
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start dbus-monitor: {e}"));
        let monitor = Monitor { child, out };
        // BecomeMonitor makes the bus drop our name: NameLost means we are listening.
        wait_until(
            "dbus-monitor to start listening",
            Duration::from_secs(5),
            || monitor.text().contains("member=NameLost").then_some(()),
        );
        monitor
    }

    pub fn text(&self) -> String {
        fs::read_to_string(&self.out).unwrap_or_default()
    }

    pub fn dump(&self) -> String {
        format!("--- dbus-monitor ---\n{}", self.text())
    }

    pub fn notifications(&self) -> Vec<Notification> {
        notifications_in(&parse_monitor(&self.text()))
    }

    /// Waits for a Notify call matching `check` (and, if the daemon answered, its id).
    pub fn wait_notification(
        &self,
        app: &mut App,
        what: &str,
        timeout: Duration,
        check: impl Fn(&Notification) -> bool,
    ) -> Notification {
        let found = poll(timeout, || {
            assert!(
                app.alive(),
                "the app died while waiting for {what}\n{}",
                app.context()
            );
            self.notifications().into_iter().find(&check)
        })
        .unwrap_or_else(|| {
            panic!(
                "no notification: {what} within {timeout:?}\n{}\n{}",
                self.dump(),
                app.context()
            )
        });
        // The id arrives in the daemon's reply, right after the call.
        poll(Duration::from_secs(2), || {
            self.notifications()
                .into_iter()
                .find(|n| check(n) && n.id.is_some())
        })
        .unwrap_or(found)
    }

    /// The ids the app asked the daemon to close (CloseNotification calls).
    pub fn closes_requested(&self) -> Vec<u32> {
        parse_monitor(&self.text())
            .into_iter()
            .filter(|m| m.kind == MsgKind::Call && m.member == "CloseNotification")
            .filter_map(|m| match m.args.first() {
                Some(MonArg::U32(id)) => Some(*id),
                _ => None,
            })
            .collect()
    }

    /// NotificationClosed signals: (id, reason).
    pub fn closed(&self) -> Vec<(u32, u32)> {
        parse_monitor(&self.text())
            .into_iter()
            .filter(|m| m.kind == MsgKind::Signal && m.member == "NotificationClosed")
            .filter_map(|m| match m.args.as_slice() {
                [MonArg::U32(id), MonArg::U32(reason), ..] => Some((*id, *reason)),
                _ => None,
            })
            .collect()
    }

    /// Action keys dunst reported for notification `id`.
    /// The xdg_activation tokens the daemon sent for notification `id` (ActivationToken).
    pub fn activation_tokens(&self, id: u32) -> Vec<String> {
        parse_monitor(&self.text())
            .into_iter()
            .filter(|m| m.kind == MsgKind::Signal && m.member == "ActivationToken")
            .filter_map(|m| match m.args.as_slice() {
                [MonArg::U32(got), MonArg::Str(token), ..] if *got == id => Some(token.clone()),
                _ => None,
            })
            .collect()
    }

    pub fn actions_invoked(&self, id: u32) -> Vec<String> {
        parse_monitor(&self.text())
            .into_iter()
            .filter(|m| m.kind == MsgKind::Signal && m.member == "ActionInvoked")
            .filter_map(|m| match m.args.as_slice() {
                [MonArg::U32(got), MonArg::Str(key), ..] if *got == id => Some(key.clone()),
                _ => None,
            })
            .collect()
    }
}

impl Drop for Monitor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn dunst_displayed() -> Option<u32> {
    tool("dunstctl", &["count", "displayed"])
        .ok()?
        .trim()
        .parse()
        .ok()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MsgKind {
    Call,
    Return,
    Signal,
    Error,
}

/// One message as dbus-monitor prints it.
#[derive(Debug, Clone)]
pub struct BusMsg {
    pub kind: MsgKind,
    pub sender: String,
    pub destination: String,
    pub serial: Option<u32>,
    pub reply_serial: Option<u32>,
    pub member: String,
    pub args: Vec<MonArg>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum MonArg {
    Str(String),
    U32(u32),
    I32(i32),
    StrArray(Vec<String>),
    Other(String),
}

pub const MONITOR_TYPES: [&str; 17] = [
    "string ",
    "uint32 ",
    "int32 ",
    "array [",
    "variant ",
    "boolean ",
    "int64 ",
    "uint64 ",
    "double ",
    "byte ",
    "object path ",
    "signature ",
    "struct {",
    "dict entry(",
    "int16 ",
    "uint16 ",
    "unix fd ",
];

/// Parses dbus-monitor's default output. Strings are printed raw (newlines and quotes included),
/// so an argument runs until the next line that starts a top-level argument (3 spaces + a type).
pub fn parse_monitor(text: &str) -> Vec<BusMsg> {
    let mut messages: Vec<BusMsg> = vec![];
    let mut arg_lines: Vec<Vec<&str>> = vec![];
    let finish = |messages: &mut Vec<BusMsg>, arg_lines: &mut Vec<Vec<&str>>| {
        if let Some(last) = messages.last_mut() {
            last.args = arg_lines
                .drain(..)
                .map(|lines| parse_monitor_arg(&lines))
                .collect();
        }
        arg_lines.clear();
    };
    for line in text.lines() {
        let kind = [
            ("method call ", MsgKind::Call),
            ("method return ", MsgKind::Return),
            ("signal ", MsgKind::Signal),
            ("error ", MsgKind::Error),
        ]
        .into_iter()
        .find(|(prefix, _)| line.starts_with(prefix) && line.contains(" sender="));
        if let Some((_, kind)) = kind {
            finish(&mut messages, &mut arg_lines);
            let field = |key: &str| {
                line.split_whitespace()
                    .find_map(|t| t.strip_prefix(key))
                    .map(|v| v.trim_end_matches(';').to_string())
                    .unwrap_or_default()
            };
            messages.push(BusMsg {
                kind,
                sender: field("sender="),
                destination: field("destination="),
                serial: field("serial=").parse().ok(),
                reply_serial: field("reply_serial=").parse().ok(),
                member: field("member="),
                args: vec![],
            });
            continue;
        }
        if messages.is_empty() {
            continue;
        }
        let top = line
            .strip_prefix("   ")
            .filter(|rest| MONITOR_TYPES.iter().any(|t| rest.starts_with(t)));
        match (top, arg_lines.last_mut()) {
            (Some(_), _) | (None, None) => arg_lines.push(vec![line]),
            (None, Some(current)) => current.push(line),
        }
    }
    finish(&mut messages, &mut arg_lines);
    messages
}

pub fn parse_monitor_arg(lines: &[&str]) -> MonArg {
    let first = lines.first().map_or("", |l| l.trim_start());
    let unquote = |s: &str| {
        s.strip_prefix('"')
            .and_then(|s| s.strip_suffix('"'))
            .map(str::to_string)
    };
    if let Some(rest) = first.strip_prefix("string ") {
        let joined = std::iter::once(rest)
            .chain(lines[1..].iter().copied())
            .collect::<Vec<_>>()
            .join("\n");
        if let Some(s) = unquote(&joined) {
            return MonArg::Str(s);
        }
    } else if let Some(n) = first
        .strip_prefix("uint32 ")
        .and_then(|n| n.trim().parse().ok())
    {
        return MonArg::U32(n);
    } else if let Some(n) = first
        .strip_prefix("int32 ")
        .and_then(|n| n.trim().parse().ok())
    {
        return MonArg::I32(n);
    } else if first == "array [" {
        let items: Vec<&str> = lines[1..]
            .iter()
            .map(|l| l.trim())
            .filter(|l| *l != "]")
            .collect();
        let strings: Option<Vec<String>> = items
            .iter()
            .map(|l| l.strip_prefix("string ").and_then(unquote))
            .collect();
        if let Some(strings) = strings {
            return MonArg::StrArray(strings);
        }
    }
    MonArg::Other(lines.join("\n"))
}

/// Notify calls, each with the id from the daemon's matching reply (if seen).
pub fn notifications_in(messages: &[BusMsg]) -> Vec<Notification> {
    messages
        .iter()
        .filter(|m| m.kind == MsgKind::Call && m.member == "Notify")
        .filter_map(|call| {
            let [MonArg::Str(app_name), _, _, MonArg::Str(summary), MonArg::Str(body), actions, ..] = call.args.as_slice()
            else {
                return None;
            };
            let actions = match actions {
                MonArg::StrArray(a) => a.chunks(2).map(|c| (c[0].clone(), c.get(1).cloned().unwrap_or_default())).collect(),
                _ => vec![],
            };
            let id = messages.iter().find_map(|m| match m.args.first() {
                Some(MonArg::U32(id))
                    if m.kind == MsgKind::Return && m.reply_serial == call.serial && m.destination == call.sender =>
                {
                    Some(*id)
                }
                _ => None,
            });
            Some(Notification { id, app_name: app_name.clone(), summary: summary.clone(), body: body.clone(), actions })
        })
        .collect()
}

// =============================================================================================
// Tray menu (StatusNotifierItem + com.canonical.dbusmenu through gdbus)
// =============================================================================================

/// A parsed GVariant in gdbus's text format (the subset gdbus prints for our calls).
#[derive(Debug, Clone, PartialEq)]
pub enum Gv {
    Str(String),
    Int(i64),
    Bool(bool),
    Tuple(Vec<Gv>),
    Array(Vec<Gv>),
    Dict(Vec<(Gv, Gv)>),
    Variant(Box<Gv>),
    Word(String),
}

impl Gv {
    /// Looks through variants.
    pub fn inner(&self) -> &Gv {
        match self {
            Gv::Variant(v) => v.inner(),
            other => other,
        }
    }

    pub fn get(&self, key: &str) -> Option<&Gv> {
        match self.inner() {
            Gv::Dict(entries) => entries
                .iter()
                .find(|(k, _)| *k == Gv::Str(key.to_string()))
                .map(|(_, v)| v.inner()),
            _ => None,
        }
    }
}

pub struct GvParser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

pub fn parse_gvariant(text: &str) -> Result<Gv, String> {
    let mut p = GvParser {
        chars: text.trim().chars().peekable(),
    };
    let value = p.value()?;
    p.ws();
    match p.chars.peek() {
        None => Ok(value),
        Some(c) => Err(format!("trailing text at {c:?} in {text:?}")),
    }
}

impl GvParser<'_> {
    fn ws(&mut self) {
        while self.chars.next_if(|c| c.is_whitespace()).is_some() {}
    }

    fn expect(&mut self, want: char) -> Result<(), String> {
        self.ws();
        match self.chars.next() {
            Some(c) if c == want => Ok(()),
            other => Err(format!("expected {want:?}, found {other:?}")),
        }
    }

    fn value(&mut self) -> Result<Gv, String> {
        self.ws();
        match self.chars.peek().copied() {
            Some('(') => Ok(Gv::Tuple(self.seq('(', ')')?)),
            Some('[') => Ok(Gv::Array(self.seq('[', ']')?)),
            Some('{') => self.dict(),
            Some('<') => {
                self.chars.next();
                let inner = self.value()?;
                self.expect('>')?;
                Ok(Gv::Variant(Box::new(inner)))
            }
            Some(q @ ('\'' | '"')) => {
                self.chars.next();
                self.string(q)
            }
            Some('@') => {
                // Type annotation, e.g. "@av []".
                while self.chars.next_if(|c| !c.is_whitespace()).is_some() {}
                self.value()
            }
            Some(_) => {
                let mut word = String::new();
                while let Some(c) = self
                    .chars
                    .next_if(|c| !c.is_whitespace() && !",)]}>:".contains(*c))
                {
                    word.push(c);
                }
                match word.as_str() {
                    "" => Err(format!("unexpected {:?}", self.chars.peek())),
                    "true" => Ok(Gv::Bool(true)),
                    "false" => Ok(Gv::Bool(false)),
                    "byte" | "int16" | "uint16" | "int32" | "uint32" | "int64" | "uint64"
                    | "handle" | "double" | "objectpath" | "signature" | "boolean" | "string"
                    | "just" => self.value(),
                    "b" if matches!(self.chars.peek(), Some('\'' | '"')) => self.value(),
                    _ => Ok(word
                        .strip_prefix("0x")
                        .map_or_else(
                            || word.parse().ok(),
                            |hex| i64::from_str_radix(hex, 16).ok(),
                        )
                        .map_or(Gv::Word(word), Gv::Int)),
                }
            }
            None => Err("unexpected end".into()),
        }
    }

    fn seq(&mut self, open: char, close: char) -> Result<Vec<Gv>, String> {
        self.expect(open)?;
        let mut items = vec![];
        loop {
            self.ws();
            if self.chars.next_if_eq(&close).is_some() {
                return Ok(items);
            }
            items.push(self.value()?);
            self.ws();
            if self.chars.next_if_eq(&',').is_none() {
                self.expect(close)?;
                return Ok(items);
            }
        }
    }

    fn dict(&mut self) -> Result<Gv, String> {
        self.expect('{')?;
        let mut entries = vec![];
        loop {
            self.ws();
            if self.chars.next_if_eq(&'}').is_some() {
                return Ok(Gv::Dict(entries));
            }
            let key = self.value()?;
            self.expect(':')?;
            let value = self.value()?;
            entries.push((key, value));
            self.ws();
            if self.chars.next_if_eq(&',').is_none() {
                self.expect('}')?;
                return Ok(Gv::Dict(entries));
            }
        }
    }

    fn string(&mut self, quote: char) -> Result<Gv, String> {
        let mut s = String::new();
        loop {
            match self.chars.next() {
                None => return Err("unterminated string".into()),
                Some(c) if c == quote => return Ok(Gv::Str(s)),
                Some('\\') => match self.chars.next() {
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some('r') => s.push('\r'),
                    Some(u @ ('u' | 'U')) => {
                        let len = if u == 'u' { 4 } else { 8 };
                        let hex: String = (0..len).filter_map(|_| self.chars.next()).collect();
                        let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                        s.push(c.ok_or_else(|| format!("bad escape \\{u}{hex}"))?);
                    }
                    Some(c) => s.push(c),
                    None => return Err("unterminated escape".into()),
                },
                Some(c) => s.push(c),
            }
        }
    }
}

/// `gdbus call --session ARGS`, parsed.
pub fn gdbus_call(args: &[&str]) -> Result<Gv, String> {
    gdbus_call_on(None, args)
}

/// [`gdbus_call`] on the session bus at `bus` (None: the test process's own).
pub fn gdbus_call_on(bus: Option<&str>, args: &[&str]) -> Result<Gv, String> {
    let mut all = vec!["call", "--session", "--timeout", "5"];
    all.extend_from_slice(args);
    let out = tool_on(bus, "gdbus", &all)?;
    parse_gvariant(&out).map_err(|e| format!("cannot parse gdbus output {out:?}: {e}"))
}

pub fn dbus_get_property(
    dest: &str,
    path: &str,
    interface: &str,
    property: &str,
) -> Result<Gv, String> {
    dbus_get_property_on(None, dest, path, interface, property)
}

pub fn dbus_get_property_on(
    bus: Option<&str>,
    dest: &str,
    path: &str,
    interface: &str,
    property: &str,
) -> Result<Gv, String> {
    let reply = gdbus_call_on(
        bus,
        &[
            "--dest",
            dest,
            "--object-path",
            path,
            "--method",
            "org.freedesktop.DBus.Properties.Get",
            interface,
            property,
        ],
    )?;
    match reply {
        Gv::Tuple(mut items) if items.len() == 1 => Ok(items.remove(0).inner().clone()),
        other => Err(format!("{property}: unexpected reply {other:?}")),
    }
}

pub fn connection_pid(name: &str) -> Option<u32> {
    connection_pid_on(None, name)
}

pub fn connection_pid_on(bus: Option<&str>, name: &str) -> Option<u32> {
    let reply = gdbus_call_on(
        bus,
        &[
            "--dest",
            "org.freedesktop.DBus",
            "--object-path",
            "/org/freedesktop/DBus",
            "--method",
            "org.freedesktop.DBus.GetConnectionUnixProcessID",
            name,
        ],
    )
    .ok()?;
    match reply {
        Gv::Tuple(items) => match items.first() {
            Some(Gv::Int(pid)) => u32::try_from(*pid).ok(),
            _ => None,
        },
        _ => None,
    }
}

#[derive(Debug, Clone)]
pub struct MenuNode {
    pub id: i64,
    pub label: String,
    pub kind: String,
    pub enabled: bool,
    pub visible: bool,
    pub toggle_type: String,
    /// dbusmenu `toggle-state`: 1 checked, 0 unchecked, -1 none.
    pub toggle_state: i64,
    pub children: Vec<MenuNode>,
}

impl MenuNode {
    /// From `(id, {props}, [<children>])`.
    pub fn from_gv(gv: &Gv) -> Result<MenuNode, String> {
        let Gv::Tuple(parts) = gv.inner() else {
            return Err(format!("menu item: {gv:?}"));
        };
        let [Gv::Int(id), props, Gv::Array(children)] = parts.as_slice() else {
            return Err(format!("menu item: {gv:?}"));
        };
        let text = |key: &str, default: &str| match props.get(key) {
            Some(Gv::Str(s)) => s.clone(),
            _ => default.to_string(),
        };
        let flag = |key: &str| !matches!(props.get(key), Some(Gv::Bool(false)));
        Ok(MenuNode {
            id: *id,
            label: text("label", ""),
            kind: text("type", "standard"),
            enabled: flag("enabled"),
            visible: flag("visible"),
            toggle_type: text("toggle-type", ""),
            toggle_state: match props.get("toggle-state") {
                Some(Gv::Int(n)) => *n,
                _ => -1,
            },
            children: children
                .iter()
                .map(MenuNode::from_gv)
                .collect::<Result<_, _>>()?,
        })
    }

    pub fn child(&self, label: &str) -> Option<&MenuNode> {
        self.children.iter().find(|c| c.visible && c.label == label)
    }
}

pub fn child_labels(node: &MenuNode) -> Vec<&str> {
    node.children
        .iter()
        .filter(|c| c.visible && c.kind != "separator")
        .map(|c| c.label.as_str())
        .collect()
}

/// The app's StatusNotifierItem and its menu, found through the watcher by the app's pid.
pub struct TrayMenu {
    pub service: String,
    /// The menu's object path.
    pub path: String,
    /// The StatusNotifierItem's object path.
    pub item_path: String,
    /// The session bus it is on (None: the test process's own).
    pub bus: Option<String>,
}

/// One entry of a StatusNotifierItem's IconPixmap: width, height, ARGB32 in network byte order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pixmap {
    pub width: i64,
    pub height: i64,
    pub argb: Vec<u8>,
}

impl Pixmap {
    /// A PNG file as the StatusNotifierItem spec wants it (RGBA turned into ARGB).
    pub fn from_png(path: &Path) -> Pixmap {
        let file = fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut decoder = png::Decoder::new(BufReader::new(file));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
        let mut reader = decoder
            .read_info()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let size = reader.output_buffer_size().expect("png buffer size");
        let mut rgba = vec![0; size];
        let info = reader
            .next_frame(&mut rgba)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        rgba.truncate(info.buffer_size());
        let argb = rgba
            .chunks_exact(4)
            .flat_map(|p| [p[3], p[0], p[1], p[2]])
            .collect();
        Pixmap {
            width: i64::from(info.width),
            height: i64::from(info.height),
            argb,
        }
    }
}

impl TrayMenu {
    pub fn find(app: &mut App, timeout: Duration) -> TrayMenu {
        TrayMenu::find_on(app, timeout, None)
    }

    /// Finds the app's item on the session bus at `bus` (None: the test process's own).
    pub fn find_on(app: &mut App, timeout: Duration, bus: Option<&str>) -> TrayMenu {
        let mut seen = Gv::Array(vec![]);
        let item = poll(timeout, || {
            assert!(
                app.alive(),
                "the app died before registering its tray item\n{}",
                app.context()
            );
            seen = dbus_get_property_on(
                bus,
                WATCHER,
                "/StatusNotifierWatcher",
                WATCHER,
                "RegisteredStatusNotifierItems",
            )
            .ok()?;
            let Gv::Array(items) = &seen else { return None };
            items.iter().find_map(|entry| {
                let Gv::Str(entry) = entry.inner() else {
                    return None;
                };
                // ":1.23/StatusNotifierItem" or "org.kde.StatusNotifierItem-123-1/StatusNotifierItem"
                let (service, path) = match entry.find('/') {
                    Some(slash) => (entry[..slash].to_string(), entry[slash..].to_string()),
                    None => (entry.clone(), "/StatusNotifierItem".to_string()),
                };
                (connection_pid_on(bus, &service) == Some(app.pid)).then_some((service, path))
            })
        })
        .unwrap_or_else(|| {
            panic!(
                "no StatusNotifierItem of pid {} registered with the watcher: {seen:?}\n{}",
                app.pid,
                app.context()
            )
        });
        let (service, item_path) = item;
        let menu = dbus_get_property_on(
            bus,
            &service,
            &item_path,
            "org.kde.StatusNotifierItem",
            "Menu",
        )
        .unwrap_or_else(|e| panic!("the tray item has no Menu property: {e}"));
        let Gv::Str(path) = menu else {
            panic!("Menu property: {menu:?}")
        };
        TrayMenu {
            service,
            path,
            item_path,
            bus: bus.map(str::to_string),
        }
    }

    /// A property of the StatusNotifierItem (IconName, ToolTip, Status, ...).
    pub fn item_property(&self, property: &str) -> Result<Gv, String> {
        dbus_get_property_on(
            self.bus.as_deref(),
            &self.service,
            &self.item_path,
            "org.kde.StatusNotifierItem",
            property,
        )
    }

    /// The item's IconPixmap, as the tray host reads it.
    pub fn icon_pixmap(&self) -> Vec<Pixmap> {
        let gv = self
            .item_property("IconPixmap")
            .unwrap_or_else(|e| panic!("IconPixmap: {e}"));
        let Gv::Array(entries) = gv.inner() else {
            panic!("IconPixmap is no array: {gv:?}")
        };
        entries
            .iter()
            .map(|entry| match entry.inner() {
                Gv::Tuple(parts) => match parts.as_slice() {
                    [Gv::Int(w), Gv::Int(h), Gv::Array(bytes)] => Pixmap {
                        width: *w,
                        height: *h,
                        argb: bytes
                            .iter()
                            .map(|b| match b {
                                Gv::Int(b) => u8::try_from(*b).expect("a byte"),
                                other => panic!("IconPixmap byte {other:?}"),
                            })
                            .collect(),
                    },
                    other => panic!("IconPixmap entry {other:?}"),
                },
                other => panic!("IconPixmap entry {other:?}"),
            })
            .collect()
    }

    /// The status line: the first item of the menu.
    pub fn status_line(&self) -> String {
        self.layout()
            .children
            .first()
            .map(|n| n.label.clone())
            .unwrap_or_default()
    }

    /// Waits until the status line is `want`; fails with what it was.
    pub fn wait_status_line(&self, want: &str, timeout: Duration) {
        let mut last = String::new();
        poll(timeout, || {
            last = self.status_line();
            (last == want).then_some(())
        })
        .unwrap_or_else(|| panic!("the tray status line never became {want:?}; it is {last:?}"));
    }

    pub fn layout(&self) -> MenuNode {
        let reply = gdbus_call_on(
            self.bus.as_deref(),
            &[
                "--dest",
                &self.service,
                "--object-path",
                &self.path,
                "--method",
                "com.canonical.dbusmenu.GetLayout",
                "--",
                "0",
                "-1",
                "@as []",
            ],
        )
        .unwrap_or_else(|e| panic!("GetLayout: {e}"));
        match &reply {
            Gv::Tuple(parts) if parts.len() == 2 => {
                MenuNode::from_gv(&parts[1]).unwrap_or_else(|e| panic!("GetLayout: {e}"))
            }
            _ => panic!("GetLayout: {reply:?}"),
        }
    }

    /// Clicks the item at `labels` (e.g. ["Snooze", "10 minutes"]).
    pub fn click(&self, labels: &[&str]) {
        let root = self.layout();
        let mut node = &root;
        for label in labels {
            node = node.child(label).unwrap_or_else(|| {
                panic!(
                    "no menu item {label:?} (path {labels:?}) among {:?}",
                    child_labels(node)
                )
            });
        }
        assert!(node.enabled, "menu item {labels:?} is disabled");
        let id = node.id.to_string();
        gdbus_call_on(
            self.bus.as_deref(),
            &[
                "--dest",
                &self.service,
                "--object-path",
                &self.path,
                "--method",
                "com.canonical.dbusmenu.Event",
                "--",
                &id,
                "'clicked'",
                "<int32 0>",
                "0",
            ],
        )
        .map(drop)
        .unwrap_or_else(|e| panic!("clicking {labels:?}: {e}"));
    }
}

// =============================================================================================
// Windows and screenshots (xdotool, ImageMagick)
// =============================================================================================

pub struct Window {
    pub id: String,
    pub title: String,
}

impl Window {
    pub fn visible(&self) -> bool {
        visible_windows().iter().any(|(id, _)| *id == self.id)
    }

    /// Waits until the window shows its first frame (not one flat colour). A key pressed
    /// before that may be lost: winit is still setting the window up.
    pub fn wait_drawn(&self, name: &str) {
        poll(Duration::from_secs(5), || {
            (image_spread(&self.capture(name)) > 0.02).then_some(())
        })
        .unwrap_or_else(|| panic!("window {} never drew a frame", self.id));
    }

    /// Gives the window the keyboard focus and presses `key` (an X keysym name: space, Return,
    /// Escape) through XTEST, as a keyboard does. Hold `windows_lock`.
    pub fn press(&self, key: &str) {
        tool("xdotool", &["windowfocus", "--sync", &self.id])
            .unwrap_or_else(|e| panic!("focusing window {}: {e}", self.id));
        tool("xdotool", &["key", "--clearmodifiers", key])
            .unwrap_or_else(|e| panic!("pressing {key}: {e}"));
    }

    /// Moves the pointer to (x, y) inside the window and clicks the left button (XTEST).
    pub fn click_at(&self, x: u32, y: u32) {
        let (x, y) = (x.to_string(), y.to_string());
        tool(
            "xdotool",
            &["mousemove", "--sync", "--window", &self.id, &x, &y],
        )
        .unwrap_or_else(|e| panic!("moving the pointer into window {}: {e}", self.id));
        thread::sleep(Duration::from_millis(100)); // let the app see the pointer over the button
        tool("xdotool", &["click", "1"]).unwrap_or_else(|e| panic!("clicking: {e}"));
    }

    /// Asks the window to close the way a window manager's close button does: a
    /// WM_PROTOCOLS / WM_DELETE_WINDOW ClientMessage. (`xdotool windowclose` destroys the window
    /// instead, which no user can do, and there is no window manager here.)
    pub fn request_close(&self) {
        let window: u32 = self
            .id
            .parse()
            .unwrap_or_else(|e| panic!("window id {:?}: {e}", self.id));
        let mut x = X11::connect();
        let protocols = x.intern_atom("WM_PROTOCOLS");
        let delete = x.intern_atom("WM_DELETE_WINDOW");
        let mut event = vec![33u8, 32, 0, 0]; // ClientMessage, format 32, sequence
        for word in [window, protocols, delete, 0, 0, 0, 0] {
            event.extend_from_slice(&word.to_le_bytes());
        }
        // SendEvent(propagate = false, destination, event-mask = 0: to the window's owner).
        let mut request = vec![25u8, 0, 11, 0];
        request.extend_from_slice(&window.to_le_bytes());
        request.extend_from_slice(&0u32.to_le_bytes());
        request.extend_from_slice(&event);
        x.send(&request);
        x.intern_atom("WM_PROTOCOLS"); // a round trip: the event has been sent
    }

    /// Just this window, as a PNG in target/screenshots.
    pub fn capture(&self, name: &str) -> PathBuf {
        let path = screenshot_dir().join(format!("{name}.png"));
        let shot = path.display().to_string();
        tool("import", &["-window", &self.id, &shot])
            .unwrap_or_else(|e| panic!("screenshot of window {}: {e}", self.id));
        path
    }
}

/// Just enough of the X11 protocol (over the display's Unix socket) to send a ClientMessage.
pub struct X11 {
    stream: std::os::unix::net::UnixStream,
}

impl X11 {
    pub fn connect() -> X11 {
        use std::io::{Read, Write};
        let display = std::env::var("DISPLAY").unwrap_or_default();
        let number = display
            .trim_start_matches(':')
            .split('.')
            .next()
            .unwrap_or_default()
            .to_string();
        let path = format!("/tmp/.X11-unix/X{number}");
        let mut stream = std::os::unix::net::UnixStream::connect(&path)
            .unwrap_or_else(|e| panic!("connecting to the X server at {path}: {e}"));
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .expect("X socket timeout");
        // Connection setup: little endian, protocol 11.0, no authorisation.
        stream
            .write_all(&[b'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0])
            .expect("X setup");
        let mut head = [0u8; 8];
        stream.read_exact(&mut head).expect("X setup reply");
        let extra = usize::from(u16::from_le_bytes([head[6], head[7]])) * 4;
        let mut rest = vec![0u8; extra];
        stream.read_exact(&mut rest).expect("X setup reply");
        assert_eq!(head[0], 1, "the X server refused the connection");
        X11 { stream }
    }

    fn send(&mut self, request: &[u8]) {
        use std::io::Write;
        assert_eq!(request.len() % 4, 0);
        self.stream.write_all(request).expect("X request");
    }

    pub fn intern_atom(&mut self, name: &str) -> u32 {
        use std::io::Read;
        let pad = (4 - name.len() % 4) % 4;
        let words = u16::try_from((8 + name.len() + pad) / 4).expect("atom name length");
        let len = u16::try_from(name.len()).expect("atom name length");
        let mut request = vec![16u8, 0];
        request.extend_from_slice(&words.to_le_bytes());
        request.extend_from_slice(&len.to_le_bytes());
        request.extend_from_slice(&[0, 0]);
        request.extend_from_slice(name.as_bytes());
        request.extend(std::iter::repeat_n(0u8, pad));
        self.send(&request);
        let mut reply = [0u8; 32];
        self.stream
            .read_exact(&mut reply)
            .expect("InternAtom reply");
        assert_eq!(reply[0], 1, "InternAtom {name}: X error {reply:?}");
        u32::from_le_bytes([reply[8], reply[9], reply[10], reply[11]])
    }
}

/// Visible windows whose title starts with "posture-break — ": (id, title). `search --name`
/// matches the legacy WM_NAME, where the dash is not stored as UTF-8, so it only selects
/// candidates; the title compared is _NET_WM_NAME (what `getwindowname` prints).
pub fn visible_windows() -> Vec<(String, String)> {
    let ids = tool(
        "xdotool",
        &["search", "--onlyvisible", "--name", "^posture-break"],
    )
    .unwrap_or_default();
    ids.lines()
        .filter_map(|id| {
            let title = tool("xdotool", &["getwindowname", id.trim()]).ok()?;
            let title = title.trim_end_matches('\n').to_string();
            title
                .starts_with(WINDOW_TITLE_PREFIX)
                .then(|| (id.trim().to_string(), title))
        })
        .collect()
}

/// Waits for the app's stretch window (matched by _NET_WM_PID, since parallel tests may have
/// windows of their own).
pub fn wait_window(app: &mut App, timeout: Duration) -> Window {
    let mut seen = vec![];
    poll(timeout, || {
        assert!(
            app.alive(),
            "the app died while waiting for its window\n{}",
            app.context()
        );
        seen = visible_windows();
        seen.iter().find_map(|(id, title)| {
            let pid = tool("xdotool", &["getwindowpid", id]).ok()?;
            (pid.trim() == app.pid.to_string()).then(|| Window {
                id: id.clone(),
                title: title.clone(),
            })
        })
    })
    .unwrap_or_else(|| {
        panic!(
            "no visible \"{WINDOW_TITLE_PREFIX}…\" window of pid {} (windows seen: {seen:?})\n{}",
            app.pid,
            app.context()
        )
    })
}

pub fn screenshot_dir() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.parent().unwrap_or(tmp).join("screenshots");
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

/// The whole screen, as a PNG in target/screenshots.
pub fn screenshot(name: &str) -> PathBuf {
    let path = screenshot_dir().join(format!("{name}.png"));
    tool("import", &["-window", "root", &path.display().to_string()])
        .unwrap_or_else(|e| panic!("screenshot: {e}"));
    let size = fs::metadata(&path).map_or(0, |m| m.len());
    assert!(size > 0, "empty screenshot {}", path.display());
    path
}

/// Standard deviation of the pixel values (0 = a single flat colour).
pub fn image_spread(png: &Path) -> f64 {
    let out = tool(
        "identify",
        &[
            "-format",
            "%[fx:standard_deviation]",
            &png.display().to_string(),
        ],
    )
    .unwrap_or_else(|e| panic!("identify: {e}"));
    out.trim()
        .parse()
        .unwrap_or_else(|e| panic!("identify printed {out:?}: {e}"))
}

// =============================================================================================
// Quiet-time causes: dunst's do-not-disturb, camera device nodes, a window manager with a
// fullscreen window
// =============================================================================================

/// dunst's pause (do-not-disturb); dropping the guard unpauses, so a failing test leaves none.
pub struct DunstPaused;

impl DunstPaused {
    pub fn on() -> DunstPaused {
        DunstPaused::set(true);
        DunstPaused
    }

    pub fn set(paused: bool) {
        tool(
            "dunstctl",
            &["set-paused", if paused { "true" } else { "false" }],
        )
        .unwrap_or_else(|e| panic!("dunstctl set-paused: {e}"));
    }
}

impl Drop for DunstPaused {
    fn drop(&mut self) {
        let _ = tool("dunstctl", &["set-paused", "false"]);
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

/// openbox on the session's display; stopped when dropped.
pub struct WindowManager {
    child: Child,
}

impl WindowManager {
    pub fn start() -> WindowManager {
        let child = Command::new("openbox")
            .arg("--sm-disable")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start openbox: {e}"));
        wait_until(
            "openbox to manage the screen",
            Duration::from_secs(10),
            || {
                tool("xprop", &["-root", "_NET_SUPPORTING_WM_CHECK"])
                    .ok()
                    .filter(|out| out.contains("window id"))
            },
        );
        WindowManager { child }
    }
}

impl Drop for WindowManager {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A real window (xmessage) named `name`; closed when dropped.
pub struct XMessage {
    child: Child,
    name: String,
}

impl XMessage {
    pub fn open(name: &str) -> XMessage {
        let child = Command::new("xmessage")
            .args(["-name", name, "-title", name, "a film"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start xmessage: {e}"));
        wait_until("the xmessage window", Duration::from_secs(10), || {
            tool("xdotool", &["search", "--onlyvisible", "--name", name]).ok()
        });
        XMessage {
            child,
            name: name.to_string(),
        }
    }

    /// Fullscreen (or not) and focused, through the window manager (EWMH).
    pub fn set_fullscreen(&self, on: bool) {
        let change = if on {
            "add,fullscreen"
        } else {
            "remove,fullscreen"
        };
        tool("wmctrl", &["-r", &self.name, "-b", change])
            .unwrap_or_else(|e| panic!("wmctrl -b {change}: {e}"));
        tool("wmctrl", &["-a", &self.name]).unwrap_or_else(|e| panic!("wmctrl -a: {e}"));
        wait_until(
            "the window manager to apply it",
            Duration::from_secs(5),
            || {
                let state = tool("xprop", &["-name", &self.name, "_NET_WM_STATE"]).ok()?;
                (state.contains("_NET_WM_STATE_FULLSCREEN") == on).then_some(())
            },
        );
    }
}

impl Drop for XMessage {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// =============================================================================================
// GNOME: a real headless mutter on a private bus, input through its RemoteDesktop API, and a
// notification daemon stand-in that records Notify calls
// =============================================================================================

pub const IDLE_MONITOR: &str = "org.gnome.Mutter.IdleMonitor";
const IDLE_MONITOR_PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";
const REMOTE_DESKTOP: &str = "org.gnome.Mutter.RemoteDesktop";

/// A zbus connection to a private bus.
pub fn connect(address: &str) -> zbus::blocking::Connection {
    zbus::blocking::connection::Builder::address(address)
        .and_then(|b| b.build())
        .unwrap_or_else(|e| panic!("cannot connect to the private bus {address}: {e}"))
}

pub fn has_owner(bus: &zbus::blocking::Connection, name: &str) -> bool {
    let Ok(dbus) = zbus::blocking::fdo::DBusProxy::new(bus) else {
        return false;
    };
    let Ok(name) = zbus::names::BusName::try_from(name) else {
        return false;
    };
    dbus.name_has_owner(name).unwrap_or(false)
}

/// `mutter --headless --virtual-monitor 1024x768 --wayland --no-x11` (Debian's mutter 43) on a
/// private bus, with a RemoteDesktop session held open for input. Mutter's idle time starts
/// at its own start and is its own: XTEST input to Xvfb does not touch it. Killed when dropped.
pub struct Mutter {
    pub child: Child,
    pub log: PathBuf,
    /// Our connection; the RemoteDesktop session dies with it ("D-Bus client with active
    /// sessions vanished"), so gdbus (one connection per call) cannot drive it.
    pub bus: zbus::blocking::Connection,
    session: zbus::zvariant::OwnedObjectPath,
    /// Its Wayland socket (WAYLAND_DISPLAY may be this absolute path).
    pub wayland_socket: PathBuf,
}

impl Mutter {
    pub fn start(dir: &Path, bus: &PrivateBus) -> Mutter {
        // A home of its own per instance (a test may restart mutter): runtime dir, log.
        let home = dir.join(format!("mutter-{}", SEQ.fetch_add(1, Ordering::SeqCst)));
        let runtime = home.join("runtime");
        fs::create_dir_all(&runtime).expect("mutter runtime dir");
        fs::set_permissions(&runtime, fs::Permissions::from_mode(0o700))
            .expect("chmod mutter runtime dir");
        let log = home.join("mutter.log");
        let mut cmd = Command::new("mutter");
        cmd.args([
            "--headless",
            "--virtual-monitor",
            "1024x768",
            "--wayland",
            "--no-x11",
            "--wayland-display",
            "pb-mutter",
        ])
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env("XDG_RUNTIME_DIR", &runtime)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        // No dconf on the private bus: settings from the schemas' defaults, in memory.
        .env("GSETTINGS_BACKEND", "memory")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .stdout(fs::File::create(&log).expect("mutter log"))
        .stderr(fs::File::create(home.join("mutter.stderr")).expect("mutter stderr"));
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start mutter (tests/desktop/install-deps.sh): {e}"));
        let conn = connect(&bus.address);
        let mut mutter = Mutter {
            child,
            log,
            bus: conn,
            session: zbus::zvariant::OwnedObjectPath::default(),
            wayland_socket: runtime.join("pb-mutter"),
        };
        let up = poll(Duration::from_secs(20), || {
            assert!(
                matches!(mutter.child.try_wait(), Ok(None)),
                "mutter exited during start-up\n{}",
                mutter.context()
            );
            (has_owner(&mutter.bus, IDLE_MONITOR) && has_owner(&mutter.bus, REMOTE_DESKTOP))
                .then_some(())
        });
        assert!(
            up.is_some(),
            "mutter did not offer {IDLE_MONITOR} and {REMOTE_DESKTOP} within 20 s\n{}",
            mutter.context()
        );
        mutter.session = mutter
            .bus
            .call_method(
                Some(REMOTE_DESKTOP),
                "/org/gnome/Mutter/RemoteDesktop",
                Some(REMOTE_DESKTOP),
                "CreateSession",
                &(),
            )
            .and_then(|reply| reply.body().deserialize())
            .unwrap_or_else(|e| panic!("RemoteDesktop.CreateSession: {e}\n{}", mutter.context()));
        mutter.session_call("Start", &());
        mutter
    }

    fn session_call(
        &self,
        method: &str,
        body: &(impl serde::Serialize + zbus::zvariant::DynamicType),
    ) {
        self.bus
            .call_method(
                Some(REMOTE_DESKTOP),
                self.session.as_str(),
                Some("org.gnome.Mutter.RemoteDesktop.Session"),
                method,
                body,
            )
            .unwrap_or_else(|e| panic!("RemoteDesktop.Session.{method}: {e}\n{}", self.context()));
    }

    /// Milliseconds since the last input, as mutter counts them.
    pub fn idle_ms(&self) -> u64 {
        self.bus
            .call_method(
                Some(IDLE_MONITOR),
                IDLE_MONITOR_PATH,
                Some(IDLE_MONITOR),
                "GetIdletime",
                &(),
            )
            .and_then(|reply| reply.body().deserialize())
            .unwrap_or_else(|e| panic!("IdleMonitor.GetIdletime: {e}\n{}", self.context()))
    }

    /// The mouse moves one pixel (a virtual pointer of the RemoteDesktop session); returns once
    /// mutter's idle time has dropped, so the input has really been seen.
    pub fn input(&self) {
        let before = Instant::now();
        self.session_call("NotifyPointerMotionRelative", &(1.0f64, 0.0f64));
        let seen = poll(Duration::from_secs(2), || {
            let idle = self.idle_ms();
            (u128::from(idle) <= before.elapsed().as_millis()).then_some(())
        });
        assert!(
            seen.is_some(),
            "mutter's idle time did not drop after pointer motion (idle {} ms)\n{}",
            self.idle_ms(),
            self.context()
        );
    }

    pub fn context(&self) -> String {
        let home = self.log.parent().unwrap_or(Path::new("."));
        format!(
            "--- mutter log ---\n{}\n--- mutter stderr ---\n{}",
            fs::read_to_string(&self.log).unwrap_or_default(),
            fs::read_to_string(home.join("mutter.stderr")).unwrap_or_default()
        )
    }
}

impl Mutter {
    /// Ends mutter the way a session does (SIGTERM) and waits for it; its bus names go with it.
    pub fn stop(&mut self) {
        // SAFETY: kill(2) on our own child's pid, which we have not reaped yet.
        unsafe { libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM) };
        if poll(Duration::from_secs(5), || {
            self.child.try_wait().ok().flatten()
        })
        .is_none()
        {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

impl Drop for Mutter {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One Notify call the stand-in daemon received.
#[derive(Debug, Clone)]
pub struct SeenNotify {
    pub at: Instant,
    pub app_name: String,
    pub summary: String,
}

struct NotificationsStandIn {
    seen: std::sync::Arc<Mutex<Vec<SeenNotify>>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl NotificationsStandIn {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        _body: String,
        _actions: Vec<String>,
        _hints: std::collections::HashMap<String, zbus::zvariant::OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.push(SeenNotify {
            at: Instant::now(),
            app_name,
            summary,
        });
        seen.len() as u32
    }

    fn close_notification(&self, _id: u32) {}

    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "pb-test".into(),
            "posture-break".into(),
            "0".into(),
            "1.2".into(),
        )
    }
}

/// org.freedesktop.Notifications on a private bus (where no dunst runs): records every Notify.
pub struct FakeNotifications {
    _conn: zbus::blocking::Connection,
    seen: std::sync::Arc<Mutex<Vec<SeenNotify>>>,
}

impl FakeNotifications {
    pub fn start(bus: &PrivateBus) -> FakeNotifications {
        let seen = std::sync::Arc::new(Mutex::new(vec![]));
        let iface = NotificationsStandIn {
            seen: std::sync::Arc::clone(&seen),
        };
        let conn = zbus::blocking::connection::Builder::address(bus.address.as_str())
            .and_then(|b| b.serve_at("/org/freedesktop/Notifications", iface))
            .and_then(|b| b.name(NOTIFICATIONS))
            .and_then(|b| b.build())
            .unwrap_or_else(|e| panic!("cannot serve {NOTIFICATIONS} on the private bus: {e}"));
        FakeNotifications { _conn: conn, seen }
    }

    pub fn seen(&self) -> Vec<SeenNotify> {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

// =============================================================================================
// Notification servers that cannot run here (KDE's plasmashell, swaync: not in Debian 12),
// stood in for on a private bus with just their do-not-disturb interfaces
// =============================================================================================

struct DndServerStandIn {
    name: &'static str,
    dnd: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl DndServerStandIn {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        _app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        _summary: String,
        _body: String,
        _actions: Vec<String>,
        _hints: std::collections::HashMap<String, zbus::zvariant::OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        1
    }

    fn close_notification(&self, _id: u32) {}

    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            self.name.into(),
            "stand-in".into(),
            "0".into(),
            "1.2".into(),
        )
    }

    /// KDE's do-not-disturb.
    #[zbus(property)]
    fn inhibited(&self) -> bool {
        self.name == "Plasma" && self.dnd.load(std::sync::atomic::Ordering::SeqCst)
    }
}

struct SwayncStandIn {
    dnd: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

#[zbus::interface(name = "org.erikreider.swaync.cc")]
impl SwayncStandIn {
    fn get_dnd(&self) -> bool {
        self.dnd.load(std::sync::atomic::Ordering::SeqCst)
    }
}

/// A notification server named `name` ("Plasma" or "SwayNotificationCenter") whose
/// do-not-disturb the test switches; each switch is announced the way that server does.
pub struct DndServer {
    conn: zbus::blocking::Connection,
    name: &'static str,
    dnd: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl DndServer {
    pub fn start(bus: &PrivateBus, name: &'static str) -> DndServer {
        let dnd = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let server = DndServerStandIn {
            name,
            dnd: std::sync::Arc::clone(&dnd),
        };
        let swaync = SwayncStandIn {
            dnd: std::sync::Arc::clone(&dnd),
        };
        let conn = zbus::blocking::connection::Builder::address(bus.address.as_str())
            .and_then(|b| b.serve_at("/org/freedesktop/Notifications", server))
            .and_then(|b| b.serve_at("/org/erikreider/swaync/cc", swaync))
            .and_then(|b| b.name(NOTIFICATIONS))
            .and_then(|b| b.name("org.erikreider.swaync.cc"))
            .and_then(|b| b.build())
            .unwrap_or_else(|e| panic!("cannot serve the stand-in {name}: {e}"));
        DndServer { conn, name, dnd }
    }

    pub fn set_dnd(&self, on: bool) {
        self.dnd.store(on, std::sync::atomic::Ordering::SeqCst);
        let sent = if self.name == "Plasma" {
            let changed: std::collections::HashMap<&str, zbus::zvariant::Value> =
                [("Inhibited", zbus::zvariant::Value::from(on))].into();
            self.conn.emit_signal(
                None::<&str>,
                "/org/freedesktop/Notifications",
                "org.freedesktop.DBus.Properties",
                "PropertiesChanged",
                &("org.freedesktop.Notifications", changed, Vec::<&str>::new()),
            )
        } else {
            self.conn.emit_signal(
                None::<&str>,
                "/org/erikreider/swaync/cc",
                "org.erikreider.swaync.cc",
                "SubscribeV2",
                &(0u32, on, false, false),
            )
        };
        sent.unwrap_or_else(|e| panic!("cannot announce the stand-in's dnd: {e}"));
    }
}

// =============================================================================================
// An XEmbed-only desktop: a private Xvfb display with trayer (the System Tray Protocol, no
// StatusNotifierWatcher) and a private session bus; a late xfce4-panel brings a watcher
// =============================================================================================

/// What `xwininfo -root -tree` prints for one window: its id, name, class and depth in the tree.
#[derive(Debug, Clone)]
pub struct TreeWindow {
    pub id: String,
    pub name: String,
    /// `("instance" "Class")` as printed, or empty.
    pub class: String,
    pub depth: usize,
    /// x, y on the screen, width, height.
    pub geometry: (i32, i32, u32, u32),
    /// The windows it is nested in, outermost first (ids).
    pub ancestors: Vec<String>,
}

/// Parses `xwininfo -root -tree`: one line per window, nested by indentation.
pub fn parse_window_tree(text: &str) -> Vec<TreeWindow> {
    let mut out: Vec<TreeWindow> = vec![];
    let mut stack: Vec<(usize, String)> = vec![];
    for line in text.lines() {
        let trimmed = line.trim_start();
        if !trimmed.starts_with("0x") {
            continue;
        }
        let indent = line.len() - trimmed.len();
        let Some((id, rest)) = trimmed.split_once(' ') else {
            continue;
        };
        let (name, rest) = match rest.strip_prefix('"') {
            Some(quoted) => match quoted.split_once("\": ") {
                Some((name, rest)) => (name.to_string(), rest),
                None => continue,
            },
            None => (String::new(), rest.split_once(": ").map_or("", |(_, r)| r)),
        };
        let (class, geometry) = match rest.split_once(")  ") {
            Some((class, geometry)) => (class.trim_start_matches('(').to_string(), geometry),
            None => (String::new(), rest),
        };
        // "22x22+0+0  +1001+1": size and position in the parent, then on the screen.
        let mut parts = geometry.split_whitespace();
        let size = parts.next().unwrap_or_default();
        let abs = parts.next().unwrap_or_default();
        let (w, h) = size
            .split(['+', '-'])
            .next()
            .and_then(|wh| wh.split_once('x'))
            .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
            .unwrap_or((0, 0));
        let coords: Vec<i32> = abs
            .replace('-', " -")
            .replace('+', " ")
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        let (x, y) = (
            coords.first().copied().unwrap_or(0),
            coords.get(1).copied().unwrap_or(0),
        );
        while stack.last().is_some_and(|(d, _)| *d >= indent) {
            stack.pop();
        }
        out.push(TreeWindow {
            id: id.to_string(),
            name,
            class,
            depth: stack.len(),
            geometry: (x, y, w, h),
            ancestors: stack.iter().map(|(_, id)| id.clone()).collect(),
        });
        stack.push((indent, id.to_string()));
    }
    out
}

/// A private X display with trayer and a private session bus (on which org.xfce.Xfconf is
/// activatable, for a late xfce4-panel); nothing owns org.kde.StatusNotifierWatcher. The
/// sandbox's app and CLI are pointed at both. Everything stops when dropped.
pub struct XEmbedDesktop {
    pub display: String,
    pub bus: PrivateBus,
    x: PrivateDisplay,
    trayer: Option<Daemon>,
    logs: PathBuf,
}

/// An Xvfb display of a test's own (nothing runs on it but what the test starts); stopped when
/// dropped.
pub struct PrivateDisplay {
    pub display: String,
    xvfb: Child,
}

impl PrivateDisplay {
    pub fn start(logs: &Path) -> PrivateDisplay {
        // -displayfd: Xvfb picks a free display itself and prints its number once it is ready.
        let mut xvfb = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", "1024x768x24"])
            .args(["-nolisten", "tcp", "-noreset"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(fs::File::create(logs.join("xvfb.log")).expect("xvfb log"))
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start Xvfb: {e}"));
        let mut number = String::new();
        if let Some(out) = xvfb.stdout.take() {
            let _ = BufReader::new(out).read_line(&mut number);
        }
        let number = number.trim().to_string();
        if number.is_empty() {
            let _ = xvfb.kill();
            let _ = xvfb.wait();
            panic!(
                "Xvfb printed no display number: {}",
                fs::read_to_string(logs.join("xvfb.log")).unwrap_or_default()
            );
        }
        PrivateDisplay {
            display: format!(":{number}"),
            xvfb,
        }
    }
}

impl Drop for PrivateDisplay {
    fn drop(&mut self) {
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
    }
}

impl Sandbox {
    /// The app on an X display of its own: no tray of the session's panel (xfce4-panel is an
    /// XEmbed tray too), no windows of other tests.
    pub fn use_private_display(&mut self) -> PrivateDisplay {
        let display = PrivateDisplay::start(&self.root().join("logs"));
        self.set_env("DISPLAY", Some(&display.display));
        display
    }
}

impl XEmbedDesktop {
    pub fn start(sandbox: &mut Sandbox) -> XEmbedDesktop {
        let logs = sandbox.root().join("logs");
        let x = sandbox.use_private_display();
        let bus = PrivateBus::start_with_services(sandbox.root(), &["org.xfce.Xfconf"]);
        sandbox.set_env("DBUS_SESSION_BUS_ADDRESS", Some(&bus.address));
        let desktop = XEmbedDesktop {
            display: x.display.clone(),
            bus,
            x,
            trayer: None,
            logs,
        };
        assert!(
            !desktop.bus.name_has_owner(WATCHER),
            "a StatusNotifierWatcher is on the private bus"
        );
        desktop
    }

    /// A command on this display and bus.
    pub fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("DISPLAY", &self.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus.address)
            .stdin(Stdio::null());
        cmd
    }

    /// Runs an X tool (xdotool, xwininfo, import...) on this display: its stdout, or an error.
    pub fn tool(&self, program: &str, args: &[&str]) -> Result<String, String> {
        let out = self
            .command(program)
            .args(args)
            .output()
            .map_err(|e| format!("cannot run {program}: {e}"))?;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        if out.status.success() {
            Ok(stdout)
        } else {
            Err(format!(
                "`{program} {}` on {} → {}: {}{}",
                args.join(" "),
                self.display,
                out.status,
                String::from_utf8_lossy(&out.stderr).trim(),
                stdout.trim()
            ))
        }
    }

    pub fn tool_ok(&self, program: &str, args: &[&str]) -> String {
        self.tool(program, args).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The window owning the system tray selection `_NET_SYSTEM_TRAY_S0` (0: none).
    pub fn tray_manager(&self) -> u32 {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xproto::ConnectionExt as _;
        let Ok((conn, _)) = x11rb::connect(Some(&self.display)) else {
            return 0;
        };
        let atom = conn
            .intern_atom(false, b"_NET_SYSTEM_TRAY_S0")
            .ok()
            .and_then(|c| c.reply().ok())
            .map_or(0, |r| r.atom);
        let owner = conn
            .get_selection_owner(atom)
            .ok()
            .and_then(|c| c.reply().ok())
            .map_or(0, |r| r.owner);
        let _ = conn.flush();
        owner
    }

    /// Starts trayer (at the top right, as wide as its icons) and waits until it owns the
    /// tray selection.
    pub fn start_trayer(&mut self) {
        let n = SEQ.fetch_add(1, Ordering::SeqCst);
        let child = self
            .command("trayer")
            .args([
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "request",
            ])
            .args(["--height", "24", "--SetDockType", "true"])
            .stdout(Stdio::null())
            .stderr(
                fs::File::create(self.logs.join(format!("trayer-{n}.log"))).expect("trayer log"),
            )
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start trayer: {e}"));
        let mut trayer = Daemon(child);
        wait_until(
            "trayer to own _NET_SYSTEM_TRAY_S0",
            Duration::from_secs(10),
            || {
                assert!(
                    matches!(trayer.0.try_wait(), Ok(None)),
                    "trayer exited: {}",
                    fs::read_to_string(self.logs.join(format!("trayer-{n}.log")))
                        .unwrap_or_default()
                );
                (self.tray_manager() != 0).then_some(())
            },
        );
        self.trayer = Some(trayer);
    }

    pub fn stop_trayer(&mut self) {
        self.trayer = None;
    }

    /// xfce4-panel with only its systray (a StatusNotifierWatcher and an XEmbed tray) on this
    /// display and bus; waits until the watcher is on the bus.
    pub fn start_panel(&self, sandbox: &Sandbox) -> Daemon {
        let home = sandbox.root().join("panel-config");
        let xml_dir = home.join("xfce4/xfconf/xfce-perchannel-xml");
        fs::create_dir_all(&xml_dir).expect("panel config dir");
        fs::write(
            xml_dir.join("xfce4-panel.xml"),
            include_str!("../desktop/xfce4-panel.xml"),
        )
        .expect("write panel config");
        let n = SEQ.fetch_add(1, Ordering::SeqCst);
        let child = self
            .command("xfce4-panel")
            .arg("--disable-wm-check")
            .env("XDG_CONFIG_HOME", &home)
            .stdout(Stdio::null())
            .stderr(fs::File::create(self.logs.join(format!("panel-{n}.log"))).expect("panel log"))
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start xfce4-panel: {e}"));
        let panel = Daemon(child);
        wait_until(
            "xfce4-panel's StatusNotifierWatcher",
            Duration::from_secs(15),
            || self.bus.name_has_owner(WATCHER).then_some(()),
        );
        panel
    }

    pub fn tree(&self) -> Vec<TreeWindow> {
        parse_window_tree(
            &self
                .tool("xwininfo", &["-root", "-tree"])
                .unwrap_or_default(),
        )
    }

    /// The app's icon window ("posture-break: <status>") as `xwininfo -tree` shows it, and
    /// the tree it was found in.
    pub fn icon_window(&self) -> (Option<TreeWindow>, Vec<TreeWindow>) {
        let tree = self.tree();
        let icon = tree
            .iter()
            .find(|w| w.name.starts_with("posture-break: ") && w.class.contains("posture-break"))
            .cloned();
        (icon, tree)
    }

    /// Waits until the app's icon is docked in trayer: reparented into trayer's panel window
    /// (class "panel" "trayer") and mapped with a size. Returns the icon and trayer's panel.
    pub fn wait_docked_in_trayer(&self, app: &mut App) -> (TreeWindow, TreeWindow) {
        let mut last = vec![];
        poll(Duration::from_secs(10), || {
            assert!(app.alive(), "the app died\n{}", app.context());
            let (icon, tree) = self.icon_window();
            last = tree.clone();
            let icon = icon?;
            let panel = tree
                .iter()
                .find(|w| w.class.contains("\"trayer\"") && w.name == "panel")?
                .clone();
            let viewable = self.tool("xwininfo", &["-id", &icon.id]).ok()?;
            (icon.ancestors.contains(&panel.id)
                && icon.geometry.2 > 1
                && viewable.contains("IsViewable"))
            .then_some((icon, panel))
        })
        .unwrap_or_else(|| {
            panic!(
                "the app's icon was not docked in trayer; windows: {:#?}\n{}",
                last.iter()
                    .map(|w| (&w.id, &w.name, &w.class, &w.ancestors))
                    .collect::<Vec<_>>(),
                app.context()
            )
        })
    }

    /// Visible windows whose name is exactly `name` (the menu: "posture-break menu").
    pub fn windows_named(&self, name: &str) -> Vec<String> {
        self.tool(
            "xdotool",
            &["search", "--onlyvisible", "--name", &format!("^{name}$")],
        )
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .collect()
    }

    pub fn wait_window_named(&self, name: &str) -> String {
        wait_until(
            &format!("a visible window named {name:?}"),
            Duration::from_secs(5),
            || self.windows_named(name).into_iter().next(),
        )
    }

    /// Like `wait_window_named`, and the window has the keyboard focus: the app takes the focus
    /// just after mapping its menu, and keys sent in between would go to the previous window.
    pub fn wait_focused_window_named(&self, name: &str) -> String {
        wait_until(
            &format!("a visible window named {name:?} with the keyboard focus"),
            Duration::from_secs(5),
            || {
                let id = self.windows_named(name).into_iter().next()?;
                let focus = self.tool("xdotool", &["getwindowfocus"]).ok()?;
                (focus.trim() == id).then_some(id)
            },
        )
    }

    pub fn wait_no_window_named(&self, name: &str) {
        wait_until(
            &format!("no window named {name:?}"),
            Duration::from_secs(5),
            || self.windows_named(name).is_empty().then_some(()),
        );
    }

    /// Where a window is on the screen: x, y, width, height.
    pub fn geometry(&self, id: &str) -> (i32, i32, u32, u32) {
        let info = self.tool_ok("xwininfo", &["-id", id]);
        let field = |key: &str| -> i64 {
            info.lines()
                .find_map(|l| l.trim().strip_prefix(key))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or_else(|| panic!("xwininfo -id {id}: no {key}\n{info}"))
        };
        (
            field("Absolute upper-left X:") as i32,
            field("Absolute upper-left Y:") as i32,
            field("Width:") as u32,
            field("Height:") as u32,
        )
    }

    /// Moves the pointer to (x, y) on the screen (XTEST).
    pub fn move_pointer(&self, x: i32, y: i32) {
        // `mousemove --sync` waits for the pointer to move, so it hangs when it is there already.
        let here = self.tool_ok("xdotool", &["getmouselocation", "--shell"]);
        if here.contains(&format!("X={x}\n")) && here.contains(&format!("Y={y}\n")) {
            return;
        }
        self.tool_ok(
            "xdotool",
            &["mousemove", "--sync", &x.to_string(), &y.to_string()],
        );
    }

    /// Moves the pointer to (x, y) on the screen and clicks the left button (XTEST).
    pub fn click(&self, x: i32, y: i32) {
        self.click_button(x, y, 1);
    }

    /// The same with `button` (1 left, 2 middle, 3 right).
    pub fn click_button(&self, x: i32, y: i32, button: u8) {
        self.move_pointer(x, y);
        thread::sleep(Duration::from_millis(100)); // the app sees the pointer arrive first
        self.tool_ok("xdotool", &["click", &button.to_string()]);
    }

    pub fn key(&self, key: &str) {
        self.tool_ok("xdotool", &["key", key]);
    }

    /// Keyboard or mouse input on this display (the app's idle counter is this server's).
    pub fn user_input(&self) {
        self.tool_ok("xdotool", &["mousemove_relative", "--", "1", "0"]);
    }

    /// The whole screen, as a PNG in target/screenshots.
    pub fn screenshot(&self, name: &str) -> PathBuf {
        let path = screenshot_dir().join(format!("{name}.png"));
        self.tool_ok("import", &["-window", "root", &path.display().to_string()]);
        path
    }
}

impl Drop for XEmbedDesktop {
    fn drop(&mut self) {
        self.trayer = None; // before the display it runs on
    }
}

/// RGB pixels of a PNG (any colour type) with its width.
pub fn png_rgb(path: &Path) -> (Vec<[u8; 3]>, u32) {
    let file = fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut decoder = png::Decoder::new(BufReader::new(file));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder
        .read_info()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut buf = vec![0; reader.output_buffer_size().expect("png buffer size")];
    let info = reader
        .next_frame(&mut buf)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let channels = info.color_type.samples();
    let pixels = buf[..info.buffer_size()]
        .chunks_exact(channels)
        .map(|p| match channels {
            1 | 2 => [p[0]; 3],
            _ => [p[0], p[1], p[2]],
        })
        .collect();
    (pixels, info.width)
}
