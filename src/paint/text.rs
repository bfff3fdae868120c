//! Text for the app's own drawings (the windows, the XEmbed menu, the figure contact sheet): the bundled Noto Sans
//! subsets shaped with cosmic-text and blended into a tiny-skia pixmap.

use std::sync::Arc;

use cosmic_text::{
    fontdb, Align, Attrs, Buffer, Family, FontSystem, Metrics, Shaping, SwashCache, SwashContent,
    Weight,
};
use tiny_skia::Pixmap;

use super::kit::Rgb;

// Only the bundled Noto Sans subsets (~120 KB each; Latin, Greek, Cyrillic and punctuation, built
// by assets/fonts/subset.sh): their pages stay resident once read, and system fonts would cost
// memory and vary by machine.
static FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular-subset.ttf");
static FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold-subset.ttf");

/// How a piece of text looks; sizes are logical px.
#[derive(Clone, Copy)]
pub(crate) struct Style {
    pub size: f32,
    pub bold: bool,
    pub color: Rgb,
    pub align: Align,
}

pub(crate) const fn style(size: f32, bold: bool, color: Rgb, align: Align) -> Style {
    Style {
        size,
        bold,
        color,
        align,
    }
}

/// Line height as a multiple of the font size.
pub(crate) const LINE: f32 = 1.32;

/// Font database and glyph cache, owned per window so they are freed with it.
pub(crate) struct Text {
    fonts: FontSystem,
    glyphs: SwashCache,
    family: String,
    /// Scale factor of the frame being painted.
    pub s: f32,
}

impl Text {
    pub(crate) fn load() -> Option<Self> {
        let mut db = fontdb::Database::new();
        // `&'static [u8]` sources are borrowed from the binary, not copied to the heap.
        db.load_font_source(fontdb::Source::Binary(Arc::new(FONT_REGULAR)));
        db.load_font_source(fontdb::Source::Binary(Arc::new(FONT_BOLD)));
        let face = db.faces().next()?;
        let family = face.families.first()?.0.clone();
        let fonts = FontSystem::new_with_locale_and_db("en-US".into(), db);
        let glyphs = SwashCache::new();
        Some(Self {
            fonts,
            glyphs,
            family,
            s: 1.0,
        })
    }

    /// Shapes `text` wrapped to `width` physical px; returns it with its height.
    pub(crate) fn shape(&mut self, text: &str, st: Style, width: f32) -> (Buffer, f32) {
        let size = st.size * self.s;
        let mut buf = Buffer::new(&mut self.fonts, Metrics::new(size, (size * LINE).max(1.0)));
        let family = Family::Name(&self.family);
        let attrs = Attrs::new()
            .family(family)
            .weight(Weight(if st.bold { 700 } else { 400 }));
        buf.set_size(Some(width.max(1.0)), None);
        buf.set_text(text, &attrs, Shaping::Advanced, Some(st.align));
        buf.shape_until_scroll(&mut self.fonts, false);
        let bottom = buf.layout_runs().map(|r| r.line_top + r.line_height);
        let height = bottom.fold(0.0, f32::max);
        (buf, height)
    }

    /// Blends shaped text into `pix` with its top-left corner at (x, y).
    pub(crate) fn blit(&mut self, pix: &mut Pixmap, buf: &Buffer, color: Rgb, (x, y): (f32, f32)) {
        let (pw, ph) = (pix.width() as i32, pix.height() as i32);
        let data = pix.data_mut();
        for run in buf.layout_runs() {
            for glyph in run.glyphs {
                let pg = glyph.physical((x, y + run.line_y), 1.0);
                let Some(img) = self.glyphs.get_image(&mut self.fonts, pg.cache_key) else {
                    continue;
                };
                if img.content != SwashContent::Mask {
                    continue; // our font has no colour glyphs
                }
                let (gx, gy) = (pg.x + img.placement.left, pg.y - img.placement.top);
                let gw = (img.placement.width as i32).max(1);
                for (i, a) in img.data.iter().enumerate() {
                    let (px, py) = (gx + i as i32 % gw, gy + i as i32 / gw);
                    if *a == 0 || px < 0 || py < 0 || px >= pw || py >= ph {
                        continue;
                    }
                    let o = (py * pw + px) as usize * 4;
                    let (a, inv) = (u32::from(*a), 255 - u32::from(*a));
                    for (d, c) in data[o..o + 3].iter_mut().zip(color) {
                        *d = ((u32::from(c) * a + u32::from(*d) * inv + 127) / 255) as u8;
                    }
                }
            }
        }
    }

    /// Shape and blit in one go, in the style's colour; returns the height used.
    pub(crate) fn draw(
        &mut self,
        pix: &mut Pixmap,
        text: &str,
        st: Style,
        (x, y, w): (f32, f32, f32),
    ) -> f32 {
        let (buf, height) = self.shape(text, st, w);
        self.blit(pix, &buf, st.color, (x, y));
        height
    }

    /// Draws `text` centred vertically in `area`, as one line of the style's height (a
    /// button's label, a menu row); returns the height used.
    pub(crate) fn draw_middle(
        &mut self,
        pix: &mut Pixmap,
        text: &str,
        st: Style,
        area: [f32; 4],
    ) -> f32 {
        let [x, y, w, h] = area;
        let top = y + (h - st.size * LINE * self.s) / 2.0;
        self.draw(pix, text, st, (x, top, w))
    }
}
