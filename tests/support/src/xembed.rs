//! An XEmbed-only desktop: a private Xvfb display with trayer (the System Tray Protocol, no
//! StatusNotifierWatcher) and a private session bus; a late xfce4-panel brings a watcher.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::Ordering;
use std::thread;
use std::time::Duration;

use crate::{
    parse_window_tree, poll, screenshot_dir, spawn_panel, wait_until, write_panel_config, App,
    Daemon, PrivateBus, PrivateDisplay, Sandbox, TreeWindow, PANEL_CONFIG, SEQ, WATCHER,
};

/// A private X display with trayer and a private session bus (on which org.xfce.Xfconf is
/// activatable, for a late xfce4-panel); nothing owns org.kde.StatusNotifierWatcher. The
/// sandbox's app and CLI are pointed at both. Everything stops when dropped.
pub struct XEmbedDesktop {
    pub display: String,
    pub bus: PrivateBus,
    /// Held for its Drop: the display stops with the desktop.
    _xvfb: PrivateDisplay,
    trayer: Option<Daemon>,
    logs: PathBuf,
}

impl XEmbedDesktop {
    pub fn start(sandbox: &mut Sandbox) -> XEmbedDesktop {
        let logs = sandbox.root().join("logs");
        let x = sandbox.use_private_display();
        let bus = PrivateBus::start(sandbox.root(), &["org.xfce.Xfconf"], &[]);
        sandbox.set_env("DBUS_SESSION_BUS_ADDRESS", Some(&bus.address));
        let desktop = XEmbedDesktop {
            display: x.display.clone(),
            bus,
            _xvfb: x,
            trayer: None,
            logs,
        };
        assert!(
            !desktop.bus.name_has_owner(WATCHER),
            "a StatusNotifierWatcher is on the private bus"
        );
        desktop
    }

