//! The app's look in one place: the palette and the shapes drawn from it (rounded rectangles,
//! buttons), shared by the stretch window, the week window, the XEmbed tray's menu, the figures
//! and the contact sheet. It lives in `paint`, not the shell, because the offline commands
//! (`exercises show --png`, `exercises sheet`) draw with the same colours on every target.

use tiny_skia::{
    Color, FillRule, LineCap, LineJoin, Paint, PathBuilder, Pixmap, Rect, Stroke, Transform,
};

use super::text::{Style, Text};

pub(crate) type Rgb = [u8; 3];

/// Rectangle in physical pixels: x, y, width, height.
pub(crate) type Area = [f32; 4];

// ---- palette ----

/// Window and menu background.
pub(crate) const BG: Rgb = [0xF3, 0xF5, 0xF1];
pub(crate) const INK: Rgb = [0x22, 0x32, 0x2E];
pub(crate) const MUTED: Rgb = [0x5E, 0x6E, 0x69];
pub(crate) const FAINT: Rgb = [0x80, 0x8B, 0x87];
pub(crate) const ACCENT: Rgb = [0x3A, 0x86, 0x76];
pub(crate) const ACCENT_HOVER: Rgb = [0x2F, 0x72, 0x64];
/// Text on the accent (a primary button, the menu's selected row).
pub(crate) const ON_ACCENT: Rgb = [0xFF; 3];
/// Empty tracks: the ring, the step segments, an empty day's bar, the menu's separator.
pub(crate) const TRACK: Rgb = [0xDB, 0xE3, 0xDE];
pub(crate) const CAUTION: Rgb = [0x86, 0x5A, 0x2E];
pub(crate) const PAUSED: Rgb = [0xB0, 0x6E, 0x16];
/// Natural breaks, stacked on the completed stretches in a lighter shade of the accent.
pub(crate) const BREAKS: Rgb = [0xA8, 0xCF, 0xC5];
/// The figure's body: the accent.
pub(crate) const BODY: Rgb = ACCENT;
/// Limbs on the far side of the body: the body colour halfway to the background.
pub(crate) const FAR: Rgb = [0x97, 0xBD, 0xB3];
pub(crate) const PROP: Rgb = [0xB5, 0xBE, 0xBA];
pub(crate) const PROP_FILL: Rgb = [0xE2, 0xE7, 0xE3];
pub(crate) const FLOOR: Rgb = [0xC9, 0xD3, 0xCE];

// ---- shapes ----

/// An opaque colour.
pub(crate) fn rgb(c: Rgb) -> Color {
    Color::from_rgba8(c[0], c[1], c[2], 0xFF)
}

/// A solid, anti-aliased paint.
pub(crate) fn solid(c: Rgb) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color(rgb(c));
    p
}

/// Whether the point (x, y), in physical pixels, lies in the area.
pub(crate) fn contains([ax, ay, aw, ah]: Area, x: f64, y: f64) -> bool {
    let (x, y) = (x as f32, y as f32);
    x >= ax && x < ax + aw && y >= ay && y < ay + ah
}

/// A rounded rectangle: the rectangle shrunk by `r`, filled and stroked with round joins.
pub(crate) fn round_rect(pix: &mut Pixmap, [x, y, w, h]: Area, r: f32, c: Rgb) {
    let r = r.min(w / 2.0).min(h / 2.0).max(0.0);
    let Some(rect) = Rect::from_xywh(x + r, y + r, w - 2.0 * r, h - 2.0 * r) else {
        return;
    };
    let path = PathBuilder::from_rect(rect);
    let (paint, id) = (solid(c), Transform::identity());
    pix.fill_path(&path, &paint, FillRule::Winding, id, None);
    let stroke = Stroke {
        width: 2.0 * r,
        line_join: LineJoin::Round,
        ..Stroke::default()
    };
    pix.stroke_path(&path, &paint, &stroke, id, None);
}

/// How a button looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ButtonLook {
    /// Filled with the accent (Done, Close).
    Primary,
    /// Outlined on the background (Skip).
    Secondary,
}

/// A button with its label centred; `hot` while the pointer is over it. `text.s` is the scale.
pub(crate) fn button(
    pix: &mut Pixmap,
    text: &mut Text,
    area @ [bx, by, bw, bh]: Area,
    (label, st): (&str, Style),
    look: ButtonLook,
    hot: bool,
) {
    let s = text.s;
    let (r, e) = (8.0 * s, 1.5 * s); // corner radius, outline width
    match look {
        ButtonLook::Primary => round_rect(pix, area, r, if hot { ACCENT_HOVER } else { ACCENT }),
        ButtonLook::Secondary => {
            round_rect(pix, area, r, FAINT);
            let inner = [bx + e, by + e, bw - 2.0 * e, bh - 2.0 * e];
            round_rect(pix, inner, r - e, if hot { TRACK } else { BG });
        }
    }
    // The label keeps clear of the outline, made smaller if a language's word is long.
    let pad = (8.0 * s).min(bw / 4.0);
    text.draw_middle(pix, label, st, [bx + pad, by, bw - 2.0 * pad, bh]);
}

/// A check mark whose left end is at (x, y).
pub(crate) fn check_mark(pix: &mut Pixmap, (x, y): (f32, f32), s: f32, color: Rgb) {
    let mut pb = PathBuilder::new();
    pb.move_to(x, y);
    pb.line_to(x + 3.5 * s, y + 3.5 * s);
    pb.line_to(x + 10.0 * s, y - 4.0 * s);
    let Some(path) = pb.finish() else { return };
    let stroke = Stroke {
        width: 2.0 * s,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        ..Stroke::default()
    };
    pix.stroke_path(&path, &solid(color), &stroke, Transform::identity(), None);
}

/// A small right-pointing triangle (a submenu) with its tip's left at (x, y).
pub(crate) fn arrow(pix: &mut Pixmap, (x, y): (f32, f32), s: f32, color: Rgb) {
    let mut pb = PathBuilder::new();
    pb.move_to(x, y - 4.5 * s);
    pb.line_to(x + 5.0 * s, y);
    pb.line_to(x, y + 4.5 * s);
    pb.close();
    let Some(path) = pb.finish() else { return };
    let id = Transform::identity();
    pix.fill_path(&path, &solid(color), FillRule::Winding, id, None);
}
