//! Configuration: parse (TOML → raw, spanned values) → validate (ranges, cross-checks, with
//! positions) → resolve (system file overridden key by key by the user's file, then defaults).

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use toml::Spanned;

use super::duration::{format_duration, parse_duration, DurationError};
use super::exercises::Position;
use super::located::{decode_text, from_toml_error, FileError};
use super::posture::{SitStand, DEFAULT_NUDGE_EVERY};
use super::presence::Busy;
use super::sound::Cues;
use super::words::{Language, Prose};
use super::working_hours::{self, WorkingHours};

/// The documented example; a test keeps it equal to `Config::default()`.
pub const EXAMPLE_TOML: &str = include_str!("../../config.example.toml");

/// Config files larger than this are refused: a config is a few hundred bytes.
pub const MAX_CONFIG_BYTES: usize = 256 * 1024;

const MAX_INTERVAL: Duration = Duration::from_secs(24 * 3600);
const MAX_STRETCH: Duration = Duration::from_secs(30 * 60);
/// The longest snooze, wherever it is asked for (config, menu, `posture-break snooze`).
pub const MAX_SNOOZE: Duration = MAX_INTERVAL;
/// The longest timed pause, wherever it is asked for (config, menu, `posture-break pause`).
pub const MAX_PAUSE: Duration = Duration::from_secs(7 * 24 * 3600);
const ONE_SECOND: Duration = Duration::from_secs(1);
const MAX_CHOICES: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub general: GeneralConfig,
    pub schedule: ScheduleConfig,
    pub stretch: StretchConfig,
    pub notification: NotificationConfig,
    pub presence: PresenceConfig,
    /// Reminders only inside these hours; `None`: always.
    pub working_hours: Option<WorkingHours>,
    pub posture: PostureConfig,
    /// Several computers through a synced folder; `None`: sync is off.
    pub sync: Option<SyncConfig>,
}

/// `[sync]`: a folder a sync engine keeps, shared by the person's machines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncConfig {
    /// As written: absolute, or `~/...` for the home directory (the shell expands it).
    pub folder: String,
    /// This machine's file name in the folder; `None`: the hostname.
    pub name: Option<String>,
}

/// The longest machine name: a file name on every platform, a short line in the tray.
pub const MAX_MACHINE_NAME: usize = 64;

/// Whether `name` may name a machine's file: letters, digits, `-`, `_` and `.`, not starting
/// with a dot (hidden, and Syncthing's temporary files), and not a sync-conflict copy's name.
pub fn check_machine_name(name: &str) -> Result<(), Prose> {
    let problem = |problem: &str, bad: String| {
        Prose::new("config-sync-name")
            .text("name", name)
            .text("problem", problem)
            .number("max", MAX_MACHINE_NAME)
            .text("char", bad)
    };
    if name.is_empty() {
        return Err(problem("empty", String::new()));
    }
    if name.chars().count() > MAX_MACHINE_NAME {
        return Err(problem("too-long", String::new()));
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        return Err(problem("character", format!("{bad:?}")));
    }
    if name.starts_with('.') {
        return Err(problem("dot", String::new()));
    }
    if name.contains(".sync-conflict-") {
        return Err(problem("conflict", String::new()));
    }
    Ok(())
}

/// `[general]`: what is not about one part of the app.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GeneralConfig {
    pub language: LanguageChoice,
}

/// `general.language`: the system's language, or one the person chose.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LanguageChoice {
    #[default]
    Auto,
    Fixed(&'static Language),
}

/// Changing position between stretches; both are off by default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PostureConfig {
    /// A quiet nudge this often between stretches; `None`: nudges are off (the tray's switch
    /// then uses [`DEFAULT_NUDGE_EVERY`], kept below the interval).
    pub nudge_every: Option<Duration>,
    /// Sit/stand turns for a standing desk.
    pub sit_stand: Option<SitStand>,
}

