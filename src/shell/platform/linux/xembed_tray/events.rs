//! X events to the icon, the menu's windows and the tooltip, and the tray manager's comings and
//! goings.

use std::time::Instant;

use x11rb::connection::Connection;
use x11rb::protocol::xproto::{ConnectionExt as _, NotifyDetail, NotifyMode, Window};
use x11rb::protocol::Event;
use x11rb::NONE;

use super::popup::Key;
use super::{Worker, XError, TOOLTIP_DELAY};

impl Worker {
    pub(super) fn is_icon(&self, window: Window) -> bool {
        self.icon.as_ref().is_some_and(|i| i.window == window)
    }

    pub(super) fn menu_level(&self, window: Window) -> Option<usize> {
        self.menu
            .as_ref()?
            .windows
            .iter()
            .position(|p| p.window == window)
    }

    pub(super) fn event(&mut self, event: Event) -> Result<(), XError> {
        match event {
            Event::ClientMessage(e)
                if e.type_ == self.atoms.manager
                    && e.data.as_data32()[1] == self.atoms.selection =>
            {
                self.set_manager(e.data.as_data32()[2])?;
            }
            Event::DestroyNotify(e) if Some(e.window) == self.manager => {
                self.set_manager(NONE)?;
                self.find_manager()?;
            }
            Event::DestroyNotify(e) if self.is_icon(e.window) => {
                // Destroyed with the tray's window: forget it; the next manager gets a new one.
                self.icon = None;
                self.close_menu();
                self.hide_tip();
            }
            // The tray died and the server handed our window back (save-set): it must not show
            // up as a stray window.
            Event::ReparentNotify(e) if self.is_icon(e.window) && e.parent == self.root => {
                self.undock();
            }
            Event::MapNotify(e) if self.is_icon(e.window) => {
                if let Some(icon) = self.icon.as_mut() {
                    icon.docked = true;
                }
            }
            Event::ConfigureNotify(e) if self.is_icon(e.window) => {
                let size = (e.width.max(1), e.height.max(1));
                if self.icon.as_ref().is_some_and(|i| i.size != size) {
                    if let Some(icon) = self.icon.as_mut() {
                        icon.size = size;
                    }
                    self.draw_icon()?;
                }
            }
            Event::Expose(e) if e.count == 0 => {
                if self.is_icon(e.window) {
                    self.draw_icon()?;
                } else if let Some(level) = self.menu_level(e.window) {
                    self.draw_level(level)?;
                } else if self.tip.as_ref().is_some_and(|t| t.window == e.window) {
                    self.draw_tip()?;
                }
            }
            Event::EnterNotify(e)
                if self.is_icon(e.event)
                    && e.mode == NotifyMode::NORMAL
                    && self.menu.is_none()
                    && self.tip.is_none() =>
            {
                self.tip_at = Some(Instant::now() + TOOLTIP_DELAY);
            }
            Event::LeaveNotify(e) if self.is_icon(e.event) && e.mode == NotifyMode::NORMAL => {
                self.tip_at = None;
                self.hide_tip();
            }
            Event::ButtonPress(e) => {
                if self.is_icon(e.event) {
                    self.tip_at = None;
                    self.hide_tip();
                    if self.menu.is_some() {
                        self.close_menu();
                    } else if matches!(e.detail, 1..=3) {
                        self.open_menu()?;
                    }
                } else if self.menu.is_some() {
                    let inside = self.menu_level(e.event).is_some_and(|level| {
                        self.menu.as_ref().is_some_and(|m| {
                            m.windows[level].layout.as_ref().is_some_and(|l| {
                                e.event_x >= 0
                                    && e.event_y >= 0
                                    && (e.event_x as u16) < l.width
                                    && (e.event_y as u16) < l.height
                            })
                        })
                    });
                    if !inside {
                        self.close_menu(); // a click outside the menu
                    }
                }
            }
            Event::ButtonRelease(e) => {
                if let Some((level, row)) = self.row_under(e.event, e.event_x, e.event_y) {
                    self.navigate(|nav| nav.click(level, row))?;
                }
            }
            Event::MotionNotify(e) => {
                if let Some(level) = self.menu_level(e.event) {
                    let row = self.row_under(e.event, e.event_x, e.event_y);
                    self.navigate(|nav| nav.hover(level, row.map(|(_, row)| row)))?;
                }
            }
            Event::LeaveNotify(e) => {
                if let Some(level) = self.menu_level(e.event) {
                    self.navigate(|nav| nav.hover(level, None))?;
                }
            }
            Event::KeyPress(e) if self.menu.is_some() => {
                if let Some(key) = self.keysym(e.detail).and_then(Key::from_keysym) {
                    self.navigate(|nav| nav.key(key))?;
                }
            }
            Event::MapNotify(e) if self.menu_level(e.window) == Some(0) => {
                self.take_focus()?;
            }
            Event::FocusIn(e) if self.menu_level(e.event) == Some(0) => {
                if let Some(menu) = self.menu.as_mut() {
                    menu.focused = true;
                }
            }
            Event::FocusOut(e) if self.menu_level(e.event) == Some(0) => {
                let real = matches!(e.mode, NotifyMode::NORMAL | NotifyMode::WHILE_GRABBED)
                    && !matches!(e.detail, NotifyDetail::INFERIOR | NotifyDetail::POINTER);
                if real && self.menu.as_ref().is_some_and(|m| m.focused) {
                    // Another window took the keyboard: the menu is done.
                    self.close_menu();
                }
            }
            Event::MappingNotify(_) => self.keymap = None,
            // Errors of requests whose windows vanished meanwhile (a tray exiting): harmless.
            _ => {}
        }
        Ok(())
    }

    pub(super) fn keysym(&mut self, keycode: u8) -> Option<u32> {
        if self.keymap.is_none() {
            let setup = self.conn.setup();
            let (min, max) = (setup.min_keycode, setup.max_keycode);
            let reply = self
                .conn
                .get_keyboard_mapping(min, max - min + 1)
                .ok()?
                .reply()
                .ok()?;
            self.keymap = Some((min, reply.keysyms_per_keycode, reply.keysyms));
        }
        let (min, per, syms) = self.keymap.as_ref()?;
        let index = usize::from(keycode.checked_sub(*min)?) * usize::from(*per);
        syms.get(index).copied()
    }
}
