//! The guided stretch window: one winit window drawn in software (tiny-skia shapes, cosmic-text
//! glyphs, softbuffer presentation). Everything it allocates — font database, shaping and glyph
//! caches, pixel buffers, the softbuffer surface — lives in `StretchWindow`, so dropping it gives
//! the memory back (the tray app idles for hours between stretches).

use std::num::NonZeroU32;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use cosmic_text::{
    fontdb, Align, Attrs, Buffer, Family, FontSystem, Metrics, Shaping, SwashCache, SwashContent,
    Weight,
};
use softbuffer::{Context, SoftBufferError as SbError, Surface};
use tiny_skia::{Color, FillRule, LineCap, LineJoin, Paint, PathBuilder, Pixmap, Rect, Stroke};
use tiny_skia::{StrokeDash, Transform};
use winit::dpi::{LogicalSize, PhysicalPosition, PhysicalSize};
use winit::event::{ElementState, KeyEvent, MouseButton, WindowEvent};
use winit::event_loop::ActiveEventLoop;
use winit::keyboard::{Key, KeyCode, NamedKey, PhysicalKey};
#[cfg(target_os = "linux")]
use winit::platform::x11::WindowAttributesExtX11;
use winit::window::{CursorIcon, Window, WindowId, WindowLevel};

// Only the bundled Noto Sans subsets (~19 KB each; Latin-1 plus typographic punctuation): their
// pages stay resident once read, and system fonts would cost memory and vary by machine.
static FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular-subset.ttf");
static FONT_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold-subset.ttf");

/// Logical inner size; everything below is laid out in logical px and multiplied by the scale.
const WIDTH: f32 = 560.0;
const HEIGHT: f32 = 380.0;
const PAD: f32 = 28.0;
const RING_R: f32 = 68.0;
const RING_W: f32 = 10.0;
const BTN_W: f32 = 104.0;
const BTN_H: f32 = 38.0;

type Rgb = [u8; 3];
const BG: Rgb = [0xF3, 0xF5, 0xF1];
const INK: Rgb = [0x22, 0x32, 0x2E];
const MUTED: Rgb = [0x5E, 0x6E, 0x69];
const FAINT: Rgb = [0x80, 0x8B, 0x87];
const ACCENT: Rgb = [0x3A, 0x86, 0x76];
const ACCENT_HOVER: Rgb = [0x2F, 0x72, 0x64];
const TRACK: Rgb = [0xDB, 0xE3, 0xDE];
const CAUTION: Rgb = [0x86, 0x5A, 0x2E];
const PAUSED: Rgb = [0xB0, 0x6E, 0x16];

pub struct StretchSpec {
    pub exercise_name: String,
    /// Already scaled to the configured duration; the secs sum to the total.
    pub steps: Vec<StepSpec>,
    pub caution: String,
    /// "Education, not medical advice…" small print.
    pub notice: String,
}

pub struct StepSpec {
    pub text: String,
    pub secs: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Completed,
    Skipped,
}

