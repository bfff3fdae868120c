//! How a stretch felt: the answer to the stretch window's question, kept per exercise (the
//! latest answer wins), and what the history says about the exercises done. Everything here is
//! folded from history lines, so the app, `exercises list` and `stats` agree.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::exercises::{ExerciseSet, Kind};
use super::history::{Entry, EventKind};
use super::rotation::NothingLeft;
use super::words::Words;
use crate::t;

/// The answers to "How did that feel?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    Good,
    NotForMe,
    Hurt,
}

impl Feeling {
    pub const ALL: [Feeling; 3] = [Feeling::Good, Feeling::NotForMe, Feeling::Hurt];

    /// The word in JSON and history lines.
    pub fn as_str(self) -> &'static str {
        match self {
            Feeling::Good => "good",
            Feeling::NotForMe => "not_for_me",
            Feeling::Hurt => "hurt",
        }
    }

    /// The word on the command line (`exercises rate ID good|not-for-me|hurt`).
    pub fn arg(self) -> &'static str {
        match self {
            Feeling::Good => "good",
            Feeling::NotForMe => "not-for-me",
            Feeling::Hurt => "hurt",
        }
    }

    /// The button's label in the stretch window.
    pub fn label(self, words: &Words) -> String {
        let name = match self {
            Feeling::Good => "good",
            Feeling::NotForMe => "not_for_me",
            Feeling::Hurt => "hurt",
        };
        t!(words, "feeling-answer", feeling = name)
    }

    /// How often the rotation offers a rated exercise, against 4 for an unrated one: twice as
    /// often when good, a quarter as often when not for me, never when it hurt.
    pub fn weight(rating: Option<Feeling>) -> u32 {
        match rating {
            None => 4,
            Some(Feeling::Good) => 8,
            Some(Feeling::NotForMe) => 1,
            Some(Feeling::Hurt) => 0,
        }
    }
}

/// What `exercises rate ID …` asks for: an answer, or none again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatingChange {
    Set(Feeling),
    Clear,
}

impl RatingChange {
    pub fn parse(text: &str) -> Result<RatingChange, String> {
        let found = Feeling::ALL
            .into_iter()
            .find(|f| f.arg() == text || f.as_str() == text);
        match (found, text) {
            (Some(feeling), _) => Ok(RatingChange::Set(feeling)),
            (None, "clear") => Ok(RatingChange::Clear),
            (None, other) => {
                let words = ["good", "not-for-me", "hurt", "clear"];
                let hint = super::located::closest(other, &words)
                    .map(|best| format!("did you mean \"{best}\"? "))
                    .unwrap_or_default();
                Err(format!(
                    "unknown rating \"{other}\"; {hint}allowed: \"good\", \"not-for-me\", \"hurt\", \"clear\""
                ))
            }
        }
    }

    /// The history line's event and feeling.
    pub fn event(self) -> (EventKind, Option<Feeling>) {
        match self {
            RatingChange::Set(feeling) => (EventKind::Rated, Some(feeling)),
            RatingChange::Clear => (EventKind::RatingCleared, None),
        }
    }
}

/// What the stretch window shows at once after "It hurt": the seed article's safety advice and
/// how to bring the exercise back.
pub fn hurt_advice(words: &Words, name: &str, id: &str) -> Vec<String> {
    vec![
        t!(words, "hurt-stop"),
        t!(words, "hurt-see-a-clinician"),
        t!(words, "hurt-not-offered-again", exercise = name),
        format!("posture-break exercises rate {id} clear"),
    ]
}

/// The reminder's words when the rotation has nothing to offer.
pub fn nothing_left(words: &Words, why: NothingLeft) -> String {
    match why {
        NothingLeft::AllHurt(n) => t!(words, "nothing-left-all-hurt", count = n),
        NothingLeft::NoneForPositions => t!(words, "nothing-left-no-position"),
    }
}

/// How many days of completed stretches are kept for the mobility/strength split.
const SPLIT_DAYS: u64 = 28;

/// Ratings and the exercises done, folded from the history.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExerciseLog {
    ratings: BTreeMap<String, Feeling>,
    done: BTreeMap<String, u32>,
    /// Completed stretches of the last days (newest date seen minus `SPLIT_DAYS`).
    recent: Vec<(NaiveDate, String)>,
}

/// What the week window and `stats` say about the exercises.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ExerciseSummary {
    /// Ids of the exercises rated good, in set order.
    pub rated_good: Vec<String>,
    /// Their names, for people.
    #[serde(skip)]
    pub rated_good_names: Vec<String>,
    /// Completed stretches by kind over the last 7 days.
    pub last_7_days: Split,
}

impl ExerciseSummary {
    /// "4 mobility, 2 strength this week · Rated good: Cat-Cow, Chin Tucks".
    pub fn line(&self, words: &Words) -> String {
        let split = t!(
            words,
            "exercises-this-week",
            mobility = self.last_7_days.mobility,
            strength = self.last_7_days.strength
        );
        match self.rated_good.is_empty() {
            true => split,
            false => t!(
                words,
                "exercises-rated-good",
                split = split,
                names = self.rated_good_names.join(&t!(words, "list-separator"))
            ),
        }
    }
}

