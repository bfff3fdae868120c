//! The app's own window (`posture-break open`, the launcher's *Open the window*, or launching
//! the app again): the status line, today's progress and the tray menu's entries, for desktops
//! without a tray. Keyboard first: Up and Down move, Enter or Space choose, Right and Left
//! open and close a submenu, Esc closes. Like the week window it never ticks, and closing it
//! frees its fonts and buffers.

use cosmic_text::Align;
use tiny_skia::Pixmap;
use winit::dpi::{LogicalSize, PhysicalSize};
use winit::event::{ElementState, MouseButton, WindowEvent};
use winit::event_loop::ActiveEventLoop;
use winit::keyboard::{Key, NamedKey};
use winit::window::WindowId;

use super::menu::{self, Entry};
use super::tray::{MenuAction, TrayView};
use super::window::{app_window, blank_frame, layout_scale, Drawable, WindowError};
use crate::core::words;
use crate::paint::kit::{self, arrow, check_mark, round_rect, Area};
use crate::paint::kit::{ACCENT, BG, FAINT, INK, MUTED, TRACK};
use crate::paint::text::{style, Style, Text};
use crate::t;

const WIDTH: f32 = 380.0;
const PAD: f32 = 24.0;
const HEADER_H: f32 = 116.0;
const ROW_H: f32 = 32.0;
const SEPARATOR_H: f32 = 13.0;
/// A submenu's choices are indented by this much.
const INDENT: f32 = 22.0;

const TITLE: Style = style(22.0, true, INK, Align::Left);
const STATUS: Style = style(15.0, false, INK, Align::Left);
const PROGRESS: Style = style(13.0, false, ACCENT, Align::Left);
const ROW: Style = style(15.0, false, INK, Align::Left);
const HINT: Style = style(12.0, false, FAINT, Align::Left);

/// What the window shows: the status view and the menu's entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HomeView {
    pub tray: TrayView,
    pub entries: Vec<Entry>,
}

/// What the person asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HomeOutcome {
    Close,
    Chosen(MenuAction),
}

/// One line of the list as laid out now (a submenu's choices follow it while it is open).
#[derive(Debug, Clone, PartialEq)]
enum Row {
    Item {
        action: MenuAction,
        label: String,
        depth: u8,
    },
    Check {
        action: MenuAction,
        label: String,
    },
    Sub {
        entry: usize,
        label: String,
        open: bool,
    },
    Separator,
}

impl Row {
    fn height(&self) -> f32 {
        match self {
            Row::Separator => SEPARATOR_H,
            _ => ROW_H,
        }
    }
}

fn rows(view: &HomeView, open: Option<usize>) -> Vec<Row> {
    let mut rows = Vec::new();
    for (index, entry) in view.entries.iter().enumerate() {
        match entry {
            Entry::Item { action, label } => rows.push(Row::Item {
                action: *action,
                label: label.clone(),
                depth: 0,
            }),
            Entry::Check { action, label } => rows.push(Row::Check {
                action: *action,
                label: label.clone(),
            }),
            Entry::Sub { label, items } => {
                let is_open = open == Some(index);
                rows.push(Row::Sub {
                    entry: index,
                    label: label.clone(),
                    open: is_open,
                });
                if is_open {
                    rows.extend(items.iter().map(|(action, label)| Row::Item {
                        action: *action,
                        label: label.clone(),
                        depth: 1,
                    }));
                }
            }
            Entry::Separator => rows.push(Row::Separator),
        }
    }
    rows
}

/// Whether the row can take the focus and be chosen.
fn selectable(row: &Row, view: &TrayView) -> bool {
    match row {
        Row::Item { action, .. } | Row::Check { action, .. } => menu::enabled(*action, view),
        Row::Sub { .. } => true,
        Row::Separator => false,
    }
}

