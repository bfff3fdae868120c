//! Everything that differs between operating systems, one directory per platform chosen by cfg
//! (as tray-icon's `platform_impl/` does): `linux/`, `windows/`, `macos/`, and `common/` for what
//! Windows and macOS share. The rest of the shell sees only this interface:
//!
//! - `TRAY_IN_LOOP`: whether the tray icon must be created inside the running event loop
//!   (Windows and macOS: at `StartCause::Init`, on the main thread) or may be created before it
//!   (Linux: the StatusNotifierItem lives on the session bus, not in the loop).
//! - `OPENER`: what opens the config file (for the log).
//! - `prepare()`: first thing on the main thread, before any other thread starts.
//! - `start_sources()`: the OS's event sources (presence, session lock, suspend/resume, clock
//!   changes, termination, the config watcher); each sends `AppEvent`s through the sink and
//!   nothing wakes while nothing happens. It returns `Started`: the idle source, the fullscreen
//!   watch and notes for the log.
//! - `open_file()`: opens the config file in the user's editor.
//! - `release_freed_memory()`: gives memory back after the stretch window closes.
//! - `play_sound()`: a sound theme's sound, for the stretch's step cues (Linux; a no-op
//!   elsewhere for now).
//! - `compositor_draws_frames()`: whether a Wayland compositor decorates windows (xdg-decoration);
//!   where it does not (GNOME), the app draws its own title bar.
//! - `point_in_use()`: where the person works (the pointer on X11, the foreground window's
//!   monitor on Windows), so a window opens on that monitor.
//! - `TRAY_HOSTS_COME_AND_GO`: whether the app learns only after starting that a tray shows it
//!   (Linux), so the first start's welcome waits for that.
//! - `animations_off()`: whether the desktop asks for fewer animations (the figure then stands
//!   still in each step's pose), read when a stretch starts.
//! - `Guide`: the spoken guide of one stretch (speech-dispatcher on Linux; elsewhere it says
//!   at once that it cannot speak, and the cues fall back to the chimes).
//! - `notifier`: reminders and messages as the desktop's notifications (`Notifier`).
//! - `IdleSource`: where idle time comes from (a trait, one implementation per source, as KDE's
//!   KIdleTime has one poller interface with a plugin per platform); `NoIdle` when there is none.
//! - `FullscreenSource`: whether a fullscreen window has the focus, asked when a reminder is
//!   due (a trait too: X11, wlroots, Windows).
//! - `XEmbedTray`: the tray icon for X11 panels that speak only XEmbed (a stand-in elsewhere).
//! - Windows only: `forward_clicks`, `gray_item`, `open_menu_without_icon_rect` for the
//!   notification-area menu.

mod presence;
pub use presence::{FullscreenSource, IdleSource, NoIdle};

#[cfg(not(target_os = "linux"))]
mod common;

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
pub use linux::*;

#[cfg(windows)]
mod windows;
#[cfg(windows)]
pub use windows::*;

#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
pub use macos::*;

/// A line for the app's log from starting the sources.
pub enum Note {
    Info(String),
    #[cfg_attr(target_os = "macos", allow(dead_code))]
    Warn(String),
}

/// The on-demand sources the app keeps, and what starting them had to say.
pub struct Started {
    pub idle: Box<dyn IdleSource>,
    pub fullscreen: Option<Box<dyn FullscreenSource>>,
    pub notes: Vec<Note>,
    /// The session bus the sources use (the notifier sends reminders on it too).
    #[cfg(target_os = "linux")]
    pub bus: Option<zbus::blocking::Connection>,
}