/// Completed stretches by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Split {
    pub mobility: u32,
    pub strength: u32,
}

impl ExerciseLog {
    pub fn from_entries<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> ExerciseLog {
        let mut log = ExerciseLog::default();
        for entry in entries {
            log.add(entry);
        }
        log
    }

    pub fn add(&mut self, entry: &Entry) {
        let Some(id) = entry.exercise.as_ref() else {
            return;
        };
        match (entry.event, entry.feeling) {
            (EventKind::Rated, Some(feeling)) => {
                self.ratings.insert(id.clone(), feeling);
            }
            (EventKind::RatingCleared, _) => {
                self.ratings.remove(id);
            }
            (EventKind::Completed, _) => {
                let count = self.done.entry(id.clone()).or_default();
                *count = count.saturating_add(1);
                let date = entry.ts.date_naive();
                self.recent.push((date, id.clone()));
                let newest = self.recent.iter().map(|(d, _)| *d).max().unwrap_or(date);
                if let Some(oldest) = newest.checked_sub_days(Days::new(SPLIT_DAYS)) {
                    self.recent.retain(|(d, _)| *d > oldest);
                }
            }
            _ => {}
        }
    }

    pub fn rating(&self, id: &str) -> Option<Feeling> {
        self.ratings.get(id).copied()
    }

    /// Times the exercise was completed.
    pub fn done(&self, id: &str) -> u32 {
        self.done.get(id).copied().unwrap_or(0)
    }

    /// Completed stretches by kind over the `n` days ending with `today` (at most 28). Exercises
    /// no longer in the set are not counted.
    pub fn split(&self, set: &ExerciseSet, today: NaiveDate, n: u64) -> Split {
        let first = today
            .checked_sub_days(Days::new(n.clamp(1, SPLIT_DAYS) - 1))
            .unwrap_or(today);
        let mut split = Split::default();
        for (_, id) in self
            .recent
            .iter()
            .filter(|(d, _)| (first..=today).contains(d))
        {
            match set.get(id).map(|e| e.kind) {
                Some(Kind::Mobility) => split.mobility += 1,
                Some(Kind::Strength) => split.strength += 1,
                None => {}
            }
        }
        split
    }

