//! Text for the app's own drawings (the windows, the XEmbed menu, the figure contact sheet): the bundled Noto Sans
//! subsets shaped with cosmic-text and blended into a tiny-skia pixmap.

use std::sync::Arc;

use cosmic_text::{
    fontdb, Align, Attrs, Buffer, Family, FontSystem, Metrics, Shaping, SwashCache, SwashContent,
    Weight,
};
use tiny_skia::Pixmap;

use super::kit::Rgb;
use crate::core::words::{self, Language};

// The bundled Noto Sans subsets (~120 KB each; Latin, Greek, Cyrillic and punctuation, built by
// assets/fonts/subset.sh): their pages stay resident once read. Arabic, Japanese and Chinese add
// the one system font that covers them, mapped while a window draws (see `Text::load`).
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
    /// Right to left: text is drawn as its own mirror image, so that a window that flips its
    /// finished frame ([`mirror`]) reads right and has its layout mirrored.
    pub mirrored: bool,
    /// In the pseudo-language only: the layout check (see [`LayoutCheck`]).
    check: Option<LayoutCheck>,
}

/// In the pseudo-language (accented, about 40% longer: `[general] language = "en-XA"`), or in
/// any language with `PB_LAYOUT_CHECK` set, every string drawn is checked as it is drawn, and
/// each problem is said once on stderr: a one-line text (a label, a button, a hint) that does
/// not fit its box even made smaller, and, in the pseudo-language, a string with a plain
/// English vowel, which can only have come from outside the catalog. Translators and the
/// layout tests use it; nobody else pays for it.
#[derive(Default)]
struct LayoutCheck {
    pseudo: bool,
    reported: std::collections::BTreeSet<String>,
}

impl LayoutCheck {
    fn report(&mut self, problem: String) {
        if self.reported.insert(problem.clone()) {
            eprintln!("posture-break: layout check: {problem}");
        }
    }

    /// Pseudo text has no plain vowel; the app's name and the command lines it prints are
    /// not translated.
    fn from_catalog(text: &str) -> bool {
        if text.starts_with("posture-break ") {
            return true;
        }
        !text
            .replace("posture-break", "")
            .chars()
            .any(|c| "aeiouAEIOU".contains(c))
    }
}

/// Flips a finished frame left to right: a right-to-left window draws its left-to-right layout,
/// with its text pre-mirrored by [`Text`], then flips it.
pub(crate) fn mirror(pix: &mut Pixmap) {
    let width = pix.width() as usize;
    for row in pix.pixels_mut().chunks_exact_mut(width.max(1)) {
        row.reverse();
    }
}

impl Text {
    /// The fonts for the language the app speaks now.
    pub(crate) fn load() -> Option<Self> {
        Self::load_for(words::current().language())
    }