/// The window's height: the header, every row, and room for the longest submenu open.
fn logical_height(view: &HomeView) -> f32 {
    let all: f32 = rows(view, None).iter().map(Row::height).sum();
    let longest = view
        .entries
        .iter()
        .map(|e| match e {
            Entry::Sub { items, .. } => items.len(),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    HEADER_H + all + longest as f32 * ROW_H + 40.0
}

pub(crate) struct HomeWindow {
    win: Drawable,
    text: Text,
    view: HomeView,
    /// The entry whose submenu is open.
    open: Option<usize>,
    /// The focused row (keyboard), if any.
    focus: Option<usize>,
    hover: Option<usize>,
    pressed: Option<usize>,
    size: PhysicalSize<u32>,
    scale: f64,
}

impl HomeWindow {
    pub(crate) fn open(event_loop: &ActiveEventLoop, view: HomeView) -> Result<Self, WindowError> {
        let text = Text::load().ok_or(WindowError::Font)?;
        let logical = LogicalSize::new(WIDTH, logical_height(&view));
        let title = t!(words::current(), "home-window-title");
        let attrs = app_window(event_loop, title, logical);
        let win = Drawable::open(event_loop, "home", attrs, None)?;
        let window = &win.window;
        window.focus_window();
        window.request_redraw();
        let mut home = Self {
            size: win.content_size(),
            scale: window.scale_factor(),
            win,
            text,
            view,
            open: None,
            focus: None,
            hover: None,
            pressed: None,
        };
        home.focus = home.next_selectable(None, 1);
        Ok(home)
    }

    /// The window and its frame, for routing its events (see `Drawable::route`).
    pub(crate) fn frame(&mut self) -> &mut Drawable {
        &mut self.win
    }

    pub(crate) fn id(&self) -> WindowId {
        self.win.window.id()
    }

    /// Asked for again while open: brought to the front with the state as it is now.
    pub(crate) fn show(&mut self, view: HomeView) {
        self.update(view);
        self.win.window.focus_window();
    }

    /// The state changed (a choice made here, the tray, a reminder): redrawn if it shows.
    pub(crate) fn update(&mut self, view: HomeView) {
        if view != self.view {
            self.view = view;
            self.win.window.request_redraw();
        }
    }

    pub(crate) fn handle_event(&mut self, event: &WindowEvent) -> Option<HomeOutcome> {
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
            } if event.state == ElementState::Pressed => return self.key(&event.logical_key),
            WindowEvent::CursorMoved { position: p, .. } => self.hover_at(Some((p.x, p.y))),
            WindowEvent::CursorLeft { .. } => self.hover_at(None),
            WindowEvent::MouseInput {
                state,
                button: MouseButton::Left,
                ..
            } => {
                if *state == ElementState::Pressed {
                    self.pressed = self.hover;
                } else if let Some(row) = self.pressed.take().filter(|r| Some(*r) == self.hover) {
                    self.focus = Some(row);
                    return self.choose(row);
                }
            }
            WindowEvent::CloseRequested | WindowEvent::Destroyed => {
                return Some(HomeOutcome::Close)
            }
            _ => {}
        }
        None
    }

    fn key(&mut self, key: &Key) -> Option<HomeOutcome> {
        let shown = rows(&self.view, self.open);
        // Right to left, a submenu opens to the left: the arrow keys follow the layout.
        let key = match (self.text.mirrored, key) {
            (true, Key::Named(NamedKey::ArrowLeft)) => &Key::Named(NamedKey::ArrowRight),
            (true, Key::Named(NamedKey::ArrowRight)) => &Key::Named(NamedKey::ArrowLeft),
            _ => key,
        };
        match key {
            Key::Named(NamedKey::Escape) => return Some(HomeOutcome::Close),
            Key::Named(NamedKey::ArrowDown) => self.move_focus(1),
            Key::Named(NamedKey::ArrowUp) => self.move_focus(-1),
            Key::Named(NamedKey::Enter | NamedKey::Space) => {
                return self.focus.and_then(|row| self.choose(row))
            }
            Key::Named(NamedKey::ArrowRight) => {
                if let Some(Row::Sub { open: false, .. }) = self.focus.and_then(|r| shown.get(r)) {
                    return self.focus.and_then(|row| self.choose(row));
                }
            }
            Key::Named(NamedKey::ArrowLeft) => {
                // Back to the submenu's own row, closed.
                if let Some(entry) = self.open {
                    self.open = None;
                    let parent = rows(&self.view, None)
                        .iter()
                        .position(|r| matches!(r, Row::Sub { entry: e, .. } if *e == entry));

                    self.focus = parent;
                    self.win.window.request_redraw();
                }
            }
            _ => {}
        }
        None
    }

    fn move_focus(&mut self, step: isize) {
        if let Some(next) = self.next_selectable(self.focus, step) {
            self.focus = Some(next);
            self.win.window.request_redraw();
        }
    }

    /// The next selectable row from `from` in the direction of `step`, wrapping around.
    fn next_selectable(&self, from: Option<usize>, step: isize) -> Option<usize> {
        let rows = rows(&self.view, self.open);
        let count = rows.len() as isize;
        let start = from.map_or(if step > 0 { -1 } else { count }, |f| f as isize);
        (1..=count)
            .map(|i| (start + step * i).rem_euclid(count.max(1)) as usize)
            .find(|i| selectable(&rows[*i], &self.view.tray))
    }

    /// The row was chosen: a submenu opens or closes; an item or switch is the outcome.
    fn choose(&mut self, row: usize) -> Option<HomeOutcome> {
        let rows = rows(&self.view, self.open);
        let chosen = rows.get(row)?;
        if !selectable(chosen, &self.view.tray) {
            return None;
        }
        match chosen {
            Row::Item { action, .. } | Row::Check { action, .. } => {
                Some(HomeOutcome::Chosen(*action))
            }
            Row::Sub { entry, open, .. } => {
                self.open = (!open).then_some(*entry);
                // The focus moves onto the first choice of a submenu just opened.
                self.focus = Some(if *open { row } else { row + 1 });
                self.win.window.request_redraw();
                None
            }
            Row::Separator => None,
        }
    }

    fn s(&self) -> f32 {
        layout_scale(self.scale)
    }

    /// Each row's area, in layout (left-to-right) coordinates.
    fn row_areas(&self) -> Vec<(Row, Area)> {
        let s = self.s();
        let width = self.size.width as f32;
        let mut y = HEADER_H * s;
        rows(&self.view, self.open)
            .into_iter()
            .map(|row| {
                let h = row.height() * s;
                let area = [PAD * s / 2.0, y, width - PAD * s, h];
                y += h;
                (row, area)
            })
            .collect()
    }

    fn hover_at(&mut self, cursor: Option<(f64, f64)>) {
        let width = f64::from(self.size.width);
        let cursor = cursor.map(|(x, y)| match self.text.mirrored {
            true => (width - x, y),
            false => (x, y),
        });
        let hover = cursor.and_then(|(x, y)| {
            self.row_areas().iter().position(|(row, area)| {
                selectable(row, &self.view.tray) && kit::contains(*area, x, y)
            })
        });
        if hover != self.hover {
            self.hover = hover;
            self.win.point_at_clickable(hover.is_some());
            self.win.window.request_redraw();
        }
    }

    fn redraw(&mut self) {
        let Some(mut pix) = blank_frame(self.size) else {
            return;
        };
        self.paint(&mut pix);
        self.win.present_whole(pix, &mut self.text, "app window");
    }

    fn paint(&mut self, pix: &mut Pixmap) {
        let s = self.s();
        let (w, h) = (pix.width() as f32, pix.height() as f32);
        pix.fill(kit::rgb(BG));
        let areas = self.row_areas();
        let t = &mut self.text;
        t.s = s;
        let (x0, full_w) = (PAD * s, w - 2.0 * PAD * s);
        let mut y = 18.0 * s;
        y += t.draw_line(pix, "posture-break", TITLE, (x0, y, full_w)) + 4.0 * s;
        y += t.draw(pix, &self.view.tray.line, STATUS, (x0, y, full_w)) + 2.0 * s;
        t.draw_line(pix, &self.view.tray.progress, PROGRESS, (x0, y, full_w));

        for (index, (row, area)) in areas.iter().enumerate() {
            let [ax, ay, aw, ah] = *area;
            let enabled = selectable(row, &self.view.tray);
            if let Row::Separator = row {
                let mid = ay + ah / 2.0;
                round_rect(pix, [ax + 4.0 * s, mid, aw - 8.0 * s, 1.0 * s], 0.0, TRACK);
                continue;
            }
            let focused = self.focus == Some(index);
            if enabled && (focused || self.hover == Some(index)) {
                let fill = if focused { TRACK } else { [0xE8, 0xEC, 0xE6] };
                round_rect(pix, *area, 6.0 * s, fill);
            }
            let ink = if enabled { INK } else { FAINT };
            let st = Style { color: ink, ..ROW };
            let (label, depth) = match row {
                Row::Item { label, depth, .. } => (label, *depth),
                Row::Check { label, .. } | Row::Sub { label, .. } => (label, 0),
                Row::Separator => continue,
            };
            let lx = x0 + (22.0 + f32::from(depth) * INDENT) * s;
            let room = aw - (lx - ax) - 30.0 * s;
            t.draw_middle(pix, label, st, [lx, ay, room, ah]);
            let mid = ay + ah / 2.0;
            match row {
                Row::Check { action, .. } if menu::checked(*action, &self.view.tray) => {
                    check_mark(pix, (x0, mid), s, ACCENT);
                }
                Row::Sub { open, .. } => {
                    let ax = ax + aw - 22.0 * s;
                    match open {
                        // Open: the arrow points down (drawn as a rotated "v").
                        true => arrow_down(pix, (ax, mid), s, MUTED),
                        false => arrow(pix, (ax, mid), s, MUTED),
                    }
                }
                _ => {}
            }
        }
        let hint = t!(words::current(), "home-keys");
        let hy = h - (PAD + HINT.size) * s;
        t.draw_line(pix, &hint, HINT, (x0, hy, full_w));
    }
}

