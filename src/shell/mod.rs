//! The desktop shell: tray, notifications, stretch window, control socket, config and clock
//! watchers. Every asynchronous source sends one `AppEvent` to the main loop; only the main loop
//! touches state and windows.

mod accessible;
mod app;
mod home_window;
mod log;
mod menu;
mod platform;
mod presence;
mod quiet;
mod reminder;
pub mod stretch_window;
mod sync;
mod title_bar;
mod tray;
mod week_window;
mod window;

use std::sync::Arc;

pub use app::run;

use crate::ipc::{Request, Responder};

/// One thing that happened outside the main loop.
pub enum AppEvent {
    Menu(tray::MenuAction),
    Notification {
        reminder: u64,
        action: reminder::Action,
        /// xdg_activation_v1 token the server sent with the answer (Wayland), for the window.
        activation_token: Option<String>,
    },
    NotificationShown,
    /// The first-start notification reached the screen.
    Welcomed,
    NotificationFailed(String),
    /// The reminder's sound or a step cue could not be played here (no player, no sound theme).
    ChimeFailed(String),
    /// The spoken guide cannot speak (no speech service): the steps get chimes instead.
    SpeechUnavailable(String),
    /// A reminder could not be shown as a notification at all (Windows without toasts, e.g.
    /// under wine): the app reaches the user another way. Never sent on Linux.
    #[cfg_attr(target_os = "linux", allow(dead_code))]
    ReminderUnshown {
        reminder: u64,
        error: String,
    },
    Control(Request, Responder),
    ConfigChanged,
    ClockChanged,
    TrayHost {
        present: bool,
    },
    /// The XEmbed icon was docked in (or left) an X11 system tray.
    XEmbedTray {
        docked: bool,
    },
    /// A presence source observed something (idle, input again, lock, unlock).
    Presence(crate::core::presence::Fact),
    /// The user became busy (fullscreen, do-not-disturb, camera) or stopped.
    Busy(crate::core::presence::Busy, bool),
    /// A screen reader pressed a button of one of the app's windows (`accessible::Item::id`).
    Accessibility {
        window: winit::window::WindowId,
        item: u64,
    },
    /// The synced folder changed (several computers).
    Sync(crate::sync_folder::SyncFact),
    /// SIGTERM or SIGINT (Linux), the session ending (Windows): quit as `posture-break quit`
    /// does.
    #[cfg_attr(target_os = "macos", allow(dead_code))]
    Terminate(&'static str),
}

/// How background threads reach the main loop (winit's proxy, or a channel without a display).
pub type EventSink = Arc<dyn Fn(AppEvent) + Send + Sync>;
