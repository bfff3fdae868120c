//! Drawing: tiny-skia pixmaps put into X drawables in the server's byte order, the icon scaled
//! and composited over the panel with RENDER, and the text renderer menus and the tooltip share
//! (loaded on demand, dropped when neither is open).

use tiny_skia::{FilterQuality, Pixmap, PixmapPaint, Transform};
use x11rb::connection::{Connection, RequestConnection};
use x11rb::protocol::render::{ConnectionExt as _, PictOp};
use x11rb::protocol::xproto::{self, ConnectionExt as _, CreateGCAux, ImageFormat, ImageOrder};
use x11rb::NONE;

use super::{Worker, XError};
use crate::paint::text::Text;
use crate::shell::tray::Look;

impl Worker {
    pub(super) fn gc(
        &mut self,
        drawable: xproto::Drawable,
        depth: u8,
    ) -> Result<xproto::Gcontext, XError> {
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
    pub(super) fn pixels(&self, pix: &Pixmap) -> Vec<u8> {
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
    pub(super) fn put(
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
    pub(super) fn draw_icon(&mut self) -> Result<(), XError> {
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

    pub(super) fn text(&mut self) -> Option<&mut Text> {
        if self.text.is_none() {
            // The menu keeps its left-to-right layout; its words are still shaped right to
            // left where the language is.
            self.text = Text::load().map(|mut text| {
                text.mirrored = false;
                text
            });
        }
        self.text.as_mut()
    }

    /// Fonts and glyph caches go once no menu or tooltip is open, and with them the memory and
    /// code pages drawing took (as after the stretch window).
    pub(super) fn drop_text(&mut self) {
        if self.text.take().is_some() {
            crate::shell::platform::release_freed_memory();
        }
    }
}

/// The look's PNG scaled to `size` (centred, aspect kept), premultiplied.
fn icon_pixmap(look: Look, (w, h): (u16, u16)) -> Option<Pixmap> {
    let (rgba, iw, ih) = crate::shell::tray::decode_rgba(look).ok()?;
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
