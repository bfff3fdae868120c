//! The pose as data: views, props, joint angles, their anatomical limits, and reading a pose
//! from TOML with spans for file:line:column errors.

use serde::{Deserialize, Serialize};
use toml::Spanned;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum View {
    Side,
    Front,
    /// The side view turned 40° towards the front: shows moves out to the sides (a T) while
    /// the trunk's lean stays visible.
    #[serde(rename = "three-quarter")]
    ThreeQuarter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Prop {
    Chair,
    Mat,
    Wall,
    Doorway,
}

/// One arm: the shoulder's elevation and plane of elevation (as in the ISB shoulder convention),
/// elbow flexion and upper-arm rotation.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Arm {
    /// Elevation away from hanging down: 0 down, 90 horizontal, 180 overhead.
    pub raise: f32,
    /// Plane of elevation: 0 forward, 90 out to the side, 180 backward, negative across the body.
    pub plane: f32,
    /// Elbow flexion: 0 straight.
    pub elbow: f32,
    /// Upper-arm rotation: positive turns the bent forearm outward / up (external rotation).
    pub roll: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Pose {
    pub view: View,
    pub prop: Option<Prop>,
    /// Pelvis-to-shoulders line from upright: forward positive (90 = horizontal, face down).
    pub lean: f32,
    /// Curve of the back: positive rounds it (cat), negative arches it (cow).
    pub spine: f32,
    /// Side bend of the trunk, towards the right positive.
    pub bend: f32,
    /// Rotation of the chest against the hips, to the right positive.
    pub twist: f32,
    /// Neck flexion (chin towards chest) positive, looking up negative.
    pub neck: f32,
    /// Head nod on top of the neck; `neck = -15, nod = 15` glides the chin back (chin tuck).
    pub nod: f32,
    /// Head tilt, right ear towards the right shoulder positive.
    pub tilt: f32,
    /// Head turn, to the right positive.
    pub turn: f32,
    /// Shoulders lifted towards the ears positive, pressed down negative.
    pub shrug: f32,
    /// Shoulder blades drawn back positive, rolled forward negative.
    pub retract: f32,
    pub left: Arm,
    pub right: Arm,
    /// Hip flexion of both legs against the pelvis (the lower end of the back's curve): 0
    /// standing, 90 sitting or kneeling.
    pub hip: f32,
    /// Knee flexion of both legs: 0 straight.
    pub knee: f32,
}

impl Default for Pose {
    fn default() -> Self {
        Pose {
            view: View::Side,
            prop: None,
            lean: 0.0,
            spine: 0.0,
            bend: 0.0,
            twist: 0.0,
            neck: 0.0,
            nod: 0.0,
            tilt: 0.0,
            turn: 0.0,
            shrug: 0.0,
            retract: 0.0,
            left: Arm::default(),
            right: Arm::default(),
            hip: 0.0,
            knee: 0.0,
        }
    }
}

/// A joint angle's allowed range and what it means, for error messages and the tests.
pub(crate) struct Limit {
    pub key: &'static str,
    pub min: f32,
    pub max: f32,
    pub meaning: &'static str,
}

const fn limit(key: &'static str, min: f32, max: f32, meaning: &'static str) -> Limit {
    Limit {
        key,
        min,
        max,
        meaning,
    }
}

/// Anatomical limits, a little inside an adult's active range of motion (these are gentle
/// stretches, and a figure past them would teach the wrong move).
pub(crate) const LIMITS: &[Limit] = &[
    limit(
        "lean",
        -40.0,
        100.0,
        "trunk lean from upright, forward positive",
    ),
    limit(
        "spine",
        -60.0,
        60.0,
        "back curve, rounded positive, arched negative",
    ),
    limit("bend", -40.0, 40.0, "side bend, to the right positive"),
    limit(
        "twist",
        -55.0,
        55.0,
        "chest rotation, to the right positive",
    ),
    limit("neck", -60.0, 60.0, "neck flexion, chin down positive"),
    limit(
        "nod",
        -30.0,
        30.0,
        "head nod on the neck, chin down positive",
    ),
    limit("tilt", -45.0, 45.0, "head tilt, right ear down positive"),
    limit("turn", -80.0, 80.0, "head turn, to the right positive"),
    limit("shrug", -10.0, 40.0, "shoulders lifted positive"),
    limit("retract", -30.0, 30.0, "shoulder blades back positive"),
    limit(
        "raise",
        0.0,
        180.0,
        "arm elevation, 0 hanging down, 180 overhead",
    ),
    limit(
        "plane",
        -60.0,
        180.0,
        "plane of arm elevation, 0 forward, 90 sideways, 180 backward",
    ),
    limit("elbow", 0.0, 150.0, "elbow flexion, 0 straight"),
    limit("roll", -90.0, 90.0, "upper-arm rotation, outward positive"),
    limit("hip", -30.0, 130.0, "hip flexion, 0 standing, 90 sitting"),
    limit("knee", 0.0, 150.0, "knee flexion, 0 straight"),
];

/// Behind the body an arm lifts much less far than in front (shoulder extension ≈ 60°).
pub(crate) const MAX_RAISE_BEHIND: f32 = 70.0;
/// Planes past this count as "behind the body".
pub(crate) const BEHIND_PLANE: f32 = 120.0;

pub(crate) fn limit_of(key: &str) -> Option<&'static Limit> {
    LIMITS.iter().find(|l| l.key == key)
}

