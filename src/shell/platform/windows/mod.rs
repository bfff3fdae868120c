//! Windows: the session's events come to a hidden top-level window on its own thread (blocked in
//! `GetMessageW`): lock and unlock (`WTSRegisterSessionNotification`), suspend and resume
//! (`WM_POWERBROADCAST`), clock changes (`WM_TIMECHANGE`) and the session ending
//! (`WM_ENDSESSION`). The config directory is watched with `ReadDirectoryChangesW` on another
//! blocked thread (`config_watch`). Fullscreen is read on demand
//! (`SHQueryUserNotificationState`), idle time from `GetLastInputInfo` (`last_input`), the
//! notification-area menu in `tray_menu`, toasts in `common::notifier`. Nothing wakes while
//! nothing happens.

use std::cell::Cell;
use std::ffi::OsStr;
use std::io;
use std::os::windows::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::ptr::{null, null_mut};
use std::sync::atomic::Ordering;
use std::sync::{Arc, OnceLock};
use std::thread;
use std::time::Duration;

use chrono::Utc;
use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::System::RemoteDesktop::{
    WTSRegisterSessionNotification, NOTIFY_FOR_THIS_SESSION,
};
use windows_sys::Win32::System::Threading::{GetCurrentProcess, SetProcessWorkingSetSize};
use windows_sys::Win32::UI::Shell::{
    SHQueryUserNotificationState, SetCurrentProcessExplicitAppUserModelID, ShellExecuteW,
    QUNS_BUSY, QUNS_PRESENTATION_MODE, QUNS_RUNNING_D3D_FULL_SCREEN,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CreateWindowExW, DefWindowProcW, DispatchMessageW, GetMessageW, RegisterClassW, MSG,
    PBT_APMRESUMEAUTOMATIC, PBT_APMRESUMESUSPEND, PBT_APMSUSPEND, SW_SHOWNORMAL, WM_ENDSESSION,
    WM_POWERBROADCAST, WM_TIMECHANGE, WM_WTSSESSION_CHANGE, WNDCLASSW, WS_OVERLAPPED,
    WTS_SESSION_LOCK, WTS_SESSION_UNLOCK,
};

mod config_watch;
mod last_input;
mod speech;
mod tray_menu;
pub use tray_menu::{forward_clicks, gray_item, open_menu_without_icon_rect};

use self::last_input::{
    arm_hooks, disarm_hooks, LastInput, SESSION_WINDOW, WM_ARM_RETURN_HOOK, WM_DISARM_RETURN_HOOK,
};
pub use self::speech::Guide;
pub use super::common::{notifier, XEmbedTray};
use super::{FullscreenSource, IdleSource, NoIdle, Note, Started};
use crate::core::presence::Fact;
use crate::shell::{AppEvent, EventSink};

/// The notification area is always there.
pub const TRAY_HOSTS_COME_AND_GO: bool = false;

/// Windows wants the notification-area icon created on the thread that runs the event loop.
pub const TRAY_IN_LOOP: bool = true;

/// What opens the config file (for the log).
pub const OPENER: &str = "its associated program";

fn wide(text: &OsStr) -> Vec<u16> {
    text.encode_wide().chain(Some(0)).collect()
}

/// Shows toasts and groups the taskbar under our AppUserModelID (the Start-menu shortcut
/// carries the same one).
pub fn prepare() -> anyhow::Result<()> {
    let id = wide(OsStr::new(notifier::APP_ID));
    // SAFETY: a NUL-terminated string; failure only loses the grouping, so it is ignored.
    unsafe { SetCurrentProcessExplicitAppUserModelID(id.as_ptr()) };
    Ok(())
}

