//! The Wayland side of the harness, for a session of tests/desktop/sway-session.sh: sway's tree
//! over `swaymsg`, mako's notifications over `makoctl`, a virtual pointer of our own
//! (wlr-virtual-pointer, the protocol wlrctl and ydotool's Wayland mode use) for real clicks,
//! `wtype` (virtual-keyboard) for keys, `grim` for screenshots.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;
use wayland_client::globals::{registry_queue_init, GlobalListContents};
use wayland_client::protocol::{wl_pointer, wl_registry, wl_seat};
use wayland_client::{Connection, Dispatch, EventQueue, QueueHandle};
use wayland_protocols_wlr::virtual_pointer::v1::client::{
    zwlr_virtual_pointer_manager_v1::ZwlrVirtualPointerManagerV1,
    zwlr_virtual_pointer_v1::ZwlrVirtualPointerV1,
};

use crate::env::{count_deferred, not_in_session};
use crate::{poll, tool, wait_until, App, Daemon};

/// Inside a sway session (true), or None after saying why the test does not run here: outside
/// one it is skipped (a failure with CI or PB_REQUIRE_DESKTOP), unless PB_LATER_SESSIONS says
/// that run-all runs it in its Wayland step, after this X11 one.
pub fn in_sway(test: &str) -> Option<()> {
    let set = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    if set("SWAYSOCK") && set("WAYLAND_DISPLAY") && set("DBUS_SESSION_BUS_ADDRESS") {
        return Some(());
    }
    if set("PB_LATER_SESSIONS") {
        count_deferred();
        return None;
    }
    not_in_session(
        test,
        "no sway session (SWAYSOCK, WAYLAND_DISPLAY); run inside tests/desktop/sway-session.sh",
    )
}

// =============================================================================================
// sway
// =============================================================================================

pub fn swaymsg(args: &[&str]) -> Result<String, String> {
    tool("swaymsg", args)
}

pub fn tree() -> Value {
    let out =
        swaymsg(&["-t", "get_tree", "-r"]).unwrap_or_else(|e| panic!("swaymsg get_tree: {e}"));
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("get_tree is not JSON ({e}): {out}"))
}

/// Every view (window) in the tree, tiled or floating.
pub fn views(node: &Value) -> Vec<Value> {
    let mut found = vec![];
    if (node["type"] == "con" || node["type"] == "floating_con") && node["pid"].is_number() {
        found.push(node.clone());
    }
    for key in ["nodes", "floating_nodes"] {
        for child in node[key].as_array().into_iter().flatten() {
            found.extend(views(child));
        }
    }
    found
}

pub fn view_of_pid(pid: u32) -> Option<Value> {
    views(&tree())
        .into_iter()
        .find(|v| v["pid"].as_u64() == Some(u64::from(pid)))
}

/// Waits for a view of process `pid` that `check` accepts; panics with the tree otherwise.
pub fn wait_view(what: &str, pid: u32, timeout: Duration, check: impl Fn(&Value) -> bool) -> Value {
    poll(timeout, || view_of_pid(pid).filter(|v| check(v))).unwrap_or_else(|| {
        panic!(
            "no view of pid {pid}: {what} within {timeout:?}; views: {}",
            describe_views()
        )
    })
}

pub fn wait_no_view(what: &str, pid: u32, timeout: Duration) {
    poll(timeout, || view_of_pid(pid).is_none().then_some(())).unwrap_or_else(|| {
        panic!(
            "pid {pid} still has a view: {what}; views: {}",
            describe_views()
        )
    });
}

pub fn describe_views() -> String {
    let list: Vec<String> =
        views(&tree())
            .iter()
            .map(|v| {
                format!(
                "[pid {} app_id {} shell {} focused {} urgent {} fullscreen {} name {:?} rect {}]",
                v["pid"], v["app_id"], v["shell"], v["focused"], v["urgent"],
                v["fullscreen_mode"], v["name"], v["rect"]
            )
            })
            .collect();
    list.join(" ")
}

/// The view's rectangle on the output (content area), in logical px.
pub fn rect(view: &Value) -> (i64, i64, i64, i64) {
    let r = &view["rect"];
    let n = |k: &str| r[k].as_i64().unwrap_or_default();
    (n("x"), n("y"), n("width"), n("height"))
}

// =============================================================================================
// mako
// =============================================================================================