/// Checks one angle; the message names the range and its meaning.
pub(crate) fn check_angle(key: &str, value: f64) -> Result<f32, String> {
    let Some(l) = limit_of(key) else {
        return Err(format!("`{key}` is not a joint angle"));
    };
    if !value.is_finite() {
        return Err(format!("`{key}` must be a number of degrees"));
    }
    let v = value as f32;
    if v < l.min || v > l.max {
        return Err(format!(
            "`{key}` is {}°; allowed is {}° to {}° ({})",
            trim(value),
            l.min,
            l.max,
            l.meaning
        ));
    }
    Ok(v)
}

fn trim(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

// ---- reading from TOML, with spans for file:line:column errors ----

#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a pose: { view = \"side\", lean = 0, … }"
)]
pub(crate) struct RawPose {
    view: Option<Spanned<String>>,
    prop: Option<Spanned<String>>,
    lean: Option<Spanned<f64>>,
    spine: Option<Spanned<f64>>,
    bend: Option<Spanned<f64>>,
    twist: Option<Spanned<f64>>,
    neck: Option<Spanned<f64>>,
    nod: Option<Spanned<f64>>,
    tilt: Option<Spanned<f64>>,
    turn: Option<Spanned<f64>>,
    shrug: Option<Spanned<f64>>,
    retract: Option<Spanned<f64>>,
    hip: Option<Spanned<f64>>,
    knee: Option<Spanned<f64>>,
    /// Both arms; `left` / `right` override it.
    arms: Option<Spanned<RawArm>>,
    left: Option<Spanned<RawArm>>,
    right: Option<Spanned<RawArm>>,
}

#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "an arm: { raise = 90, plane = 0, elbow = 0, roll = 0 }"
)]
pub(crate) struct RawArm {
    raise: Option<Spanned<f64>>,
    plane: Option<Spanned<f64>>,
    elbow: Option<Spanned<f64>>,
    roll: Option<Spanned<f64>>,
}

/// A validation error at a byte span of the file.
pub(crate) type SpanError = (std::ops::Range<usize>, String);

const VIEWS: [&str; 3] = ["side", "front", "three-quarter"];
const PROPS: [&str; 4] = ["chair", "mat", "wall", "doorway"];

