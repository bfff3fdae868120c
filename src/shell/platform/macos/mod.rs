//! macOS (built, not yet tested on a Mac): the tray lives in the main thread's run loop, the app
//! is an `Accessory` (no Dock icon, see `app.rs`), `open` opens the config file, and the LaunchAgent
//! in `autostart::macos` starts it at login. No presence sources yet: no idle time, locks or
//! clock-change notifications (the main loop still sees wall-clock jumps when it wakes).

use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use super::common::{notifier, Guide, XEmbedTray};
use super::{NoIdle, Note, Started};
use crate::shell::EventSink;

/// The notification area is always there.
pub const TRAY_HOSTS_COME_AND_GO: bool = false;

/// AppKit wants the status item created on the main thread inside the running app.
pub const TRAY_IN_LOOP: bool = true;

/// What opens the config file (for the log).
pub const OPENER: &str = "open";

/// Notifications through mac-notification-sys hang on recent macOS unless an application is set
/// first (h4llow3En/mac-notification-sys #81): this unbundled binary borrows a bundle id.
pub fn prepare() -> anyhow::Result<()> {
    let bundle = notify_rust::get_bundle_identifier_or_default("posture-break");
    let _ = notify_rust::set_application(&bundle);
    Ok(())
}

pub fn start_sources(_idle_after: Duration, _files: Vec<PathBuf>, _sink: &EventSink) -> Started {
    Started {
        idle: Box::new(NoIdle),
        fullscreen: None,
        notes: vec![Note::Info(
            "no idle time, screen locks or config watching on macOS yet".to_string(),
        )],
    }
}

/// Calls `on_change` whenever an entry of the sync folder may have changed, or the folder went
/// or came back. One blocked thread; nothing wakes while nothing changes.
pub fn watch_folder(folder: PathBuf, on_change: impl Fn() + Send + 'static) -> std::io::Result<()> {
    let _ = (folder, on_change);
    Err(std::io::Error::other("no folder watch on macOS yet"))
}

pub fn open_file(path: &Path) -> io::Result<()> {
    let mut child = std::process::Command::new("open").arg(path).spawn()?;
    let _ = std::thread::Builder::new()
        .name("opener".into())
        .spawn(move || child.wait());
    Ok(())
}

pub fn release_freed_memory() {}

/// macOS's "Reduce motion" is not read yet.
pub fn animations_off() -> Option<bool> {
    None
}

/// Step cues are not played on macOS yet.
pub fn play_sound(_name: &'static str, _failed: impl FnOnce(String) + Send + 'static) {}

/// Whether the window system draws the app's window frames: always, here (only GNOME's Wayland
/// compositor does not).
pub fn compositor_draws_frames() -> bool {
    true
}

/// Where the person works now, for placing a window: not asked on macOS yet (the main screen).
pub fn point_in_use() -> Option<(i32, i32)> {
    None
}
