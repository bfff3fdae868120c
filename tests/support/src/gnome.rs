//! A real GNOME Shell 43, for a session of tests/desktop/gnome-session.sh: what the shell knows
//! (its windows, the app each belongs to, the dash), asked through `org.gnome.Shell.Eval` (the
//! session runs the shell with --unsafe-mode); launching the app as the shell's app grid and
//! dash do (`Shell.App.activate`, `launch_action`); screenshots of the Xvfb display it draws on.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;

use crate::env::{count_deferred, not_in_session};
use crate::{gdbus_call, tool, wait_until, Gv, Sandbox};

/// The launcher's id, as GNOME's app system names it.
pub const APP_ID: &str = "io.github.posture_break.desktop";

// Built in: the session's unprivileged user may not be able to read the checkout.
const PACKAGED_ENTRY: &str =
    include_str!("../../../packaging/linux/io.github.posture_break.desktop");
const ICON: &[u8] = include_bytes!("../../../assets/icons/posture-break.svg");

/// Inside a GNOME Shell session in `mode` (x11, x11-appindicator, wayland), or None after
/// saying why not. A session in another mode, or run-all's X11 session (PB_LATER_SESSIONS),
/// defers the test to the session of its mode; elsewhere it is skipped (a failure with CI or
/// PB_REQUIRE_DESKTOP).
pub fn in_gnome(test: &str, mode: &str) -> Option<()> {
    let set = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    match std::env::var("PB_GNOME_MODE") {
        Ok(current) if current == mode => return Some(()),
        Ok(_) => {
            count_deferred();
            return None;
        }
        Err(_) if set("PB_LATER_SESSIONS") => {
            count_deferred();
            return None;
        }
        Err(_) => {}
    }
    not_in_session(
        test,
        &format!("no GNOME Shell session; run inside PB_GNOME_MODE={mode} tests/desktop/gnome-session.sh"),
    )
}

/// Runs `js`, a function body, in GNOME Shell; what it returns (the shell sends it as JSON).
pub fn eval(js: &str) -> Result<Value, String> {
    let code = format!("(() => {{ {js} }})()");
    let reply = gdbus_call(&[
        "--dest",
        "org.gnome.Shell",
        "--object-path",
        "/org/gnome/Shell",
        "--method",
        "org.gnome.Shell.Eval",
        &code,
    ])?;
    let Gv::Tuple(parts) = reply else {
        return Err(format!("Eval answered {reply:?}"));
    };
    match parts.as_slice() {
        [Gv::Bool(true), Gv::Str(json)] => {
            serde_json::from_str(json).map_err(|e| format!("Eval's JSON {json:?}: {e}"))
        }
        other => Err(format!("Eval of {js:?} failed: {other:?}")),
    }
}

/// Every window GNOME Shell manages for process `pid`: title, X11 class, Wayland app id, the
/// app GNOME puts it under (the dash's and Alt+Tab's icon), and its frame on the screen.
pub fn windows_of(pid: u32) -> Vec<Value> {
    let js = format!(
        "const tracker = imports.gi.Shell.WindowTracker.get_default();
         return global.get_window_actors().map(a => a.meta_window)
           .filter(w => w.get_pid() === {pid})
           .map(w => {{ const r = w.get_frame_rect(); const app = tracker.get_window_app(w);
             return {{ title: w.get_title(), wm_class: w.get_wm_class(),
               app_id: w.get_gtk_application_id() || w.get_sandboxed_app_id() || null,
               wayland: w.get_client_type() === 0, app: app ? app.get_id() : null,
               focused: w.has_focus(), shown: w.showing_on_its_workspace(),
               x: r.x, y: r.y, width: r.width, height: r.height }}; }});"
    );
    match eval(&js) {
        Ok(Value::Array(windows)) => windows,
        _ => vec![],
    }
}

/// Waits for a window of `pid` whose title starts with `title` to show on the screen.
pub fn wait_window(pid: u32, title: &str, timeout: Duration) -> Value {
    wait_until(
        &format!("a window {title:?} of {pid} in GNOME Shell"),
        timeout,
        || {
            windows_of(pid).into_iter().find(|w| {
                w["shown"] == true && w["title"].as_str().is_some_and(|t| t.starts_with(title))
            })
        },
    )
}

/// A screenshot once the windows just shown have been painted (mutter shows a window after its
/// first frame; the compositor paints it a frame later).
pub fn screenshot_settled(dir: &Path, name: &str) -> PathBuf {
    std::thread::sleep(Duration::from_millis(700));
    screenshot(dir, name)
}

/// Waits until `pid` has no window titled `title` (prefix).
pub fn wait_no_window(pid: u32, title: &str, timeout: Duration) {
    wait_until(&format!("no window {title:?} of {pid}"), timeout, || {
        let gone = !windows_of(pid)
            .iter()
            .any(|w| w["title"].as_str().is_some_and(|t| t.starts_with(title)));
        gone.then_some(())
    });
}

/// Shows or hides the Activities overview, and waits until it is done animating.
pub fn overview(show: bool) {
    let verb = if show { "show" } else { "hide" };
    eval(&format!("Main.overview.{verb}(); return true;")).unwrap_or_else(|e| panic!("{e}"));
    wait_until("the overview to settle", Duration::from_secs(10), || {
        let state = eval("return [Main.overview.visible, Main.overview.animationInProgress];");
        (state.ok()? == serde_json::json!([show, false])).then_some(())
    });
}

