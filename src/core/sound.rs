//! Whether a reminder is heard, and who plays it. The notification server plays the sound
//! theme's `message-new-instant` for the `sound-name` hint only where it says it can (the
//! `"sound"` capability: GNOME Shell, MATE); elsewhere (dunst, mako, KDE Plasma, xfce4-notifyd)
//! the app plays it itself, so a reminder is heard on every desktop, and never twice.

use std::time::Duration;

/// The freedesktop sound theme's name for the reminder's chime.
pub const REMINDER_SOUND: &str = "message-new-instant";

/// `[stretch] cues`: what the guided minute sounds like, so it can be followed with the eyes
/// closed or on a mat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cues {
    Off,
    /// A soft sound at each step change and a distinct one at the end (the default).
    Chime,
    /// Each step read aloud as it begins, the end still a chime (falls back to the chimes
    /// where no speech service runs).
    Voice,
}

impl Cues {
    pub const ALL: [&'static str; 3] = ["off", "chime", "voice"];

    pub fn parse(text: &str) -> Option<Cues> {
        match text {
            "off" => Some(Cues::Off),
            "chime" => Some(Cues::Chime),
            "voice" => Some(Cues::Voice),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Cues::Off => "off",
            Cues::Chime => "chime",
            Cues::Voice => "voice",
        }
    }
}

/// A moment of the guided minute that is heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// The step with this index (from 0) begins; the first begins with the window.
    Step(usize),
    /// The stretch's time is over.
    End,
}

impl Cue {
    /// The sound theme's name: a short soft sound for a step, a longer distinct one at the end.
    pub fn sound_name(self) -> &'static str {
        match self {
            Cue::Step(_) => "message",
            Cue::End => "complete",
        }
    }
}

/// The cue due when the stretch's running time moves from `before` to `after`, for steps of
/// `secs` seconds: the end when the total is reached, else the step that begins at the last
/// boundary crossed (`before` < boundary <= `after`). A paused or unchanged time crosses
/// nothing.
pub fn cue_between(secs: &[u32], before: Duration, after: Duration) -> Option<Cue> {
    // Both tests below need `before` < `after`: a paused or backward time gives nothing.
    let total = Duration::from_secs(secs.iter().map(|s| u64::from(*s)).sum());
    if before < total && after >= total {
        return Some(Cue::End);
    }
    let mut boundary = Duration::ZERO;
    let mut begins = None;
    for (index, s) in secs[..secs.len().saturating_sub(1)].iter().enumerate() {
        boundary += Duration::from_secs(u64::from(*s));
        if before < boundary && boundary <= after {
            begins = Some(Cue::Step(index + 1));
        }
    }
    begins
}

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
    fn cues_come_at_step_boundaries_and_the_end() {
        let s = Duration::from_secs;
        let ms = Duration::from_millis;
        let steps = [2, 2, 2];
        // (before, after) -> cue
        let table = [
            (s(0), ms(1999), None),
            (ms(1999), s(2), Some(Cue::Step(1))),
            (s(2), s(3), None),
            (s(3), s(4), Some(Cue::Step(2))),
            (ms(4001), ms(5999), None),
            (s(5), s(6), Some(Cue::End)),
            (s(4), s(7), Some(Cue::End)), // a late wake past a boundary and the end: the end
            (s(6), s(7), None),           // after the end, nothing more
            (s(2), s(2), None),           // paused
            (s(3), s(1), None),           // never backwards
            (s(1), s(5), Some(Cue::Step(2))), // two boundaries at once: the step now running
        ];
        for (before, after, cue) in table {
            assert_eq!(
                cue_between(&steps, before, after),
                cue,
                "{before:?} -> {after:?}"
            );
        }
        assert_eq!(cue_between(&[], s(0), s(5)), None);
        assert_eq!(cue_between(&[3], s(2), s(3)), Some(Cue::End));
        assert_eq!(Cue::Step(1).sound_name(), "message");
        assert_eq!(Cue::End.sound_name(), "complete");
        for name in Cues::ALL {
            assert_eq!(Cues::parse(name).map(Cues::as_str), Some(name));
        }
        assert_eq!(Cues::parse("chimes"), None);
    }

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
