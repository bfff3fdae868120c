//! GNOME (Wayland and X11): `org.gnome.Mutter.IdleMonitor` on the session bus. An idle watch
//! fires when the user has been idle `idle_after` (at once if they already are; `GetIdletime`
//! then says since when); then a one-shot user-active watch fires at the next input.
//! `WatchFired` is subscribed before any watch is added. The watches die with our connection,
//! and with mutter: when the name gets a new owner (gnome-shell restarted on X11, or after a
//! crash) they are added again. Two threads, blocked on those two signals.

use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use chrono::{TimeDelta, Utc};
use zbus::blocking::{Connection, MessageIterator};
use zbus::message::Type;
use zbus::MatchRule;

use crate::core::presence::Fact;
use crate::shell::platform::IdleSource;
use crate::shell::{AppEvent, EventSink};

const NAME: &str = "org.gnome.Mutter.IdleMonitor";
const PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";
const INTERFACE: &str = "org.gnome.Mutter.IdleMonitor";

#[derive(Default)]
struct Watches {
    idle: Option<u32>,
    active: Option<u32>,
    idle_after_ms: u64,
    /// Idle reported and no input since: a new mutter must get a user-active watch too.
    away: bool,
    /// The unique name of the mutter that holds our watches.
    owner: Option<String>,
}

pub struct IdleWatch {
    bus: Connection,
    watches: Arc<Mutex<Watches>>,
}

/// Whether Mutter's idle monitor is on this bus.
pub fn available(bus: &Connection) -> bool {
    let Ok(dbus) = zbus::blocking::fdo::DBusProxy::new(bus) else {
        return false;
    };
    let Ok(name) = zbus::names::BusName::try_from(NAME) else {
        return false;
    };
    dbus.name_has_owner(name).unwrap_or(false)
}

/// The unique name that owns the idle monitor now.
fn owner_of(bus: &Connection) -> Result<String, String> {
    let dbus = zbus::blocking::fdo::DBusProxy::new(bus).map_err(|e| e.to_string())?;
    let name = zbus::names::BusName::try_from(NAME).map_err(|e| e.to_string())?;
    dbus.get_name_owner(name)
        .map(|owner| owner.to_string())
        .map_err(|e| e.to_string())
}

fn call<R: serde::de::DeserializeOwned + zbus::zvariant::Type>(
    bus: &Connection,
    method: &str,
    body: &(impl serde::Serialize + zbus::zvariant::DynamicType),
) -> Result<R, String> {
    bus.call_method(Some(NAME), PATH, Some(INTERFACE), method, body)
        .map_err(|e| e.to_string())?
        .body()
        .deserialize()
        .map_err(|e| e.to_string())
}

fn as_millis(duration: Duration) -> u64 {
    duration.as_millis().min(u64::MAX as u128) as u64
}