    pub(crate) fn load_for(language: &Language) -> Option<Self> {
        let mut db = fontdb::Database::new();
        // `&'static [u8]` sources are borrowed from the binary, not copied to the heap.
        db.load_font_source(fontdb::Source::Binary(Arc::new(FONT_REGULAR)));
        db.load_font_source(fontdb::Source::Binary(Arc::new(FONT_BOLD)));
        let face = db.faces().next()?;
        let family = face.families.first()?.0.clone();
        // Exactly one system font, and only for a script the subsets lack: the file is mapped,
        // not read, so only the pages of the glyphs drawn become resident, and they go with the
        // window. Without it the text falls back to boxes, which the glyph test rules out here.
        if let Some(path) = crate::language::system_font(language) {
            // `Source::File` is memory-mapped by fontdb and cosmic-text.
            db.load_font_source(fontdb::Source::File(path));
        }
        // The bare language: cosmic-text picks the Japanese or Chinese faces of a CJK font by it.
        let locale = language.tag.split('-').next().unwrap_or("en");
        let fonts = FontSystem::new_with_locale_and_db(locale.into(), db);
        let glyphs = SwashCache::new();
        Some(Self {
            fonts,
            glyphs,
            family,
            s: 1.0,
            mirrored: language.rtl,
            check: (language == &words::PSEUDO || std::env::var_os("PB_LAYOUT_CHECK").is_some())
                .then(|| {
                    eprintln!("posture-break: checking the layout of each string drawn");
                    LayoutCheck {
                        pseudo: language == &words::PSEUDO,
                        ..LayoutCheck::default()
                    }
                }),
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
        // Mirrored, "left" means the start of the line: the right.
        let align = match (self.mirrored, st.align) {
            (true, Align::Left) => Align::Right,
            (true, Align::Right) => Align::Left,
            (_, align) => align,
        };
        buf.set_text(text, &attrs, Shaping::Advanced, Some(align));
        buf.shape_until_scroll(&mut self.fonts, false);
        let bottom = buf.layout_runs().map(|r| r.line_top + r.line_height);
        let height = bottom.fold(0.0, f32::max);
        (buf, height)
    }

    /// Blends shaped text into `pix` with its top-left corner at (x, y).
    pub(crate) fn blit(&mut self, pix: &mut Pixmap, buf: &Buffer, color: Rgb, (x, y): (f32, f32)) {
        let (pw, ph) = (pix.width() as i32, pix.height() as i32);
        // Mirrored: each glyph pixel lands at the mirror image of its place within the text's
        // box (x .. x + the box's width), and the window's final flip sets it right.
        let mirror_at = self.mirrored.then(|| x + buf.size().0.unwrap_or(0.0) - 1.0);
        let data = pix.data_mut();
        for run in buf.layout_runs() {
            for glyph in run.glyphs {
                let origin = if mirror_at.is_some() { 0.0 } else { x };
                let pg = glyph.physical((origin, y + run.line_y), 1.0);
                let Some(img) = self.glyphs.get_image(&mut self.fonts, pg.cache_key) else {
                    continue;
                };
                if img.content != SwashContent::Mask {
                    continue; // our font has no colour glyphs
                }
                let (gx, gy) = (pg.x + img.placement.left, pg.y - img.placement.top);
                let gw = (img.placement.width as i32).max(1);
                for (i, a) in img.data.iter().enumerate() {
                    let (px, py) = match mirror_at {
                        Some(right) => (right as i32 - (gx + i as i32 % gw), gy + i as i32 / gw),
                        None => (gx + i as i32 % gw, gy + i as i32 / gw),
                    };
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
        if let Some(check) = &mut self.check {
            if check.pseudo && !LayoutCheck::from_catalog(text) {
                check.report(format!("not from the catalog: {text:?}"));
            }
        }
        self.blit(pix, &buf, st.color, (x, y));
        height
    }

    /// Like [`Text::draw`], for a text that must stay on one line (a label, a hint, a
    /// button): a longer language's text is made up to a third smaller until it fits. The
    /// layout check reports one that still wraps or overflows.
    pub(crate) fn draw_line(
        &mut self,
        pix: &mut Pixmap,
        text: &str,
        st: Style,
        (x, y, w): (f32, f32, f32),
    ) -> f32 {
        let fitted = self.fitted(text, st, w);
        self.draw(pix, text, fitted, (x, y, w))
    }

    /// The style, made smaller where `text` would not fit one line of `width` px.
    fn fitted(&mut self, text: &str, st: Style, width: f32) -> Style {
        const SCALES: [f32; 5] = [1.0, 0.92, 0.84, 0.76, 0.68];
        let mut last = (0, 0.0);
        for scale in SCALES {
            let trial = Style {
                size: st.size * scale,
                ..st
            };
            let (buf, _) = self.shape(text, trial, width);
            let lines = buf.layout_runs().count();
            let widest = buf.layout_runs().map(|r| r.line_w).fold(0.0, f32::max);
            if lines <= 1 && widest <= width + 0.5 {
                return trial;
            }
            last = (lines, widest);
        }
        if let Some(check) = &mut self.check {
            check.report(format!(
                "does not fit on one line of {width:.0} px: {text:?} ({} lines, {:.0} px at the smallest size)",
                last.0, last.1
            ));
        }
        Style {
            size: st.size * SCALES[SCALES.len() - 1],
            ..st
        }
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
        let st = self.fitted(text, st, w);
        let top = y + (h - st.size * LINE * self.s) / 2.0;
        self.draw(pix, text, st, (x, top, w))
    }
}

#[cfg(all(test, target_os = "linux"))]
impl Text {
    /// The characters of `text` that come out as the missing-glyph box.
    fn missing(&mut self, text: &str, bold: bool) -> Vec<char> {
        let st = style(14.0, bold, [0, 0, 0], Align::Left);
        let (buf, _) = self.shape(text, st, 100_000.0);
        let mut missing = Vec::new();
        for run in buf.layout_runs() {
            for glyph in run.glyphs {
                if glyph.glyph_id == 0 {
                    missing.extend(text[glyph.start..glyph.end].chars());
                }
            }
        }
        missing
    }
}

// The glyph test needs the system fonts CI installs (fonts-noto-core, fonts-noto-cjk) and
// fontconfig: Linux only.
#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use crate::core::words::LANGUAGES;

    /// Every character a catalog can show has a glyph in the font that draws it: the bundled
    /// subsets, plus the one system font for Arabic, Japanese and Chinese.
    #[test]
    fn every_catalog_character_has_a_glyph() {
        let mut problems = Vec::new();
        for language in LANGUAGES {
            let mut text = Text::load_for(language).expect("the bundled fonts load");
            // The words people read: every line's text, without comments and ids.
            let source = language.source().expect("the catalog inflates");
            let shown: String = source
                .lines()
                .filter(|line| !line.trim_start().starts_with('#'))
                .map(|line| match line.split_once(" = ") {
                    Some((_, value)) => value,
                    None => line,
                })
                .collect::<Vec<_>>()
                .join(" ");
            let shown: String = shown
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect();
            for bold in [false, true] {
                let missing = text.missing(&shown, bold);
                if !missing.is_empty() {
                    let mut unique: Vec<char> = missing;
                    unique.sort_unstable();
                    unique.dedup();
                    problems.push(format!(
                        "{} (bold {bold}): no glyph for {:?}",
                        language.tag,
                        unique
                            .iter()
                            .map(|c| format!("{c} U+{:04X}", *c as u32))
                            .collect::<Vec<_>>()
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn mirrored_text_lands_at_the_mirror_image_of_its_place() {
        let language = &LANGUAGES[0];
        let st = style(20.0, false, [0, 0, 0], Align::Left);
        let ink = |mirrored: bool| {
            let mut text = Text::load_for(language).expect("fonts");
            text.mirrored = mirrored;
            let mut pix = Pixmap::new(200, 40).expect("pixmap");
            pix.fill(tiny_skia::Color::WHITE);
            text.draw(&mut pix, "Ab", st, (10.0, 5.0, 120.0));
            if mirrored {
                mirror(&mut pix);
            }
            // Each inked column with its count of dark pixels.
            let columns: Vec<(u32, usize)> = (0..200)
                .map(|x| {
                    let dark = (0..40)
                        .filter(|y| pix.pixel(x, *y).is_some_and(|p| p.red() < 128))
                        .count();
                    (x, dark)
                })
                .filter(|(_, dark)| *dark > 0)
                .collect();
            columns
        };
        let (plain, flipped) = (ink(false), ink(true));
        // Left to right it starts at the box's left edge; mirrored, it ends at the right edge
        // of the mirrored box (200 - 10 = 190)...
        assert!(
            plain.first().is_some_and(|(x, _)| (10..14).contains(x)),
            "{plain:?}"
        );
        assert!(
            flipped.last().is_some_and(|(x, _)| (186..190).contains(x)),
            "{flipped:?}"
        );
        // ...and reads the same way round: "Ab", not its mirror image.
        let profile =
            |columns: &[(u32, usize)]| columns.iter().map(|(_, d)| *d).collect::<Vec<_>>();
        assert_eq!(profile(&plain), profile(&flipped));
    }
}
