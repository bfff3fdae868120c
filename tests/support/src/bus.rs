//! Private session buses (dbus-daemon) and calls on them (gdbus, zbus).

use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::{
    parse_gvariant, spawn_ready_line, tool_on, wait_until, Daemon, Gv, Sandbox, NOTIFICATIONS,
};

/// A session bus of our own with no services at all: no notification daemon, no tray host, and
/// nothing D-Bus-activatable (the system's session config would activate dunst).
pub struct PrivateBus {
    pub child: Child,
    pub address: String,
}

impl PrivateBus {
    /// The one way to start a private bus (on which [`Sandbox::use_private_bus`] and
    /// [`XEmbedDesktop`] build): only the system's D-Bus services named in `services` are
    /// activatable (e.g. "org.xfce.Xfconf", which xfce4-panel needs for its config), and `env` is
    /// set for the bus daemon and so for every service it activates (xfconfd reads its files
    /// from the bus's XDG_CONFIG_HOME).
    pub fn start(dir: &Path, services: &[&str], env: &[(&str, &Path)]) -> PrivateBus {
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
        let mut cmd = Command::new("dbus-daemon");
        cmd.envs(env.iter().copied())
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--print-address=1"]);
        let (child, address) = spawn_ready_line(cmd, &bus_dir.join("dbus-daemon.log"));
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
