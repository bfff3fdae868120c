//! Presence sources. Each reports facts with their times as `AppEvent::Presence` ("no input since
//! 10:02", "input again", "locked at 10:03"); `core::presence` and the scheduler decide what
//! they mean. Every source is event-driven: the display server or the desktop tells us when the
//! user goes idle and when they come back, so nothing wakes in between.

pub mod camera;
pub mod dnd;
pub mod ext_idle;
pub mod fullscreen;
pub mod mutter;
pub mod screensaver;
pub mod wlr_fullscreen;
pub mod xsync;

use std::time::Duration;

use crate::shell::platform::{FullscreenSource, IdleSource, NoIdle};
use crate::shell::EventSink;

/// Picks the source for this session: GNOME's IdleMonitor when Mutter offers it (Wayland and
/// X11; mutter has no ext-idle-notify), ext-idle-notify-v1 on other Wayland compositors, XSync's
/// IDLETIME on X11 sessions (never under XWayland, where it only sees X clients' input), else
/// none. Returns the source and, for the log, why it was chosen.
pub fn start(
    idle_after: Duration,
    bus: Option<&zbus::blocking::Connection>,
    sink: EventSink,
) -> (Box<dyn IdleSource>, String) {
    let set = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    if let Some(bus) = bus {
        if mutter::available(bus) {
            return match mutter::start(bus.clone(), idle_after, sink) {
                Ok(watch) => (
                    Box::new(watch),
                    "idle time from GNOME's org.gnome.Mutter.IdleMonitor".to_string(),
                ),
                Err(err) => (
                    Box::new(NoIdle),
                    format!("cannot use org.gnome.Mutter.IdleMonitor ({err}); time away counts only screen locks and suspends"),
                ),
            };
        }
    }
    if set("WAYLAND_DISPLAY") {
        return match ext_idle::start(idle_after, sink) {
            Ok(watch) => (
                Box::new(watch),
                "idle time from the compositor's ext-idle-notify-v1".to_string(),
            ),
            Err(err) => (
                Box::new(NoIdle),
                format!("no idle source for this Wayland session ({err}); time away counts only screen locks and suspends"),
            ),
        };
    }
    if !set("DISPLAY") {
        return (
            Box::new(NoIdle),
            "no display, so no idle time; time away counts only screen locks and suspends"
                .to_string(),
        );
    }
    match xsync::start(idle_after, sink) {
        Ok(watch) => (
            Box::new(watch),
            "idle time from the X server's XSync IDLETIME counter".to_string(),
        ),
        Err(err) => (
            Box::new(NoIdle),
            format!("cannot use XSync's IDLETIME counter ({err}); time away counts only screen locks and suspends"),
        ),
    }
}

/// Starts the busy sources (do-not-disturb, camera, fullscreen); each says why if it cannot.
pub fn start_busy_sources(
    bus: Option<&zbus::blocking::Connection>,
    sink: &EventSink,
) -> (Option<Box<dyn FullscreenSource>>, Vec<String>) {
    let mut notes = Vec::new();
    match bus {
        Some(bus) => dnd::spawn(bus.clone(), std::sync::Arc::clone(sink)),
        None => notes.push("no session bus: do-not-disturb is not followed".to_string()),
    }
    if let Err(err) = camera::spawn(std::sync::Arc::clone(sink)) {
        notes.push(format!("cannot watch the cameras ({err})"));
    }
    let set = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    let fullscreen: Option<Box<dyn FullscreenSource>> = if set("WAYLAND_DISPLAY") {
        // GNOME and KDE keep their window lists to themselves; wlroots compositors share them.
        match wlr_fullscreen::start(std::sync::Arc::clone(sink)) {
            Ok(watch) => Some(Box::new(watch)),
            Err(err) => {
                notes.push(format!(
                    "fullscreen windows are not followed in this Wayland session ({err})"
                ));
                None
            }
        }
    } else if set("DISPLAY") {
        match fullscreen::start(std::sync::Arc::clone(sink)) {
            Ok(watch) => Some(Box::new(watch)),
            Err(err) => {
                notes.push(format!("cannot follow fullscreen windows ({err})"));
                None
            }
        }
    } else {
        notes.push("no display: fullscreen windows are not followed".to_string());
        None
    };
    (fullscreen, notes)
}
