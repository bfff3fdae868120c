//! Do-not-disturb, wherever the notification server keeps it: dunst's `paused` property
//! (`org.dunstproject.cmd0`) and KDE's `Inhibited` (`org.freedesktop.Notifications`), both on
//! `/org/freedesktop/Notifications` with PropertiesChanged; xfce4-notifyd's xfconf property
//! `/do-not-disturb` (signal `PropertyChanged`); GNOME's `show-banners = false` in
//! `org.gnome.desktop.notifications` (dconf's `Notify` signal, then one `gsettings get`); swaync's
//! `GetDnd` (`org.erikreider.swaync.cc`, signals `Subscribe`/`SubscribeV2`). The server's
//! `GetServerInformation` name picks the xfce, GNOME and swaync switches. Read at start, on each
//! such signal and when the server appears or goes; otherwise threads blocked on those signals.

use std::sync::{Arc, Mutex, PoisonError};
use std::thread;

use zbus::blocking::{Connection, MessageIterator};
use zbus::message::Type;
use zbus::zvariant::OwnedValue;
use zbus::MatchRule;

use crate::core::presence::Busy;
use crate::shell::{AppEvent, EventSink};

const PATH: &str = "/org/freedesktop/Notifications";
const SERVER: &str = "org.freedesktop.Notifications";
/// (interface, property) pairs meaning "do not disturb" when true.
const SWITCHES: [(&str, &str); 2] = [
    ("org.dunstproject.cmd0", "paused"),
    ("org.freedesktop.Notifications", "Inhibited"),
];

/// The notification server's name (`GetServerInformation`), e.g. "dunst", "gnome-shell".
fn server_name(bus: &Connection) -> String {
    bus.call_method(
        Some(SERVER),
        PATH,
        Some(SERVER),
        "GetServerInformation",
        &(),
    )
    .ok()
    .and_then(|reply| {
        reply
            .body()
            .deserialize::<(String, String, String, String)>()
            .ok()
    })
    .map(|(name, ..)| name)
    .unwrap_or_default()
}

/// The server's name, without starting (activating) one to ask.
fn server_name_if_present(bus: &Connection) -> String {
    if server_present(bus) {
        server_name(bus)
    } else {
        String::new()
    }
}

fn xfce_dnd(bus: &Connection) -> bool {
    bus.call_method(
        Some("org.xfce.Xfconf"),
        "/org/xfce/Xfconf",
        Some("org.xfce.Xfconf"),
        "GetProperty",
        &("xfce4-notifyd", "/do-not-disturb"),
    )
    .ok()
    .and_then(|reply| reply.body().deserialize::<OwnedValue>().ok())
    .and_then(|value| bool::try_from(value).ok())
    .unwrap_or(false)
}

fn swaync_dnd(bus: &Connection) -> bool {
    bus.call_method(
        Some("org.erikreider.swaync.cc"),
        "/org/erikreider/swaync/cc",
        Some("org.erikreider.swaync.cc"),
        "GetDnd",
        &(),
    )
    .ok()
    .and_then(|reply| reply.body().deserialize::<bool>().ok())
    .unwrap_or(false)
}

fn gnome_dnd() -> bool {
    let mut gsettings = std::process::Command::new("gsettings");
    gsettings
        .args(["get", "org.gnome.desktop.notifications", "show-banners"])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    crate::shell::platform::linux::signals::unblock_in_child(&mut gsettings);
    gsettings.output().is_ok_and(|out| {
        out.status.success() && String::from_utf8_lossy(&out.stdout).trim() == "false"
    })
}

fn gnome_session() -> bool {
    std::env::var("XDG_CURRENT_DESKTOP").is_ok_and(|d| d.split(':').any(|d| d == "GNOME"))
}

fn read(bus: &Connection) -> bool {
    let name = server_name(bus);
    if name.starts_with("Xfce") && xfce_dnd(bus) {
        return true;
    }
    if (name == "gnome-shell" || gnome_session()) && gnome_dnd() {
        return true;
    }
    if name == "SwayNotificationCenter" && swaync_dnd(bus) {
        return true;
    }
    SWITCHES.iter().any(|(interface, property)| {
        bus.call_method(
            Some(SERVER),
            PATH,
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &(*interface, *property),
        )
        .ok()
        .and_then(|reply| reply.body().deserialize::<OwnedValue>().ok())
        .and_then(|value| bool::try_from(value).ok())
        .unwrap_or(false)
    })
}

