//! The exercise rotation: which exercise a reminder offers next. Every eligible exercise is shown
//! once before any repeats, a new round never starts with the one just shown, and the round is
//! kept in the state file so a restart does not repeat one.

use serde::{Deserialize, Serialize};

use super::exercises::Exercise;

/// Which exercises were offered in the current round; persisted so restarts don't repeat.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rotation {
    #[serde(default)]
    pub shown: Vec<String>,
    #[serde(default)]
    pub last: Option<String>,
}

impl Rotation {
    /// Picks the next exercise among `eligible`: none repeats until every eligible one was shown,
    /// and a new round never starts with the one just shown. `seed` varies the order.
    pub fn pick<'a>(&mut self, eligible: &[&'a Exercise], seed: u64) -> Option<&'a Exercise> {
        if eligible.is_empty() {
            return None;
        }
        let mut fresh: Vec<&Exercise> = eligible
            .iter()
            .copied()
            .filter(|e| !self.shown.contains(&e.id))
            .collect();
        if fresh.is_empty() {
            self.shown.clear();
            fresh = eligible
                .iter()
                .copied()
                .filter(|e| eligible.len() == 1 || Some(&e.id) != self.last.as_ref())
                .collect();
        }
        let choice = fresh[(seed % fresh.len() as u64) as usize];
        self.shown.push(choice.id.clone());
        self.last = Some(choice.id.clone());
        Some(choice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::exercises::{ExerciseSet, Position};
    use std::collections::HashSet;

    #[test]
    fn rotation_shows_every_exercise_before_repeating() {
        let set = ExerciseSet::bundled().unwrap();
        let eligible = set.eligible(&[Position::Seated, Position::Standing]);
        let mut rotation = Rotation::default();
        let mut previous: Option<String> = None;
        for round in 0..5u64 {
            let mut seen = HashSet::new();
            for i in 0..eligible.len() as u64 {
                let pick = rotation.pick(&eligible, round * 7919 + i * 31).unwrap();
                assert!(
                    seen.insert(pick.id.clone()),
                    "repeat of {} in round {round}",
                    pick.id
                );
                assert_ne!(Some(&pick.id), previous.as_ref(), "back-to-back repeat");
                previous = Some(pick.id.clone());
            }
            assert_eq!(seen.len(), eligible.len());
        }
    }

    #[test]
    fn one_eligible_exercise_is_offered_every_time_and_none_gives_none() {
        let set = ExerciseSet::bundled().unwrap();
        let only = [&set.exercises[0]];
        let mut rotation = Rotation::default();
        for seed in 0..4 {
            let pick = rotation.pick(&only, seed).map(|e| e.id.clone());
            assert_eq!(pick.as_ref(), Some(&set.exercises[0].id), "seed {seed}");
        }
        assert!(rotation.pick(&[], 1).is_none());
    }

    #[test]
    fn rotation_survives_a_restart() {
        let set = ExerciseSet::bundled().unwrap();
        let eligible = set.eligible(&[Position::Seated]);
        let mut rotation = Rotation::default();
        let first = rotation.pick(&eligible, 3).unwrap().id.clone();
        let saved = serde_json::to_string(&rotation).unwrap();
        let mut restored: Rotation = serde_json::from_str(&saved).unwrap();
        for seed in 0..eligible.len() as u64 - 1 {
            assert_ne!(restored.pick(&eligible, seed).unwrap().id, first);
        }
    }
}
