//! A camera in use (a video call): inotify on the video device nodes for opens and closes, then
//! one scan of `/proc/*/fd` for any process still holding one. Nothing runs until a device is
//! opened or closed, or a new one appears.

use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::thread;

use crate::core::presence::Busy;
use crate::shell::{AppEvent, EventSink};

/// Where the video device nodes live (`POSTURE_BREAK_DEVICE_DIR` overrides it, for tests).
fn device_dir() -> PathBuf {
    std::env::var_os("POSTURE_BREAK_DEVICE_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/dev"))
}

fn is_video(name: &std::ffi::OsStr) -> bool {
    name.as_bytes().starts_with(b"video")
}

fn add_watch(fd: &OwnedFd, path: &Path, mask: u32) {
    if let Ok(c_path) = CString::new(path.as_os_str().as_bytes()) {
        // SAFETY: a valid descriptor and a NUL-terminated path; failure only means no watch.
        unsafe { libc::inotify_add_watch(fd.as_raw_fd(), c_path.as_ptr(), mask) };
    }
}

/// Whether any process but us holds one of the video devices open.
fn in_use(dir: &Path) -> bool {
    let me = std::process::id().to_string();
    let Ok(processes) = std::fs::read_dir("/proc") else {
        return false;
    };
    processes.flatten().any(|process| {
        let name = process.file_name();
        if !name.as_bytes().iter().all(u8::is_ascii_digit) || name.as_bytes() == me.as_bytes() {
            return false;
        }
        let Ok(fds) = std::fs::read_dir(process.path().join("fd")) else {
            return false; // another user's process, or gone
        };
        fds.flatten().any(|fd| {
            std::fs::read_link(fd.path()).is_ok_and(|target| {
                target.parent() == Some(dir) && target.file_name().is_some_and(is_video)
            })
        })
    })
}

pub fn spawn(sink: EventSink) -> io::Result<()> {
    // SAFETY: a plain syscall; the result is checked before it is wrapped.
    let raw = unsafe { libc::inotify_init1(libc::IN_CLOEXEC) };
    if raw < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a fresh descriptor nothing else owns.
    let fd = unsafe { OwnedFd::from_raw_fd(raw) };
    let dir = device_dir();
    let device_events = libc::IN_OPEN | libc::IN_CLOSE_WRITE | libc::IN_CLOSE_NOWRITE;
    add_watch(&fd, &dir, libc::IN_CREATE | libc::IN_ONLYDIR);
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            if is_video(&entry.file_name()) {
                add_watch(&fd, &entry.path(), device_events);
            }
        }
    }
    thread::Builder::new()
        .name("camera-watch".into())
        .spawn(move || {
            let mut last = in_use(&dir);
            if last {
                sink(AppEvent::Busy(Busy::Camera, true));
            }
            let mut buffer = vec![0u64; 4096 / 8];
            loop {
                // SAFETY: reading into a buffer of exactly the length passed.
                let n = unsafe {
                    libc::read(fd.as_raw_fd(), buffer.as_mut_ptr().cast(), buffer.len() * 8)
                };
                if n < 0 {
                    if io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                        continue;
                    }
                    return;
                }
                // A new device: watch it too (its creation event names it).
                if let Ok(entries) = std::fs::read_dir(&dir) {
                    for entry in entries.flatten() {
                        if is_video(&entry.file_name()) {
                            add_watch(&fd, &entry.path(), device_events);
                        }
                    }
                }
                let now = in_use(&dir);
                if now != last {
                    last = now;
                    sink(AppEvent::Busy(Busy::Camera, now));
                }
            }
        })?;
    Ok(())
}
