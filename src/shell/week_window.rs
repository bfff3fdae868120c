//! "Your week": completed stretches and natural breaks per day (the last 7 and 28 days) as bar
//! charts, the completion rate and the streak. Drawn like the stretch window (the `paint::kit`
//! look, tiny-skia shapes, cosmic-text glyphs, softbuffer), and like it everything lives in
//! `WeekWindow`: closing it frees the fonts, caches and buffers. It never ticks: it draws when
//! the window system asks (exposed, resized) and otherwise sleeps.

use chrono::Datelike;
use cosmic_text::Align;
use tiny_skia::Pixmap;
use winit::dpi::{LogicalSize, PhysicalSize};
use winit::event::{ElementState, MouseButton, WindowEvent};
use winit::event_loop::ActiveEventLoop;
use winit::keyboard::{Key, NamedKey};
use winit::window::WindowId;

use super::accessible::Item;
use super::window::{app_window, blank_frame, layout_scale, Drawable, WindowError};
use super::EventSink;
use crate::core::progress::{DayBar, Overview};
use crate::core::words::{self, Words};
use crate::paint::kit::{self, round_rect, Area, ButtonLook};
use crate::paint::kit::{ACCENT, BG, BREAKS, FAINT, INK, MUTED, ON_ACCENT, TRACK};
use crate::paint::text::{style, Style, Text, LINE};
use crate::t;

const WIDTH: f32 = 600.0;
/// Room below the week's day names for time standing and sitting (sit/stand turns), and a line
/// on the exercises at the bottom.
const HEIGHT: f32 = 500.0;
const PAD: f32 = 28.0;
const BTN_W: f32 = 104.0;
const BTN_H: f32 = 36.0;

const TITLE: Style = style(26.0, true, INK, Align::Left);
const SUBTITLE: Style = style(15.0, false, MUTED, Align::Left);
const SECTION: Style = style(14.0, true, MUTED, Align::Left);
const DAY: Style = style(12.0, false, MUTED, Align::Center);
const COUNT: Style = style(12.0, true, INK, Align::Center);
const STANDING: Style = style(11.0, true, ACCENT, Align::Center);
const SITTING: Style = style(11.0, false, MUTED, Align::Center);
const BIG: Style = style(30.0, true, INK, Align::Left);
const SMALL: Style = style(13.0, false, MUTED, Align::Left);
const HINT: Style = style(12.0, false, FAINT, Align::Left);
const CLOSE_LABEL: Style = style(15.0, true, ON_ACCENT, Align::Center);

pub(crate) struct WeekWindow {
    win: Drawable,
    text: Text,
    overview: Overview,
    size: PhysicalSize<u32>,
    scale: f64,
    hover: bool,
    pressed: bool,
}

impl WeekWindow {
    pub(crate) fn open(
        event_loop: &ActiveEventLoop,
        overview: Overview,
        sink: EventSink,
    ) -> Result<Self, WindowError> {
        let text = Text::load().ok_or(WindowError::Font)?;
        let logical = LogicalSize::new(WIDTH, HEIGHT);
        let title = t!(words::current(), "week-window-title");
        let attrs = app_window(event_loop, title, logical);
        let win = Drawable::open(event_loop, "week", attrs, Some(sink))?;
        let window = &win.window;
        window.focus_window();
        window.request_redraw();
        Ok(Self {
            size: win.content_size(),
            scale: window.scale_factor(),
            win,
            text,
            overview,
            hover: false,
            pressed: false,
        })
    }

    /// The window and its frame, for routing its events (see `Drawable::route`).
    pub(crate) fn frame(&mut self) -> &mut Drawable {
        &mut self.win
    }

    pub(crate) fn id(&self) -> WindowId {
        self.win.window.id()
    }

    /// Asked for again while open: fresh numbers, brought to the front.
    pub(crate) fn show(&mut self, overview: Overview) {
        self.overview = overview;
        self.win.window.focus_window();
        self.win.window.request_redraw();
    }

    /// True when the user closed it (Esc, the Close button, the window manager's close).
    pub(crate) fn handle_event(&mut self, event: &WindowEvent) -> bool {
        match event {
            WindowEvent::RedrawRequested => self.redraw(),
            WindowEvent::Resized(size) => {
                self.size = *size;
                self.win.window.request_redraw();
            }
            WindowEvent::ScaleFactorChanged { scale_factor, .. } => {
                self.scale = *scale_factor;
                self.win.window.request_redraw();
            }
            WindowEvent::KeyboardInput {
                event,
                is_synthetic: false,
                ..
            } => {
                return event.state == ElementState::Pressed
                    && event.logical_key == Key::Named(NamedKey::Escape)
            }
            WindowEvent::CursorMoved { position: p, .. } => self.hover_at(Some((p.x, p.y))),
            WindowEvent::CursorLeft { .. } => self.hover_at(None),
            WindowEvent::MouseInput {
                state,
                button: MouseButton::Left,
                ..
            } => {
                if *state == ElementState::Pressed {
                    self.pressed = self.hover;
                } else if std::mem::take(&mut self.pressed) && self.hover {
                    return true;
                }
            }
            // Destroyed: something other than us took the window away (xkill and the like).
            WindowEvent::CloseRequested | WindowEvent::Destroyed => return true,
            _ => {}
        }
        false
    }

