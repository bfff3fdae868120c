//! Property test for the exercise rotation with ratings and the mobility/strength rule.
//!
//! Each case takes the bundled set with a random position filter and random ratings (sometimes
//! changed half-way), and draws thousands of picks through the real `Rotation`, saving and
//! reloading its state at random moments the way the app's state file does. It checks:
//! 1. an exercise rated "It hurt" never comes;
//! 2. within each kind, every exercise comes in proportion to its weight (good 8, unrated 4,
//!    not for me 1): its count is within `TOLERANCE` picks of its share of that kind's picks.
//!    (When one exercise's weight is more than half its kind's, rule 5 may cap it: it gets
//!    between every other pick and its share);
//!    Between the kinds, strength comes at least in its weight's share of all picks, and at
//!    most in that share or a third (the strength turns), whichever is more, within
//!    `KIND_TOLERANCE` (a kind with a single exercise gets at most every other pick);
//! 3. nothing that is allowed and not hurt starves: each comes within `max_gap` picks;
//! 4. whenever a strength exercise is allowed, no three mobility ones come in a row;
//! 5. the same exercise never comes twice in a row while another is allowed;
//! 6. a saved and reloaded rotation goes on exactly as the original.

use std::collections::BTreeMap;

use posture_break::core::exercises::{Exercise, ExerciseSet, Kind, Position};
use posture_break::core::feeling::Feeling;
use posture_break::core::rotation::{NothingLeft, Rotation, MOBILITY_RUN};
use proptest::prelude::*;

/// How far a count may be from its exact share of its kind's picks.
const TOLERANCE: f64 = 3.0;
/// How far the strength count may be outside its bounds (rule 2b), in picks.
const KIND_TOLERANCE: f64 = 3.0;

fn positions() -> impl Strategy<Value = Vec<Position>> {
    prop::sample::subsequence(
        vec![Position::Seated, Position::Standing, Position::Floor],
        1..=3,
    )
}

/// A rating per bundled exercise (index), `None` most often.
fn ratings() -> impl Strategy<Value = Vec<Option<Feeling>>> {
    prop::collection::vec(
        prop_oneof![
            4 => Just(None),
            1 => Just(Some(Feeling::Good)),
            1 => Just(Some(Feeling::NotForMe)),
            1 => Just(Some(Feeling::Hurt)),
        ],
        20,
    )
}

fn rating_map(set: &ExerciseSet, ratings: &[Option<Feeling>]) -> BTreeMap<String, Feeling> {
    set.exercises
        .iter()
        .zip(ratings)
        .filter_map(|(e, r)| r.map(|r| (e.id.clone(), r)))
        .collect()
}

/// The longest run of picks an exercise may go without coming: twice its kind's total weight
/// over its own, over the kind's share (strength can be a third of the picks at least, mobility at
/// least its weight share), plus the pool's size for the no-repeat rule.
fn max_gap(candidates: &[(&Exercise, u32)], exercise: &Exercise, weight: u32) -> usize {
    let kind_total: u32 = candidates
        .iter()
        .filter(|(e, _)| e.kind == exercise.kind)
        .map(|(_, w)| w)
        .sum();
    let all: u32 = candidates.iter().map(|(_, w)| w).sum();
    let kind_share = f64::from(kind_total) / f64::from(all);
    let per_kind_pick = f64::from(kind_total) / f64::from(weight);
    // Twice the round: a credit carried over from before a rating changed may start a whole
    // round low.
    ((2.0 * per_kind_pick + 2.0) / kind_share.clamp(0.01, 1.0 / 3.0)
        + candidates.len() as f64
        + 3.0)
        .ceil() as usize
}

struct Run<'a> {
    candidates: Vec<(&'a Exercise, u32)>,
    picks: Vec<&'a Exercise>,
}

fn run<'a>(
    rotation: &mut Rotation,
    eligible: &[&'a Exercise],
    ratings: &BTreeMap<String, Feeling>,
    count: usize,
    reload_every: usize,
) -> Result<Run<'a>, NothingLeft> {
    let rating = |id: &str| ratings.get(id).copied();
    let candidates = eligible
        .iter()
        .map(|e| (*e, Feeling::weight(rating(&e.id))))
        .filter(|(_, w)| *w > 0)
        .collect();
    let mut picks = Vec::with_capacity(count);
    for n in 0..count {
        if n % reload_every == reload_every - 1 {
            let saved = serde_json::to_string(&*rotation).expect("save");
            let restored: Rotation = serde_json::from_str(&saved).expect("reload");
            assert_eq!(&restored, rotation, "the state file round-trips");
            *rotation = restored;
        }
        picks.push(rotation.pick(eligible, rating)?.exercise);
    }
    Ok(Run { candidates, picks })
}

