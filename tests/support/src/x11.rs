//! X11: displays (Xvfb), input (xdotool), windows, a window manager, screenshots.

use std::fs;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::Duration;

use crate::{poll, spawn_ready_line, tool, wait_until, App, Sandbox};

pub const WINDOW_TITLE_PREFIX: &str = "posture-break — ";

pub static WINDOWS_LOCK: Mutex<()> = Mutex::new(());

/// Serialises the tests that open stretch windows: keys go to the focused window and clicks to
/// the window on top, and every stretch window opens at the same place (centred). Take it
/// after `notifications_lock` when a test needs both.
pub fn windows_lock() -> MutexGuard<'static, ()> {
    WINDOWS_LOCK.lock().unwrap_or_else(PoisonError::into_inner)
}

pub struct Window {
    pub id: String,
    pub title: String,
}

impl Window {
    pub fn visible(&self) -> bool {
        visible_windows().iter().any(|(id, _)| *id == self.id)
    }

    /// Its size in pixels (xdotool's geometry).
    pub fn size(&self) -> (u32, u32) {
        let geometry = tool("xdotool", &["getwindowgeometry", &self.id])
            .unwrap_or_else(|e| panic!("window geometry: {e}"));
        geometry
            .lines()
            .find_map(|l| l.trim().strip_prefix("Geometry: "))
            .and_then(|g| g.split_once('x'))
            .and_then(|(w, h)| Some((w.parse::<u32>().ok()?, h.parse::<u32>().ok()?)))
            .unwrap_or_else(|| panic!("no size in {geometry:?}"))
    }

    /// Waits (5 s at most) until the window is gone; `how` names what should have closed it.
    pub fn wait_gone(&self, app: &mut App, how: &str) {
        poll(Duration::from_secs(5), || (!self.visible()).then_some(()))
            .unwrap_or_else(|| panic!("{how} did not close window {}\n{}", self.id, app.context()));
    }

    /// Waits until the window shows its first frame (not one flat colour). A key pressed
    /// before that may be lost: winit is still setting the window up.
    pub fn wait_drawn(&self, name: &str) {
        poll(Duration::from_secs(5), || {
            (image_spread(&self.capture(name)) > 0.02).then_some(())
        })
        .unwrap_or_else(|| panic!("window {} never drew a frame", self.id));
    }

    /// Gives the window the keyboard focus and presses `key` (an X keysym name: space, Return,
    /// Escape) through XTEST, as a keyboard does. Hold `windows_lock`.
    pub fn press(&self, key: &str) {
        tool("xdotool", &["windowfocus", "--sync", &self.id])
            .unwrap_or_else(|e| panic!("focusing window {}: {e}", self.id));
        tool("xdotool", &["key", "--clearmodifiers", key])
            .unwrap_or_else(|e| panic!("pressing {key}: {e}"));
    }

    /// Moves the pointer to (x, y) inside the window and clicks the left button (XTEST).
    pub fn click_at(&self, x: u32, y: u32) {
        let (x, y) = (x.to_string(), y.to_string());
        tool(
            "xdotool",
            &["mousemove", "--sync", "--window", &self.id, &x, &y],
        )
        .unwrap_or_else(|e| panic!("moving the pointer into window {}: {e}", self.id));
        thread::sleep(Duration::from_millis(100)); // let the app see the pointer over the button
        tool("xdotool", &["click", "1"]).unwrap_or_else(|e| panic!("clicking: {e}"));
    }