pub fn start(bus: Connection, idle_after: Duration, sink: EventSink) -> Result<IdleWatch, String> {
    let rule = MatchRule::builder()
        .msg_type(Type::Signal)
        .path(PATH)
        .and_then(|b| b.interface(INTERFACE))
        .and_then(|b| b.member("WatchFired"))
        .map_err(|e| e.to_string())?
        .build();
    let messages =
        MessageIterator::for_match_rule(rule, &bus, Some(16)).map_err(|e| e.to_string())?;
    let ms = as_millis(idle_after);
    let watches = Arc::new(Mutex::new(Watches {
        idle_after_ms: ms,
        ..Watches::default()
    }));
    let owner_rule = MatchRule::builder()
        .msg_type(Type::Signal)
        .sender("org.freedesktop.DBus")
        .and_then(|b| b.interface("org.freedesktop.DBus"))
        .and_then(|b| b.member("NameOwnerChanged"))
        .and_then(|b| b.arg(0, NAME))
        .map_err(|e| e.to_string())?
        .build();
    let owners =
        MessageIterator::for_match_rule(owner_rule, &bus, Some(4)).map_err(|e| e.to_string())?;
    let owner = owner_of(&bus)?;
    let idle: u32 = call(&bus, "AddIdleWatch", &(ms,))?;
    {
        let mut w = watches.lock().unwrap_or_else(PoisonError::into_inner);
        w.idle = Some(idle);
        w.owner = Some(owner);
    }
    {
        let bus = bus.clone();
        let watches = Arc::clone(&watches);
        thread::Builder::new()
            .name("mutter-owner".into())
            .spawn(move || {
                for message in owners.flatten() {
                    let Ok((_, _, new_owner)) =
                        message.body().deserialize::<(String, String, String)>()
                    else {
                        continue;
                    };
                    // Under the lock, like a reload: the new watches may fire at once.
                    let mut w = watches.lock().unwrap_or_else(PoisonError::into_inner);
                    // The old owner's watches are gone with it (and its ids mean nothing).
                    w.idle = None;
                    w.active = None;
                    w.owner = None;
                    if new_owner.is_empty() {
                        continue;
                    }
                    w.owner = Some(new_owner);
                    w.idle = call::<u32>(&bus, "AddIdleWatch", &(w.idle_after_ms,)).ok();
                    if w.away {
                        w.active = call::<u32>(&bus, "AddUserActiveWatch", &()).ok();
                    }
                }
            })
            .map_err(|e| e.to_string())?;
    }
    {
        let bus = bus.clone();
        let watches = Arc::clone(&watches);
        thread::Builder::new()
            .name("mutter-idle".into())
            .spawn(move || {
                for message in messages.flatten() {
                    let Ok(id) = message.body().deserialize::<u32>() else {
                        continue;
                    };
                    let sender = message.header().sender().map(|s| s.to_string());
                    let (is_idle, is_active, idle_after_ms) = {
                        let w = watches.lock().unwrap_or_else(PoisonError::into_inner);
                        // A late signal of a mutter that has gone: a new one reuses its ids.
                        let current = sender.is_some() && sender == w.owner;
                        (
                            current && w.idle == Some(id),
                            current && w.active == Some(id),
                            w.idle_after_ms,
                        )
                    };
                    if is_idle {
                        // The watch fires at once when it is added to a user already idle
                        // (at start, after a reload): ask how long ago the last input was.
                        let idle_ms = call::<u64>(&bus, "GetIdletime", &())
                            .unwrap_or(idle_after_ms)
                            .max(idle_after_ms);
                        let since = Utc::now()
                            - TimeDelta::milliseconds(idle_ms.min(i64::MAX as u64) as i64);
                        sink(AppEvent::Presence(Fact::Idle { since }));
                        let mut w = watches.lock().unwrap_or_else(PoisonError::into_inner);
                        w.away = true;
                        // One-shot: fires at the next input. A new idle watch (a reload while
                        // away) fires too, but one pending user-active watch is enough.
                        if w.active.is_none() {
                            w.active = call::<u32>(&bus, "AddUserActiveWatch", &()).ok();
                        }
                    } else if is_active {
                        {
                            let mut w = watches.lock().unwrap_or_else(PoisonError::into_inner);
                            w.active = None;
                            w.away = false;
                        }
                        sink(AppEvent::Presence(Fact::Active));
                    }
                }
            })
            .map_err(|e| e.to_string())?;
    }
    Ok(IdleWatch { bus, watches })
}

impl IdleSource for IdleWatch {
    fn name(&self) -> &'static str {
        "mutter"
    }

    /// Replaces the idle watch; the D-Bus calls run off the main thread.
    fn set_idle_after(&self, idle_after: Duration) {
        let ms = as_millis(idle_after);
        {
            let mut w = self.watches.lock().unwrap_or_else(PoisonError::into_inner);
            if w.idle_after_ms == ms {
                return;
            }
            w.idle_after_ms = ms;
        }
        let bus = self.bus.clone();
        let watches = Arc::clone(&self.watches);
        let _ = thread::Builder::new()
            .name("mutter-rewatch".into())
            .spawn(move || {
                // The calls run under the lock. A watch added to a user already idle fires at
                // once, and the signal thread must not see its id before it is recorded (it
                // would drop the fact). Two quick reloads take turns: the later one removes
                // the earlier one's watch and adds one for the newest value.
                let mut w = watches.lock().unwrap_or_else(PoisonError::into_inner);
                if let Some(old) = w.idle.take() {
                    let _ = call::<()>(&bus, "RemoveWatch", &(old,));
                }
                w.idle = call::<u32>(&bus, "AddIdleWatch", &(w.idle_after_ms,)).ok();
            });
    }
}
