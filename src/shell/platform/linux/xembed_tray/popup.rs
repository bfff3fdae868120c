//! The XEmbed tray's menu as data: rows read from the tray's own menu (muda snapshots, so it is
//! the very menu the StatusNotifierItem exports), keyboard and pointer navigation, layout and
//! painting with the app's UI kit (`paint::kit`). No X calls here.

use std::sync::Arc;

use cosmic_text::Align;
use tiny_skia::Pixmap;
use tray_icon::menu::{MenuItemKindSnapshot, MenuSnapshotHandle};

use crate::paint::kit::{
    arrow, check_mark, rgb, round_rect, ACCENT, BG, FAINT, INK, MUTED, ON_ACCENT, TRACK,
};
use crate::paint::text::{style, Style, Text};

pub type Activate = Arc<dyn Fn() + Send + Sync>;

/// One line of a menu.
#[derive(Clone)]
pub enum Row {
    Item {
        label: String,
        enabled: bool,
        checked: Option<bool>,
        activate: Activate,
    },
    Sub {
        label: String,
        enabled: bool,
        rows: Vec<Row>,
    },
    Separator,
}

impl Row {
    fn selectable(&self) -> bool {
        match self {
            Row::Item { enabled, .. } | Row::Sub { enabled, .. } => *enabled,
            Row::Separator => false,
        }
    }

    fn label(&self) -> &str {
        match self {
            Row::Item { label, .. } | Row::Sub { label, .. } => label,
            Row::Separator => "",
        }
    }
}

/// The menu as it is now (labels, enabled and checked states are read at this moment).
pub fn rows(menu: &MenuSnapshotHandle) -> Vec<Row> {
    rows_of(&menu.items())
}

fn rows_of(items: &[MenuItemKindSnapshot]) -> Vec<Row> {
    items
        .iter()
        .filter_map(|item| {
            Some(match item {
                MenuItemKindSnapshot::MenuItem(i) => Row::Item {
                    label: i.text(),
                    enabled: i.is_enabled(),
                    checked: None,
                    activate: Arc::clone(&i.activate),
                },
                MenuItemKindSnapshot::Check(i) => Row::Item {
                    label: i.text(),
                    enabled: i.is_enabled(),
                    checked: Some(i.is_checked()),
                    activate: Arc::clone(&i.activate),
                },
                MenuItemKindSnapshot::Icon(i) => Row::Item {
                    label: i.text(),
                    enabled: i.is_enabled(),
                    checked: None,
                    activate: Arc::clone(&i.activate),
                },
                MenuItemKindSnapshot::Submenu(s) => Row::Sub {
                    label: s.text(),
                    enabled: s.is_enabled(),
                    rows: rows_of(&s.items()),
                },
                MenuItemKindSnapshot::Predefined(p) if p.is_separator() => Row::Separator,
                MenuItemKindSnapshot::Predefined(_) => return None,
            })
        })
        .collect()
}

/// A key the menu reacts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    Left,
    Right,
    Enter,
    Escape,
    Home,
    End,
}

impl Key {
    pub fn from_keysym(keysym: u32) -> Option<Key> {
        Some(match keysym {
            0xff52 | 0xff97 => Key::Up,
            0xff54 | 0xff99 => Key::Down,
            0xff51 | 0xff96 => Key::Left,
            0xff53 | 0xff98 => Key::Right,
            0xff0d | 0xff8d | 0x20 => Key::Enter,
            0xff1b => Key::Escape,
            0xff50 | 0xff95 => Key::Home,
            0xff57 | 0xff9c => Key::End,
            _ => return None,
        })
    }
}

/// What the X side has to do after an input.
pub enum Step {
    Nothing,
    /// Repaint these levels (0 = the top menu).
    Redraw(Vec<usize>),
    /// A submenu was opened below the deepest level (create its window).
    Opened,
    /// Levels from this one down were closed (destroy their windows); repaint the one above.
    Closed(usize),
    Activate(Activate),
    CloseAll,
}

/// Open levels: the top menu and any submenus opened from it, each with its selected row.
pub struct Nav {
    pub levels: Vec<Level>,
}

pub struct Level {
    pub rows: Vec<Row>,
    pub selected: Option<usize>,
}

impl Nav {
    pub fn new(rows: Vec<Row>) -> Nav {
        Nav {
            levels: vec![Level {
                rows,
                selected: None,
            }],
        }
    }

