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
//!
//! Here: the main thread's handle and the X thread's loop. The X thread's work by concern:
//! `dock` (the tray protocol), `draw` (pixels to X, the icon), `events` (X events to actions),
//! `menu` (its windows; `popup` is the menu as data, its layout and painting) and `tooltip`.

mod dock;
mod draw;
mod events;
mod menu;
mod popup;
mod tooltip;

use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use tray_icon::menu::MenuSnapshotHandle;
use x11rb::connection::Connection;
use x11rb::errors::{ConnectionError, ReplyError, ReplyOrIdError};
use x11rb::protocol::render::{self, Pictformat};
use x11rb::protocol::xproto::{
    self, AtomEnum, ChangeWindowAttributesAux, ConfigureWindowAux, ConnectionExt as _,
    CreateWindowAux, EventMask, ImageOrder, PropMode, StackMode, Window, WindowClass,
};
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;
use x11rb::{COPY_DEPTH_FROM_PARENT, COPY_FROM_PARENT};

use self::dock::find_argb32;
use self::popup::{Layout, Nav};
use crate::paint::text::Text;
use crate::shell::tray::Look;
use crate::shell::{AppEvent, EventSink};

/// How long the pointer rests on the icon before the tooltip shows.
const TOOLTIP_DELAY: Duration = Duration::from_millis(500);

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

    // ---- popup windows (the menu levels and the tooltip) ----

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
}
