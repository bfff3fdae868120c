//! A title bar the app draws itself, for Wayland compositors that draw no window frames (GNOME:
//! it offers no xdg-decoration). Without one, winit's fallback is a bare dark bar with no
//! title. It shows the window's title and a close button, and a press anywhere else on it moves
//! the window (`drag_window`, the compositor's interactive move). Compositors that decorate on
//! the server side (KDE, sway), and X11 and Windows, keep their own frames.
//!
//! The bar lives above the window's content: the window is taller by the bar, the content's
//! events arrive shifted below it (`TitleBar::route`), and frames are presented with the bar's
//! rows first. The windows themselves lay out and paint their content as before.

use std::borrow::Cow;

use tiny_skia::{LineCap, Paint, PathBuilder, Pixmap, Rect, Stroke, Transform};
use winit::dpi::{PhysicalPosition, PhysicalSize};
use winit::event::{ElementState, MouseButton, WindowEvent};
use winit::window::Window;

use crate::paint::kit::{self, solid, Area, Rgb, INK, MUTED, TRACK};
use cosmic_text::Align;

use crate::paint::text::{style, Text};

/// The bar's height in logical pixels (GNOME's headers are 46, its title bars 36).
pub(super) const HEIGHT: f64 = 36.0;
const BAR: Rgb = [0xE4, 0xE9, 0xE5];
const CLOSE_HOVER: Rgb = [0xCF, 0xD8, 0xD3];

/// What an event means for the window under the bar.
pub(crate) enum Routed<'a> {
    /// An event for the content, in the content's own coordinates.
    Content(Cow<'a, WindowEvent>),
    /// The bar took it (a hover, a move).
    Taken,
}

pub(super) struct TitleBar {
    title: String,
    scale: f64,
    /// Where the pointer is over the bar (None: below it, or outside the window).
    pointer: Option<PhysicalPosition<f64>>,
    pressed_close: bool,
    /// The close button sits on the left in a right-to-left window.
    close_on_left: bool,
    /// The last bar painted, and what it was painted for (width, hover, scale).
    painted: Option<(Pixmap, (u32, bool, u64))>,
}

impl TitleBar {
    pub(super) fn new(title: String, scale: f64) -> Self {
        Self {
            title,
            scale,
            pointer: None,
            pressed_close: false,
            close_on_left: false,
            painted: None,
        }
    }

    /// The bar's height in physical pixels.
    pub(super) fn height(&self) -> u32 {
        bar_height(self.scale)
    }

    fn close_area(&self, width: u32) -> Area {
        close_area(width, self.scale, self.close_on_left)
    }

    fn over_close(&self, width: u32) -> bool {
        self.pointer
            .is_some_and(|p| kit::contains(self.close_area(width), p.x, p.y))
    }