fn server_present(bus: &Connection) -> bool {
    let Ok(dbus) = zbus::blocking::fdo::DBusProxy::new(bus) else {
        return false;
    };
    zbus::names::BusName::try_from(SERVER)
        .ok()
        .and_then(|name| dbus.name_has_owner(name).ok())
        .unwrap_or(false)
}

/// The last state reported, shared by the two watching threads.
struct Reported {
    sink: EventSink,
    last: Mutex<bool>,
}

impl Reported {
    /// Reads the server's switches (if a server runs: asking would start one) and reports a
    /// change.
    fn refresh(&self, bus: &Connection) {
        let now = server_present(bus) && read(bus);
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        if *last != now {
            *last = now;
            (self.sink)(AppEvent::Busy(Busy::DoNotDisturb, now));
        }
    }
}

/// One thread per signal: the switches changing, and the server appearing, restarting or
/// going (a server started after us, at login, may start paused).
pub fn spawn(bus: Connection, sink: EventSink) {
    let reported = Arc::new(Reported {
        sink,
        last: Mutex::new(false),
    });
    let rules = [
        MatchRule::builder()
            .msg_type(Type::Signal)
            .path(PATH)
            .and_then(|b| b.interface("org.freedesktop.DBus.Properties"))
            .and_then(|b| b.member("PropertiesChanged"))
            .map(|b| b.build()),
        MatchRule::builder()
            .msg_type(Type::Signal)
            .interface("org.freedesktop.DBus")
            .and_then(|b| b.member("NameOwnerChanged"))
            .and_then(|b| b.arg(0, SERVER))
            .map(|b| b.build()),
        MatchRule::builder()
            .msg_type(Type::Signal)
            .interface("org.xfce.Xfconf")
            .and_then(|b| b.member("PropertyChanged"))
            .and_then(|b| b.arg(0, "xfce4-notifyd"))
            .map(|b| b.build()),
        // swaync announces its state (count, dnd, ...) with Subscribe / SubscribeV2.
        MatchRule::builder()
            .msg_type(Type::Signal)
            .interface("org.erikreider.swaync.cc")
            .map(|b| b.build()),
        // dconf announces every write of the user's database; only the notifications schema's
        // keys matter (filtered below). Subscribed in GNOME sessions only.
        MatchRule::builder()
            .msg_type(Type::Signal)
            .path("/ca/desrt/dconf/Writer/user")
            .and_then(|b| b.interface("ca.desrt.dconf.Writer"))
            .and_then(|b| b.member("Notify"))
            .map(|b| b.build()),
    ];
    /// The index of the dconf rule, subscribed in GNOME sessions only.
    const DCONF: usize = 4;
    let gnome = gnome_session() || server_name_if_present(&bus) == "gnome-shell";
    for (i, rule) in rules.into_iter().enumerate() {
        let Ok(rule) = rule else { continue };
        if i == DCONF && !gnome {
            continue;
        }
        let Ok(messages) = MessageIterator::for_match_rule(rule, &bus, Some(16)) else {
            continue;
        };
        let bus = bus.clone();
        let reported = Arc::clone(&reported);
        let _ = thread::Builder::new()
            .name(
                [
                    "dnd-watch",
                    "dnd-server",
                    "dnd-xfconf",
                    "dnd-swaync",
                    "dnd-dconf",
                ][i]
                    .into(),
            )
            .spawn(move || {
                if i == 0 {
                    reported.refresh(&bus);
                }
                for message in messages.flatten() {
                    let dconf_elsewhere = i == DCONF
                        && !message
                            .body()
                            .deserialize::<(String, Vec<String>, String)>()
                            .is_ok_and(|(prefix, ..)| {
                                prefix.starts_with("/org/gnome/desktop/notifications/")
                            });
                    if !dconf_elsewhere {
                        reported.refresh(&bus);
                    }
                }
            });
    }
}
