//! What the app offers a person, in one list: the tray menu (and the XEmbed tray's, which
//! mirrors it) and the app's own window (`posture-break open`) are both built from [`entries`].

use crate::core::config::Config;
use crate::core::posture::Position;
use crate::core::words::Words;

use super::tray::{MenuAction, TrayView};

/// One entry of the menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    Item {
        action: MenuAction,
        label: String,
    },
    /// An on/off switch.
    Check {
        action: MenuAction,
        label: String,
    },
    /// A submenu ("Snooze ▸"): its choices.
    Sub {
        label: String,
        items: Vec<(MenuAction, String)>,
    },
    Separator,
}

/// The entries after the status line, in `words`' language.
pub fn entries(config: &Config, words: &Words) -> Vec<Entry> {
    let item = |action, id: &str| Entry::Item {
        action,
        label: words.get(id),
    };
    let check = |action, id: &str| Entry::Check {
        action,
        label: words.get(id),
    };
    let snooze = config
        .schedule
        .snooze_choices
        .iter()
        .map(|d| (MenuAction::Snooze(*d), words.duration(*d)))
        .collect();
    let mut pause: Vec<(MenuAction, String)> = config
        .schedule
        .pause_choices
        .iter()
        .map(|d| (MenuAction::Pause(*d), words.duration(*d)))
        .collect();
    pause.push((
        MenuAction::PauseUntilTomorrow,
        words.get("menu-until-tomorrow"),
    ));
    pause.push((
        MenuAction::PauseUntilResumed,
        words.get("menu-until-resumed"),
    ));
    let mut list = vec![
        item(MenuAction::StretchNow, "menu-stretch-now"),
        Entry::Sub {
            label: words.get("menu-snooze"),
            items: snooze,
        },
        Entry::Sub {
            label: words.get("menu-pause"),
            items: pause,
        },
        item(MenuAction::Resume, "menu-resume"),
        Entry::Separator,
        check(MenuAction::ToggleNudges, "menu-posture-nudges"),
    ];
    if config.posture.sit_stand.is_some() {
        list.push(check(
            MenuAction::Position(Position::Sitting),
            "menu-sitting",
        ));
        list.push(check(
            MenuAction::Position(Position::Standing),
            "menu-standing",
        ));
    }
    list.extend([
        Entry::Separator,
        item(MenuAction::YourWeek, "menu-your-week"),
        item(MenuAction::OpenConfig, "menu-open-config"),
        check(MenuAction::ToggleAutostart, "menu-start-at-login"),
        Entry::Separator,
        item(MenuAction::Quit, "menu-quit"),
    ]);
    list
}

/// Whether a switch is on, as the status view says.
pub fn checked(action: MenuAction, view: &TrayView) -> bool {
    match action {
        MenuAction::ToggleNudges => view.nudges,
        MenuAction::ToggleAutostart => view.autostart,
        MenuAction::Position(position) => view.position == Some(position),
        _ => false,
    }
}

/// Whether an item can be chosen now (*Resume* only while snoozed or paused).
pub fn enabled(action: MenuAction, view: &TrayView) -> bool {
    action != MenuAction::Resume || view.can_resume
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_menu_has_sit_stand_items_only_with_turns_on() {
        let words = Words::english();
        let labels = |config: &Config| -> Vec<String> {
            entries(config, &words)
                .into_iter()
                .filter_map(|e| match e {
                    Entry::Item { label, .. }
                    | Entry::Check { label, .. }
                    | Entry::Sub { label, .. } => Some(label),
                    Entry::Separator => None,
                })
                .collect()
        };
        let plain = Config::default();
        assert_eq!(
            labels(&plain),
            [
                "Start stretch now",
                "Snooze",
                "Pause",
                "Resume",
                "Posture nudges",
                "Your week",
                "Open config file",
                "Start at login",
                "Quit"
            ]
        );
        let turns = Config::from_file_contents(
            std::path::Path::new("/c/config.toml"),
            b"[posture]\nsit_stand = { sit = \"40m\", stand = \"20m\" }\n",
        )
        .expect("config");
        let with_turns = labels(&turns);
        assert_eq!(with_turns[5..7], ["I'm sitting", "I'm standing"]);
        let pause = entries(&plain, &words)
            .into_iter()
            .find_map(|e| match e {
                Entry::Sub { label, items } if label == "Pause" => Some(items),
                _ => None,
            })
            .expect("a Pause submenu");
        let names: Vec<&str> = pause.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(
            names,
            [
                "30 minutes",
                "1 hour",
                "2 hours",
                "Until tomorrow",
                "Until I resume"
            ]
        );
    }
}