fn word<T: Copy>(
    value: &Spanned<String>,
    what: &str,
    allowed: &[&str],
    values: &[T],
) -> Result<T, SpanError> {
    let written = value.get_ref().as_str();
    if let Some(i) = allowed.iter().position(|a| *a == written) {
        return Ok(values[i]);
    }
    let hint = crate::core::located::closest(written, allowed)
        .map(|b| format!("did you mean \"{b}\"? "))
        .unwrap_or_default();
    Err((
        value.span(),
        format!(
            "unknown {what} \"{written}\"; {hint}allowed: {}",
            crate::core::config::quoted_list(allowed)
        ),
    ))
}

fn angle(value: &Option<Spanned<f64>>, key: &str, default: f32) -> Result<f32, SpanError> {
    match value {
        None => Ok(default),
        Some(v) => check_angle(key, *v.get_ref()).map_err(|m| (v.span(), m)),
    }
}

fn arm(raw: &Spanned<RawArm>) -> Result<Arm, SpanError> {
    let r = raw.get_ref();
    let arm = Arm {
        raise: angle(&r.raise, "raise", 0.0)?,
        plane: angle(&r.plane, "plane", 0.0)?,
        elbow: angle(&r.elbow, "elbow", 0.0)?,
        roll: angle(&r.roll, "roll", 0.0)?,
    };
    if arm.plane.abs() > BEHIND_PLANE && arm.raise > MAX_RAISE_BEHIND {
        let at = r.raise.as_ref().map_or(raw.span(), |v| v.span());
        return Err((
            at,
            format!(
                "`raise` is {}° behind the body (plane {}°); an arm lifts at most {MAX_RAISE_BEHIND}° backward",
                arm.raise, arm.plane
            ),
        ));
    }
    Ok(arm)
}

