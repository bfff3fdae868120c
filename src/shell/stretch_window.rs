//! The guided stretch window: one winit window drawn in software (tiny-skia shapes, cosmic-text
//! glyphs, softbuffer presentation). Everything it allocates — font database, shaping and glyph
//! caches, pixel buffers, the softbuffer surface — lives in `StretchWindow`, so dropping it gives
//! the memory back (the tray app idles for hours between stretches).

use std::num::NonZeroU32;
use std::time::{Duration, Instant};

use cosmic_text::Align;
use softbuffer::SoftBufferError as SbError;
use tiny_skia::{LineCap, PathBuilder, Pixmap, Rect, Stroke, StrokeDash, Transform};
use winit::dpi::{LogicalSize, PhysicalSize};
use winit::event::{ElementState, KeyEvent, MouseButton, WindowEvent};
use winit::event_loop::ActiveEventLoop;
use winit::keyboard::{Key, KeyCode, NamedKey, PhysicalKey};

use crate::core::words;
use crate::t;
#[cfg(target_os = "linux")]
use winit::platform::startup_notify::{
    EventLoopExtStartupNotify, WindowAttributesExtStartupNotify,
};
#[cfg(target_os = "linux")]
use winit::platform::wayland::ActiveEventLoopExtWayland;
#[cfg(target_os = "linux")]
use winit::window::ActivationToken;
use winit::window::{UserAttentionType, WindowId, WindowLevel};

use super::accessible::{Item, Role as ItemRole};
use super::window::{
    app_window, copy_all, is_wayland, layout_scale, to_softbuffer, Drawable, WindowError,
};
use super::EventSink;
use crate::core::feeling::Feeling;
use crate::core::pose::{self, Pose};
use crate::core::sound::{cue_between, Cue};
use crate::paint::figure;
use crate::paint::kit::{self, round_rect, solid, Area, ButtonLook, Rgb};
use crate::paint::kit::{ACCENT, BG, CAUTION, FAINT, INK, MUTED, ON_ACCENT, PAUSED, TRACK};
use crate::paint::text::{self, style, Style, Text, LINE};

/// Logical inner size; everything below is laid out in logical px and multiplied by the scale.
const WIDTH: f32 = 560.0;
const HEIGHT: f32 = 380.0;
const PAD: f32 = 28.0;
const RING_R: f32 = 68.0;
const RING_W: f32 = 10.0;
const BTN_W: f32 = 104.0;
const BTN_H: f32 = 38.0;
const ANSWER_W: f32 = 132.0;
/// The figure's box left of the step text (only when the exercise has poses).
const FIG_W: f32 = 250.0;
const FIG_GAP: f32 = 18.0;
/// The window grows by this much with a figure, so the figure is big enough to follow.
const FIG_EXTRA_H: f32 = 70.0;
/// Frame rate for the figure when the monitor does not say.
const DEFAULT_HZ: u32 = 60;

pub(crate) struct StretchSpec {
    pub exercise_name: String,
    /// Already scaled to the configured duration; the secs sum to the total.
    pub steps: Vec<StepSpec>,
    pub caution: String,
    /// Shown at once when the answer to "How did that feel?" is "It hurt".
    pub hurt_advice: Vec<String>,
    /// "Education, not medical advice…" small print.
    pub notice: String,
    /// "4 stretches today · 5-day streak", shown instead of the key hint in the last seconds.
    pub progress: String,
    /// The speaker toggle: `Some(muted)` when the stretch has cues (`[stretch] cues` not off).
    pub sound: Option<bool>,
    /// Reduced motion: the figure shows each step's first pose, standing still.
    pub still: bool,
}

pub(crate) struct StepSpec {
    pub text: String,
    pub secs: u32,
    /// The figure's shapes (empty: no figure for this step).
    pub shapes: Vec<Pose>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Completed,
    Skipped,
}

/// What the window tells the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Report {
    /// The stretch ended; the window now asks how it felt.
    Finished(Outcome),
    /// The answer to "How did that feel?".
    Felt(Feeling),
    /// A step began or the time ran out: a cue to be heard.
    Cue(Cue),
    /// The speaker toggle (V or its button): cues off or on, with the step running now.
    Sound { muted: bool, step: usize },
}

/// What the window shows: the stretch, then the question, then (after "It hurt") the advice.
/// The question and the advice each have one deadline, when the window closes by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Stretch,
    Question { until: Instant },
    Advice { until: Instant },
    Closed,
}

/// How long the question waits for an answer: not answering is fine.
const QUESTION_FOR: Duration = Duration::from_secs(20);
/// How long the safety advice stays unless closed.
const ADVICE_FOR: Duration = Duration::from_secs(120);

/// The `XDG_ACTIVATION_TOKEN` we were launched with (Wayland). It stays in the environment:
/// removing it now, with other threads running, would race their getenv.
#[cfg(target_os = "linux")]
pub(crate) fn startup_token(event_loop: &ActiveEventLoop) -> Option<String> {
    if !event_loop.is_wayland() {
        return None;
    }
    let token = event_loop
        .read_token_from_env()
        .map(ActivationToken::into_raw);
    token.filter(|t| !t.is_empty())
}

#[cfg(not(target_os = "linux"))]
pub(crate) fn startup_token(_: &ActiveEventLoop) -> Option<String> {
    None
}

/// How the window will get the focus, for the log (Wayland only: on X11 it just takes it).
pub(crate) fn focus_note(event_loop: &ActiveEventLoop, token: bool) -> Option<&'static str> {
    is_wayland(event_loop).then_some(if token {
        "opening the stretch window with the xdg_activation token of the click"
    } else {
        "opening the stretch window without an xdg_activation token; asking the compositor for attention"
    })
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

