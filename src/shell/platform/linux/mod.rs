//! Linux: X11/Wayland sessions with a session bus. Presence from XSync or GNOME's IdleMonitor,
//! the screensaver's lock signal, do-not-disturb, cameras and fullscreen windows; timerfd for
//! clock jumps; sigwait for SIGTERM; inotify for the config files; notifications over
//! org.freedesktop.Notifications, and the reminder's sound played here where the server does not
//! (`chime`); the XEmbed tray icon for panels without a
//! StatusNotifierWatcher.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

mod chime;
mod clock_watch;
mod config_watch;
pub mod notifier;
mod presence;
mod signals;
mod speech;
mod xembed_tray;

pub use speech::Guide;
pub use xembed_tray::XEmbedTray;

use self::presence::screensaver;
use super::{Note, Started};
use crate::shell::{tray, AppEvent, EventSink};

/// Tray hosts come and go on the session bus (a panel restarts, GNOME has none): the app
/// hears whether one is there after it starts.
pub const TRAY_HOSTS_COME_AND_GO: bool = true;

/// The StatusNotifierItem is a D-Bus object; it needs no event loop to be created.
pub const TRAY_IN_LOOP: bool = false;

/// What opens the config file (for the log).
pub const OPENER: &str = "xdg-open";

/// Tunes the allocator and blocks SIGTERM/SIGINT, before any other thread exists so that every
/// thread inherits the mask.
pub fn prepare() -> anyhow::Result<()> {
    use anyhow::Context;
    tune_allocator();
    signals::block_termination().context("cannot set up SIGTERM handling")
}

/// Starts every event source of the session. `files` are the config files to watch.
pub fn start_sources(idle_after: Duration, files: Vec<PathBuf>, sink: &EventSink) -> Started {
    let mut notes = Vec::new();
    let bus = match zbus::blocking::Connection::session() {
        Ok(bus) => {
            tray::watch_host(bus.clone(), Arc::clone(sink));
            screensaver::spawn(bus.clone(), Arc::clone(sink));
            Some(bus)
        }
        Err(err) => {
            notes.push(Note::Warn(format!(
                "no session bus ({err}): no StatusNotifierItem tray (an XEmbed system tray still works), no notifications; the control socket still works"
            )));
            None
        }
    };
    let (idle, why) = presence::start(idle_after, bus.as_ref(), Arc::clone(sink));
    notes.push(Note::Info(why));
    let (fullscreen, busy_notes) = presence::start_busy_sources(bus.as_ref(), sink);
    notes.extend(busy_notes.into_iter().map(Note::Info));
    {
        let sink = Arc::clone(sink);
        if let Err(err) = clock_watch::spawn(move || sink(AppEvent::ClockChanged)) {
            notes.push(Note::Warn(format!("cannot watch for clock changes: {err}")));
        }
    }
    {
        let sink = Arc::clone(sink);
        if let Err(err) = signals::spawn(move |signal| sink(AppEvent::Terminate(signal))) {
            notes.push(Note::Warn(format!("cannot watch for SIGTERM: {err}")));
        }
    }
    {
        let sink = Arc::clone(sink);
        let top = config_watch::config_home()
            .or_else(|| files.first().and_then(|f| f.parent()).map(PathBuf::from))
            .unwrap_or_default();
        if let Err(err) = config_watch::spawn(files, top, move || sink(AppEvent::ConfigChanged)) {
            notes.push(Note::Warn(format!(
                "cannot watch the config file, edits apply after a restart: {err}"
            )));
        }
    }
    Started {
        idle,
        fullscreen,
        notes,
        bus,
    }
}

/// Calls `on_change` whenever an entry of the sync folder may have changed, or the folder went
/// or came back. One blocked thread; nothing wakes while nothing changes.
pub fn watch_folder(folder: PathBuf, on_change: impl Fn() + Send + 'static) -> std::io::Result<()> {
    config_watch::spawn_folder(folder, on_change)
}

/// Opens `path` with xdg-open; the opener is reaped in the background so it leaves no zombie.
pub fn open_file(path: &Path) -> std::io::Result<()> {
    let mut opener = std::process::Command::new("xdg-open");
    opener.arg(path);
    signals::unblock_in_child(&mut opener);
    let mut child = opener.spawn()?;
    let _ = std::thread::Builder::new()
        .name("opener".into())
        .spawn(move || child.wait());
    Ok(())
}

