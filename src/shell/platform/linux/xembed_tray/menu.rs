//! The menu's X side: its windows (one per open level) beside the icon, focus and pointer grab,
//! and the steps of `popup::Nav` applied to them. What the menu holds and how it is laid out
//! and painted is `popup`.

use x11rb::protocol::xproto::{ConnectionExt as _, EventMask, GrabMode, InputFocus, Window};
use x11rb::{CURRENT_TIME, NONE};

use super::popup::{self, Nav, Step};
use super::{Menu, Popup, Worker, XError};

impl Worker {
    pub(super) fn open_menu(&mut self) -> Result<(), XError> {
        if self.root_bpp != 32 {
            return Ok(()); // no way to draw it on this visual
        }
        let Some(source) = self.menu_source.as_ref() else {
            return Ok(());
        };
        let rows = popup::rows(source);
        if rows.is_empty() {
            return Ok(());
        }
        self.scale = self.read_scale();
        let previous_focus = self
            .conn
            .get_input_focus()?
            .reply()
            .map_or(NONE, |r| r.focus);
        self.menu = Some(Menu {
            nav: Nav::new(rows),
            windows: Vec::new(),
            previous_focus,
            focused: false,
        });
        self.sync_windows(0)?;
        Ok(())
    }

    /// Destroys the windows of levels from `from` down that are no longer open, creates the
    /// missing ones, and repaints every open level.
    pub(super) fn sync_windows(&mut self, from: usize) -> Result<(), XError> {
        let Some(menu) = self.menu.as_mut() else {
            return Ok(());
        };
        let keep = from.min(menu.nav.levels.len());
        let gone: Vec<Window> = menu
            .windows
            .drain(keep.min(menu.windows.len())..)
            .map(|p| p.window)
            .collect();
        for window in gone {
            self.conn.destroy_window(window)?;
        }
        loop {
            let Some(menu) = self.menu.as_ref() else {
                return Ok(());
            };
            let level = menu.windows.len();
            if level >= menu.nav.levels.len() {
                break;
            }
            let rows = menu.nav.levels[level].rows.clone();
            let parent = level.checked_sub(1).and_then(|p| {
                let popup = &menu.windows[p];
                let row = menu.nav.levels[p].selected?;
                let l = popup.layout.as_ref()?;
                Some((popup.at, l.width, l.rows.get(row)?.0))
            });
            let scale = self.scale;
            let Some(text) = self.text() else {
                self.close_menu();
                return Ok(());
            };
            let layout = popup::layout(text, &rows, scale);
            let (w, h) = (layout.width, layout.height);
            let at = match parent {
                None => self.beside_icon(w, h),
                Some(((px, py), pw, row_y)) => {
                    let (sw, sh) = (i32::from(self.screen_size.0), i32::from(self.screen_size.1));
                    let right = i32::from(px) + i32::from(pw) - 2;
                    let x = if right + i32::from(w) <= sw {
                        right
                    } else {
                        (i32::from(px) - i32::from(w) + 2).max(0)
                    };
                    let y = (i32::from(py) + row_y as i32 - 4)
                        .min(sh - i32::from(h))
                        .max(0);
                    (x as i16, y as i16)
                }
            };
            let mut events = EventMask::EXPOSURE
                | EventMask::BUTTON_PRESS
                | EventMask::BUTTON_RELEASE
                | EventMask::POINTER_MOTION
                | EventMask::LEAVE_WINDOW;
            if level == 0 {
                events |=
                    EventMask::KEY_PRESS | EventMask::FOCUS_CHANGE | EventMask::STRUCTURE_NOTIFY;
            }
            let name = if level == 0 {
                "posture-break menu".to_string()
            } else {
                format!("posture-break menu {level}")
            };
            let kind = self.atoms.type_menu;
            let window = self.create_popup((at.0, at.1, w, h), &name, kind, events)?;
            if let Some(menu) = self.menu.as_mut() {
                menu.windows.push(Popup {
                    window,
                    layout: Some(layout),
                    at,
                });
            }
        }
        let levels = self.menu.as_ref().map_or(0, |m| m.windows.len());
        for level in 0..levels {
            self.draw_level(level)?;
        }
        Ok(())
    }