    fn deepest(&self) -> usize {
        self.levels.len() - 1
    }

    /// The next selectable row after (or before) `from`, wrapping around.
    fn next(rows: &[Row], from: Option<usize>, down: bool) -> Option<usize> {
        let n = rows.len();
        (1..=n)
            .map(|k| match (from, down) {
                (None, true) => k - 1,
                (None, false) => n - k,
                (Some(f), true) => (f + k) % n,
                (Some(f), false) => (f + n - k % n) % n,
            })
            .find(|&i| rows[i].selectable())
    }

    fn open_sub(&mut self, level: usize, select_first: bool) -> Step {
        let Some(Row::Sub {
            rows,
            enabled: true,
            ..
        }) = self.levels[level]
            .selected
            .map(|i| &self.levels[level].rows[i])
        else {
            return Step::Nothing;
        };
        let rows = rows.clone();
        let closed = self.levels.len() > level + 1;
        self.levels.truncate(level + 1);
        let selected = select_first.then(|| Nav::next(&rows, None, true)).flatten();
        self.levels.push(Level { rows, selected });
        if closed {
            // The X side destroys the old submenu windows first, then creates this one.
            return Step::Closed(level + 1);
        }
        Step::Opened
    }

    pub fn key(&mut self, key: Key) -> Step {
        let d = self.deepest();
        match key {
            Key::Up | Key::Down | Key::Home | Key::End => {
                let level = &mut self.levels[d];
                let from = match key {
                    Key::Home => None,
                    Key::End => None,
                    _ => level.selected,
                };
                let down = matches!(key, Key::Down | Key::Home);
                let next = Nav::next(&level.rows, from, down);
                if next == level.selected {
                    return Step::Nothing;
                }
                level.selected = next;
                Step::Redraw(vec![d])
            }
            Key::Right => self.open_sub(d, true),
            Key::Left if d > 0 => {
                self.levels.truncate(d);
                Step::Closed(d)
            }
            Key::Left => Step::Nothing,
            Key::Escape if d > 0 => {
                self.levels.truncate(d);
                Step::Closed(d)
            }
            Key::Escape => Step::CloseAll,
            Key::Enter => self.choose(d),
        }
    }

    /// Enter or a click on the selected row of `level`.
    fn choose(&mut self, level: usize) -> Step {
        let Some(i) = self.levels[level].selected else {
            return Step::Nothing;
        };
        match &self.levels[level].rows[i] {
            Row::Item {
                enabled: true,
                activate,
                ..
            } => Step::Activate(Arc::clone(activate)),
            Row::Sub { enabled: true, .. } => {
                if self.levels.len() > level + 1 {
                    Step::Nothing // already open
                } else {
                    self.open_sub(level, true)
                }
            }
            _ => Step::Nothing,
        }
    }

    /// The pointer is over `row` of `level` (None: over no row of it). Hovering a submenu row
    /// opens it; hovering another row of a menu closes the submenus below.
    pub fn hover(&mut self, level: usize, row: Option<usize>) -> Step {
        if level >= self.levels.len() {
            return Step::Nothing;
        }
        let row = row.filter(|&i| self.levels[level].rows.get(i).is_some_and(Row::selectable));
        if row.is_none() && self.levels.len() > level + 1 {
            return Step::Nothing; // on the way to the open submenu: keep it
        }
        if self.levels[level].selected == row {
            return Step::Nothing;
        }
        self.levels[level].selected = row;
        let sub = row.is_some_and(|i| matches!(self.levels[level].rows[i], Row::Sub { .. }));
        if sub {
            return self.open_sub(level, false);
        }
        if self.levels.len() > level + 1 {
            self.levels.truncate(level + 1);
            return Step::Closed(level + 1);
        }
        Step::Redraw(vec![level])
    }

    /// A button released over `row` of `level`.
    pub fn click(&mut self, level: usize, row: usize) -> Step {
        if level >= self.levels.len()
            || !self.levels[level]
                .rows
                .get(row)
                .is_some_and(Row::selectable)
        {
            return Step::Nothing;
        }
        if self.levels[level].selected != Some(row) {
            let _ = self.hover(level, Some(row));
        }
        self.choose(level)
    }
}

// ---- layout and painting (logical px; multiplied by the scale) ----

