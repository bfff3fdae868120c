//! The tray icon for X11 panels that speak only XEmbed (i3bar, polybar, tint2, trayer, awesome,
//! dwm): the freedesktop System Tray Protocol. When no StatusNotifierWatcher is on the bus and a
//! tray manager owns `_NET_SYSTEM_TRAY_S<screen>`, an icon window is docked there
//! (SYSTEM_TRAY_REQUEST_DOCK, `_XEMBED_INFO`, the manager's `_NET_SYSTEM_TRAY_VISUAL` when it
//! offers one); a click opens the tray's own menu (read through muda's snapshots, so it is the
//! same menu the StatusNotifierItem exports) drawn with the stretch window's renderer.
//!
//! One thread owns the X connection and sleeps in poll(2) on it and on a wake-up socket the main
//! thread writes to; it wakes for X events and commands only (and, while the pointer rests on the
//! icon, once for the tooltip). Managers that appear (the MANAGER client message on the root
//! window) or go (DestroyNotify of the owner) are followed by events, not by polling.

mod popup;

use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use tiny_skia::{FilterQuality, Pixmap, PixmapPaint, Transform};
use tray_icon::menu::MenuSnapshotHandle;
use x11rb::connection::{Connection, RequestConnection};
use x11rb::errors::{ConnectionError, ReplyError, ReplyOrIdError};
use x11rb::protocol::render::{self, ConnectionExt as _, PictOp, PictType, Pictformat};
use x11rb::protocol::xproto::{
    self, AtomEnum, ChangeWindowAttributesAux, ClientMessageEvent, ColormapAlloc,
    ConfigureWindowAux, ConnectionExt as _, CreateGCAux, CreateWindowAux, EventMask, GrabMode,
    ImageFormat, ImageOrder, InputFocus, NotifyDetail, NotifyMode, PropMode, StackMode, Visualid,
    Window, WindowClass,
};
use x11rb::protocol::Event;
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;
use x11rb::{COPY_DEPTH_FROM_PARENT, COPY_FROM_PARENT, CURRENT_TIME, NONE};

use self::popup::{Key, Layout, Nav, Step};
use crate::shell::stretch_window::Text;
use crate::shell::tray::Look;
use crate::shell::{AppEvent, EventSink};

/// How long the pointer rests on the icon before the tooltip shows.
const TOOLTIP_DELAY: Duration = Duration::from_millis(500);
const SYSTEM_TRAY_REQUEST_DOCK: u32 = 0;
const XEMBED_MAPPED: u32 = 1;
/// Size asked for before the tray sets its own.
const START_SIZE: u16 = 24;
/// The smallest size we ask trays that size icons by the client's hints: fits a 24 px panel.
const ICON_HINT: u16 = 22;

/// What the main thread wants; the X thread reads it when woken.
#[derive(Default)]
struct Wanted {
    look: Option<Look>,
    tooltip: String,
    menu: Option<MenuSnapshotHandle>,
    /// Some(true): a StatusNotifierWatcher is there, so stay out of the XEmbed tray.
    sni_host: Option<bool>,
    quit: bool,
}

struct Shared {
    wanted: Mutex<Wanted>,
    wake: UnixStream,
}

/// The main thread's handle; cheap to clone.
#[derive(Clone)]
pub struct XEmbedTray {
    shared: Arc<Shared>,
}

impl XEmbedTray {
    /// Connects to the X server now (so a missing display is reported at once) and starts the
    /// thread. It docks nothing until told that no StatusNotifierWatcher is there.
    pub fn start(sink: EventSink) -> Result<XEmbedTray, String> {
        let (conn, screen) = x11rb::connect(None).map_err(|e| e.to_string())?;
        let (wake_tx, wake_rx) = UnixStream::pair().map_err(|e| e.to_string())?;
        for end in [&wake_tx, &wake_rx] {
            end.set_nonblocking(true).map_err(|e| e.to_string())?;
        }
        let shared = Arc::new(Shared {
            wanted: Mutex::new(Wanted::default()),
            wake: wake_tx,
        });
        let worker = Worker::new(conn, screen, wake_rx, Arc::clone(&shared), sink)
            .map_err(|e| e.to_string())?;
        thread::Builder::new()
            .name("xembed-tray".into())
            .spawn(move || worker.run())
            .map_err(|e| e.to_string())?;
        Ok(XEmbedTray { shared })
    }

