//! The dispatcher driven with made-up times and a desktop that records what it was asked.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::Path;
use std::rc::Rc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Local, TimeDelta, Utc};

use super::clock::Now;
use super::desktop::{Desktop, Loaded, TrayView};
use super::{App, Startup, UiCommand};
use crate::core::config::{Config, LanguageChoice};
use crate::core::exercises::ExerciseSet;
use crate::core::history::{Entry, EventKind};
use crate::core::presence::{Busy, Fact};
use crate::core::words::Language;
use crate::ipc::{Request, Response};
use crate::shell::log::Log;
use crate::shell::reminder::{Action, Reminder};
use crate::shell::tray::{Look, MenuAction};
use crate::shell::AppEvent;
use crate::store::AppState;
use crate::store::StoreError;

/// What the app asked of the desktop, in order.
#[derive(Debug, Clone, PartialEq)]
enum Call {
    Remind {
        generation: u64,
        summary: String,
        body: String,
        sound: bool,
    },
    Withdraw,
    Message {
        summary: String,
    },
    Welcome,
    Nudge(String),
    CreateTray,
    ReleaseMemory,
    OpenConfig,
    SetIdleAfter(Duration),
    FullscreenAsked,
    Cue(crate::core::sound::Cue),
    Say(String),
    GuideStop,
    AnimationsAsked,
}

#[derive(Default)]
struct Recorded {
    calls: Vec<Call>,
    history: Vec<Entry>,
    trays: Vec<TrayView>,
    saved: Vec<AppState>,
    shared: Vec<crate::core::sync::Line>,
    /// What the next `load` returns (the config text; `None`: the file is gone).
    files: VecDeque<Option<String>>,
    fullscreen: Option<bool>,
    has_tray: bool,
    animations_off: Option<bool>,
    /// Linux's way: whether a tray host is there is heard after the start.
    tray_comes_later: bool,
}

struct FakeDesktop(Rc<RefCell<Recorded>>);

fn config_from(text: &str) -> Result<Config, StoreError> {
    Ok(Config::from_file_contents(
        Path::new("config.toml"),
        text.as_bytes(),
    )?)
}

impl Desktop for FakeDesktop {
    fn remind(&mut self, generation: u64, reminder: Reminder) {
        self.0.borrow_mut().calls.push(Call::Remind {
            generation,
            summary: reminder.summary,
            body: reminder.body,
            sound: reminder.sound,
        });
    }
    fn withdraw_reminder(&mut self) {
        self.0.borrow_mut().calls.push(Call::Withdraw);
    }
    fn message(&mut self, summary: String, _body: String) {
        self.0.borrow_mut().calls.push(Call::Message { summary });
    }
    fn welcome(&mut self, _summary: String, _body: String) {
        self.0.borrow_mut().calls.push(Call::Welcome);
    }
    fn nudge(&mut self, text: String) {
        self.0.borrow_mut().calls.push(Call::Nudge(text));
    }
    fn create_tray(&mut self, _config: &Config, _autostart: bool) -> Result<(), String> {
        let mut recorded = self.0.borrow_mut();
        recorded.calls.push(Call::CreateTray);
        recorded.has_tray = true;
        Ok(())
    }
    fn has_tray(&self) -> bool {
        self.0.borrow().has_tray
    }
    fn show_tray(&mut self, view: &TrayView) {
        self.0.borrow_mut().trays.push(view.clone());
    }
    fn has_xembed(&self) -> bool {
        false
    }
    fn tray_known_at_start(&self) -> bool {
        !self.0.borrow().tray_comes_later
    }
    fn xembed_sni_host(&mut self, _present: bool) {}
    fn idle_name(&self) -> &'static str {
        "test"
    }
    fn idle_next_read(&self) -> Option<Instant> {
        None
    }
    fn read_idle(&mut self) -> Option<Fact> {
        None
    }
    fn idle_observed(&mut self, _fact: &Fact) {}
    fn set_idle_after(&mut self, idle_after: Duration) {
        self.0
            .borrow_mut()
            .calls
            .push(Call::SetIdleAfter(idle_after));
    }
    fn check_fullscreen(&mut self) -> Option<bool> {
        let mut recorded = self.0.borrow_mut();
        recorded.calls.push(Call::FullscreenAsked);
        recorded.fullscreen
    }
    fn load(&mut self) -> Loaded {
        let file = self.0.borrow_mut().files.pop_front().flatten();
        Loaded {
            config_file_present: file.is_some(),
            config: file.as_deref().map_or(Ok(Config::default()), config_from),
            exercises: ExerciseSet::bundled().map_err(StoreError::from),
        }
    }
    fn append_history(&mut self, entry: &Entry) -> Result<(), String> {
        self.0.borrow_mut().history.push(entry.clone());
        Ok(())
    }
    fn save_state(&mut self, state: &AppState) -> Result<(), String> {
        self.0.borrow_mut().saved.push(state.clone());
        Ok(())
    }
    fn sync_append(&mut self, line: &crate::core::sync::Line) -> Result<(), String> {
        self.0.borrow_mut().shared.push(line.clone());
        Ok(())
    }
    fn sync_flush(&mut self) -> Result<(), String> {
        Ok(())
    }
    fn open_config(&mut self) -> Result<(), String> {
        self.0.borrow_mut().calls.push(Call::OpenConfig);
        Ok(())
    }
    fn play_cue(&mut self, cue: crate::core::sound::Cue) {
        self.0.borrow_mut().calls.push(Call::Cue(cue));
    }
    fn guide_start(&mut self, text: String) {
        self.0.borrow_mut().calls.push(Call::Say(text));
    }
    fn guide_say(&mut self, text: String) {
        self.0.borrow_mut().calls.push(Call::Say(text));
    }
    fn guide_stop(&mut self) {
        self.0.borrow_mut().calls.push(Call::GuideStop);
    }
    fn animations_off(&mut self) -> Option<bool> {
        self.0.borrow_mut().calls.push(Call::AnimationsAsked);
        self.0.borrow().animations_off
    }
    fn speak(&mut self, choice: LanguageChoice) -> &'static Language {
        match choice {
            LanguageChoice::Fixed(language) => language,
            LanguageChoice::Auto => crate::core::words::english(),
        }
    }
    fn set_autostart(&mut self, _enabled: bool) -> Result<(), String> {
        Ok(())
    }
    fn autostart_enabled(&self) -> bool {
        false
    }
    fn release_freed_memory(&mut self) {
        self.0.borrow_mut().calls.push(Call::ReleaseMemory);
    }
    fn shut_down(&mut self) {}
}