const ROW_H: f32 = 26.0;
const SEP_H: f32 = 9.0;
const PAD_Y: f32 = 4.0;
const LEFT: f32 = 28.0; // room for a check mark
const RIGHT: f32 = 30.0; // room for a submenu arrow
const MIN_W: f32 = 160.0;
const LABEL: Style = style(14.0, false, INK, Align::Left);
const TIP: Style = style(13.0, false, INK, Align::Left);

/// Where each row of a level lies (y, height), and the level's size, in physical px.
pub struct Layout {
    pub rows: Vec<(f32, f32)>,
    pub width: u16,
    pub height: u16,
}

impl Layout {
    pub fn row_at(&self, y: f32) -> Option<usize> {
        self.rows.iter().position(|(ry, h)| y >= *ry && y < ry + h)
    }
}

fn text_width(text: &mut Text, label: &str, st: Style) -> f32 {
    let (buf, _) = text.shape(label, st, 4000.0);
    buf.layout_runs().map(|r| r.line_w).fold(0.0, f32::max)
}

pub fn layout(text: &mut Text, rows: &[Row], s: f32) -> Layout {
    text.s = s;
    let mut y = PAD_Y * s;
    let mut widest: f32 = 0.0;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let h = match row {
            Row::Separator => SEP_H,
            _ => ROW_H,
        } * s;
        out.push((y, h));
        y += h;
        if !matches!(row, Row::Separator) {
            widest = widest.max(text_width(text, row.label(), LABEL));
        }
    }
    let width = (widest + (LEFT + RIGHT) * s).max(MIN_W * s).ceil();
    Layout {
        rows: out,
        width: width.min(4000.0) as u16,
        height: (y + PAD_Y * s).ceil().min(4000.0) as u16,
    }
}

/// Paints one level into an opaque pixmap of the layout's size.
pub fn paint(text: &mut Text, level: &Level, lay: &Layout, s: f32) -> Option<Pixmap> {
    let mut pix = Pixmap::new(u32::from(lay.width), u32::from(lay.height))?;
    let (w, h) = (f32::from(lay.width), f32::from(lay.height));
    pix.fill(rgb(MUTED));
    round_rect(&mut pix, [1.0, 1.0, w - 2.0, h - 2.0], 0.0, BG);
    text.s = s;
    for (i, (row, &(y, rh))) in level.rows.iter().zip(&lay.rows).enumerate() {
        let hot = level.selected == Some(i) && row.selectable();
        if hot {
            round_rect(&mut pix, [3.0 * s, y, w - 6.0 * s, rh], 4.0 * s, ACCENT);
        }
        let ink = match (hot, row.selectable()) {
            (true, _) => ON_ACCENT,
            (false, true) => INK,
            (false, false) => FAINT,
        };
        match row {
            Row::Separator => {
                let mid = y + rh / 2.0;
                round_rect(&mut pix, [8.0 * s, mid, w - 16.0 * s, 1.0 * s], 0.0, TRACK);
            }
            Row::Item { label, .. } | Row::Sub { label, .. } => {
                let checked = match row {
                    Row::Item { checked, .. } => *checked,
                    _ => None,
                };
                let st = Style {
                    color: ink,
                    ..LABEL
                };
                let area = [LEFT * s, y, w - (LEFT + RIGHT) * s, rh];
                text.draw_middle(&mut pix, label, st, area);
                if checked == Some(true) {
                    check_mark(&mut pix, (9.0 * s, y + rh / 2.0), s, ink);
                }
                if matches!(row, Row::Sub { .. }) {
                    arrow(&mut pix, (w - 16.0 * s, y + rh / 2.0), s, ink);
                }
            }
        }
    }
    Some(pix)
}

