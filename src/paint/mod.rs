//! The app's own drawing, shared by the windows, the XEmbed tray's menu and the offline commands
//! (`exercises show --png`, `exercises sheet`): the look (`kit`: palette, shapes), figures, text,
//! PNG output. Platform-independent.

pub mod figure;
pub(crate) mod kit;
pub(crate) mod text;

use std::path::Path;

use cosmic_text::Align;
use tiny_skia::Pixmap;

use self::kit::{INK, MUTED};
use crate::core::exercises::Exercise;
use crate::core::pose::Pose;

/// PNG bytes of a pixmap (opaque drawings, so premultiplied equals straight alpha).
pub(crate) fn png_bytes(pix: &Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, pix.width(), pix.height());
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(pix.data())?;
    }
    Ok(out)
}

/// Writes a pixmap as PNG, atomically (a half-written image never replaces a good one).
pub fn write_png(pix: &Pixmap, path: &Path) -> anyhow::Result<()> {
    let bytes = png_bytes(pix)?;
    crate::files::write_atomic(path, &bytes)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))
}

/// Size of one figure in `exercises show --png`, in px.
pub const FIGURE_W: u32 = 480;
pub const FIGURE_H: u32 = 400;

const CELL_W: f32 = 200.0;
const CELL_H: f32 = 170.0;
const LABEL_H: f32 = 22.0;
const ROW_TITLE_H: f32 = 30.0;
const MARGIN: f32 = 18.0;

/// One frame per step, plus the other shapes of flowing steps; a shape already shown for this
/// exercise is not repeated.
fn frames(exercise: &Exercise) -> Vec<(String, Pose)> {
    let mut out: Vec<(String, Pose)> = Vec::new();
    for (n, step) in exercise.steps.iter().enumerate() {
        let shapes = step.shapes();
        for (i, shape) in shapes.iter().enumerate() {
            if i > 0 && out.iter().any(|(_, seen)| seen == shape) {
                continue;
            }
            let label = match shapes.len() {
                1 => format!("{}", n + 1),
                len => format!("{} ({}/{len})", n + 1, i + 1),
            };
            out.push((label, *shape));
        }
    }
    out
}

/// Every exercise in a row: its name, then one labelled frame per step (each shape of a flowing
/// step). None if the fonts cannot load or the sheet would be empty.
pub fn contact_sheet(exercises: &[Exercise]) -> Option<Pixmap> {
    let rows: Vec<(&Exercise, Vec<(String, Pose)>)> =
        exercises.iter().map(|e| (e, frames(e))).collect();
    let cols = rows.iter().map(|(_, f)| f.len()).max().unwrap_or(0).max(1);
    let width = (MARGIN * 2.0 + CELL_W * cols as f32) as u32;
    let row_h = ROW_TITLE_H + CELL_H + LABEL_H + 8.0;
    let height = (MARGIN * 2.0 + row_h * rows.len() as f32) as u32;
    let mut pix = Pixmap::new(width, height)?;
    pix.fill(kit::rgb(kit::BG));
    let mut text = text::Text::load()?;
    text.mirrored = false; // a sheet for developers, laid out left to right
    let title = text::style(16.0, true, INK, Align::Left);
    let label = text::style(12.0, false, MUTED, Align::Center);
    for (r, (exercise, frames)) in rows.iter().enumerate() {
        let y = MARGIN + row_h * r as f32;
        let heading = format!("{}  ·  {}", exercise.name, exercise.id);
        text.draw(&mut pix, &heading, title, (MARGIN, y + 4.0, width as f32));
        for (c, (name, pose)) in frames.iter().enumerate() {
            let x = MARGIN + CELL_W * c as f32;
            let cell = [x + 4.0, y + ROW_TITLE_H, CELL_W - 8.0, CELL_H];
            figure::draw(&mut pix, pose, cell);
            let ly = y + ROW_TITLE_H + CELL_H + 2.0;
            text.draw(&mut pix, name, label, (x, ly, CELL_W));
        }
        if frames.is_empty() {
            let none = text::style(13.0, false, MUTED, Align::Left);
            let at = (MARGIN, y + ROW_TITLE_H + CELL_H / 2.0, width as f32);
            text.draw(&mut pix, "(no figure)", none, at);
        }
    }
    Some(pix)
}
