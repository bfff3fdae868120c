//! Do-not-disturb, as the notification server announces it: dunst's `paused` property
//! (`org.dunstproject.cmd0`) and KDE's `Inhibited` (`org.freedesktop.Notifications`), both on
//! `/org/freedesktop/Notifications` with PropertiesChanged. Read once at start and on each such
//! signal; otherwise one thread blocked on it.

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

pub fn spawn(bus: Connection, sink: EventSink) {
    let _ = thread::Builder::new()
        .name("dnd-watch".into())
        .spawn(move || {
            let Ok(rule) = MatchRule::builder()
                .msg_type(Type::Signal)
                .path(PATH)
                .and_then(|b| b.interface("org.freedesktop.DBus.Properties"))
                .and_then(|b| b.member("PropertiesChanged"))
                .map(|b| b.build())
            else {
                return;
            };
            let Ok(messages) = MessageIterator::for_match_rule(rule, &bus, Some(16)) else {
                return;
            };
            // Don't start (activate) a notification server just to ask.
            let mut last = server_present(&bus) && read(&bus);
            if last {
                sink(AppEvent::Busy(Busy::DoNotDisturb, true));
            }
            for message in messages.flatten() {
                let _ = message;
                let now = server_present(&bus) && read(&bus);
                if now != last {
                    last = now;
                    sink(AppEvent::Busy(Busy::DoNotDisturb, now));
                }
            }
        });
}