    /// Asks the window to close the way a window manager's close button does: a
    /// WM_PROTOCOLS / WM_DELETE_WINDOW ClientMessage. (`xdotool windowclose` destroys the window
    /// instead, which no user can do, and there is no window manager here.)
    pub fn request_close(&self) {
        let window: u32 = self
            .id
            .parse()
            .unwrap_or_else(|e| panic!("window id {:?}: {e}", self.id));
        let mut x = X11::connect();
        let protocols = x.intern_atom("WM_PROTOCOLS");
        let delete = x.intern_atom("WM_DELETE_WINDOW");
        let mut event = vec![33u8, 32, 0, 0]; // ClientMessage, format 32, sequence
        for word in [window, protocols, delete, 0, 0, 0, 0] {
            event.extend_from_slice(&word.to_le_bytes());
        }
        // SendEvent(propagate = false, destination, event-mask = 0: to the window's owner).
        let mut request = vec![25u8, 0, 11, 0];
        request.extend_from_slice(&window.to_le_bytes());
        request.extend_from_slice(&0u32.to_le_bytes());
        request.extend_from_slice(&event);
        x.send(&request);
        x.intern_atom("WM_PROTOCOLS"); // a round trip: the event has been sent
    }

    /// The width and height of the first image in the window's `_NET_WM_ICON` (what panels, docks
    /// and Alt+Tab show), and how many pixels it holds; `None` when the window has no icon.
    pub fn icon(&self) -> Option<(u32, u32, usize)> {
        // The format makes xprop print the numbers (by default it draws the icon in text).
        let text = tool(
            "xprop",
            &[
                "-id",
                &self.id,
                "-f",
                "_NET_WM_ICON",
                "32c",
                "=$0+\n",
                "_NET_WM_ICON",
            ],
        )
        .ok()?;
        let values = text.split_once('=')?.1;
        let numbers: Vec<u64> = values
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter_map(|v| v.trim().parse().ok())
            .collect();
        let (w, h) = (*numbers.first()? as u32, *numbers.get(1)? as u32);
        let pixels = numbers.len().saturating_sub(2);
        Some((w, h, pixels))
    }

    /// Just this window, as a PNG in target/screenshots.
    pub fn capture(&self, name: &str) -> PathBuf {
        let path = screenshot_dir().join(format!("{name}.png"));
        let shot = path.display().to_string();
        tool("import", &["-window", &self.id, &shot])
            .unwrap_or_else(|e| panic!("screenshot of window {}: {e}", self.id));
        path
    }
}

/// Just enough of the X11 protocol (over the display's Unix socket) to send a ClientMessage.
pub struct X11 {
    stream: std::os::unix::net::UnixStream,
}

