//! The tooltip: a popup window beside the icon after the pointer rests on it, painted by
//! `popup::paint_tip`.

use x11rb::protocol::xproto::{ConnectionExt as _, EventMask};

use super::popup;
use super::{Popup, Worker, XError};

impl Worker {
    pub(super) fn show_tip(&mut self) -> Result<(), XError> {
        if self.icon.is_none() || self.menu.is_some() || self.root_bpp != 32 {
            return Ok(());
        }
        self.scale = self.read_scale();
        let (tooltip, scale) = (self.tooltip.clone(), self.scale);
        let Some(text) = self.text() else {
            return Ok(());
        };
        let Some(pix) = popup::paint_tip(text, &tooltip, scale) else {
            return Ok(());
        };
        let (w, h) = (pix.width() as u16, pix.height() as u16);
        let at = self.beside_icon(w, h);
        let kind = self.atoms.type_tooltip;
        let window = self.create_popup(
            (at.0, at.1, w, h),
            "posture-break tooltip",
            kind,
            EventMask::EXPOSURE,
        )?;
        self.tip = Some(Popup {
            window,
            layout: None,
            at,
        });
        Ok(())
    }

    pub(super) fn draw_tip(&mut self) -> Result<(), XError> {
        let Some(window) = self.tip.as_ref().map(|t| t.window) else {
            return Ok(());
        };
        let (tooltip, scale) = (self.tooltip.clone(), self.scale);
        let Some(text) = self.text() else {
            return Ok(());
        };
        let Some(pix) = popup::paint_tip(text, &tooltip, scale) else {
            return Ok(());
        };
        let depth = self.root_depth;
        self.put(window, depth, &pix, (0, 0))
    }

    pub(super) fn hide_tip(&mut self) {
        if let Some(tip) = self.tip.take() {
            let _ = self.conn.destroy_window(tip.window);
        }
        if self.menu.is_none() {
            self.drop_text();
        }
    }
}
