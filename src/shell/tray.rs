//! The tray icon and its menu (tray-icon's StatusNotifierItem backend, no GTK). Built on the main
//! thread; clicks arrive on a D-Bus worker thread and are forwarded as `AppEvent::Menu`.

#[cfg(target_os = "linux")]
use std::thread;
use std::time::Duration;

#[cfg(target_os = "linux")]
use tray_icon::menu::ContextMenu;
use tray_icon::menu::{CheckMenuItem, Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tray_icon::{Icon, MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};

use super::menu::{self, Entry};
use super::platform::XEmbedTray;
use super::{AppEvent, EventSink};
use crate::core::config::Config;
use crate::core::posture::Position;
use crate::core::words;

#[cfg(target_os = "linux")]
const WATCHER: &str = "org.kde.StatusNotifierWatcher";

/// What a menu click asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuAction {
    StretchNow,
    Snooze(Duration),
    Pause(Duration),
    PauseUntilTomorrow,
    PauseUntilResumed,
    Resume,
    /// The "Your week" window; also what a left click on the icon (SNI `Activate`) does.
    YourWeek,
    OpenConfig,
    ToggleAutostart,
    /// The *Posture nudges* switch.
    ToggleNudges,
    /// *I'm sitting* / *I'm standing* (sit/stand turns).
    Position(Position),
    Quit,
}

impl MenuAction {
    fn id(self) -> String {
        match self {
            MenuAction::StretchNow => "stretch".into(),
            MenuAction::Snooze(d) => format!("snooze:{}", d.as_secs()),
            MenuAction::Pause(d) => format!("pause:{}", d.as_secs()),
            MenuAction::PauseUntilTomorrow => "pause:tomorrow".into(),
            MenuAction::PauseUntilResumed => "pause:resumed".into(),
            MenuAction::Resume => "resume".into(),
            MenuAction::YourWeek => "week".into(),
            MenuAction::OpenConfig => "open-config".into(),
            MenuAction::ToggleAutostart => "autostart".into(),
            MenuAction::ToggleNudges => "nudges".into(),
            MenuAction::Position(position) => format!("position:{}", position.name()),
            MenuAction::Quit => "quit".into(),
        }
    }

    fn from_id(id: &str) -> Option<MenuAction> {
        let secs = |s: &str| s.parse().ok().map(Duration::from_secs);
        Some(match id {
            "stretch" => MenuAction::StretchNow,
            "pause:tomorrow" => MenuAction::PauseUntilTomorrow,
            "pause:resumed" => MenuAction::PauseUntilResumed,
            "resume" => MenuAction::Resume,
            "week" => MenuAction::YourWeek,
            "open-config" => MenuAction::OpenConfig,
            "autostart" => MenuAction::ToggleAutostart,
            "nudges" => MenuAction::ToggleNudges,
            "quit" => MenuAction::Quit,
            other => {
                if let Some(name) = other.strip_prefix("position:") {
                    MenuAction::Position(Position::parse(name)?)
                } else if let Some(s) = other.strip_prefix("snooze:") {
                    MenuAction::Snooze(secs(s)?)
                } else {
                    MenuAction::Pause(secs(other.strip_prefix("pause:")?)?)
                }
            }
        })
    }
}

/// What the tray shows: one status view, put into the tray's widgets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayView {
    pub look: Look,
    pub line: String,
    pub progress: String,
    pub can_resume: bool,
    pub autostart: bool,
    /// The *Posture nudges* switch.
    pub nudges: bool,
    /// Sitting or standing, with sit/stand turns on.
    pub position: Option<Position>,
}

/// Which icon the tray shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Active,
    Snoozed,
    Paused,
}

impl Look {
    fn png(self) -> &'static [u8] {
        match self {
            Look::Active => include_bytes!("../../assets/icons/active-48.png"),
            Look::Snoozed => include_bytes!("../../assets/icons/snoozed-48.png"),
            Look::Paused => include_bytes!("../../assets/icons/paused-48.png"),
        }
    }
}

pub struct Tray {
    icon: TrayIcon,
    status: MenuItem,
    resume: MenuItem,
    autostart: CheckMenuItem,
    nudges: CheckMenuItem,
    /// *I'm sitting* and *I'm standing*, with sit/stand turns on.
    positions: Option<(CheckMenuItem, CheckMenuItem)>,
    shown: Option<(Look, String, String)>,
    /// The same menu, for the XEmbed icon (it reads it through muda's snapshots) and on Windows
    /// for graying items.
    #[cfg_attr(target_os = "macos", allow(dead_code))]
    menu: Menu,
    /// Shows the same look and tooltip where a panel speaks only XEmbed.
    xembed: Option<XEmbedTray>,
}

