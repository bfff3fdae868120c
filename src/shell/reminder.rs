//! What every platform's notifier (`notifier`) is given and answers: the reminder to show, and
//! the user's answer to it.

use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Start,
    Snooze,
    Skip,
    /// Dismissed by the user or expired (in the notification daemon, or the toast's timeout).
    Closed,
}

pub struct Reminder {
    pub summary: String,
    pub body: String,
    pub labels: Labels,
    pub timeout: Duration,
    /// Whether it should be heard (`[notification] sound`, and not in do-not-disturb).
    pub sound: bool,
}

/// The reminder's three buttons, in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    pub start: String,
    pub snooze: String,
    pub skip: String,
}
