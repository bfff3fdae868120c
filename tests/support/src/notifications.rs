//! Notification daemons: the session's dunst, private dunsts, stand-ins that record Notify
//! calls or switch do-not-disturb, and the Notify calls seen on the bus.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::Ordering;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::{
    poll, tool, tool_on, wait_until, BusMsg, Daemon, MonArg, MsgKind, PrivateBus, Sandbox, SEQ,
};

pub const NOTIFICATIONS: &str = "org.freedesktop.Notifications";

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

/// One Notify call, with the id dunst returned for it.
#[derive(Debug, Clone)]
pub struct Notification {
    pub id: Option<u32>,
    pub app_name: String,
    pub summary: String,
    pub body: String,
    /// (key, label) pairs.
    pub actions: Vec<(String, String)>,
    /// The hints as dbus-monitor printed them.
    pub hints: String,
    /// `expire_timeout` in ms (-1: the server decides).
    pub expire_timeout: Option<i32>,
}

impl Notification {
    /// The `urgency` hint (0 low, 1 normal, 2 critical), if sent.
    pub fn urgency(&self) -> Option<u8> {
        let after = &self.hints[self.hints.find("\"urgency\"")?..];
        let byte = after.split("byte ").nth(1)?;
        byte.split_whitespace().next()?.parse().ok()
    }

    /// Whether a boolean hint is sent as true (`suppress-sound`, `transient`).
    pub fn hint_true(&self, name: &str) -> bool {
        self.hints
            .find(&format!("\"{name}\""))
            .and_then(|at| self.hints[at..].split("boolean ").nth(1))
            .is_some_and(|rest| rest.starts_with("true"))
    }

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

/// Notify calls, each with the id from the daemon's matching reply (if seen).
pub fn notifications_in(messages: &[BusMsg]) -> Vec<Notification> {
    messages
        .iter()
        .filter(|m| m.kind == MsgKind::Call && m.member == "Notify")
        .filter_map(|call| {
            let [MonArg::Str(app_name), _, _, MonArg::Str(summary), MonArg::Str(body), actions, rest @ ..] = call.args.as_slice()
            else {
                return None;
            };
            let hints = match rest.first() {
                Some(MonArg::Other(text)) => text.clone(),
                _ => String::new(),
            };
            let expire_timeout = match rest.get(1) {
                Some(MonArg::I32(ms)) => Some(*ms),
                _ => None,
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
            Some(Notification { id, app_name: app_name.clone(), summary: summary.clone(), body: body.clone(), actions, hints, expire_timeout })
        })
        .collect()
}

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

/// MATE's notification daemon on a private bus: a real server that plays the `sound-name` hint
/// itself ("sound" in its capabilities). Its own sound goes to no sound server (`PULSE_SERVER`
/// points nowhere), so whatever the session's sink records was played by the app.
pub fn start_mate_notifications(bus: &PrivateBus, sandbox: &Sandbox) -> Daemon {
    let child = bus
        .command(
            "/usr/lib/mate-notification-daemon/mate-notification-daemon",
            sandbox,
        )
        .env("PULSE_SERVER", "unix:/nonexistent/pulse/native")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start mate-notification-daemon: {e}"));
    let daemon = Daemon(child);
    wait_until(
        "mate-notification-daemon to own org.freedesktop.Notifications",
        std::time::Duration::from_secs(10),
        || bus.name_has_owner(NOTIFICATIONS).then_some(()),
    );
    daemon
}
