//! Every string a person reads, from one catalog per language (`assets/i18n/<tag>.ftl`, Project
//! Fluent). Only the chosen language and English, its fallback, are parsed. JSON, the log and
//! `--help` stay English and do not come from here.
//!
//! The shell chooses the language once at start (and again when the config changes it) and
//! [`install`]s it; code that speaks asks [`current`]. Core functions that put things into words
//! take a `&Words`, so their tests choose the language themselves.

pub mod language;
mod prose;

use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::{Arc, OnceLock, PoisonError, RwLock};

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentResource};

use super::exercises::{Exercise, ExerciseSet, Kind, Position};
pub use language::{english, negotiate, Language, Part, LANGUAGES, PSEUDO};
pub use prose::{Arg, Prose};

type Bundle = FluentBundle<FluentResource>;

/// One language's catalog, with English behind it for anything it lacks.
pub struct Words {
    language: &'static Language,
    /// The part of the catalog it holds: the resident one, or (only while an error is put into
    /// words) the config errors'.
    part: Part,
    bundle: Bundle,
    /// English behind another language, parsed the first time it is asked for (a line for the
    /// log, or a message the catalog lacks): the catalogs are complete, so a session in another
    /// language may never parse it. `None` inside when the language is English.
    english: OnceLock<Option<Bundle>>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("language", &self.language.tag)
            .finish()
    }
}

/// A catalog that does not parse: only a test or a translator's local build sees this, since
/// the catalogs are compiled in and tested.
#[derive(Debug, thiserror::Error)]
#[error("catalog {tag}: {errors}")]
pub struct CatalogError {
    pub tag: &'static str,
    pub errors: String,
}

impl Words {
    /// English only: the default before a language is chosen, and in tests.
    pub fn english() -> Words {
        Words::new(english()).unwrap_or_else(|_| Words::empty())
    }

    /// `language`'s catalog over English's; a catalog that fails to parse is an error, not a
    /// half-translated app.
    pub fn new(language: &'static Language) -> Result<Words, CatalogError> {
        Words::of_part(language, Part::Resident)
    }

    fn of_part(language: &'static Language, part: Part) -> Result<Words, CatalogError> {
        Ok(Words {
            language,
            part,
            bundle: bundle(language, part)?,
            english: OnceLock::new(),
        })
    }

    /// A catalog with no messages: every lookup answers its id. Never expected; keeps the app
    /// running if the English catalog itself were broken.
    fn empty() -> Words {
        Words {
            language: english(),
            part: Part::Resident,
            bundle: FluentBundle::new_concurrent(vec![unic_langid::LanguageIdentifier::default()]),
            english: OnceLock::from(None),
        }
    }