/// Each step's length in whole seconds.
fn step_secs(steps: &[StepSpec]) -> Vec<u32> {
    steps.iter().map(|s| s.secs).collect()
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
    Answer(Feeling),
    Close,
    Speaker,
}

/// The speaker toggle in the top right corner.
fn speaker_button(size: PhysicalSize<u32>, s: f32) -> Area {
    let side = 32.0 * s;
    [size.width as f32 - PAD * s - side, 18.0 * s, side, side]
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

/// The three answers, side by side in the middle of the window.
fn answer_buttons(size: PhysicalSize<u32>, s: f32) -> [(Button, Area); 3] {
    let (w, h) = (size.width as f32, size.height as f32);
    let (bw, bh, gap) = (ANSWER_W * s, BTN_H * s, 14.0 * s);
    let x0 = (w - 3.0 * bw - 2.0 * gap) / 2.0;
    let y = h / 2.0 + 8.0 * s;
    Feeling::ALL.map(|feeling| {
        let i = feeling as usize as f32;
        (Button::Answer(feeling), [x0 + i * (bw + gap), y, bw, bh])
    })
}

/// The buttons of a phase (`speaker`: the stretch has cues, so the toggle shows).
fn phase_buttons(
    phase: Phase,
    size: PhysicalSize<u32>,
    s: f32,
    speaker: bool,
) -> Vec<(Button, Area)> {
    match phase {
        Phase::Stretch => {
            let mut all = buttons(size, s).to_vec();
            if speaker {
                all.push((Button::Speaker, speaker_button(size, s)));
            }
            all
        }
        Phase::Question { .. } => answer_buttons(size, s).to_vec(),
        Phase::Advice { .. } => vec![(Button::Close, buttons(size, s)[1].1)],
        Phase::Closed => Vec::new(),
    }
}

fn hit(
    phase: Phase,
    size: PhysicalSize<u32>,
    s: f32,
    speaker: bool,
    x: f64,
    y: f64,
) -> Option<Button> {
    let mut hits = phase_buttons(phase, size, s, speaker)
        .into_iter()
        .filter(|(_, a)| kit::contains(*a, x, y));
    hits.next().map(|(b, _)| b)
}

const NAME: Style = style(26.0, true, INK, Align::Left);
const STEP_LABEL: Style = style(14.0, true, MUTED, Align::Left);
const STEP_TEXT: Style = style(19.0, false, INK, Align::Left);
const TIME: Style = style(44.0, true, INK, Align::Center);
const RING_LABEL: Style = style(15.0, false, MUTED, Align::Center);
const PAUSED_LABEL: Style = style(16.0, true, PAUSED, Align::Center);
const DONE_LABEL: Style = style(16.0, true, ON_ACCENT, Align::Center);
const SKIP_LABEL: Style = style(16.0, true, INK, Align::Center);
const HINT: Style = style(13.0, false, MUTED, Align::Left);
const PROGRESS: Style = style(13.0, true, ACCENT, Align::Left);
/// How long before the end the progress line replaces the key hint.
const PROGRESS_SECS: Duration = Duration::from_secs(10);
const CAUTION_TEXT: Style = style(13.0, false, CAUTION, Align::Left);
const NOTICE: Style = style(11.0, false, FAINT, Align::Left);
const QUESTION: Style = style(24.0, true, INK, Align::Center);
const CENTRED_HINT: Style = style(13.0, false, MUTED, Align::Center);
const ADVICE_TITLE: Style = style(22.0, true, CAUTION, Align::Left);
const ADVICE_TEXT: Style = style(16.0, false, INK, Align::Left);

pub(crate) struct StretchWindow {
    win: Drawable,
    text: Text,
    spec: StretchSpec,
    clock: Clock,
    /// Latest `now` seen, so `next_deadline` can answer without reading a clock itself.
    seen: Instant,
    size: PhysicalSize<u32>,
    scale: f64,
    hover: Option<Button>,
    pressed: Option<Button>,
    phase: Phase,
    /// The running time up to which cues were given.
    cued_until: Duration,
    /// The last frame, kept so an animation frame repaints only the figure's box; `CanvasKey`
    /// says when everything else must be painted again.
    canvas: Option<(Pixmap, CanvasKey)>,
    /// The figure is moving: frames follow at the display's rate until it rests.
    moving: bool,
    redraw_pending: bool,
    last_frame: Instant,
    frame_interval: Duration,
    /// Frames presented, for the log line at close (the benchmark reads it).
    frames: u64,
    /// The frame in which the canvas last changed outside the figure's box.
    full_frame: u64,
    /// Frames that presented only the figure's box.
    figure_frames: u64,
    opened: Instant,
}

/// What the non-figure part of a frame depends on.
#[derive(Debug, Clone, Copy, PartialEq)]
struct CanvasKey {
    phase: Phase,
    sound: Option<bool>,
    second: u64,
    paused: bool,
    hover: Option<Button>,
    size: PhysicalSize<u32>,
    scale: f64,
}

impl StretchWindow {
    /// Creates, centres (on the primary monitor, or the first one) and shows the window.
    ///
    /// On Wayland it is an xdg_shell toplevel with app id `posture-break` (the `.desktop` name);
    /// the compositor places it, and it may only take the focus with an xdg_activation token from
    /// the user's click (`activation_token`). Without one it asks for attention instead (sway
    /// marks it urgent, KDE flashes its task), so the user is told rather than left wondering.
    pub(crate) fn open(
        event_loop: &ActiveEventLoop,
        spec: StretchSpec,
        activation_token: Option<String>,
        now: Instant,
        sink: EventSink,
    ) -> Result<Self, WindowError> {
        // Fonts first: a broken font should not flash an empty window.
        let text = Text::load().ok_or(WindowError::Font)?;
        let room = figure_room(&spec);
        let taller = if room > 0.0 { FIG_EXTRA_H } else { 0.0 };
        let logical = LogicalSize::new(WIDTH + room, HEIGHT + taller);
        let attrs = app_window(
            event_loop,
            format!("posture-break — {}", spec.exercise_name),
            logical,
        )
        .with_window_level(WindowLevel::AlwaysOnTop);
        let wayland = is_wayland(event_loop);
        let activation_token = activation_token.filter(|_| wayland);
        let activated = activation_token.is_some();
        #[cfg(target_os = "linux")]
        let attrs = match activation_token {
            Some(token) => attrs.with_activation_token(ActivationToken::from_raw(token)),
            None => attrs,
        };
        let win = Drawable::open(event_loop, "stretch", attrs, Some(sink))?;
        let window = &win.window;
        if wayland && !activated {
            window.request_user_attention(Some(UserAttentionType::Critical));
        } else {
            window.focus_window();
        }
        window.request_redraw();
        let total = Duration::from_secs(spec.steps.iter().map(|s| u64::from(s.secs)).sum());
        let hz = window
            .current_monitor()
            .and_then(|m| m.refresh_rate_millihertz())
            .map_or(DEFAULT_HZ, |mhz| (mhz / 1000).clamp(10, 240));
        Ok(Self {
            size: win.content_size(),
            scale: window.scale_factor(),
            win,
            text,
            spec,
            clock: Clock::new(total, now),
            seen: now,
            hover: None,
            pressed: None,
            phase: Phase::Stretch,
            cued_until: Duration::ZERO,
            canvas: None,
            moving: false,
            redraw_pending: true,
            last_frame: now,
            frame_interval: Duration::from_secs(1) / hz,
            frames: 0,
            full_frame: 0,
            figure_frames: 0,
            opened: now,
        })
    }

    /// The window and its frame, for routing its events (see `Drawable::route`).
    pub(crate) fn frame(&mut self) -> &mut Drawable {
        &mut self.win
    }

    pub(crate) fn id(&self) -> WindowId {
        self.win.window.id()
    }

    /// Reports the stretch's end once (Enter/Done → Completed, Esc/Skip/close → Skipped), then
    /// the answer to the question, if one is given. `closed` says when the window is done.
    pub(crate) fn handle_event(&mut self, event: &WindowEvent, now: Instant) -> Option<Report> {
        self.seen = self.seen.max(now);
        let phase = self.phase;
        let action = match event {
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
            } => self.key(event),
            WindowEvent::CursorMoved { position: p, .. } => self.hover_at(Some((p.x, p.y))),
            WindowEvent::CursorLeft { .. } => self.hover_at(None),
            WindowEvent::MouseInput { state, button, .. } => self.click(*state, *button),
            WindowEvent::CloseRequested => Some(Action::Close),
            _ => None,
        };
        self.act(phase, action?, now)
    }

    /// A screen reader pressed one of the window's buttons (an item of `access_items`).
    pub(crate) fn accessibility_action(&mut self, item: u64, now: Instant) -> Option<Report> {
        let action = match item {
            DONE_ITEM => Action::Done,
            SKIP_ITEM => Action::Skip,
            PAUSE_ITEM => Action::Pause,
            SOUND_ITEM => Action::ToggleSound,
            CLOSE_ITEM => Action::Close,
            _ => Feeling::ALL
                .into_iter()
                .find(|f| ANSWER_ITEM + *f as u64 == item)
                .map(Action::Answer)?,
        };
        self.act(self.phase, action, now)
    }

    /// What a key, a click or a screen reader asked for, in `phase`.
    fn act(&mut self, phase: Phase, action: Action, now: Instant) -> Option<Report> {
        let report = match (phase, action) {
            (Phase::Stretch, Action::Done) => Some(Report::Finished(Outcome::Completed)),
            (Phase::Stretch, Action::Skip) => Some(Report::Finished(Outcome::Skipped)),
            // Closed by the window manager: skipped, and closed as asked, with no question.
            (Phase::Stretch, Action::Close) => {
                self.phase = Phase::Closed;
                return Some(Report::Finished(Outcome::Skipped));
            }
            (Phase::Question { .. }, Action::Answer(feeling)) => Some(Report::Felt(feeling)),
            (Phase::Stretch, Action::ToggleSound) => {
                let muted = !self.spec.sound?;
                self.spec.sound = Some(muted);
                self.request_redraw();
                let secs = step_secs(&self.spec.steps);
                let step = step_at(&secs, self.clock.elapsed(now));
                return Some(Report::Sound { muted, step });
            }
            (Phase::Question { .. } | Phase::Advice { .. }, Action::Skip | Action::Close) => {
                self.phase = Phase::Closed;
                None
            }
            (Phase::Advice { .. }, Action::Done) => {
                self.phase = Phase::Closed;
                None
            }
            (Phase::Stretch, Action::Pause) => {
                self.clock.toggle_pause(now);
                self.request_redraw();
                None
            }
            _ => None,
        };
        match report {
            Some(Report::Finished(_)) => self.ask(now),
            Some(Report::Felt(Feeling::Hurt)) => self.advise(now),
            Some(Report::Felt(_)) => self.phase = Phase::Closed,
            Some(Report::Cue(_) | Report::Sound { .. }) | None => {}
        }
        report
    }

    /// Once the window has nothing more to show: the app closes it.
    pub(crate) fn closed(&self) -> bool {
        self.phase == Phase::Closed
    }

    fn ask(&mut self, now: Instant) {
        self.phase = Phase::Question {
            until: now + QUESTION_FOR,
        };
        self.after_phase_change();
    }

    fn advise(&mut self, now: Instant) {
        self.phase = Phase::Advice {
            until: now + ADVICE_FOR,
        };
        self.after_phase_change();
    }

    fn after_phase_change(&mut self) {
        self.pressed = None;
        self.hover = None;
        self.moving = false;
        self.win.point_at_clickable(false);
        self.request_redraw();
    }

    /// When the window next needs attention: the next change of the whole-second countdown, or
    /// the end; once the stretch ended, only the moment the question or advice closes. None
    /// while paused (nothing ticks then).
    pub(crate) fn next_deadline(&self) -> Option<Instant> {
        match self.phase {
            Phase::Stretch => {}
            Phase::Question { until } | Phase::Advice { until } => return Some(until),
            Phase::Closed => return None,
        }
        let next = self.clock.next_deadline(self.seen);
        // While the figure moves, the next frame is due one display interval after the last;
        // none is scheduled while a redraw is already on its way.
        let frame = (self.moving && !self.redraw_pending && next.is_some())
            .then(|| self.last_frame + self.frame_interval);
        [next, frame].into_iter().flatten().min()
    }

    /// "N frames in T s", for the log when the window closes.
    pub(crate) fn frame_report(&self, now: Instant) -> String {
        let secs = now.saturating_duration_since(self.opened).as_secs_f64();
        format!(
            "stretch window: {} frames in {secs:.1} s ({:.1}/s), {} of them the figure's box alone",
            self.frames,
            self.frames as f64 / secs.max(0.001),
            self.figure_frames
        )
    }

    /// Called once `next_deadline` passed: redraws and cues a new step, reports Completed (with
    /// the end's cue) when the time ran out, or closes an unanswered question or the advice.
    /// The countdown's deadlines fall on whole seconds of running time, as step boundaries do,
    /// so a step's cue comes as the step begins.
    pub(crate) fn on_deadline(&mut self, now: Instant) -> Vec<Report> {
        self.seen = self.seen.max(now);
        match self.phase {
            Phase::Stretch => {}
            Phase::Question { until } | Phase::Advice { until } => {
                if now >= until {
                    self.phase = Phase::Closed;
                }
                return Vec::new();
            }
            Phase::Closed => return Vec::new(),
        }
        if self.clock.paused() {
            return Vec::new();
        }
        let elapsed = self.clock.elapsed(now);
        let secs = step_secs(&self.spec.steps);
        let cue = cue_between(&secs, self.cued_until, elapsed);
        self.cued_until = self.cued_until.max(elapsed);
        let mut reports: Vec<Report> = cue.map(Report::Cue).into_iter().collect();
        if self.clock.remaining(now).is_zero() {
            self.ask(now);
            reports.push(Report::Finished(Outcome::Completed));
        } else {
            self.request_redraw();
        }
        reports
    }

    fn request_redraw(&mut self) {
        self.redraw_pending = true;
        self.win.window.request_redraw();
    }

    /// Scale factor as used for layout (never degenerate).
    fn s(&self) -> f32 {
        layout_scale(self.scale)
    }

    fn relayout(&mut self, size: PhysicalSize<u32>, scale: f64) -> Option<Action> {
        (self.size, self.scale) = (size, scale);
        self.request_redraw();
        None
    }

    /// Repeats count, but for Space (pause and resume): winit may report a fresh press as a
    /// repeat when the key's last release went to a window that has since closed (X11). Enter
    /// does nothing in the question, so holding the Enter that ended the stretch is harmless.
    fn key(&mut self, event: &KeyEvent) -> Option<Action> {
        if event.state != ElementState::Pressed {
            return None;
        }
        let digit = match event.physical_key {
            PhysicalKey::Code(KeyCode::Digit1 | KeyCode::Numpad1) => Some(Feeling::Good),
            PhysicalKey::Code(KeyCode::Digit2 | KeyCode::Numpad2) => Some(Feeling::NotForMe),
            PhysicalKey::Code(KeyCode::Digit3 | KeyCode::Numpad3) => Some(Feeling::Hurt),
            _ => None,
        };
        match &event.logical_key {
            _ if digit.is_some() => digit.map(Action::Answer),
            _ if event.physical_key == PhysicalKey::Code(KeyCode::KeyV) && !event.repeat => {
                Some(Action::ToggleSound)
            }
            Key::Named(NamedKey::Escape) => Some(Action::Skip),
            Key::Named(NamedKey::Enter) => Some(Action::Done),
            _ if event.physical_key == PhysicalKey::Code(KeyCode::NumpadEnter) => {
                Some(Action::Done)
            }
            Key::Named(NamedKey::Space) if !event.repeat => Some(Action::Pause),
            _ => None,
        }
    }

    fn hover_at(&mut self, cursor: Option<(f64, f64)>) -> Option<Action> {
        let speaker = self.spec.sound.is_some();
        // Right to left, the layout is the mirror image of the one `hit` knows.
        let width = f64::from(self.size.width);
        let cursor = cursor.map(|(x, y)| match self.text.mirrored {
            true => (width - x, y),
            false => (x, y),
        });
        let hover = cursor.and_then(|(x, y)| hit(self.phase, self.size, self.s(), speaker, x, y));
        if hover != self.hover {
            self.hover = hover;
            self.win.point_at_clickable(hover.is_some());
            self.request_redraw();
        }
        None
    }

    /// A click counts when press and release land on the same button.
    fn click(&mut self, state: ElementState, button: MouseButton) -> Option<Action> {
        if button != MouseButton::Left {
            return None;
        }
        if state == ElementState::Pressed {
            self.pressed = self.hover;
            return None;
        }
        let (pressed, released) = (self.pressed.take()?, self.hover?);
        (pressed == released).then_some(match released {
            Button::Done => Action::Done,
            Button::Skip => Action::Skip,
            Button::Answer(feeling) => Action::Answer(feeling),
            Button::Close => Action::Close,
            Button::Speaker => Action::ToggleSound,
        })
    }

    /// Paints and presents a frame. Failures skip the frame: the countdown goes on regardless.
    fn redraw(&mut self, now: Instant) -> Option<Action> {
        let (w, h) = (self.size.width, self.size.height);
        // Zero-sized (minimised, not mapped yet): nothing to draw.
        let (nw, nh) = (NonZeroU32::new(w)?, NonZeroU32::new(h)?);
        // A redraw we did not ask for is the system's (an expose): present the whole window.
        // (One that coalesced with ours is made good by the next second's full frame.)
        if !std::mem::take(&mut self.redraw_pending) {
            self.full_frame = self.frames;
        }
        self.last_frame = now;
        let key = CanvasKey {
            phase: self.phase,
            sound: self.spec.sound,
            second: self.clock.elapsed(now).as_secs(),
            paused: self.clock.paused(),
            hover: self.hover,
            size: self.size,
            scale: self.scale,
        };
        let (mut pix, old) = match self.canvas.take() {
            Some((pix, old)) if pix.width() == w && pix.height() == h => (pix, Some(old)),
            _ => (Pixmap::new(w, h)?, None),
        };
        if old != Some(key) {
            match self.phase {
                Phase::Stretch => self.paint(&mut pix, now),
                Phase::Question { .. } => self.paint_question(&mut pix),
                Phase::Advice { .. } | Phase::Closed => self.paint_advice(&mut pix),
            }
            if self.text.mirrored {
                text::mirror(&mut pix);
            }
            self.full_frame = self.frames;
            if self.win.accessible() {
                let items = self.access_items(now);
                self.win.show_items(items);
            }
        }
        if self.phase == Phase::Stretch {
            self.paint_figure(&mut pix, now);
        }
        if let Err(e) = self.present(&pix, nw, nh) {
            eprintln!("posture-break: stretch window frame skipped: {e}");
        }
        self.frames += 1;
        self.canvas = Some((pix, key));
        None
    }

    /// The figure's box on screen: on the right in a right-to-left window.
    fn figure_area(&self) -> Area {
        let [x, y, w, h] = figure_box(self.size, self.s());
        match self.text.mirrored {
            true => [self.size.width as f32 - x - w, y, w, h],
            false => [x, y, w, h],
        }
    }

    /// Repaints the figure's box: background, then the figure at this moment.
    fn paint_figure(&mut self, pix: &mut Pixmap, now: Instant) {
        self.moving = false;
        if figure_room(&self.spec) == 0.0 {
            return;
        }
        let area @ [x, y, w, h] = self.figure_area();
        if let Some(r) = Rect::from_xywh(x, y, w, h) {
            pix.fill_rect(r, &solid(BG), Transform::identity(), None);
        }
        let elapsed = self.clock.elapsed(now);
        let figure = match self.spec.still {
            true => still_figure_at(&self.spec.steps, elapsed),
            false => figure_at(&self.spec.steps, elapsed),
        };
        if let Some((shape, moving)) = figure {
            figure::draw(pix, &shape, area);
            self.moving = moving && !self.clock.paused();
        }
    }

    /// Copies the canvas into the surface's buffer and presents it. An animation frame copies and
    /// presents only the figure's box when the buffer already holds the rest (it was presented
    /// after the last change outside the box): a tenth of the pixels.
    fn present(&mut self, pix: &Pixmap, w: NonZeroU32, h: NonZeroU32) -> Result<(), SbError> {
        // The app's own title bar, where there is one, sits above the content.
        let bar = self.win.bar_height();
        let whole_h = NonZeroU32::new(h.get() + bar).unwrap_or(h);
        self.win.surface.resize(w, whole_h)?; // no-op unless the size changed
        let area = self.figure_area();
        let (mut buffer, below_bar, bar_changed) = self.win.next_buffer(w.get(), &mut self.text)?;
        // The buffer was last presented `age` frames ago (0: its contents are unknown).
        let age = u64::from(buffer.age());
        let current = age > 0 && self.frames.checked_sub(age) >= Some(self.full_frame);
        let damage = (current && !bar_changed)
            .then(|| figure_damage(area, w, h))
            .flatten();
        match damage {
            Some(rect) => {
                let width = w.get() as usize;
                let (x0, x1) = (rect.x as usize, (rect.x + rect.width.get()) as usize);
                for y in rect.y as usize..(rect.y + rect.height.get()) as usize {
                    let (row, dst_row) = (y * width, below_bar + y * width);
                    for (dst, px) in buffer[dst_row + x0..dst_row + x1]
                        .iter_mut()
                        .zip(&pix.pixels()[row + x0..row + x1])
                    {
                        *dst = to_softbuffer(px);
                    }
                }
                self.figure_frames += 1;
                let on_screen = softbuffer::Rect {
                    y: rect.y + bar,
                    ..rect
                };
                buffer.present_with_damage(&[on_screen])
            }
            None => {
                copy_all(&mut buffer[below_bar..], pix);
                buffer.present()
            }
        }
    }

    fn paint(&mut self, pix: &mut Pixmap, now: Instant) {
        let (s, w, h) = (self.s(), pix.width() as f32, pix.height() as f32);
        let paused = self.clock.paused();
        let elapsed = self.clock.elapsed(now);
        let secs = step_secs(&self.spec.steps);
        let step = step_at(&secs, elapsed);
        pix.fill(kit::rgb(BG));
        let t = &mut self.text;
        t.s = s;
        let (x0, full_w) = (PAD * s, w - 2.0 * PAD * s);
        let fig = figure_room(&self.spec) * s;
        let col_w = w - fig - (PAD * 2.0 + RING_R * 2.0 + RING_W + 24.0) * s;
        let x_text = x0 + fig;

        let mut y = 22.0 * s;
        // The title leaves the top right corner to the speaker toggle.
        let title_w = match self.spec.sound {
            Some(_) => full_w - 44.0 * s,
            None => full_w,
        };
        y += t.draw(pix, &self.spec.exercise_name, NAME, (x0, y, title_w));
        if let Some(muted) = self.spec.sound {
            let hot = self.hover == Some(Button::Speaker);
            speaker(pix, speaker_button(self.size, s), muted, hot);
        }

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
        let words = words::current();
        let (word, st) = if paused {
            (t!(words, "stretch-paused"), PAUSED_LABEL)
        } else {
            (t!(words, "stretch-time-left"), RING_LABEL)
        };
        t.draw_line(pix, &word, st, (tx, cy + 20.0 * s, tw));

        // Left column: which step, a segmented bar (one segment per step), then the step text.
        y += 12.0 * s;
        if !secs.is_empty() {
            let label = t!(
                words,
                "stretch-step-of",
                step = step + 1,
                steps = secs.len()
            );
            y += t.draw_line(pix, &label, STEP_LABEL, (x_text, y, col_w)) + 6.0 * s;
            segments(pix, (x_text, y, col_w, 6.0 * s), &secs, elapsed);
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
                t.blit(pix, &buf, INK, (x_text, y));
            }
        }

        for (b, area) in [skip, done] {
            let (label, look) = match b {
                Button::Done => ((t!(words, "stretch-done"), DONE_LABEL), ButtonLook::Primary),
                _ => (
                    (t!(words, "stretch-skip"), SKIP_LABEL),
                    ButtonLook::Secondary,
                ),
            };
            let label = (label.0.as_str(), label.1);
            kit::button(pix, t, area, label, look, self.hover == Some(b));
        }
        let hint = t!(
            words,
            "stretch-keys",
            paused = paused.to_string(),
            sound = self.spec.sound.is_some().to_string()
        );
        // The last seconds say what this stretch adds up to.
        let last = !paused && self.clock.remaining(now) <= PROGRESS_SECS;
        let (hint, hint_st) = match last && !self.spec.progress.is_empty() {
            true => (self.spec.progress.as_str(), PROGRESS),
            false => (hint.as_str(), HINT),
        };
        let hy = row_y + (BTN_H - HINT.size * LINE) / 2.0 * s;
        t.draw_line(pix, hint, hint_st, (x0, hy, skip.1[0] - x0 - 8.0 * s));
        let ny = h - (PAD - 6.0 + NOTICE.size * LINE) * s;
        t.draw_line(pix, &self.spec.notice, NOTICE, (x0, ny, full_w));
    }
}