pub fn start_sources(idle_after: Duration, files: Vec<PathBuf>, sink: &EventSink) -> Started {
    stamp_shortcut_in_background();
    let mut notes = Vec::new();
    let idle: Box<dyn IdleSource> = match spawn_session_window(Arc::clone(sink)) {
        Ok(()) => {
            notes.push(Note::Info(
                "idle time from GetLastInputInfo when a reminder is due and at the idle deadline; the return from a one-shot input hook"
                    .to_string(),
            ));
            Box::new(LastInput::new(idle_after))
        }
        Err(err) => {
            notes.push(Note::Warn(format!(
                "cannot follow screen locks, suspend, clock changes and idle time: {err}"
            )));
            Box::new(NoIdle)
        }
    };
    {
        let sink = Arc::clone(sink);
        if let Err(err) = config_watch::spawn(files, move || sink(AppEvent::ConfigChanged)) {
            notes.push(Note::Warn(format!(
                "cannot watch the config file, edits apply after a restart: {err}"
            )));
        }
    }
    Started {
        idle,
        fullscreen: Some(Box::new(FullscreenWatch)),
        notes,
    }
}

/// Calls `on_change` whenever an entry of the sync folder may have changed, or the folder went
/// or came back. One blocked thread; nothing wakes while nothing changes.
pub fn watch_folder(folder: PathBuf, on_change: impl Fn() + Send + 'static) -> std::io::Result<()> {
    config_watch::spawn_folder(folder, on_change)
}

/// Opens `path` with its associated program, or Notepad when .toml has none.
pub fn open_file(path: &Path) -> io::Result<()> {
    let verb = wide(OsStr::new("open"));
    let file = wide(path.as_os_str());
    // SAFETY: NUL-terminated strings; no window handle needed.
    let result = unsafe {
        ShellExecuteW(
            null_mut(),
            verb.as_ptr(),
            file.as_ptr(),
            null(),
            null(),
            SW_SHOWNORMAL,
        )
    };
    // Values above 32 mean success (a legacy HINSTANCE).
    if result as usize > 32 {
        return Ok(());
    }
    let mut child = std::process::Command::new("notepad.exe")
        .arg(path)
        .spawn()?;
    let _ = thread::Builder::new()
        .name("opener".into())
        .spawn(move || child.wait());
    Ok(())
}

/// Whether "Show animations in Windows" is off (SPI_GETCLIENTAREAANIMATION).
pub fn animations_off() -> Option<bool> {
    use windows_sys::Win32::UI::WindowsAndMessaging::{
        SystemParametersInfoW, SPI_GETCLIENTAREAANIMATION,
    };
    let mut on: i32 = 0;
    // SAFETY: the parameter is a BOOL the call writes into.
    let ok = unsafe {
        SystemParametersInfoW(
            SPI_GETCLIENTAREAANIMATION,
            0,
            (&mut on as *mut i32).cast(),
            0,
        )
    };
    (ok != 0).then_some(on == 0)
}

/// A step cue as one of the system's own sounds (the toast keeps its own sound for
/// reminders): the sound theme's `complete` (the end) as "Exclamation", the rest as
/// "Notification", played asynchronously by the system's sound thread.
pub fn play_sound(name: &'static str, failed: impl FnOnce(String) + Send + 'static) {
    use windows_sys::Win32::Media::Audio::{PlaySoundW, SND_ALIAS, SND_ASYNC, SND_NODEFAULT};
    let alias = match name {
        "complete" => "SystemExclamation",
        _ => "SystemNotification",
    };
    let alias = wide(OsStr::new(alias));
    // SAFETY: a NUL-terminated alias that lives across the call; SND_ASYNC copies what it needs.
    let played = unsafe {
        PlaySoundW(
            alias.as_ptr(),
            std::ptr::null_mut(),
            SND_ALIAS | SND_ASYNC | SND_NODEFAULT,
        )
    };
    if played == 0 {
        failed(format!("the system sound {name} cannot be played"));
    }
}

/// Trims the working set after the window closed (its code and buffers are not needed until
/// the next stretch); pages come back on demand.
pub fn release_freed_memory() {
    // SAFETY: (-1, -1) asks the OS to trim our own working set.
    unsafe { SetProcessWorkingSetSize(GetCurrentProcess(), usize::MAX, usize::MAX) };
}

