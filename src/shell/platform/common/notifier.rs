//! Reminders as Windows toasts and macOS notifications (notify-rust). The buttons and a click on
//! the body map to actions; each reminder gets a thread that shows it and waits for the answer,
//! then reports it as one `AppEvent`. When the OS cannot show a toast at all (no WinRT toast
//! support, e.g. under wine), the reminder is reported unshown so the app reaches the user
//! another way (it opens the stretch window): never silently nothing.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;

use notify_rust::{Notification, NotificationResponse, Timeout};

use crate::shell::{AppEvent, EventSink};

/// The AppUserModelID: the Start-menu shortcut carries it, toasts are shown under it.
#[cfg_attr(not(windows), allow(dead_code))]
pub const APP_ID: &str = "PostureBreak.PostureBreak";

pub use crate::shell::reminder::{Action, Labels, Reminder};

/// What the user's answer means. Windows reports a button by its id, macOS by its label, and
/// both report a click on the body as `Default`.
fn action_for(response: &NotificationResponse, labels: &Labels) -> Action {
    match response {
        NotificationResponse::Default => Action::Start,
        NotificationResponse::Action(key) => match key.as_str() {
            "start" | "default" => Action::Start,
            "snooze" => Action::Snooze,
            "skip" => Action::Skip,
            label if label == labels.start => Action::Start,
            label if label == labels.snooze => Action::Snooze,
            label if label == labels.skip => Action::Skip,
            _ => Action::Closed,
        },
        NotificationResponse::Reply(_) | NotificationResponse::Closed(_) => Action::Closed,
    }
}

/// A button's label as the toast takes it: Windows puts it into the toast's XML unescaped, where
/// an apostrophe (French "aujourd'hui") would break the toast. macOS takes it as it is.
fn toast_label(label: &str) -> String {
    if cfg!(windows) {
        xml_escape(label)
    } else {
        label.to_string()
    }
}

use crate::autostart::xml_escape;

fn base(summary: &str, body: &str) -> Notification {
    let mut notification = Notification::new();
    notification.summary(summary).body(body);
    #[cfg(windows)]
    notification.app_id(APP_ID);
    notification
}

pub struct Notifier {
    sink: EventSink,
    /// Set when the current reminder is withdrawn: its late answer is not reported.
    current: Option<Arc<AtomicBool>>,
}

impl Notifier {
    pub fn new(sink: EventSink) -> Notifier {
        Notifier {
            sink,
            current: None,
        }
    }

    /// Shows a reminder; its answer comes back as `AppEvent::Notification { reminder, .. }`, or
    /// `AppEvent::ReminderUnshown` when no toast can be shown.
    pub fn remind(&mut self, reminder: u64, content: Reminder) {
        self.withdraw();
        let withdrawn = Arc::new(AtomicBool::new(false));
        self.current = Some(Arc::clone(&withdrawn));
        let mut notification = base(&content.summary, &content.body);
        notification
            .action("start", &toast_label(&content.labels.start))
            .action("snooze", &toast_label(&content.labels.snooze))
            .action("skip", &toast_label(&content.labels.skip))
            .timeout(Timeout::Milliseconds(
                content.timeout.as_millis().min(u32::MAX as u128) as u32,
            ));
        #[cfg(windows)]
        if content.sound {
            notification.sound_name("Reminder");
        }
        #[cfg(not(windows))]
        let _ = content.sound;
        let sink = Arc::clone(&self.sink);
        let labels = content.labels;
        let spawned = thread::Builder::new()
            .name("reminder".into())
            .spawn(move || {
                let handle = match notification.show() {
                    Ok(handle) => handle,
                    Err(err) => {
                        sink(AppEvent::ReminderUnshown {
                            reminder,
                            error: err.to_string(),
                        });
                        return;
                    }
                };
                sink(AppEvent::NotificationShown);
                let _ = handle.wait_for_response(|response: &NotificationResponse| {
                    if !withdrawn.load(Ordering::SeqCst) {
                        let action = action_for(response, &labels);
                        sink(AppEvent::Notification {
                            reminder,
                            action,
                            activation_token: None,
                        });
                    }
                });
            });
        if let Err(err) = spawned {
            (self.sink)(AppEvent::ReminderUnshown {
                reminder,
                error: err.to_string(),
            });
        }
    }

    /// Forgets the current reminder: notify-rust cannot take a toast back, so a late answer is
    /// dropped here (and the app ignores answers to old reminders anyway).
    pub fn withdraw(&mut self) {
        if let Some(withdrawn) = self.current.take() {
            withdrawn.store(true, Ordering::SeqCst);
        }
    }

    /// A one-off message (e.g. a config error); nothing waits for an answer.
    pub fn message(&self, summary: String, body: String) {
        self.show_message(summary, body, None);
    }

    /// A posture nudge: no sound (no sound name makes a silent toast), gone by itself after 8 s,
    /// nothing to answer.
    pub fn nudge(&self, text: String) {
        let sink = Arc::clone(&self.sink);
        let _ = thread::Builder::new().name("nudge".into()).spawn(move || {
            if let Err(err) = base(&text, "").timeout(Timeout::Milliseconds(8_000)).show() {
                sink(AppEvent::NotificationFailed(err.to_string()));
            }
        });
    }

    /// The first-start message; `AppEvent::Welcomed` follows once it was shown.
    pub fn welcome(&self, summary: String, body: String) {
        self.show_message(summary, body, Some(|| AppEvent::Welcomed));
    }

    fn show_message(&self, summary: String, body: String, on_shown: Option<fn() -> AppEvent>) {
        let sink = Arc::clone(&self.sink);
        let _ = thread::Builder::new()
            .name("message".into())
            .spawn(move || {
                let shown = base(&summary, &body)
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

#[cfg(test)]
mod tests {
    use super::*;
    use notify_rust::CloseReason;

    #[test]
    fn labels_are_escaped_for_the_toast_xml() {
        assert_eq!(
            xml_escape("Reporter à aujourd'hui <&> \"x\""),
            "Reporter à aujourd&apos;hui &lt;&amp;&gt; &quot;x&quot;"
        );
        assert_eq!(xml_escape("Snooze 10 min"), "Snooze 10 min");
    }

    #[test]
    fn answers_map_to_actions() {
        let labels = Labels {
            start: "Start stretch".into(),
            snooze: "Snooze 10 min".into(),
            skip: "Skip".into(),
        };
        let snooze = &labels;
        let act = |key: &str| action_for(&NotificationResponse::Action(key.into()), snooze);
        // A click on the toast's body starts the stretch.
        assert_eq!(
            action_for(&NotificationResponse::Default, snooze),
            Action::Start
        );
        // Windows: button ids.
        assert_eq!(act("start"), Action::Start);
        assert_eq!(act("snooze"), Action::Snooze);
        assert_eq!(act("skip"), Action::Skip);
        // macOS: button labels.
        assert_eq!(act("Start stretch"), Action::Start);
        assert_eq!(act("Snooze 10 min"), Action::Snooze);
        assert_eq!(act("Skip"), Action::Skip);
        // Anything else, and every way of closing, is a dismissal.
        assert_eq!(act("Snooze 5 min"), Action::Closed);
        assert_eq!(act("__closed"), Action::Closed);
        for reason in [
            CloseReason::Expired,
            CloseReason::Dismissed,
            CloseReason::CloseAction,
        ] {
            assert_eq!(
                action_for(&NotificationResponse::Closed(reason), snooze),
                Action::Closed
            );
        }
        assert_eq!(
            action_for(&NotificationResponse::Reply("hi".into()), snooze),
            Action::Closed
        );
    }
}
