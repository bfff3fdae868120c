//! The exercise rotation: which exercise a reminder offers next. Deterministic for a given
//! state and ratings, and explainable:
//! - each exercise is offered in proportion to its weight (`Feeling::weight`: unrated 4, good
//!   8, not for me 1, hurt never), by smooth weighted round-robin: every pick adds each
//!   candidate's weight to its credit and takes the highest credit, which then pays the total
//!   back. Counts stay within a few picks of the weights and nothing starves;
//! - after two mobility stretches in a row, the next is a strength one when one is allowed;
//! - the same exercise never comes twice in a row while there is another (a kind whose only
//!   exercise came last gives its turn to the other kind);
//! - mobility and strength keep separate credits, so the strength turns do not upset the
//!   proportions within each kind. Which kind comes when there is no strength turn is chosen
//!   the same way, by the kinds' total weights.
//!
//! The state is kept in the state file, so a restart changes nothing.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::exercises::{Exercise, Kind};
use super::feeling::Feeling;

/// Mobility stretches in a row before a strength one is due.
pub const MOBILITY_RUN: u32 = 2;

/// The rotation's memory; persisted so restarts keep the order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rotation {
    /// Each exercise's credit within its kind.
    #[serde(default)]
    pub credits: BTreeMap<String, i64>,
    /// Each kind's credit, for turns that are not strength turns.
    #[serde(default)]
    pub kind_credits: BTreeMap<Kind, i64>,
    /// Mobility stretches offered in a row since the last strength one.
    #[serde(default)]
    pub mobility_run: u32,
    #[serde(default)]
    pub last: Option<String>,
}

/// Why an exercise came.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Two mobility stretches came before it.
    StrengthTurn,
    /// Rated good: offered twice as often.
    Favourite,
    /// Its turn in the rotation (a "not for me" one comes a quarter as often).
    Rotation,
}

impl Reason {
    pub fn describe(self, words: &crate::core::words::Words) -> String {
        let reason = match self {
            Reason::StrengthTurn => "strength_turn",
            Reason::Favourite => "favourite",
            Reason::Rotation => "rotation",
        };
        crate::t!(words, "pick-reason", reason = reason)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pick<'a> {
    pub exercise: &'a Exercise,
    pub reason: Reason,
}

/// Why nothing can be offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NothingLeft {
    /// No exercise is allowed by the positions.
    NoneForPositions,
    /// Every allowed exercise (this many) is rated "It hurt".
    AllHurt(usize),
}