    fn s(&self) -> f32 {
        layout_scale(self.scale)
    }

    fn hover_at(&mut self, cursor: Option<(f64, f64)>) {
        let area = close_button(self.size, self.s());
        // Right to left, the layout is mirrored.
        let width = f64::from(self.size.width);
        let cursor = cursor.map(|(x, y)| match self.text.mirrored {
            true => (width - x, y),
            false => (x, y),
        });
        let hover = cursor.is_some_and(|(x, y)| kit::contains(area, x, y));
        if hover != self.hover {
            self.hover = hover;
            self.win.point_at_clickable(hover);
            self.win.window.request_redraw();
        }
    }

    fn redraw(&mut self) {
        let Some(mut pix) = blank_frame(self.size) else {
            return;
        };
        self.paint(&mut pix);
        self.win.present_whole(pix, &mut self.text, "week window");
        if self.win.accessible() {
            let items = self.access_items();
            self.win.show_items(items);
        }
    }

    /// A screen reader pressed the Close button: true, the window closes.
    pub(crate) fn accessibility_action(&mut self, item: u64) -> bool {
        item == CLOSE_ITEM
    }

    /// What the window shows, for screen readers: the headline, each day's stretches, the
    /// completion rate and the streak, the exercises, and the Close button.
    fn access_items(&self) -> Vec<Item> {
        let words = words::current();
        let o = &self.overview;
        let days: Vec<String> = o
            .week()
            .iter()
            .map(|day| {
                let name = words.weekday_short(day.date.weekday().num_days_from_monday());
                t!(words, "access-week-day", day = name, count = day.completed)
            })
            .collect();
        let detail = completion_detail(&words, o);
        let lines = [
            t!(words, "week-title"),
            o.progress.line(&words),
            t!(words, "access-week-last-7", days = days.join(", ")),
            t!(
                words,
                "access-week-completion",
                rate = rate(o.last_7_days.completion_rate_percent()),
                detail = detail
            ),
            t!(
                words,
                "access-week-streak",
                streak = t!(words, "week-streak-days", days = o.progress.streak_days)
            ),
            o.exercises.line(&words),
        ];
        let mut items: Vec<Item> = lines
            .into_iter()
            .enumerate()
            .map(|(i, line)| Item::label(i as u64 + 1, line))
            .collect();
        let [x, y, w, h] = close_button(self.size, self.s());
        let area = match self.text.mirrored {
            true => [self.size.width as f32 - x - w, y, w, h],
            false => [x, y, w, h],
        };
        items.push(Item::button(CLOSE_ITEM, t!(words, "window-close"), area));
        items
    }