    pub fn language(&self) -> &'static Language {
        self.language
    }

    /// English behind this language (the pseudo-language's too, for the log); `None` when the
    /// language is English, or if English's catalog failed to parse (only a broken build).
    fn english_bundle(&self) -> Option<&Bundle> {
        self.english
            .get_or_init(|| match std::ptr::eq(self.language, english()) {
                true => None,
                false => bundle(english(), self.part).ok(),
            })
            .as_ref()
    }

    /// The message `id`, with no arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None, None)
    }

    /// The message `id` with its arguments.
    pub fn fmt(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        self.format(id, None, Some(args))
    }

    /// The attribute `.attr` of message `id`.
    pub fn attr(&self, id: &str, attr: &str, args: &[(&str, FluentValue)]) -> String {
        self.format(id, Some(attr), Some(args))
    }

    /// The message in English, whatever the language: for the log.
    pub fn english_get(&self, id: &str) -> String {
        self.english_bundle()
            .and_then(|bundle| format_in(bundle, id, None, None))
            .unwrap_or_else(|| self.get(id))
    }

    /// A [`Prose`] in this language, or in English for the log; its inner prose alike. The
    /// config errors' part of the catalog is parsed for this and dropped after: errors are
    /// rare, and its messages would otherwise stay parsed all day.
    pub fn prose(&self, prose: &Prose, in_english: bool) -> String {
        self.prose_with(prose, in_english, &OnceCell::new())
    }

    /// `errors`: the config errors' part, parsed at the first message from it (in English
    /// alone when the prose is said in English).
    fn prose_with(
        &self,
        prose: &Prose,
        in_english: bool,
        errors: &OnceCell<Option<Words>>,
    ) -> String {
        let mut args = FluentArgs::with_capacity(prose.args().len());
        for (name, arg) in prose.args() {
            let value = match arg {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Number(number) => FluentValue::from(*number),
                Arg::Prose(inner) => FluentValue::from(self.prose_with(inner, in_english, errors)),
            };
            args.set(name.as_str(), value);
        }
        let id = prose.id();
        let words = match id.starts_with(CONFIG_ERRORS) && self.part == Part::Resident {
            true => {
                let language = if in_english { english() } else { self.language };
                match errors.get_or_init(|| Words::of_part(language, Part::ConfigErrors).ok()) {
                    Some(words) => words,
                    None => return id.to_string(),
                }
            }
            false => self,
        };
        let say = |bundle: &Bundle| format_in(bundle, id, None, Some(&args));
        let found = match in_english {
            true => say(words.english_bundle().unwrap_or(&words.bundle)),
            false => say(&words.bundle).or_else(|| words.english_bundle().and_then(say)),
        };
        found.unwrap_or_else(|| id.to_string())
    }

    /// The message formatted in this language alone, or what went wrong: for the catalog tests
    /// (a missing message, a variable not given, a reference to no message).
    pub fn format_checked(
        &self,
        id: &str,
        attr: Option<&str>,
        args: &[(&str, FluentValue)],
    ) -> Result<String, String> {
        let errors;
        let bundle = match id.starts_with(CONFIG_ERRORS) {
            true => {
                errors =
                    Words::of_part(self.language, Part::ConfigErrors).map_err(|e| e.to_string())?;
                &errors.bundle
            }
            false => &self.bundle,
        };
        let message = bundle
            .get_message(id)
            .ok_or_else(|| format!("{}: no message {id}", self.language.tag))?;
        let pattern = match attr {
            Some(attr) => message
                .get_attribute(attr)
                .map(|a| a.value())
                .ok_or_else(|| format!("{}: no attribute {id}.{attr}", self.language.tag))?,
            None => message
                .value()
                .ok_or_else(|| format!("{}: {id} has no value", self.language.tag))?,
        };
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent), &mut errors);
        match errors.is_empty() {
            true => Ok(text.into_owned()),
            false => Err(format!("{}: {id}: {errors:?}", self.language.tag)),
        }
    }

    /// Whether the message (or its attribute) exists in this language or English.
    pub fn has(&self, id: &str, attr: Option<&str>) -> bool {
        has_in(&self.bundle, id, attr)
            || self
                .english_bundle()
                .is_some_and(|bundle| has_in(bundle, id, attr))
    }

    fn format(&self, id: &str, attr: Option<&str>, args: Option<&[(&str, FluentValue)]>) -> String {
        let args = args.map(|list| {
            let mut fluent = FluentArgs::with_capacity(list.len());
            for (name, value) in list {
                fluent.set(*name, value.clone());
            }
            fluent
        });
        let found = format_in(&self.bundle, id, attr, args.as_ref()).or_else(|| {
            self.english_bundle()
                .and_then(|bundle| format_in(bundle, id, attr, args.as_ref()))
        });
        if let Some(text) = found {
            return text;
        }
        match attr {
            Some(attr) => format!("{id}.{attr}"),
            None => id.to_string(),
        }
    }

    // ---- the bundled exercises: their English lives in `assets/exercises.toml` ----

    /// The exercise's name; the user's own exercises are shown as written.
    pub fn exercise_name(&self, exercise: &Exercise) -> String {
        self.exercise_text(exercise, None)
            .unwrap_or_else(|| exercise.name.clone())
    }

    pub fn exercise_caution(&self, exercise: &Exercise) -> String {
        self.exercise_text(exercise, Some("caution"))
            .unwrap_or_else(|| exercise.caution.clone())
    }

    /// Step `index` (from 0) of the exercise.
    pub fn exercise_step(&self, exercise: &Exercise, index: usize) -> String {
        let attr = format!("step-{}", index + 1);
        self.exercise_text(exercise, Some(&attr))
            .unwrap_or_else(|| {
                exercise
                    .steps
                    .get(index)
                    .map(|s| s.text.clone())
                    .unwrap_or_default()
            })
    }

    fn exercise_text(&self, exercise: &Exercise, attr: Option<&str>) -> Option<String> {
        let id = format!("exercise-{}", exercise.id);
        (!exercise.custom && self.has(&id, attr)).then(|| self.format(&id, attr, None))
    }

    /// The set's "education, not medical advice" line.
    pub fn notice(&self, _set: &ExerciseSet) -> String {
        self.get("exercises-notice")
    }

    /// When to see a clinician instead.
    pub fn red_flags(&self, _set: &ExerciseSet) -> String {
        self.get("exercises-red-flags")
    }

    pub fn position(&self, position: Position) -> String {
        self.fmt(
            "exercise-position",
            &[("position", position.as_str().into())],
        )
    }

    pub fn kind(&self, kind: Kind) -> String {
        self.fmt("exercise-kind", &[("kind", kind.as_str().into())])
    }

    /// A body area as the exercise file names it ("middle back"); an unknown one as written.
    pub fn area(&self, area: &str) -> String {
        let key = area.replace(' ', "_");
        match key.as_str() {
            "middle_back" | "neck" | "shoulders" => {
                self.fmt("exercise-area", &[("area", key.into())])
            }
            _ => area.to_string(),
        }
    }

    /// "1 hour 30 minutes", "45 seconds": whole units, largest first.
    pub fn duration(&self, duration: std::time::Duration) -> String {
        self.duration_with(duration, "duration-minutes")
    }

    /// "10 min", "1 hour 30 min": for a button.
    pub fn duration_short(&self, duration: std::time::Duration) -> String {
        self.duration_with(duration, "duration-minutes-short")
    }

    fn duration_with(&self, duration: std::time::Duration, minutes_id: &str) -> String {
        let secs = duration.as_secs();
        let (hours, minutes, seconds) = (secs / 3600, secs % 3600 / 60, secs % 60);
        let mut parts = Vec::new();
        if hours > 0 {
            parts.push(self.fmt("duration-hours", &[("count", hours.into())]));
        }
        if minutes > 0 {
            parts.push(self.fmt(minutes_id, &[("count", minutes.into())]));
        }
        if seconds > 0 || parts.is_empty() {
            parts.push(self.fmt("duration-seconds", &[("count", seconds.into())]));
        }
        parts
            .into_iter()
            .reduce(|first, second| {
                self.fmt(
                    "duration-join",
                    &[("first", first.into()), ("second", second.into())],
                )
            })
            .unwrap_or_default()
    }

    /// "1 h 20 min", "45 min", "5 h": time spent, to the minute.
    pub fn hours_minutes(&self, secs: u64) -> String {
        let minutes = secs / 60;
        let hours = |h: u64| self.fmt("duration-hours-short", &[("count", h.into())]);
        let mins = |m: u64| self.fmt("duration-minutes-short", &[("count", m.into())]);
        match (minutes / 60, minutes % 60) {
            (0, m) => mins(m),
            (h, 0) => hours(h),
            (h, m) => self.fmt(
                "duration-join",
                &[("first", hours(h).into()), ("second", mins(m).into())],
            ),
        }
    }

    /// "1-minute", "90-second": the length that describes a stretch.
    pub fn duration_adjective(&self, duration: std::time::Duration) -> String {
        let secs = duration.as_secs();
        let (unit, count) = if secs >= 60 && secs.is_multiple_of(60) {
            ("minute", secs / 60)
        } else {
            ("second", secs)
        };
        self.fmt(
            "duration-adjective",
            &[("unit", unit.into()), ("count", count.into())],
        )
    }

    /// Short weekday name; `weekday` counts from Monday = 0.
    pub fn weekday_short(&self, weekday: u32) -> String {
        self.fmt(
            "weekday-short",
            &[("day", WEEKDAYS[weekday as usize % 7].into())],
        )
    }
}

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// The message (or its attribute) formatted in `bundle`, if `bundle` has it.
fn format_in(
    bundle: &Bundle,
    id: &str,
    attr: Option<&str>,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let message = bundle.get_message(id)?;
    let pattern = match attr {
        Some(attr) => message.get_attribute(attr)?.value(),
        None => message.value()?,
    };
    // A missing argument formats as its name in braces; the catalog tests catch those.
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

fn has_in(bundle: &Bundle, id: &str, attr: Option<&str>) -> bool {
    bundle.get_message(id).is_some_and(|message| match attr {
        Some(attr) => message.get_attribute(attr).is_some(),
        None => message.value().is_some(),
    })
}

/// The messages in the catalogs' config errors part: their ids begin so (see `build.rs`).
const CONFIG_ERRORS: &str = "config-";

fn bundle(language: &'static Language, part: Part) -> Result<Bundle, CatalogError> {
    let fail = |errors: String| CatalogError {
        tag: language.tag,
        errors,
    };
    let id: unic_langid::LanguageIdentifier =
        language.tag.parse().map_err(|e| fail(format!("{e}")))?;
    let resource = FluentResource::try_new(language.part(part).map_err(fail)?)
        .map_err(|(_, errors)| fail(format!("{errors:?}")))?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068, U+2069) keep a left-to-right name readable inside right-to-left
    // text; elsewhere they only cost a box in fonts without them.
    bundle.set_use_isolating(language.rtl);
    bundle
        .add_resource(resource)
        .map_err(|errors| fail(format!("{errors:?}")))?;
    if language == &PSEUDO {
        bundle.set_transform(Some(pseudo));
    }
    Ok(bundle)
}

