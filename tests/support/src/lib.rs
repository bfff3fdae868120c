//! The end-to-end harness, one module per thing a test drives: sandboxes (private XDG dirs), the
//! app under test, processes, private buses and what crosses them, notification daemons, the tray
//! menu over dbusmenu, X11 windows and screenshots, mutter, sway. Shared by the test files that
//! state behaviour (`tests/desktop.rs`, `tests/config_watch.rs`, ...).
//!
//! A crate of its own (a dev-dependency) rather than `mod support;` in every test binary: each
//! binary uses a different part of it, and as a library its `pub` items are not dead code there.
#![cfg(target_os = "linux")]

use std::time::Duration;

pub mod app;
pub mod atspi;
pub mod bus;
pub mod bus_monitor;
pub mod env;
pub mod gnome;
pub mod gvariant;
pub mod mutter;
pub mod notifications;
pub mod processes;
pub mod sandbox;
pub mod sound;
pub mod sway;
pub mod sync;
pub mod syncthing;
pub mod time;
pub mod tray;
pub mod x11;
pub mod xembed;

pub use app::*;
pub use bus::*;
pub use bus_monitor::*;
pub use env::*;
pub use gvariant::*;
pub use mutter::*;
pub use notifications::*;
pub use processes::*;
pub use sandbox::*;
pub use sound::*;
pub use time::*;
pub use tray::*;
pub use x11::*;
pub use xembed::*;

/// How often waiting loops look again.
pub const POLL: Duration = Duration::from_millis(50);
/// Longest a CLI call may take.
pub const CLI_TIMEOUT: Duration = Duration::from_secs(10);
/// From spawning the app to its control socket answering.
pub const APP_START: Duration = Duration::from_secs(15);
