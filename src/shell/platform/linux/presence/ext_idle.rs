//! Wayland idle time: `ext-idle-notify-v1` (KDE Plasma 6 and 5.27, sway 1.8+, Hyprland, niri,
//! labwc). One notification object with the `idle_after` timeout: the compositor sends `idled`
//! once the seat has had no input for that long and `resumed` at the next input. Version 2's
//! input-idle notification is used when offered: it ignores idle inhibitors, so a video player
//! that keeps the screen on does not hide that nobody touched the keyboard.
//!
//! Our own connection; one thread dispatches it, blocked on the socket: the compositor wakes it
//! only at those two moments.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::Duration;

use chrono::{TimeDelta, Utc};
use wayland_client::globals::{registry_queue_init, GlobalListContents};
use wayland_client::protocol::{wl_registry, wl_seat};
use wayland_client::{Connection, Dispatch, Proxy, QueueHandle};
use wayland_protocols::ext::idle_notify::v1::client::ext_idle_notification_v1::{
    self as notification, ExtIdleNotificationV1 as Notification,
};
use wayland_protocols::ext::idle_notify::v1::client::ext_idle_notifier_v1::ExtIdleNotifierV1 as Notifier;

use crate::core::presence::Fact;
use crate::shell::platform::IdleSource;
use crate::shell::{AppEvent, EventSink};

struct Watch {
    notifier: Notifier,
    seat: wl_seat::WlSeat,
    current: Option<Notification>,
    timeout_ms: u32,
    /// `idled` seen and no `resumed` since.
    away: bool,
    /// A new timeout that waits for `resumed`: replacing the object while away would report the
    /// absence again, with a later start.
    pending_ms: Option<u32>,
}

impl Watch {
    fn renew(&mut self, qh: &QueueHandle<State>, timeout_ms: u32) {
        if let Some(old) = self.current.take() {
            old.destroy();
        }
        let new = if self.notifier.version() >= 2 {
            self.notifier
                .get_input_idle_notification(timeout_ms, &self.seat, qh, ())
        } else {
            self.notifier
                .get_idle_notification(timeout_ms, &self.seat, qh, ())
        };
        self.current = Some(new);
        self.timeout_ms = timeout_ms;
    }
}

struct State {
    watch: Arc<Mutex<Watch>>,
    sink: EventSink,
}

fn lock(watch: &Mutex<Watch>) -> MutexGuard<'_, Watch> {
    watch.lock().unwrap_or_else(PoisonError::into_inner)
}

pub struct IdleWatch {
    connection: Connection,
    queue: QueueHandle<State>,
    watch: Arc<Mutex<Watch>>,
}

fn as_ms(duration: Duration) -> u32 {
    duration.as_millis().clamp(1, u128::from(u32::MAX)) as u32
}

/// Connects to the compositor; an error when it does not offer ext-idle-notify-v1.
pub fn start(idle_after: Duration, sink: EventSink) -> Result<IdleWatch, String> {
    let connection = Connection::connect_to_env().map_err(|e| e.to_string())?;
    let (globals, mut queue) =
        registry_queue_init::<State>(&connection).map_err(|e| e.to_string())?;
    let qh = queue.handle();
    let notifier: Notifier = globals
        .bind(&qh, 1..=2, ())
        .map_err(|_| "the compositor has no ext_idle_notifier_v1".to_string())?;
    let seat: wl_seat::WlSeat = globals
        .bind(&qh, 1..=1, ())
        .map_err(|_| "the compositor has no wl_seat".to_string())?;
    let watch = Arc::new(Mutex::new(Watch {
        notifier,
        seat,
        current: None,
        timeout_ms: 0,
        away: false,
        pending_ms: None,
    }));
    lock(&watch).renew(&qh, as_ms(idle_after));
    connection.flush().map_err(|e| e.to_string())?;
    let mut state = State {
        watch: Arc::clone(&watch),
        sink,
    };
    thread::Builder::new()
        .name("ext-idle".into())
        .spawn(move || {
            // Ends with the connection: no more idle facts then.
            while queue.blocking_dispatch(&mut state).is_ok() {}
        })
        .map_err(|e| e.to_string())?;
    Ok(IdleWatch {
        connection,
        queue: qh,
        watch,
    })
}

impl IdleSource for IdleWatch {
    fn name(&self) -> &'static str {
        "ext-idle-notify"
    }

    fn set_idle_after(&self, idle_after: Duration) {
        let ms = as_ms(idle_after);
        let mut watch = lock(&self.watch);
        if watch.timeout_ms == ms && watch.pending_ms.is_none() {
            return;
        }
        if watch.away {
            watch.pending_ms = Some(ms);
            return;
        }
        watch.renew(&self.queue, ms);
        drop(watch);
        let _ = self.connection.flush();
    }
}

impl Dispatch<Notification, ()> for State {
    fn event(
        state: &mut Self,
        proxy: &Notification,
        event: notification::Event,
        _: &(),
        _: &Connection,
        qh: &QueueHandle<Self>,
    ) {
        let mut watch = lock(&state.watch);
        // Late events of an object we replaced.
        if watch.current.as_ref() != Some(proxy) {
            return;
        }
        match event {
            notification::Event::Idled => {
                watch.away = true;
                let since = Utc::now() - TimeDelta::milliseconds(i64::from(watch.timeout_ms));
                drop(watch);
                (state.sink)(AppEvent::Presence(Fact::Idle { since }));
            }
            notification::Event::Resumed => {
                watch.away = false;
                if let Some(ms) = watch.pending_ms.take() {
                    watch.renew(qh, ms);
                }
                drop(watch);
                (state.sink)(AppEvent::Presence(Fact::Active));
            }
            _ => {}
        }
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

impl Dispatch<Notifier, ()> for State {
    fn event(
        _: &mut Self,
        _: &Notifier,
        _: <Notifier as Proxy>::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<wl_seat::WlSeat, ()> for State {
    fn event(
        _: &mut Self,
        _: &wl_seat::WlSeat,
        _: wl_seat::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}