fn check(run: &Run, ratings: &BTreeMap<String, Feeling>) -> Result<(), TestCaseError> {
    let Run { candidates, picks } = run;
    // 1. Never what hurt.
    for pick in picks {
        prop_assert_ne!(ratings.get(&pick.id), Some(&Feeling::Hurt), "{}", pick.id);
    }
    // 2. Proportions within each kind.
    for kind in [Kind::Mobility, Kind::Strength] {
        let pool: Vec<_> = candidates.iter().filter(|(e, _)| e.kind == kind).collect();
        let total: u32 = pool.iter().map(|(_, w)| w).sum();
        let kind_picks = picks.iter().filter(|e| e.kind == kind).count() as f64;
        let heaviest = pool.iter().map(|(_, w)| *w).max().unwrap_or(0);
        if pool.len() > 1 && heaviest * 2 > total {
            // One exercise is owed more than every other pick of its kind, which the no-repeat
            // rule refuses when two of that kind come in a row: it gets at least every other
            // pick, and at most its share.
            let (heavy, _) = pool
                .iter()
                .find(|(_, w)| *w == heaviest)
                .expect("in the pool");
            let count = picks.iter().filter(|e| e.id == heavy.id).count() as f64;
            let share = kind_picks * f64::from(heaviest) / f64::from(total);
            prop_assert!(
                count >= kind_picks / 2.0 - TOLERANCE && count <= share + TOLERANCE,
                "{} ({heaviest} of {total}): {count} of {kind_picks} picks",
                heavy.id
            );
            continue;
        }
        for (exercise, weight) in &pool {
            let count = picks.iter().filter(|e| e.id == exercise.id).count() as f64;
            let expected = kind_picks * f64::from(*weight) / f64::from(total);
            prop_assert!(
                (count - expected).abs() <= TOLERANCE,
                "{} ({weight} of {total}): {count} picks, expected {expected:.1}",
                exercise.id
            );
        }
    }
    // 2b. Between the kinds: strength comes at least in its weight's share, and no more than
    // that or the third of the picks that strength turns give it, whichever is more.
    let weight_of = |kind: Kind| -> u32 {
        candidates
            .iter()
            .filter(|(e, _)| e.kind == kind)
            .map(|(_, w)| w)
            .sum()
    };
    let (strength, all) = (
        weight_of(Kind::Strength),
        weight_of(Kind::Mobility) + weight_of(Kind::Strength),
    );
    if strength > 0 && strength < all {
        let share = f64::from(strength) / f64::from(all);
        let n = picks.len() as f64;
        let got = picks.iter().filter(|e| e.kind == Kind::Strength).count() as f64;
        // A kind with one exercise comes at most every other pick (rule 5).
        let single = |kind: Kind| candidates.iter().filter(|(e, _)| e.kind == kind).count() == 1;
        let low = if single(Kind::Strength) {
            share.min(0.5)
        } else {
            share
        };
        let high = if single(Kind::Mobility) {
            share.max(0.5)
        } else {
            share
        };
        prop_assert!(
            got >= n * low - KIND_TOLERANCE && got <= n * high.max(1.0 / 3.0) + KIND_TOLERANCE,
            "strength {got} of {n} picks with a weight share of {share:.3}"
        );
    }
    // 3. No starving.
    for (exercise, weight) in candidates {
        let gap = max_gap(candidates, exercise, *weight);
        let mut since = 0;
        for pick in picks {
            since = if pick.id == exercise.id { 0 } else { since + 1 };
            prop_assert!(
                since <= gap,
                "{} (weight {weight}) missing for more than {gap} picks",
                exercise.id
            );
        }
    }
    // 4. Strength after two mobility ones, when one is allowed.
    if candidates.iter().any(|(e, _)| e.kind == Kind::Strength) {
        for window in picks.windows(MOBILITY_RUN as usize + 1) {
            prop_assert!(
                window.iter().any(|e| e.kind == Kind::Strength),
                "three mobility in a row: {:?}",
                window.iter().map(|e| &e.id).collect::<Vec<_>>()
            );
        }
    }
    // 5. No back-to-back repeat while there is another.
    if candidates.len() > 1 {
        for pair in picks.windows(2) {
            prop_assert_ne!(&pair[0].id, &pair[1].id);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn ratings_steer_the_rotation_without_starving_or_repeating(
        positions in positions(),
        first in ratings(),
        second in ratings(),
        change in any::<bool>(),
        reload_every in 1usize..50,
    ) {
        let set = ExerciseSet::bundled().expect("bundled set");
        let eligible = set.eligible(&positions);
        let mut rotation = Rotation::default();
        let mut twin = Rotation::default();
        let phases = if change { vec![first, second] } else { vec![first] };
        for ratings in phases {
            let ratings = rating_map(&set, &ratings);
            let result = run(&mut rotation, &eligible, &ratings, 1500, reload_every);
            // 6. The same picks without any reload.
            let twin_result = run(&mut twin, &eligible, &ratings, 1500, usize::MAX);
            match (result, twin_result) {
                (Ok(run), Ok(twin_run)) => {
                    let ids = |r: &Run| r.picks.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
                    prop_assert_eq!(ids(&run), ids(&twin_run));
                    check(&run, &ratings)?;
                }
                (Err(why), Err(twin_why)) => {
                    prop_assert_eq!(why, twin_why);
                    let hurt = eligible
                        .iter()
                        .filter(|e| ratings.get(&e.id) == Some(&Feeling::Hurt))
                        .count();
                    prop_assert_eq!(why, NothingLeft::AllHurt(eligible.len()));
                    prop_assert_eq!(hurt, eligible.len());
                }
                (a, b) => prop_assert!(false, "reloaded and not: {:?} / {:?}", a.is_ok(), b.is_ok()),
            }
        }
    }
}
