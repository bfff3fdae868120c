//! Idle time on Windows: `GetLastInputInfo`, read rather than heard, and a one-shot input hook
//! for the return.

use std::cell::Cell;
use std::ptr::{null, null_mut};
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;
use windows_sys::Win32::Foundation::{LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::System::SystemInformation::GetTickCount;
use windows_sys::Win32::UI::Input::KeyboardAndMouse::{GetLastInputInfo, LASTINPUTINFO};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CallNextHookEx, PostMessageW, SetWindowsHookExW, UnhookWindowsHookEx, HHOOK, WH_KEYBOARD_LL,
    WH_MOUSE_LL, WM_APP,
};

use super::{IdleSource, SESSION_SINK};
use crate::core::presence::Fact;
use crate::shell::AppEvent;

/// Idle time without a poll: `GetLastInputInfo` is read when a reminder comes due and at the
/// idle deadline, `idle_after` after the last input it saw (one read per `idle_after` while the
/// user works, none while they are away). If nobody has touched the computer for `idle_after`,
/// the user has been away since the last input, and a low-level keyboard and mouse hook on the
/// session thread waits for the first input, reports the return once and removes itself (so
/// nothing runs per keystroke while the user is there).
pub(super) struct LastInput {
    idle_after: Cell<Duration>,
    /// The idle deadline; `None` while the user is away (the hook waits for the return).
    next_read: Cell<Option<Instant>>,
}

impl LastInput {
    pub(super) fn new(idle_after: Duration) -> LastInput {
        LastInput {
            idle_after: Cell::new(idle_after),
            next_read: Cell::new(Some(Instant::now() + idle_after)),
        }
    }
}

impl IdleSource for LastInput {
    fn name(&self) -> &'static str {
        "last-input"
    }

    fn set_idle_after(&self, idle_after: Duration) {
        self.idle_after.set(idle_after);
        if self.next_read.get().is_some() {
            // Read at the next wake, which plans the deadline for the new threshold.
            self.next_read.set(Some(Instant::now()));
        }
    }

    fn next_read(&self) -> Option<Instant> {
        self.next_read.get()
    }

    /// `Fact::Idle` when nobody has touched the computer for `idle_after` (and the return hook
    /// armed); otherwise the next deadline moves to `idle_after` after the last input.
    fn read(&self) -> Option<Fact> {
        let idle_after = self.idle_after.get();
        let Some(idle) = idle_time() else {
            self.next_read.set(Some(Instant::now() + idle_after));
            return None;
        };
        if let Some(left) = idle_after.checked_sub(idle).filter(|left| !left.is_zero()) {
            self.next_read.set(Some(Instant::now() + left));
            return None;
        }
        self.next_read.set(None);
        arm_return_hook();
        let since = Utc::now() - chrono::TimeDelta::from_std(idle).ok()?;
        Some(Fact::Idle { since })
    }

    /// The return (the hook's `Fact::Active`) starts the next idle deadline.
    fn observed(&self, fact: &Fact) {
        if matches!(fact, Fact::Active) {
            self.next_read
                .set(Some(Instant::now() + self.idle_after.get()));
        }
    }
}

/// Time since the last keyboard or mouse input of this session.
fn idle_time() -> Option<Duration> {
    let mut info = LASTINPUTINFO {
        cbSize: std::mem::size_of::<LASTINPUTINFO>() as u32,
        dwTime: 0,
    };
    // SAFETY: an out-parameter with its size set.
    if unsafe { GetLastInputInfo(&mut info) } == 0 {
        return None;
    }
    // SAFETY: plain call. Both tick counts wrap together after 49.7 days.
    let now = unsafe { GetTickCount() };
    Some(Duration::from_millis(u64::from(
        now.wrapping_sub(info.dwTime),
    )))
}

pub(super) const WM_ARM_RETURN_HOOK: u32 = WM_APP + 1;
pub(super) const WM_DISARM_RETURN_HOOK: u32 = WM_APP + 2;
/// The session thread's window, for asking it to arm the hook (hooks belong to a thread).
pub(super) static SESSION_WINDOW: AtomicPtr<std::ffi::c_void> = AtomicPtr::new(null_mut());
/// The hook has reported the return; set until the next arming.
static RETURNED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// The armed hooks (session thread only).
    static HOOKS: Cell<[HHOOK; 2]> = const { Cell::new([null_mut(); 2]) };
}

fn arm_return_hook() {
    let hwnd = SESSION_WINDOW.load(Ordering::SeqCst);
    if !hwnd.is_null() {
        // SAFETY: posting to our own window; it is never destroyed.
        unsafe { PostMessageW(hwnd, WM_ARM_RETURN_HOOK, 0, 0) };
    }
}

/// Session thread: installs both hooks unless they are armed already.
pub(super) fn arm_hooks() {
    HOOKS.with(|hooks| {
        if !hooks.get()[0].is_null() {
            return;
        }
        RETURNED.store(false, Ordering::SeqCst);
        // SAFETY: hooks on this thread, which pumps messages; removed in disarm_hooks.
        let installed = unsafe {
            let instance = GetModuleHandleW(null());
            [
                SetWindowsHookExW(WH_MOUSE_LL, Some(input_hook), instance, 0),
                SetWindowsHookExW(WH_KEYBOARD_LL, Some(input_hook), instance, 0),
            ]
        };
        hooks.set(installed);
    });
}

pub(super) fn disarm_hooks() {
    HOOKS.with(|hooks| {
        for hook in hooks.replace([null_mut(); 2]) {
            if !hook.is_null() {
                // SAFETY: a hook this thread installed.
                unsafe { UnhookWindowsHookEx(hook) };
            }
        }
    });
}

unsafe extern "system" fn input_hook(code: i32, wparam: WPARAM, lparam: LPARAM) -> LRESULT {
    if code >= 0 && !RETURNED.swap(true, Ordering::SeqCst) {
        if let Some(sink) = SESSION_SINK.get() {
            sink(AppEvent::Presence(Fact::Active));
        }
        let hwnd = SESSION_WINDOW.load(Ordering::SeqCst);
        // SAFETY: our own window; removing the hooks from inside one is left to the loop.
        unsafe { PostMessageW(hwnd, WM_DISARM_RETURN_HOOK, 0, 0) };
    }
    // SAFETY: passes the input on, as every hook must.
    unsafe { CallNextHookEx(null_mut(), code, wparam, lparam) }
}