impl PostureConfig {
    /// The interval of nudges once switched on: the configured one, else the default, kept
    /// shorter than the stretch interval.
    pub fn every_when_on(&self, interval: Duration) -> Duration {
        self.nudge_every
            .unwrap_or_else(|| DEFAULT_NUDGE_EVERY.min(interval / 3).max(ONE_SECOND))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresenceConfig {
    /// No input for this long means the user is away.
    pub idle_after: Duration,
    /// Away (idle, locked, suspended) at least this long counts as a break.
    pub natural_break: Duration,
    /// What holds a due reminder back until it is over.
    pub hold_when: Vec<Busy>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleConfig {
    /// Time between reminders.
    pub interval: Duration,
    /// What "Snooze" in the notification and `posture-break snooze` use.
    pub snooze: Duration,
    /// The tray's Snooze submenu.
    pub snooze_choices: Vec<Duration>,
    /// The tray's Pause submenu (plus "until tomorrow" and "until I resume").
    pub pause_choices: Vec<Duration>,
    /// When "pause until tomorrow" ends, local time.
    pub day_starts_at: TimeOfDay,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StretchConfig {
    pub duration: Duration,
    /// Which exercises may be offered.
    pub positions: Vec<Position>,
    /// What the guided minute sounds like.
    pub cues: Cues,
    /// Whether the figure moves between shapes or shows each step's pose still.
    pub motion: Motion,
}

/// `[stretch] motion`: the figure's movement. `auto` follows the desktop's own setting (GNOME's
/// `enable-animations`, Windows' "Show animations"); `full` and `reduced` override it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    Auto,
    Full,
    Reduced,
}

impl Motion {
    pub const ALL: [&'static str; 3] = ["auto", "full", "reduced"];

    pub fn parse(text: &str) -> Option<Motion> {
        match text {
            "auto" => Some(Motion::Auto),
            "full" => Some(Motion::Full),
            "reduced" => Some(Motion::Reduced),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Motion::Auto => "auto",
            Motion::Full => "full",
            Motion::Reduced => "reduced",
        }
    }

    /// Whether the figure stands still in each step's pose, given whether the desktop asks for
    /// fewer animations (`None`: it does not say).
    pub fn reduced(self, desktop_reduces: Option<bool>) -> bool {
        match self {
            Motion::Auto => desktop_reduces.unwrap_or(false),
            Motion::Full => false,
            Motion::Reduced => true,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationConfig {
    /// An ignored reminder is withdrawn after this.
    pub timeout: Duration,
    pub sound: bool,
}

/// A local wall-clock time, minutes since midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeOfDay {
    pub hour: u32,
    pub minute: u32,
}

impl TimeOfDay {
    pub fn parse(text: &str) -> Option<TimeOfDay> {
        let (h, m) = text.trim().split_once(':')?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return None;
        }
        let hour: u32 = h.parse().ok()?;
        let minute: u32 = m.parse().ok()?;
        (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
    }
}

impl std::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Default for Config {
    fn default() -> Self {
        let minutes = |m: u64| Duration::from_secs(m * 60);
        Config {
            general: GeneralConfig::default(),
            schedule: ScheduleConfig {
                interval: minutes(45),
                snooze: minutes(10),
                snooze_choices: vec![minutes(5), minutes(10), minutes(20)],
                pause_choices: vec![minutes(30), minutes(60), minutes(120)],
                day_starts_at: TimeOfDay { hour: 8, minute: 0 },
            },
            stretch: StretchConfig {
                duration: Duration::from_secs(60),
                positions: vec![Position::Seated, Position::Standing],
                cues: Cues::Chime,
                motion: Motion::Auto,
            },
            notification: NotificationConfig {
                timeout: Duration::from_secs(60),
                sound: true,
            },
            presence: PresenceConfig {
                idle_after: minutes(1),
                natural_break: minutes(3),
                hold_when: Busy::ALL.to_vec(),
            },
            working_hours: None,
            posture: PostureConfig::default(),
            sync: None,
        }
    }
}

/// One config file's text, as read from disk.
#[derive(Debug, Clone)]
pub struct ConfigSource {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

impl Config {
    /// Parses and validates one file on top of the defaults.
    pub fn from_file_contents(path: &Path, bytes: &[u8]) -> Result<Config, FileError> {
        Config::layered(&[ConfigSource {
            path: path.to_path_buf(),
            bytes: bytes.to_vec(),
        }])
    }

    /// Later sources override earlier ones key by key (system defaults first, the user's file last).
    pub fn layered(sources: &[ConfigSource]) -> Result<Config, FileError> {
        let mut files = Vec::with_capacity(sources.len());
        for source in sources {
            let text = decode_text(&source.path, &source.bytes, MAX_CONFIG_BYTES)?;
            let raw: RawConfig = toml::from_str(&text)
                .map_err(|e| with_section_hint(from_toml_error(&source.path, &text, &e)))?;
            files.push(ParsedFile {
                path: &source.path,
                text,
                raw,
            });
        }
        resolve(&files)
    }

    /// The config as TOML, every key written out (used by `config init` tests and docs).
    pub fn summary(&self) -> String {
        let list = |items: &[Duration]| {
            items
                .iter()
                .map(|d| format!("\"{}\"", format_duration(*d)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        format!(
            "interval = {}, snooze = {} [{}], pause choices [{}], day starts at {}, stretch = {}, positions = {:?}, cues = {}, motion = {}, notification timeout = {}, sound = {}, idle after = {}, natural break = {}, nudges = {}, sit/stand = {}",
            format_duration(self.schedule.interval),
            format_duration(self.schedule.snooze),
            list(&self.schedule.snooze_choices),
            list(&self.schedule.pause_choices),
            self.schedule.day_starts_at,
            format_duration(self.stretch.duration),
            self.stretch.positions,
            self.stretch.cues.as_str(),
            self.stretch.motion.as_str(),
            format_duration(self.notification.timeout),
            self.notification.sound,
            format_duration(self.presence.idle_after),
            format_duration(self.presence.natural_break),
            self.posture
                .nudge_every
                .map_or("off".to_string(), format_duration),
            self.posture.sit_stand.map_or("off".to_string(), |t| format!(
                "{}/{}",
                format_duration(t.sit),
                format_duration(t.stand)
            )),
        )
    }
}

/// Every key by section, for "`interval` belongs in [schedule]".
const SECTION_KEYS: [(&str, &[&str]); 7] = [
    (
        "schedule",
        &[
            "interval",
            "snooze",
            "snooze_choices",
            "pause_choices",
            "day_starts_at",
        ],
    ),
    ("stretch", &["duration", "positions", "cues", "motion"]),
    ("notification", &["timeout", "sound"]),
    ("presence", &["idle_after", "natural_break", "hold_when"]),
    ("posture", &["nudge_every", "sit_stand"]),
    ("sync", &["folder"]),
    (
        "working_hours",
        &[
            "days", "hours", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        ],
    ),
];

/// A valid key written in the wrong place (usually at the top, outside any section) names its
/// section.
fn with_section_hint(err: FileError) -> FileError {
    if err.prose.id() != "config-unknown-name" || err.prose.text_arg("what") != Some("key") {
        return err;
    }
    let Some(key) = err.prose.text_arg("name").map(str::to_string) else {
        return err;
    };
    match SECTION_KEYS
        .iter()
        .find(|(_, keys)| keys.contains(&key.as_str()))
    {
        Some((section, _)) => {
            let prose = Prose::new("config-key-belongs")
                .text("key", key)
                .text("section", *section)
                .prose("detail", err.prose.clone());
            err.with_prose(prose)
        }
        None => err,
    }
}

struct ParsedFile<'a> {
    path: &'a Path,
    text: String,
    raw: RawConfig,
}

// ---- parse: raw, spanned values exactly as written ----

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default, deserialize_with = "section")]
    general: RawGeneral,
    #[serde(default, deserialize_with = "section")]
    schedule: RawSchedule,
    #[serde(default, deserialize_with = "section")]
    stretch: RawStretch,
    #[serde(default, deserialize_with = "section")]
    notification: RawNotification,
    #[serde(default, deserialize_with = "section")]
    presence: RawPresence,
    #[serde(default, deserialize_with = "optional_section")]
    working_hours: Option<RawWorkingHours>,
    #[serde(default, deserialize_with = "section")]
    posture: RawPosture,
    #[serde(default, deserialize_with = "section")]
    sync: RawSync,
}

trait Section {
    const NAME: &'static str;
}
impl Section for RawGeneral {
    const NAME: &'static str = "general";
}
impl Section for RawSchedule {
    const NAME: &'static str = "schedule";
}
impl Section for RawStretch {
    const NAME: &'static str = "stretch";
}
impl Section for RawNotification {
    const NAME: &'static str = "notification";
}
impl Section for RawPresence {
    const NAME: &'static str = "presence";
}
impl Section for RawWorkingHours {
    const NAME: &'static str = "working_hours";
}
impl Section for RawPosture {
    const NAME: &'static str = "posture";
}
impl Section for RawSync {
    const NAME: &'static str = "sync";
}

/// Like `section`, for a section whose absence means something (no working hours: always).
fn optional_section<'de, D: Deserializer<'de>, T: Deserialize<'de> + Section>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    section(deserializer).map(Some)
}

/// A section must be a table: serde alone would also take a list (`[[schedule]]`) as the struct's
/// fields in order and complain about the first one.
fn section<'de, D: Deserializer<'de>, T: Deserialize<'de> + Section>(
    deserializer: D,
) -> Result<T, D::Error> {
    struct SectionVisitor<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de> + Section> Visitor<'de> for SectionVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            write!(f, "a table: [{}]", T::NAME)
        }
        fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::deserialize(de::value::MapAccessDeserializer::new(map))
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<T, A::Error> {
            Err(de::Error::custom(
                Prose::new("config-section-list")
                    .text("name", T::NAME)
                    .carried(),
            ))
        }
    }
    deserializer.deserialize_map(SectionVisitor(std::marker::PhantomData))
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table: [schedule]")]
struct RawSchedule {
    interval: Option<Spanned<DurationValue>>,
    snooze: Option<Spanned<DurationValue>>,
    snooze_choices: Option<Spanned<Vec<Spanned<DurationValue>>>>,
    pause_choices: Option<Spanned<Vec<Spanned<DurationValue>>>>,
    day_starts_at: Option<Spanned<TimeValue>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table: [general]")]
struct RawGeneral {
    language: Option<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table: [stretch]")]
struct RawStretch {
    duration: Option<Spanned<DurationValue>>,
    positions: Option<Spanned<Vec<Spanned<String>>>>,
    cues: Option<Spanned<String>>,
    motion: Option<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table: [notification]")]
struct RawNotification {
    timeout: Option<Spanned<DurationValue>>,
    sound: Option<Spanned<bool>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table: [presence]")]
struct RawPresence {
    idle_after: Option<Spanned<DurationValue>>,
    natural_break: Option<Spanned<DurationValue>>,
    hold_when: Option<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table: [posture]")]
struct RawPosture {
    nudge_every: Option<Spanned<DurationValue>>,
    sit_stand: Option<Spanned<RawSitStand>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table: [sync]")]
struct RawSync {
    folder: Option<Spanned<String>>,
    name: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a table of two durations: { sit = \"40m\", stand = \"20m\" }"
)]
struct RawSitStand {
    sit: Spanned<DurationValue>,
    stand: Spanned<DurationValue>,
}

type SpannedList = Spanned<Vec<Spanned<String>>>;
type StringList = Option<SpannedList>;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a table: [working_hours]")]
struct RawWorkingHours {
    days: StringList,
    hours: StringList,
    mon: StringList,
    tue: StringList,
    wed: StringList,
    thu: StringList,
    fri: StringList,
    sat: StringList,
    sun: StringList,
}

impl RawWorkingHours {
    fn day_key(&self, index: usize) -> Option<&SpannedList> {
        [
            &self.mon, &self.tue, &self.wed, &self.thu, &self.fri, &self.sat, &self.sun,
        ][index]
            .as_ref()
    }
}

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// A duration written as a string; a bare number gets a message that names the missing unit.
#[derive(Debug, Clone, Copy)]
struct DurationValue(Duration);

impl<'de> Deserialize<'de> for DurationValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DurationVisitor;
        impl Visitor<'_> for DurationVisitor {
            type Value = DurationValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a duration string such as \"45m\", \"1h 30m\" or \"90s\"")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<DurationValue, E> {
                parse_duration(text).map(DurationValue).map_err(|e| {
                    // Quote what was written unless the reason already does.
                    let quoted = match &e {
                        DurationError::Empty | DurationError::Unparsable(_) => true,
                        DurationError::NoUnit(number) => number == text.trim(),
                        _ => false,
                    };
                    let prose = match quoted {
                        true => e.prose(),
                        false => Prose::new("config-value-reason")
                            .text("value", text)
                            .prose("reason", e.prose()),
                    };
                    E::custom(prose.carried())
                })
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<DurationValue, E> {
                let prose = Prose::new("config-duration-number").text("value", n.to_string());
                Err(E::custom(prose.carried()))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<DurationValue, E> {
                self.visit_i64(n.min(i64::MAX as u64) as i64)
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<DurationValue, E> {
                let prose = Prose::new("config-duration-fraction").text("value", n.to_string());
                Err(E::custom(prose.carried()))
            }
        }
        deserializer.deserialize_any(DurationVisitor)
    }
}

#[derive(Debug, Clone, Copy)]
struct TimeValue(TimeOfDay);

impl<'de> Deserialize<'de> for TimeValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)
            .map_err(|_| de::Error::custom(Prose::new("config-time-unquoted").carried()))?;
        TimeOfDay::parse(&text).map(TimeValue).ok_or_else(|| {
            de::Error::custom(Prose::new("config-time-bad").text("value", text).carried())
        })
    }
}

// ---- validate + resolve ----

/// A value and where it came from (for errors that involve two keys).
struct Located<'f, T> {
    value: T,
    file: Option<&'f ParsedFile<'f>>,
    span: Range<usize>,
}

impl<T> Located<'_, T> {
    fn error(&self, prose: Prose) -> FileError {
        match self.file {
            Some(file) => FileError::at(file.path, &file.text, Some(self.span.clone()), prose),
            None => FileError::whole_file(Path::new("<defaults>"), prose),
        }
    }
}

/// The last file (the user's) that sets a key wins.
fn pick<'f, T: Clone>(
    files: &'f [ParsedFile<'f>],
    get: impl Fn(&RawConfig) -> Option<&Spanned<T>>,
    default: T,
) -> Located<'f, T> {
    files
        .iter()
        .rev()
        .find_map(|file| {
            get(&file.raw).map(|spanned| Located {
                value: spanned.get_ref().clone(),
                file: Some(file),
                span: spanned.span(),
            })
        })
        .unwrap_or(Located {
            value: default,
            file: None,
            span: 0..0,
        })
}