struct Harness {
    app: App,
    recorded: Rc<RefCell<Recorded>>,
    t0: Now,
    _dir: tempfile::TempDir,
}

/// Monday 7 December 2026, 10:00 UTC.
fn t0() -> Now {
    Now {
        utc: DateTime::from_timestamp(1_796_637_600, 0).unwrap_or_default(),
        mono: Instant::now(),
    }
}

fn harness(config: &str) -> Harness {
    let recorded = Rc::new(RefCell::new(Recorded::default()));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let log = Log::new(dir.path().join("test.log"));
    let t0 = t0();
    let startup = Startup {
        loaded: Loaded {
            config: config_from(config),
            exercises: ExerciseSet::bundled().map_err(StoreError::from),
            config_file_present: true,
        },
        saved: AppState::default(),
        history: Ok(Vec::new()),
        config_path: "/home/test/.config/posture-break/config.toml".to_string(),
        autostart_enabled: false,
        sync: config_from(config)
            .ok()
            .and_then(|c| c.sync)
            .map(|s| (s.name.unwrap_or_else(|| "laptop".into()), s.folder)),
    };
    let app = App::new(
        t0,
        Box::new(FakeDesktop(Rc::clone(&recorded))),
        log,
        startup,
    );
    Harness {
        app,
        recorded,
        t0,
        _dir: dir,
    }
}

impl Harness {
    fn at(&self, secs: u64) -> Now {
        self.t0.after(Duration::from_secs(secs))
    }

    fn calls(&self) -> Vec<Call> {
        self.recorded.borrow().calls.clone()
    }

    fn reminders(&self) -> Vec<u64> {
        self.calls()
            .into_iter()
            .filter_map(|c| match c {
                Call::Remind { generation, .. } => Some(generation),
                _ => None,
            })
            .collect()
    }

    fn history(&self) -> Vec<EventKind> {
        self.recorded
            .borrow()
            .history
            .iter()
            .map(|e| e.event)
            .collect()
    }

    fn state(&self) -> &'static str {
        self.app.status().state.name()
    }

    fn control(&mut self, now: Now, request: Request) -> Response {
        self.app.control(now, request)
    }

    fn answer(&mut self, now: Now, generation: u64, action: Action) {
        self.app.handle(
            now,
            AppEvent::Notification {
                reminder: generation,
                action,
                activation_token: None,
            },
        );
    }
}

fn rfc3339(time: DateTime<Utc>) -> crate::ipc::WireTime {
    crate::ipc::WireTime::new(time, &Local)
}

const FIVE_MINUTES: &str = "[schedule]\ninterval = \"5m\"\n";

#[test]
fn the_reminder_comes_at_the_interval_and_not_before() {
    let mut h = harness(FIVE_MINUTES);
    assert_eq!(
        h.app.status().next_reminder,
        Some(rfc3339(h.t0.utc + TimeDelta::minutes(5)))
    );
    // The loop sleeps until then: the earliest wake is the settle timer, then the reminder.
    assert_eq!(
        h.app.next_wake(h.t0),
        Some(h.t0.mono + Duration::from_secs(3))
    );
    h.app.on_wake(h.at(3));
    assert_eq!(h.calls(), vec![Call::ReleaseMemory]);
    assert_eq!(
        h.app.next_wake(h.at(3)),
        Some(h.at(300).mono + Duration::from_millis(1))
    );
    h.app.on_wake(h.at(299));
    assert!(h.reminders().is_empty());
    h.app.on_wake(h.at(300));
    assert_eq!(h.reminders(), vec![1]);
    assert_eq!(h.state(), "reminding");
    assert_eq!(h.history(), vec![EventKind::Reminded]);
    assert!(h.app.status().exercise.is_some());
}

#[test]
fn starting_from_the_reminder_opens_the_window_and_completing_records_it() {
    let mut h = harness(FIVE_MINUTES);
    h.app.on_wake(h.at(300));
    h.answer(h.at(310), 1, Action::Start);
    let ui = h.app.take_ui();
    assert!(matches!(ui.as_slice(), [UiCommand::OpenStretch(..)]));
    assert_eq!(h.state(), "stretching");
    h.app
        .stretch_finished(h.at(370), crate::shell::stretch_window::Outcome::Completed);
    assert_eq!(
        h.history(),
        vec![
            EventKind::Reminded,
            EventKind::Started,
            EventKind::Completed
        ]
    );
    assert_eq!(h.state(), "active");
    // The next interval starts when the stretch ends.
    assert_eq!(
        h.app.status().next_reminder,
        Some(rfc3339(h.at(370).utc + TimeDelta::minutes(5)))
    );
}

#[test]
fn a_late_answer_to_an_old_reminder_is_ignored() {
    let mut h = harness(FIVE_MINUTES);
    h.app.on_wake(h.at(300));
    h.answer(h.at(305), 1, Action::Skip);
    assert_eq!(h.state(), "active");
    h.app.on_wake(h.at(605));
    assert_eq!(h.reminders(), vec![1, 2]);
    // The first reminder's Start arrives now: not for the reminder showing.
    h.answer(h.at(606), 1, Action::Start);
    assert!(h.app.take_ui().is_empty());
    assert_eq!(h.state(), "reminding");
    h.answer(h.at(607), 2, Action::Snooze);
    assert_eq!(h.state(), "snoozed");
    assert_eq!(
        h.history(),
        vec![
            EventKind::Reminded,
            EventKind::Skipped,
            EventKind::Reminded,
            EventKind::Snoozed
        ]
    );
}

