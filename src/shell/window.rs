//! What the app's windows (stretch, week, the app's own) share on the window-system side: the
//! attributes every app window gets, one error type, creating the softbuffer surface, the
//! app's own title bar where the compositor draws no frame, and presenting a tiny-skia pixmap
//! through it. Their look is `crate::paint::kit`.

use std::borrow::Cow;
use std::num::NonZeroU32;
use std::rc::Rc;

use softbuffer::{Buffer, Context, SoftBufferError, Surface};
use tiny_skia::{Pixmap, PremultipliedColorU8};
use winit::dpi::{LogicalSize, PhysicalPosition, PhysicalSize, Size};
use winit::event::WindowEvent;
use winit::event_loop::ActiveEventLoop;
#[cfg(target_os = "linux")]
use winit::platform::x11::WindowAttributesExtX11;
use winit::window::{CursorIcon, Window, WindowAttributes};

use super::accessible::{Accessible, Item};
use super::title_bar::{self, Routed, TitleBar};
use super::EventSink;
use crate::paint::text::Text;

#[derive(Debug, thiserror::Error)]
pub(crate) enum WindowError {
    /// The window's name ("stretch", "week") and why it could not be created.
    #[error("cannot create the {0} window: {1}")]
    Create(&'static str, #[source] winit::error::OsError),
    #[error("cannot set up drawing for the {0} window: {1}")]
    Surface(&'static str, #[source] SoftBufferError),
    #[error("the bundled font could not be loaded")]
    Font,
}

/// A frame's pixels on their way to a window.
pub(super) type WindowBuffer<'a> = Buffer<'a, Rc<Window>, Rc<Window>>;

/// A window with its softbuffer surface, and the title bar the app draws where the compositor
/// draws no frame (`title_bar`). Field order is drop order: the surface goes before the window
/// it draws into.
pub(crate) struct Drawable {
    pub(super) surface: Surface<Rc<Window>, Rc<Window>>,
    _context: Context<Rc<Window>>,
    /// Before the window: the adapter stops serving the tree before the window goes.
    accessible: Option<Accessible>,
    pub(super) window: Rc<Window>,
    title_bar: Option<TitleBar>,
}

/// A blank frame of `size` for a window that draws only when asked (expose, hover): none stays
/// allocated between frames. None while the window has no size (minimised, not mapped yet).
pub(super) fn blank_frame(size: PhysicalSize<u32>) -> Option<Pixmap> {
    Pixmap::new(size.width, size.height)
}

impl Drawable {
    /// Presents a whole painted frame of the content, flipped first for a right-to-left layout
    /// (see `paint::text::mirror`), under the title bar if there is one; a frame that cannot be
    /// shown is said on stderr, as `what`'s.
    pub(super) fn present_whole(&mut self, mut pix: Pixmap, text: &mut Text, what: &str) {
        if text.mirrored {
            crate::paint::text::mirror(&mut pix);
        }
        let bar = self.bar_height();
        let (Some(w), Some(h)) = (
            NonZeroU32::new(pix.width()),
            NonZeroU32::new(pix.height() + bar),
        ) else {
            return;
        };
        let shown = self.surface.resize(w, h).and_then(|()| {
            let (mut buffer, below_bar, _) = self.next_buffer(w.get(), text)?;
            copy_all(&mut buffer[below_bar..], &pix);
            buffer.present()
        });
        if let Err(e) = shown {
            eprintln!("posture-break: {what} frame skipped: {e}");
        }
    }

    /// Creates the window `name` ("stretch", "week", for errors) and its surface. Under a
    /// Wayland compositor that draws no frames the window gets the app's own title bar (and is
    /// taller by it); elsewhere the system's frame. With `sink` the window is served to screen
    /// readers (`show_items`), its actions sent through `sink`.
    pub(super) fn open(
        event_loop: &ActiveEventLoop,
        name: &'static str,
        attrs: WindowAttributes,
        sink: Option<EventSink>,
    ) -> Result<Self, WindowError> {
        // The accessibility adapter must exist before the window is first shown.
        let attrs = match sink {
            Some(_) => attrs.with_visible(false),
            None => attrs,
        };
        let own_bar = is_wayland(event_loop) && !super::platform::compositor_draws_frames();
        let attrs = match (own_bar, attrs.inner_size) {
            (true, Some(Size::Logical(size))) => {
                let taller = LogicalSize::new(size.width, size.height + title_bar::HEIGHT);
                attrs.with_decorations(false).with_inner_size(taller)
            }
            _ => attrs,
        };
        let title = attrs.title.clone();
        let created = event_loop.create_window(attrs);
        let window = Rc::new(created.map_err(|e| WindowError::Create(name, e))?);
        let surface_err = |e| WindowError::Surface(name, e);
        let context = Context::new(window.clone()).map_err(surface_err)?;
        let surface = Surface::new(&context, window.clone()).map_err(surface_err)?;
        let title_bar = (own_bar && !window.is_decorated())
            .then(|| TitleBar::new(title.clone(), window.scale_factor()));
        let bar_height = title_bar.as_ref().map_or(0, TitleBar::height);
        let accessible =
            sink.map(|sink| Accessible::new(event_loop, &window, title, bar_height, sink));
        if accessible.is_some() {
            window.set_visible(true);
        }
        Ok(Self {
            surface,
            _context: context,
            accessible,
            window,
            title_bar,
        })
    }

    /// Whether the window is served to screen readers (then its content says what it shows).
    pub(super) fn accessible(&self) -> bool {
        self.accessible.is_some()
    }

    /// What the window shows now, for screen readers (only a change goes out, and only while
    /// one listens).
    pub(super) fn show_items(&mut self, items: Vec<Item>) {
        if let Some(accessible) = &mut self.accessible {
            accessible.show(items);
        }
    }

    /// The size the content has: the window's, less the app's title bar if it has one.
    pub(super) fn content_size(&self) -> PhysicalSize<u32> {
        let size = self.window.inner_size();
        PhysicalSize::new(size.width, size.height.saturating_sub(self.bar_height()))
    }

    /// The app's title bar's height in physical pixels (0 without one).
    pub(super) fn bar_height(&self) -> u32 {
        self.title_bar.as_ref().map_or(0, TitleBar::height)
    }

    /// An event of this window as its content sees it (see `TitleBar::route`).
    pub(crate) fn route<'a>(&mut self, event: &'a WindowEvent) -> Routed<'a> {
        if let Some(accessible) = &mut self.accessible {
            accessible.process_event(&self.window, event);
        }
        match &mut self.title_bar {
            Some(bar) => bar.route(&self.window, event),
            None => Routed::Content(Cow::Borrowed(event)),
        }
    }