    fn update(&self, change: impl FnOnce(&mut Wanted)) {
        let mut wanted = self
            .shared
            .wanted
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        change(&mut wanted);
        drop(wanted);
        // A full socket means a wake-up is already pending.
        let _ = (&self.shared.wake).write(&[1]);
    }

    /// The icon and tooltip to show.
    pub fn show(&self, look: Look, tooltip: &str) {
        self.update(|w| {
            w.look = Some(look);
            w.tooltip = tooltip.to_string();
        });
    }

    /// The menu a click opens (the tray's own; read again each time it opens).
    pub fn set_menu(&self, menu: MenuSnapshotHandle) {
        self.update(|w| w.menu = Some(menu));
    }

    /// Whether a StatusNotifierWatcher is on the bus: then the icon leaves the XEmbed tray.
    pub fn set_sni_host(&self, present: bool) {
        self.update(|w| w.sni_host = Some(present));
    }

    /// Undocks and ends the thread.
    pub fn stop(&self) {
        self.update(|w| w.quit = true);
    }
}

#[derive(Debug, thiserror::Error)]
enum XError {
    #[error("X connection: {0}")]
    Connection(#[from] ConnectionError),
    #[error("X request: {0}")]
    Reply(#[from] ReplyError),
    #[error("X request: {0}")]
    ReplyOrId(#[from] ReplyOrIdError),
    #[error("{0}")]
    Other(String),
}

struct Atoms {
    selection: u32,
    opcode: u32,
    manager: u32,
    xembed_info: u32,
    tray_visual: u32,
    net_wm_name: u32,
    utf8: u32,
    wm_type: u32,
    type_menu: u32,
    type_tooltip: u32,
}

impl Atoms {
    fn intern(conn: &RustConnection, screen: usize) -> Result<Atoms, XError> {
        let names = [
            format!("_NET_SYSTEM_TRAY_S{screen}"),
            "_NET_SYSTEM_TRAY_OPCODE".into(),
            "MANAGER".into(),
            "_XEMBED_INFO".into(),
            "_NET_SYSTEM_TRAY_VISUAL".into(),
            "_NET_WM_NAME".into(),
            "UTF8_STRING".into(),
            "_NET_WM_WINDOW_TYPE".into(),
            "_NET_WM_WINDOW_TYPE_POPUP_MENU".into(),
            "_NET_WM_WINDOW_TYPE_TOOLTIP".into(),
        ];
        let cookies: Vec<_> = names
            .iter()
            .map(|n| conn.intern_atom(false, n.as_bytes()))
            .collect::<Result<_, _>>()?;
        let mut atoms = Vec::with_capacity(cookies.len());
        for cookie in cookies {
            atoms.push(cookie.reply()?.atom);
        }
        let a = |i: usize| atoms[i];
        Ok(Atoms {
            selection: a(0),
            opcode: a(1),
            manager: a(2),
            xembed_info: a(3),
            tray_visual: a(4),
            net_wm_name: a(5),
            utf8: a(6),
            wm_type: a(7),
            type_menu: a(8),
            type_tooltip: a(9),
        })
    }
}

/// The docked icon window and what is drawn in it.
struct IconWindow {
    window: Window,
    size: (u16, u16),
    picture: render::Picture,
    /// The 32-bit source picture of the current look at the current size.
    source: Option<(Look, (u16, u16), xproto::Pixmap, render::Picture)>,
    docked: bool,
}

/// An override-redirect window of ours (a menu level or the tooltip).
struct Popup {
    window: Window,
    layout: Option<Layout>,
    at: (i16, i16),
}

struct Menu {
    nav: Nav,
    windows: Vec<Popup>,
    /// The focus before the menu took it, given back when it closes.
    previous_focus: Window,
    focused: bool,
}

struct Worker {
    conn: RustConnection,
    root: Window,
    screen_size: (u16, u16),
    root_depth: u8,
    byte_order: ImageOrder,
    /// Bits per pixel of root-depth images (menus are drawn only where that is 32).
    root_bpp: u8,
    atoms: Atoms,
    argb32: Pictformat,
    wake: UnixStream,
    shared: Arc<Shared>,
    sink: EventSink,
    gc_cache: Vec<(u8, xproto::Gcontext)>,

    manager: Option<Window>,
    icon: Option<IconWindow>,
    look: Look,
    tooltip: String,
    menu_source: Option<MenuSnapshotHandle>,
    sni_host: Option<bool>,
    /// What the app was last told (docked or not).
    reported: Option<bool>,
    menu: Option<Menu>,
    tip: Option<Popup>,
    tip_at: Option<Instant>,
    text: Option<Text>,
    /// Menu and tooltip scale: Xft.dpi / 96, read when one opens.
    scale: f32,
    keymap: Option<(u8, u8, Vec<u32>)>,
}

impl Worker {
    fn new(
        conn: RustConnection,
        screen: usize,
        wake: UnixStream,
        shared: Arc<Shared>,
        sink: EventSink,
    ) -> Result<Worker, XError> {
        let setup = conn.setup();
        let scr = setup
            .roots
            .get(screen)
            .ok_or_else(|| XError::Other(format!("no screen {screen}")))?;
        let (root, root_depth) = (scr.root, scr.root_depth);
        let screen_size = (scr.width_in_pixels, scr.height_in_pixels);
        let byte_order = setup.image_byte_order;
        let root_bpp = setup
            .pixmap_formats
            .iter()
            .find(|f| f.depth == root_depth)
            .map_or(0, |f| f.bits_per_pixel);
        let atoms = Atoms::intern(&conn, screen)?;
        // The icon is composited over the panel's background with RENDER (every X server of
        // the last twenty years has it); without it there is no XEmbed icon.
        let argb32 = find_argb32(&conn)?
            .ok_or_else(|| XError::Other("the X server has no RENDER ARGB32 format".into()))?;
        // MANAGER client messages are sent to the root window with StructureNotify.
        conn.change_window_attributes(
            root,
            &ChangeWindowAttributesAux::new().event_mask(EventMask::STRUCTURE_NOTIFY),
        )?;
        conn.flush()?;
        Ok(Worker {
            conn,
            root,
            screen_size,
            root_depth,
            byte_order,
            root_bpp,
            atoms,
            argb32,
            wake,
            shared,
            sink,
            gc_cache: Vec::new(),
            manager: None,
            icon: None,
            look: Look::Active,
            tooltip: "posture-break".into(),
            menu_source: None,
            sni_host: None,
            reported: None,
            menu: None,
            tip: None,
            tip_at: None,
            text: None,
            scale: 1.0,
            keymap: None,
        })
    }

    fn run(mut self) {
        if let Err(err) = self.run_loop() {
            eprintln!("posture-break: the XEmbed tray icon stopped: {err}");
        }
        self.undock();
        let _ = self.conn.flush();
    }

    fn run_loop(&mut self) -> Result<(), XError> {
        self.find_manager()?;
        loop {
            if self.take_wanted()? {
                return Ok(());
            }
            while let Some(event) = self.conn.poll_for_event()? {
                self.event(event)?;
            }
            if self.tip_at.is_some_and(|at| Instant::now() >= at) {
                self.tip_at = None;
                self.show_tip()?;
            }
            self.report();
            self.conn.flush()?;
            self.sleep()?;
        }
    }

    /// Tells the app when the icon got docked, or when it cannot be (no watcher and no tray
    /// manager); moves between managers or over to the StatusNotifierItem say nothing.
    fn report(&mut self) {
        let now = if self.icon.as_ref().is_some_and(|i| i.docked) {
            Some(true)
        } else if self.sni_host == Some(false) && self.manager.is_none() {
            Some(false)
        } else {
            if self.sni_host == Some(true) {
                self.reported = None;
            }
            None
        };
        if let Some(docked) = now.filter(|_| now != self.reported) {
            self.reported = now;
            (self.sink)(AppEvent::XEmbedTray { docked });
        }
    }

    /// Blocks until the X socket or the wake-up socket is readable (or the tooltip is due).
    fn sleep(&mut self) -> Result<(), XError> {
        let timeout = self.tip_at.map_or(-1, |at| {
            let ms = at.saturating_duration_since(Instant::now()).as_millis() + 1;
            ms.min(60_000) as libc::c_int
        });
        let mut fds = [
            libc::pollfd {
                fd: self.conn.stream().as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: self.wake.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        // SAFETY: two valid pollfd structs that live across the call.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout) };
        if n < 0 {
            let err = std::io::Error::last_os_error();
            if err.kind() != std::io::ErrorKind::Interrupted {
                return Err(XError::Other(format!("poll: {err}")));
            }
        }
        if fds[0].revents & (libc::POLLHUP | libc::POLLERR) != 0
            && fds[0].revents & libc::POLLIN == 0
        {
            return Err(XError::Other("the X server closed the connection".into()));
        }
        Ok(())
    }

    /// Applies what the main thread asked for; true when it asked to quit.
    fn take_wanted(&mut self) -> Result<bool, XError> {
        let mut buf = [0u8; 64];
        while matches!((&self.wake).read(&mut buf), Ok(n) if n > 0) {}
        let (look, tooltip, menu, sni_host, quit) = {
            let mut w = self
                .shared
                .wanted
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            (w.look, w.tooltip.clone(), w.menu.take(), w.sni_host, w.quit)
        };
        if quit {
            return Ok(true);
        }
        if let Some(menu) = menu {
            self.menu_source = Some(menu);
        }
        let look_changed = look.is_some_and(|l| l != self.look);
        if let Some(look) = look {
            self.look = look;
        }
        if !tooltip.is_empty() && tooltip != self.tooltip {
            self.tooltip = tooltip;
            if let Some(icon) = &self.icon {
                let window = icon.window;
                self.set_name(window, &self.tooltip.clone())?;
            }
            if self.tip.is_some() {
                self.hide_tip();
                self.show_tip()?;
            }
        }
        if look_changed {
            self.draw_icon()?;
        }
        if sni_host != self.sni_host {
            self.sni_host = sni_host;
            if sni_host == Some(false) {
                self.dock()?;
            } else {
                self.undock();
            }
        }
        Ok(false)
    }

    // ---- the tray manager ----

    fn find_manager(&mut self) -> Result<(), XError> {
        let owner = self
            .conn
            .get_selection_owner(self.atoms.selection)?
            .reply()?
            .owner;
        self.set_manager(owner)
    }

    fn set_manager(&mut self, owner: Window) -> Result<(), XError> {
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
    fn tray_visual(&self, manager: Window) -> Option<(Visualid, u8)> {
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

    fn dock(&mut self) -> Result<(), XError> {
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

    fn undock(&mut self) {
        self.close_menu();
        self.hide_tip();
        self.tip_at = None;
        if let Some(icon) = self.icon.take() {
            self.free_source(&icon);
            let _ = self.conn.render_free_picture(icon.picture);
            let _ = self.conn.destroy_window(icon.window);
        }
    }

    fn free_source(&self, icon: &IconWindow) {
        if let Some((_, _, pixmap, picture)) = icon.source {
            let _ = self.conn.render_free_picture(picture);
            let _ = self.conn.free_pixmap(pixmap);
        }
    }

    fn set_name(&self, window: Window, name: &str) -> Result<(), XError> {
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

    // ---- events ----

    fn is_icon(&self, window: Window) -> bool {
        self.icon.as_ref().is_some_and(|i| i.window == window)
    }

    fn menu_level(&self, window: Window) -> Option<usize> {
        self.menu
            .as_ref()?
            .windows
            .iter()
            .position(|p| p.window == window)
    }

    fn event(&mut self, event: Event) -> Result<(), XError> {
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

    fn navigate(&mut self, f: impl FnOnce(&mut Nav) -> Step) -> Result<(), XError> {
        match self.menu.as_mut().map(|m| f(&mut m.nav)) {
            Some(step) => self.apply(step),
            None => Ok(()),
        }
    }

    fn row_under(&self, window: Window, x: i16, y: i16) -> Option<(usize, usize)> {
        let level = self.menu_level(window)?;
        let layout = self.menu.as_ref()?.windows[level].layout.as_ref()?;
        if x < 0 || y < 0 || x as u16 >= layout.width {
            return None;
        }
        Some((level, layout.row_at(f32::from(y))?))
    }

    fn keysym(&mut self, keycode: u8) -> Option<u32> {
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

    // ---- drawing ----

    fn gc(&mut self, drawable: xproto::Drawable, depth: u8) -> Result<xproto::Gcontext, XError> {
        if let Some((_, gc)) = self.gc_cache.iter().find(|(d, _)| *d == depth) {
            return Ok(*gc);
        }
        let gc = self.conn.generate_id()?;
        self.conn
            .create_gc(gc, drawable, &CreateGCAux::new().graphics_exposures(0))?;
        self.gc_cache.push((depth, gc));
        Ok(gc)
    }

    /// Premultiplied RGBA (tiny-skia) as 32-bit pixels in the server's byte order.
    fn pixels(&self, pix: &Pixmap) -> Vec<u8> {
        let lsb = self.byte_order == ImageOrder::LSB_FIRST;
        pix.data()
            .chunks_exact(4)
            .flat_map(|p| {
                let (r, g, b, a) = (p[0], p[1], p[2], p[3]);
                if lsb {
                    [b, g, r, a]
                } else {
                    [a, r, g, b]
                }
            })
            .collect()
    }

    /// PutImage in bands that fit the server's maximum request size.
    fn put(
        &mut self,
        drawable: xproto::Drawable,
        depth: u8,
        pix: &Pixmap,
        at: (i16, i16),
    ) -> Result<(), XError> {
        let gc = self.gc(drawable, depth)?;
        let data = self.pixels(pix);
        let stride = pix.width() as usize * 4;
        let max = self
            .conn
            .maximum_request_bytes()
            .saturating_sub(64)
            .max(stride);
        let rows_per = (max / stride).max(1);
        for (band, chunk) in data.chunks(rows_per * stride).enumerate() {
            let y = at.1 as i32 + (band * rows_per) as i32;
            self.conn.put_image(
                ImageFormat::Z_PIXMAP,
                drawable,
                gc,
                pix.width() as u16,
                (chunk.len() / stride) as u16,
                at.0,
                y.clamp(i16::MIN.into(), i16::MAX.into()) as i16,
                0,
                depth,
                chunk,
            )?;
        }
        Ok(())
    }

    /// The icon scaled to the window, composited over the panel's background.
    fn draw_icon(&mut self) -> Result<(), XError> {
        let argb32 = self.argb32;
        let Some(icon) = self.icon.as_ref() else {
            return Ok(());
        };
        let (window, size, look) = (icon.window, icon.size, self.look);
        let fresh = icon
            .source
            .is_some_and(|(l, s, _, _)| l == look && s == size);
        if !fresh {
            if let Some(icon) = self.icon.as_ref() {
                self.free_source(icon);
            }
            if let Some(icon) = self.icon.as_mut() {
                icon.source = None;
            }
            let Some(image) = icon_pixmap(look, size) else {
                return Ok(());
            };
            let pixmap = self.conn.generate_id()?;
            self.conn
                .create_pixmap(32, pixmap, window, size.0, size.1)?;
            self.put(pixmap, 32, &image, (0, 0))?;
            let picture = self.conn.generate_id()?;
            self.conn
                .render_create_picture(picture, pixmap, argb32, &Default::default())?;
            if let Some(icon) = self.icon.as_mut() {
                icon.source = Some((look, size, pixmap, picture));
            }
        }
        let Some(icon) = self.icon.as_ref() else {
            return Ok(());
        };
        let Some((_, _, _, source)) = icon.source else {
            return Ok(());
        };
        self.conn.clear_area(false, window, 0, 0, 0, 0)?;
        self.conn.render_composite(
            PictOp::OVER,
            source,
            NONE,
            icon.picture,
            0,
            0,
            0,
            0,
            0,
            0,
            size.0,
            size.1,
        )?;
        Ok(())
    }

    fn text(&mut self) -> Option<&mut Text> {
        if self.text.is_none() {
            self.text = Text::load();
        }
        self.text.as_mut()
    }

    /// Where the icon is on the screen: (x, y, width, height).
    fn icon_geometry(&self) -> Option<(i16, i16, u16, u16)> {
        let icon = self.icon.as_ref()?;
        let t = self
            .conn
            .translate_coordinates(icon.window, self.root, 0, 0)
            .ok()?
            .reply()
            .ok()?;
        Some((t.dst_x, t.dst_y, icon.size.0, icon.size.1))
    }

    fn create_popup(
        &mut self,
        (x, y, w, h): (i16, i16, u16, u16),
        name: &str,
        kind: u32,
        events: EventMask,
    ) -> Result<Window, XError> {
        let window = self.conn.generate_id()?;
        let aux = CreateWindowAux::new()
            .override_redirect(1)
            .save_under(1)
            .background_pixel(0x00F3_F5F1)
            .event_mask(events);
        self.conn.create_window(
            COPY_DEPTH_FROM_PARENT,
            window,
            self.root,
            x,
            y,
            w.max(1),
            h.max(1),
            0,
            WindowClass::INPUT_OUTPUT,
            COPY_FROM_PARENT,
            &aux,
        )?;
        self.set_name(window, name)?;
        self.conn.change_property8(
            PropMode::REPLACE,
            window,
            AtomEnum::WM_CLASS,
            AtomEnum::STRING,
            b"posture-break\0posture-break\0",
        )?;
        self.conn.change_property32(
            PropMode::REPLACE,
            window,
            self.atoms.wm_type,
            AtomEnum::ATOM,
            &[kind],
        )?;
        self.conn.map_window(window)?;
        self.conn.configure_window(
            window,
            &ConfigureWindowAux::new().stack_mode(StackMode::ABOVE),
        )?;
        Ok(window)
    }

    /// Places a w×h box next to the icon (below it, or above when the panel is at the bottom),
    /// inside the screen.
    fn beside_icon(&self, w: u16, h: u16) -> (i16, i16) {
        let (sw, sh) = (i32::from(self.screen_size.0), i32::from(self.screen_size.1));
        let (ix, iy, _, ih) = self.icon_geometry().unwrap_or((0, 0, 0, 0));
        let (ix, iy, ih, w, h) = (
            i32::from(ix),
            i32::from(iy),
            i32::from(ih),
            i32::from(w),
            i32::from(h),
        );
        let x = ix.min(sw - w).max(0);
        let y = if iy + ih + h <= sh {
            iy + ih
        } else {
            (iy - h).max(0)
        };
        (x as i16, y as i16)
    }

    /// Xft.dpi / 96 (the desktop's font scale, as winit reads it for the stretch window).
    fn read_scale(&self) -> f32 {
        let dpi = x11rb::resource_manager::new_from_default(&self.conn)
            .ok()
            .and_then(|db| db.get_value::<f32>("Xft.dpi", "").ok().flatten());
        dpi.map_or(1.0, |dpi| (dpi / 96.0).clamp(1.0, 4.0))
    }

    // ---- the menu ----

    fn open_menu(&mut self) -> Result<(), XError> {
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
    fn sync_windows(&mut self, from: usize) -> Result<(), XError> {
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

    fn draw_level(&mut self, level: usize) -> Result<(), XError> {
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
    fn take_focus(&mut self) -> Result<(), XError> {
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

    fn apply(&mut self, step: Step) -> Result<(), XError> {
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

    fn close_menu(&mut self) {
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

    /// Fonts and glyph caches go once no menu or tooltip is open, and with them the memory and
    /// code pages drawing took (as after the stretch window).
    fn drop_text(&mut self) {
        if self.text.take().is_some() {
            super::release_freed_memory();
        }
    }

    // ---- the tooltip ----

    fn show_tip(&mut self) -> Result<(), XError> {
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

    fn draw_tip(&mut self) -> Result<(), XError> {
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

    fn hide_tip(&mut self) {
        if let Some(tip) = self.tip.take() {
            let _ = self.conn.destroy_window(tip.window);
        }
        if self.menu.is_none() {
            self.drop_text();
        }
    }
}

/// The look's PNG scaled to `size` (centred, aspect kept), premultiplied.
fn icon_pixmap(look: Look, (w, h): (u16, u16)) -> Option<Pixmap> {
    let (rgba, iw, ih) = super::tray::decode_rgba(look).ok()?;
    let mut src = Pixmap::new(iw, ih)?;
    for (dst, px) in src.pixels_mut().iter_mut().zip(rgba.chunks_exact(4)) {
        *dst = tiny_skia::ColorU8::from_rgba(px[0], px[1], px[2], px[3]).premultiply();
    }
    let mut out = Pixmap::new(u32::from(w), u32::from(h))?;
    let side = f32::from(w.min(h));
    let scale = side / iw.max(ih) as f32;
    let (dx, dy) = (
        (f32::from(w) - iw as f32 * scale) / 2.0,
        (f32::from(h) - ih as f32 * scale) / 2.0,
    );
    let paint = PixmapPaint {
        quality: FilterQuality::Bicubic,
        ..PixmapPaint::default()
    };
    let t = Transform::from_scale(scale, scale).post_translate(dx, dy);
    out.draw_pixmap(0, 0, src.as_ref(), &paint, t, None);
    Some(out)
}

fn find_argb32(conn: &RustConnection) -> Result<Option<Pictformat>, XError> {
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