#[derive(Debug, thiserror::Error)]
pub enum WindowError {
    #[error("cannot create the stretch window: {0}")]
    Create(#[from] winit::error::OsError),
    #[error("cannot set up drawing for the stretch window: {0}")]
    Surface(#[from] SbError),
    #[error("the bundled font could not be loaded")]
    Font,
}

/// Countdown with pause accounting. `total` is whole seconds, so the shown time (rounded up) and
/// the current step only change when the running time crosses a whole second.
#[derive(Debug, Clone)]
struct Clock {
    total: Duration,
    start: Instant,
    paused_at: Option<Instant>,
    paused_for: Duration,
}

impl Clock {
    fn new(total: Duration, start: Instant) -> Self {
        let paused_for = Duration::ZERO;
        Self {
            total,
            start,
            paused_at: None,
            paused_for,
        }
    }

    fn elapsed(&self, now: Instant) -> Duration {
        let until = self.paused_at.unwrap_or(now);
        let ran = until.saturating_duration_since(self.start);
        ran.saturating_sub(self.paused_for).min(self.total)
    }

    fn remaining(&self, now: Instant) -> Duration {
        self.total - self.elapsed(now)
    }

    fn paused(&self) -> bool {
        self.paused_at.is_some()
    }

    fn toggle_pause(&mut self, now: Instant) {
        match self.paused_at.take() {
            Some(at) => self.paused_for += now.saturating_duration_since(at),
            None => self.paused_at = Some(now),
        }
    }

    /// The next whole second of running time after `now` (capped at the end); None while paused.
    fn next_deadline(&self, now: Instant) -> Option<Instant> {
        let next = Duration::from_secs(self.elapsed(now).as_secs() + 1).min(self.total);
        (!self.paused()).then(|| self.start + self.paused_for + next)
    }
}

/// Remaining time as m:ss, rounded up so "0:00" only appears when the time is really over.
fn format_remaining(d: Duration) -> String {
    let secs = d.as_secs() + u64::from(d.subsec_nanos() > 0);
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// Index of the step running at `elapsed` (the last one once the time is over).
fn step_at(secs: &[u32], elapsed: Duration) -> usize {
    let mut end = Duration::ZERO;
    for (i, s) in secs.iter().enumerate() {
        end += Duration::from_secs(u64::from(*s));
        if elapsed < end {
            return i;
        }
    }
    secs.len().saturating_sub(1)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Button {
    Done,
    Skip,
}

/// Rectangle in physical pixels: x, y, width, height.
type Area = [f32; 4];

fn contains([ax, ay, aw, ah]: Area, x: f64, y: f64) -> bool {
    let (x, y) = (x as f32, y as f32);
    x >= ax && x < ax + aw && y >= ay && y < ay + ah
}

/// The Done and Skip buttons for a physical window size. They hug the bottom right corner, so a
/// larger window (a WM ignoring our size) still looks composed.
fn buttons(size: PhysicalSize<u32>, s: f32) -> [(Button, Area); 2] {
    let (w, h) = (size.width as f32, size.height as f32);
    let (bw, bh, y) = (BTN_W * s, BTN_H * s, h - (PAD + 22.0 + BTN_H) * s);
    let x = w - (PAD + BTN_W) * s;
    let skip = [x - (BTN_W + 12.0) * s, y, bw, bh];
    [(Button::Skip, skip), (Button::Done, [x, y, bw, bh])]
}

fn hit(size: PhysicalSize<u32>, s: f32, x: f64, y: f64) -> Option<Button> {
    let mut hits = buttons(size, s)
        .into_iter()
        .filter(|(_, a)| contains(*a, x, y));
    hits.next().map(|(b, _)| b)
}

/// How a piece of text looks; sizes are logical px.
#[derive(Clone, Copy)]
struct Style {
    size: f32,
    bold: bool,
    color: Rgb,
    align: Align,
}

const fn style(size: f32, bold: bool, color: Rgb, align: Align) -> Style {
    Style {
        size,
        bold,
        color,
        align,
    }
}

const NAME: Style = style(26.0, true, INK, Align::Left);
const STEP_LABEL: Style = style(14.0, true, MUTED, Align::Left);
const STEP_TEXT: Style = style(19.0, false, INK, Align::Left);
const TIME: Style = style(44.0, true, INK, Align::Center);
const RING_LABEL: Style = style(15.0, false, MUTED, Align::Center);
const PAUSED_LABEL: Style = style(16.0, true, PAUSED, Align::Center);
const DONE_LABEL: Style = style(16.0, true, [0xFF; 3], Align::Center);
const SKIP_LABEL: Style = style(16.0, true, INK, Align::Center);
const HINT: Style = style(13.0, false, MUTED, Align::Left);
const CAUTION_TEXT: Style = style(13.0, false, CAUTION, Align::Left);
const NOTICE: Style = style(11.0, false, FAINT, Align::Left);
const LINE: f32 = 1.32; // line height as a multiple of the font size

/// Font database and glyph cache, owned per window so they are freed with it.
struct Text {
    fonts: FontSystem,
    glyphs: SwashCache,
    family: String,
    /// Scale factor of the frame being painted.
    s: f32,
}

impl Text {
    fn load() -> Result<Self, WindowError> {
        let mut db = fontdb::Database::new();
        // `&'static [u8]` sources are borrowed from the binary, not copied to the heap.
        db.load_font_source(fontdb::Source::Binary(Arc::new(FONT_REGULAR)));
        db.load_font_source(fontdb::Source::Binary(Arc::new(FONT_BOLD)));
        let face = db.faces().next().ok_or(WindowError::Font)?;
        let family = face.families.first().ok_or(WindowError::Font)?.0.clone();
        let fonts = FontSystem::new_with_locale_and_db("en-US".into(), db);
        let glyphs = SwashCache::new();
        Ok(Self {
            fonts,
            glyphs,
            family,
            s: 1.0,
        })
    }

    /// Shapes `text` wrapped to `width` physical px; returns it with its height.
    fn shape(&mut self, text: &str, st: Style, width: f32) -> (Buffer, f32) {
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
    fn blit(&mut self, pix: &mut Pixmap, buf: &Buffer, color: Rgb, (x, y): (f32, f32)) {
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
    fn draw(&mut self, pix: &mut Pixmap, text: &str, st: Style, (x, y, w): (f32, f32, f32)) -> f32 {
        let (buf, height) = self.shape(text, st, w);
        self.blit(pix, &buf, st.color, (x, y));
        height
    }
}

pub struct StretchWindow {
    // Field order is drop order: the surface goes before the window it draws into.
    surface: Surface<Rc<Window>, Rc<Window>>,
    _context: Context<Rc<Window>>,
    window: Rc<Window>,
    text: Text,
    spec: StretchSpec,
    clock: Clock,
    /// Latest `now` seen, so `next_deadline` can answer without reading a clock itself.
    seen: Instant,
    size: PhysicalSize<u32>,
    scale: f64,
    hover: Option<Button>,
    pressed: Option<Button>,
    finished: bool,
}

impl StretchWindow {
    /// Creates, centres (on the primary monitor, or the first one) and shows the window.
    pub fn open(
        event_loop: &ActiveEventLoop,
        spec: StretchSpec,
        now: Instant,
    ) -> Result<Self, WindowError> {
        // Fonts first: a broken font should not flash an empty window.
        let text = Text::load()?;
        let logical = LogicalSize::new(WIDTH, HEIGHT);
        let attrs = Window::default_attributes()
            .with_title(format!("posture-break — {}", spec.exercise_name))
            .with_inner_size(logical)
            .with_resizable(false)
            .with_window_level(WindowLevel::AlwaysOnTop);
        // The WM_CLASS window managers and panels group by.
        #[cfg(target_os = "linux")]
        let attrs = attrs.with_name("posture-break", "posture-break");
        let mut attrs = attrs;
        let mut monitors = event_loop.available_monitors();
        if let Some(m) = event_loop.primary_monitor().or_else(|| monitors.next()) {
            let phys: PhysicalSize<i32> = logical.to_physical(m.scale_factor());
            let (pos, area) = (m.position(), m.size());
            let x = pos.x + (area.width as i32 - phys.width).max(0) / 2;
            let y = pos.y + (area.height as i32 - phys.height).max(0) / 2;
            attrs = attrs.with_position(PhysicalPosition::new(x, y));
        }
        let window = Rc::new(event_loop.create_window(attrs)?);
        let context = Context::new(window.clone())?;
        let surface = Surface::new(&context, window.clone())?;
        window.focus_window();
        window.request_redraw();
        let total = Duration::from_secs(spec.steps.iter().map(|s| u64::from(s.secs)).sum());
        Ok(Self {
            surface,
            _context: context,
            size: window.inner_size(),
            scale: window.scale_factor(),
            window,
            text,
            spec,
            clock: Clock::new(total, now),
            seen: now,
            hover: None,
            pressed: None,
            finished: false,
        })
    }

    pub fn id(&self) -> WindowId {
        self.window.id()
    }

    /// Returns Some(outcome) once the user is done: Enter/Done → Completed, Esc/Skip/close →
    /// Skipped.
    pub fn handle_event(&mut self, event: &WindowEvent, now: Instant) -> Option<Outcome> {
        self.seen = self.seen.max(now);
        let outcome = match event {
            WindowEvent::RedrawRequested => self.redraw(now),
            WindowEvent::Resized(size) => self.relayout(*size, self.scale),
            WindowEvent::ScaleFactorChanged {
                scale_factor: f, ..
            } => self.relayout(self.size, *f),
            // winit makes up presses for keys already held when the window gains focus: those
            // were pressed elsewhere, and a second Space would undo the real one.
            WindowEvent::KeyboardInput {
                event,
                is_synthetic: false,
                ..
            } => self.key(event, now),
            WindowEvent::CursorMoved { position: p, .. } => self.hover_at(Some((p.x, p.y))),
            WindowEvent::CursorLeft { .. } => self.hover_at(None),
            WindowEvent::MouseInput { state, button, .. } => self.click(*state, *button),
            WindowEvent::CloseRequested => Some(Outcome::Skipped),
            _ => None,
        };
        // Reported once: key repeat or a late click must not finish the stretch twice.
        let outcome = outcome.filter(|_| !self.finished);
        self.finished |= outcome.is_some();
        outcome
    }

    /// When the window next needs attention: the next change of the whole-second countdown, or
    /// the end. None while paused (nothing ticks then) and after the outcome was reported.
    pub fn next_deadline(&self) -> Option<Instant> {
        let next = self.clock.next_deadline(self.seen);
        next.filter(|_| !self.finished)
    }

    /// Called once `next_deadline` passed: redraws, or reports Completed when the time ran out.
    pub fn on_deadline(&mut self, now: Instant) -> Option<Outcome> {
        self.seen = self.seen.max(now);
        if self.finished || self.clock.paused() {
            return None;
        }
        if self.clock.remaining(now).is_zero() {
            self.finished = true;
            return Some(Outcome::Completed);
        }
        self.window.request_redraw();
        None
    }

    /// Scale factor as used for layout (never degenerate).
    fn s(&self) -> f32 {
        (self.scale as f32).max(0.5)
    }

    fn relayout(&mut self, size: PhysicalSize<u32>, scale: f64) -> Option<Outcome> {
        (self.size, self.scale) = (size, scale);
        self.window.request_redraw();
        None
    }

    fn key(&mut self, event: &KeyEvent, now: Instant) -> Option<Outcome> {
        if event.state != ElementState::Pressed {
            return None;
        }
        match &event.logical_key {
            Key::Named(NamedKey::Escape) => Some(Outcome::Skipped),
            Key::Named(NamedKey::Enter) => Some(Outcome::Completed),
            _ if event.physical_key == PhysicalKey::Code(KeyCode::NumpadEnter) => {
                Some(Outcome::Completed)
            }
            Key::Named(NamedKey::Space) if !event.repeat && !self.finished => {
                self.clock.toggle_pause(now);
                self.window.request_redraw();
                None
            }
            _ => None,
        }
    }

    fn hover_at(&mut self, cursor: Option<(f64, f64)>) -> Option<Outcome> {
        let hover = cursor.and_then(|(x, y)| hit(self.size, self.s(), x, y));
        if hover != self.hover {
            self.hover = hover;
            let pointer = hover.is_some();
            self.window.set_cursor(if pointer {
                CursorIcon::Pointer
            } else {
                CursorIcon::Default
            });
            self.window.request_redraw();
        }
        None
    }

    /// A click counts when press and release land on the same button.
    fn click(&mut self, state: ElementState, button: MouseButton) -> Option<Outcome> {
        if button != MouseButton::Left {
            return None;
        }
        if state == ElementState::Pressed {
            self.pressed = self.hover;
            return None;
        }
        match (self.pressed.take(), self.hover) {
            (Some(Button::Done), Some(Button::Done)) => Some(Outcome::Completed),
            (Some(Button::Skip), Some(Button::Skip)) => Some(Outcome::Skipped),
            _ => None,
        }
    }

    /// Paints and presents a frame. Failures skip the frame: the countdown goes on regardless.
    fn redraw(&mut self, now: Instant) -> Option<Outcome> {
        let (w, h) = (self.size.width, self.size.height);
        // Zero-sized (minimised, not mapped yet): nothing to draw.
        let (nw, nh) = (NonZeroU32::new(w)?, NonZeroU32::new(h)?);
        // A fresh pixmap per frame: frames are at most one a second, and none stays allocated.
        let mut pix = Pixmap::new(w, h)?;
        self.paint(&mut pix, now);
        if let Err(e) = self.present(&pix, nw, nh) {
            eprintln!("posture-break: stretch window frame skipped: {e}");
        }
        None
    }

    fn present(&mut self, pix: &Pixmap, w: NonZeroU32, h: NonZeroU32) -> Result<(), SbError> {
        self.surface.resize(w, h)?; // no-op unless the size changed
        let mut buffer = self.surface.buffer_mut()?;
        for (dst, px) in buffer.iter_mut().zip(pix.pixels()) {
            *dst = u32::from_be_bytes([0, px.red(), px.green(), px.blue()]);
        }
        buffer.present()
    }

    fn paint(&mut self, pix: &mut Pixmap, now: Instant) {
        let (s, w, h) = (self.s(), pix.width() as f32, pix.height() as f32);
        let paused = self.clock.paused();
        let elapsed = self.clock.elapsed(now);
        let secs: Vec<u32> = self.spec.steps.iter().map(|st| st.secs).collect();
        let step = step_at(&secs, elapsed);
        pix.fill(rgb(BG));
        let t = &mut self.text;
        t.s = s;
        let (x0, full_w) = (PAD * s, w - 2.0 * PAD * s);
        let col_w = w - (PAD * 2.0 + RING_R * 2.0 + RING_W + 24.0) * s;

        let mut y = 22.0 * s;
        y += t.draw(pix, &self.spec.exercise_name, NAME, (x0, y, full_w));

        // Right: a ring for the whole stretch with the big countdown inside.
        let cx = w - (PAD + RING_R + RING_W / 2.0) * s;
        let cy = y + (14.0 + RING_R) * s;
        let frac = elapsed.as_secs_f32() / self.clock.total.as_secs_f32().max(1.0);
        let arc = if paused { FAINT } else { ACCENT };
        ring(pix, (cx, cy, RING_R * s, RING_W * s), frac, arc);
        let time = format_remaining(self.clock.remaining(now));
        let size = if time.len() > 4 { 34.0 } else { TIME.size }; // "10:00" must fit the ring
        let (tw, tx) = (RING_R * 2.0 * s, cx - RING_R * s);
        let (digits, th) = t.shape(&time, Style { size, ..TIME }, tw);
        let ink = if paused { MUTED } else { INK };
        t.blit(pix, &digits, ink, (tx, cy - th / 2.0 - 8.0 * s));
        let (word, st) = if paused {
            ("Paused", PAUSED_LABEL)
        } else {
            ("left", RING_LABEL)
        };
        t.draw(pix, word, st, (tx, cy + 20.0 * s, tw));

        // Left column: which step, a segmented bar (one segment per step), then the step text.
        y += 12.0 * s;
        if !secs.is_empty() {
            let label = format!("Step {} of {}", step + 1, secs.len());
            y += t.draw(pix, &label, STEP_LABEL, (x0, y, col_w)) + 6.0 * s;
            segments(pix, (x0, y, col_w, 6.0 * s), &secs, elapsed);
            y += 18.0 * s;
        }

        // Bottom up: the caution sits just above the buttons; the step text gets the room left
        // and steps down in size when a long step would run into the caution.
        let [skip, done] = buttons(self.size, s);
        let row_y = done.1[1];
        let (caution, ch) = t.shape(&self.spec.caution, CAUTION_TEXT, full_w);
        let caution_y = row_y - 14.0 * s - ch;
        t.blit(pix, &caution, CAUTION, (x0, caution_y));
        if let Some(cur) = self.spec.steps.get(step) {
            let room = caution_y - 10.0 * s - y;
            let mut shaped = None;
            for size in [19.0, 17.0, 15.0, 13.0] {
                let (buf, h) = t.shape(&cur.text, Style { size, ..STEP_TEXT }, col_w);
                shaped = Some(buf);
                if h <= room {
                    break;
                }
            }
            if let Some(buf) = shaped {
                t.blit(pix, &buf, INK, (x0, y));
            }
        }

        for (b, a @ [bx, by, bw, bh]) in [skip, done] {
            let hot = self.hover == Some(b);
            let (r, e) = (8.0 * s, 1.5 * s); // corner radius, outline width
            let (word, st) = if b == Button::Done {
                round_rect(pix, a, r, if hot { ACCENT_HOVER } else { ACCENT });
                ("Done", DONE_LABEL)
            } else {
                round_rect(pix, a, r, FAINT);
                let inner = [bx + e, by + e, bw - 2.0 * e, bh - 2.0 * e];
                round_rect(pix, inner, r - e, if hot { TRACK } else { BG });
                ("Skip", SKIP_LABEL)
            };
            let ty = by + (bh - st.size * LINE * s) / 2.0;
            t.draw(pix, word, st, (bx, ty, bw));
        }
        let hint = match paused {
            true => "Space resume · Enter done · Esc skip",
            false => "Space pause · Enter done · Esc skip",
        };
        let hy = row_y + (BTN_H - HINT.size * LINE) / 2.0 * s;
        t.draw(pix, hint, HINT, (x0, hy, skip.1[0] - x0 - 8.0 * s));
        let ny = h - (PAD - 6.0 + NOTICE.size * LINE) * s;
        t.draw(pix, &self.spec.notice, NOTICE, (x0, ny, full_w));
    }
}

fn rgb(c: Rgb) -> Color {
    Color::from_rgba8(c[0], c[1], c[2], 0xFF)
}

fn paint(c: Rgb) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color(rgb(c));
    p
}

/// A rounded rectangle: the rectangle shrunk by `r`, filled and stroked with round joins.
fn round_rect(pix: &mut Pixmap, [x, y, w, h]: Area, r: f32, c: Rgb) {
    let r = r.min(w / 2.0).min(h / 2.0).max(0.0);
    let Some(rect) = Rect::from_xywh(x + r, y + r, w - 2.0 * r, h - 2.0 * r) else {
        return;
    };
    let path = PathBuilder::from_rect(rect);
    let (paint, id) = (paint(c), Transform::identity());
    pix.fill_path(&path, &paint, FillRule::Winding, id, None);
    let stroke = Stroke {
        width: 2.0 * r,
        line_join: LineJoin::Round,
        ..Stroke::default()
    };
    pix.stroke_path(&path, &paint, &stroke, id, None);
}

/// Track circle plus a clockwise arc from 12 o'clock covering `frac` of it (a dashed circle
/// whose single dash is the arc, rotated so it starts at the top).
fn ring(pix: &mut Pixmap, (cx, cy, r, w): (f32, f32, f32, f32), frac: f32, color: Rgb) {
    let Some(circle) = PathBuilder::from_circle(cx, cy, r) else {
        return;
    };
    let mut stroke = Stroke {
        width: w,
        line_cap: LineCap::Round,
        ..Stroke::default()
    };
    pix.stroke_path(&circle, &paint(TRACK), &stroke, Transform::identity(), None);
    let len = std::f32::consts::TAU * r;
    let arc = len * frac.clamp(0.0, 1.0);
    if arc > 0.0 {
        stroke.dash = (arc < len)
            .then(|| StrokeDash::new(vec![arc, len], 0.0))
            .flatten();
        let turn = Transform::from_rotate_at(-90.0, cx, cy);
        pix.stroke_path(&circle, &paint(color), &stroke, turn, None);
    }
}

/// One bar segment per step, widths proportional to their durations, filled as time passes.
fn segments(pix: &mut Pixmap, (x, y, w, h): (f32, f32, f32, f32), secs: &[u32], elapsed: Duration) {
    let total: u32 = secs.iter().sum();
    let usable = w - h * secs.len().saturating_sub(1) as f32; // gaps as wide as the bar is high
    let (mut sx, mut start, e) = (x, 0.0, elapsed.as_secs_f32());
    for secs in secs.iter().map(|s| *s as f32) {
        let sw = usable * secs / total.max(1) as f32;
        let done = ((e - start) / secs.max(f32::EPSILON)).clamp(0.0, 1.0);
        round_rect(pix, [sx, y, sw, h], h / 2.0, TRACK);
        if done * sw >= h {
            round_rect(pix, [sx, y, sw * done, h], h / 2.0, ACCENT);
        }
        sx += sw + h;
        start += secs;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    #[test]
    fn formats_remaining_rounding_up() {
        assert_eq!(format_remaining(Duration::from_secs(60)), "1:00");
        assert_eq!(format_remaining(Duration::from_millis(59_001)), "1:00");
        assert_eq!(format_remaining(Duration::from_millis(59_000)), "0:59");
        assert_eq!(format_remaining(Duration::from_millis(1)), "0:01");
        assert_eq!(format_remaining(Duration::ZERO), "0:00");
        assert_eq!(format_remaining(Duration::from_secs(605)), "10:05");
    }

    #[test]
    fn step_follows_elapsed_time() {
        let secs = [15, 15, 30];
        assert_eq!(step_at(&secs, Duration::ZERO), 0);
        assert_eq!(step_at(&secs, Duration::from_millis(14_999)), 0);
        assert_eq!(step_at(&secs, 15 * S), 1);
        assert_eq!(step_at(&secs, 30 * S), 2);
        assert_eq!(step_at(&secs, 100 * S), 2);
        assert_eq!(step_at(&[0, 5], Duration::ZERO), 1);
        assert_eq!(step_at(&[], 3 * S), 0);
    }

    #[test]
    fn pause_freezes_time_and_deadline() {
        let t0 = Instant::now();
        let mut c = Clock::new(60 * S, t0);
        assert_eq!(c.next_deadline(t0), Some(t0 + S));
        assert_eq!(
            c.next_deadline(t0 + Duration::from_millis(2500)),
            Some(t0 + 3 * S)
        );
        c.toggle_pause(t0 + Duration::from_millis(10_500));
        assert_eq!(c.next_deadline(t0 + 20 * S), None);
        assert_eq!(c.remaining(t0 + 40 * S), Duration::from_millis(49_500));
        let resumed = t0 + Duration::from_millis(30_500); // paused for 20 s
        c.toggle_pause(resumed);
        assert_eq!(c.elapsed(resumed), Duration::from_millis(10_500));
        assert_eq!(c.next_deadline(resumed), Some(t0 + 20 * S + 11 * S));
        assert_eq!(c.elapsed(t0 + 31 * S), 11 * S);
        assert_eq!(c.remaining(t0 + 200 * S), Duration::ZERO);
        assert_eq!(c.next_deadline(t0 + 200 * S), Some(t0 + 20 * S + 60 * S));
    }

    #[test]
    fn buttons_hit_in_physical_pixels() {
        for scale in [1.0, 2.0] {
            let size = LogicalSize::new(WIDTH, HEIGHT).to_physical(scale);
            let s = scale as f32;
            let [(Button::Skip, skip), (Button::Done, done)] = buttons(size, s) else {
                panic!("buttons out of order");
            };
            let at = |x: f32, y: f32| hit(size, s, f64::from(x), f64::from(y));
            let mid_y = done[1] + done[3] / 2.0;
            assert_eq!(at(done[0] + done[2] / 2.0, mid_y), Some(Button::Done));
            assert_eq!(at(skip[0] + 2.0 * s, mid_y), Some(Button::Skip));
            assert_eq!(at(skip[0] + skip[2] + 6.0 * s, mid_y), None); // between the two
            assert_eq!(at(done[0] + done[2] / 2.0, done[1] - 1.0), None); // just above
            assert_eq!(at(10.0, 10.0), None);
            assert!(done[0] + done[2] <= size.width as f32);
            assert!((done[2] - BTN_W * s).abs() < 0.01);
        }
    }
}