    pub(super) fn draw_level(&mut self, level: usize) -> Result<(), XError> {
        let Some(menu) = self.menu.as_ref() else {
            return Ok(());
        };
        let (Some(popup), Some(nav_level)) = (menu.windows.get(level), menu.nav.levels.get(level))
        else {
            return Ok(());
        };
        let window = popup.window;
        let Some(layout) = popup.layout.as_ref() else {
            return Ok(());
        };
        let Some(text) = self.text.as_mut() else {
            return Ok(());
        };
        let Some(pix) = popup::paint(text, nav_level, layout, self.scale) else {
            return Ok(());
        };
        let depth = self.root_depth;
        self.put(window, depth, &pix, (0, 0))
    }

    /// The top menu takes the keyboard (once mapped) and the pointer, so keys reach it and a
    /// click anywhere else closes it.
    pub(super) fn take_focus(&mut self) -> Result<(), XError> {
        let Some(window) = self
            .menu
            .as_ref()
            .and_then(|m| m.windows.first())
            .map(|p| p.window)
        else {
            return Ok(());
        };
        self.conn
            .set_input_focus(InputFocus::POINTER_ROOT, window, CURRENT_TIME)?;
        let events =
            EventMask::BUTTON_PRESS | EventMask::BUTTON_RELEASE | EventMask::POINTER_MOTION;
        // A failed grab (someone else holds the pointer) leaves the keyboard and focus loss.
        let _ = self.conn.grab_pointer(
            true,
            window,
            events,
            GrabMode::ASYNC,
            GrabMode::ASYNC,
            NONE,
            NONE,
            CURRENT_TIME,
        )?;
        Ok(())
    }

    pub(super) fn navigate(&mut self, f: impl FnOnce(&mut Nav) -> Step) -> Result<(), XError> {
        match self.menu.as_mut().map(|m| f(&mut m.nav)) {
            Some(step) => self.apply(step),
            None => Ok(()),
        }
    }

    pub(super) fn row_under(&self, window: Window, x: i16, y: i16) -> Option<(usize, usize)> {
        let level = self.menu_level(window)?;
        let layout = self.menu.as_ref()?.windows[level].layout.as_ref()?;
        if x < 0 || y < 0 || x as u16 >= layout.width {
            return None;
        }
        Some((level, layout.row_at(f32::from(y))?))
    }

    pub(super) fn apply(&mut self, step: Step) -> Result<(), XError> {
        match step {
            Step::Nothing => Ok(()),
            Step::Redraw(levels) => {
                for level in levels {
                    self.draw_level(level)?;
                }
                Ok(())
            }
            Step::Opened => self.sync_windows(usize::MAX),
            Step::Closed(from) => self.sync_windows(from),
            Step::Activate(activate) => {
                self.close_menu();
                // Goes through muda's MenuEvent, like a click in the StatusNotifierItem's menu.
                activate();
                Ok(())
            }
            Step::CloseAll => {
                self.close_menu();
                Ok(())
            }
        }
    }

    pub(super) fn close_menu(&mut self) {
        let Some(menu) = self.menu.take() else {
            return;
        };
        let _ = self.conn.ungrab_pointer(CURRENT_TIME);
        // Give the focus back, unless another window took it (that closed the menu).
        let ours = menu.windows.first().map(|p| p.window);
        let current = self
            .conn
            .get_input_focus()
            .ok()
            .and_then(|c| c.reply().ok());
        if current.is_some_and(|c| Some(c.focus) == ours) {
            let previous = match menu.previous_focus {
                NONE => u32::from(InputFocus::POINTER_ROOT),
                window => window,
            };
            let _ = self
                .conn
                .set_input_focus(InputFocus::POINTER_ROOT, previous, CURRENT_TIME);
        }
        for popup in &menu.windows {
            let _ = self.conn.destroy_window(popup.window);
        }
        if self.tip.is_none() {
            self.drop_text();
        }
    }
}
