//! Docking: the freedesktop System Tray Protocol. Finds the tray manager (the owner of
//! `_NET_SYSTEM_TRAY_S<screen>`), follows it as it comes and goes, and docks the icon window in
//! it (SYSTEM_TRAY_REQUEST_DOCK, `_XEMBED_INFO`, the manager's `_NET_SYSTEM_TRAY_VISUAL`).

use x11rb::connection::Connection;
use x11rb::protocol::render::{ConnectionExt as _, PictType, Pictformat};
use x11rb::protocol::xproto::{
    self, AtomEnum, ChangeWindowAttributesAux, ClientMessageEvent, ColormapAlloc,
    ConnectionExt as _, CreateWindowAux, EventMask, PropMode, Visualid, Window, WindowClass,
};
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;
use x11rb::{COPY_DEPTH_FROM_PARENT, COPY_FROM_PARENT, CURRENT_TIME, NONE};

use super::{IconWindow, Worker, XError};

const SYSTEM_TRAY_REQUEST_DOCK: u32 = 0;
const XEMBED_MAPPED: u32 = 1;
/// Size asked for before the tray sets its own.
const START_SIZE: u16 = 24;
/// The smallest size we ask trays that size icons by the client's hints: fits a 24 px panel.
const ICON_HINT: u16 = 22;

impl Worker {
    pub(super) fn find_manager(&mut self) -> Result<(), XError> {
        let owner = self
            .conn
            .get_selection_owner(self.atoms.selection)?
            .reply()?
            .owner;
        self.set_manager(owner)
    }

    pub(super) fn set_manager(&mut self, owner: Window) -> Result<(), XError> {
        self.undock();
        self.manager = None;
        if owner == NONE {
            return Ok(());
        }
        // DestroyNotify tells us when it goes. It may be gone already: then the selection is
        // asked again (a BadWindow arrives as an error event, which is ignored).
        let selected = self
            .conn
            .change_window_attributes(
                owner,
                &ChangeWindowAttributesAux::new().event_mask(EventMask::STRUCTURE_NOTIFY),
            )?
            .check();
        if selected.is_err() {
            return Ok(());
        }
        self.manager = Some(owner);
        if self.sni_host == Some(false) {
            self.dock()?;
        }
        Ok(())
    }

    /// The manager's visual for icons (a 32-bit one lets the icon's transparency through).
    pub(super) fn tray_visual(&self, manager: Window) -> Option<(Visualid, u8)> {
        let reply = self
            .conn
            .get_property(
                false,
                manager,
                self.atoms.tray_visual,
                AtomEnum::VISUALID,
                0,
                1,
            )
            .ok()?
            .reply()
            .ok()?;
        let visual = reply.value32()?.next()?;
        let depth = self.conn.setup().roots.iter().find_map(|s| {
            s.allowed_depths
                .iter()
                .find(|d| d.visuals.iter().any(|v| v.visual_id == visual))
                .map(|d| d.depth)
        })?;
        Some((visual, depth))
    }