/// Accented and about 40% longer, still readable: "Ñééxt ştréétçh"; the app's name stays.
fn pseudo(text: &str) -> Cow<'_, str> {
    const NAME: &str = "posture-break";
    let mut out = String::with_capacity(text.len() * 2);
    for (i, part) in text.split(NAME).enumerate() {
        if i > 0 {
            out.push_str(NAME);
        }
        accent(part, &mut out);
    }
    Cow::Owned(out)
}

/// Each word about 40% longer: its vowels, accented, said more than once.
fn accent(text: &str, out: &mut String) {
    let mut word = Vec::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_alphabetic() {
            word.push(c);
            continue;
        }
        let vowels = word.iter().filter(|c| accented(**c).1).count();
        let mut extra = (word.len() * 2).div_ceil(5); // 40%, rounded up
        for letter in word.drain(..) {
            let (shown, vowel) = accented(letter);
            out.push(shown);
            if vowel && vowels > 0 {
                let here = extra.div_ceil(vowels.max(1)).min(extra);
                for _ in 0..here {
                    out.push(shown);
                }
                extra -= here;
            }
        }
        out.push(c);
    }
    out.pop(); // the space that ended the last word
}

fn accented(c: char) -> (char, bool) {
    match c {
        'a' => ('á', true),
        'e' => ('é', true),
        'i' => ('í', true),
        'o' => ('ó', true),
        'u' => ('ú', true),
        'A' => ('Å', true),
        'E' => ('É', true),
        'I' => ('Î', true),
        'O' => ('Ö', true),
        'U' => ('Ü', true),
        'c' => ('ç', false),
        'n' => ('ñ', false),
        's' => ('ş', false),
        'N' => ('Ñ', false),
        'S' => ('Ş', false),
        'y' => ('ý', false),
        other => (other, false),
    }
}

