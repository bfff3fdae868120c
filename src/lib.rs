//! posture-break: a tray app that offers a one-minute guided stretch every 45 minutes.
//!
//! `core` is pure (time and file contents are inputs); everything else touches the OS.

pub mod autostart;
pub mod cli;
pub mod core;
pub mod files;
pub mod instance;
pub mod ipc;
pub mod language;
pub mod paint;
#[cfg(any(target_os = "linux", windows, target_os = "macos"))]
pub mod shell;
pub mod store;
pub mod sync_folder;