/// The notifications mako shows now: (id, app name, summary).
pub fn mako_list() -> Vec<(u64, String, String)> {
    let out = tool("makoctl", &["list"]).unwrap_or_else(|e| panic!("makoctl list: {e}"));
    let v: Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("makoctl list ({e}): {out}"));
    let mut list = vec![];
    for group in v["data"].as_array().into_iter().flatten() {
        for n in group.as_array().into_iter().flatten() {
            let s = |k: &str| n[k]["data"].as_str().unwrap_or_default().to_string();
            list.push((
                n["id"]["data"].as_u64().unwrap_or_default(),
                s("app-name"),
                s("summary"),
            ));
        }
    }
    list
}

pub fn mako_dismiss_all() {
    let _ = tool("makoctl", &["dismiss", "--all"]);
}

// =============================================================================================
// Input
// =============================================================================================

struct PointerState;

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for PointerState {
    fn event(
        _: &mut Self,
        _: &wl_registry::WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<wl_seat::WlSeat, ()> for PointerState {
    fn event(
        _: &mut Self,
        _: &wl_seat::WlSeat,
        _: wl_seat::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<ZwlrVirtualPointerManagerV1, ()> for PointerState {
    fn event(
        _: &mut Self,
        _: &ZwlrVirtualPointerManagerV1,
        _: <ZwlrVirtualPointerManagerV1 as wayland_client::Proxy>::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<ZwlrVirtualPointerV1, ()> for PointerState {
    fn event(
        _: &mut Self,
        _: &ZwlrVirtualPointerV1,
        _: <ZwlrVirtualPointerV1 as wayland_client::Proxy>::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

/// A mouse plugged into sway's seat (the headless backend has none): clicks that reach clients
/// as real wl_pointer events, with input serials an xdg_activation token can be bound to.
pub struct VirtualPointer {
    _conn: Connection,
    queue: EventQueue<PointerState>,
    pointer: ZwlrVirtualPointerV1,
    start: Instant,
}

const BTN_LEFT: u32 = 0x110;

impl VirtualPointer {
    /// A virtual pointer on the compositor of `WAYLAND_DISPLAY`.
    pub fn connect() -> VirtualPointer {
        let conn = Connection::connect_to_env().unwrap_or_else(|e| panic!("Wayland connect: {e}"));
        let (globals, mut queue) =
            registry_queue_init::<PointerState>(&conn).unwrap_or_else(|e| panic!("registry: {e}"));
        let qh = queue.handle();
        let seat: wl_seat::WlSeat = globals
            .bind(&qh, 1..=7, ())
            .unwrap_or_else(|e| panic!("wl_seat: {e}"));
        let manager: ZwlrVirtualPointerManagerV1 = globals
            .bind(&qh, 1..=2, ())
            .unwrap_or_else(|e| panic!("zwlr_virtual_pointer_manager_v1: {e}"));
        let pointer = manager.create_virtual_pointer(Some(&seat), &qh, ());
        queue
            .roundtrip(&mut PointerState)
            .unwrap_or_else(|e| panic!("roundtrip: {e}"));
        let vp = VirtualPointer {
            _conn: conn,
            queue,
            pointer,
            start: Instant::now(),
        };
        // Clients learn of the new pointer capability asynchronously and bind wl_pointer then.
        wait_until(
            "sway's seat to have a pointer",
            Duration::from_secs(5),
            || {
                let seats = swaymsg(&["-t", "get_seats", "-r"]).ok()?;
                let v: Value = serde_json::from_str(&seats).ok()?;
                let caps = v[0]["capabilities"].as_u64()?;
                (caps & 1 != 0).then_some(())
            },
        );
        thread::sleep(Duration::from_millis(300));
        vp
    }

    fn time(&self) -> u32 {
        self.start.elapsed().as_millis() as u32
    }

    fn flush(&mut self) {
        self.queue
            .roundtrip(&mut PointerState)
            .unwrap_or_else(|e| panic!("virtual pointer roundtrip: {e}"));
    }

    /// Moves to (x, y) in the output's logical coordinates (its size in pixels over its scale).
    pub fn move_to(&mut self, x: u32, y: u32) {
        let (w, h) = output_logical_size();
        let t = self.time();
        self.pointer.motion_absolute(t, x, y, w, h);
        self.pointer.frame();
        self.flush();
        thread::sleep(Duration::from_millis(100));
    }

    /// A left click at (x, y) in output coordinates.
    pub fn click_at(&mut self, x: u32, y: u32) {
        self.move_to(x, y);
        for state in [
            wl_pointer::ButtonState::Pressed,
            wl_pointer::ButtonState::Released,
        ] {
            let t = self.time();
            self.pointer.button(t, BTN_LEFT, state);
            self.pointer.frame();
            self.flush();
            thread::sleep(Duration::from_millis(50));
        }
    }
}

/// The output's size in logical px (sway-session.sh's 1920x1080 divided by its scale).
pub fn output_logical_size() -> (u32, u32) {
    let out = swaymsg(&["-t", "get_outputs", "-r"]).unwrap_or_else(|e| panic!("get_outputs: {e}"));
    let v: Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("get_outputs ({e}): {out}"));
    let r = &v[0]["rect"];
    let n = |k: &str| r[k].as_u64().unwrap_or_default() as u32;
    (n("width").max(1), n("height").max(1))
}

/// The output scale for as long as this lives; back to 1 when dropped.
pub struct OutputScale;

impl OutputScale {
    pub fn set(scale: &str) -> OutputScale {
        swaymsg(&["output HEADLESS-1 scale", scale]).unwrap_or_else(|e| panic!("scale: {e}"));
        OutputScale
    }
}

impl Drop for OutputScale {
    fn drop(&mut self) {
        let _ = swaymsg(&["output HEADLESS-1 scale 1"]);
    }
}

/// The centre of a view's content in output coordinates, offset by (dx, dy) from its bottom
/// right corner (negative: inwards).
pub fn from_bottom_right(view: &Value, dx: i64, dy: i64) -> (u32, u32) {
    let (x, y, w, h) = rect(view);
    let wr = &view["window_rect"];
    let n = |k: &str| wr[k].as_i64().unwrap_or_default();
    let (cx, cy) = (x + n("x"), y + n("y"));
    let (cw, ch) = (n("width").max(1).min(w), n("height").max(1).min(h));
    ((cx + cw + dx).max(0) as u32, (cy + ch + dy).max(0) as u32)
}

/// Presses and releases `key` (an xkb keysym name, e.g. Return, Escape) on a virtual keyboard.
/// wtype's keyboard is new to the seat: the focused client binds wl_keyboard only after sway
/// announces it, so wtype waits before the key.
pub fn key(name: &str) {
    tool("wtype", &["-s", "800", "-k", name]).unwrap_or_else(|e| panic!("wtype -k {name}: {e}"));
}

// =============================================================================================
// Screenshots
// =============================================================================================

/// Where screenshots go: PB_SHOT_DIR (run-all passes one the session's user may write), else
/// the session root.
pub fn shot_dir() -> PathBuf {
    let dir = std::env::var_os("PB_SHOT_DIR")
        .or_else(|| std::env::var_os("PB_SESSION_ROOT"))
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

/// `grim` of one rectangle (x, y, w, h) of the output.
pub fn grim(name: &str, (x, y, w, h): (i64, i64, i64, i64)) -> PathBuf {
    let path = shot_dir().join(format!("{name}.png"));
    let geometry = format!("{x},{y} {w}x{h}");
    tool("grim", &["-g", &geometry, &path.display().to_string()])
        .unwrap_or_else(|e| panic!("grim: {e}"));
    assert!(
        Path::new(&path).metadata().map_or(0, |m| m.len()) > 0,
        "empty screenshot {}",
        path.display()
    );
    path
}

// =============================================================================================
// KWin (for ext-idle-notify-v1, which sway 1.7 lacks)
// =============================================================================================

/// A headless KWin (`kwin_wayland --virtual`) beside sway, on a socket of its own.
pub struct KWin {
    child: std::process::Child,
    /// Absolute socket path, for WAYLAND_DISPLAY.
    pub socket: PathBuf,
}

/// Two monitors for X11 clients: KWin's two virtual outputs side by side (1280x800 each, the
/// second at x = 1280) and its XWayland, which shows X11 clients two RandR monitors. Unlike
/// sway, KWin honours the position an X11 window asks for, so where a window lands is the app's
/// choice.
pub struct TwoMonitors {
    pub kwin: KWin,
    /// XWayland's display (":N").
    pub display: String,
}

impl TwoMonitors {
    pub fn start(dir: &Path) -> TwoMonitors {
        let kwin = KWin::spawn(
            dir,
            &[
                "--xwayland",
                "--output-count",
                "2",
                "--width",
                "1280",
                "--height",
                "800",
            ],
        );
        // KWin starts Xwayland when its first X11 client connects, or at once with
        // --xwayland: its child's command line names the display (":N"). (A new socket in
        // /tmp/.X11-unix is no sign: KWin may take over a stale one.)
        let kwin_pid = kwin.child.id();
        let display = poll(Duration::from_secs(20), || xwayland_display_of(kwin_pid))
            .unwrap_or_else(|| {
                let log = fs::read_to_string(dir.join("logs/kwin.log")).unwrap_or_default();
                panic!("KWin started no Xwayland within 20 s; kwin.log:\n{log}")
            });
        wait_until("XWayland to answer", Duration::from_secs(20), || {
            let out = Command::new("xrandr")
                .args(["--display", &display, "--listmonitors"])
                .stderr(Stdio::null())
                .output()
                .ok()?;
            String::from_utf8_lossy(&out.stdout)
                .starts_with("Monitors: 2")
                .then_some(())
        });
        TwoMonitors { kwin, display }
    }

    /// Moves XWayland's pointer (XTEST) to (x, y) on the two monitors' shared desktop.
    pub fn move_pointer(&self, x: u32, y: u32) {
        self.xdotool(&["mousemove", &x.to_string(), &y.to_string()]);
    }

    /// The top-left corner and size of the X11 window of class `class` whose title starts
    /// with `title`.
    pub fn window_geometry(&self, class: &str, title: &str) -> Option<(i64, i64, i64, i64)> {
        let ids = self.xdotool(&["search", "--class", class]);
        ids.split_whitespace().find_map(|id| {
            self.xdotool(&["getwindowname", id])
                .starts_with(title)
                .then_some(())?;
            let text = self.xdotool(&["getwindowgeometry", "--shell", id]);
            let field = |name: &str| -> Option<i64> {
                text.lines()
                    .find_map(|l| l.strip_prefix(&format!("{name}=")))?
                    .trim()
                    .parse()
                    .ok()
            };
            Some((field("X")?, field("Y")?, field("WIDTH")?, field("HEIGHT")?))
        })
    }

    fn xdotool(&self, args: &[&str]) -> String {
        let out = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .output()
            .unwrap_or_else(|e| panic!("xdotool: {e}"));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

/// The display (":N") of the Xwayland that process `parent` started.
fn xwayland_display_of(parent: u32) -> Option<String> {
    fs::read_dir("/proc").ok()?.find_map(|entry| {
        let dir = entry.ok()?.path();
        let stat = fs::read_to_string(dir.join("stat")).ok()?;
        // pid (comm) state ppid ...: comm may hold spaces, so split after its ')'.
        let (head, rest) = stat.rsplit_once(") ")?;
        let ppid: u32 = rest.split_whitespace().nth(1)?.parse().ok()?;
        (ppid == parent && head.ends_with("(Xwayland")).then_some(())?;
        let cmdline = fs::read(dir.join("cmdline")).ok()?;
        cmdline
            .split(|&b| b == 0)
            .filter_map(|arg| std::str::from_utf8(arg).ok())
            .find(|arg| arg.starts_with(':') && arg[1..].parse::<u32>().is_ok())
            .map(str::to_string)
    })
}

impl KWin {
    pub fn start(dir: &Path) -> KWin {
        KWin::spawn(dir, &["--width", "1024", "--height", "768"])
    }

    fn spawn(dir: &Path, options: &[&str]) -> KWin {
        // Debian's kwin_wayland carries the file capability cap_sys_resource, and exec of such a
        // file fails with EPERM for a user whose bounding set lacks it (containers, CI): a copy
        // has no capabilities and runs.
        let bin = dir.join("kwin_wayland");
        fs::copy("/usr/bin/kwin_wayland", &bin)
            .unwrap_or_else(|e| panic!("copy kwin_wayland (Debian package kwin-wayland): {e}"));
        let runtime = PathBuf::from(std::env::var_os("XDG_RUNTIME_DIR").unwrap_or_default());
        // One socket name per KWin: a stopped one may leave its socket file behind.
        static STARTED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let nth = STARTED.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let name = format!("kwin-pb-{}-{nth}", std::process::id());
        let log = fs::File::create(dir.join("logs/kwin.log"))
            .or_else(|_| fs::File::create(dir.join("kwin.log")))
            .unwrap_or_else(|e| panic!("kwin log: {e}"));
        let child = std::process::Command::new(&bin)
            .args(["--virtual", "--no-lockscreen", "--no-global-shortcuts"])
            .args(options)
            .args(["--socket", &name])
            .env_remove("WAYLAND_DISPLAY")
            .env("QT_QPA_PLATFORM", "offscreen")
            // Lets the test's fake-input client in (KWin restricts it to listed programs).
            .env("KWIN_WAYLAND_NO_PERMISSION_CHECKS", "1")
            .stdin(std::process::Stdio::null())
            .stdout(log.try_clone().unwrap_or_else(|e| panic!("kwin log: {e}")))
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start kwin_wayland: {e}"));
        let socket = runtime.join(&name);
        let mut kwin = KWin { child, socket };
        wait_until("kwin_wayland's socket", Duration::from_secs(20), || {
            assert!(
                matches!(kwin.child.try_wait(), Ok(None)),
                "kwin_wayland exited; see {}",
                dir.join("logs/kwin.log").display()
            );
            kwin.socket.exists().then_some(())
        });
        // The socket appears before KWin serves clients (it loads effects and scripts first):
        // ready once a registry roundtrip is answered.
        let stream = std::os::unix::net::UnixStream::connect(&kwin.socket)
            .unwrap_or_else(|e| panic!("connect {}: {e}", kwin.socket.display()));
        let conn = Connection::from_socket(stream).unwrap_or_else(|e| panic!("Wayland: {e}"));
        registry_queue_init::<FakeState>(&conn).unwrap_or_else(|e| panic!("KWin registry: {e}"));
        kwin
    }
}

impl Drop for KWin {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct FakeState;

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for FakeState {
    fn event(
        _: &mut Self,
        _: &wl_registry::WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

type FakeInputProxy =
    wayland_protocols_plasma::fake_input::client::org_kde_kwin_fake_input::OrgKdeKwinFakeInput;

impl Dispatch<FakeInputProxy, ()> for FakeState {
    fn event(
        _: &mut Self,
        _: &FakeInputProxy,
        _: <FakeInputProxy as wayland_client::Proxy>::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

/// Moves KWin's pointer by one pixel through org_kde_kwin_fake_input: input, as far as the
/// compositor's idle timers are concerned.
pub fn kwin_input(socket: &Path) {
    let stream = std::os::unix::net::UnixStream::connect(socket)
        .unwrap_or_else(|e| panic!("connect {}: {e}", socket.display()));
    let conn = Connection::from_socket(stream).unwrap_or_else(|e| panic!("Wayland: {e}"));
    let (globals, mut queue) =
        registry_queue_init::<FakeState>(&conn).unwrap_or_else(|e| panic!("registry: {e}"));
    let fake: FakeInputProxy = globals
        .bind(&queue.handle(), 1..=4, ())
        .unwrap_or_else(|e| panic!("org_kde_kwin_fake_input: {e}"));
    fake.authenticate("posture-break tests".into(), "user input".into());
    fake.pointer_motion(1.0, 0.0);
    queue
        .roundtrip(&mut FakeState)
        .unwrap_or_else(|e| panic!("roundtrip: {e}"));
}

/// A terminal the user is working in: the window that has the focus before ours.
pub fn terminal() -> Daemon {
    foot("pb-terminal")
}

/// A real Wayland client (foot) with app id `app_id`, mapped and focused.
pub fn foot(app_id: &str) -> Daemon {
    let child: Child = Command::new("foot")
        .args(["--app-id", app_id, "sh", "-c", "sleep 600"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start foot: {e}"));
    let pid = child.id();
    wait_view(
        "the terminal mapped and focused",
        pid,
        Duration::from_secs(10),
        |v| v["focused"] == true,
    );
    Daemon(child)
}

/// Waits until mako shows the app's reminder; returns its notification id.
pub fn wait_reminder_in_mako(app: &mut App, timeout: Duration) -> u64 {
    poll(timeout, || {
        assert!(app.alive(), "the app died\n{}", app.context());
        mako_list()
            .into_iter()
            .find(|(_, app_name, summary)| {
                app_name == "posture-break" && summary.starts_with("Time for a")
            })
            .map(|(id, ..)| id)
    })
    .unwrap_or_else(|| {
        panic!(
            "mako shows no reminder within {timeout:?}: {:?}\n{}",
            mako_list(),
            app.context()
        )
    })
}