#[derive(Debug, thiserror::Error)]
pub enum TrayError {
    #[error("tray menu: {0}")]
    Menu(#[from] tray_icon::menu::Error),
    #[error("tray icon: {0}")]
    Icon(#[from] tray_icon::Error),
    #[error("tray icon image: {0}")]
    Image(String),
    /// Not expected: `menu::entries` always has the switches the tray keeps.
    #[error("tray menu: no item {0}")]
    MissingItem(&'static str),
}

/// Routes menu clicks to the main loop; call once.
///
/// A left click on the icon (the host calls the item's `Activate`) opens "Your week", the
/// app's main window, as the StatusNotifierItem spec describes Activate; the menu stays on the
/// right click (`ContextMenu`, dbusmenu). "Open the menu on Activate" would need the item to
/// say `ItemIsMenu`, which tray-icon's ksni backend cannot (ksni's `MENU_ON_ACTIVATE` stays
/// false; `with_menu_on_left_click` is unsupported on Linux). A middle click
/// (`SecondaryActivate`) does nothing.
pub fn forward_menu_events(sink: EventSink) {
    let menu_sink = sink.clone();
    MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
        if let Some(action) = MenuAction::from_id(event.id.as_ref()) {
            menu_sink(AppEvent::Menu(action));
        }
    }));
    #[cfg(windows)]
    super::platform::forward_clicks(sink.clone());
    // Also keeps tray-icon's own event channel from filling up with clicks nobody reads.
    // Windows reports a press and a release; the release is the click (ksni sends only that).
    TrayIconEvent::set_event_handler(Some(move |event: TrayIconEvent| {
        if let TrayIconEvent::Click {
            button: MouseButton::Left,
            button_state: MouseButtonState::Up,
            ..
        } = event
        {
            sink(AppEvent::Menu(MenuAction::YourWeek));
        }
    }));
}

fn as_dyn(items: &[MenuItem]) -> Vec<&dyn tray_icon::menu::IsMenuItem> {
    items
        .iter()
        .map(|i| i as &dyn tray_icon::menu::IsMenuItem)
        .collect()
}

impl Tray {
    pub fn new(config: &Config, autostart_enabled: bool) -> Result<Tray, TrayError> {
        let words = words::current();
        let status = MenuItem::with_id("status", "posture-break", false, None);
        let menu = Menu::with_items(&[&status, &PredefinedMenuItem::separator()])?;
        let (mut resume, mut autostart, mut nudges) = (None, None, None);
        let (mut sitting, mut standing) = (None, None);
        for entry in menu::entries(config, &words) {
            match entry {
                Entry::Item { action, label } => {
                    let item = MenuItem::with_id(action.id(), label, true, None);
                    menu.append(&item)?;
                    if action == MenuAction::Resume {
                        resume = Some(item);
                    }
                }
                Entry::Check { action, label } => {
                    let on = action == MenuAction::ToggleAutostart && autostart_enabled;
                    let item = CheckMenuItem::with_id(action.id(), label, true, on, None);
                    menu.append(&item)?;
                    match action {
                        MenuAction::ToggleAutostart => autostart = Some(item),
                        MenuAction::ToggleNudges => nudges = Some(item),
                        MenuAction::Position(Position::Sitting) => sitting = Some(item),
                        MenuAction::Position(Position::Standing) => standing = Some(item),
                        _ => {}
                    }
                }
                Entry::Sub { label, items } => {
                    let items: Vec<MenuItem> = items
                        .into_iter()
                        .map(|(action, text)| MenuItem::with_id(action.id(), text, true, None))
                        .collect();
                    menu.append(&Submenu::with_items(label, true, &as_dyn(&items))?)?;
                }
                Entry::Separator => menu.append(&PredefinedMenuItem::separator())?,
            }
        }
        let (resume, autostart, nudges) = (
            resume.ok_or(TrayError::MissingItem("resume"))?,
            autostart.ok_or(TrayError::MissingItem("autostart"))?,
            nudges.ok_or(TrayError::MissingItem("nudges"))?,
        );
        let positions = sitting.zip(standing);
        let icon = TrayIconBuilder::new()
            .with_id("posture-break")
            .with_title("posture-break")
            .with_tooltip("posture-break")
            .with_icon(decode_icon(Look::Active)?)
            .with_menu(Box::new(menu.clone()))
            .build()?;
        #[cfg(windows)]
        super::platform::open_menu_without_icon_rect(&icon, &menu);
        Ok(Tray {
            icon,
            status,
            resume,
            autostart,
            nudges,
            positions,
            shown: None,
            menu,
            xembed: None,
        })
    }