    fn paint(&mut self, pix: &mut Pixmap) {
        let s = self.s();
        let (w, h) = (pix.width() as f32, pix.height() as f32);
        pix.fill(kit::rgb(BG));
        let o = &self.overview;
        let t = &mut self.text;
        t.s = s;
        let (x0, full_w) = (PAD * s, w - 2.0 * PAD * s);
        let mut y = 22.0 * s;
        let words = words::current();
        y += t.draw_line(pix, &t!(words, "week-title"), TITLE, (x0, y, full_w));
        y += t.draw_line(pix, &o.progress.line(&words), SUBTITLE, (x0, y, full_w)) + 16.0 * s;

        // Left: the last 7 days, one labelled bar each. Right: the numbers.
        let side_w = 170.0 * s;
        let chart_w = full_w - side_w - 24.0 * s;
        t.draw_line(
            pix,
            &t!(words, "week-last-7-days"),
            SECTION,
            (x0, y, chart_w),
        );
        let side_x = x0 + chart_w + 24.0 * s;
        let top = y;
        y += 14.0 * LINE * s + 8.0 * s;
        let week = o.week();
        let with_positions = week
            .iter()
            .any(|d| d.sitting_secs > 0 || d.standing_secs > 0);
        let chart_h = 120.0 * s;
        let slot = chart_w / week.len().max(1) as f32;
        let scale = scale_of(week);
        for (i, day) in week.iter().enumerate() {
            let bx = x0 + slot * i as f32;
            let bar_w = (slot * 0.56).min(40.0 * s);
            let cx = bx + slot / 2.0;
            let base = y + chart_h;
            // The tallest bar leaves room for its count above it.
            let room = chart_h - 18.0 * s;
            let used = bar(pix, (cx - bar_w / 2.0, base, bar_w, room), day, scale, s);
            let total = day.completed + day.natural_breaks;
            if total > 0 {
                let ly = base - used - 18.0 * s;
                t.draw_line(pix, &day.completed.to_string(), COUNT, (bx, ly, slot));
            }
            let label = words.weekday_short(day.date.weekday().num_days_from_monday());
            let below = base + 6.0 * s + t.draw_line(pix, &label, DAY, (bx, base + 6.0 * s, slot));
            if with_positions {
                let stood = t.draw_line(
                    pix,
                    &compact(&words, day.standing_secs),
                    STANDING,
                    (bx, below, slot),
                );
                t.draw_line(
                    pix,
                    &compact(&words, day.sitting_secs),
                    SITTING,
                    (bx, below + stood, slot),
                );
            }
        }
        y += chart_h + 6.0 * s + 12.0 * LINE * s + 14.0 * s;
        if with_positions {
            y += 2.0 * 11.0 * LINE * s;
        }

        let mut sy = top;
        sy += t.draw_line(
            pix,
            &t!(words, "week-completion"),
            SECTION,
            (side_x, sy, side_w),
        );
        sy += t.draw_line(
            pix,
            &rate(o.last_7_days.completion_rate_percent()),
            BIG,
            (side_x, sy, side_w),
        );
        let detail = completion_detail(&words, o);
        sy += t.draw(pix, &detail, SMALL, (side_x, sy, side_w)) + 12.0 * s;
        sy += t.draw_line(
            pix,
            &t!(words, "week-streak"),
            SECTION,
            (side_x, sy, side_w),
        );
        let streak = t!(words, "week-streak-days", days = o.progress.streak_days);
        sy += t.draw_line(pix, &streak, BIG, (side_x, sy, side_w)) + 10.0 * s;
        // Legend.
        let mut legend = vec![
            (ACCENT, t!(words, "week-legend-stretches")),
            (BREAKS, t!(words, "week-legend-natural-breaks")),
        ];
        if with_positions {
            legend.push((ACCENT, t!(words, "week-legend-standing")));
            legend.push((MUTED, t!(words, "week-legend-sitting")));
        }
        for (colour, label) in legend {
            round_rect(
                pix,
                [side_x, sy + 3.0 * s, 10.0 * s, 10.0 * s],
                2.0 * s,
                colour,
            );
            // A longer language's label takes a second line rather than running out.
            let used = t.draw(
                pix,
                &label,
                SMALL,
                (side_x + 16.0 * s, sy, side_w - 16.0 * s),
            );
            sy += used.max(13.0 * LINE * s);
        }

        // Bottom: 28 thin bars, a label every week.
        let section = t!(
            words,
            "week-last-28-days",
            completed = o.last_28_days.completed,
            breaks = o.last_28_days.natural_breaks
        );
        // As wide as the charts: the numbers column goes on down beside it.
        t.draw_line(pix, &section, SECTION, (x0, y, chart_w));
        y += 14.0 * LINE * s + 6.0 * s;
        let month_h = 56.0 * s;
        // As wide as the week's chart: the numbers column (and its legend) stay clear.
        let slot = chart_w / o.days.len().max(1) as f32;
        let scale = scale_of(&o.days);
        for (i, day) in o.days.iter().enumerate() {
            let bx = x0 + slot * i as f32;
            let base = y + month_h;
            bar(
                pix,
                (bx + slot * 0.15, base, slot * 0.7, month_h),
                day,
                scale,
                s,
            );
            if (o.days.len() - 1 - i).is_multiple_of(7) {
                let label = t!(
                    words,
                    "day-and-month",
                    day = day.date.day(),
                    month = day.date.month()
                );
                t.draw_line(
                    pix,
                    &label,
                    DAY,
                    (bx - slot * 2.0, base + 4.0 * s, slot * 5.0),
                );
            }
        }

        // The exercises: mobility and strength this week, the ones rated good.
        let ey = y + month_h + 4.0 * s + 12.0 * LINE * s + 8.0 * s;
        t.draw(pix, &o.exercises.line(&words), SMALL, (x0, ey, full_w));

        let button = close_button(self.size, s);
        let close = t!(words, "window-close");
        let (label, look) = ((close.as_str(), CLOSE_LABEL), ButtonLook::Primary);
        kit::button(pix, t, button, label, look, self.hover);
        let hy = h - (PAD + BTN_H / 2.0 + 12.0 * LINE / 2.0) * s;
        t.draw_line(pix, &t!(words, "week-keys"), HINT, (x0, hy, full_w / 2.0));
    }
}