/// A setting that is one of a few words (`stretch.cues`, `stretch.motion`), the last file that
/// writes it winning: an unknown word is an error at its place, naming the closest allowed one.
fn pick_word<'f, T>(
    files: &'f [ParsedFile<'f>],
    get: impl Fn(&RawConfig) -> Option<&Spanned<String>>,
    key: &str,
    allowed: &[&str],
    parse: impl Fn(&str) -> Option<T>,
    default: T,
) -> Result<T, FileError> {
    let word = pick(files, get, String::new());
    if word.file.is_none() {
        return Ok(default);
    }
    parse(&word.value).ok_or_else(|| {
        word.error(
            Prose::new("config-word-unknown")
                .text("key", key)
                .text("value", word.value.as_str())
                .suggestion(super::located::closest(&word.value, allowed))
                .text("allowed", quoted_list(allowed)),
        )
    })
}

/// `"a", "b", "c"`: allowed words as a message lists them.
pub fn quoted_list(words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    quoted.join(", ")
}

/// A snooze asked for at run time, held to the config's limits.
pub fn check_snooze(duration: Duration) -> Result<Duration, String> {
    within("snooze", duration, MAX_SNOOZE)
}

/// A timed pause asked for at run time, held to the config's limits.
pub fn check_pause(duration: Duration) -> Result<Duration, String> {
    within("pause", duration, MAX_PAUSE)
}

