//! XEmbed is an X11 protocol: on Windows and macOS the tray is the platform's own, and this
//! stand-in keeps the shared code free of cfgs. `start` is never called there.

use crate::shell::tray::Look;

#[derive(Clone)]
pub struct XEmbedTray;

impl XEmbedTray {
    pub fn show(&self, _look: Look, _tooltip: &str) {}

    pub fn set_sni_host(&self, _present: bool) {}

    pub fn stop(&self) {}
}