    /// Routes one event of `window`: the bar's own (hover, close, move) stay here; the rest go
    /// to the content, moved up by the bar's height. A click on the close button comes out as
    /// the window manager's close.
    pub(super) fn route<'a>(&mut self, window: &Window, event: &'a WindowEvent) -> Routed<'a> {
        let bar = f64::from(self.height());
        let width = window.inner_size().width;
        let hovered_close = self.over_close(width);
        let routed = match event {
            WindowEvent::Resized(size) => Routed::Content(Cow::Owned(WindowEvent::Resized(
                PhysicalSize::new(size.width, size.height.saturating_sub(self.height())),
            ))),
            WindowEvent::ScaleFactorChanged { scale_factor, .. } => {
                self.scale = *scale_factor;
                Routed::Content(Cow::Borrowed(event))
            }
            WindowEvent::CursorMoved {
                device_id,
                position,
            } if position.y < bar => {
                let entered = self.pointer.is_none();
                self.pointer = Some(*position);
                if entered {
                    Routed::Content(Cow::Owned(WindowEvent::CursorLeft {
                        device_id: *device_id,
                    }))
                } else {
                    Routed::Taken
                }
            }
            WindowEvent::CursorMoved {
                device_id,
                position,
            } => {
                self.pointer = None;
                Routed::Content(Cow::Owned(WindowEvent::CursorMoved {
                    device_id: *device_id,
                    position: PhysicalPosition::new(position.x, position.y - bar),
                }))
            }
            WindowEvent::CursorLeft { .. } => {
                self.pointer = None;
                Routed::Content(Cow::Borrowed(event))
            }
            WindowEvent::MouseInput {
                state,
                button: MouseButton::Left,
                ..
            } if self.pointer.is_some() || self.pressed_close => {
                match state {
                    ElementState::Pressed if hovered_close => self.pressed_close = true,
                    // The compositor moves the window while the button is held.
                    ElementState::Pressed => {
                        if let Err(e) = window.drag_window() {
                            eprintln!("posture-break: the window cannot be moved: {e}");
                        }
                    }
                    ElementState::Released => {
                        if std::mem::take(&mut self.pressed_close) && hovered_close {
                            return Routed::Content(Cow::Owned(WindowEvent::CloseRequested));
                        }
                    }
                }
                Routed::Taken
            }
            WindowEvent::MouseInput { .. } if self.pointer.is_some() => Routed::Taken,
            _ => Routed::Content(Cow::Borrowed(event)),
        };
        if self.over_close(width) != hovered_close {
            window.request_redraw();
        }
        routed
    }

    /// The bar for a window `width` pixels wide, painted again only when something on it
    /// changed (then the flag is true: the whole frame must be presented).
    pub(super) fn frame(&mut self, width: u32, text: &mut Text) -> Option<(&Pixmap, bool)> {
        self.close_on_left = text.mirrored;
        let key = (width, self.over_close(width), self.scale.to_bits());
        let fresh = self.painted.as_ref().is_some_and(|(_, k)| *k == key);
        if !fresh {
            let pix = self.paint(width, key.1, text)?;
            self.painted = Some((pix, key));
        }
        self.painted.as_ref().map(|(pix, _)| (pix, !fresh))
    }

    fn paint(&self, width: u32, hot: bool, text: &mut Text) -> Option<Pixmap> {
        let height = self.height();
        let mut pix = Pixmap::new(width, height)?;
        pix.fill(kit::rgb(BAR));
        let s = self.scale as f32;
        let (w, h) = (width as f32, height as f32);
        if let Some(line) = Rect::from_xywh(0.0, h - s.max(1.0), w, s.max(1.0)) {
            pix.fill_rect(line, &solid(TRACK), Transform::identity(), None);
        }
        let area @ [cx, cy, cw, ch] = self.close_area(width);
        if hot {
            kit::round_rect(&mut pix, area, cw / 2.0, CLOSE_HOVER);
        }
        let (mx, my, arm) = (cx + cw / 2.0, cy + ch / 2.0, 4.5 * s);
        let mut cross = PathBuilder::new();
        cross.move_to(mx - arm, my - arm);
        cross.line_to(mx + arm, my + arm);
        cross.move_to(mx + arm, my - arm);
        cross.line_to(mx - arm, my + arm);
        if let Some(path) = cross.finish() {
            let stroke = Stroke {
                width: 1.6 * s,
                line_cap: LineCap::Round,
                ..Stroke::default()
            };
            let paint: Paint = solid(if hot { INK } else { MUTED });
            pix.stroke_path(&path, &paint, &stroke, Transform::identity(), None);
        }
        // The title between the button's room on both sides, drawn as it reads (the bar is not
        // flipped with a right-to-left frame).
        let room = cw + 16.0 * s;
        let (scale, mirrored) = (text.s, text.mirrored);
        text.s = s;
        text.mirrored = false;
        let title = style(13.5, true, INK, Align::Center);
        let (buf, used) = text.shape(&self.title, title, (w - 2.0 * room).max(1.0));
        let top = ((h - used) / 2.0).max(0.0);
        text.blit(&mut pix, &buf, INK, (room, top));
        text.s = scale;
        text.mirrored = mirrored;
        Some(pix)
    }
}

pub(super) fn bar_height(scale: f64) -> u32 {
    (HEIGHT * scale).round() as u32
}

/// The close button: a 24 px circle 6 px in from the bar's end.
fn close_area(width: u32, scale: f64, on_left: bool) -> Area {
    let s = scale as f32;
    let size = 24.0 * s;
    let top = (bar_height(scale) as f32 - size) / 2.0;
    let x = match on_left {
        true => 6.0 * s,
        false => width as f32 - 6.0 * s - size,
    };
    [x, top, size, size]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_close_button_sits_inside_the_bar_at_its_end() {
        for scale in [1.0, 1.25, 2.0] {
            let width = 800;
            let bar = bar_height(scale) as f32;
            let [x, y, w, h] = close_area(width, scale, false);
            assert!(y >= 0.0 && y + h <= bar, "{scale}: {y} {h} in {bar}");
            assert!(x + w <= width as f32 && x + w > width as f32 - 12.0 * scale as f32);
            let [lx, ..] = close_area(width, scale, true);
            assert!(
                lx < 12.0 * scale as f32,
                "on the left in a right-to-left window"
            );
        }
        assert_eq!(bar_height(1.0), 36);
        assert_eq!(bar_height(2.0), 72);
    }
}