#[test]
fn the_control_channel_has_the_configs_limits() {
    let mut h = harness(FIVE_MINUTES);
    let now = h.at(10);
    let too_long = h.control(
        now,
        Request::Snooze {
            secs: Some(24 * 3600 + 1),
        },
    );
    assert_eq!(
        too_long.error.as_deref(),
        Some("snooze must be between 1s and 24h")
    );
    let zero = h.control(now, Request::Snooze { secs: Some(0) });
    assert!(!zero.ok);
    assert_eq!(h.state(), "active");
    let pause = h.control(
        now,
        Request::Pause {
            secs: Some(7 * 24 * 3600 + 1),
            until_tomorrow: false,
        },
    );
    assert_eq!(
        pause.error.as_deref(),
        Some("pause must be between 1s and 168h")
    );
    let both = h.control(
        now,
        Request::Pause {
            secs: Some(60),
            until_tomorrow: true,
        },
    );
    assert!(!both.ok);
    assert!(h.history().is_empty());
    // At the limit it is taken.
    let day = h.control(
        now,
        Request::Snooze {
            secs: Some(24 * 3600),
        },
    );
    assert!(day.ok);
    let status = day.status.unwrap_or_else(|| panic!("no status"));
    assert_eq!(status.state.name(), "snoozed");
    assert_eq!(status.until, Some(rfc3339(now.utc + TimeDelta::hours(24))));
}

#[test]
fn a_default_snooze_and_a_pause_until_tomorrow() {
    let mut h = harness(FIVE_MINUTES);
    let now = h.at(10);
    let snoozed = h.control(now, Request::Snooze { secs: None });
    let until = snoozed.status.and_then(|s| s.until);
    assert_eq!(until, Some(rfc3339(now.utc + TimeDelta::minutes(10))));
    let paused = h.control(
        now,
        Request::Pause {
            secs: None,
            until_tomorrow: true,
        },
    );
    let expected = crate::core::calendar::tomorrow_at(
        &Local,
        now.utc,
        Config::default().schedule.day_starts_at,
    );
    assert_eq!(paused.status.and_then(|s| s.until), Some(rfc3339(expected)));
    let resumed = h.control(now, Request::Resume);
    assert_eq!(resumed.status.map(|s| s.state.name()), Some("active"));
    assert_eq!(
        h.history(),
        vec![EventKind::Snoozed, EventKind::Paused, EventKind::Resumed]
    );
}

#[test]
fn a_config_edit_is_reloaded_once_the_editor_is_done() {
    let mut h = harness(FIVE_MINUTES);
    h.recorded
        .borrow_mut()
        .files
        .push_back(Some("[schedule]\ninterval = \"20m\"\n".to_string()));
    h.app.handle(h.at(1), AppEvent::ConfigChanged);
    // Debounced: a wake before 250 ms reloads nothing.
    let first = h.at(1);
    assert_eq!(
        h.app.next_wake(first),
        Some(first.mono + Duration::from_millis(250))
    );
    h.app.on_wake(first);
    assert_eq!(h.app.status().interval_secs, 300);
    let later = first.after(Duration::from_millis(250));
    h.app.on_wake(later);
    assert_eq!(h.app.status().interval_secs, 1200);
    assert!(h
        .calls()
        .contains(&Call::SetIdleAfter(Duration::from_secs(60))));
}

#[test]
fn a_failed_reload_keeps_the_last_good_config_and_says_so_once() {
    let mut h = harness(FIVE_MINUTES);
    for _ in 0..2 {
        h.recorded
            .borrow_mut()
            .files
            .push_back(Some("[schedule]\ninterval = \"5 parsecs\"\n".to_string()));
    }
    for second in [1, 2] {
        h.app.handle(h.at(second), AppEvent::ConfigChanged);
        h.app.on_wake(h.at(second + 1));
    }
    assert_eq!(h.app.status().interval_secs, 300);
    let messages: Vec<Call> = h
        .calls()
        .into_iter()
        .filter(|c| matches!(c, Call::Message { .. }))
        .collect();
    assert_eq!(
        messages,
        vec![Call::Message {
            summary: "posture-break: config not applied".to_string()
        }]
    );
}

#[test]
fn a_removed_config_file_brings_the_defaults_and_is_said() {
    let mut h = harness(FIVE_MINUTES);
    h.recorded.borrow_mut().files.push_back(None);
    h.app.handle(h.at(1), AppEvent::ConfigChanged);
    h.app.on_wake(h.at(2));
    assert_eq!(h.app.status().interval_secs, 45 * 60);
    assert!(h.calls().contains(&Call::Message {
        summary: "posture-break: config file removed".to_string()
    }));
}

#[test]
fn a_fullscreen_window_holds_the_due_reminder() {
    let mut h =
        harness("[schedule]\ninterval = \"5m\"\n[presence]\nhold_when = [\"fullscreen\"]\n");
    h.recorded.borrow_mut().fullscreen = Some(true);
    h.app.on_wake(h.at(200));
    // Not asked before a reminder is due.
    assert!(!h.calls().contains(&Call::FullscreenAsked));
    h.app.on_wake(h.at(300));
    assert!(h.calls().contains(&Call::FullscreenAsked));
    assert!(h.reminders().is_empty());
    assert_eq!(h.state(), "held");
    assert_eq!(
        h.app.status().held_reason.map(|r| r.name()),
        Some("fullscreen")
    );
    h.app
        .handle(h.at(400), AppEvent::Busy(Busy::Fullscreen, false));
    assert_eq!(h.reminders(), vec![1]);
}

