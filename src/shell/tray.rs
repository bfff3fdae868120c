//! The tray icon and its menu (tray-icon's StatusNotifierItem backend, no GTK). Built on the main
//! thread; clicks arrive on a D-Bus worker thread and are forwarded as `AppEvent::Menu`.

#[cfg(target_os = "linux")]
use std::thread;
use std::time::Duration;

use tray_icon::menu::{CheckMenuItem, Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

use super::{AppEvent, EventSink};
use crate::core::config::Config;
use crate::core::duration::describe_duration;

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
    OpenConfig,
    ToggleAutostart,
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
            MenuAction::OpenConfig => "open-config".into(),
            MenuAction::ToggleAutostart => "autostart".into(),
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
            "open-config" => MenuAction::OpenConfig,
            "autostart" => MenuAction::ToggleAutostart,
            "quit" => MenuAction::Quit,
            other => {
                if let Some(s) = other.strip_prefix("snooze:") {
                    MenuAction::Snooze(secs(s)?)
                } else {
                    MenuAction::Pause(secs(other.strip_prefix("pause:")?)?)
                }
            }
        })
    }
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
    shown: Option<(Look, String)>,
}

#[derive(Debug, thiserror::Error)]
pub enum TrayError {
    #[error("tray menu: {0}")]
    Menu(#[from] tray_icon::menu::Error),
    #[error("tray icon: {0}")]
    Icon(#[from] tray_icon::Error),
    #[error("tray icon image: {0}")]
    Image(String),
}

/// Routes menu clicks to the main loop; call once.
pub fn forward_menu_events(sink: EventSink) {
    MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
        if let Some(action) = MenuAction::from_id(event.id.as_ref()) {
            sink(AppEvent::Menu(action));
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
        let item =
            |action: MenuAction, text: &str| MenuItem::with_id(action.id(), text, true, None);
        let status = MenuItem::with_id("status", "posture-break", false, None);
        let snooze_items: Vec<MenuItem> = config
            .schedule
            .snooze_choices
            .iter()
            .map(|d| item(MenuAction::Snooze(*d), &describe_duration(*d)))
            .collect();
        let mut pause_items: Vec<MenuItem> = config
            .schedule
            .pause_choices
            .iter()
            .map(|d| item(MenuAction::Pause(*d), &describe_duration(*d)))
            .collect();
        pause_items.push(item(MenuAction::PauseUntilTomorrow, "Until tomorrow"));
        pause_items.push(item(MenuAction::PauseUntilResumed, "Until I resume"));
        let snooze = Submenu::with_items("Snooze", true, &as_dyn(&snooze_items))?;
        let pause = Submenu::with_items("Pause", true, &as_dyn(&pause_items))?;
        let resume = item(MenuAction::Resume, "Resume");
        let autostart = CheckMenuItem::with_id(
            MenuAction::ToggleAutostart.id(),
            "Start at login",
            true,
            autostart_enabled,
            None,
        );
        let menu = Menu::with_items(&[
            &status,
            &PredefinedMenuItem::separator(),
            &item(MenuAction::StretchNow, "Start stretch now"),
            &snooze,
            &pause,
            &resume,
            &PredefinedMenuItem::separator(),
            &item(MenuAction::OpenConfig, "Open config file"),
            &autostart,
            &PredefinedMenuItem::separator(),
            &item(MenuAction::Quit, "Quit"),
        ])?;
        let icon = TrayIconBuilder::new()
            .with_id("posture-break")
            .with_title("posture-break")
            .with_tooltip("posture-break")
            .with_icon(decode_icon(Look::Active)?)
            .with_menu(Box::new(menu))
            .build()?;
        Ok(Tray {
            icon,
            status,
            resume,
            autostart,
            shown: None,
        })
    }

    /// Shows the state; does nothing if it is unchanged (each change is a D-Bus signal).
    pub fn show(
        &mut self,
        look: Look,
        status_line: &str,
        can_resume: bool,
        autostart_enabled: bool,
    ) {
        if self.autostart.is_checked() != autostart_enabled {
            self.autostart.set_checked(autostart_enabled);
        }
        if self.resume.is_enabled() != can_resume {
            self.resume.set_enabled(can_resume);
        }
        let wanted = (look, status_line.to_string());
        if self.shown.as_ref() == Some(&wanted) {
            return;
        }
        if self.shown.as_ref().map(|(l, _)| *l) != Some(look) {
            if let Ok(icon) = decode_icon(look) {
                let _ = self.icon.set_icon(Some(icon));
            }
        }
        self.status.set_text(status_line);
        let _ = self
            .icon
            .set_tooltip(Some(format!("posture-break: {status_line}")));
        self.shown = Some(wanted);
    }
}

fn decode_icon(look: Look) -> Result<Icon, TrayError> {
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
    Icon::from_rgba(rgba, info.width, info.height).map_err(|e| bad(&e))
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