impl StretchWindow {
    /// A button's place as it is on screen (mirrored right to left).
    fn on_screen(&self, [x, y, w, h]: Area) -> Area {
        match self.text.mirrored {
            true => [self.size.width as f32 - x - w, y, w, h],
            false => [x, y, w, h],
        }
    }

    /// What the window shows now, for screen readers: the step (announced when it changes), the
    /// time left (read on demand), the caution and the buttons; then the question or the advice.
    fn access_items(&self, now: Instant) -> Vec<Item> {
        let words = words::current();
        let s = self.s();
        let mut items = Vec::new();
        match self.phase {
            Phase::Stretch => {
                let secs = step_secs(&self.spec.steps);
                let step = step_at(&secs, self.clock.elapsed(now));
                if let Some(cur) = self.spec.steps.get(step) {
                    let label = t!(
                        words,
                        "access-step",
                        step = step + 1,
                        steps = secs.len(),
                        text = cur.text.as_str()
                    );
                    let mut item = Item::label(STEP_ITEM, label);
                    item.live = true;
                    items.push(item);
                }
                let time = t!(
                    words,
                    "access-time",
                    time = format_remaining(self.clock.remaining(now)),
                    paused = if self.clock.paused() { "yes" } else { "no" }
                );
                items.push(Item::label(TIME_ITEM, time));
                items.push(Item::label(CAUTION_ITEM, self.spec.caution.clone()));
                let [(_, skip), (_, done)] = buttons(self.size, s);
                items.push(Item::button(
                    DONE_ITEM,
                    t!(words, "stretch-done"),
                    self.on_screen(done),
                ));
                items.push(Item::button(
                    SKIP_ITEM,
                    t!(words, "stretch-skip"),
                    self.on_screen(skip),
                ));
                let pause = match self.clock.paused() {
                    true => t!(words, "menu-resume"),
                    false => t!(words, "menu-pause"),
                };
                let mut pause = Item::button(PAUSE_ITEM, pause, self.on_screen(skip));
                pause.area = None; // Space: no button of its own on screen
                items.push(pause);
                if let Some(muted) = self.spec.sound {
                    let mut sound = Item::button(
                        SOUND_ITEM,
                        t!(words, "stretch-sound"),
                        self.on_screen(speaker_button(self.size, s)),
                    );
                    sound.role = ItemRole::Toggle(!muted);
                    items.push(sound);
                }
            }
            Phase::Question { .. } => {
                items.push(Item::label(QUESTION_ITEM, t!(words, "feeling-question")));
                for (button, area) in answer_buttons(self.size, s) {
                    if let Button::Answer(feeling) = button {
                        items.push(Item::button(
                            ANSWER_ITEM + feeling as u64,
                            feeling.label(&words),
                            self.on_screen(area),
                        ));
                    }
                }
            }
            Phase::Advice { .. } | Phase::Closed => {
                let mut advice = vec![t!(words, "hurt-title")];
                advice.extend(self.spec.hurt_advice.iter().cloned());
                items.push(Item::label(ADVICE_ITEM, advice.join(" ")));
                let [_, (_, close)] = buttons(self.size, s);
                items.push(Item::button(
                    CLOSE_ITEM,
                    t!(words, "window-close"),
                    self.on_screen(close),
                ));
            }
        }
        items
    }

