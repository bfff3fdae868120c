//! A fullscreen window with the focus (a film, a presentation), on X11 through EWMH: the root's
//! `_NET_ACTIVE_WINDOW` and that window's `_NET_WM_STATE` holding `_NET_WM_STATE_FULLSCREEN`.
//! Read on demand when a reminder comes due; only while it holds one are the two properties
//! watched (the active window's properties change with every title update, so a permanent
//! subscription would wake us for nothing), until fullscreen ends.

use std::sync::{Arc, Mutex, PoisonError};
use std::thread;

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    Atom, AtomEnum, ChangeWindowAttributesAux, ConnectionExt as _, EventMask, Window,
};
use x11rb::protocol::Event;
use x11rb::rust_connection::RustConnection;

use crate::core::presence::Busy;
use crate::shell::platform::FullscreenSource;
use crate::shell::{AppEvent, EventSink};

#[derive(Clone, Copy)]
struct Atoms {
    active: Atom,
    state: Atom,
    fullscreen: Atom,
}

struct Shared {
    connection: RustConnection,
    root: Window,
    atoms: Atoms,
    /// The window whose properties we watch while holding; `None`: not watching.
    watched: Mutex<Option<Window>>,
}

pub struct FullscreenWatch {
    shared: Arc<Shared>,
}

impl Shared {
    fn active_window(&self) -> Option<Window> {
        let reply = self
            .connection
            .get_property(false, self.root, self.atoms.active, AtomEnum::WINDOW, 0, 1)
            .ok()?
            .reply()
            .ok()?;
        let active = reply.value32()?.next();
        active.filter(|w| *w != 0)
    }

    fn fullscreen(&self, window: Window) -> bool {
        let Some(reply) = self
            .connection
            .get_property(false, window, self.atoms.state, AtomEnum::ATOM, 0, 64)
            .ok()
            .and_then(|cookie| cookie.reply().ok())
        else {
            return false;
        };
        reply
            .value32()
            .is_some_and(|mut atoms| atoms.any(|a| a == self.atoms.fullscreen))
    }

    fn select(&self, window: Window, mask: EventMask) {
        let aux = ChangeWindowAttributesAux::new().event_mask(mask);
        let _ = self.connection.change_window_attributes(window, &aux);
        let _ = self.connection.flush();
    }

    /// Watches the root and the active window; returns whether that window is fullscreen.
    fn watch_active(&self) -> bool {
        let mut watched = self.watched.lock().unwrap_or_else(PoisonError::into_inner);
        self.select(self.root, EventMask::PROPERTY_CHANGE);
        let active = self.active_window();
        if let Some(old) = watched.take().filter(|old| Some(*old) != active) {
            self.select(old, EventMask::NO_EVENT);
        }
        if let Some(window) = active {
            self.select(window, EventMask::PROPERTY_CHANGE);
            *watched = Some(window);
        }
        active.is_some_and(|window| self.fullscreen(window))
    }

    fn unwatch(&self) {
        let mut watched = self.watched.lock().unwrap_or_else(PoisonError::into_inner);
        self.select(self.root, EventMask::NO_EVENT);
        if let Some(window) = watched.take() {
            self.select(window, EventMask::NO_EVENT);
        }
    }

    fn watching(&self) -> bool {
        self.watched
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some()
    }
}

pub fn start(sink: EventSink) -> Result<FullscreenWatch, String> {
    let (connection, screen) = x11rb::connect(None).map_err(|e| e.to_string())?;
    let root = connection
        .setup()
        .roots
        .get(screen)
        .map(|s| s.root)
        .ok_or("no X screen")?;
    let intern = |name: &str| -> Result<Atom, String> {
        Ok(connection
            .intern_atom(false, name.as_bytes())
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| e.to_string())?
            .atom)
    };
    let atoms = Atoms {
        active: intern("_NET_ACTIVE_WINDOW")?,
        state: intern("_NET_WM_STATE")?,
        fullscreen: intern("_NET_WM_STATE_FULLSCREEN")?,
    };
    let shared = Arc::new(Shared {
        connection,
        root,
        atoms,
        watched: Mutex::new(None),
    });
    {
        let shared = Arc::clone(&shared);
        thread::Builder::new()
            .name("fullscreen-watch".into())
            .spawn(move || loop {
                let Ok(event) = shared.connection.wait_for_event() else {
                    return;
                };
                let Event::PropertyNotify(change) = event else {
                    continue;
                };
                let ours = change.atom == shared.atoms.active || change.atom == shared.atoms.state;
                if !ours || !shared.watching() {
                    continue;
                }
                // Focus moved or the state changed: look again at whatever is active now.
                if !shared.watch_active() {
                    shared.unwatch();
                    sink(AppEvent::Busy(Busy::Fullscreen, false));
                }
            })
            .map_err(|e| e.to_string())?;
    }
    Ok(FullscreenWatch { shared })
}

impl FullscreenSource for FullscreenWatch {
    /// Whether a fullscreen window has the focus now. If so, watches until it has not, then
    /// reports `Busy(Fullscreen, false)`; watching starts before the check so no change is lost.
    fn check_and_watch(&self) -> bool {
        let fullscreen = self.shared.watch_active();
        if !fullscreen {
            self.shared.unwatch();
        }
        fullscreen
    }
}
