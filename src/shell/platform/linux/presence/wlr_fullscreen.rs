//! A fullscreen window with the focus on wlroots compositors (sway, Hyprland, labwc, river...)
//! through wlr-foreign-toplevel-management: each toplevel's `state` says `activated` and
//! `fullscreen`. Like the X11 module, read on demand when a reminder comes due: the manager is
//! bound only then (binding sends every toplevel's state at once), and kept only while it holds a
//! reminder, since a bound manager hears every title change of every window. When no focused
//! fullscreen window is left it reports `Busy(Fullscreen, false)` and unbinds again.
//!
//! One connection of our own; one thread dispatches its queue, blocked on the socket, so an idle
//! session costs nothing.

use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use wayland_client::backend::ObjectId;
use wayland_client::globals::{registry_queue_init, GlobalList, GlobalListContents};
use wayland_client::protocol::{wl_callback, wl_display, wl_registry};
use wayland_client::{event_created_child, Connection, Dispatch, Proxy, QueueHandle};
use wayland_protocols_wlr::foreign_toplevel::v1::client::zwlr_foreign_toplevel_handle_v1::{
    self as handle, ZwlrForeignToplevelHandleV1 as Handle,
};
use wayland_protocols_wlr::foreign_toplevel::v1::client::zwlr_foreign_toplevel_manager_v1::{
    self as manager, ZwlrForeignToplevelManagerV1 as Manager,
};

use crate::core::presence::Busy;
use crate::shell::platform::FullscreenSource;
use crate::shell::{AppEvent, EventSink};

/// How long a check waits for the compositor's answer before saying "not fullscreen".
const ANSWER_TIMEOUT: Duration = Duration::from_secs(1);

#[derive(Default)]
struct Status {
    /// Bound while a check runs or while fullscreen holds a reminder.
    manager: Option<Manager>,
    /// Whether a toplevel is `activated` and `fullscreen` now (as of its last `done`).
    fullscreen: bool,
    /// Holding: report the end of fullscreen, then unbind.
    watching: bool,
    synced: u64,
    sync_sent: u64,
}