    /// "How did that feel?" with the three answers.
    fn paint_question(&mut self, pix: &mut Pixmap) {
        let (s, w, h) = (self.s(), pix.width() as f32, pix.height() as f32);
        pix.fill(kit::rgb(BG));
        let t = &mut self.text;
        t.s = s;
        let (x0, full_w) = (PAD * s, w - 2.0 * PAD * s);
        t.draw(pix, &self.spec.exercise_name, NAME, (x0, 22.0 * s, full_w));
        let answers = answer_buttons(self.size, s);
        let words = words::current();
        let (question, qh) = t.shape(&t!(words, "feeling-question"), QUESTION, full_w);
        t.blit(pix, &question, INK, (x0, answers[0].1[1] - qh - 22.0 * s));
        for (button, area) in answers {
            let Button::Answer(feeling) = button else {
                continue;
            };
            let (look, style) = match feeling {
                Feeling::Good => (ButtonLook::Primary, DONE_LABEL),
                Feeling::NotForMe | Feeling::Hurt => (ButtonLook::Secondary, SKIP_LABEL),
            };
            let label = feeling.label(&words);
            kit::button(
                pix,
                t,
                area,
                (&label, style),
                look,
                self.hover == Some(button),
            );
        }
        let hint = t!(words, "feeling-keys");
        let hy = answers[0].1[1] + (BTN_H + 18.0) * s;
        t.draw_line(pix, &hint, CENTRED_HINT, (x0, hy, full_w));
        let ny = h - (PAD - 6.0 + NOTICE.size * LINE) * s;
        t.draw_line(pix, &self.spec.notice, NOTICE, (x0, ny, full_w));
    }