/// A completion rate as shown: "80%", or a dash before any reminder.
fn rate(percent: Option<u32>) -> String {
    percent.map_or("–".to_string(), |p| format!("{p}%"))
}

/// "8 of 10 reminders · 28 days: 75%", drawn and read alike.
fn completion_detail(words: &Words, o: &Overview) -> String {
    t!(
        words,
        "week-completion-detail",
        completed = o.last_7_days.completed,
        offered = o.last_7_days.offered(),
        rate_28 = rate(o.last_28_days.completion_rate_percent())
    )
}

/// The Close button among the items screen readers see.
const CLOSE_ITEM: u64 = 100;

/// Stretches and breaks per bar height: the busiest day fills the chart, and a day with one
/// stretch does not look like a full day (at least 4 fit).
fn scale_of(days: &[DayBar]) -> u32 {
    days.iter()
        .map(|d| d.completed + d.natural_breaks)
        .max()
        .unwrap_or(0)
        .max(4)
}

/// One day's stacked bar standing on `base`: completed stretches, natural breaks on top; a
/// faint stub for an empty day. Returns the height drawn.
fn bar(
    pix: &mut Pixmap,
    (x, base, w, h): (f32, f32, f32, f32),
    day: &DayBar,
    scale: u32,
    s: f32,
) -> f32 {
    let unit = h / scale.max(1) as f32;
    let done = unit * day.completed as f32;
    let breaks = unit * day.natural_breaks as f32;
    let r = (w / 2.0).min(4.0 * s);
    if done + breaks <= 0.0 {
        round_rect(pix, [x, base - 3.0 * s, w, 3.0 * s], 1.5 * s, TRACK);
        return 3.0 * s;
    }
    if breaks > 0.0 {
        // Tucked under the stretches' rounded top, if any.
        let tuck = if done > 0.0 { r } else { 0.0 };
        round_rect(
            pix,
            [x, base - done - breaks, w, breaks + tuck],
            r.min(breaks / 2.0),
            BREAKS,
        );
    }
    if done > 0.0 {
        let area: Area = [x, base - done, w, done];
        round_rect(pix, area, r.min(done / 2.0), ACCENT);
    }
    done + breaks
}

/// "1h20", "45m", "5h", "0m": a day's time in a position, short enough for a day's column.
fn compact(words: &Words, secs: u64) -> String {
    let minutes = secs / 60;
    match (minutes / 60, minutes % 60) {
        (0, m) => t!(words, "time-compact-minutes", minutes = m),
        (h, 0) => t!(words, "time-compact-hours", hours = h),
        (h, m) => t!(
            words,
            "time-compact",
            hours = h,
            minutes = format!("{m:02}")
        ),
    }
}

/// The Close button, bottom right, in physical pixels.
fn close_button(size: PhysicalSize<u32>, s: f32) -> Area {
    let (w, h) = (size.width as f32, size.height as f32);
    [
        w - (PAD + BTN_W) * s,
        h - (PAD + BTN_H) * s,
        BTN_W * s,
        BTN_H * s,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scale_keeps_small_days_small() {
        let day = |completed, natural_breaks| DayBar {
            date: chrono::NaiveDate::MIN,
            completed,
            natural_breaks,
            sitting_secs: 0,
            standing_secs: 0,
        };
        assert_eq!(scale_of(&[]), 4);
        assert_eq!(scale_of(&[day(1, 0)]), 4);
        assert_eq!(scale_of(&[day(3, 4), day(6, 0)]), 7);
    }

    #[test]
    fn position_time_fits_a_day_column() {
        assert_eq!(compact(&Words::english(), 0), "0m");
        assert_eq!(compact(&Words::english(), 45 * 60 + 59), "45m");
        assert_eq!(compact(&Words::english(), 5 * 3600), "5h");
        assert_eq!(compact(&Words::english(), 3600 + 5 * 60), "1h05");
    }

    #[test]
    fn close_button_sits_inside_the_window() {
        for scale in [1.0f32, 2.0] {
            let size = LogicalSize::new(WIDTH, HEIGHT).to_physical(f64::from(scale));
            let [x, y, w, h] = close_button(size, scale);
            assert!(x > 0.0 && y > 0.0);
            assert!(x + w <= size.width as f32 && y + h <= size.height as f32);
        }
    }
}