/// A fullscreen application or presentation, read on demand when a reminder comes due.
struct FullscreenWatch;

impl FullscreenSource for FullscreenWatch {
    fn check_and_watch(&self) -> bool {
        let mut state = 0;
        // SAFETY: an out-parameter.
        let ok = unsafe { SHQueryUserNotificationState(&mut state) } >= 0;
        ok && matches!(
            state,
            QUNS_BUSY | QUNS_RUNNING_D3D_FULL_SCREEN | QUNS_PRESENTATION_MODE
        )
    }
}

// ---------------------------------------------------------------------------------------------
// The Start-menu shortcut's AppUserModelID

/// `%APPDATA%\Microsoft\Windows\Start Menu\Programs\posture-break.lnk`, made by the installer.
fn shortcut_path() -> Option<PathBuf> {
    let dirs = directories::BaseDirs::new()?;
    Some(
        dirs.config_dir()
            .join(r"Microsoft\Windows\Start Menu\Programs\posture-break.lnk"),
    )
}

/// Toasts need a Start-menu shortcut carrying the app's AppUserModelID, and wixl cannot write
/// that property: the app stamps its own shortcut once, on a short-lived thread (COM).
fn stamp_shortcut_in_background() {
    let Some(path) = shortcut_path().filter(|p| p.exists()) else {
        return;
    };
    let _ = thread::Builder::new()
        .name("shortcut".into())
        .spawn(move || {
            if let Err(err) = stamp_shortcut(&path, notifier::APP_ID) {
                eprintln!(
                    "posture-break: cannot set the AppUserModelID of {}: {err}",
                    path.display()
                );
            }
        });
}

fn stamp_shortcut(path: &Path, app_id: &str) -> windows::core::Result<()> {
    use windows::core::{Interface, PCWSTR, PWSTR};
    use windows::Win32::Storage::EnhancedStorage::PKEY_AppUserModel_ID;
    use windows::Win32::System::Com::StructuredStorage::{PropVariantClear, PROPVARIANT};
    use windows::Win32::System::Com::{
        CoCreateInstance, CoInitializeEx, IPersistFile, CLSCTX_INPROC_SERVER,
        COINIT_APARTMENTTHREADED, STGM_READWRITE,
    };
    use windows::Win32::System::Variant::VT_LPWSTR;
    use windows::Win32::UI::Shell::PropertiesSystem::IPropertyStore;
    use windows::Win32::UI::Shell::{IShellLinkW, ShellLink};

    let file_name = wide(path.as_os_str());
    let mut id = wide(OsStr::new(app_id));
    // SAFETY: COM on this thread only; every pointer passed lives across its call; the
    // PROPVARIANT we build borrows `id` and is never cleared by us (nor kept by the callee).
    unsafe {
        CoInitializeEx(None, COINIT_APARTMENTTHREADED).ok()?;
        let link: IShellLinkW = CoCreateInstance(&ShellLink, None, CLSCTX_INPROC_SERVER)?;
        let file: IPersistFile = link.cast()?;
        file.Load(PCWSTR(file_name.as_ptr()), STGM_READWRITE)?;
        let store: IPropertyStore = link.cast()?;
        let mut current = store.GetValue(&PKEY_AppUserModel_ID)?;
        let inner = &current.Anonymous.Anonymous;
        let already = inner.vt == VT_LPWSTR
            && !inner.Anonymous.pwszVal.is_null()
            && inner
                .Anonymous
                .pwszVal
                .to_string()
                .is_ok_and(|s| s == app_id);
        let _ = PropVariantClear(&mut current);
        if already {
            return Ok(());
        }
        let mut value = PROPVARIANT::default();
        (*value.Anonymous.Anonymous).vt = VT_LPWSTR;
        (*value.Anonymous.Anonymous).Anonymous.pwszVal = PWSTR(id.as_mut_ptr());
        store.SetValue(&PKEY_AppUserModel_ID, &value)?;
        store.Commit()?;
        file.Save(PCWSTR::null(), true)
    }
}

// ---------------------------------------------------------------------------------------------
// Session events