    /// The surface's next buffer (already sized), with the title bar (if any) copied into its
    /// top rows, `width` pixels wide; where the content starts in it, and whether the bar
    /// changed since it was last copied (then a frame that would show only its damage must be
    /// presented whole).
    pub(super) fn next_buffer(
        &mut self,
        width: u32,
        text: &mut Text,
    ) -> Result<(WindowBuffer<'_>, usize, bool), SoftBufferError> {
        let mut buffer = self.surface.buffer_mut()?;
        let Some((pix, changed)) = self.title_bar.as_mut().and_then(|b| b.frame(width, text))
        else {
            return Ok((buffer, 0, false));
        };
        let end = (pix.width() * pix.height()) as usize;
        match buffer.get_mut(..end) {
            Some(top) => {
                copy_all(top, pix);
                Ok((buffer, end, changed))
            }
            None => Ok((buffer, 0, false)),
        }
    }

    /// The pointer cursor over something clickable, the default one elsewhere.
    pub(super) fn point_at_clickable(&self, clickable: bool) {
        self.window.set_cursor(if clickable {
            CursorIcon::Pointer
        } else {
            CursorIcon::Default
        });
    }
}

#[cfg(target_os = "linux")]
pub(super) fn is_wayland(event_loop: &ActiveEventLoop) -> bool {
    use winit::platform::wayland::ActiveEventLoopExtWayland;
    event_loop.is_wayland()
}

#[cfg(not(target_os = "linux"))]
pub(super) fn is_wayland(_: &ActiveEventLoop) -> bool {
    false
}

/// Layout scale of a window's scale factor (never degenerate).
pub(super) fn layout_scale(scale: f64) -> f32 {
    (scale as f32).max(0.5)
}

/// One pixmap pixel as softbuffer wants it (0RGB; the drawings are opaque).
pub(super) fn to_softbuffer(px: &PremultipliedColorU8) -> u32 {
    u32::from_be_bytes([0, px.red(), px.green(), px.blue()])
}

/// Copies the whole pixmap into the buffer (or its start).
pub(super) fn copy_all(buffer: &mut [u32], pix: &Pixmap) {
    for (dst, px) in buffer.iter_mut().zip(pix.pixels()) {
        *dst = to_softbuffer(px);
    }
}

/// The X11 class (WM_CLASS) and Wayland app id of the app's windows: the packaged desktop
/// entry's id (`io.github.posture_break.desktop`), which both entries also name as
/// `StartupWMClass`, so docks show the windows under the app's launcher and icon.
#[cfg(target_os = "linux")]
pub(crate) const WINDOW_CLASS: &str = crate::autostart::linux::APP_ID;

/// The app's icon (the tray's, 48 px) for the window: `_NET_WM_ICON` on X11, the window's icon
/// on Windows, so panels, docks and Alt+Tab show it; Wayland takes icons from the desktop entry.
fn app_icon() -> Option<winit::window::Icon> {
    let (rgba, width, height) = super::tray::decode_rgba(super::tray::Look::Active).ok()?;
    winit::window::Icon::from_rgba(rgba, width, height).ok()
}

