//! Whether a reminder is heard, and who plays it. The notification server plays the sound
//! theme's `message-new-instant` for the `sound-name` hint only where it says it can (the
//! `"sound"` capability: GNOME Shell, MATE); elsewhere (dunst, mako, KDE Plasma, xfce4-notifyd)
//! the app plays it itself, so a reminder is heard on every desktop, and never twice.

/// The freedesktop sound theme's name for the reminder's chime.
pub const REMINDER_SOUND: &str = "message-new-instant";

/// How one reminder sounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// Send the `sound-name` hint (else `suppress-sound`, so a server's own default is quiet).
    pub hint: bool,
    /// Play the sound here, because the server will not.
    pub play_here: bool,
}

/// Whether the reminder should be heard at all: `[notification] sound`, and never while the
/// user's notification server is in do-not-disturb.
pub fn wanted(sound_setting: bool, do_not_disturb: bool) -> bool {
    sound_setting && !do_not_disturb
}

/// Who plays it, once the server's capabilities are known (`None`: they could not be read, so
/// the app plays it; a double chime is less harm than a silent reminder where servers that play
/// sounds always answer `GetCapabilities`).
pub fn plan(wanted: bool, server_plays_sound: Option<bool>) -> Plan {
    Plan {
        hint: wanted,
        play_here: wanted && server_plays_sound != Some(true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_case() {
        let silent = Plan {
            hint: false,
            play_here: false,
        };
        let hint_only = Plan {
            hint: true,
            play_here: false,
        };
        let play = Plan {
            hint: true,
            play_here: true,
        };
        // (sound setting, do-not-disturb, server plays sound) -> plan
        let table = [
            (true, false, Some(true), hint_only),
            (true, false, Some(false), play),
            (true, false, None, play),
            (true, true, Some(true), silent),
            (true, true, Some(false), silent),
            (true, true, None, silent),
            (false, false, Some(true), silent),
            (false, false, Some(false), silent),
            (false, true, None, silent),
        ];
        for (setting, dnd, server, expected) in table {
            assert_eq!(
                plan(wanted(setting, dnd), server),
                expected,
                "sound = {setting}, do-not-disturb = {dnd}, server plays = {server:?}"
            );
        }
    }
}