#[test]
fn fullscreen_is_not_asked_unless_hold_when_lists_it() {
    let mut h = harness("[schedule]\ninterval = \"5m\"\n[presence]\nhold_when = []\n");
    h.recorded.borrow_mut().fullscreen = Some(true);
    h.app.on_wake(h.at(300));
    assert!(!h.calls().contains(&Call::FullscreenAsked));
    assert_eq!(h.reminders(), vec![1]);
}

#[test]
fn away_holds_the_reminder_and_a_long_absence_is_a_natural_break() {
    let mut h = harness("[schedule]\ninterval = \"5m\"\n[presence]\nnatural_break = \"3m\"\n");
    let since = h.at(100).utc;
    h.app
        .handle(h.at(160), AppEvent::Presence(Fact::Idle { since }));
    assert!(h.app.status().away);
    h.app.on_wake(h.at(300));
    assert!(h.reminders().is_empty());
    h.app.handle(h.at(400), AppEvent::Presence(Fact::Active));
    assert!(!h.app.status().away);
    assert_eq!(h.history(), vec![EventKind::NaturalBreak]);
    let tray = h.recorded.borrow().trays.last().cloned();
    // No tray was created in this test: nothing shown.
    assert_eq!(tray, None);
}

#[test]
fn the_tray_says_welcome_back_after_a_natural_break() {
    let mut h = harness("[schedule]\ninterval = \"5m\"\n[presence]\nnatural_break = \"3m\"\n");
    h.app.create_tray(h.at(0));
    let since = h.at(10).utc;
    h.app
        .handle(h.at(70), AppEvent::Presence(Fact::Idle { since }));
    h.app.handle(h.at(400), AppEvent::Presence(Fact::Active));
    let tray = h.recorded.borrow().trays.last().cloned();
    let tray = tray.unwrap_or_else(|| panic!("the tray was never shown"));
    assert_eq!(tray.look, Look::Active);
    assert!(
        tray.line
            .starts_with("Welcome back: that counted as a break; next stretch at "),
        "{}",
        tray.line
    );
    assert!(!tray.can_resume);
}

#[test]
fn quit_from_the_menu_waits_for_the_menus_reply() {
    let mut h = harness(FIVE_MINUTES);
    h.app.handle(h.at(1), AppEvent::Menu(MenuAction::Quit));
    assert!(h.app.take_ui().is_empty());
    let at = h.at(1);
    h.app.on_wake(at.after(Duration::from_millis(50)));
    assert!(h.app.take_ui().is_empty());
    h.app.on_wake(at.after(Duration::from_millis(100)));
    assert!(matches!(h.app.take_ui().as_slice(), [UiCommand::Quit]));
}

#[test]
fn a_quit_request_answers_ok_without_a_status() {
    let mut h = harness(FIVE_MINUTES);
    let response = h.control(h.at(1), Request::Quit);
    assert!(response.ok && response.status.is_none());
    assert!(matches!(h.app.take_ui().as_slice(), [UiCommand::Quit]));
}

#[test]
fn a_tray_host_appearing_later_gets_the_icon() {
    let mut h = harness(FIVE_MINUTES);
    h.app.handle(h.at(1), AppEvent::TrayHost { present: false });
    assert!(!h.calls().contains(&Call::CreateTray));
    h.app.handle(h.at(2), AppEvent::TrayHost { present: true });
    assert_eq!(
        h.calls().iter().filter(|c| **c == Call::CreateTray).count(),
        1
    );
    // Present from the start: nothing to do.
    let mut other = harness(FIVE_MINUTES);
    other
        .app
        .handle(other.at(1), AppEvent::TrayHost { present: true });
    assert!(!other.calls().contains(&Call::CreateTray));
}

#[test]
fn the_welcome_is_shown_until_it_reached_the_screen() {
    let mut h = harness(FIVE_MINUTES);
    h.app.welcome_if_new();
    assert_eq!(h.calls(), vec![Call::Welcome]);
    h.app.handle(h.at(1), AppEvent::Welcomed);
    let saved = h.recorded.borrow().saved.last().cloned();
    assert!(saved.is_some_and(|s| s.welcomed));
    h.app.welcome_if_new();
    assert_eq!(h.calls(), vec![Call::Welcome]);
}

#[test]
fn without_a_tray_the_first_start_names_the_launcher_and_opens_the_window_once() {
    for tray in [false, true] {
        let mut h = harness(FIVE_MINUTES);
        h.recorded.borrow_mut().tray_comes_later = true;
        h.app.welcome_if_new();
        assert_eq!(h.calls(), vec![], "the welcome waits for the tray host");
        h.app.handle(h.at(1), AppEvent::TrayHost { present: tray });
        assert_eq!(h.calls(), vec![Call::Welcome], "tray {tray}");
        let opened = h
            .app
            .take_ui()
            .iter()
            .any(|c| matches!(c, UiCommand::OpenHome(_)));
        assert_eq!(opened, !tray, "the app's window opens only without a tray");
        // A host that comes or goes later says nothing more.
        h.app.handle(h.at(2), AppEvent::TrayHost { present: !tray });
        let welcomes = h.calls().iter().filter(|c| **c == Call::Welcome).count();
        assert_eq!(welcomes, 1);
        assert!(!h
            .app
            .take_ui()
            .iter()
            .any(|c| matches!(c, UiCommand::OpenHome(_))));
    }
}

#[test]
fn open_and_week_requests_show_their_windows() {
    let mut h = harness(FIVE_MINUTES);
    h.app.control(h.at(1), crate::ipc::Request::Open);
    let ui = h.app.take_ui();
    let Some(UiCommand::OpenHome(view)) = ui.first() else {
        panic!("no app window among {} commands", ui.len());
    };
    assert!(
        view.tray.line.starts_with("Next stretch at "),
        "{:?}",
        view.tray
    );
    assert!(!view.entries.is_empty());
    h.app.control(h.at(2), crate::ipc::Request::Week);
    assert!(matches!(
        h.app.take_ui().as_slice(),
        [UiCommand::OpenWeek(_)]
    ));
}