/// An app window's attributes: its title, fixed logical size, the WM_CLASS window managers and
/// panels group by (and the Wayland app id), centred on the monitor the person works on: where
/// the pointer is (X11) or the foreground window is (Windows), else the primary one. (Wayland
/// compositors place windows themselves.)
pub(super) fn app_window(
    event_loop: &ActiveEventLoop,
    title: String,
    logical: LogicalSize<f32>,
) -> WindowAttributes {
    let attrs = Window::default_attributes()
        .with_title(title)
        .with_inner_size(logical)
        .with_resizable(false)
        .with_window_icon(app_icon());
    #[cfg(target_os = "linux")]
    let attrs = attrs.with_name(WINDOW_CLASS, WINDOW_CLASS);
    let monitors: Vec<_> = event_loop.available_monitors().collect();
    let areas: Vec<[i32; 4]> = monitors
        .iter()
        .map(|m| {
            let (pos, size) = (m.position(), m.size());
            [pos.x, pos.y, size.width as i32, size.height as i32]
        })
        .collect();
    let in_use = super::platform::point_in_use()
        .and_then(|point| monitor_at(point, &areas))
        .and_then(|index| monitors.get(index).cloned());
    match in_use
        .or_else(|| event_loop.primary_monitor())
        .or_else(|| monitors.first().cloned())
    {
        Some(m) => {
            let phys: PhysicalSize<i32> = logical.to_physical(m.scale_factor());
            let (pos, area) = (m.position(), m.size());
            let x = pos.x + (area.width as i32 - phys.width).max(0) / 2;
            let y = pos.y + (area.height as i32 - phys.height).max(0) / 2;
            attrs.with_position(PhysicalPosition::new(x, y))
        }
        None => attrs,
    }
}

/// The monitor (x, y, width, height in physical pixels) that holds `point`.
fn monitor_at((x, y): (i32, i32), monitors: &[[i32; 4]]) -> Option<usize> {
    monitors
        .iter()
        .position(|&[mx, my, w, h]| x >= mx && x < mx + w && y >= my && y < my + h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_monitor_in_use_is_the_one_holding_the_point() {
        let two = [[0, 0, 1280, 800], [1280, 0, 1920, 1080]];
        assert_eq!(monitor_at((10, 10), &two), Some(0));
        assert_eq!(monitor_at((1279, 799), &two), Some(0));
        assert_eq!(monitor_at((1280, 0), &two), Some(1));
        assert_eq!(monitor_at((3199, 1079), &two), Some(1));
        assert_eq!(monitor_at((3200, 10), &two), None);
        assert_eq!(monitor_at((100, 900), &two), None);
        assert_eq!(
            monitor_at((-5, 10), &[[-1920, 0, 1920, 1080], [0, 0, 100, 100]]),
            Some(0)
        );
    }

    /// One name everywhere: the packaged entry's id, both entries' `StartupWMClass` and the
    /// windows' class; and the same launcher actions in both entries.
    #[cfg(target_os = "linux")]
    #[test]
    fn the_desktop_entries_name_the_windows_class_and_share_their_actions() {
        const PACKAGED: &str =
            include_str!("../../packaging/linux/io.github.posture_break.desktop");
        let wanted = format!("StartupWMClass={WINDOW_CLASS}\n");
        assert!(PACKAGED.contains(&wanted), "{PACKAGED}");
        let exe = std::path::Path::new("/usr/bin/posture-break");
        let autostart = crate::autostart::linux::desktop_entry(exe).unwrap();
        assert!(autostart.contains(&wanted), "{autostart}");
        // The packaged entry runs `posture-break` from PATH; the autostart one this binary.
        let packaged_actions = PACKAGED.split_once("Actions=").map(|(_, a)| a).unwrap();
        let autostart_actions = autostart.split_once("Actions=").map(|(_, a)| a).unwrap();
        assert_eq!(
            packaged_actions,
            autostart_actions.replace("/usr/bin/posture-break", "posture-break")
        );
        // Both describe the app in every language it speaks.
        for line in autostart.lines().filter(|l| l.starts_with("Comment")) {
            assert!(PACKAGED.lines().any(|p| p == line), "not packaged: {line}");
        }
        for language in &crate::core::words::LANGUAGES[1..] {
            let words = crate::core::words::Words::new(language).unwrap();
            let line = format!(
                "GenericName[{}]={}",
                language.tag.replace('-', "_"),
                words.get("launcher-generic-name")
            );
            assert!(PACKAGED.lines().any(|p| p == line), "not packaged: {line}");
        }
    }

    #[test]
    fn the_windows_carry_the_apps_icon() {
        assert!(app_icon().is_some());
    }
}
