//! The exercise set: the bundled routines plus the user's own, their validation, scaling of step
//! times to the configured stretch length.

use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::pose::{Pose, RawPose};
use toml::Spanned;

use super::config::quoted_list;
use super::located::{closest, decode_text, from_toml_error, FileError};
use super::words::Prose;

/// The bundled set, compiled into the binary.
pub const BUNDLED_TOML: &str = include_str!("../../assets/exercises.toml");
const BUNDLED_PATH: &str = "assets/exercises.toml";
pub const MAX_EXERCISE_FILE_BYTES: usize = 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    Seated,
    Standing,
    Floor,
}

impl Position {
    pub const ALL: [&'static str; 3] = ["seated", "standing", "floor"];

    pub fn parse(text: &str) -> Result<Position, Prose> {
        match text {
            "seated" => Ok(Position::Seated),
            "standing" => Ok(Position::Standing),
            "floor" => Ok(Position::Floor),
            other => Err(unknown_word("position", other, &Position::ALL)),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Position::Seated => "seated",
            Position::Standing => "standing",
            Position::Floor => "floor",
        }
    }
}

/// What an exercise does most: loosen (mobility) or build the muscles that hold a posture
/// (strength). The rotation mixes both.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    #[default]
    Mobility,
    Strength,
}

impl Kind {
    pub const ALL: [&'static str; 2] = ["mobility", "strength"];

    pub fn parse(text: &str) -> Result<Kind, Prose> {
        match text {
            "mobility" => Ok(Kind::Mobility),
            "strength" => Ok(Kind::Strength),
            other => Err(unknown_word("kind", other, &Kind::ALL)),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Mobility => "mobility",
            Kind::Strength => "strength",
        }
    }
}

const AREAS: [&str; 3] = ["middle back", "neck", "shoulders"];

/// A pose's angle, view or prop out of bounds: its words are the pose model's, in English (a
/// pose is written by someone drawing figures, with the model's English names).
fn pose_problem(detail: String) -> Prose {
    Prose::new("config-exercise-pose").text("detail", detail)
}

/// `unknown position "lying"; allowed: "seated", "standing", "floor"`, with the closest word.
fn unknown_word(what: &str, written: &str, allowed: &[&str]) -> Prose {
    Prose::new("config-unknown-word")
        .text("what", what)
        .text("value", written)
        .suggestion(closest(written, allowed))
        .text("allowed", quoted_list(allowed))
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub text: String,
    pub secs: u32,
    /// The figure for this step (None: no figure is shown).
    pub pose: Option<Pose>,
    /// Further shapes a flowing step moves through, looping back to `pose`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub flow: Vec<Pose>,
}

impl Step {
    /// The step's shapes in order: `pose`, then `flow`.
    pub fn shapes(&self) -> Vec<Pose> {
        self.pose.iter().chain(&self.flow).copied().collect()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Exercise {
    pub id: String,
    pub name: String,
    pub position: Position,
    pub kind: Kind,
    pub areas: Vec<String>,
    pub caution: String,
    pub steps: Vec<Step>,
    /// Whether it came from the user's own file.
    pub custom: bool,
}

impl Exercise {
    /// Step times scaled to `total`, keeping proportions; rounding never changes the total.
    pub fn scaled_steps(&self, total: Duration) -> Vec<Step> {
        let total_secs = total.as_secs().min(u64::from(u32::MAX)) as u32;
        let written: u64 = self.steps.iter().map(|s| u64::from(s.secs)).sum();
        if written == 0 || self.steps.is_empty() {
            return Vec::new();
        }
        // Largest-remainder rounding.
        let exact: Vec<(u64, u64)> = self
            .steps
            .iter()
            .map(|s| {
                let scaled = u64::from(s.secs) * u64::from(total_secs);
                (scaled / written, scaled % written)
            })
            .collect();
        let mut secs: Vec<u64> = exact.iter().map(|(whole, _)| *whole).collect();
        let mut missing = u64::from(total_secs) - secs.iter().sum::<u64>();
        let mut order: Vec<usize> = (0..exact.len()).collect();
        order.sort_by(|a, b| exact[*b].1.cmp(&exact[*a].1).then(a.cmp(b)));
        for index in order {
            if missing == 0 {
                break;
            }
            secs[index] += 1;
            missing -= 1;
        }
        self.steps
            .iter()
            .zip(secs)
            .filter(|(_, secs)| *secs > 0)
            .map(|(step, secs)| Step {
                secs: secs as u32,
                ..step.clone()
            })
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseSet {
    /// "Education, not medical advice" — shown once in the stretch window and the CLI.
    pub notice: String,
    /// When to see a clinician instead.
    pub red_flags: String,
    pub exercises: Vec<Exercise>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSet {
    notice: Option<Spanned<String>>,
    red_flags: Option<Spanned<String>>,
    #[serde(default)]
    exercise: Vec<Spanned<RawExercise>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "an [[exercise]] table")]
struct RawExercise {
    id: Spanned<String>,
    name: Spanned<String>,
    position: Spanned<String>,
    kind: Option<Spanned<String>>,
    areas: Spanned<Vec<Spanned<String>>>,
    caution: Spanned<String>,
    steps: Spanned<Vec<Spanned<RawStep>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a step: { text = \"…\", secs = 10 }")]
struct RawStep {
    text: Spanned<String>,
    secs: Spanned<i64>,
    pose: Option<Spanned<RawPose>>,
    flow: Option<Spanned<Vec<Spanned<RawPose>>>>,
}

impl ExerciseSet {
    /// The set compiled into the binary.
    pub fn bundled() -> Result<ExerciseSet, FileError> {
        let raw = parse_raw(Path::new(BUNDLED_PATH), BUNDLED_TOML)?;
        let notice = raw
            .notice
            .as_ref()
            .map(|s| s.get_ref().clone())
            .unwrap_or_default();
        let red_flags = raw
            .red_flags
            .as_ref()
            .map(|s| s.get_ref().clone())
            .unwrap_or_default();
        let exercises = validate(Path::new(BUNDLED_PATH), BUNDLED_TOML, raw, &[], false)?;
        Ok(ExerciseSet {
            notice,
            red_flags,
            exercises,
        })
    }

    /// Adds the user's `exercises.toml`; its ids must not clash with the bundled ones.
    pub fn add_user_file(&mut self, path: &Path, bytes: &[u8]) -> Result<(), FileError> {
        let text = decode_text(path, bytes, MAX_EXERCISE_FILE_BYTES)?;
        let raw = parse_raw(path, &text)?;
        let taken: Vec<&str> = self.exercises.iter().map(|e| e.id.as_str()).collect();
        let extra = validate(path, &text, raw, &taken, true)?;
        self.exercises.extend(extra);
        Ok(())
    }

    pub fn get(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    /// Ids of exercises allowed by the position filter, in set order.
    pub fn eligible(&self, positions: &[Position]) -> Vec<&Exercise> {
        self.exercises
            .iter()
            .filter(|e| positions.contains(&e.position))
            .collect()
    }
}

fn parse_raw(path: &Path, text: &str) -> Result<RawSet, FileError> {
    toml::from_str(text).map_err(|e| from_toml_error(path, text, &e))
}

fn validate(
    path: &Path,
    text: &str,
    raw: RawSet,
    taken: &[&str],
    custom: bool,
) -> Result<Vec<Exercise>, FileError> {
    let at =
        |span: std::ops::Range<usize>, prose: Prose| FileError::at(path, text, Some(span), prose);
    let mut exercises: Vec<Exercise> = Vec::new();
    for spanned in raw.exercise {
        let raw = spanned.into_inner();
        let id = raw.id.get_ref();
        let id_ok = !id.is_empty()
            && id.len() <= 64
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok {
            return Err(at(
                raw.id.span(),
                Prose::new("config-exercise-id-bad").text("id", id.as_str()),
            ));
        }
        if taken.contains(&id.as_str()) || exercises.iter().any(|e| &e.id == id) {
            return Err(at(
                raw.id.span(),
                Prose::new("config-exercise-id-taken").text("id", id.as_str()),
            ));
        }
        for (field, value) in [("name", &raw.name), ("caution", &raw.caution)] {
            if value.get_ref().trim().is_empty() || value.get_ref().chars().count() > 200 {
                return Err(at(
                    value.span(),
                    Prose::new("config-exercise-field-length").text("field", field),
                ));
            }
        }
        let position =
            Position::parse(raw.position.get_ref()).map_err(|m| at(raw.position.span(), m))?;
        let kind = match &raw.kind {
            Some(kind) => Kind::parse(kind.get_ref()).map_err(|m| at(kind.span(), m))?,
            None => Kind::Mobility,
        };
        if raw.areas.get_ref().is_empty() {
            return Err(at(
                raw.areas.span(),
                Prose::new("config-exercise-areas-empty").text("allowed", quoted_list(&AREAS)),
            ));
        }
        let mut areas = Vec::new();
        for area in raw.areas.get_ref() {
            if !AREAS.contains(&area.get_ref().as_str()) {
                return Err(at(
                    area.span(),
                    unknown_word("area", area.get_ref(), &AREAS),
                ));
            }
            areas.push(area.get_ref().clone());
        }
        let raw_steps = raw.steps.get_ref();
        if raw_steps.is_empty() || raw_steps.len() > 12 {
            return Err(at(
                raw.steps.span(),
                Prose::new("config-exercise-steps-count"),
            ));
        }
        let mut steps = Vec::new();
        for step in raw_steps {
            let step = step.get_ref();
            let secs = *step.secs.get_ref();
            if !(1..=600).contains(&secs) {
                return Err(at(
                    step.secs.span(),
                    Prose::new("config-exercise-step-secs").number("secs", secs),
                ));
            }
            let words = step.text.get_ref().trim();
            if words.is_empty() || words.chars().count() > 300 {
                return Err(at(
                    step.text.span(),
                    Prose::new("config-exercise-step-text"),
                ));
            }
            let pose = step
                .pose
                .as_ref()
                .map(|p| p.get_ref().resolve(None))
                .transpose()
                .map_err(|(span, m)| at(span, pose_problem(m)))?;
            let mut flow = Vec::new();
            if let Some(raw_flow) = &step.flow {
                let Some(first) = &pose else {
                    return Err(at(
                        raw_flow.span(),
                        Prose::new("config-exercise-flow-without-pose"),
                    ));
                };
                if raw_flow.get_ref().is_empty() || raw_flow.get_ref().len() > 7 {
                    return Err(at(
                        raw_flow.span(),
                        Prose::new("config-exercise-flow-count"),
                    ));
                }
                for shape in raw_flow.get_ref() {
                    flow.push(
                        shape
                            .get_ref()
                            .resolve(Some(first))
                            .map_err(|(span, m)| at(span, pose_problem(m)))?,
                    );
                }
            }
            steps.push(Step {
                text: words.to_string(),
                secs: secs as u32,
                pose,
                flow,
            });
        }
        exercises.push(Exercise {
            id: id.clone(),
            name: raw.name.get_ref().trim().to_string(),
            position,
            kind,
            areas,
            caution: raw.caution.get_ref().trim().to_string(),
            steps,
            custom,
        });
    }
    Ok(exercises)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_set_is_valid_and_holds_the_seed_exercises() {
        let set = ExerciseSet::bundled().unwrap();
        assert!(set.exercises.len() >= 12, "{}", set.exercises.len());
        for id in [
            "cat-cow",
            "seal-stretch",
            "seated-trunk-rotation",
            "bent-over-iyt",
        ] {
            assert!(set.get(id).is_some(), "missing seed exercise {id}");
        }
        assert!(
            set.notice.to_lowercase().contains("not medical advice"),
            "{}",
            set.notice
        );
        for words in ["numbness", "chest pain", "bladder"] {
            assert!(set.red_flags.contains(words), "red flags lack {words}");
        }
        for exercise in &set.exercises {
            let total: u32 = exercise.steps.iter().map(|s| s.secs).sum();
            assert_eq!(total, 60, "{} steps add up to {total}", exercise.id);
        }
        assert!(set.eligible(&[Position::Seated]).len() >= 4);
        assert!(set.eligible(&[Position::Standing]).len() >= 3);
    }

    #[test]
    fn every_bundled_step_has_a_pose_inside_the_limits() {
        use crate::core::pose::{check_angle, Arm};
        let set = ExerciseSet::bundled().unwrap();
        assert_eq!(set.exercises.len(), 20);
        for e in &set.exercises {
            for (n, step) in e.steps.iter().enumerate() {
                let shapes = step.shapes();
                assert!(!shapes.is_empty(), "{} step {} has no pose", e.id, n + 1);
                for p in shapes {
                    let arm = |a: Arm| {
                        [
                            ("raise", a.raise),
                            ("plane", a.plane),
                            ("elbow", a.elbow),
                            ("roll", a.roll),
                        ]
                    };
                    let joints = [
                        ("lean", p.lean),
                        ("spine", p.spine),
                        ("bend", p.bend),
                        ("twist", p.twist),
                        ("neck", p.neck),
                        ("nod", p.nod),
                        ("tilt", p.tilt),
                        ("turn", p.turn),
                        ("shrug", p.shrug),
                        ("retract", p.retract),
                        ("hip", p.hip),
                        ("knee", p.knee),
                    ];
                    for (key, v) in joints.into_iter().chain(arm(p.left)).chain(arm(p.right)) {
                        check_angle(key, f64::from(v))
                            .unwrap_or_else(|m| panic!("{} step {}: {m}", e.id, n + 1));
                    }
                }
            }
            // The move is drawn from where the exercise is done.
            let props: Vec<_> = e.steps.iter().filter_map(|s| s.pose?.prop).collect();
            use crate::core::pose::Prop;
            match e.position {
                Position::Floor => assert!(props.contains(&Prop::Mat), "{}", e.id),
                Position::Seated => assert!(props.contains(&Prop::Chair), "{}", e.id),
                Position::Standing => assert!(!props.contains(&Prop::Chair), "{}", e.id),
            }
        }
    }

    #[test]
    fn scaling_keeps_the_total_and_order() {
        let set = ExerciseSet::bundled().unwrap();
        for exercise in &set.exercises {
            for secs in [1, 5, 30, 60, 61, 90, 300] {
                let steps = exercise.scaled_steps(Duration::from_secs(secs));
                assert_eq!(
                    steps.iter().map(|s| u64::from(s.secs)).sum::<u64>(),
                    secs,
                    "{}",
                    exercise.id
                );
                assert!(steps.iter().all(|s| s.secs > 0));
            }
            assert_eq!(
                exercise.scaled_steps(Duration::from_secs(60)),
                exercise.steps
            );
        }
    }

    #[test]
    fn user_exercises_are_validated_with_positions() {
        let mut set = ExerciseSet::bundled().unwrap();
        let path = Path::new("/c/exercises.toml");
        let good = "[[exercise]]\nid = \"my-neck\"\nname = \"My neck\"\nposition = \"seated\"\nareas = [\"neck\"]\ncaution = \"Gently.\"\nsteps = [{ text = \"Tilt.\", secs = 30 }, { text = \"Other side.\", secs = 30 }]\n";
        set.add_user_file(path, good.as_bytes()).unwrap();
        assert!(set.get("my-neck").unwrap().custom);

        let bad = good.replace("seated", "sitting");
        let err = ExerciseSet::bundled()
            .unwrap()
            .add_user_file(path, bad.as_bytes())
            .unwrap_err();
        assert_eq!((err.line, err.column), (4, 12), "{err}");
        assert!(err.message().contains("\"seated\""), "{err}");

        let clash = good.replace("my-neck", "cat-cow");
        let err = ExerciseSet::bundled()
            .unwrap()
            .add_user_file(path, clash.as_bytes())
            .unwrap_err();
        assert!(err.message().contains("already used"), "{err}");

        let area = good.replace("[\"neck\"]", "[\"nek\"]");
        let err = ExerciseSet::bundled()
            .unwrap()
            .add_user_file(path, area.as_bytes())
            .unwrap_err();
        assert!(err.message().contains("did you mean \"neck\""), "{err}");
    }
}