#[test]
fn a_wall_clock_jump_longer_than_a_natural_break_counts_as_one() {
    let mut h = harness("[schedule]\ninterval = \"5m\"\n[presence]\nnatural_break = \"3m\"\n");
    let mut resumed = h.at(60);
    resumed.utc += TimeDelta::hours(1);
    h.app.on_wake(resumed);
    assert_eq!(h.history(), vec![EventKind::NaturalBreak]);
    assert_eq!(
        h.app.status().next_reminder,
        Some(rfc3339(resumed.utc + TimeDelta::minutes(5)))
    );
}

#[test]
fn the_menu_opens_the_week_and_the_config() {
    let mut h = harness(FIVE_MINUTES);
    h.app.handle(h.at(1), AppEvent::Menu(MenuAction::YourWeek));
    assert!(matches!(
        h.app.take_ui().as_slice(),
        [UiCommand::OpenWeek(_)]
    ));
    h.app
        .handle(h.at(1), AppEvent::Menu(MenuAction::OpenConfig));
    assert!(h.calls().contains(&Call::OpenConfig));
}

#[test]
fn a_reminder_is_silent_in_do_not_disturb_and_with_sound_off() {
    let sounds = |h: &Harness| -> Vec<bool> {
        h.calls()
            .into_iter()
            .filter_map(|c| match c {
                Call::Remind { sound, .. } => Some(sound),
                _ => None,
            })
            .collect()
    };
    // Do-not-disturb not in hold_when, so the reminder comes, but quietly.
    let mut h = harness("[schedule]\ninterval = \"5m\"\n[presence]\nhold_when = []\n");
    h.app.on_wake(h.at(300));
    h.app
        .handle(h.at(301), AppEvent::Busy(Busy::DoNotDisturb, true));
    h.answer(h.at(302), 1, Action::Skip);
    h.app.on_wake(h.at(602));
    h.app
        .handle(h.at(603), AppEvent::Busy(Busy::DoNotDisturb, false));
    h.answer(h.at(604), 2, Action::Skip);
    h.app.on_wake(h.at(904));
    assert_eq!(sounds(&h), vec![true, false, true]);
    let mut off = harness("[schedule]\ninterval = \"5m\"\n[notification]\nsound = false\n");
    off.app.on_wake(off.at(300));
    assert_eq!(sounds(&off), vec![false]);
}

#[test]
fn a_wake_that_changes_nothing_leaves_the_tray_alone() {
    let mut h = harness(FIVE_MINUTES);
    h.app.create_tray(h.at(0));
    let shown = |h: &Harness| h.recorded.borrow().trays.len();
    let first = shown(&h);
    assert_eq!(first, 1);
    // The stretch window's frames wake the loop 60 times a second.
    for frame in 0..60 {
        h.app
            .on_wake(h.at(10).after(Duration::from_millis(frame * 16)));
    }
    assert_eq!(shown(&h), first);
    // A change does reach it.
    h.app.on_wake(h.at(300));
    assert_eq!(shown(&h), first + 1);
    let line = h.recorded.borrow().trays.last().map(|t| t.line.clone());
    assert_eq!(line.as_deref(), Some("Reminder showing"));
}

fn nudges(h: &Harness) -> Vec<String> {
    h.calls()
        .into_iter()
        .filter_map(|c| match c {
            Call::Nudge(text) => Some(text),
            _ => None,
        })
        .collect()
}

const NUDGES: &str = "[schedule]\ninterval = \"45m\"\n[posture]\nnudge_every = \"10m\"\n";

#[test]
fn nudges_come_at_their_deadline_and_show_in_the_status() {
    let mut h = harness(NUDGES);
    h.app.on_wake(h.at(3));
    let due = h.t0.utc + TimeDelta::minutes(10);
    assert_eq!(h.app.status().next_nudge, Some(rfc3339(due)));
    assert_eq!(h.app.status().position, None);
    // The loop sleeps until the nudge, not a moment less.
    assert_eq!(
        h.app.next_wake(h.at(3)),
        Some(h.at(600).mono + Duration::from_millis(1))
    );
    h.app.on_wake(h.at(599));
    assert!(nudges(&h).is_empty());
    h.app.on_wake(h.at(600));
    assert_eq!(nudges(&h), vec!["Change position".to_string()]);
    for minutes in [20, 30, 40] {
        h.app.on_wake(h.at(minutes * 60));
    }
    assert_eq!(nudges(&h).len(), 4);
    // The next would be at 50 minutes, within 5 minutes after the reminder at 45: none is
    // scheduled before it.
    assert_eq!(h.app.status().next_nudge, None);
    // Paused: none, and no deadline for one.
    let mut paused = harness(NUDGES);
    paused.control(
        paused.at(1),
        Request::Pause {
            secs: None,
            until_tomorrow: false,
        },
    );
    assert_eq!(paused.app.status().next_nudge, None);
    paused.app.on_wake(paused.at(600));
    assert!(nudges(&paused).is_empty());
    // Off by default.
    let off = harness(FIVE_MINUTES);
    assert_eq!(off.app.status().next_nudge, None);
}

#[test]
fn a_nudge_due_during_a_fullscreen_window_is_dropped() {
    let mut h = harness(
        "[schedule]\ninterval = \"45m\"\n[posture]\nnudge_every = \"10m\"\n[presence]\nhold_when = [\"fullscreen\"]\n",
    );
    h.recorded.borrow_mut().fullscreen = Some(true);
    h.app.on_wake(h.at(600));
    assert!(h.calls().contains(&Call::FullscreenAsked));
    assert!(nudges(&h).is_empty());
    assert_eq!(h.app.status().next_nudge, None);
    // The film ends at 12 minutes: the dropped nudge is not shown late; the next is 10 minutes on.
    h.app
        .handle(h.at(720), AppEvent::Busy(Busy::Fullscreen, false));
    assert!(nudges(&h).is_empty());
    assert_eq!(h.app.status().next_nudge, Some(rfc3339(h.at(1320).utc)));
}

