//! The tray: the app's StatusNotifierItem and its dbusmenu, and a private xfce4-panel.

use std::fs;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::{
    connection_pid_on, dbus_get_property_on, gdbus_call_on, png_rgb, poll, screenshot_dir, tool,
    App, Daemon, Gv, PrivateBus, Sandbox,
};

pub const WATCHER: &str = "org.kde.StatusNotifierWatcher";

/// The same panel as tests/desktop/session.sh's: only the systray plugin.
pub const PANEL_CONFIG: &str = include_str!("../../desktop/xfce4-panel.xml");

/// xfce4-panel with only its systray plugin (a StatusNotifierWatcher + host), on `bus`, with
/// its config under `dir`. The bus must have org.xfce.Xfconf activatable.
pub fn start_panel(dir: &Path, bus: &PrivateBus) -> Daemon {
    let home = write_panel_config(dir, PANEL_CONFIG);
    spawn_panel(bus, None, &home, &dir.join("logs/late-panel.log"))
}

/// Writes `xml` as xfce4-panel's config under `dir`: the XDG_CONFIG_HOME to start it with.
pub(crate) fn write_panel_config(dir: &Path, xml: &str) -> PathBuf {
    let home = dir.join("panel-config");
    let xml_dir = home.join("xfce4/xfconf/xfce-perchannel-xml");
    fs::create_dir_all(&xml_dir).expect("panel config dir");
    fs::write(xml_dir.join("xfce4-panel.xml"), xml).expect("write panel config");
    home
}

/// The one way the harness starts xfce4-panel: on `bus` (and `display`, else the session's),
/// its config from `home`, its stderr in `log`; stopped when dropped.
pub(crate) fn spawn_panel(
    bus: &PrivateBus,
    display: Option<&str>,
    home: &Path,
    log: &Path,
) -> Daemon {
    let mut cmd = Command::new("xfce4-panel");
    if let Some(display) = display {
        cmd.env("DISPLAY", display);
    }
    let child = cmd
        .arg("--disable-wm-check")
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env("XDG_CONFIG_HOME", home)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(fs::File::create(log).expect("panel log"))
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start xfce4-panel: {e}"));
    Daemon(child)
}

/// An xfce4-panel of its own (its systray plugin only) on a private bus, floating at (x, y) so
/// that it covers nothing of the shared panel: the only tray item in it is the app's.
pub fn start_private_panel(sandbox: &Sandbox, x: u32, y: u32) -> (PrivateBus, Daemon) {
    let xml = PANEL_CONFIG
        .replace("p=6;x=0;y=0", &format!("p=0;x={x};y={y}"))
        .replace(
            r#"name="length" type="uint" value="100""#,
            r#"name="length" type="uint" value="10""#,
        );
    assert!(
        xml.contains(&format!("x={x}")),
        "the panel config changed shape"
    );
    let home = write_panel_config(sandbox.root(), &xml);
    let bus = PrivateBus::start(
        sandbox.root(),
        &["org.xfce.Xfconf"],
        &[("XDG_CONFIG_HOME", &home)],
    );
    let panel = spawn_panel(
        &bus,
        None,
        &home,
        &sandbox.root().join("logs/private-panel.log"),
    );
    (bus, panel)
}

/// Where the app's icon is drawn in the panel: the centre of its green pixels, in root
/// coordinates.
pub fn icon_in_panel(panel_pid: u32) -> Option<(i64, i64)> {
    let ids = tool("xdotool", &["search", "--pid", &panel_pid.to_string()]).ok()?;
    for id in ids.lines().map(str::trim) {
        let geometry = tool("xdotool", &["getwindowgeometry", "--shell", id]).ok()?;
        let field = |name: &str| -> Option<i64> {
            geometry
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{name}=")))?
                .parse()
                .ok()
        };
        let (x, y, w) = (field("X")?, field("Y")?, field("WIDTH")?);
        if w < 40 {
            continue; // the panel's small helper windows
        }
        let shot = screenshot_dir().join(format!("private-panel-{panel_pid}.png"));
        tool("import", &["-window", id, &shot.display().to_string()]).ok()?;
        let (px, pw) = png_rgb(&shot);
        let green: Vec<(i64, i64)> = px
            .iter()
            .enumerate()
            .filter(|(_, [r, g, b])| i32::from(*g) - i32::from(*r) > 60 && g > b)
            .map(|(i, _)| ((i as u32 % pw) as i64, (i as u32 / pw) as i64))
            .collect();
        if green.len() > 20 {
            let n = green.len() as i64;
            let cx = green.iter().map(|p| p.0).sum::<i64>() / n;
            let cy = green.iter().map(|p| p.1).sum::<i64>() / n;
            return Some((x + cx, y + cy));
        }
    }
    None
}

