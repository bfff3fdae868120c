//! The tray menu where the shell cannot say where the icon is.
//!
//! tray-icon answers every mouse message on its icon by first asking the shell for the icon's
//! rectangle (`Shell_NotifyIconGetRect`) and drops the message when that fails, so neither the
//! menu nor the click event comes. Windows 7 and later answer; wine (8.0, a stub returning
//! `E_NOTIMPL`) does not, and there the icon is dead. A subclass of tray-icon's window takes the
//! button releases that would be dropped: right opens the menu at the pointer (muda's own
//! `show_context_menu_for_hwnd`, which also dispatches the chosen item), left is the click.
//! Where the shell answers, everything passes through to tray-icon untouched.
//!
//! Also: muda disables an item with `MF_DISABLED`, which Windows documents as "disabled, but not
//! grayed", so a disabled item looks like any other; `gray_item` grays it too.

use std::sync::OnceLock;

use tray_icon::menu::{ContextMenu, Menu, MenuId};
use tray_icon::TrayIcon;
use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, RECT, WPARAM};
use windows_sys::Win32::UI::Shell::{
    DefSubclassProc, RemoveWindowSubclass, SetWindowSubclass, Shell_NotifyIconGetRect,
    NOTIFYICONIDENTIFIER,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    EnableMenuItem, MF_BYPOSITION, MF_ENABLED, MF_GRAYED, WM_LBUTTONUP, WM_NCDESTROY, WM_RBUTTONUP,
};

use crate::shell::tray::MenuAction;
use crate::shell::{AppEvent, EventSink};

/// tray-icon 0.26's callback message for its icon (`WM_USER_TRAYICON`, private to the crate;
/// the smoke test's menu check fails under wine if a new version moves it).
const TRAY_CALLBACK: u32 = 6002;
const SUBCLASS_ID: usize = 0x7062; // "pb"

/// Where a left click goes (set once, with the menu's other events).
static CLICK_SINK: OnceLock<EventSink> = OnceLock::new();

pub fn forward_clicks(sink: EventSink) {
    let _ = CLICK_SINK.set(sink);
}

/// Subclasses `icon`'s window; undone when tray-icon destroys it.
pub fn open_menu_without_icon_rect(icon: &TrayIcon, menu: &Menu) {
    let menu = Box::into_raw(Box::new(menu.clone()));
    // SAFETY: the window is tray-icon's, alive here and on this (its) thread; the boxed menu
    // is freed at WM_NCDESTROY, or now if the subclass was refused.
    unsafe {
        if SetWindowSubclass(
            icon.window_handle(),
            Some(subclass_proc),
            SUBCLASS_ID,
            menu as usize,
        ) == 0
        {
            drop(Box::from_raw(menu));
        }
    }
}

/// Shows `id`'s item in `menu`'s popup grayed while it is disabled (after muda's `set_enabled`).
pub fn gray_item(menu: &Menu, id: &MenuId, enabled: bool) {
    // The popup holds the menu's items in order, separators included.
    let Some(position) = menu.items().iter().position(|item| item.id() == id) else {
        return;
    };
    let flag = if enabled { MF_ENABLED } else { MF_GRAYED };
    // SAFETY: the menu's own popup handle, valid while `menu` lives; a position in it.
    unsafe {
        EnableMenuItem(
            menu.hpopupmenu() as _,
            position as u32,
            MF_BYPOSITION | flag,
        )
    };
}

/// Whether the shell knows where icon `id` of `hwnd` is (what tray-icon needs to go on).
fn shell_places_icon(hwnd: HWND, id: u32) -> bool {
    // SAFETY: an in-parameter with its size set and an out-parameter.
    unsafe {
        let mut identifier: NOTIFYICONIDENTIFIER = std::mem::zeroed();
        identifier.cbSize = std::mem::size_of::<NOTIFYICONIDENTIFIER>() as u32;
        identifier.hWnd = hwnd;
        identifier.uID = id;
        let mut rect: RECT = std::mem::zeroed();
        Shell_NotifyIconGetRect(&identifier, &mut rect) >= 0
    }
}

unsafe extern "system" fn subclass_proc(
    hwnd: HWND,
    msg: u32,
    wparam: WPARAM,
    lparam: LPARAM,
    id: usize,
    data: usize,
) -> LRESULT {
    let menu = data as *mut Menu;
    if msg == WM_NCDESTROY {
        // SAFETY: our subclass on this window, and the box it was given.
        unsafe {
            RemoveWindowSubclass(hwnd, Some(subclass_proc), id);
            drop(Box::from_raw(menu));
        }
    } else if msg == TRAY_CALLBACK {
        // Below NOTIFYICON_VERSION_4 (tray-icon sets none) wparam is the icon's id and lparam
        // the mouse message.
        let button = lparam as u32 & 0xffff;
        if matches!(button, WM_RBUTTONUP | WM_LBUTTONUP) && !shell_places_icon(hwnd, wparam as u32)
        {
            if button == WM_RBUTTONUP {
                // SAFETY: the box lives until WM_NCDESTROY; the window is valid (it is ours).
                unsafe { (*menu).show_context_menu_for_hwnd(hwnd as isize, None) };
            } else if let Some(sink) = CLICK_SINK.get() {
                sink(AppEvent::Menu(MenuAction::YourWeek));
            }
            return 0;
        }
    }
    // SAFETY: everything else goes on to tray-icon's own window procedure.
    unsafe { DefSubclassProc(hwnd, msg, wparam, lparam) }
}
