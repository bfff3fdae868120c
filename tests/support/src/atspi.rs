//! A screen reader's side of the accessibility bus: at-spi2-core's bus launcher (which starts
//! the registry) on a private session bus with AT-SPI enabled, and AT-SPI clients in Python
//! (`py/atspi_probe.py`, Debian's python3-gi) that list what an app exposes and press its
//! buttons, as Orca would.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::{poll, PrivateBus};

/// The accessibility bus of one private session bus; stopped when dropped.
pub struct A11yBus {
    launcher: Child,
    address: String,
    display: String,
}

fn probe() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("py/atspi_probe.py")
}

impl A11yBus {
    /// Starts the bus launcher on `bus` and turns AT-SPI on (`org.a11y.Status IsEnabled`), as a
    /// desktop does when a screen reader runs. `display` must be the app's own: the launcher
    /// also writes the bus's address on its root window (`AT_SPI_BUS`), which AT-SPI clients
    /// read first, so two tests on one display would find each other's bus.
    pub fn start(bus: &PrivateBus, display: &str) -> A11yBus {
        // A process group of its own: the launcher's bus daemon and the registry go with it.
        let launcher = Command::new("/usr/libexec/at-spi-bus-launcher")
            .arg("--launch-immediately")
            .process_group(0)
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .env("DISPLAY", display)
            // `IsEnabled` is kept in GSettings: with no dconf on the private bus it would not
            // stick, and the app would read "off".
            .env("GSETTINGS_BACKEND", "memory")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start at-spi-bus-launcher: {e}"));
        let a11y = A11yBus {
            launcher,
            address: bus.address.clone(),
            display: display.to_string(),
        };
        poll(Duration::from_secs(10), || {
            a11y.gdbus(&[
                "--dest",
                "org.a11y.Bus",
                "--object-path",
                "/org/a11y/bus",
                "--method",
                "org.freedesktop.DBus.Properties.Set",
                "org.a11y.Status",
                "IsEnabled",
                "<true>",
            ])
            .then_some(())
        })
        .unwrap_or_else(|| panic!("the accessibility bus did not start"));
        a11y
    }

    fn gdbus(&self, args: &[&str]) -> bool {
        Command::new("gdbus")
            .args(["call", "--session"])
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .output()
            .is_ok_and(|o| o.status.success())
    }

    fn python(&self, args: &[&str]) -> Result<String, String> {
        // Debian's python3: the toolchain's may lack gi.
        let out = Command::new("/usr/bin/python3")
            .arg(probe())
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .env("DISPLAY", &self.display)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("cannot run the AT-SPI probe: {e}"))?;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        if out.status.success() {
            Ok(stdout)
        } else {
            Err(format!(
                "atspi_probe {args:?}: {}\n{stdout}",
                String::from_utf8_lossy(&out.stderr)
            ))
        }
    }

    /// What `app` exposes now (null when it is not registered; the error as a string when
    /// the probe failed).
    pub fn dump(&self, app: &str) -> Value {
        match self.python(&["dump", app]) {
            Ok(out) => serde_json::from_str(&out).unwrap_or(Value::String(out)),
            Err(err) => Value::String(err),
        }
    }

    /// Waits until `app` exposes something `check` accepts.
    pub fn wait(&self, app: &str, what: &str, check: impl Fn(&Value) -> bool) -> Value {
        let mut last = Value::Null;
        poll(Duration::from_secs(15), || {
            last = self.dump(app);
            check(&last).then(|| last.clone())
        })
        .unwrap_or_else(|| panic!("AT-SPI: timed out waiting for {what}; last view:\n{last:#}"))
    }

    /// Starts listening for announcements (a live region's new text) for `secs`; `heard` says
    /// what came.
    pub fn listen(&self, secs: u32) -> Listener {
        let mut child = Command::new("/usr/bin/python3")
            .arg(probe())
            .args(["listen", &secs.to_string()])
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .env("DISPLAY", &self.display)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run the AT-SPI probe: {e}"));
        let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        let mut first = String::new();
        let _ = stdout.read_line(&mut first);
        assert_eq!(
            first.trim(),
            "listening",
            "the AT-SPI listener did not start"
        );
        Listener { child, stdout }
    }

    /// Presses `app`'s button named `name` through its accessibility action.
    pub fn press(&self, app: &str, name: &str) {
        let out = self
            .python(&["press", app, name])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(out.trim(), "true", "pressing {name:?}");
    }
}

/// Announcements being listened for.
pub struct Listener {
    child: Child,
    stdout: BufReader<std::process::ChildStdout>,
}

impl Listener {
    /// What was announced, once the listening time is over.
    pub fn heard(mut self) -> Vec<Value> {
        let mut rest = String::new();
        let _ = self.stdout.read_to_string(&mut rest);
        let _ = self.child.wait();
        serde_json::from_str::<Vec<Value>>(rest.trim())
            .unwrap_or_else(|e| panic!("the AT-SPI listener printed {rest:?}: {e}"))
    }
}

impl Drop for A11yBus {
    fn drop(&mut self) {
        // SAFETY: a signal to the process group this test started (the launcher leads it).
        unsafe { libc::kill(-(self.launcher.id() as i32), libc::SIGTERM) };
        let _ = self.launcher.wait();
    }
}

/// Every node of an AT-SPI dump, depth first.
pub fn nodes(tree: &Value) -> Vec<&Value> {
    let mut out = vec![tree];
    for child in tree["children"].as_array().into_iter().flatten() {
        out.extend(nodes(child));
    }
    out
}

/// The node with this role and name, if any.
pub fn find<'a>(tree: &'a Value, role: &str, name: &str) -> Option<&'a Value> {
    nodes(tree)
        .into_iter()
        .find(|n| n["role"] == role && n["name"] == name)
}
