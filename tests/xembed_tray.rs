//! The tray icon on X11 panels that speak only XEmbed, end to end: the real binary on a private
//! Xvfb display with Debian's trayer (the System Tray Protocol, no StatusNotifierWatcher) and a
//! private session bus; xfce4-panel as the watcher that appears later. Input is XTEST
//! (xdotool), as a user's.
#![cfg(target_os = "linux")] // the desktop harness drives Linux desktop parts

use posture_break_test_support as support;

use std::path::Path;
use std::time::Duration;

use support::*;

const MENU: &str = "posture-break menu";
const SUBMENU: &str = "posture-break menu 1";

/// Menu geometry, as src/shell/platform/linux/xembed_tray/popup.rs lays it out at scale 1: 4 px
/// padding, rows 26 px, separators 9 px. The menu is the tray's: status line, separator, Start
/// stretch now, Snooze ▸ (5, 10, 20 minutes), ...
const SNOOZE_ROW_Y: i32 = 4 + 26 + 9 + 26 + 13;
const FIRST_ROW_Y: i32 = 4 + 13;

/// The app's icon colour: the most common opaque colour of the active icon.
fn icon_colour() -> [u8; 3] {
    let png = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons/active-48.png");
    let pixmap = Pixmap::from_png(&png);
    let mut counts = std::collections::HashMap::<[u8; 3], usize>::new();
    for p in pixmap.argb.chunks_exact(4).filter(|p| p[0] == 255) {
        *counts.entry([p[1], p[2], p[3]]).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(c, _)| c)
        .expect("an opaque pixel")
}

/// Share of the pixels in the screen rectangle (x, y, w, h) close to `colour`.
fn share_of(shot: &Path, (x, y, w, h): (i32, i32, u32, u32), colour: [u8; 3]) -> f64 {
    let (pixels, width) = png_rgb(shot);
    let mut near = 0;
    let mut all = 0;
    for py in y.max(0)..y + h as i32 {
        for px in x.max(0)..x + w as i32 {
            let Some(p) = pixels.get(py as usize * width as usize + px as usize) else {
                continue;
            };
            all += 1;
            let d: i32 = (0..3)
                .map(|i| (i32::from(p[i]) - i32::from(colour[i])).abs())
                .sum();
            if d < 60 {
                near += 1;
            }
        }
    }
    near as f64 / all.max(1) as f64
}

fn started(test: &str) -> Option<(Sandbox, XEmbedDesktop, App)> {
    let bin = setup(test, Need::Desktop)?;
    let mut sandbox = Sandbox::new(&bin);
    let mut desktop = XEmbedDesktop::start(&mut sandbox);
    desktop.start_trayer();
    desktop.user_input();
    let app = sandbox.start_app();
    Some((sandbox, desktop, app))
}

/// Right-clicks the docked icon (the menu's button everywhere; today a left click opens it
/// too) and waits for the menu; returns the menu window's geometry.
fn open_menu(desktop: &XEmbedDesktop, icon: &TreeWindow) -> (i32, i32, u32, u32) {
    let (x, y, w, h) = icon.geometry;
    desktop.click_button(x + w as i32 / 2, y + h as i32 / 2, 3);
    let menu = desktop.wait_focused_window_named(MENU);
    desktop.geometry(&menu)
}

fn assert_snoozed_5_minutes(sandbox: &Sandbox, app: &mut App, before: i64) {
    let status = sandbox.wait_status(
        app,
        "the snooze from the XEmbed menu",
        Duration::from_secs(5),
        |s| s["state"] == "snoozed",
    );
    assert_until_near(&status, before, now_secs(), 300);
}