static SESSION_SINK: OnceLock<EventSink> = OnceLock::new();

/// The session's state as its messages told it (session thread only). Locked and suspended
/// are one cause of being away for the app, so each message is turned into the fact that
/// changes it: a suspend while locked adds nothing, and a resume clears only a suspend.
#[derive(Default, Clone, Copy)]
struct Session {
    locked: bool,
    suspended: bool,
}

impl Session {
    fn away(self) -> bool {
        self.locked || self.suspended
    }

    /// What a session message means for the app.
    fn on_message(&mut self, msg: u32, wparam: usize) -> Option<AppEvent> {
        let was_away = self.away();
        match (msg, wparam as u32) {
            (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) => self.locked = true,
            // Someone signed in: at the computer, whatever came before.
            (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK) => *self = Session::default(),
            // A suspended computer has nobody at it.
            (WM_POWERBROADCAST, PBT_APMSUSPEND) => self.suspended = true,
            // Every wake, with or without a user (a wake timer): the wall clock jumped. It
            // comes before the user's resume, so the time asleep counts as one jump.
            (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC) => return Some(AppEvent::ClockChanged),
            // Woken by the user (sent after the automatic resume, or on the first input after
            // one): back, unless the lock screen is up.
            (WM_POWERBROADCAST, PBT_APMRESUMESUSPEND) => self.suspended = false,
            (WM_TIMECHANGE, _) => return Some(AppEvent::ClockChanged),
            (WM_ENDSESSION, _) if wparam != 0 => {
                return Some(AppEvent::Terminate("the session ending"))
            }
            _ => return None,
        }
        match (was_away, self.away()) {
            (false, true) => Some(AppEvent::Presence(Fact::Locked { since: Utc::now() })),
            (true, false) => Some(AppEvent::Presence(Fact::Unlocked)),
            _ => None,
        }
    }
}

thread_local! {
    static SESSION: Cell<Session> = const { Cell::new(Session { locked: false, suspended: false }) };
}

unsafe extern "system" fn session_proc(
    hwnd: HWND,
    msg: u32,
    wparam: WPARAM,
    lparam: LPARAM,
) -> LRESULT {
    match msg {
        WM_ARM_RETURN_HOOK => arm_hooks(),
        WM_DISARM_RETURN_HOOK => disarm_hooks(),
        _ => {
            let event = SESSION.with(|session| {
                let mut state = session.get();
                let event = state.on_message(msg, wparam);
                session.set(state);
                event
            });
            if let (Some(sink), Some(event)) = (SESSION_SINK.get(), event) {
                sink(event);
            }
        }
    }
    // SAFETY: the default handling for everything (PBT_* answers TRUE through it).
    unsafe { DefWindowProcW(hwnd, msg, wparam, lparam) }
}

fn spawn_session_window(sink: EventSink) -> io::Result<()> {
    let _ = SESSION_SINK.set(sink);
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<io::Result<()>>();
    thread::Builder::new()
        .name("session-events".into())
        .spawn(move || {
            let class = wide(OsStr::new("posture-break-session"));
            // SAFETY: plain Win32 calls on this thread; the class and window live as long as
            // the thread (the process).
            unsafe {
                let instance = GetModuleHandleW(null());
                let mut wc: WNDCLASSW = std::mem::zeroed();
                wc.lpfnWndProc = Some(session_proc);
                wc.hInstance = instance;
                wc.lpszClassName = class.as_ptr();
                if RegisterClassW(&wc) == 0 {
                    let _ = ready_tx.send(Err(io::Error::last_os_error()));
                    return;
                }
                // Top-level (not message-only): WM_POWERBROADCAST and WM_TIMECHANGE are
                // broadcast to top-level windows only. Never shown.
                let hwnd = CreateWindowExW(
                    0,
                    class.as_ptr(),
                    class.as_ptr(),
                    WS_OVERLAPPED,
                    0,
                    0,
                    0,
                    0,
                    null_mut(),
                    null_mut(),
                    instance,
                    null(),
                );
                if hwnd.is_null() {
                    let _ = ready_tx.send(Err(io::Error::last_os_error()));
                    return;
                }
                SESSION_WINDOW.store(hwnd, Ordering::SeqCst);
                if WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION) == 0 {
                    let _ = ready_tx.send(Err(io::Error::last_os_error()));
                    return;
                }
                let _ = ready_tx.send(Ok(()));
                let mut msg: MSG = std::mem::zeroed();
                while GetMessageW(&mut msg, null_mut(), 0, 0) > 0 {
                    DispatchMessageW(&msg);
                }
            }
        })?;
    ready_rx
        .recv()
        .unwrap_or_else(|_| Err(io::Error::other("the session thread ended")))
}

