//! Time away from the screen: the desktop's screen saver / lock announces itself with an
//! `ActiveChanged(bool)` signal (org.freedesktop.ScreenSaver, org.gnome.ScreenSaver, …). One thread
//! blocked on that signal; no idle polling.

use std::thread;

use zbus::blocking::{Connection, MessageIterator};
use zbus::message::Type;
use zbus::MatchRule;

use crate::core::presence::Fact;
use crate::shell::{AppEvent, EventSink};

/// Reports `Fact::Locked` / `Fact::Unlocked` whenever any screen saver on the session bus changes.
pub fn spawn(connection: Connection, sink: EventSink) {
    let _ = thread::Builder::new()
        .name("screensaver-watch".into())
        .spawn(move || {
            let Ok(builder) = MatchRule::builder()
                .msg_type(Type::Signal)
                .member("ActiveChanged")
            else {
                return;
            };
            let Ok(messages) =
                MessageIterator::for_match_rule(builder.build(), &connection, Some(16))
            else {
                return;
            };
            for message in messages.flatten() {
                let interface = message
                    .header()
                    .interface()
                    .map(|i| i.to_string())
                    .unwrap_or_default();
                if !interface.ends_with(".ScreenSaver") {
                    continue;
                }
                let fact = match message.body().deserialize::<bool>() {
                    Ok(true) => Fact::Locked {
                        since: chrono::Utc::now(),
                    },
                    Ok(false) => Fact::Unlocked,
                    Err(_) => continue,
                };
                sink(AppEvent::Presence(fact));
            }
        });
}