fn within(what: &str, duration: Duration, max: Duration) -> Result<Duration, String> {
    if duration < ONE_SECOND || duration > max {
        return Err(format!(
            "{what} must be between {} and {}",
            format_duration(ONE_SECOND),
            format_duration(max)
        ));
    }
    Ok(duration)
}

fn check_range(
    located: &Located<'_, DurationValue>,
    key: &str,
    min: Duration,
    max: Duration,
) -> Result<Duration, FileError> {
    let value = located.value.0;
    if value < min || value > max {
        return Err(located.error(
            Prose::new("config-out-of-range")
                .text("key", key)
                .text("zero", if value.is_zero() { "yes" } else { "no" })
                .text("value", format_duration(value))
                .text("min", format_duration(min))
                .text("max", format_duration(max)),
        ));
    }
    Ok(value)
}

fn check_choices(
    files: &[ParsedFile<'_>],
    get: impl Fn(&RawConfig) -> Option<&Spanned<Vec<Spanned<DurationValue>>>>,
    default: &[Duration],
    key: &str,
    max: Duration,
) -> Result<Vec<Duration>, FileError> {
    let Some((file, list)) = files.iter().rev().find_map(|f| get(&f.raw).map(|l| (f, l))) else {
        return Ok(default.to_vec());
    };
    let whole = Located {
        value: (),
        file: Some(file),
        span: list.span(),
    };
    if list.get_ref().is_empty() {
        return Err(whole.error(Prose::new("config-choices-empty").text("key", key)));
    }
    if list.get_ref().len() > MAX_CHOICES {
        return Err(whole.error(
            Prose::new("config-choices-too-many")
                .text("key", key)
                .number("count", list.get_ref().len())
                .number("max", MAX_CHOICES),
        ));
    }
    list.get_ref()
        .iter()
        .map(|item| {
            let located = Located {
                value: *item.get_ref(),
                file: Some(file),
                span: item.span(),
            };
            check_range(&located, key, ONE_SECOND, max)
        })
        .collect()
}

fn resolve(files: &[ParsedFile<'_>]) -> Result<Config, FileError> {
    let defaults = Config::default();
    let one_second = ONE_SECOND;
    let d = |v: Duration| DurationValue(v);

    let interval = pick(
        files,
        |r| r.schedule.interval.as_ref(),
        d(defaults.schedule.interval),
    );
    let interval_value = check_range(&interval, "schedule.interval", one_second, MAX_INTERVAL)?;
    let snooze = pick(
        files,
        |r| r.schedule.snooze.as_ref(),
        d(defaults.schedule.snooze),
    );
    let snooze_value = check_range(&snooze, "schedule.snooze", one_second, MAX_SNOOZE)?;
    let snooze_choices = check_choices(
        files,
        |r| r.schedule.snooze_choices.as_ref(),
        &defaults.schedule.snooze_choices,
        "schedule.snooze_choices",
        MAX_SNOOZE,
    )?;
    let pause_choices = check_choices(
        files,
        |r| r.schedule.pause_choices.as_ref(),
        &defaults.schedule.pause_choices,
        "schedule.pause_choices",
        MAX_PAUSE,
    )?;
    let day_starts_at = pick(
        files,
        |r| r.schedule.day_starts_at.as_ref(),
        TimeValue(defaults.schedule.day_starts_at),
    )
    .value
    .0;

    let stretch = pick(
        files,
        |r| r.stretch.duration.as_ref(),
        d(defaults.stretch.duration),
    );
    let stretch_value = check_range(&stretch, "stretch.duration", one_second, MAX_STRETCH)?;
    if stretch_value > interval_value {
        // Point at whichever of the two keys the user actually wrote.
        let culprit = if stretch.file.is_some() {
            &stretch
        } else {
            &interval
        };
        return Err(culprit.error(
            Prose::new("config-stretch-longer")
                .text("stretch", format_duration(stretch_value))
                .text("interval", format_duration(interval_value)),
        ));
    }

    let positions = match files
        .iter()
        .rev()
        .find_map(|f| f.raw.stretch.positions.as_ref().map(|p| (f, p)))
    {
        None => defaults.stretch.positions.clone(),
        Some((file, list)) => {
            let whole = Located {
                value: (),
                file: Some(file),
                span: list.span(),
            };
            if list.get_ref().is_empty() {
                return Err(whole.error(Prose::new("config-positions-empty")));
            }
            let mut positions = Vec::new();
            for item in list.get_ref() {
                let located = Located {
                    value: (),
                    file: Some(file),
                    span: item.span(),
                };
                let position =
                    Position::parse(item.get_ref()).map_err(|prose| located.error(prose))?;
                if !positions.contains(&position) {
                    positions.push(position);
                }
            }
            positions
        }
    };

    let cues = pick_word(
        files,
        |r| r.stretch.cues.as_ref(),
        "stretch.cues",
        &Cues::ALL,
        Cues::parse,
        defaults.stretch.cues,
    )?;
    let motion = pick_word(
        files,
        |r| r.stretch.motion.as_ref(),
        "stretch.motion",
        &Motion::ALL,
        Motion::parse,
        defaults.stretch.motion,
    )?;

    let timeout = pick(
        files,
        |r| r.notification.timeout.as_ref(),
        d(defaults.notification.timeout),
    );
    let timeout_value = check_range(
        &timeout,
        "notification.timeout",
        one_second,
        Duration::from_secs(3600),
    )?;
    let sound = pick(
        files,
        |r| r.notification.sound.as_ref(),
        defaults.notification.sound,
    )
    .value;

    let idle_after = pick(
        files,
        |r| r.presence.idle_after.as_ref(),
        d(defaults.presence.idle_after),
    );
    let idle_after_value =
        check_range(&idle_after, "presence.idle_after", one_second, MAX_INTERVAL)?;
    let natural_break = pick(
        files,
        |r| r.presence.natural_break.as_ref(),
        d(defaults.presence.natural_break),
    );
    let natural_break_value = check_range(
        &natural_break,
        "presence.natural_break",
        one_second,
        MAX_INTERVAL,
    )?;
    if idle_after_value > natural_break_value {
        let culprit = if idle_after.file.is_some() {
            &idle_after
        } else {
            &natural_break
        };
        return Err(culprit.error(
            Prose::new("config-idle-longer")
                .text("idle", format_duration(idle_after_value))
                .text("natural", format_duration(natural_break_value)),
        ));
    }

    let hold_when = match files
        .iter()
        .rev()
        .find_map(|f| f.raw.presence.hold_when.as_ref().map(|l| (f, l)))
    {
        None => defaults.presence.hold_when.clone(),
        Some((file, list)) => {
            let mut causes = Vec::new();
            for item in list.get_ref() {
                let located = Located {
                    value: (),
                    file: Some(file),
                    span: item.span(),
                };
                let allowed: Vec<&str> = Busy::ALL.iter().map(Busy::name).collect();
                let cause = Busy::parse(item.get_ref()).ok_or_else(|| {
                    located.error(
                        Prose::new("config-hold-when-unknown")
                            .text("value", item.get_ref().as_str())
                            .suggestion(super::located::closest(item.get_ref(), &allowed))
                            .text("allowed", allowed.join(", ")),
                    )
                })?;
                if !causes.contains(&cause) {
                    causes.push(cause);
                }
            }
            causes
        }
    };
    let working_hours = resolve_working_hours(files)?;
    let posture = resolve_posture(files, &interval, interval_value)?;
    let language = resolve_language(files)?;

    Ok(Config {
        general: GeneralConfig { language },
        schedule: ScheduleConfig {
            interval: interval_value,
            snooze: snooze_value,
            snooze_choices,
            pause_choices,
            day_starts_at,
        },
        stretch: StretchConfig {
            duration: stretch_value,
            positions,
            cues,
            motion,
        },
        notification: NotificationConfig {
            timeout: timeout_value,
            sound,
        },
        presence: PresenceConfig {
            idle_after: idle_after_value,
            natural_break: natural_break_value,
            hold_when,
        },
        working_hours,
        posture,
        sync: resolve_sync(files)?,
    })
}

/// `[sync]`: on when a folder is given; the folder absolute or under `~/`, the name one that
/// can name a file.
fn resolve_sync(files: &[ParsedFile<'_>]) -> Result<Option<SyncConfig>, FileError> {
    let folder = pick(files, |r| r.sync.folder.as_ref(), String::new());
    let name = pick(files, |r| r.sync.name.as_ref(), String::new());
    if name.file.is_some() {
        check_machine_name(&name.value).map_err(|prose| name.error(prose))?;
    }
    if folder.file.is_none() {
        if name.file.is_some() {
            return Err(name.error(Prose::new("config-sync-name-alone")));
        }
        return Ok(None);
    }
    let written = folder.value.trim();
    if written.is_empty() {
        return Err(folder.error(Prose::new("config-sync-folder-empty")));
    }
    if !is_absolute_or_home(written) {
        return Err(folder.error(Prose::new("config-sync-folder-relative").text("folder", written)));
    }
    Ok(Some(SyncConfig {
        folder: written.to_string(),
        name: name.file.map(|_| name.value.clone()),
    }))
}

/// `/x`, `~`, `~/x`, and on Windows `C:\x`, `C:/x`, `~\x` or a share `\\host\x`: the same
/// folder whatever directory the app was started from.
fn is_absolute_or_home(path: &str) -> bool {
    let drive = path.as_bytes().get(..3).is_some_and(|b| {
        b[0].is_ascii_alphabetic() && b[1] == b':' && (b[2] == b'\\' || b[2] == b'/')
    });
    path.starts_with('/')
        || path.starts_with(r"\\")
        || drive
        || path == "~"
        || path.starts_with("~/")
        || path.starts_with(r"~\")
}

/// `general.language`: "auto" or a language the app has ("de", "pt-BR", or a regional tag such
/// as "de-AT" that finds one).
fn resolve_language(files: &[ParsedFile<'_>]) -> Result<LanguageChoice, FileError> {
    let word = pick(files, |r| r.general.language.as_ref(), String::new());
    if word.file.is_none() || word.value.eq_ignore_ascii_case("auto") {
        return Ok(LanguageChoice::Auto);
    }
    if let Some(language) = super::words::language::find(&word.value) {
        return Ok(LanguageChoice::Fixed(language));
    }
    let mut allowed = vec!["auto"];
    allowed.extend(super::words::language::tags());
    Err(word.error(
        Prose::new("config-language-unknown")
            .text("value", word.value.as_str())
            .suggestion(super::located::closest(&word.value, &allowed))
            .text("allowed", allowed.join(", ")),
    ))
}

/// `[posture]`: nudges shorter than the stretch interval, sit/stand phases of sane lengths.
fn resolve_posture(
    files: &[ParsedFile<'_>],
    interval: &Located<'_, DurationValue>,
    interval_value: Duration,
) -> Result<PostureConfig, FileError> {
    let nudge_every = match files
        .iter()
        .rev()
        .find_map(|f| f.raw.posture.nudge_every.as_ref().map(|v| (f, v)))
    {
        None => None,
        Some((file, value)) => {
            let located = Located {
                value: *value.get_ref(),
                file: Some(file),
                span: value.span(),
            };
            let every = check_range(&located, "posture.nudge_every", ONE_SECOND, MAX_INTERVAL)?;
            if every >= interval_value {
                let culprit = if interval.file.is_some_and(|f| std::ptr::eq(f, file)) {
                    &located
                } else if interval.file.is_some() {
                    interval
                } else {
                    &located
                };
                return Err(culprit.error(
                    Prose::new("config-nudge-not-shorter")
                        .text("every", format_duration(every))
                        .text("interval", format_duration(interval_value)),
                ));
            }
            Some(every)
        }
    };
    let sit_stand = match files
        .iter()
        .rev()
        .find_map(|f| f.raw.posture.sit_stand.as_ref().map(|v| (f, v)))
    {
        None => None,
        Some((file, table)) => {
            let phase = |value: &Spanned<DurationValue>, key: &str| {
                let located = Located {
                    value: *value.get_ref(),
                    file: Some(file),
                    span: value.span(),
                };
                check_range(&located, key, ONE_SECOND, MAX_INTERVAL)
            };
            Some(SitStand {
                sit: phase(&table.get_ref().sit, "posture.sit_stand.sit")?,
                stand: phase(&table.get_ref().stand, "posture.sit_stand.stand")?,
            })
        }
    };
    Ok(PostureConfig {
        nudge_every,
        sit_stand,
    })
}

/// The `[working_hours]` section, if any file has one; keys override key by key like others.
fn resolve_working_hours(files: &[ParsedFile<'_>]) -> Result<Option<WorkingHours>, FileError> {
    if files.iter().all(|f| f.raw.working_hours.is_none()) {
        return Ok(None);
    }
    // The last file that sets a key wins.
    let latest = |get: &dyn Fn(&RawWorkingHours) -> Option<&SpannedList>| {
        files.iter().rev().find_map(|f| {
            f.raw
                .working_hours
                .as_ref()
                .and_then(get)
                .map(|list| (f, list))
        })
    };
    let at = |file: &ParsedFile<'_>, span: Range<usize>, prose: Prose| {
        FileError::at(file.path, &file.text, Some(span), prose)
    };
    let mut working_days = [true, true, true, true, true, false, false];
    if let Some((file, list)) = latest(&|w| w.days.as_ref()) {
        if list.get_ref().is_empty() {
            return Err(at(file, list.span(), Prose::new("config-days-empty")));
        }
        working_days = [false; 7];
        for item in list.get_ref() {
            let name = item.get_ref().trim().to_ascii_lowercase();
            let Some(index) = DAY_NAMES.iter().position(|d| *d == name) else {
                return Err(at(
                    file,
                    item.span(),
                    Prose::new("config-day-unknown")
                        .text("value", item.get_ref().as_str())
                        .suggestion(super::located::closest(&name, &DAY_NAMES)),
                ));
            };
            working_days[index] = true;
        }
    }
    let ranges = |file: &ParsedFile<'_>, list: &SpannedList, key: &str| {
        let mut parsed: Vec<working_hours::Range> = Vec::new();
        for item in list.get_ref() {
            let range = working_hours::Range::parse(item.get_ref())
                .map_err(|prose| at(file, item.span(), prose.text("key", key)))?;
            if let Some(other) = parsed.iter().position(|p| p.overlaps(&range)) {
                return Err(at(
                    file,
                    item.span(),
                    Prose::new("config-hours-overlap")
                        .text("key", key)
                        .text("value", item.get_ref().as_str())
                        .text("other", list.get_ref()[other].get_ref().as_str()),
                ));
            }
            parsed.push(range);
        }
        Ok::<_, FileError>(parsed)
    };
    let hours = match latest(&|w| w.hours.as_ref()) {
        Some((file, list)) => ranges(file, list, "hours")?,
        None => vec![working_hours::Range {
            start: 9 * 60,
            end: 18 * 60,
        }],
    };
    let mut days: [Vec<working_hours::Range>; 7] = Default::default();
    for (index, day) in days.iter_mut().enumerate() {
        *day = match latest(&|w| w.day_key(index)) {
            Some((file, list)) => ranges(file, list, DAY_NAMES[index])?,
            None if working_days[index] => hours.clone(),
            None => Vec::new(),
        };
    }
    Ok(Some(WorkingHours { days }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, FileError> {
        Config::from_file_contents(Path::new("/c/config.toml"), text.as_bytes())
    }

    /// The example must stand on its own: every key written out (read as a layer of its own,
    /// so a key missing from it is not filled in from the defaults), each equal to its default.
    #[test]
    fn example_file_documents_the_defaults() {
        let raw: RawConfig = toml::from_str(EXAMPLE_TOML).expect("config.example.toml parses");
        // Exhaustive patterns: a new key fails to compile here until it is listed.
        let RawConfig {
            general: RawGeneral { language },
            schedule:
                RawSchedule {
                    interval,
                    snooze,
                    snooze_choices,
                    pause_choices,
                    day_starts_at,
                },
            stretch:
                RawStretch {
                    duration,
                    positions,
                    cues,
                    motion,
                },
            notification: RawNotification { timeout, sound },
            presence:
                RawPresence {
                    idle_after,
                    natural_break,
                    hold_when,
                },
            working_hours,
            posture:
                RawPosture {
                    nudge_every,
                    sit_stand,
                },
            sync: RawSync { folder, name },
        } = &raw;
        // Sync is off by default: its keys are shown commented out.
        assert!(
            folder.is_none() && name.is_none(),
            "[sync]'s keys must stay commented out"
        );
        // Working hours are off by default: the example shows the section commented out, with
        // every key.
        assert!(
            working_hours.is_none(),
            "[working_hours] must stay commented out"
        );
        // So are posture nudges and sit/stand turns: the keys are shown commented out.
        assert!(
            nudge_every.is_none() && sit_stand.is_none(),
            "[posture]'s keys must stay commented out"
        );
        for key in [
            "# [working_hours]",
            "# days =",
            "# hours =",
            "# sat =",
            "[posture]",
            "# nudge_every =",
            "# sit_stand =",
            "[sync]",
            "# folder =",
            "# name =",
        ] {
            assert!(
                EXAMPLE_TOML.contains(key),
                "config.example.toml does not show {key:?}"
            );
        }
        let written = [
            ("general.language", language.is_some()),
            ("schedule.interval", interval.is_some()),
            ("schedule.snooze", snooze.is_some()),
            ("schedule.snooze_choices", snooze_choices.is_some()),
            ("schedule.pause_choices", pause_choices.is_some()),
            ("schedule.day_starts_at", day_starts_at.is_some()),
            ("stretch.duration", duration.is_some()),
            ("stretch.positions", positions.is_some()),
            ("stretch.cues", cues.is_some()),
            ("stretch.motion", motion.is_some()),
            ("notification.timeout", timeout.is_some()),
            ("notification.sound", sound.is_some()),
            ("presence.idle_after", idle_after.is_some()),
            ("presence.natural_break", natural_break.is_some()),
            ("presence.hold_when", hold_when.is_some()),
        ];
        let missing: Vec<&str> = written
            .iter()
            .filter(|(_, set)| !set)
            .map(|(key, _)| *key)
            .collect();
        assert!(
            missing.is_empty(),
            "config.example.toml does not write out {missing:?}"
        );
        assert_eq!(parse(EXAMPLE_TOML), Ok(Config::default()));
    }

    #[test]
    fn language_is_auto_a_tag_or_a_precise_error() {
        let language = |text: &str| parse(text).map(|c| c.general.language);
        assert_eq!(language(""), Ok(LanguageChoice::Auto));
        assert_eq!(
            language("[general]\nlanguage = \"auto\"\n"),
            Ok(LanguageChoice::Auto)
        );
        let german = super::super::words::language::find("de").expect("German");
        assert_eq!(
            language("[general]\nlanguage = \"de-AT\"\n"),
            Ok(LanguageChoice::Fixed(german))
        );
        let err = language("[general]\nlanguage = \"dee\"\n")
            .expect_err("no such language")
            .to_string();
        assert!(
            err.starts_with("/c/config.toml:2:12: `general.language` is \"dee\" (did you mean \"de\"?); the languages are: auto, en, de, fr,"),
            "{err}"
        );
        assert!(err.ends_with(", ar"), "{err}");
    }

    #[test]
    fn a_key_outside_its_section_names_the_section() {
        let err = parse("interval = \"30m\"\n").unwrap_err();
        assert_eq!((err.line, err.column), (1, 1));
        assert!(
            err.message()
                .starts_with("`interval` belongs in the [schedule] section"),
            "{err}"
        );
        let err = parse("[schedule]\nsound = true\n").unwrap_err();
        assert!(
            err.message()
                .contains("belongs in the [notification] section"),
            "{err}"
        );
    }

    #[test]
    fn empty_file_means_defaults() {
        assert_eq!(parse(""), Ok(Config::default()));
        assert_eq!(parse("# nothing\n\n"), Ok(Config::default()));
    }

    #[test]
    fn reads_every_key() {
        let config = parse(
            "[schedule]\ninterval = \"1h 30m\"\nsnooze = \"90s\"\nsnooze_choices = [\"1m\"]\npause_choices = [\"3h\"]\nday_starts_at = \"7:30\"\n[stretch]\nduration = \"2m\"\npositions = [\"floor\"]\n[notification]\ntimeout = \"30s\"\nsound = false\n",
        )
        .unwrap();
        assert_eq!(config.schedule.interval, Duration::from_secs(5400));
        assert_eq!(config.schedule.snooze, Duration::from_secs(90));
        assert_eq!(
            config.schedule.snooze_choices,
            vec![Duration::from_secs(60)]
        );
        assert_eq!(
            config.schedule.pause_choices,
            vec![Duration::from_secs(3 * 3600)]
        );
        assert_eq!(
            config.schedule.day_starts_at,
            TimeOfDay {
                hour: 7,
                minute: 30
            }
        );
        assert_eq!(config.stretch.duration, Duration::from_secs(120));
        assert_eq!(config.stretch.positions, vec![Position::Floor]);
        assert_eq!(config.notification.timeout, Duration::from_secs(30));
        assert!(!config.notification.sound);
    }

    #[test]
    fn user_file_overrides_system_file_key_by_key() {
        let system = ConfigSource {
            path: "/etc/xdg/posture-break/config.toml".into(),
            bytes: b"[schedule]\ninterval = \"30m\"\nsnooze = \"5m\"\n".to_vec(),
        };
        let user = ConfigSource {
            path: "/home/u/.config/posture-break/config.toml".into(),
            bytes: b"[schedule]\nsnooze = \"15m\"\n".to_vec(),
        };
        let config = Config::layered(&[system, user]).unwrap();
        assert_eq!(config.schedule.interval, Duration::from_secs(1800));
        assert_eq!(config.schedule.snooze, Duration::from_secs(900));
    }

    #[test]
    fn cross_check_points_at_the_stretch_key() {
        let err = parse("[schedule]\ninterval = \"30s\"\n").unwrap_err();
        assert!(
            err.message().contains("longer than `schedule.interval`"),
            "{err}"
        );
        assert_eq!(
            (err.line, err.column),
            (2, 12),
            "points at the interval: {err}"
        );
        let err =
            parse("[stretch]\nduration = \"2m\"\n[schedule]\ninterval = \"1m\"\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 12), "{err}");
    }

    #[test]
    fn dates_and_times_are_named_where_any_other_type_belongs() {
        for (text, at, found) in [
            (
                "[notification]\nsound = 1979-05-27\n",
                (2, 9),
                "found a date `1979-05-27`, expected true or false",
            ),
            (
                "[stretch]\npositions = [\"seated\", 07:30:00]\n",
                (2, 24),
                "found a time `07:30:00`, expected a string",
            ),
            (
                "[schedule]\nsnooze_choices = [1979-05-27T07:32:00Z]\n",
                (2, 19),
                "found a date and time `1979-05-27T07:32:00Z`, expected a duration string",
            ),
            (
                "[schedule]\ninterval = { date = 1979-05-27 }\n",
                (2, 12),
                "found a table, expected a duration string",
            ),
            (
                "schedule = 1979-05-27\n",
                (1, 12),
                "wrong type: found a date `1979-05-27`, expected a table",
            ),
        ] {
            let err = parse(text).unwrap_err();
            assert_eq!((err.line, err.column), at, "{err}");
            assert!(err.message().contains(found), "{text:?}: {err}");
            assert!(!err.message().contains("toml_private"), "{err}");
        }
        // A bare key may look like a date; it is still an unknown key.
        let err = parse("[schedule]\n1979-05-27 = \"45m\"\n").unwrap_err();
        assert!(
            err.message().starts_with("unknown key `1979-05-27`"),
            "{err}"
        );
    }

    #[test]
    fn seconds_intervals_are_accepted_for_tests() {
        let config =
            parse("[schedule]\ninterval = \"3s\"\n[stretch]\nduration = \"2s\"\n").unwrap();
        assert_eq!(config.schedule.interval, Duration::from_secs(3));
    }

    #[test]
    fn working_hours_resolve_days_hours_and_day_keys() {
        assert_eq!(parse("").unwrap().working_hours, None, "no section: always");
        let r = |start, end| working_hours::Range { start, end };
        let hours = parse(
            "[working_hours]\ndays = [\"mon\", \"WED\"]\nhours = [\"09:00-12:00\", \"22:00-24:00\"]\n\
             sat = [\"10:00-12:00\"]\nwed = []\n",
        )
        .unwrap()
        .working_hours
        .unwrap();
        assert_eq!(hours.days[0], vec![r(540, 720), r(1320, 1440)]);
        assert!(hours.days[1].is_empty(), "tuesday is not listed");
        assert!(hours.days[2].is_empty(), "a day key [] is a day off");
        assert_eq!(hours.days[5], vec![r(600, 720)], "a day key adds the day");
        let defaults = parse("[working_hours]\n").unwrap().working_hours.unwrap();
        assert_eq!(defaults.days[4], vec![r(540, 1080)]);
        assert!(defaults.days[6].is_empty());
        // The user's file overrides the system file key by key.
        let layered = Config::layered(&[
            ConfigSource {
                path: "/etc/xdg/posture-break/config.toml".into(),
                bytes: b"[working_hours]\nhours = [\"08:00-16:00\"]\n".to_vec(),
            },
            ConfigSource {
                path: "/home/u/config.toml".into(),
                bytes: b"[working_hours]\ndays = [\"fri\"]\n".to_vec(),
            },
        ])
        .unwrap()
        .working_hours
        .unwrap();
        assert_eq!(layered.days[4], vec![r(480, 960)]);
        assert!(layered.days[0].is_empty());
        let holds = parse("[presence]\nhold_when = []\n").unwrap();
        assert!(holds.presence.hold_when.is_empty());
    }

    #[test]
    fn run_time_snoozes_and_pauses_have_the_config_limits() {
        let secs = Duration::from_secs;
        assert_eq!(check_snooze(secs(1)), Ok(secs(1)));
        assert_eq!(check_snooze(MAX_SNOOZE), Ok(MAX_SNOOZE));
        assert_eq!(
            check_snooze(MAX_SNOOZE + secs(1)),
            Err("snooze must be between 1s and 24h".to_string())
        );
        assert!(check_snooze(Duration::from_millis(999)).is_err());
        assert_eq!(check_pause(MAX_PAUSE), Ok(MAX_PAUSE));
        assert_eq!(
            check_pause(MAX_PAUSE + secs(1)),
            Err("pause must be between 1s and 168h".to_string())
        );
        assert!(check_pause(Duration::ZERO).is_err());
        // What the config accepts, the control channel accepts, and no more.
        let at_limit = parse("[schedule]\nsnooze = \"24h\"\npause_choices = [\"168h\"]\n");
        assert!(at_limit.is_ok());
        let over = parse("[schedule]\nsnooze = \"24h 1s\"\n");
        assert!(over.is_err());
    }

    #[test]
    fn sync_needs_a_full_folder_and_a_name_that_can_name_a_file() {
        assert_eq!(parse("").unwrap().sync, None);
        for (text, folder, name) in [
            ("[sync]\nfolder = \"~/Sync/pb\"", "~/Sync/pb", None),
            (
                "[sync]\nfolder = \"/srv/pb\"\nname = \"laptop-2\"",
                "/srv/pb",
                Some("laptop-2"),
            ),
            ("[sync]\nfolder = 'C:\\Sync\\pb'", "C:\\Sync\\pb", None),
            ("[sync]\nfolder = '\\\\nas\\pb'", "\\\\nas\\pb", None),
            (
                "[sync]\nfolder = \"~\\\\Sync\"\nname = \"Büro.pc\"",
                "~\\Sync",
                Some("Büro.pc"),
            ),
        ] {
            assert_eq!(
                parse(text).unwrap().sync,
                Some(SyncConfig {
                    folder: folder.into(),
                    name: name.map(Into::into)
                }),
                "{text}"
            );
        }
        for (text, wanted) in [
            ("[sync]\nfolder = \"\"", "2:10: `sync.folder` is empty"),
            (
                "[sync]\nfolder = \"Sync/pb\"",
                "2:10: `sync.folder` \"Sync/pb\" is relative",
            ),
            ("[sync]\nfolder = \"~user/pb\"", "is relative"),
            (
                "[sync]\nname = \"desk\"",
                "2:8: `sync.name` without `sync.folder`",
            ),
            (
                "[sync]\nfolder = \"/s\"\nname = \"a/b\"",
                "3:8: `sync.name` \"a/b\" has '/'",
            ),
            (
                "[sync]\nfolder = \"/s\"\nname = \".desk\"",
                "starts with '.'",
            ),
            (
                "[sync]\nfolder = \"/s\"\nname = \"\"",
                "`sync.name` \"\" is empty",
            ),
            (
                "[sync]\nfolder = \"/s\"\nname = \"a.sync-conflict-1\"",
                "conflict copy",
            ),
            (
                "[sync]\nfolder = 3",
                "2:10: wrong type: found integer `3`, expected a string",
            ),
            ("folder = \"/s\"", "`folder` belongs in the [sync] section"),
        ] {
            let err = parse(text).unwrap_err().to_string();
            assert!(err.contains(wanted), "{text}: {err}");
        }
        let long = "x".repeat(MAX_MACHINE_NAME + 1);
        assert!(check_machine_name(&long).is_err());
        assert!(check_machine_name(&long[1..]).is_ok());
    }

    #[test]
    fn motion_follows_the_desktop_unless_written() {
        let table = [
            (Motion::Auto, None, false),
            (Motion::Auto, Some(false), false),
            (Motion::Auto, Some(true), true),
            (Motion::Full, Some(true), false),
            (Motion::Reduced, None, true),
            (Motion::Reduced, Some(false), true),
        ];
        for (motion, desktop, reduced) in table {
            assert_eq!(motion.reduced(desktop), reduced, "{motion:?} {desktop:?}");
        }
        for name in Motion::ALL {
            assert_eq!(Motion::parse(name).map(Motion::as_str), Some(name));
        }
        let err = parse("[stretch]\nmotion = \"still\"\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 10), "{err}");
        assert!(
            err.message()
                .contains("allowed: \"auto\", \"full\", \"reduced\""),
            "{err}"
        );
    }
}
