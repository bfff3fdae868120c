//! `dbus-monitor` on the session bus, and a parser for what it prints.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::{
    gdbus_call_on, notifications_in, poll, tool, wait_until, App, Gv, Notification, NOTIFICATIONS,
    SEQ,
};

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