#[derive(Debug, Clone)]
pub struct MenuNode {
    pub id: i64,
    pub label: String,
    pub kind: String,
    pub enabled: bool,
    pub visible: bool,
    pub toggle_type: String,
    /// dbusmenu `toggle-state`: 1 checked, 0 unchecked, -1 none.
    pub toggle_state: i64,
    pub children: Vec<MenuNode>,
}

impl MenuNode {
    /// From `(id, {props}, [<children>])`.
    pub fn from_gv(gv: &Gv) -> Result<MenuNode, String> {
        let Gv::Tuple(parts) = gv.inner() else {
            return Err(format!("menu item: {gv:?}"));
        };
        let [Gv::Int(id), props, Gv::Array(children)] = parts.as_slice() else {
            return Err(format!("menu item: {gv:?}"));
        };
        let text = |key: &str, default: &str| match props.get(key) {
            Some(Gv::Str(s)) => s.clone(),
            _ => default.to_string(),
        };
        let flag = |key: &str| !matches!(props.get(key), Some(Gv::Bool(false)));
        Ok(MenuNode {
            id: *id,
            label: text("label", ""),
            kind: text("type", "standard"),
            enabled: flag("enabled"),
            visible: flag("visible"),
            toggle_type: text("toggle-type", ""),
            toggle_state: match props.get("toggle-state") {
                Some(Gv::Int(n)) => *n,
                _ => -1,
            },
            children: children
                .iter()
                .map(MenuNode::from_gv)
                .collect::<Result<_, _>>()?,
        })
    }

    pub fn child(&self, label: &str) -> Option<&MenuNode> {
        self.children.iter().find(|c| c.visible && c.label == label)
    }
}

pub fn child_labels(node: &MenuNode) -> Vec<&str> {
    node.children
        .iter()
        .filter(|c| c.visible && c.kind != "separator")
        .map(|c| c.label.as_str())
        .collect()
}

/// The app's StatusNotifierItem and its menu, found through the watcher by the app's pid.
pub struct TrayMenu {
    pub service: String,
    /// The menu's object path.
    pub path: String,
    /// The StatusNotifierItem's object path.
    pub item_path: String,
    /// The session bus it is on (None: the test process's own).
    pub bus: Option<String>,
}

/// One entry of a StatusNotifierItem's IconPixmap: width, height, ARGB32 in network byte order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pixmap {
    pub width: i64,
    pub height: i64,
    pub argb: Vec<u8>,
}

impl Pixmap {
    /// A PNG file as the StatusNotifierItem spec wants it (RGBA turned into ARGB).
    pub fn from_png(path: &Path) -> Pixmap {
        let file = fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut decoder = png::Decoder::new(BufReader::new(file));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
        let mut reader = decoder
            .read_info()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let size = reader.output_buffer_size().expect("png buffer size");
        let mut rgba = vec![0; size];
        let info = reader
            .next_frame(&mut rgba)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        rgba.truncate(info.buffer_size());
        let argb = rgba
            .chunks_exact(4)
            .flat_map(|p| [p[3], p[0], p[1], p[2]])
            .collect();
        Pixmap {
            width: i64::from(info.width),
            height: i64::from(info.height),
            argb,
        }
    }
}

impl TrayMenu {
    pub fn find(app: &mut App, timeout: Duration) -> TrayMenu {
        TrayMenu::find_on(app, timeout, None)
    }