/// Under trayer alone the icon is docked (reparented into trayer's panel, drawn there), shows
/// its tooltip when pointed at, a click opens the tray's menu next to it, and Snooze ▸ 5 minutes
/// chosen with the mouse snoozes.
#[test]
fn icon_docks_in_trayer_and_its_menu_snoozes_by_mouse() {
    let Some((sandbox, desktop, mut app)) = started("xembed_mouse") else {
        return;
    };
    let (icon, panel) = desktop.wait_docked_in_trayer(&mut app);
    assert!(
        icon.name.starts_with("posture-break: Next stretch at "),
        "the icon window carries the tooltip: {icon:?}"
    );
    poll(Duration::from_secs(5), || {
        app.log_text()
            .contains("docked in the XEmbed system tray")
            .then_some(())
    })
    .unwrap_or_else(|| panic!("the log does not say it docked\n{}", app.context()));
    assert!(
        !app.log_text().contains("no tray host"),
        "no 'no tray host' warning when trayer is there\n{}",
        app.context()
    );

    // The icon's pixels are in trayer's area: mostly the icon's colour in the icon's square,
    // none of it in the rest of the panel.
    let shot = desktop.screenshot("xembed-tray");
    let colour = icon_colour();
    let inside = share_of(&shot, icon.geometry, colour);
    assert!(
        inside > 0.3,
        "the icon's colour covers {inside:.2} of its square {:?} in {}",
        icon.geometry,
        shot.display()
    );
    let (px, py, pw, ph) = panel.geometry;
    let (ix, iy, iw, ih) = icon.geometry;
    assert!(
        ix >= px
            && iy >= py
            && ix + iw as i32 <= px + pw as i32
            && iy + ih as i32 <= py + ph as i32,
        "icon {:?} lies inside trayer's panel {:?}",
        icon.geometry,
        panel.geometry
    );
    let left_of_icon = (0, py, (ix - 1).max(0) as u32, ph);
    assert!(share_of(&shot, left_of_icon, colour) < 0.01);

    // Resting the pointer on the icon shows the tooltip; moving away takes it down.
    desktop.move_pointer(ix + iw as i32 / 2, iy + ih as i32 / 2);
    let tip = desktop.wait_window_named("posture-break tooltip");
    let (tx, ty, _, _) = desktop.geometry(&tip);
    assert!(
        ty >= iy + ih as i32 && (tx - ix).abs() < 400,
        "the tooltip {tx},{ty} is by the icon"
    );
    desktop.move_pointer(ix - 200, iy + 300);
    desktop.wait_no_window_named("posture-break tooltip");

    // A left click opens the menu too.
    desktop.click(ix + iw as i32 / 2, iy + ih as i32 / 2);
    desktop.wait_focused_window_named(MENU);
    desktop.key("Escape");
    desktop.wait_no_window_named(MENU);

    let before = now_secs();
    let (mx, my, mw, _) = open_menu(&desktop, &icon);
    desktop.screenshot("xembed-menu");
    assert!(
        (mx - (ix + iw as i32)).abs() < 400 && my >= iy,
        "the menu {mx},{my} opens next to the icon {:?}",
        icon.geometry
    );
    // Pointing at Snooze opens its submenu; clicking 5 minutes there snoozes.
    desktop.move_pointer(mx + mw as i32 / 2, my + SNOOZE_ROW_Y);
    let sub = desktop.wait_window_named(SUBMENU);
    desktop.screenshot("xembed-submenu");
    let (sx, sy, sw, _) = desktop.geometry(&sub);
    desktop.click(sx + sw as i32 / 2, sy + FIRST_ROW_Y);
    assert_snoozed_5_minutes(&sandbox, &mut app, before);
    desktop.wait_no_window_named(MENU);
    desktop.wait_no_window_named(SUBMENU);

    // The icon follows the state: the snoozed look, and the tooltip says until when.
    let (icon, _) = desktop.wait_docked_in_trayer(&mut app);
    wait_until("the tooltip to say snoozed", Duration::from_secs(5), || {
        let (icon, _) = desktop.icon_window();
        icon.filter(|i| i.name.starts_with("posture-break: Snoozed until "))
    });
    let snoozed = Pixmap::from_png(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons/snoozed-48.png"),
    );
    assert_ne!(
        snoozed.argb,
        Pixmap::from_png(&Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons/active-48.png"))
            .argb
    );
    let shot = desktop.screenshot("xembed-tray-snoozed");
    let active_share = share_of(&shot, icon.geometry, colour);
    assert!(
        active_share < inside,
        "the snoozed icon looks different from the active one ({active_share:.2} vs {inside:.2} of the active colour)"
    );
}

/// The menu by keyboard: Down, Down (Snooze), Right opens the submenu on "5 minutes", Enter
/// snoozes. Escape closes it, and so does the focus going to another window or a click outside.
#[test]
fn menu_works_by_keyboard_and_closes_on_escape_focus_loss_and_outside_clicks() {
    let Some((sandbox, desktop, mut app)) = started("xembed_keyboard") else {
        return;
    };
    let (icon, _) = desktop.wait_docked_in_trayer(&mut app);

    let before = now_secs();
    open_menu(&desktop, &icon);
    for key in ["Down", "Down", "Right"] {
        desktop.key(key);
    }
    desktop.wait_window_named(SUBMENU);
    desktop.key("Return");
    assert_snoozed_5_minutes(&sandbox, &mut app, before);
    desktop.wait_no_window_named(MENU);
    sandbox.cli_ok(&["resume"]);

    // Escape closes the submenu first, then the menu; nothing was chosen.
    open_menu(&desktop, &icon);
    for key in ["Down", "Down", "Right"] {
        desktop.key(key);
    }
    desktop.wait_window_named(SUBMENU);
    desktop.key("Escape");
    desktop.wait_no_window_named(SUBMENU);
    assert!(
        !desktop.windows_named(MENU).is_empty(),
        "Escape in the submenu closed the menu"
    );
    desktop.key("Escape");
    desktop.wait_no_window_named(MENU);
    assert_eq!(sandbox.status_ok()["state"], "active");

    // Another window takes the focus: the menu closes.
    let other = desktop
        .command("xmessage")
        .args(["-name", "other-window", "another app"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start xmessage");
    let other = Daemon(other);
    let other_id = desktop.wait_window_named("other-window");
    open_menu(&desktop, &icon);
    desktop.tool_ok("xdotool", &["windowfocus", "--sync", &other_id]);
    desktop.wait_no_window_named(MENU);

    // A click outside the menu closes it too.
    let (ox, oy, ow, oh) = desktop.geometry(&other_id);
    open_menu(&desktop, &icon);
    desktop.click(ox + ow as i32 / 2, oy + oh as i32 / 2);
    desktop.wait_no_window_named(MENU);
    drop(other);
    assert_eq!(sandbox.status_ok()["state"], "active", "nothing was chosen");
    assert!(app.alive());
}

/// A StatusNotifierWatcher that appears later (xfce4-panel) takes over: the item registers with
/// it and the XEmbed icon leaves trayer. When the panel goes, the app is back on XEmbed, and
/// docks in the tray manager that comes next (trayer started again: xfce4-panel had taken the
/// tray selection from the first one).
#[test]
fn switches_to_a_watcher_that_appears_and_back_to_xembed_when_it_goes() {
    let Some((sandbox, mut desktop, mut app)) = started("xembed_switch") else {
        return;
    };
    desktop.wait_docked_in_trayer(&mut app);

    let panel = desktop.start_panel(&sandbox);
    let tray = TrayMenu::find_on(
        &mut app,
        Duration::from_secs(10),
        Some(&desktop.bus.address),
    );
    assert!(
        tray.layout().child("Snooze").is_some(),
        "the item registered with the late watcher has the menu"
    );
    wait_until(
        "the XEmbed icon to leave the trays",
        Duration::from_secs(5),
        || desktop.icon_window().0.is_none().then_some(()),
    );

    drop(panel);
    wait_until("the watcher to go", Duration::from_secs(10), || {
        (!desktop.bus.name_has_owner(WATCHER)).then_some(())
    });
    desktop.stop_trayer();
    desktop.start_trayer();
    let (icon, _) = desktop.wait_docked_in_trayer(&mut app);
    assert!(icon.name.starts_with("posture-break: "));

    // And it still works there.
    let before = now_secs();
    open_menu(&desktop, &icon);
    for key in ["Down", "Down", "Right", "Return"] {
        desktop.key(key);
    }
    assert_snoozed_5_minutes(&sandbox, &mut app, before);
}

/// trayer quits: the icon is not left behind as a stray window, the log says there is no tray
/// host; a tray manager that starts later gets the icon (its MANAGER announcement).
#[test]
fn follows_the_tray_manager_going_and_coming() {
    let Some((_sandbox, mut desktop, mut app)) = started("xembed_manager") else {
        return;
    };
    desktop.wait_docked_in_trayer(&mut app);
    desktop.stop_trayer();
    wait_until(
        "the icon window to be gone with trayer",
        Duration::from_secs(5),
        || desktop.icon_window().0.is_none().then_some(()),
    );
    wait_until(
        "the log to say no tray host",
        Duration::from_secs(5),
        || app.log_text().contains("no tray host").then_some(()),
    );
    desktop.start_trayer();
    desktop.wait_docked_in_trayer(&mut app);
}

/// The menu follows the desktop's font scale (Xft.dpi, as the stretch window does): at 192 dpi
/// it is twice the size it is at 96.
#[test]
fn menu_follows_the_desktop_font_scale() {
    let Some((_sandbox, desktop, mut app)) = started("xembed_scale") else {
        return;
    };
    let (icon, _) = desktop.wait_docked_in_trayer(&mut app);
    let (_, _, w1, h1) = open_menu(&desktop, &icon);
    desktop.key("Escape");
    desktop.wait_no_window_named(MENU);
    desktop.tool_ok(
        "xprop",
        &[
            "-root",
            "-f",
            "RESOURCE_MANAGER",
            "8s",
            "-set",
            "RESOURCE_MANAGER",
            "Xft.dpi:\t192\n",
        ],
    );
    let (_, _, w2, h2) = open_menu(&desktop, &icon);
    assert!(
        (i64::from(h2) - 2 * i64::from(h1)).abs() <= 2 && w2 > w1 * 3 / 2,
        "at 192 dpi the menu is {w2}x{h2}, at 96 dpi {w1}x{h1}"
    );
}