    /// A command on this display and bus.
    pub fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("DISPLAY", &self.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus.address)
            .stdin(Stdio::null());
        cmd
    }

    /// Runs an X tool (xdotool, xwininfo, import...) on this display: its stdout, or an error.
    pub fn tool(&self, program: &str, args: &[&str]) -> Result<String, String> {
        let out = self
            .command(program)
            .args(args)
            .output()
            .map_err(|e| format!("cannot run {program}: {e}"))?;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        if out.status.success() {
            Ok(stdout)
        } else {
            Err(format!(
                "`{program} {}` on {} → {}: {}{}",
                args.join(" "),
                self.display,
                out.status,
                String::from_utf8_lossy(&out.stderr).trim(),
                stdout.trim()
            ))
        }
    }

    pub fn tool_ok(&self, program: &str, args: &[&str]) -> String {
        self.tool(program, args).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The window owning the system tray selection `_NET_SYSTEM_TRAY_S0` (0: none).
    pub fn tray_manager(&self) -> u32 {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xproto::ConnectionExt as _;
        let Ok((conn, _)) = x11rb::connect(Some(&self.display)) else {
            return 0;
        };
        let atom = conn
            .intern_atom(false, b"_NET_SYSTEM_TRAY_S0")
            .ok()
            .and_then(|c| c.reply().ok())
            .map_or(0, |r| r.atom);
        let owner = conn
            .get_selection_owner(atom)
            .ok()
            .and_then(|c| c.reply().ok())
            .map_or(0, |r| r.owner);
        let _ = conn.flush();
        owner
    }

    /// Starts trayer (at the top right, as wide as its icons) and waits until it owns the
    /// tray selection.
    pub fn start_trayer(&mut self) {
        let n = SEQ.fetch_add(1, Ordering::SeqCst);
        let child = self
            .command("trayer")
            .args([
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "request",
            ])
            .args(["--height", "24", "--SetDockType", "true"])
            .stdout(Stdio::null())
            .stderr(
                fs::File::create(self.logs.join(format!("trayer-{n}.log"))).expect("trayer log"),
            )
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start trayer: {e}"));
        let mut trayer = Daemon(child);
        wait_until(
            "trayer to own _NET_SYSTEM_TRAY_S0",
            Duration::from_secs(10),
            || {
                assert!(
                    matches!(trayer.0.try_wait(), Ok(None)),
                    "trayer exited: {}",
                    fs::read_to_string(self.logs.join(format!("trayer-{n}.log")))
                        .unwrap_or_default()
                );
                (self.tray_manager() != 0).then_some(())
            },
        );
        self.trayer = Some(trayer);
    }

    pub fn stop_trayer(&mut self) {
        self.trayer = None;
    }

    /// xfce4-panel with only its systray (a StatusNotifierWatcher and an XEmbed tray) on this
    /// display and bus; waits until the watcher is on the bus.
    pub fn start_panel(&self, sandbox: &Sandbox) -> Daemon {
        let home = write_panel_config(sandbox.root(), PANEL_CONFIG);
        let n = SEQ.fetch_add(1, Ordering::SeqCst);
        let log = self.logs.join(format!("panel-{n}.log"));
        let panel = spawn_panel(&self.bus, Some(&self.display), &home, &log);
        wait_until(
            "xfce4-panel's StatusNotifierWatcher",
            Duration::from_secs(15),
            || self.bus.name_has_owner(WATCHER).then_some(()),
        );
        panel
    }

    pub fn tree(&self) -> Vec<TreeWindow> {
        parse_window_tree(
            &self
                .tool("xwininfo", &["-root", "-tree"])
                .unwrap_or_default(),
        )
    }

    /// The app's icon window ("posture-break: <status>") as `xwininfo -tree` shows it, and
    /// the tree it was found in.
    pub fn icon_window(&self) -> (Option<TreeWindow>, Vec<TreeWindow>) {
        let tree = self.tree();
        let icon = tree
            .iter()
            .find(|w| w.name.starts_with("posture-break: ") && w.class.contains("posture-break"))
            .cloned();
        (icon, tree)
    }

    /// Waits until the app's icon is docked in trayer: reparented into trayer's panel window
    /// (class "panel" "trayer") and mapped with a size. Returns the icon and trayer's panel.
    pub fn wait_docked_in_trayer(&self, app: &mut App) -> (TreeWindow, TreeWindow) {
        let mut last = vec![];
        poll(Duration::from_secs(10), || {
            assert!(app.alive(), "the app died\n{}", app.context());
            let (icon, tree) = self.icon_window();
            last = tree.clone();
            let icon = icon?;
            let panel = tree
                .iter()
                .find(|w| w.class.contains("\"trayer\"") && w.name == "panel")?
                .clone();
            let viewable = self.tool("xwininfo", &["-id", &icon.id]).ok()?;
            (icon.ancestors.contains(&panel.id)
                && icon.geometry.2 > 1
                && viewable.contains("IsViewable"))
            .then_some((icon, panel))
        })
        .unwrap_or_else(|| {
            panic!(
                "the app's icon was not docked in trayer; windows: {:#?}\n{}",
                last.iter()
                    .map(|w| (&w.id, &w.name, &w.class, &w.ancestors))
                    .collect::<Vec<_>>(),
                app.context()
            )
        })
    }

    /// Visible windows whose name is exactly `name` (the menu: "posture-break menu").
    pub fn windows_named(&self, name: &str) -> Vec<String> {
        self.tool(
            "xdotool",
            &["search", "--onlyvisible", "--name", &format!("^{name}$")],
        )
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .collect()
    }

    pub fn wait_window_named(&self, name: &str) -> String {
        wait_until(
            &format!("a visible window named {name:?}"),
            Duration::from_secs(5),
            || self.windows_named(name).into_iter().next(),
        )
    }

    /// Like `wait_window_named`, and the window has the keyboard focus: the app takes the focus
    /// just after mapping its menu, and keys sent in between would go to the previous window.
    pub fn wait_focused_window_named(&self, name: &str) -> String {
        wait_until(
            &format!("a visible window named {name:?} with the keyboard focus"),
            Duration::from_secs(5),
            || {
                let id = self.windows_named(name).into_iter().next()?;
                let focus = self.tool("xdotool", &["getwindowfocus"]).ok()?;
                (focus.trim() == id).then_some(id)
            },
        )
    }

    pub fn wait_no_window_named(&self, name: &str) {
        wait_until(
            &format!("no window named {name:?}"),
            Duration::from_secs(5),
            || self.windows_named(name).is_empty().then_some(()),
        );
    }

    /// Where a window is on the screen: x, y, width, height.
    pub fn geometry(&self, id: &str) -> (i32, i32, u32, u32) {
        let info = self.tool_ok("xwininfo", &["-id", id]);
        let field = |key: &str| -> i64 {
            info.lines()
                .find_map(|l| l.trim().strip_prefix(key))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or_else(|| panic!("xwininfo -id {id}: no {key}\n{info}"))
        };
        (
            field("Absolute upper-left X:") as i32,
            field("Absolute upper-left Y:") as i32,
            field("Width:") as u32,
            field("Height:") as u32,
        )
    }

    /// Moves the pointer to (x, y) on the screen (XTEST).
    pub fn move_pointer(&self, x: i32, y: i32) {
        // `mousemove --sync` waits for the pointer to move, so it hangs when it is there already.
        let here = self.tool_ok("xdotool", &["getmouselocation", "--shell"]);
        if here.contains(&format!("X={x}\n")) && here.contains(&format!("Y={y}\n")) {
            return;
        }
        self.tool_ok(
            "xdotool",
            &["mousemove", "--sync", &x.to_string(), &y.to_string()],
        );
    }

    /// Moves the pointer to (x, y) on the screen and clicks the left button (XTEST).
    pub fn click(&self, x: i32, y: i32) {
        self.click_button(x, y, 1);
    }

    /// The same with `button` (1 left, 2 middle, 3 right).
    pub fn click_button(&self, x: i32, y: i32, button: u8) {
        self.move_pointer(x, y);
        thread::sleep(Duration::from_millis(100)); // the app sees the pointer arrive first
        self.tool_ok("xdotool", &["click", &button.to_string()]);
    }

    pub fn key(&self, key: &str) {
        self.tool_ok("xdotool", &["key", key]);
    }

    /// Keyboard or mouse input on this display (the app's idle counter is this server's).
    pub fn user_input(&self) {
        self.tool_ok("xdotool", &["mousemove_relative", "--", "1", "0"]);
    }

    /// The whole screen, as a PNG in target/screenshots.
    pub fn screenshot(&self, name: &str) -> PathBuf {
        let path = screenshot_dir().join(format!("{name}.png"));
        self.tool_ok("import", &["-window", "root", &path.display().to_string()]);
        path
    }
}

impl Drop for XEmbedDesktop {
    fn drop(&mut self) {
        self.trayer = None; // before the display it runs on
    }
}