    /// The names are in `words`' language; the ids (and so the JSON) are not.
    pub fn summary(&self, words: &Words, set: &ExerciseSet, today: NaiveDate) -> ExerciseSummary {
        let good = || {
            set.exercises
                .iter()
                .filter(|e| self.rating(&e.id) == Some(Feeling::Good))
        };
        ExerciseSummary {
            rated_good: good().map(|e| e.id.clone()).collect(),
            rated_good_names: good().map(|e| words.exercise_name(e)).collect(),
            last_7_days: self.split(set, today, 7),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn at(ts: &str, event: EventKind, id: &str, feeling: Option<Feeling>) -> Entry {
        Entry {
            ts: DateTime::parse_from_rfc3339(ts).unwrap(),
            event,
            exercise: Some(id.into()),
            secs: None,
            feeling,
        }
    }

    #[test]
    fn the_latest_answer_wins_and_clear_forgets_it() {
        let mut log = ExerciseLog::default();
        let t = "2026-12-01T10:00:00+00:00";
        log.add(&at(t, EventKind::Rated, "cat-cow", Some(Feeling::Hurt)));
        assert_eq!(log.rating("cat-cow"), Some(Feeling::Hurt));
        log.add(&at(t, EventKind::Rated, "cat-cow", Some(Feeling::Good)));
        assert_eq!(log.rating("cat-cow"), Some(Feeling::Good));
        log.add(&at(t, EventKind::Completed, "cat-cow", None));
        assert_eq!(
            log.rating("cat-cow"),
            Some(Feeling::Good),
            "a stretch keeps it"
        );
        log.add(&at(t, EventKind::RatingCleared, "cat-cow", None));
        assert_eq!(log.rating("cat-cow"), None);
        // A rated line without a feeling (hand-edited) changes nothing.
        log.add(&at(t, EventKind::Rated, "chin-tucks", None));
        assert_eq!(log.rating("chin-tucks"), None);
        assert_eq!(log.done("cat-cow"), 1);
        assert_eq!(log.done("chin-tucks"), 0);
    }

    #[test]
    fn the_split_counts_completed_stretches_by_kind_within_the_days() {
        let set = ExerciseSet::bundled().unwrap();
        let log = ExerciseLog::from_entries(&[
            at(
                "2026-11-01T10:00:00+00:00",
                EventKind::Completed,
                "chin-tucks",
                None,
            ),
            at(
                "2026-12-01T10:00:00+00:00",
                EventKind::Completed,
                "chin-tucks",
                None,
            ),
            at(
                "2026-12-06T10:00:00+00:00",
                EventKind::Completed,
                "cat-cow",
                None,
            ),
            at(
                "2026-12-07T10:00:00+00:00",
                EventKind::Completed,
                "cat-cow",
                None,
            ),
            at(
                "2026-12-07T10:00:00+00:00",
                EventKind::Skipped,
                "wall-angels",
                None,
            ),
            at(
                "2026-12-07T11:00:00+00:00",
                EventKind::Completed,
                "gone",
                None,
            ),
        ]);
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let week = log.split(&set, today, 7);
        assert_eq!((week.mobility, week.strength), (2, 1));
        let day = log.split(&set, today, 1);
        assert_eq!((day.mobility, day.strength), (1, 0));
        // The November one fell out of the 28 days kept; the all-time count keeps it.
        assert_eq!(log.split(&set, today, 90).strength, 1);
        assert_eq!(log.done("chin-tucks"), 2);
    }

    #[test]
    fn the_words_for_each_answer() {
        let words: Vec<_> = Feeling::ALL
            .iter()
            .map(|f| {
                (
                    f.label(&Words::english()).leak() as &str,
                    f.arg(),
                    f.as_str(),
                )
            })
            .collect();
        assert_eq!(
            words,
            [
                ("Good", "good", "good"),
                ("Not for me", "not-for-me", "not_for_me"),
                ("It hurt", "hurt", "hurt"),
            ]
        );
    }

    #[test]
    fn the_advice_after_it_hurt_is_the_seed_articles_and_says_how_to_undo() {
        let advice = hurt_advice(&Words::english(), "Chin Tucks", "chin-tucks");
        assert_eq!(
            advice,
            [
                "Stop, and move only within a comfortable range.",
                "See a clinician if the pain persists, or if you have numbness or tingling down \
                 your legs, chest pain, or changes in bladder or bowel control.",
                "Chin Tucks will not be offered again. To bring it back:",
                "posture-break exercises rate chin-tucks clear",
            ]
        );
    }

    #[test]
    fn the_summary_names_the_good_ones_and_counts_the_kinds() {
        let set = ExerciseSet::bundled().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let t = "2026-12-07T10:00:00+00:00";
        let log = ExerciseLog::from_entries(&[
            at(t, EventKind::Rated, "chin-tucks", Some(Feeling::Good)),
            at(t, EventKind::Rated, "cat-cow", Some(Feeling::NotForMe)),
            at(t, EventKind::Rated, "seated-open-book", Some(Feeling::Good)),
            at(t, EventKind::Completed, "chin-tucks", None),
            at(t, EventKind::Completed, "cat-cow", None),
            at(t, EventKind::Completed, "seated-open-book", None),
        ]);
        let summary = log.summary(&Words::english(), &set, today);
        // In set order, ids for JSON and names for people.
        assert_eq!(summary.rated_good, ["chin-tucks", "seated-open-book"]);
        assert_eq!(summary.rated_good_names, ["Chin Tucks", "Seated Open Book"]);
        assert_eq!(
            summary.last_7_days,
            Split {
                mobility: 2,
                strength: 1
            }
        );
        assert_eq!(
            summary.line(&Words::english()),
            "2 mobility, 1 strength this week · Rated good: Chin Tucks, Seated Open Book"
        );
        assert_eq!(
            ExerciseSummary::default().line(&Words::english()),
            "0 mobility, 0 strength this week"
        );
    }

    #[test]
    fn only_the_28_days_before_the_newest_stretch_are_kept_for_the_split() {
        let set = ExerciseSet::bundled().unwrap();
        let log = ExerciseLog::from_entries(&[
            at(
                "2026-11-09T10:00:00+00:00",
                EventKind::Completed,
                "chin-tucks",
                None,
            ),
            at(
                "2026-11-10T10:00:00+00:00",
                EventKind::Completed,
                "chin-tucks",
                None,
            ),
            at(
                "2026-12-07T10:00:00+00:00",
                EventKind::Completed,
                "cat-cow",
                None,
            ),
        ]);
        // The 28 days kept end with the newest stretch (the 7th of December): the 10th of
        // November is in them, the 9th is not. Asked as of the day before the newest (a clock
        // set back), the split's 28 days reach back to the 9th, and still only the 10th counts.
        let day_before = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        assert_eq!(
            log.split(&set, day_before, 28),
            Split {
                mobility: 0,
                strength: 1
            }
        );
    }

    #[test]
    fn rating_arguments_parse_with_a_hint() {
        assert_eq!(
            RatingChange::parse("not-for-me"),
            Ok(RatingChange::Set(Feeling::NotForMe))
        );
        assert_eq!(
            RatingChange::parse("not_for_me"),
            Ok(RatingChange::Set(Feeling::NotForMe))
        );
        assert_eq!(RatingChange::parse("clear"), Ok(RatingChange::Clear));
        assert_eq!(
            RatingChange::parse("hurts").unwrap_err(),
            "unknown rating \"hurts\"; did you mean \"hurt\"? allowed: \"good\", \"not-for-me\", \"hurt\", \"clear\""
        );
        assert_eq!(Feeling::weight(None), 4);
        assert_eq!(Feeling::weight(Some(Feeling::Good)), 8);
        assert_eq!(Feeling::weight(Some(Feeling::NotForMe)), 1);
        assert_eq!(Feeling::weight(Some(Feeling::Hurt)), 0);
    }
}