    pub(super) fn dock(&mut self) -> Result<(), XError> {
        let Some(manager) = self.manager else {
            return Ok(());
        };
        if self.icon.is_some() {
            return Ok(());
        }
        let window = self.conn.generate_id()?;
        let events = EventMask::EXPOSURE
            | EventMask::STRUCTURE_NOTIFY
            | EventMask::BUTTON_PRESS
            | EventMask::BUTTON_RELEASE
            | EventMask::ENTER_WINDOW
            | EventMask::LEAVE_WINDOW;
        let visual = self.tray_visual(manager).filter(|(_, depth)| *depth == 32);
        let (depth, visual_id, aux) = match visual {
            Some((visual, depth)) => {
                let colormap = self.conn.generate_id()?;
                self.conn
                    .create_colormap(ColormapAlloc::NONE, colormap, self.root, visual)?;
                let aux = CreateWindowAux::new()
                    .background_pixel(0)
                    .border_pixel(0)
                    .colormap(colormap)
                    .event_mask(events);
                (depth, visual, aux)
            }
            None => {
                // The panel's own background shows through; the icon is composited onto it.
                let aux = CreateWindowAux::new()
                    .background_pixmap(xproto::BackPixmap::PARENT_RELATIVE)
                    .event_mask(events);
                (COPY_DEPTH_FROM_PARENT, COPY_FROM_PARENT, aux)
            }
        };
        self.conn.create_window(
            depth,
            window,
            self.root,
            0,
            0,
            START_SIZE,
            START_SIZE,
            0,
            WindowClass::INPUT_OUTPUT,
            visual_id,
            &aux,
        )?;
        let visual_id = if visual_id == COPY_FROM_PARENT {
            self.conn
                .setup()
                .roots
                .iter()
                .find(|s| s.root == self.root)
                .map_or(0, |s| s.root_visual)
        } else {
            visual_id
        };
        let format = window_format(&self.conn, visual_id)
            .ok_or_else(|| XError::Other("no RENDER format for the icon's visual".into()))?;
        let picture = self.conn.generate_id()?;
        self.conn
            .render_create_picture(picture, window, format, &Default::default())?;
        self.conn.change_property32(
            PropMode::REPLACE,
            window,
            self.atoms.xembed_info,
            self.atoms.xembed_info,
            &[0, XEMBED_MAPPED],
        )?;
        self.conn.change_property8(
            PropMode::REPLACE,
            window,
            AtomEnum::WM_CLASS,
            AtomEnum::STRING,
            b"posture-break\0posture-break\0",
        )?;
        self.set_name(window, &self.tooltip.clone())?;
        // GtkSocket-based trays (trayer) size an icon by its WM_NORMAL_HINTS minimum.
        let mut hints = [0u32; 18];
        hints[0] = 16 | 256; // PMinSize | PBaseSize
        (hints[5], hints[6]) = (u32::from(ICON_HINT), u32::from(ICON_HINT));
        (hints[15], hints[16]) = (u32::from(ICON_HINT), u32::from(ICON_HINT));
        self.conn.change_property32(
            PropMode::REPLACE,
            window,
            AtomEnum::WM_NORMAL_HINTS,
            AtomEnum::WM_SIZE_HINTS,
            &hints,
        )?;
        let dock = ClientMessageEvent::new(
            32,
            manager,
            self.atoms.opcode,
            [CURRENT_TIME, SYSTEM_TRAY_REQUEST_DOCK, window, 0, 0],
        );
        self.conn
            .send_event(false, manager, EventMask::NO_EVENT, dock)?;
        self.icon = Some(IconWindow {
            window,
            size: (START_SIZE, START_SIZE),
            picture,
            source: None,
            docked: false,
        });
        Ok(())
    }

    pub(super) fn undock(&mut self) {
        self.close_menu();
        self.hide_tip();
        self.tip_at = None;
        if let Some(icon) = self.icon.take() {
            self.free_source(&icon);
            let _ = self.conn.render_free_picture(icon.picture);
            let _ = self.conn.destroy_window(icon.window);
        }
    }

    pub(super) fn free_source(&self, icon: &IconWindow) {
        if let Some((_, _, pixmap, picture)) = icon.source {
            let _ = self.conn.render_free_picture(picture);
            let _ = self.conn.free_pixmap(pixmap);
        }
    }

    pub(super) fn set_name(&self, window: Window, name: &str) -> Result<(), XError> {
        // A window title is one line: the tooltip's first (the status) names the icon.
        let name = name.lines().next().unwrap_or_default();
        self.conn.change_property8(
            PropMode::REPLACE,
            window,
            self.atoms.net_wm_name,
            self.atoms.utf8,
            name.as_bytes(),
        )?;
        self.conn.change_property8(
            PropMode::REPLACE,
            window,
            AtomEnum::WM_NAME,
            AtomEnum::STRING,
            name.as_bytes(),
        )?;
        Ok(())
    }
}

pub(super) fn find_argb32(conn: &RustConnection) -> Result<Option<Pictformat>, XError> {
    let formats = conn.render_query_pict_formats()?.reply()?;
    Ok(formats
        .formats
        .iter()
        .find(|f| {
            f.type_ == PictType::DIRECT
                && f.depth == 32
                && f.direct.alpha_shift == 24
                && f.direct.alpha_mask == 0xff
                && f.direct.red_shift == 16
                && f.direct.green_shift == 8
                && f.direct.blue_shift == 0
        })
        .map(|f| f.id))
}

fn window_format(conn: &RustConnection, visual: Visualid) -> Option<Pictformat> {
    let formats = conn.render_query_pict_formats().ok()?.reply().ok()?;
    formats
        .screens
        .iter()
        .flat_map(|s| &s.depths)
        .flat_map(|d| &d.visuals)
        .find(|v| v.visual == visual)
        .map(|v| v.format)
}