#[test]
fn the_tray_switch_turns_nudges_on_and_is_kept() {
    let mut h = harness(FIVE_MINUTES.replace("5m", "45m").as_str());
    h.app.create_tray(h.at(0));
    assert_eq!(
        h.recorded.borrow().trays.last().map(|t| t.nudges),
        Some(false)
    );
    h.app
        .handle(h.at(10), AppEvent::Menu(MenuAction::ToggleNudges));
    assert_eq!(
        h.recorded.borrow().trays.last().map(|t| t.nudges),
        Some(true)
    );
    let saved = h.recorded.borrow().saved.last().cloned();
    assert_eq!(saved.and_then(|s| s.nudges), Some(true));
    // Without nudge_every the switch uses 15 minutes.
    assert_eq!(
        h.app.status().next_nudge,
        Some(rfc3339(h.at(10 + 15 * 60).utc))
    );
    h.app
        .handle(h.at(20), AppEvent::Menu(MenuAction::ToggleNudges));
    assert_eq!(h.app.status().next_nudge, None);
}

#[test]
fn sit_stand_positions_are_kept_said_and_recorded() {
    let turns = "[schedule]\ninterval = \"45m\"\n[posture]\nsit_stand = { sit = \"40m\", stand = \"20m\" }\n";
    let mut h = harness(turns);
    // The first start counts as sitting.
    assert_eq!(h.history(), vec![EventKind::Sitting]);
    assert_eq!(
        h.app.status().position,
        Some(crate::core::posture::Position::Sitting)
    );
    let standing = crate::core::posture::Position::Standing;
    let answer = h.control(h.at(60), Request::Position { position: standing });
    assert!(answer.ok, "{answer:?}");
    assert_eq!(answer.status.and_then(|s| s.position), Some(standing));
    assert_eq!(h.history(), vec![EventKind::Sitting, EventKind::Standing]);
    // Standing 20 minutes: "Time to sit down" (the reminder at 45 minutes is 25 minutes away).
    h.app.on_wake(h.at(60 + 20 * 60));
    assert_eq!(nudges(&h), vec!["Time to sit down".to_string()]);
    // The tray's item says it too.
    h.app.handle(
        h.at(1300),
        AppEvent::Menu(MenuAction::Position(
            crate::core::posture::Position::Sitting,
        )),
    );
    assert_eq!(h.history().last(), Some(&EventKind::Sitting));
    // Quitting stops the position's time.
    h.app.shut_down(h.at(1400));
    assert_eq!(h.history().last(), Some(&EventKind::Stopped));
    // Without sit/stand turns the request is refused, saying how to turn them on.
    let mut off = harness(FIVE_MINUTES);
    let refused = off.control(off.at(1), Request::Position { position: standing });
    assert!(!refused.ok);
    assert!(refused.error.is_some_and(|e| e.contains("sit_stand")));
    assert!(off.history().is_empty());
}

// ---- how a stretch felt ----

fn stretch_once(
    h: &mut Harness,
    at: u64,
    outcome: crate::shell::stretch_window::Outcome,
) -> String {
    h.app.on_wake(h.at(at));
    h.answer(h.at(at + 1), h.reminders().len() as u64, Action::Start);
    h.app.take_ui();
    let exercise = h.app.status().exercise.expect("an exercise is offered");
    h.app.stretch_finished(h.at(at + 60), outcome);
    exercise
}

#[test]
fn the_answer_after_a_stretch_rates_that_exercise_once() {
    use crate::core::feeling::Feeling;
    use crate::shell::stretch_window::Outcome;
    let mut h = harness(FIVE_MINUTES);
    let exercise = stretch_once(&mut h, 300, Outcome::Skipped);
    h.app.feeling_given(h.at(365), Feeling::NotForMe);
    let last = h.recorded.borrow().history.last().cloned().expect("a line");
    assert_eq!(
        (last.event, last.exercise.as_deref(), last.feeling),
        (
            EventKind::Rated,
            Some(exercise.as_str()),
            Some(Feeling::NotForMe)
        )
    );
    assert_eq!(
        h.app.progress.exercises.rating(&exercise),
        Some(Feeling::NotForMe)
    );
    // Once the window closed, a late answer rates nothing.
    h.app.question_closed();
    h.app.feeling_given(h.at(366), Feeling::Hurt);
    assert_eq!(h.history().last(), Some(&EventKind::Rated));
    assert_eq!(
        h.history()
            .iter()
            .filter(|e| **e == EventKind::Rated)
            .count(),
        1
    );
    assert_eq!(
        h.app.progress.exercises.rating(&exercise),
        Some(Feeling::NotForMe)
    );
}

#[test]
fn a_rating_over_the_socket_is_checked_and_steers_the_next_pick() {
    use crate::core::feeling::Feeling;
    let mut h = harness(FIVE_MINUTES);
    let refused = h.control(
        h.at(1),
        Request::Rate {
            exercise: "no-such".into(),
            feeling: Some(Feeling::Good),
        },
    );
    assert!(!refused.ok);
    assert!(h.history().is_empty());
    // Everything the default positions allow hurts: the reminder says so plainly.
    let set = ExerciseSet::bundled().unwrap();
    for e in set.eligible(&Config::default().stretch.positions) {
        let answer = h.control(
            h.at(2),
            Request::Rate {
                exercise: e.id.clone(),
                feeling: Some(Feeling::Hurt),
            },
        );
        assert!(answer.ok, "{:?}", answer.error);
    }
    h.app.on_wake(h.at(300));
    let body = h
        .calls()
        .into_iter()
        .find_map(|c| match c {
            Call::Remind { body, .. } => Some(body),
            _ => None,
        })
        .expect("a reminder");
    assert!(body.contains("rated \"It hurt\""), "{body}");
    assert!(body.contains("exercises rate ID clear"), "{body}");
    assert_eq!(h.app.status().exercise, None);
    // Start from the reminder: no empty window.
    h.answer(h.at(301), 1, Action::Start);
    assert!(h.app.take_ui().is_empty());
    // Clearing one brings it back at the next reminder.
    let cleared = h.control(
        h.at(302),
        Request::Rate {
            exercise: "chin-tucks".into(),
            feeling: None,
        },
    );
    assert!(cleared.ok);
    assert_eq!(h.history().last(), Some(&EventKind::RatingCleared));
    let next = h.reminders().len();
    for t in (310..=1000).step_by(10) {
        h.app.on_wake(h.at(t));
        if h.reminders().len() > next {
            break;
        }
    }
    assert!(h.reminders().len() > next, "no next reminder");
    assert_eq!(h.app.status().exercise.as_deref(), Some("chin-tucks"));
}