    /// Finds the app's item on the session bus at `bus` (None: the test process's own).
    pub fn find_on(app: &mut App, timeout: Duration, bus: Option<&str>) -> TrayMenu {
        let mut seen = Gv::Array(vec![]);
        let item = poll(timeout, || {
            assert!(
                app.alive(),
                "the app died before registering its tray item\n{}",
                app.context()
            );
            seen = dbus_get_property_on(
                bus,
                WATCHER,
                "/StatusNotifierWatcher",
                WATCHER,
                "RegisteredStatusNotifierItems",
            )
            .ok()?;
            let Gv::Array(items) = &seen else { return None };
            items.iter().find_map(|entry| {
                let Gv::Str(entry) = entry.inner() else {
                    return None;
                };
                // ":1.23/StatusNotifierItem" or "org.kde.StatusNotifierItem-123-1/StatusNotifierItem"
                let (service, path) = match entry.find('/') {
                    Some(slash) => (entry[..slash].to_string(), entry[slash..].to_string()),
                    None => (entry.clone(), "/StatusNotifierItem".to_string()),
                };
                (connection_pid_on(bus, &service) == Some(app.pid)).then_some((service, path))
            })
        })
        .unwrap_or_else(|| {
            panic!(
                "no StatusNotifierItem of pid {} registered with the watcher: {seen:?}\n{}",
                app.pid,
                app.context()
            )
        });
        let (service, item_path) = item;
        let menu = dbus_get_property_on(
            bus,
            &service,
            &item_path,
            "org.kde.StatusNotifierItem",
            "Menu",
        )
        .unwrap_or_else(|e| panic!("the tray item has no Menu property: {e}"));
        let Gv::Str(path) = menu else {
            panic!("Menu property: {menu:?}")
        };
        TrayMenu {
            service,
            path,
            item_path,
            bus: bus.map(str::to_string),
        }
    }

    /// A property of the StatusNotifierItem (IconName, ToolTip, Status, ...).
    pub fn item_property(&self, property: &str) -> Result<Gv, String> {
        dbus_get_property_on(
            self.bus.as_deref(),
            &self.service,
            &self.item_path,
            "org.kde.StatusNotifierItem",
            property,
        )
    }

    /// The item's IconPixmap, as the tray host reads it.
    pub fn icon_pixmap(&self) -> Vec<Pixmap> {
        let gv = self
            .item_property("IconPixmap")
            .unwrap_or_else(|e| panic!("IconPixmap: {e}"));
        let Gv::Array(entries) = gv.inner() else {
            panic!("IconPixmap is no array: {gv:?}")
        };
        entries
            .iter()
            .map(|entry| match entry.inner() {
                Gv::Tuple(parts) => match parts.as_slice() {
                    [Gv::Int(w), Gv::Int(h), Gv::Array(bytes)] => Pixmap {
                        width: *w,
                        height: *h,
                        argb: bytes
                            .iter()
                            .map(|b| match b {
                                Gv::Int(b) => u8::try_from(*b).expect("a byte"),
                                other => panic!("IconPixmap byte {other:?}"),
                            })
                            .collect(),
                    },
                    other => panic!("IconPixmap entry {other:?}"),
                },
                other => panic!("IconPixmap entry {other:?}"),
            })
            .collect()
    }

    /// The status line: the first item of the menu.
    pub fn status_line(&self) -> String {
        self.layout()
            .children
            .first()
            .map(|n| n.label.clone())
            .unwrap_or_default()
    }

    /// Waits until the status line is `want`; fails with what it was.
    pub fn wait_status_line(&self, want: &str, timeout: Duration) {
        let mut last = String::new();
        poll(timeout, || {
            last = self.status_line();
            (last == want).then_some(())
        })
        .unwrap_or_else(|| panic!("the tray status line never became {want:?}; it is {last:?}"));
    }

    pub fn layout(&self) -> MenuNode {
        let reply = gdbus_call_on(
            self.bus.as_deref(),
            &[
                "--dest",
                &self.service,
                "--object-path",
                &self.path,
                "--method",
                "com.canonical.dbusmenu.GetLayout",
                "--",
                "0",
                "-1",
                "@as []",
            ],
        )
        .unwrap_or_else(|e| panic!("GetLayout: {e}"));
        match &reply {
            Gv::Tuple(parts) if parts.len() == 2 => {
                MenuNode::from_gv(&parts[1]).unwrap_or_else(|e| panic!("GetLayout: {e}"))
            }
            _ => panic!("GetLayout: {reply:?}"),
        }
    }

    /// Clicks the item at `labels` (e.g. ["Snooze", "10 minutes"]).
    pub fn click(&self, labels: &[&str]) {
        let root = self.layout();
        let mut node = &root;
        for label in labels {
            node = node.child(label).unwrap_or_else(|| {
                panic!(
                    "no menu item {label:?} (path {labels:?}) among {:?}",
                    child_labels(node)
                )
            });
        }
        assert!(node.enabled, "menu item {labels:?} is disabled");
        let id = node.id.to_string();
        gdbus_call_on(
            self.bus.as_deref(),
            &[
                "--dest",
                &self.service,
                "--object-path",
                &self.path,
                "--method",
                "com.canonical.dbusmenu.Event",
                "--",
                &id,
                "'clicked'",
                "<int32 0>",
                "0",
            ],
        )
        .map(drop)
        .unwrap_or_else(|e| panic!("clicking {labels:?}: {e}"));
    }
}