// ---- the language the app speaks now ----

/// The language chosen, and its catalog, parsed on first use and kept: parsing again at each
/// status change would bring the parser's code pages back each time, which costs more than the
/// parsed catalog (about 0.25 MiB of heap in English, without its config errors' part).
struct Current {
    language: Option<&'static Language>,
    words: Option<Arc<Words>>,
}

static CURRENT: RwLock<Current> = RwLock::new(Current {
    language: None,
    words: None,
});

/// The words the app speaks now: English until a language is installed.
pub fn current() -> Arc<Words> {
    let held = CURRENT.read().unwrap_or_else(PoisonError::into_inner);
    if let Some(words) = &held.words {
        return words.clone();
    }
    drop(held);
    let mut current = CURRENT.write().unwrap_or_else(PoisonError::into_inner);
    if let Some(words) = &current.words {
        return words.clone();
    }
    let language = current.language.unwrap_or_else(english);
    let words = Arc::new(Words::new(language).unwrap_or_else(|_| Words::english()));
    current.words = Some(words.clone());
    words
}

/// Speaks `language` from now on.
pub fn install(language: &'static Language) {
    let mut current = CURRENT.write().unwrap_or_else(PoisonError::into_inner);
    current.language = Some(language);
    current.words = None;
}

/// `t!(words, "id")` or `t!(words, "id", name = value, …)`: a message with its arguments.
#[macro_export]
macro_rules! t {
    ($words:expr, $id:expr) => {
        $words.get($id)
    };
    ($words:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $words.fmt(
            $id,
            &[$((stringify!($name), $crate::core::words::FluentValue::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_accents_every_vowel_keeps_the_name_and_is_longer() {
        let words = Words::new(&PSEUDO).expect("the pseudo-language");
        let text = words.get("week-window-title");
        assert_eq!(text, "posture-break — Yóóúúr wéééék");
        assert_eq!(words.get("stretch-skip"), "Şkíííp");
        let english = Words::english();
        for id in [
            "menu-stretch-now",
            "hurt-see-a-clinician",
            "exercises-notice",
        ] {
            let (plain, long) = (english.get(id), words.get(id));
            let ratio = long.chars().count() as f64 / plain.chars().count() as f64;
            assert!((1.25..1.6).contains(&ratio), "{id}: {ratio} {long}");
            assert!(!long.chars().any(|c| "aeiouAEIOU".contains(c)), "{long}");
        }
    }

    /// Another language's session parses English only when something asks for it.
    #[test]
    fn english_behind_another_language_is_parsed_when_first_asked_for() {
        let de = Words::new(language::find("de").expect("German")).expect("catalog");
        assert_eq!(de.get("menu-snooze"), "Später erinnern");
        assert!(de.has("exercise-cat-cow", Some("step-5")));
        let error = Prose::new("config-duration-negative");
        assert_ne!(error.said(&de), error.english());
        assert!(
            de.english.get().is_none(),
            "English parsed before it was asked for"
        );
        assert_eq!(de.english_get("menu-snooze"), "Snooze");
        assert!(de.english.get().is_some_and(Option::is_some));
        assert!(Words::english().english.get().is_none());
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_id() {
        let german = Words::new(language::find("de").expect("German")).expect("catalog");
        assert_eq!(german.language().tag, "de");
        assert_ne!(german.get("menu-quit"), "Quit");
        assert_eq!(german.english_get("menu-quit"), "Quit");
        assert_eq!(german.get("no-such-message"), "no-such-message");
        assert_eq!(
            german.attr("exercise-cat-cow", "step-99", &[]),
            "exercise-cat-cow.step-99"
        );
    }
}

#[cfg(test)]
mod exercise_words {
    use super::*;

    fn german() -> Words {
        Words::new(language::find("de").expect("German")).expect("catalog")
    }

    #[test]
    fn bundled_exercises_speak_the_language_and_a_users_own_stay_as_written() {
        let set = ExerciseSet::bundled().expect("the bundled set");
        let cat_cow = set.get("cat-cow").expect("cat-cow");
        let (de, en) = (german(), Words::english());
        assert_eq!(en.exercise_name(cat_cow), cat_cow.name);
        assert_eq!(en.exercise_caution(cat_cow), cat_cow.caution);
        assert_eq!(en.exercise_step(cat_cow, 1), cat_cow.steps[1].text);
        assert_eq!(de.exercise_name(cat_cow), de.get("exercise-cat-cow"));
        assert_eq!(
            de.exercise_caution(cat_cow),
            de.attr("exercise-cat-cow", "caution", &[])
        );
        assert_eq!(
            de.exercise_step(cat_cow, 1),
            de.attr("exercise-cat-cow", "step-2", &[])
        );
        assert_ne!(de.exercise_step(cat_cow, 1), cat_cow.steps[1].text);
        assert_ne!(de.exercise_caution(cat_cow), cat_cow.caution);
        assert!(de.has("exercise-cat-cow", Some("step-5")));
        assert!(!de.has("exercise-cat-cow", Some("step-6")));
        assert!(!de.has("no-such-message", None));
        // Past the last step: the exercise's own (none), not an id.
        assert_eq!(de.exercise_step(cat_cow, 9), "");

        let mut own = cat_cow.clone();
        own.custom = true;
        own.name = "My cat".into();
        own.caution = "Careful".into();
        own.steps[1].text = "Arch".into();
        assert_eq!(de.exercise_name(&own), "My cat");
        assert_eq!(de.exercise_caution(&own), "Careful");
        assert_eq!(de.exercise_step(&own, 1), "Arch");
        assert!(format!("{de:?}").contains("\"de\""));
    }

    #[test]
    fn the_sets_notes_and_the_exercise_words_come_from_the_catalog() {
        let set = ExerciseSet::bundled().expect("the bundled set");
        let (de, en) = (german(), Words::english());
        assert_eq!(en.notice(&set), set.notice);
        assert_eq!(en.red_flags(&set), set.red_flags);
        assert_eq!(de.notice(&set), de.get("exercises-notice"));
        assert_eq!(de.red_flags(&set), de.get("exercises-red-flags"));
        assert_ne!(de.notice(&set), set.notice);
        assert_eq!(en.position(Position::Floor), "floor");
        assert_eq!(en.kind(Kind::Strength), "strength");
        assert_eq!(en.area("middle back"), "middle back");
        assert_eq!(en.area("knees"), "knees", "an unknown area as written");
        assert_ne!(de.area("middle back"), "middle back");
        let days: Vec<String> = (0..7).map(|d| en.weekday_short(d)).collect();
        assert_eq!(days, ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
        assert_eq!(en.weekday_short(7), "Mon");
    }
}
