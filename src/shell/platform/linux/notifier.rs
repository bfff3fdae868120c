//! Reminder and error notifications over org.freedesktop.Notifications (notify-rust). D-Bus calls
//! never run on the main thread: each reminder gets a thread that shows it and waits for the
//! user's answer, then reports it as one `AppEvent`.
//!
//! Reminders are sent and answered on the app's own session-bus connection rather than
//! notify-rust's: a Wayland notification server sends `ActivationToken(id, token)` just before
//! `ActionInvoked` (Notifications spec 1.2), which notify-rust ignores, and the stretch window
//! needs that token to take the focus. One match rule covers both signals (and
//! `NotificationClosed`), so they arrive in the order the server sent them.
//!
//! A reminder is heard on every desktop: the server is asked once for its capabilities, and where
//! it does not play the `sound-name` hint the app plays the sound itself (`chime`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;

use notify_rust::{Hint, Notification, Timeout};
use zbus::blocking::{Connection, MessageIterator};
use zbus::zvariant::Value;
use zbus::MatchRule;

use super::chime;
use crate::core::sound;
use crate::shell::{AppEvent, EventSink};

pub const APP_NAME: &str = "posture-break";

pub use crate::shell::reminder::{Action, Reminder};

/// The reminder on screen: the daemon's id arrives from its thread.
struct Shown {
    id: Arc<Mutex<Option<u32>>>,
    withdrawn: Arc<AtomicBool>,
}

/// Which server owns org.freedesktop.Notifications (its unique bus name), and whether it plays
/// sounds: asked once per server.
type SoundCapability = Arc<Mutex<Option<(String, bool)>>>;

pub struct Notifier {
    sink: EventSink,
    current: Option<Shown>,
    capability: SoundCapability,
    /// The app's session bus, for the answers; without it notify-rust waits on its own.
    bus: Option<Connection>,
}

impl Notifier {
    pub fn new(sink: EventSink) -> Notifier {
        Notifier {
            sink,
            current: None,
            capability: SoundCapability::default(),
            bus: None,
        }
    }

    /// Answers (and activation tokens) are read on this connection from now on.
    pub fn set_bus(&mut self, bus: Connection) {
        self.bus = Some(bus);
    }

    /// Shows a reminder; its answer comes back as `AppEvent::Notification { reminder, .. }`.
    pub fn remind(&mut self, reminder: u64, content: Reminder) {
        self.withdraw();
        let id = Arc::new(Mutex::new(None));
        let withdrawn = Arc::new(AtomicBool::new(false));
        self.current = Some(Shown {
            id: Arc::clone(&id),
            withdrawn: Arc::clone(&withdrawn),
        });
        let sink = Arc::clone(&self.sink);
        let bus = self.bus.clone();
        let capability = Arc::clone(&self.capability);
        let spawned = thread::Builder::new()
            .name("reminder".into())
            .spawn(move || {
                let shown = match &bus {
                    Some(bus) => show_on(bus, &content),
                    None => show_with_notify_rust(&content),
                };
                let (number, answers) = match shown {
                    Ok(shown) => shown,
                    Err(err) => {
                        sink(AppEvent::NotificationFailed(err));
                        return;
                    }
                };
                let server_plays = match &bus {
                    Some(bus) => server_plays_sound(bus, &capability),
                    None => notify_rust::get_capabilities()
                        .ok()
                        .map(|caps| caps.iter().any(|c| c == "sound")),
                };
                if sound::plan(content.sound, server_plays).play_here {
                    let sink = Arc::clone(&sink);
                    chime::play(sound::REMINDER_SOUND, move |err| {
                        sink(AppEvent::ChimeFailed(err))
                    });
                }
                *id.lock().unwrap_or_else(PoisonError::into_inner) = Some(number);
                if withdrawn.load(Ordering::SeqCst) {
                    // Withdrawn while we were still showing it.
                    close_notification(number);
                    return;
                }
                sink(AppEvent::NotificationShown);
                let answer = match answers {
                    Waiter::Bus(answers) => answers.wait(number),
                    Waiter::NotifyRust(handle) => {
                        let mut key = None;
                        handle.wait_for_action(|k| key = Some(action_for(k)));
                        key.map(|action| (action, None))
                    }
                };
                if let Some((action, activation_token)) = answer {
                    sink(AppEvent::Notification {
                        reminder,
                        action,
                        activation_token,
                    });
                }
            });
        if let Err(err) = spawned {
            (self.sink)(AppEvent::NotificationFailed(err.to_string()));
        }
    }

    /// Takes the current reminder off the screen, if there is one.
    pub fn withdraw(&mut self) {
        let Some(shown) = self.current.take() else {
            return;
        };
        shown.withdrawn.store(true, Ordering::SeqCst);
        let id = *shown.id.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(id) = id {
            let _ = thread::Builder::new()
                .name("withdraw".into())
                .spawn(move || close_notification(id));
        }
    }