/// Whether the desktop asks for fewer animations: GNOME's (and GNOME-based desktops')
/// `org.gnome.desktop.interface enable-animations`, read with `gsettings` when a stretch
/// starts; `None` where it cannot be read (no gsettings, no schema).
pub fn animations_off() -> Option<bool> {
    let mut gsettings = std::process::Command::new("gsettings");
    gsettings
        .args(["get", "org.gnome.desktop.interface", "enable-animations"])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    signals::unblock_in_child(&mut gsettings);
    let out = gsettings.output().ok().filter(|out| out.status.success())?;
    match String::from_utf8_lossy(&out.stdout).trim() {
        "false" => Some(true),
        "true" => Some(false),
        _ => None,
    }
}

/// Plays the sound theme's `name` in the background (a short-lived thread runs the player);
/// `failed` hears why it could not.
pub fn play_sound(name: &'static str, failed: impl FnOnce(String) + Send + 'static) {
    chime::play(name, failed);
}

/// Gives memory freed by a closed window back to the OS (glibc keeps it otherwise), and lets the
/// kernel reclaim the code pages the window touched.
pub fn release_freed_memory() {
    // SAFETY: malloc_trim only walks the allocator's own free lists.
    unsafe {
        libc::malloc_trim(0);
    }
    page_out_own_code();
}

/// The window's code (winit, softbuffer, tiny-skia, cosmic-text) stays mapped after it closes but
/// is not needed for another interval, nor are the read-only data start-up and the windows read
/// (the catalog's text, fonts, tables, and the pages the kernel mapped around them).
/// MADV_PAGEOUT tells the kernel it may reclaim these clean, file-backed pages now; whatever
/// runs next faults them back in from the page cache. Kernels before 5.4 answer EINVAL, which
/// changes nothing.
fn page_out_own_code() {
    const MADV_PAGEOUT: libc::c_int = 21;
    let (Ok(exe), Ok(maps)) = (
        std::fs::read_link("/proc/self/exe"),
        std::fs::read_to_string("/proc/self/maps"),
    ) else {
        return;
    };
    for line in maps.lines() {
        // address perms offset dev inode path
        let fields: Vec<&str> = line.splitn(6, ' ').collect();
        let [range, perms, _, _, _, path] = fields[..] else {
            continue;
        };
        let clean = perms == "r-xp" || perms == "r--p";
        if !clean || std::path::Path::new(path.trim_start()) != exe {
            continue;
        }
        let Some((start, end)) = range.split_once('-') else {
            continue;
        };
        let (Ok(start), Ok(end)) = (
            usize::from_str_radix(start, 16),
            usize::from_str_radix(end, 16),
        ) else {
            continue;
        };
        // SAFETY: an advisory call on our own executable mapping; it never changes its contents.
        unsafe {
            libc::madvise(
                start as *mut libc::c_void,
                end.saturating_sub(start),
                MADV_PAGEOUT,
            );
        }
    }
}

/// Keep the idle footprint small: large buffers (window surfaces, fonts) go straight to mmap and
/// back to the OS on free, and threads share a couple of arenas instead of one each.
fn tune_allocator() {
    // SAFETY: mallopt only sets allocator parameters; called before other threads start.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Whether the Wayland compositor draws window frames itself: it offers xdg-decoration (KDE,
/// sway, most wlroots compositors); GNOME does not, and then the app draws its own title bar.
/// Asked when a window opens, on a short connection of its own; true when it cannot be known.
pub fn compositor_draws_frames() -> bool {
    use wayland_client::globals::{registry_queue_init, GlobalListContents};
    use wayland_client::protocol::wl_registry;
    use wayland_client::{Connection, Dispatch, QueueHandle};

    struct Globals;
    impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for Globals {
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
    let Ok(connection) = Connection::connect_to_env() else {
        return true;
    };
    let Ok((globals, _queue)) = registry_queue_init::<Globals>(&connection) else {
        return true;
    };
    globals.contents().with_list(|list| {
        list.iter()
            .any(|global| global.interface == "zxdg_decoration_manager_v1")
    })
}

/// Where the person works now, for placing a window: the pointer, on X11. Wayland compositors
/// place windows themselves, and a Wayland client cannot see the pointer outside its windows.
pub fn point_in_use() -> Option<(i32, i32)> {
    use x11rb::connection::Connection;
    use x11rb::protocol::xproto::ConnectionExt;
    if std::env::var_os("WAYLAND_DISPLAY").is_some() && std::env::var_os("DISPLAY").is_none() {
        return None;
    }
    let (connection, screen) = x11rb::connect(None).ok()?;
    let root = connection.setup().roots.get(screen)?.root;
    let pointer = connection.query_pointer(root).ok()?.reply().ok()?;
    Some((i32::from(pointer.root_x), i32::from(pointer.root_y)))
}
