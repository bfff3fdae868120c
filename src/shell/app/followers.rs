//! `status --follow` clients: each gets the status at once, then one line per change. Nothing
//! is computed while nobody follows; a follower that is gone or stuck is dropped.

use crate::ipc::{Responder, Response, Subscriber};

/// `status --follow` clients at most; more are refused (each is one socket, no thread).
const MAX_SUBSCRIBERS: usize = 32;

#[derive(Default)]
pub struct Followers {
    subscribers: Vec<Subscriber>,
    /// The last response they were sent.
    published: Option<Response>,
}

impl Followers {
    /// A new follower; `current` is the status now.
    pub fn subscribe(&mut self, responder: Responder, current: impl Fn() -> Response) {
        if self.subscribers.len() >= MAX_SUBSCRIBERS {
            responder.respond(Response::error(format!(
                "too many followers (at most {MAX_SUBSCRIBERS})"
            )));
            return;
        }
        // Followers already there hear of any change not yet published before `published`
        // moves on to the state the newcomer starts from.
        self.publish(&current);
        let response = current();
        if let Some(mut subscriber) = responder.into_subscriber() {
            if subscriber.send(&response) {
                self.subscribers.push(subscriber);
            }
        }
        self.published = Some(response);
    }

    /// Tells every follower about a change (called once per batch of events).
    pub fn publish(&mut self, current: impl Fn() -> Response) {
        if self.subscribers.is_empty() {
            self.published = None;
            return;
        }
        let response = current();
        if self.published.as_ref() == Some(&response) {
            return;
        }
        self.subscribers.retain_mut(|s| s.send(&response));
        self.published = Some(response);
    }
}