    /// A one-off message (e.g. a config error); nothing waits for an answer.
    pub fn message(&self, summary: String, body: String) {
        self.show_message(summary, body, "dialog-warning", None);
    }

    /// A posture nudge: low urgency, no sound, transient (kept out of the server's history),
    /// gone by itself after 8 s, no actions (a click only closes it). Sent on the app's own bus
    /// connection when it has one: a nudge every few minutes should not set up a new one each
    /// time.
    pub fn nudge(&self, text: String) {
        let sink = Arc::clone(&self.sink);
        let bus = self.bus.clone();
        let _ = thread::Builder::new().name("nudge".into()).spawn(move || {
            let shown = match &bus {
                Some(bus) => nudge_on(bus, &text),
                None => Notification::new()
                    .appname(APP_NAME)
                    .summary(&text)
                    .icon("posture-break")
                    .urgency(notify_rust::Urgency::Low)
                    .hint(Hint::Category(NUDGE_CATEGORY.into()))
                    .hint(Hint::SuppressSound(true))
                    .hint(Hint::Transient(true))
                    .timeout(Timeout::Milliseconds(NUDGE_SHOWN_FOR_MS as u32))
                    .show()
                    .map(|_| ())
                    .map_err(|e| e.to_string()),
            };
            if let Err(err) = shown {
                sink(AppEvent::NotificationFailed(err));
            }
        });
    }

    /// The first-start message; `AppEvent::Welcomed` follows once the daemon has shown it.
    pub fn welcome(&self, summary: String, body: String) {
        self.show_message(summary, body, "posture-break", Some(|| AppEvent::Welcomed));
    }

    fn show_message(
        &self,
        summary: String,
        body: String,
        icon: &'static str,
        on_shown: Option<fn() -> AppEvent>,
    ) {
        let sink = Arc::clone(&self.sink);
        let _ = thread::Builder::new()
            .name("message".into())
            .spawn(move || {
                let shown = Notification::new()
                    .appname(APP_NAME)
                    .summary(&summary)
                    .body(&body)
                    .icon(icon)
                    .timeout(Timeout::Milliseconds(15_000))
                    .show();
                match (shown, on_shown) {
                    (Err(err), _) => sink(AppEvent::NotificationFailed(err.to_string())),
                    (Ok(_), Some(event)) => sink(event()),
                    (Ok(_), None) => {}
                }
            });
    }
}

/// How long a posture nudge stays on screen.
const NUDGE_SHOWN_FOR_MS: i32 = 8_000;
const NUDGE_CATEGORY: &str = "x-posture-break.nudge";

/// A nudge's Notify call on the app's connection (nothing to answer, so nothing to subscribe to).
fn nudge_on(bus: &Connection, text: &str) -> Result<(), String> {
    let mut hints: HashMap<&str, Value> = HashMap::new();
    hints.insert("urgency", Value::from(0u8));
    hints.insert("category", Value::from(NUDGE_CATEGORY));
    hints.insert("suppress-sound", Value::from(true));
    hints.insert("transient", Value::from(true));
    notify(bus, text, "", &[], hints, NUDGE_SHOWN_FOR_MS).map(|_| ())
}

/// org.freedesktop.Notifications.Notify on `bus`, under the app's name and icon; the id.
fn notify(
    bus: &Connection,
    summary: &str,
    body: &str,
    actions: &[&str],
    hints: HashMap<&str, Value>,
    timeout_ms: i32,
) -> Result<u32, String> {
    let reply = bus
        .call_method(
            Some("org.freedesktop.Notifications"),
            "/org/freedesktop/Notifications",
            Some("org.freedesktop.Notifications"),
            "Notify",
            &(
                APP_NAME,
                0u32,
                "posture-break",
                summary,
                body,
                actions,
                hints,
                timeout_ms,
            ),
        )
        .map_err(|e| e.to_string())?;
    reply.body().deserialize().map_err(|e| e.to_string())
}

/// How the answer to a shown reminder arrives.
enum Waiter {
    Bus(Answers),
    NotifyRust(notify_rust::NotificationHandle),
}

/// Shows a reminder with our own Notify call on the app's connection: servers such as dunst send
/// ActionInvoked and ActivationToken only to the connection that asked (unicast), so the answer
/// must be read where the notification was sent from. Subscribed first, so no answer slips past.
fn show_on(bus: &Connection, content: &Reminder) -> Result<(u32, Waiter), String> {
    let answers = Answers::subscribe(bus).map_err(|e| e.to_string())?;
    let mut hints: HashMap<&str, Value> = HashMap::new();
    hints.insert("category", Value::from("reminder"));
    if content.sound {
        hints.insert("sound-name", Value::from(sound::REMINDER_SOUND));
    } else {
        hints.insert("suppress-sound", Value::from(true));
    }
    let labels = &content.labels;
    let actions = [
        "default",
        labels.start.as_str(),
        "snooze",
        labels.snooze.as_str(),
        "skip",
        labels.skip.as_str(),
    ];
    let timeout = content.timeout.as_millis().min(i32::MAX as u128) as i32;
    let id = notify(
        bus,
        &content.summary,
        &content.body,
        &actions,
        hints,
        timeout,
    )?;
    Ok((id, Waiter::Bus(answers)))
}

