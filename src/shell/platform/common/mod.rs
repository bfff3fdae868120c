//! What Windows and macOS share: notifications through notify-rust, and the XEmbed stand-in
//! (XEmbed is X11's); macOS also the spoken guide's stand-in (Windows speaks through SAPI).

pub mod notifier;
#[cfg(target_os = "macos")]
mod speech;
mod xembed_tray;
#[cfg(target_os = "macos")]
pub use speech::Guide;
pub use xembed_tray::XEmbedTray;