impl Rotation {
    /// Picks the next exercise among `eligible` (the position filter applied), rated by
    /// `rating`, and moves the rotation on.
    pub fn pick<'a>(
        &mut self,
        eligible: &[&'a Exercise],
        rating: impl Fn(&str) -> Option<Feeling>,
    ) -> Result<Pick<'a>, NothingLeft> {
        if eligible.is_empty() {
            return Err(NothingLeft::NoneForPositions);
        }
        let candidates: Vec<(&Exercise, i64)> = eligible
            .iter()
            .map(|e| (*e, i64::from(Feeling::weight(rating(&e.id)))))
            .filter(|(_, weight)| *weight > 0)
            .collect();
        if candidates.is_empty() {
            return Err(NothingLeft::AllHurt(eligible.len()));
        }
        let weight_of = |kind: Kind| -> i64 {
            candidates
                .iter()
                .filter(|(e, _)| e.kind == kind)
                .map(|(_, w)| w)
                .sum()
        };
        let (mobility, strength) = (weight_of(Kind::Mobility), weight_of(Kind::Strength));
        let strength_turn = self.mobility_run >= MOBILITY_RUN && strength > 0;
        let mut kind = if strength_turn {
            Kind::Strength
        } else {
            self.kind_turn(mobility, strength)
        };
        // A kind whose one exercise came last gives way to the other kind, if it has any.
        let only_the_last = |kind: Kind| {
            let mut pool = candidates.iter().filter(|(e, _)| e.kind == kind);
            let first = pool.next().map(|(e, _)| e.id.as_str());
            pool.next().is_none() && first.is_some() && first == self.last.as_deref()
        };
        let other = match kind {
            Kind::Mobility => Kind::Strength,
            Kind::Strength => Kind::Mobility,
        };
        let other_weight = match other {
            Kind::Mobility => mobility,
            Kind::Strength => strength,
        };
        if only_the_last(kind) && other_weight > 0 {
            kind = other;
        }
        self.settle_kinds(kind, mobility, strength);
        let pool: Vec<(&Exercise, i64)> = candidates
            .into_iter()
            .filter(|(e, _)| e.kind == kind)
            .collect();
        let exercise = self.exercise_turn(&pool);
        self.mobility_run = match kind {
            Kind::Mobility => self.mobility_run.saturating_add(1),
            Kind::Strength => 0,
        };
        self.last = Some(exercise.id.clone());
        let reason = if strength_turn {
            Reason::StrengthTurn
        } else if rating(&exercise.id) == Some(Feeling::Good) {
            Reason::Favourite
        } else {
            Reason::Rotation
        };
        Ok(Pick { exercise, reason })
    }

    /// The kind with the higher credit once both got their weight (mobility on a tie).
    fn kind_turn(&self, mobility: i64, strength: i64) -> Kind {
        if strength == 0 {
            return Kind::Mobility;
        }
        if mobility == 0 {
            return Kind::Strength;
        }
        let credit = |kind| self.kind_credits.get(&kind).copied().unwrap_or(0);
        match credit(Kind::Strength) + strength > credit(Kind::Mobility) + mobility {
            true => Kind::Strength,
            false => Kind::Mobility,
        }
    }

    /// Both kinds get their weight and the chosen one pays the total. Strength turns may pick
    /// strength more often than its weight: the credits are kept within one total of zero so
    /// that a long run of them is not paid back later by a long run of mobility.
    fn settle_kinds(&mut self, chosen: Kind, mobility: i64, strength: i64) {
        let total = mobility + strength;
        for (kind, weight) in [(Kind::Mobility, mobility), (Kind::Strength, strength)] {
            let credit = self.kind_credits.entry(kind).or_insert(0);
            let paid = if kind == chosen { total } else { 0 };
            *credit = (*credit + weight - paid).clamp(-total, total);
        }
    }

    /// Smooth weighted round-robin within one kind; never the last one while another is there.
    /// On equal credit the one earlier in the set comes first.
    fn exercise_turn<'a>(&mut self, pool: &[(&'a Exercise, i64)]) -> &'a Exercise {
        let total: i64 = pool.iter().map(|(_, w)| w).sum();
        let mut best: Option<(&'a Exercise, i64)> = None;
        for (exercise, weight) in pool {
            let credit = self.credits.entry(exercise.id.clone()).or_insert(0);
            // Keeps a credit from an old state file (or a rating that changed) within reach.
            *credit = (*credit).clamp(-total, total) + weight;
            let repeat = self.last.as_deref() == Some(exercise.id.as_str());
            if !repeat && best.is_none_or(|(_, c)| *credit > c) {
                best = Some((exercise, *credit));
            }
        }
        // `pool` is never empty; with one member that came last, it comes again.
        let chosen = best.map_or(pool[0].0, |(e, _)| e);
        if let Some(credit) = self.credits.get_mut(&chosen.id) {
            *credit -= total;
        }
        chosen
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::exercises::{ExerciseSet, Position};
    use std::collections::HashMap;

    fn unrated(_: &str) -> Option<Feeling> {
        None
    }

    #[test]
    fn every_exercise_comes_before_any_repeats_when_none_is_rated() {
        let set = ExerciseSet::bundled().unwrap();
        let eligible: Vec<_> = set
            .eligible(&[Position::Seated, Position::Standing])
            .into_iter()
            .filter(|e| e.kind == Kind::Mobility)
            .collect();
        let mut rotation = Rotation::default();
        for round in 0..3 {
            let mut seen = HashMap::new();
            for _ in 0..eligible.len() {
                let pick = rotation.pick(&eligible, unrated).unwrap();
                assert_eq!(pick.reason, Reason::Rotation);
                *seen.entry(pick.exercise.id.clone()).or_insert(0) += 1;
            }
            assert_eq!(seen.len(), eligible.len(), "round {round}: {seen:?}");
        }
    }

    #[test]
    fn one_eligible_exercise_is_offered_every_time_and_none_gives_a_reason() {
        let set = ExerciseSet::bundled().unwrap();
        let only = [&set.exercises[0]];
        let mut rotation = Rotation::default();
        for _ in 0..4 {
            let pick = rotation.pick(&only, unrated).unwrap();
            assert_eq!(pick.exercise.id, set.exercises[0].id);
        }
        assert_eq!(
            rotation.pick(&[], unrated),
            Err(NothingLeft::NoneForPositions)
        );
        let hurt = |_: &str| Some(Feeling::Hurt);
        let all = set.eligible(&[Position::Seated]);
        assert_eq!(
            rotation.pick(&all, hurt),
            Err(NothingLeft::AllHurt(all.len()))
        );
    }

    #[test]
    fn a_strength_exercise_follows_two_mobility_ones() {
        let set = ExerciseSet::bundled().unwrap();
        let eligible = set.eligible(&[Position::Seated]);
        let mut rotation = Rotation::default();
        let kinds: Vec<(Kind, Reason)> = (0..9)
            .map(|_| {
                let pick = rotation.pick(&eligible, unrated).unwrap();
                (pick.exercise.kind, pick.reason)
            })
            .collect();
        for window in kinds.windows(3) {
            assert!(
                window.iter().any(|(k, _)| *k == Kind::Strength),
                "{kinds:?}"
            );
        }
        assert!(kinds.contains(&(Kind::Strength, Reason::StrengthTurn)));
    }

    /// Picks from `ids` (in that order) with `good` rated good; returns the kinds picked.
    fn kinds_picked(ids: &[&str], good: &[&str], picks: usize) -> Vec<Kind> {
        let set = ExerciseSet::bundled().unwrap();
        let eligible: Vec<&Exercise> = ids.iter().map(|id| set.get(id).unwrap()).collect();
        let rating = |id: &str| good.contains(&id).then_some(Feeling::Good);
        let mut rotation = Rotation::default();
        (0..picks)
            .map(|_| rotation.pick(&eligible, rating).unwrap().exercise.kind)
            .collect()
    }

    #[test]
    fn kinds_take_turns_by_their_weights() {
        use Kind::{Mobility as M, Strength as S};
        // Strength 8 + 8 against mobility 4: four strength stretches to one mobility, spread out.
        let three = ["seated-open-book", "chin-tucks", "shoulder-blade-squeeze"];
        let good = ["chin-tucks", "shoulder-blade-squeeze"];
        assert_eq!(
            kinds_picked(&three, &good, 10),
            [S, S, M, S, S, S, S, M, S, S]
        );
        // Equal weights: mobility first, then turn and turn about.
        let two = [
            "seated-open-book",
            "seated-cat-cow",
            "chin-tucks",
            "seated-w-squeeze",
        ];
        assert_eq!(kinds_picked(&two, &[], 4), [M, S, M, S]);
    }

    #[test]
    fn on_equal_credit_the_earlier_exercise_comes_first() {
        let set = ExerciseSet::bundled().unwrap();
        let floor = set.eligible(&[Position::Floor]);
        let mut rotation = Rotation::default();
        let picked: Vec<&str> = (0..floor.len())
            .map(|_| rotation.pick(&floor, unrated).unwrap().exercise.id.as_str())
            .collect();
        let in_set_order: Vec<&str> = floor.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(picked, in_set_order);
    }

    #[test]
    fn each_reason_in_words() {
        assert_eq!(
            [Reason::StrengthTurn, Reason::Favourite, Reason::Rotation]
                .map(|reason| reason.describe(&crate::core::words::Words::english())),
            [
                "strength turn: two mobility stretches came before",
                "favourite: rated good, offered twice as often",
                "rotation",
            ]
        );
    }

    #[test]
    fn a_favourite_says_so() {
        let set = ExerciseSet::bundled().unwrap();
        let eligible = set.eligible(&[Position::Seated]);
        let liked = eligible[0].id.clone();
        let rating = |id: &str| (id == liked).then_some(Feeling::Good);
        let mut rotation = Rotation::default();
        let pick = rotation.pick(&eligible, rating).unwrap();
        assert_eq!(
            (pick.exercise.id.as_str(), pick.reason),
            (liked.as_str(), Reason::Favourite)
        );
    }

    #[test]
    fn rotation_survives_a_restart() {
        let set = ExerciseSet::bundled().unwrap();
        let eligible = set.eligible(&[Position::Seated, Position::Standing]);
        let mut rotation = Rotation::default();
        rotation.pick(&eligible, unrated).unwrap();
        let saved = serde_json::to_string(&rotation).unwrap();
        let mut restored: Rotation = serde_json::from_str(&saved).unwrap();
        for _ in 0..20 {
            assert_eq!(
                restored.pick(&eligible, unrated).unwrap().exercise.id,
                rotation.pick(&eligible, unrated).unwrap().exercise.id
            );
        }
        // A state file from before ratings (a round of ids shown) still loads.
        let old: Rotation =
            serde_json::from_str(r#"{"shown":["cat-cow"],"last":"cat-cow"}"#).unwrap();
        assert_eq!(old.last.as_deref(), Some("cat-cow"));
    }
}