/// The tooltip: its lines on a small box.
pub fn paint_tip(text: &mut Text, tip: &str, s: f32) -> Option<Pixmap> {
    text.s = s;
    let pad = 8.0 * s;
    let (buf, th) = text.shape(tip, TIP, 600.0 * s);
    let tw = buf.layout_runs().map(|r| r.line_w).fold(0.0, f32::max);
    let (w, h) = ((tw + 2.0 * pad).ceil(), (th + 2.0 * pad).ceil());
    let mut pix = Pixmap::new(w.max(1.0) as u32, h.max(1.0) as u32)?;
    pix.fill(rgb(MUTED));
    round_rect(&mut pix, [1.0, 1.0, w - 2.0, h - 2.0], 0.0, BG);
    text.blit(&mut pix, &buf, TIP.color, (pad, pad));
    Some(pix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn item(label: &str, enabled: bool, hits: &Arc<AtomicUsize>, id: usize) -> Row {
        let hits = Arc::clone(hits);
        Row::Item {
            label: label.into(),
            enabled,
            checked: None,
            activate: Arc::new(move || {
                hits.store(id, Ordering::SeqCst);
            }),
        }
    }

    /// status (disabled), separator, Start, Snooze ▸ (5, 10), Quit
    fn menu(hits: &Arc<AtomicUsize>) -> Vec<Row> {
        vec![
            item("Next stretch at 14:35", false, hits, 1),
            Row::Separator,
            item("Start stretch now", true, hits, 2),
            Row::Sub {
                label: "Snooze".into(),
                enabled: true,
                rows: vec![
                    item("5 minutes", true, hits, 5),
                    item("10 minutes", true, hits, 10),
                ],
            },
            item("Quit", true, hits, 99),
        ]
    }

    fn run(step: Step) -> Option<Activate> {
        match step {
            Step::Activate(a) => Some(a),
            _ => None,
        }
    }

    #[test]
    fn keyboard_reaches_snooze_five_minutes() {
        let hits = Arc::new(AtomicUsize::new(0));
        let mut nav = Nav::new(menu(&hits));
        // Down skips the disabled status line and the separator.
        assert!(matches!(nav.key(Key::Down), Step::Redraw(_)));
        assert_eq!(nav.levels[0].selected, Some(2));
        nav.key(Key::Down);
        assert_eq!(nav.levels[0].selected, Some(3));
        assert!(matches!(nav.key(Key::Right), Step::Opened));
        assert_eq!(nav.levels[1].selected, Some(0));
        run(nav.key(Key::Enter)).expect("activates")();
        assert_eq!(hits.load(Ordering::SeqCst), 5);
    }

    #[test]
    fn left_and_escape_close_the_submenu_first() {
        let hits = Arc::new(AtomicUsize::new(0));
        let mut nav = Nav::new(menu(&hits));
        nav.key(Key::End); // Quit
        assert_eq!(nav.levels[0].selected, Some(4));
        nav.key(Key::Up); // Snooze
        nav.key(Key::Enter);
        assert_eq!(nav.levels.len(), 2);
        assert!(matches!(nav.key(Key::Left), Step::Closed(1)));
        assert_eq!(nav.levels.len(), 1);
        assert!(matches!(nav.key(Key::Left), Step::Nothing));
        nav.key(Key::Right);
        assert!(matches!(nav.key(Key::Escape), Step::Closed(1)));
        assert!(matches!(nav.key(Key::Escape), Step::CloseAll));
        // Up from the first item wraps to the last.
        nav.key(Key::Home);
        nav.key(Key::Up);
        assert_eq!(nav.levels[0].selected, Some(4));
        assert_eq!(hits.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn pointer_opens_submenus_and_clicks_items() {
        let hits = Arc::new(AtomicUsize::new(0));
        let mut nav = Nav::new(menu(&hits));
        assert!(matches!(nav.hover(0, Some(0)), Step::Nothing)); // disabled
        assert!(matches!(nav.hover(0, Some(3)), Step::Opened));
        assert_eq!(nav.levels[1].selected, None);
        // Leaving the menu on the way into the submenu keeps it open.
        assert!(matches!(nav.hover(0, None), Step::Nothing));
        assert!(matches!(nav.hover(1, Some(1)), Step::Redraw(_)));
        run(nav.click(1, 1)).expect("activates")();
        assert_eq!(hits.load(Ordering::SeqCst), 10);
        // Another row of the top menu closes the submenu.
        assert!(matches!(nav.hover(0, Some(2)), Step::Closed(1)));
        assert!(run(nav.click(0, 0)).is_none()); // disabled status line
        run(nav.click(0, 4)).expect("activates")();
        assert_eq!(hits.load(Ordering::SeqCst), 99);
    }

    #[test]
    fn keysyms() {
        assert_eq!(Key::from_keysym(0xff54), Some(Key::Down));
        assert_eq!(Key::from_keysym(0xff0d), Some(Key::Enter));
        assert_eq!(Key::from_keysym(0xff1b), Some(Key::Escape));
        assert_eq!(Key::from_keysym(u32::from(b'a')), None);
    }
}
