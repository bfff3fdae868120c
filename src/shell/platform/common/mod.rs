//! What Windows and macOS share: notifications through notify-rust, and the XEmbed stand-in
//! (XEmbed is X11's).

pub mod notifier;
mod speech;
mod xembed_tray;
pub use speech::Guide;
pub use xembed_tray::XEmbedTray;