/// Whether the window system draws the app's window frames: always, here (only GNOME's Wayland
/// compositor does not).
pub fn compositor_draws_frames() -> bool {
    true
}

/// Where the person works now, for placing a window: the middle of the monitor that shows the
/// foreground window.
pub fn point_in_use() -> Option<(i32, i32)> {
    use windows_sys::Win32::Graphics::Gdi::{
        GetMonitorInfoW, MonitorFromWindow, MONITORINFO, MONITOR_DEFAULTTONULL,
    };
    use windows_sys::Win32::UI::WindowsAndMessaging::GetForegroundWindow;
    // SAFETY: plain queries; `info` is ours and sized as the call requires.
    unsafe {
        let window = GetForegroundWindow();
        if window.is_null() {
            return None;
        }
        let monitor = MonitorFromWindow(window, MONITOR_DEFAULTTONULL);
        if monitor.is_null() {
            return None;
        }
        let mut info: MONITORINFO = std::mem::zeroed();
        info.cbSize = std::mem::size_of::<MONITORINFO>() as u32;
        if GetMonitorInfoW(monitor, &mut info) == 0 {
            return None;
        }
        let r = info.rcMonitor;
        Some(((r.left + r.right) / 2, (r.top + r.bottom) / 2))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_messages_map_to_events() {
        let mut session = Session::default();
        let mut send = |msg: u32, wparam: u32| session.on_message(msg, wparam as usize);
        let locked =
            |e: Option<AppEvent>| matches!(e, Some(AppEvent::Presence(Fact::Locked { .. })));
        let unlocked = |e: Option<AppEvent>| matches!(e, Some(AppEvent::Presence(Fact::Unlocked)));
        let clock = |e: Option<AppEvent>| matches!(e, Some(AppEvent::ClockChanged));
        assert!(locked(send(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)));
        assert!(unlocked(send(WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)));
        // Suspend and a resume by the user, without a lock screen: away, then back.
        assert!(locked(send(WM_POWERBROADCAST, PBT_APMSUSPEND)));
        assert!(clock(send(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC)));
        assert!(unlocked(send(WM_POWERBROADCAST, PBT_APMRESUMESUSPEND)));
        // Locked, then suspended: one absence from the lock; the resume leaves the lock
        // screen up, the unlock is the return.
        assert!(locked(send(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)));
        assert!(send(WM_POWERBROADCAST, PBT_APMSUSPEND).is_none());
        assert!(clock(send(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC)));
        assert!(send(WM_POWERBROADCAST, PBT_APMRESUMESUSPEND).is_none());
        assert!(unlocked(send(WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)));
        // A wake with nobody there (a wake timer) keeps the user away.
        assert!(locked(send(WM_POWERBROADCAST, PBT_APMSUSPEND)));
        assert!(clock(send(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC)));
        assert!(unlocked(send(WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK)));
        assert!(clock(send(WM_TIMECHANGE, 0)));
        assert!(matches!(
            send(WM_ENDSESSION, 1),
            Some(AppEvent::Terminate(_))
        ));
        // WM_ENDSESSION with FALSE: the session goes on.
        assert!(send(WM_ENDSESSION, 0).is_none());
        assert!(send(WM_WTSSESSION_CHANGE, 1).is_none());
    }
}