    /// Shows the state; does nothing if it is unchanged (each change is a D-Bus signal).
    pub fn show(&mut self, view: &TrayView) {
        let TrayView {
            look,
            line: status_line,
            progress,
            can_resume,
            autostart: autostart_enabled,
            nudges,
            position,
        } = view;
        let (look, can_resume) = (*look, *can_resume);
        let set = |item: &CheckMenuItem, checked: bool| {
            if item.is_checked() != checked {
                item.set_checked(checked);
            }
        };
        set(&self.autostart, *autostart_enabled);
        set(&self.nudges, *nudges);
        if let Some((sitting, standing)) = &self.positions {
            set(sitting, *position == Some(Position::Sitting));
            set(standing, *position == Some(Position::Standing));
        }
        if self.resume.is_enabled() != can_resume {
            self.resume.set_enabled(can_resume);
            #[cfg(windows)]
            super::platform::gray_item(&self.menu, self.resume.id(), can_resume);
        }
        let wanted = (look, status_line.to_string(), progress.to_string());
        if self.shown.as_ref() == Some(&wanted) {
            return;
        }
        if self.shown.as_ref().map(|(l, _, _)| *l) != Some(look) {
            if let Ok(icon) = decode_icon(look) {
                let _ = self.icon.set_icon(Some(icon));
            }
        }
        self.status.set_text(status_line);
        let tooltip = format!("posture-break: {status_line}\n{progress}");
        if let Some(xembed) = &self.xembed {
            xembed.show(look, &tooltip);
        }
        let _ = self.icon.set_tooltip(Some(tooltip));
        self.shown = Some(wanted);
    }

    /// Mirrors this tray's icon, tooltip and menu on an XEmbed icon (docked only while no
    /// StatusNotifierWatcher is there).
    pub fn attach_xembed(&mut self, xembed: XEmbedTray) {
        #[cfg(target_os = "linux")]
        xembed.set_menu(self.menu.snapshot_handle());
        self.xembed = Some(xembed);
        self.shown = None; // the next show() reaches it too
    }
}

fn decode_icon(look: Look) -> Result<Icon, TrayError> {
    let (rgba, width, height) = decode_rgba(look)?;
    Icon::from_rgba(rgba, width, height).map_err(|e| TrayError::Image(e.to_string()))
}

/// The look's image as straight RGBA: (pixels, width, height).
pub(super) fn decode_rgba(look: Look) -> Result<(Vec<u8>, u32, u32), TrayError> {
    let bad = |e: &dyn std::fmt::Display| TrayError::Image(e.to_string());
    let mut decoder = png::Decoder::new(std::io::Cursor::new(look.png()));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
    let mut reader = decoder.read_info().map_err(|e| bad(&e))?;
    let mut rgba = vec![
        0;
        reader
            .output_buffer_size()
            .ok_or_else(|| bad(&"image too large"))?
    ];
    let info = reader.next_frame(&mut rgba).map_err(|e| bad(&e))?;
    rgba.truncate(info.buffer_size());
    Ok((rgba, info.width, info.height))
}

/// Reports whether a tray host (StatusNotifierWatcher) is there now and whenever one appears or
/// goes away (panels restart, login order varies): one thread blocked on a D-Bus signal.
#[cfg(target_os = "linux")]
pub fn watch_host(connection: zbus::blocking::Connection, sink: EventSink) {
    let _ = thread::Builder::new()
        .name("tray-host-watch".into())
        .spawn(move || {
            let Ok(proxy) = zbus::blocking::fdo::DBusProxy::new(&connection) else {
                return;
            };
            let changes = proxy.receive_name_owner_changed_with_args(&[(0, WATCHER)]);
            let present = zbus::names::BusName::try_from(WATCHER)
                .ok()
                .and_then(|name| proxy.name_has_owner(name).ok())
                .unwrap_or(false);
            sink(AppEvent::TrayHost { present });
            let Ok(changes) = changes else { return };
            for signal in changes {
                if let Ok(args) = signal.args() {
                    sink(AppEvent::TrayHost {
                        present: args.new_owner().is_some(),
                    });
                }
            }
        });
}