struct Shared {
    status: Mutex<Status>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Status> {
        self.status.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[derive(Default, Clone, Copy)]
struct Flags {
    activated: bool,
    fullscreen: bool,
}

/// Owned by the dispatching thread.
struct State {
    shared: Arc<Shared>,
    sink: EventSink,
    toplevels: HashMap<ObjectId, (Handle, Flags, Flags)>,
}

impl State {
    /// After a toplevel's state changed or it closed: is a focused fullscreen window left?
    fn update(&mut self) {
        let now = self
            .toplevels
            .values()
            .any(|(_, _, current)| current.activated && current.fullscreen);
        let mut status = self.shared.lock();
        status.fullscreen = now;
        if status.watching && !now {
            status.watching = false;
            if let Some(manager) = status.manager.take() {
                manager.stop();
            }
            drop(status);
            (self.sink)(AppEvent::Busy(Busy::Fullscreen, false));
        }
    }
}

pub struct FullscreenWatch {
    connection: Connection,
    globals: GlobalList,
    queue: QueueHandle<State>,
    display: wl_display::WlDisplay,
    shared: Arc<Shared>,
}

/// Connects to the compositor; an error when it does not offer the protocol.
pub fn start(sink: EventSink) -> Result<FullscreenWatch, String> {
    let connection = Connection::connect_to_env().map_err(|e| e.to_string())?;
    let (globals, mut queue) =
        registry_queue_init::<State>(&connection).map_err(|e| e.to_string())?;
    let offered = globals.contents().with_list(|list| {
        list.iter()
            .any(|g| g.interface == Manager::interface().name)
    });
    if !offered {
        return Err("the compositor has no zwlr_foreign_toplevel_manager_v1".into());
    }
    let shared = Arc::new(Shared {
        status: Mutex::new(Status::default()),
        changed: Condvar::new(),
    });
    let mut state = State {
        shared: Arc::clone(&shared),
        sink,
        toplevels: HashMap::new(),
    };
    let qh = queue.handle();
    thread::Builder::new()
        .name("wlr-fullscreen".into())
        .spawn(move || {
            // Ends with the connection: no more fullscreen checks then (they answer false).
            while queue.blocking_dispatch(&mut state).is_ok() {}
        })
        .map_err(|e| e.to_string())?;
    Ok(FullscreenWatch {
        display: connection.display(),
        connection,
        globals,
        queue: qh,
        shared,
    })
}

impl FullscreenSource for FullscreenWatch {
    /// Whether a fullscreen window has the focus now. If so, watches until it has not, then
    /// reports `Busy(Fullscreen, false)`.
    fn check_and_watch(&self) -> bool {
        let mut status = self.shared.lock();
        if status.manager.is_none() {
            match self.globals.bind::<Manager, _, _>(&self.queue, 1..=3, ()) {
                Ok(manager) => status.manager = Some(manager),
                Err(_) => return false,
            }
        }
        status.sync_sent += 1;
        let target = status.sync_sent;
        self.display.sync(&self.queue, target);
        if self.connection.flush().is_err() {
            return false;
        }
        // The compositor sends every toplevel's state on bind, before answering the sync.
        let deadline = Instant::now() + ANSWER_TIMEOUT;
        while status.synced < target {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            status = self
                .shared
                .changed
                .wait_timeout(status, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        let on = status.synced >= target && status.fullscreen;
        status.watching = on;
        if !on {
            if let Some(manager) = status.manager.take() {
                manager.stop();
                let _ = self.connection.flush();
            }
        }
        on
    }
}

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for State {
    fn event(
        _: &mut Self,
        _: &wl_registry::WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<wl_callback::WlCallback, u64> for State {
    fn event(
        state: &mut Self,
        _: &wl_callback::WlCallback,
        event: wl_callback::Event,
        target: &u64,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        if let wl_callback::Event::Done { .. } = event {
            let mut status = state.shared.lock();
            status.synced = status.synced.max(*target);
            state.shared.changed.notify_all();
        }
    }
}

impl Dispatch<Manager, ()> for State {
    fn event(
        state: &mut Self,
        _: &Manager,
        event: manager::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            manager::Event::Toplevel { toplevel } => {
                state.toplevels.insert(
                    toplevel.id(),
                    (toplevel, Flags::default(), Flags::default()),
                );
            }
            // After `stop`: the compositor forgets this manager; our handles go with it.
            manager::Event::Finished => {
                for (_, (handle, ..)) in state.toplevels.drain() {
                    handle.destroy();
                }
            }
            _ => {}
        }
    }

    event_created_child!(State, Manager, [
        manager::EVT_TOPLEVEL_OPCODE => (Handle, ()),
    ]);
}

impl Dispatch<Handle, ()> for State {
    fn event(
        state: &mut Self,
        proxy: &Handle,
        event: handle::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        let id = proxy.id();
        match event {
            handle::Event::State { state: raw } => {
                if let Some((_, pending, _)) = state.toplevels.get_mut(&id) {
                    let states: Vec<u32> = raw
                        .chunks_exact(4)
                        .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
                        .collect();
                    let has = |s: handle::State| states.contains(&(s as u32));
                    *pending = Flags {
                        activated: has(handle::State::Activated),
                        fullscreen: has(handle::State::Fullscreen),
                    };
                }
            }
            handle::Event::Done => {
                if let Some((_, pending, current)) = state.toplevels.get_mut(&id) {
                    *current = *pending;
                }
                state.update();
            }
            handle::Event::Closed => {
                if let Some((handle, ..)) = state.toplevels.remove(&id) {
                    handle.destroy();
                }
                state.update();
            }
            _ => {}
        }
    }
}