    /// The safety advice after "It hurt", at once.
    fn paint_advice(&mut self, pix: &mut Pixmap) {
        let (s, w) = (self.s(), pix.width() as f32);
        pix.fill(kit::rgb(BG));
        let t = &mut self.text;
        t.s = s;
        let (x0, full_w) = (PAD * s, w - 2.0 * PAD * s);
        let mut y = 22.0 * s;
        let words = words::current();
        y += t.draw_line(pix, &t!(words, "hurt-title"), ADVICE_TITLE, (x0, y, full_w));
        y += 14.0 * s;
        for line in &self.spec.hurt_advice {
            y += t.draw(pix, line, ADVICE_TEXT, (x0, y, full_w)) + 10.0 * s;
        }
        let [_, (_, close)] = buttons(self.size, s);
        let hover = self.hover == Some(Button::Close);
        kit::button(
            pix,
            t,
            close,
            (&t!(words, "window-close"), DONE_LABEL),
            ButtonLook::Primary,
            hover,
        );
        let hy = close[1] + (BTN_H - HINT.size * LINE) / 2.0 * s;
        let hint = t!(words, "hurt-keys");
        t.draw_line(pix, &hint, HINT, (x0, hy, close[0] - x0 - 8.0 * s));
    }
}

/// What a key or click asks for; what it means depends on the phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Done,
    Skip,
    Answer(Feeling),
    Close,
    ToggleSound,
    Pause,
}

