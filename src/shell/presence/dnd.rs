//! Do-not-disturb, as the notification server announces it: dunst's `paused` property
//! (`org.dunstproject.cmd0`) and KDE's `Inhibited` (`org.freedesktop.Notifications`), both on
//! `/org/freedesktop/Notifications` with PropertiesChanged. Read at start, on each such signal,
//! and when the server appears or goes; otherwise two threads blocked on those signals.

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

fn read(bus: &Connection) -> bool {
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
    ];
    for (i, rule) in rules.into_iter().enumerate() {
        let Ok(rule) = rule else { continue };
        let Ok(messages) = MessageIterator::for_match_rule(rule, &bus, Some(16)) else {
            continue;
        };
        let bus = bus.clone();
        let reported = Arc::clone(&reported);
        let _ = thread::Builder::new()
            .name(if i == 0 { "dnd-watch" } else { "dnd-server" }.into())
            .spawn(move || {
                if i == 0 {
                    reported.refresh(&bus);
                }
                for _message in messages.flatten() {
                    reported.refresh(&bus);
                }
            });
    }
}