impl RawPose {
    /// Validates against the limits; `base` gives the view and prop a flowing shape inherits
    /// from the step's first shape (and must match if written).
    pub(crate) fn resolve(&self, base: Option<&Pose>) -> Result<Pose, SpanError> {
        let view = match (&self.view, base) {
            (Some(v), _) => word(
                v,
                "view",
                &VIEWS,
                &[View::Side, View::Front, View::ThreeQuarter],
            )?,
            (None, Some(b)) => b.view,
            (None, None) => View::Side,
        };
        let prop = match (&self.prop, base) {
            (Some(p), _) => Some(word(
                p,
                "prop",
                &PROPS,
                &[Prop::Chair, Prop::Mat, Prop::Wall, Prop::Doorway],
            )?),
            (None, Some(b)) => b.prop,
            (None, None) => None,
        };
        if let Some(b) = base {
            if let Some(v) = self.view.as_ref().filter(|_| view != b.view) {
                return Err((
                    v.span(),
                    "the shapes of one step share its view; write the other view in another step"
                        .into(),
                ));
            }
            if let Some(p) = self.prop.as_ref().filter(|_| prop != b.prop) {
                return Err((p.span(), "the shapes of one step share its prop".into()));
            }
        }
        let both = self.arms.as_ref().map(arm).transpose()?.unwrap_or_default();
        let side = |raw: &Option<Spanned<RawArm>>| -> Result<Arm, SpanError> {
            Ok(raw.as_ref().map(arm).transpose()?.unwrap_or(both))
        };
        Ok(Pose {
            view,
            prop,
            lean: angle(&self.lean, "lean", 0.0)?,
            spine: angle(&self.spine, "spine", 0.0)?,
            bend: angle(&self.bend, "bend", 0.0)?,
            twist: angle(&self.twist, "twist", 0.0)?,
            neck: angle(&self.neck, "neck", 0.0)?,
            nod: angle(&self.nod, "nod", 0.0)?,
            tilt: angle(&self.tilt, "tilt", 0.0)?,
            turn: angle(&self.turn, "turn", 0.0)?,
            shrug: angle(&self.shrug, "shrug", 0.0)?,
            retract: angle(&self.retract, "retract", 0.0)?,
            left: side(&self.left)?,
            right: side(&self.right)?,
            hip: angle(&self.hip, "hip", 0.0)?,
            knee: angle(&self.knee, "knee", 0.0)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::pose::tests::pose;

    /// The anatomical limits, joint by joint: (key, inside, outside).
    const TABLE: &[(&str, f64, f64)] = &[
        ("lean", 90.0, 120.0),
        ("lean", -30.0, -45.0),
        ("spine", 45.0, 75.0),
        ("spine", -45.0, -70.0),
        ("bend", 30.0, 50.0),
        ("twist", -45.0, -70.0),
        ("neck", 45.0, 80.0),
        ("nod", 20.0, 40.0),
        ("tilt", -40.0, -60.0),
        ("turn", 70.0, 100.0),
        ("shrug", 30.0, 60.0),
        ("shrug", -5.0, -20.0),
        ("retract", 25.0, 45.0),
        ("hip", 120.0, 150.0),
        ("hip", -20.0, -45.0),
        ("knee", 140.0, 170.0),
        ("knee", 0.0, -10.0),
    ];

    #[test]
    fn limits_table_accepts_inside_and_rejects_outside() {
        for (key, inside, outside) in TABLE {
            assert!(
                pose(&format!("{key} = {inside}")).is_ok(),
                "{key} = {inside}"
            );
            let err = pose(&format!("{key} = {outside}")).unwrap_err();
            assert!(err.contains(&format!("`{key}` is")), "{key}: {err}");
            assert!(err.contains("allowed is"), "{key}: {err}");
        }
        for (key, inside, outside) in [
            ("raise", 180.0, 190.0),
            ("elbow", 150.0, 160.0),
            ("elbow", 0.0, -5.0),
            ("plane", -45.0, -90.0),
            ("roll", 80.0, 100.0),
        ] {
            for side in ["arms", "left", "right"] {
                assert!(pose(&format!("{side} = {{ {key} = {inside} }}")).is_ok());
                let err = pose(&format!("{side} = {{ {key} = {outside} }}")).unwrap_err();
                assert!(err.contains(&format!("`{key}` is")), "{side}.{key}: {err}");
            }
        }
        // Every joint in LIMITS is covered by a case above.
        for l in LIMITS {
            let covered = TABLE.iter().any(|(k, _, _)| *k == l.key)
                || ["raise", "elbow", "plane", "roll"].contains(&l.key);
            assert!(covered, "{} has no test case", l.key);
        }
    }

    #[test]
    fn an_arm_behind_the_body_lifts_less() {
        assert!(pose("arms = { raise = 40, plane = 180 }").is_ok());
        let err = pose("arms = { raise = 120, plane = 170 }").unwrap_err();
        assert!(err.contains("backward"), "{err}");
        assert!(pose("arms = { raise = 120, plane = 90 }").is_ok());
    }

    #[test]
    fn words_are_checked_with_suggestions() {
        let err = pose("view = \"sidee\"").unwrap_err();
        assert!(err.contains("did you mean \"side\""), "{err}");
        let err = pose("prop = \"chiar\"").unwrap_err();
        assert!(err.contains("did you mean \"chair\""), "{err}");
        assert!(pose("arms = { elbw = 3 }").unwrap_err().contains("elbow"));
        assert!(pose("lean = \"far\"").is_err());
        assert!(pose("lean = nan")
            .unwrap_err()
            .contains("number of degrees"));
    }

    #[test]
    fn left_and_right_override_arms() {
        let p = pose("arms = { raise = 90 }\nright = { raise = 180, plane = 90 }").unwrap();
        assert_eq!(p.left.raise, 90.0);
        assert_eq!((p.right.raise, p.right.plane), (180.0, 90.0));
    }

    #[test]
    fn flow_shapes_inherit_and_must_share_the_view() {
        let base = pose("view = \"front\"\nprop = \"chair\"").unwrap();
        let raw: RawPose = toml::from_str("tilt = 30").unwrap();
        let p = raw.resolve(Some(&base)).unwrap();
        assert_eq!((p.view, p.prop), (View::Front, Some(Prop::Chair)));
        let raw: RawPose = toml::from_str("view = \"side\"").unwrap();
        assert!(raw.resolve(Some(&base)).unwrap_err().1.contains("share"));
    }
}