/// A small down-pointing triangle: the submenu is open.
fn arrow_down(pix: &mut Pixmap, (x, y): (f32, f32), s: f32, color: kit::Rgb) {
    let mut pb = tiny_skia::PathBuilder::new();
    pb.move_to(x - 4.5 * s, y - 2.5 * s);
    pb.line_to(x + 4.5 * s, y - 2.5 * s);
    pb.line_to(x, y + 3.0 * s);
    pb.close();
    if let Some(path) = pb.finish() {
        pix.fill_path(
            &path,
            &kit::solid(color),
            tiny_skia::FillRule::Winding,
            tiny_skia::Transform::identity(),
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::config::Config;
    use crate::core::words::Words;
    use crate::shell::tray::Look;

    fn view(can_resume: bool) -> HomeView {
        HomeView {
            tray: TrayView {
                look: Look::Active,
                line: "Next stretch at 10:35".into(),
                progress: "No stretch yet today".into(),
                can_resume,
                autostart: false,
                nudges: true,
                position: None,
            },
            entries: menu::entries(&Config::default(), &Words::english()),
        }
    }

    #[test]
    fn a_submenu_opens_under_its_row_and_resume_is_skipped_unless_it_applies() {
        let closed = rows(&view(false), None);
        let labels = |rows: &[Row]| -> Vec<String> {
            rows.iter()
                .map(|r| match r {
                    Row::Item { label, depth, .. } => {
                        format!("{}{label}", "  ".repeat(*depth as usize))
                    }
                    Row::Check { label, .. } | Row::Sub { label, .. } => label.clone(),
                    Row::Separator => "-".into(),
                })
                .collect()
        };
        assert_eq!(
            labels(&closed)[..4],
            ["Start stretch now", "Snooze", "Pause", "Resume"]
        );
        let snooze = view(false)
            .entries
            .iter()
            .position(|e| matches!(e, Entry::Sub { label, .. } if label == "Snooze"));
        let open = rows(&view(false), snooze);
        assert_eq!(
            labels(&open)[..5],
            [
                "Start stretch now",
                "Snooze",
                "  5 minutes",
                "  10 minutes",
                "  20 minutes"
            ]
        );
        let resume = closed
            .iter()
            .position(|r| {
                matches!(
                    r,
                    Row::Item {
                        action: MenuAction::Resume,
                        ..
                    }
                )
            })
            .expect("a Resume row");
        assert!(!selectable(&closed[resume], &view(false).tray));
        assert!(selectable(&closed[resume], &view(true).tray));
        assert!(!selectable(&Row::Separator, &view(true).tray));
    }

    #[test]
    fn the_window_has_room_for_every_row_and_the_longest_submenu() {
        let v = view(true);
        // Whichever submenu is open, every row fits below the header.
        for (index, entry) in v.entries.iter().enumerate() {
            if let Entry::Sub { .. } = entry {
                let used: f32 = rows(&v, Some(index)).iter().map(Row::height).sum();
                assert!(
                    HEADER_H + used <= logical_height(&v),
                    "submenu {index} open"
                );
            }
        }
    }
}