impl X11 {
    pub fn connect() -> X11 {
        use std::io::{Read, Write};
        let display = std::env::var("DISPLAY").unwrap_or_default();
        let number = display
            .trim_start_matches(':')
            .split('.')
            .next()
            .unwrap_or_default()
            .to_string();
        let path = format!("/tmp/.X11-unix/X{number}");
        let mut stream = std::os::unix::net::UnixStream::connect(&path)
            .unwrap_or_else(|e| panic!("connecting to the X server at {path}: {e}"));
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .expect("X socket timeout");
        // Connection setup: little endian, protocol 11.0, no authorisation.
        stream
            .write_all(&[b'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0])
            .expect("X setup");
        let mut head = [0u8; 8];
        stream.read_exact(&mut head).expect("X setup reply");
        let extra = usize::from(u16::from_le_bytes([head[6], head[7]])) * 4;
        let mut rest = vec![0u8; extra];
        stream.read_exact(&mut rest).expect("X setup reply");
        assert_eq!(head[0], 1, "the X server refused the connection");
        X11 { stream }
    }

    fn send(&mut self, request: &[u8]) {
        use std::io::Write;
        assert_eq!(request.len() % 4, 0);
        self.stream.write_all(request).expect("X request");
    }

    pub fn intern_atom(&mut self, name: &str) -> u32 {
        use std::io::Read;
        let pad = (4 - name.len() % 4) % 4;
        let words = u16::try_from((8 + name.len() + pad) / 4).expect("atom name length");
        let len = u16::try_from(name.len()).expect("atom name length");
        let mut request = vec![16u8, 0];
        request.extend_from_slice(&words.to_le_bytes());
        request.extend_from_slice(&len.to_le_bytes());
        request.extend_from_slice(&[0, 0]);
        request.extend_from_slice(name.as_bytes());
        request.extend(std::iter::repeat_n(0u8, pad));
        self.send(&request);
        let mut reply = [0u8; 32];
        self.stream
            .read_exact(&mut reply)
            .expect("InternAtom reply");
        assert_eq!(reply[0], 1, "InternAtom {name}: X error {reply:?}");
        u32::from_le_bytes([reply[8], reply[9], reply[10], reply[11]])
    }
}

/// Visible windows whose title starts with "posture-break — ": (id, title). `search --name`
/// matches the legacy WM_NAME, where the dash is not stored as UTF-8, so it only selects
/// candidates; the title compared is _NET_WM_NAME (what `getwindowname` prints).
/// The title of the app's own window (`posture-break open`).
pub const APP_WINDOW_TITLE: &str = "posture-break";

pub fn visible_windows() -> Vec<(String, String)> {
    let ids = tool(
        "xdotool",
        &["search", "--onlyvisible", "--name", "^posture-break"],
    )
    .unwrap_or_default();
    ids.lines()
        .filter_map(|id| {
            let title = tool("xdotool", &["getwindowname", id.trim()]).ok()?;
            let title = title.trim_end_matches('\n').to_string();
            // The stretch and week windows ("posture-break — …"), and the app's own window.
            (title.starts_with(WINDOW_TITLE_PREFIX) || title == APP_WINDOW_TITLE)
                .then(|| (id.trim().to_string(), title))
        })
        .collect()
}

/// Waits for a visible window titled exactly `title` of process `pid` (the app's own window,
/// the week window), on the test's display.
pub fn wait_window_titled(pid: u32, title: &str, timeout: Duration) -> Window {
    poll(timeout, || {
        visible_windows()
            .into_iter()
            .filter(|(_, shown)| shown == title)
            .find_map(|(id, shown)| {
                let owner = tool("xdotool", &["getwindowpid", &id]).ok()?;
                (owner.trim() == pid.to_string()).then_some(Window { id, title: shown })
            })
    })
    .unwrap_or_else(|| panic!("no visible window {title:?} of pid {pid} within {timeout:?}"))
}

/// Waits for the app's stretch window (matched by _NET_WM_PID, since parallel tests may have
/// windows of their own).
pub fn wait_window(app: &mut App, timeout: Duration) -> Window {
    let mut seen = vec![];
    poll(timeout, || {
        assert!(
            app.alive(),
            "the app died while waiting for its window\n{}",
            app.context()
        );
        seen = visible_windows();
        let stretch_or_week = seen
            .iter()
            .filter(|(_, t)| t.starts_with(WINDOW_TITLE_PREFIX));
        stretch_or_week.into_iter().find_map(|(id, title)| {
            let pid = tool("xdotool", &["getwindowpid", id]).ok()?;
            (pid.trim() == app.pid.to_string()).then(|| Window {
                id: id.clone(),
                title: title.clone(),
            })
        })
    })
    .unwrap_or_else(|| {
        panic!(
            "no visible \"{WINDOW_TITLE_PREFIX}…\" window of pid {} (windows seen: {seen:?})\n{}",
            app.pid,
            app.context()
        )
    })
}

/// target/screenshots, found from the test binary in target/PROFILE/deps/ (cargo's
/// CARGO_TARGET_TMPDIR, target/tmp, is only known to the test crates themselves); the temp dir
/// for a binary run from elsewhere.
pub fn screenshot_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("the test binary's path: {e}"));
    let target = exe
        .ancestors()
        .find(|dir| dir.file_name().is_some_and(|name| name == "deps"))
        .and_then(|deps| deps.parent()?.parent())
        .map_or_else(std::env::temp_dir, Path::to_path_buf);
    let dir = target.join("screenshots");
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

/// The whole screen, as a PNG in target/screenshots.
pub fn screenshot(name: &str) -> PathBuf {
    let path = screenshot_dir().join(format!("{name}.png"));
    tool("import", &["-window", "root", &path.display().to_string()])
        .unwrap_or_else(|e| panic!("screenshot: {e}"));
    let size = fs::metadata(&path).map_or(0, |m| m.len());
    assert!(size > 0, "empty screenshot {}", path.display());
    path
}

/// Standard deviation of the pixel values (0 = a single flat colour).
pub fn image_spread(png: &Path) -> f64 {
    let out = tool(
        "identify",
        &[
            "-format",
            "%[fx:standard_deviation]",
            &png.display().to_string(),
        ],
    )
    .unwrap_or_else(|e| panic!("identify: {e}"));
    out.trim()
        .parse()
        .unwrap_or_else(|e| panic!("identify printed {out:?}: {e}"))
}

/// openbox on the session's display; stopped when dropped.
pub struct WindowManager {
    child: Child,
}

impl WindowManager {
    pub fn start() -> WindowManager {
        let child = Command::new("openbox")
            .arg("--sm-disable")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start openbox: {e}"));
        wait_until(
            "openbox to manage the screen",
            Duration::from_secs(10),
            || {
                tool("xprop", &["-root", "_NET_SUPPORTING_WM_CHECK"])
                    .ok()
                    .filter(|out| out.contains("window id"))
            },
        );
        WindowManager { child }
    }
}

impl Drop for WindowManager {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A real window (xmessage) named `name`; closed when dropped.
pub struct XMessage {
    child: Child,
    name: String,
}

impl XMessage {
    pub fn open(name: &str) -> XMessage {
        let child = Command::new("xmessage")
            .args(["-name", name, "-title", name, "a film"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start xmessage: {e}"));
        wait_until("the xmessage window", Duration::from_secs(10), || {
            tool("xdotool", &["search", "--onlyvisible", "--name", name]).ok()
        });
        XMessage {
            child,
            name: name.to_string(),
        }
    }

    /// Fullscreen (or not) and focused, through the window manager (EWMH).
    pub fn set_fullscreen(&self, on: bool) {
        let change = if on {
            "add,fullscreen"
        } else {
            "remove,fullscreen"
        };
        // A window just mapped may not be in the window manager's client list yet (wmctrl
        // then finds no such window): ask until it is.
        wait_until(
            &format!("wmctrl -r {} -b {change}", self.name),
            Duration::from_secs(5),
            || tool("wmctrl", &["-r", &self.name, "-b", change]).ok(),
        );
        tool("wmctrl", &["-a", &self.name]).unwrap_or_else(|e| panic!("wmctrl -a: {e}"));
        wait_until(
            "the window manager to apply it",
            Duration::from_secs(5),
            || {
                let state = tool("xprop", &["-name", &self.name, "_NET_WM_STATE"]).ok()?;
                (state.contains("_NET_WM_STATE_FULLSCREEN") == on).then_some(())
            },
        );
    }
}

impl Drop for XMessage {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What `xwininfo -root -tree` prints for one window: its id, name, class and depth in the tree.
#[derive(Debug, Clone)]
pub struct TreeWindow {
    pub id: String,
    pub name: String,
    /// `("instance" "Class")` as printed, or empty.
    pub class: String,
    pub depth: usize,
    /// x, y on the screen, width, height.
    pub geometry: (i32, i32, u32, u32),
    /// The windows it is nested in, outermost first (ids).
    pub ancestors: Vec<String>,
}

/// Parses `xwininfo -root -tree`: one line per window, nested by indentation.
pub fn parse_window_tree(text: &str) -> Vec<TreeWindow> {
    let mut out: Vec<TreeWindow> = vec![];
    let mut stack: Vec<(usize, String)> = vec![];
    for line in text.lines() {
        let trimmed = line.trim_start();
        if !trimmed.starts_with("0x") {
            continue;
        }
        let indent = line.len() - trimmed.len();
        let Some((id, rest)) = trimmed.split_once(' ') else {
            continue;
        };
        let (name, rest) = match rest.strip_prefix('"') {
            Some(quoted) => match quoted.split_once("\": ") {
                Some((name, rest)) => (name.to_string(), rest),
                None => continue,
            },
            None => (String::new(), rest.split_once(": ").map_or("", |(_, r)| r)),
        };
        let (class, geometry) = match rest.split_once(")  ") {
            Some((class, geometry)) => (class.trim_start_matches('(').to_string(), geometry),
            None => (String::new(), rest),
        };
        // "22x22+0+0  +1001+1": size and position in the parent, then on the screen.
        let mut parts = geometry.split_whitespace();
        let size = parts.next().unwrap_or_default();
        let abs = parts.next().unwrap_or_default();
        let (w, h) = size
            .split(['+', '-'])
            .next()
            .and_then(|wh| wh.split_once('x'))
            .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
            .unwrap_or((0, 0));
        let coords: Vec<i32> = abs
            .replace('-', " -")
            .replace('+', " ")
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        let (x, y) = (
            coords.first().copied().unwrap_or(0),
            coords.get(1).copied().unwrap_or(0),
        );
        while stack.last().is_some_and(|(d, _)| *d >= indent) {
            stack.pop();
        }
        out.push(TreeWindow {
            id: id.to_string(),
            name,
            class,
            depth: stack.len(),
            geometry: (x, y, w, h),
            ancestors: stack.iter().map(|(_, id)| id.clone()).collect(),
        });
        stack.push((indent, id.to_string()));
    }
    out
}

/// An Xvfb display of a test's own (nothing runs on it but what the test starts); stopped when
/// dropped.
pub struct PrivateDisplay {
    pub display: String,
    xvfb: Child,
}

impl PrivateDisplay {
    pub fn start(logs: &Path) -> PrivateDisplay {
        // -displayfd: Xvfb picks a free display itself and prints its number once it is ready.
        let mut cmd = Command::new("Xvfb");
        cmd.args(["-displayfd", "1", "-screen", "0", "1024x768x24"])
            .args(["-nolisten", "tcp", "-noreset"]);
        let (xvfb, number) = spawn_ready_line(cmd, &logs.join("xvfb.log"));
        PrivateDisplay {
            display: format!(":{number}"),
            xvfb,
        }
    }
}

impl Drop for PrivateDisplay {
    fn drop(&mut self) {
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
    }
}

impl Sandbox {
    /// The app on an X display of its own: no tray of the session's panel (xfce4-panel is an
    /// XEmbed tray too), no windows of other tests.
    pub fn use_private_display(&mut self) -> PrivateDisplay {
        let display = PrivateDisplay::start(&self.root().join("logs"));
        self.set_env("DISPLAY", Some(&display.display));
        display
    }
}

/// RGB pixels of a PNG (any colour type) with its width.
pub fn png_rgb(path: &Path) -> (Vec<[u8; 3]>, u32) {
    let file = fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut decoder = png::Decoder::new(BufReader::new(file));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder
        .read_info()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut buf = vec![0; reader.output_buffer_size().expect("png buffer size")];
    let info = reader
        .next_frame(&mut buf)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let channels = info.color_type.samples();
    let pixels = buf[..info.buffer_size()]
        .chunks_exact(channels)
        .map(|p| match channels {
            1 | 2 => [p[0]; 3],
            _ => [p[0], p[1], p[2]],
        })
        .collect();
    (pixels, info.width)
}

/// Keyboard or mouse input, as far as the X server can tell (XTEST): resets its idle counter.
pub fn user_input() {
    tool("xdotool", &["mousemove_relative", "--", "1", "0"])
        .unwrap_or_else(|e| panic!("xdotool: {e}"));
}