#[test]
fn step_cues_are_heard_unless_turned_off() {
    use crate::core::sound::Cue;
    let mut h = harness(FIVE_MINUTES);
    h.app.cue(Cue::Step(1));
    h.app.cue(Cue::End);
    let cues = |h: &Harness| -> Vec<Call> {
        h.calls()
            .into_iter()
            .filter(|c| matches!(c, Call::Cue(_)))
            .collect()
    };
    assert_eq!(cues(&h), [Call::Cue(Cue::Step(1)), Call::Cue(Cue::End)]);
    let mut off = harness(&format!("{FIVE_MINUTES}[stretch]\ncues = \"off\"\n"));
    off.app.cue(Cue::Step(1));
    assert!(cues(&off).is_empty());
}

#[test]
fn the_voice_reads_each_step_and_falls_back_to_chimes_without_a_speech_service() {
    use crate::core::sound::Cue;
    use crate::shell::stretch_window::Outcome;
    let heard = |h: &Harness| -> Vec<Call> {
        h.calls()
            .into_iter()
            .filter(|c| matches!(c, Call::Cue(_) | Call::Say(_) | Call::GuideStop))
            .collect()
    };
    let config = format!("{FIVE_MINUTES}[stretch]\ncues = \"voice\"\n");
    let mut h = harness(&config);
    h.app.start_stretch(h.at(10), None);
    let texts = h.app.offer.step_texts.clone();
    assert!(texts.len() >= 3, "{texts:?}");
    h.app.cue(Cue::Step(1));
    h.app.cue(Cue::End);
    h.app.stretch_finished(h.at(70), Outcome::Completed);
    assert_eq!(
        heard(&h),
        [
            Call::Say(texts[0].clone()),
            Call::Say(texts[1].clone()),
            Call::Cue(Cue::End),
            Call::GuideStop,
        ]
    );
    // No speech service: said once in the log, the connection is let go, the next steps chime.
    let mut h = harness(&config);
    h.app.start_stretch(h.at(10), None);
    h.app.handle(
        h.at(11),
        AppEvent::SpeechUnavailable("no speech-dispatcher".into()),
    );
    h.app.cue(Cue::Step(1));
    let calls = heard(&h);
    assert_eq!(calls[1..], [Call::GuideStop, Call::Cue(Cue::Step(1))]);
    assert!(!h.app.log.warn_once("speech", "again"), "said once already");
}

#[test]
fn the_speaker_toggle_silences_cues_and_is_remembered() {
    use crate::core::sound::Cue;
    let heard = |h: &Harness| -> Vec<Call> {
        h.calls()
            .into_iter()
            .filter(|c| matches!(c, Call::Cue(_) | Call::Say(_) | Call::GuideStop))
            .collect()
    };
    let mut h = harness(&format!("{FIVE_MINUTES}[stretch]\ncues = \"voice\"\n"));
    h.app.start_stretch(h.at(10), None);
    let texts = h.app.offer.step_texts.clone();
    h.app.sound_toggled(true, 0);
    h.app.cue(Cue::Step(1));
    h.app.cue(Cue::End);
    assert_eq!(heard(&h), [Call::Say(texts[0].clone()), Call::GuideStop]);
    assert!(h
        .recorded
        .borrow()
        .saved
        .last()
        .is_some_and(|s| s.cues_muted));
    // On again in the middle of step 2: that step is read, and so are the next.
    h.app.sound_toggled(false, 1);
    h.app.cue(Cue::Step(2));
    assert_eq!(
        heard(&h)[2..],
        [Call::Say(texts[1].clone()), Call::Say(texts[2].clone())]
    );
    assert!(h
        .recorded
        .borrow()
        .saved
        .last()
        .is_some_and(|s| !s.cues_muted));
}

#[test]
fn the_figure_stands_still_when_the_desktop_or_the_config_says_so() {
    let still = |config: &str, desktop: Option<bool>| -> (bool, bool) {
        let mut h = harness(&format!("{FIVE_MINUTES}{config}"));
        h.recorded.borrow_mut().animations_off = desktop;
        h.app.start_stretch(h.at(10), None);
        let asked = h.calls().contains(&Call::AnimationsAsked);
        match h.app.take_ui().as_slice() {
            [UiCommand::OpenStretch(spec, _)] => (spec.still, asked),
            _ => panic!("no stretch window"),
        }
    };
    assert_eq!(still("", None), (false, true));
    assert_eq!(still("", Some(false)), (false, true));
    assert_eq!(still("", Some(true)), (true, true));
    // Written in the config: the desktop is not asked.
    assert_eq!(
        still("[stretch]\nmotion = \"full\"\n", Some(true)),
        (false, false)
    );
    assert_eq!(
        still("[stretch]\nmotion = \"reduced\"\n", None),
        (true, false)
    );
}

const SYNCED: &str =
    "[schedule]\ninterval = \"5m\"\n[sync]\nfolder = \"/srv/sync\"\nname = \"laptop\"\n";