// The items screen readers see (`StretchWindow::access_items`); the buttons' ids come back
// with their actions.
const STEP_ITEM: u64 = 1;
const TIME_ITEM: u64 = 2;
const CAUTION_ITEM: u64 = 3;
const QUESTION_ITEM: u64 = 4;
const ADVICE_ITEM: u64 = 5;
const DONE_ITEM: u64 = 10;
const SKIP_ITEM: u64 = 11;
const PAUSE_ITEM: u64 = 12;
const SOUND_ITEM: u64 = 13;
const CLOSE_ITEM: u64 = 14;
const ANSWER_ITEM: u64 = 20;

/// The speaker toggle: a speaker with sound waves, or struck through when muted.
fn speaker(pix: &mut Pixmap, [x, y, w, h]: Area, muted: bool, hot: bool) {
    round_rect(pix, [x, y, w, h], w / 4.0, if hot { TRACK } else { BG });
    let ink = if muted { MUTED } else { INK };
    let (u, cy) = (w / 32.0, y + h / 2.0);
    let mut body = PathBuilder::new();
    body.move_to(x + 7.0 * u, cy - 4.0 * u);
    body.line_to(x + 11.0 * u, cy - 4.0 * u);
    body.line_to(x + 17.0 * u, cy - 9.0 * u);
    body.line_to(x + 17.0 * u, cy + 9.0 * u);
    body.line_to(x + 11.0 * u, cy + 4.0 * u);
    body.line_to(x + 7.0 * u, cy + 4.0 * u);
    body.close();
    if let Some(path) = body.finish() {
        pix.fill_path(
            &path,
            &solid(ink),
            tiny_skia::FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
    let stroke = Stroke {
        width: 2.0 * u,
        line_cap: LineCap::Round,
        ..Stroke::default()
    };
    let mut marks = PathBuilder::new();
    if muted {
        marks.move_to(x + 20.0 * u, cy - 5.0 * u);
        marks.line_to(x + 27.0 * u, cy + 5.0 * u);
        marks.move_to(x + 27.0 * u, cy - 5.0 * u);
        marks.line_to(x + 20.0 * u, cy + 5.0 * u);
    } else {
        for r in [5.0, 9.0] {
            marks.move_to(x + (17.0 + r * 0.6) * u, cy - r * 0.8 * u);
            marks.quad_to(
                x + (17.0 + r * 1.2) * u,
                cy,
                x + (17.0 + r * 0.6) * u,
                cy + r * 0.8 * u,
            );
        }
    }
    if let Some(path) = marks.finish() {
        pix.stroke_path(&path, &solid(ink), &stroke, Transform::identity(), None);
    }
}

/// Extra logical width for the figure's box: none when no step has a pose.
fn figure_room(spec: &StretchSpec) -> f32 {
    let any = spec.steps.iter().any(|s| !s.shapes.is_empty());
    if any {
        FIG_W + FIG_GAP
    } else {
        0.0
    }
}

/// The figure's box in physical px: left column, from below the title to above the caution.
fn figure_box(size: PhysicalSize<u32>, s: f32) -> Area {
    let [(_, skip), _] = buttons(size, s);
    let top = 64.0 * s;
    let bottom = skip[1] - 58.0 * s;
    [PAD * s, top, FIG_W * s, (bottom - top).max(0.0)]
}

/// The figure's box as whole pixels inside a `w`×`h` surface; `None` when it is empty.
fn figure_damage([x, y, bw, bh]: Area, w: NonZeroU32, h: NonZeroU32) -> Option<softbuffer::Rect> {
    let clamp = |v: f32, max: u32| (v.max(0.0) as u32).min(max);
    let (x0, y0) = (clamp(x.floor(), w.get()), clamp(y.floor(), h.get()));
    let (x1, y1) = (
        clamp((x + bw).ceil(), w.get()),
        clamp((y + bh).ceil(), h.get()),
    );
    Some(softbuffer::Rect {
        x: x0,
        y: y0,
        width: NonZeroU32::new(x1.checked_sub(x0)?)?,
        height: NonZeroU32::new(y1.checked_sub(y0)?)?,
    })
}

/// Where the figure is `elapsed` into the stretch, and whether it is moving.
fn figure_at(steps: &[StepSpec], elapsed: Duration) -> Option<(Pose, bool)> {
    let timeline: Vec<(&[Pose], f32)> = steps
        .iter()
        .map(|s| (s.shapes.as_slice(), s.secs as f32))
        .collect();
    pose::timeline(&timeline, elapsed.as_secs_f32())
}

/// With reduced motion: the running step's first pose, never moving (the figure changes only
/// as a step begins, with the whole-second frame that shows it).
fn still_figure_at(steps: &[StepSpec], elapsed: Duration) -> Option<(Pose, bool)> {
    let secs = step_secs(steps);
    let step = steps.get(step_at(&secs, elapsed))?;
    step.shapes.first().map(|pose| (*pose, false))
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
    pix.stroke_path(&circle, &solid(TRACK), &stroke, Transform::identity(), None);
    let len = std::f32::consts::TAU * r;
    let arc = len * frac.clamp(0.0, 1.0);
    if arc > 0.0 {
        stroke.dash = (arc < len)
            .then(|| StrokeDash::new(vec![arc, len], 0.0))
            .flatten();
        let turn = Transform::from_rotate_at(-90.0, cx, cy);
        pix.stroke_path(&circle, &solid(color), &stroke, turn, None);
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
    fn the_figure_damage_is_whole_pixels_inside_the_surface() {
        let (w, h) = (NonZeroU32::new(828).unwrap(), NonZeroU32::new(450).unwrap());
        let rect = figure_damage([28.4, 64.0, 250.2, 240.5], w, h).unwrap();
        assert_eq!((rect.x, rect.y), (28, 64));
        assert_eq!((rect.width.get(), rect.height.get()), (251, 241));
        // Clamped to the surface; nothing left is no damage.
        let rect = figure_damage([800.0, 400.0, 100.0, 100.0], w, h).unwrap();
        assert_eq!((rect.width.get(), rect.height.get()), (28, 50));
        assert!(figure_damage([900.0, 10.0, 50.0, 50.0], w, h).is_none());
        assert!(figure_damage([28.0, 64.0, 250.0, 0.0], w, h).is_none());
    }

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
            let at =
                |x: f32, y: f32| hit(Phase::Stretch, size, s, true, f64::from(x), f64::from(y));
            let mid_y = done[1] + done[3] / 2.0;
            assert_eq!(at(done[0] + done[2] / 2.0, mid_y), Some(Button::Done));
            assert_eq!(at(skip[0] + 2.0 * s, mid_y), Some(Button::Skip));
            assert_eq!(at(skip[0] + skip[2] + 6.0 * s, mid_y), None); // between the two
            assert_eq!(at(done[0] + done[2] / 2.0, done[1] - 1.0), None); // just above
            assert_eq!(at(10.0, 10.0), None);
            assert!(done[0] + done[2] <= size.width as f32);
            assert!((done[2] - BTN_W * s).abs() < 0.01);
            // The speaker toggle in the top right corner, only when the stretch has cues.
            let [sx, sy, sw, sh] = speaker_button(size, s);
            let (cx, cy) = (sx + sw / 2.0, sy + sh / 2.0);
            assert_eq!(at(cx, cy), Some(Button::Speaker));
            let without = hit(Phase::Stretch, size, s, false, f64::from(cx), f64::from(cy));
            assert_eq!(without, None);
            assert!(sx + sw <= size.width as f32 - PAD * s + 0.01);
        }
    }
}
