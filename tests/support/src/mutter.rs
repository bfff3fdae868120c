//! GNOME: a real headless mutter on a private bus, input through its RemoteDesktop API.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use crate::{connect, has_owner, poll, PrivateBus, SEQ};

pub const IDLE_MONITOR: &str = "org.gnome.Mutter.IdleMonitor";
const IDLE_MONITOR_PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";
const REMOTE_DESKTOP: &str = "org.gnome.Mutter.RemoteDesktop";

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