/// The app ids of the dash's icons (favourites and running apps), in order.
pub fn dash_apps() -> Vec<String> {
    let js = "return Main.overview.dash._box.get_children()
                .map(c => c.child && c.child.app ? c.child.app.get_id() : null)
                .filter(id => id);";
    match eval(js) {
        Ok(Value::Array(ids)) => ids
            .into_iter()
            .filter_map(|id| id.as_str().map(str::to_string))
            .collect(),
        _ => vec![],
    }
}

/// Installs the app's launcher where GNOME's app system finds it ($XDG_DATA_HOME/applications of
/// the session), the packaged entry with each `Exec` pointed at `sandbox`'s app (its binary and
/// its private XDG dirs), and the app's icon in the hicolor theme; waits until GNOME knows it.
pub fn install_launcher(sandbox: &Sandbox, bin: &Path) -> PathBuf {
    // `env`'s options (-u) come before its assignments: after one, the rest is the command.
    let mut env = String::from("env");
    for (var, value) in &sandbox.env {
        if value.is_none() {
            env += &format!(" -u {var}");
        }
    }
    for (var, value) in &sandbox.env {
        if let Some(value) = value {
            env += &format!(" {var}={}", value.to_string_lossy());
        }
    }
    let exec = format!("Exec={env} {}", bin.display());
    let entry: String = PACKAGED_ENTRY
        .lines()
        .map(|line| match line.strip_prefix("Exec=posture-break") {
            Some(rest) => format!("{exec}{rest}\n"),
            None => format!("{line}\n"),
        })
        .collect();
    let data =
        PathBuf::from(std::env::var_os("XDG_DATA_HOME").expect("the session's XDG_DATA_HOME"));
    let apps = data.join("applications");
    let icons = data.join("icons/hicolor/scalable/apps");
    for dir in [&apps, &icons] {
        fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    }
    fs::write(icons.join("posture-break.svg"), ICON).unwrap_or_else(|e| panic!("the icon: {e}"));
    let path = apps.join(APP_ID);
    fs::write(&path, entry).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    wait_until(
        "GNOME's app system to know the launcher",
        Duration::from_secs(15),
        || {
            let js = format!(
                "return imports.gi.Shell.AppSystem.get_default().lookup_app('{APP_ID}') !== null;"
            );
            (eval(&js).ok()? == Value::Bool(true)).then_some(())
        },
    );
    path
}

/// Launches the app as a click on its icon in the app grid or the dash does.
pub fn activate_launcher() {
    let js = format!(
        "imports.gi.Shell.AppSystem.get_default().lookup_app('{APP_ID}').activate(); return true;"
    );
    eval(&js).unwrap_or_else(|e| panic!("{e}"));
}

/// Runs one of the launcher's Desktop Actions (its right-click menu in the dash).
pub fn launch_action(action: &str) {
    let js = format!(
        "imports.gi.Shell.AppSystem.get_default().lookup_app('{APP_ID}')
           .launch_action('{action}', 0, -1); return true;"
    );
    eval(&js).unwrap_or_else(|e| panic!("{e}"));
}

/// The whole Xvfb display GNOME Shell draws on (in Wayland mode, the nested compositor's window
/// with everything in it), as a PNG in `dir`.
pub fn screenshot(dir: &Path, name: &str) -> PathBuf {
    let display = std::env::var("PB_GNOME_DISPLAY").expect("PB_GNOME_DISPLAY");
    let path = dir.join(format!("{name}.png"));
    tool(
        "import",
        &[
            "-display",
            &display,
            "-window",
            "root",
            &path.display().to_string(),
        ],
    )
    .unwrap_or_else(|e| panic!("import: {e}"));
    path
}

/// Real pointer input on the Xvfb display GNOME Shell draws on (in Wayland mode the nested
/// compositor passes it on to its Wayland clients): a left click at (x, y).
pub fn click(x: i64, y: i64) {
    host_pointer(&[
        "mousemove",
        "--sync",
        &x.to_string(),
        &y.to_string(),
        "click",
        "1",
    ]);
}

/// Presses the left button at `from`, moves to `to` in steps, releases: a drag.
pub fn drag(from: (i64, i64), to: (i64, i64)) {
    host_pointer(&[
        "mousemove",
        "--sync",
        &from.0.to_string(),
        &from.1.to_string(),
    ]);
    host_pointer(&["mousedown", "1"]);
    for step in 1..=8 {
        let x = from.0 + (to.0 - from.0) * step / 8;
        let y = from.1 + (to.1 - from.1) * step / 8;
        std::thread::sleep(Duration::from_millis(40));
        host_pointer(&["mousemove", "--sync", &x.to_string(), &y.to_string()]);
    }
    std::thread::sleep(Duration::from_millis(100));
    host_pointer(&["mouseup", "1"]);
}

fn host_pointer(args: &[&str]) {
    let display = std::env::var("PB_GNOME_DISPLAY").expect("PB_GNOME_DISPLAY");
    let out = std::process::Command::new("xdotool")
        .args(args)
        .env("DISPLAY", &display)
        .output()
        .unwrap_or_else(|e| panic!("xdotool: {e}"));
    assert!(
        out.status.success(),
        "xdotool {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