/// Without the app's bus connection (it failed at start): notify-rust's own, and no tokens.
fn show_with_notify_rust(content: &Reminder) -> Result<(u32, Waiter), String> {
    let mut notification = Notification::new();
    notification
        .appname(APP_NAME)
        .summary(&content.summary)
        .body(&content.body)
        .icon("posture-break")
        .action("default", &content.labels.start)
        .action("snooze", &content.labels.snooze)
        .action("skip", &content.labels.skip)
        .hint(Hint::Category("reminder".into()))
        .timeout(Timeout::Milliseconds(
            content.timeout.as_millis().min(u32::MAX as u128) as u32,
        ));
    if content.sound {
        notification.hint(Hint::SoundName(sound::REMINDER_SOUND.into()));
    } else {
        notification.hint(Hint::SuppressSound(true));
    }
    let handle = notification.show().map_err(|e| e.to_string())?;
    Ok((handle.id(), Waiter::NotifyRust(handle)))
}

fn action_for(key: &str) -> Action {
    match key {
        "default" | "start" => Action::Start,
        "snooze" => Action::Snooze,
        "skip" => Action::Skip,
        _ => Action::Closed,
    }
}

/// The notification server's signals, read on one match rule in the order it sent them.
struct Answers(MessageIterator);

impl Answers {
    fn subscribe(bus: &Connection) -> zbus::Result<Answers> {
        let rule = MatchRule::builder()
            .msg_type(zbus::message::Type::Signal)
            .sender("org.freedesktop.Notifications")?
            .path("/org/freedesktop/Notifications")?
            .interface("org.freedesktop.Notifications")?
            .build();
        Ok(Answers(MessageIterator::for_match_rule(
            rule,
            bus,
            Some(16),
        )?))
    }

    /// The user's answer to notification `id`, with the activation token sent for it if any.
    /// None when the bus connection ends first.
    fn wait(self, id: u32) -> Option<(Action, Option<String>)> {
        let mut token = None;
        for message in self.0 {
            let Ok(message) = message else { continue };
            let header = message.header();
            let body = message.body();
            match header.member().map(|m| m.as_str()) {
                Some("ActivationToken") => match body.deserialize::<(u32, String)>() {
                    Ok((nid, t)) if nid == id && !t.is_empty() => token = Some(t),
                    _ => {}
                },
                Some("ActionInvoked") => match body.deserialize::<(u32, String)>() {
                    Ok((nid, key)) if nid == id => return Some((action_for(&key), token)),
                    _ => {}
                },
                Some("NotificationClosed") => match body.deserialize::<(u32, u32)>() {
                    Ok((nid, _reason)) if nid == id => return Some((Action::Closed, None)),
                    _ => {}
                },
                _ => {}
            }
        }
        None
    }
}

/// Whether the notification server now running plays the `sound-name` hint ("sound" in its
/// capabilities), asked once per server: a restarted or replaced server has a new unique name.
/// `None` when it cannot be told.
fn server_plays_sound(bus: &Connection, capability: &SoundCapability) -> Option<bool> {
    let owner: String = bus
        .call_method(
            Some("org.freedesktop.DBus"),
            "/org/freedesktop/DBus",
            Some("org.freedesktop.DBus"),
            "GetNameOwner",
            &("org.freedesktop.Notifications",),
        )
        .ok()?
        .body()
        .deserialize()
        .ok()?;
    let mut known = capability.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((server, plays)) = known.as_ref() {
        if *server == owner {
            return Some(*plays);
        }
    }
    let capabilities: Vec<String> = bus
        .call_method(
            Some(owner.as_str()),
            "/org/freedesktop/Notifications",
            Some("org.freedesktop.Notifications"),
            "GetCapabilities",
            &(),
        )
        .ok()?
        .body()
        .deserialize()
        .ok()?;
    let plays = capabilities.iter().any(|c| c == "sound");
    *known = Some((owner, plays));
    Some(plays)
}

fn close_notification(id: u32) {
    let Ok(connection) = zbus::blocking::Connection::session() else {
        return;
    };
    let _ = connection.call_method(
        Some("org.freedesktop.Notifications"),
        "/org/freedesktop/Notifications",
        Some("org.freedesktop.Notifications"),
        "CloseNotification",
        &(id,),
    );
}