impl Harness {
    /// What this machine wrote to the sync folder, as `(minutes after t0 rounded down, event)`.
    fn shared(&self) -> Vec<String> {
        self.recorded
            .borrow()
            .shared
            .iter()
            .map(|line| {
                let json = line.to_line();
                let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
                let secs = (line.ts.to_utc() - self.t0.utc).num_seconds();
                format!("{secs} {}", value["event"].as_str().unwrap_or_default())
            })
            .collect()
    }

    /// Lines of another machine's file arrive.
    fn peer_lines(&mut self, now: Now, machine: &str, lines: &[(u64, &str)]) {
        let lines = lines
            .iter()
            .map(|(secs, event)| {
                let ts = (self.t0.utc + TimeDelta::seconds(*secs as i64)).fixed_offset();
                format!(
                    r#"{{"ts":"{}","event":"{event}","exercise":"chin-tuck","secs":600}}"#,
                    ts.to_rfc3339()
                )
            })
            .collect();
        self.app.handle(
            now,
            AppEvent::Sync(crate::sync_folder::SyncFact::Lines {
                machine: machine.into(),
                lines,
            }),
        );
    }
}

/// This machine's stretches, breaks, presence and reminder ends go to the folder; nothing
/// else does, and nothing without `[sync]`.
#[test]
fn sync_shares_breaks_presence_and_reminder_ends() {
    let mut h = harness(SYNCED);
    assert_eq!(h.shared(), ["0 active"]);
    h.app.on_wake(h.at(300));
    h.answer(h.at(310), 1, Action::Start);
    h.app
        .stretch_finished(h.at(370), crate::shell::stretch_window::Outcome::Completed);
    let since = h.t0.utc + TimeDelta::seconds(400);
    h.app
        .handle(h.at(460), AppEvent::Presence(Fact::Idle { since }));
    h.app.handle(h.at(1000), AppEvent::Presence(Fact::Active));
    // The next reminder goes unanswered and ends by itself.
    h.app.on_wake(h.at(1300));
    h.app.on_wake(h.at(1360));
    h.app.shut_down(h.at(1400));
    assert_eq!(
        h.shared(),
        [
            "0 active",
            "310 reminder_over",
            "370 completed",
            "400 away",
            "1000 active",
            "1000 natural_break",
            "1360 reminder_over",
            "1400 away",
        ]
    );
    let mut off = harness(FIVE_MINUTES);
    off.app.on_wake(off.at(300));
    off.answer(off.at(310), 1, Action::Snooze);
    assert!(off.shared().is_empty());
    assert_eq!(off.app.status().sync, None);
}

/// Idle since before the app started: "away" is stamped no earlier than the "active" said at
/// start, so the other machines read the two in the order they happened.
#[test]
fn sync_never_stamps_away_before_active() {
    let mut h = harness(SYNCED);
    let since = h.t0.utc - TimeDelta::seconds(30);
    h.app
        .handle(h.at(60), AppEvent::Presence(Fact::Idle { since }));
    assert_eq!(h.shared(), ["0 active", "0 away"]);
}

/// A stretch on another machine restarts the interval here and counts in today's progress; a
/// reminder answered there drops the one here without echoing back.
#[test]
fn sync_hears_breaks_and_answers_from_other_machines() {
    let mut h = harness(SYNCED);
    h.peer_lines(h.at(200), "desk", &[(100, "active"), (190, "completed")]);
    assert_eq!(
        h.app.status().next_reminder,
        Some(rfc3339(h.t0.utc + TimeDelta::seconds(190 + 300)))
    );
    assert_eq!(
        h.app
            .progress
            .tally
            .progress(h.app.progress.day)
            .completed_today,
        1
    );
    // The same line again (a re-read) changes nothing.
    h.peer_lines(h.at(210), "desk", &[(190, "completed")]);
    assert_eq!(
        h.app
            .progress
            .tally
            .progress(h.app.progress.day)
            .completed_today,
        1
    );
    // Both remind at 490; the person answers at the desk.
    h.peer_lines(h.at(480), "desk", &[(480, "away")]);
    h.app.on_wake(h.at(490));
    assert_eq!(h.reminders(), vec![1], "here is the machine used last");
    h.peer_lines(
        h.at(500),
        "desk",
        &[(495, "active"), (499, "reminder_over")],
    );
    assert!(h.calls().contains(&Call::Withdraw));
    assert_eq!(h.state(), "active");
    assert_eq!(
        h.app.status().next_reminder,
        Some(rfc3339(h.t0.utc + TimeDelta::seconds(499 + 300)))
    );
    assert!(
        !h.shared().iter().any(|l| l.ends_with("reminder_over")),
        "no echo: {:?}",
        h.shared()
    );
    let sync = h.app.status().sync.unwrap_or_else(|| panic!("sync status"));
    assert_eq!(
        (sync.name.as_str(), sync.folder.as_str()),
        ("laptop", "/srv/sync")
    );
    assert_eq!(sync.peers.len(), 1);
    assert_eq!(sync.peers[0].name, "desk");
    assert!(!sync.peers[0].away);
}

/// While the person works at another machine, a reminder due here waits there; time away
/// from here is no break.
#[test]
fn sync_keeps_reminders_and_breaks_where_the_person_is() {
    let mut h = harness(SYNCED);
    let since = h.t0.utc + TimeDelta::seconds(60);
    h.app
        .handle(h.at(120), AppEvent::Presence(Fact::Idle { since }));
    h.peer_lines(h.at(100), "desk", &[(100, "active")]);
    h.app.on_wake(h.at(300));
    assert!(h.reminders().is_empty());
    assert_eq!(h.state(), "held");
    // Back here after 15 minutes of work at the desk: no natural break, the reminder shows.
    h.app.handle(h.at(900), AppEvent::Presence(Fact::Active));
    assert!(
        !h.history().contains(&EventKind::NaturalBreak),
        "{:?}",
        h.history()
    );
    assert_eq!(h.reminders(), vec![1]);
}
