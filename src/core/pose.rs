//! A step's figure: a simple human body described by joint angles (degrees), its anatomical
//! limits, easing between shapes, and the forward kinematics that turn angles into 2D points.
//! Pure: drawing lives in `crate::figure`.
//!
//! Body axes: `r` to the figure's right, `u` up, `f` forward. The side view shows the figure
//! facing right (its left side towards the viewer); the front view faces the viewer.
//! Signs: forward / to the right / chin down / round back are positive.

use std::ops::{Add, Mul, Neg, Sub};

use serde::{Deserialize, Serialize};
use toml::Spanned;

/// How long one move of a flowing step takes (e.g. breathe in → breathe out).
pub const MOVE_SECS: f32 = 2.5;
/// How long the figure takes to move from one step's shape into the next one's.
pub const TRANSITION_SECS: f32 = 1.2;

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

/// How far the three-quarter view is turned from the side view.
const THREE_QUARTER_DEG: f32 = 40.0;

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
pub struct Limit {
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
pub const LIMITS: &[Limit] = &[
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
pub const MAX_RAISE_BEHIND: f32 = 70.0;
/// Planes past this count as "behind the body".
pub const BEHIND_PLANE: f32 = 120.0;

pub fn limit_of(key: &str) -> Option<&'static Limit> {
    LIMITS.iter().find(|l| l.key == key)
}

/// Checks one angle; the message names the range and its meaning.
pub fn check_angle(key: &str, value: f64) -> Result<f32, String> {
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
pub struct RawPose {
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
pub struct RawArm {
    raise: Option<Spanned<f64>>,
    plane: Option<Spanned<f64>>,
    elbow: Option<Spanned<f64>>,
    roll: Option<Spanned<f64>>,
}

/// A validation error at a byte span of the file.
pub type SpanError = (std::ops::Range<usize>, String);

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
    let hint = super::located::closest(written, allowed)
        .map(|b| format!("did you mean \"{b}\"? "))
        .unwrap_or_default();
    let list: Vec<String> = allowed.iter().map(|a| format!("\"{a}\"")).collect();
    Err((
        value.span(),
        format!(
            "unknown {what} \"{written}\"; {hint}allowed: {}",
            list.join(", ")
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
    pub fn resolve(&self, base: Option<&Pose>) -> Result<Pose, SpanError> {
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

// ---- easing and interpolation ----

/// Smooth start and stop (cosine ease-in-out) for t in 0..=1; clamped outside.
pub fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    0.5 - 0.5 * (std::f32::consts::PI * t).cos()
}

fn mix(a: f32, b: f32, t: f32) -> f32 {
    a + (b - a) * t
}

fn mix_arm(a: Arm, b: Arm, t: f32) -> Arm {
    Arm {
        raise: mix(a.raise, b.raise, t),
        plane: mix(a.plane, b.plane, t),
        elbow: mix(a.elbow, b.elbow, t),
        roll: mix(a.roll, b.roll, t),
    }
}

/// The shape `t` of the way from `a` to `b` (t not eased here). View and prop switch halfway;
/// within one step they are equal.
pub fn lerp(a: &Pose, b: &Pose, t: f32) -> Pose {
    let t = t.clamp(0.0, 1.0);
    let later = if t < 0.5 { a } else { b };
    Pose {
        view: later.view,
        prop: later.prop,
        lean: mix(a.lean, b.lean, t),
        spine: mix(a.spine, b.spine, t),
        bend: mix(a.bend, b.bend, t),
        twist: mix(a.twist, b.twist, t),
        neck: mix(a.neck, b.neck, t),
        nod: mix(a.nod, b.nod, t),
        tilt: mix(a.tilt, b.tilt, t),
        turn: mix(a.turn, b.turn, t),
        shrug: mix(a.shrug, b.shrug, t),
        retract: mix(a.retract, b.retract, t),
        left: mix_arm(a.left, b.left, t),
        right: mix_arm(a.right, b.right, t),
        hip: mix(a.hip, b.hip, t),
        knee: mix(a.knee, b.knee, t),
    }
}

/// A step's shapes: the first, then the ones it flows through (looping back to the first).
pub fn shapes_at(shapes: &[Pose], secs: f32) -> Option<Pose> {
    let first = shapes.first()?;
    if shapes.len() == 1 {
        return Some(*first);
    }
    let moves = secs.max(0.0) / MOVE_SECS;
    let from = moves.floor() as usize % shapes.len();
    let to = (from + 1) % shapes.len();
    Some(lerp(&shapes[from], &shapes[to], ease(moves.fract())))
}

/// What the figure shows `secs` into a step whose shapes are `current`, coming from the shape
/// the previous step ended in. Moves into the new shape first (unless the view changes: then it
/// cuts), then flows. The bool says whether the figure is still moving (more frames needed).
pub fn frame(previous: Option<&Pose>, current: &[Pose], secs: f32) -> Option<(Pose, bool)> {
    let first = current.first()?;
    let flowing = current.len() > 1;
    if let Some(prev) = previous.filter(|p| p.view == first.view && *p != first) {
        if secs < TRANSITION_SECS {
            return Some((lerp(prev, first, ease(secs / TRANSITION_SECS)), true));
        }
    }
    let since = (secs - TRANSITION_SECS).max(0.0);
    let flow_secs = if previous.is_some_and(|p| p.view == first.view && p != first) {
        since
    } else {
        secs.max(0.0)
    };
    shapes_at(current, flow_secs).map(|p| (p, flowing))
}

/// The figure `elapsed` seconds into a stretch of `steps` (each its shapes and length): the
/// running step's frame, coming from the shape the step before ended in. None while the running
/// step has no shapes.
pub fn timeline(steps: &[(&[Pose], f32)], elapsed: f32) -> Option<(Pose, bool)> {
    let mut start = 0.0;
    let mut previous: Option<Pose> = None;
    for (i, (shapes, secs)) in steps.iter().enumerate() {
        let last = i + 1 == steps.len();
        if elapsed < start + secs || last {
            return frame(previous.as_ref(), shapes, elapsed - start);
        }
        previous = frame(previous.as_ref(), shapes, *secs).map(|(p, _)| p);
        start += secs;
    }
    None
}

// ---- forward kinematics ----

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct V3 {
    pub x: f32,
    pub y: f32,
    pub z: f32,
}

const fn v3(x: f32, y: f32, z: f32) -> V3 {
    V3 { x, y, z }
}

impl Add for V3 {
    type Output = V3;
    fn add(self, o: V3) -> V3 {
        v3(self.x + o.x, self.y + o.y, self.z + o.z)
    }
}
impl Sub for V3 {
    type Output = V3;
    fn sub(self, o: V3) -> V3 {
        v3(self.x - o.x, self.y - o.y, self.z - o.z)
    }
}
impl Mul<f32> for V3 {
    type Output = V3;
    fn mul(self, k: f32) -> V3 {
        v3(self.x * k, self.y * k, self.z * k)
    }
}
impl Neg for V3 {
    type Output = V3;
    fn neg(self) -> V3 {
        v3(-self.x, -self.y, -self.z)
    }
}

impl V3 {
    fn dot(self, o: V3) -> f32 {
        self.x * o.x + self.y * o.y + self.z * o.z
    }
    fn cross(self, o: V3) -> V3 {
        v3(
            self.y * o.z - self.z * o.y,
            self.z * o.x - self.x * o.z,
            self.x * o.y - self.y * o.x,
        )
    }
    fn norm(self) -> V3 {
        let l = self.dot(self).sqrt();
        if l < 1e-6 {
            self
        } else {
            self * (1.0 / l)
        }
    }
    /// Rodrigues: rotate about the unit axis `k` by `deg` degrees.
    fn rot(self, k: V3, deg: f32) -> V3 {
        let (s, c) = deg.to_radians().sin_cos();
        self * c + k.cross(self) * s + k * (k.dot(self) * (1.0 - c))
    }
}

/// Orthonormal body frame: right, up, forward.
#[derive(Debug, Clone, Copy)]
struct Frame {
    r: V3,
    u: V3,
    f: V3,
}

impl Frame {
    fn rot(self, axis: V3, deg: f32) -> Frame {
        Frame {
            r: self.r.rot(axis, deg),
            u: self.u.rot(axis, deg),
            f: self.f.rot(axis, deg),
        }
    }
    /// Forward flexion (u towards f) about its own right axis.
    fn pitch(self, deg: f32) -> Frame {
        self.rot(self.r, deg)
    }
    /// Bend to the right (u towards r) about its own forward axis.
    fn roll(self, deg: f32) -> Frame {
        self.rot(self.f, -deg)
    }
    /// Turn to the right (f towards r) about its own up axis.
    fn yaw(self, deg: f32) -> Frame {
        self.rot(self.u, deg)
    }
}

/// Body proportions, in units of a standing height of about 1.
pub mod body {
    pub const HEAD_R: f32 = 0.066;
    pub const NECK: f32 = 0.05;
    pub const TORSO: f32 = 0.30;
    pub const SHOULDER_HALF: f32 = 0.095;
    pub const HIP_HALF: f32 = 0.055;
    pub const UPPER_ARM: f32 = 0.16;
    pub const FOREARM: f32 = 0.165;
    pub const THIGH: f32 = 0.24;
    pub const SHIN: f32 = 0.24;
    pub const FOOT: f32 = 0.065;
    /// Stroke widths.
    pub const TORSO_W: f32 = 0.095;
    pub const NECK_W: f32 = 0.042;
    pub const UPPER_ARM_W: f32 = 0.042;
    pub const FOREARM_W: f32 = 0.034;
    pub const THIGH_W: f32 = 0.056;
    pub const SHIN_W: f32 = 0.044;
    pub const FOOT_W: f32 = 0.03;
}

/// A point seen from the view: x right, y up, and depth towards the viewer.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct P2 {
    pub x: f32,
    pub y: f32,
    pub depth: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Torso,
    Neck,
    Head,
    UpperArm,
    Forearm,
    Thigh,
    Shin,
    Foot,
}

/// A rounded stroke between two points (the torso is `spine` + `outline`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limb {
    pub part: Part,
    pub from: P2,
    pub to: P2,
    pub width: f32,
    /// Which side of the body, for the tests and colouring: -1 left, 0 middle, 1 right.
    pub side: i8,
}

/// The figure seen from its view, in body units (y up; the renderer flips and scales).
#[derive(Debug, Clone, PartialEq)]
pub struct Skeleton {
    pub view: View,
    pub prop: Option<Prop>,
    pub limbs: Vec<Limb>,
    /// The torso's outline (hips to shoulders along the curved spine), a closed polygon.
    pub torso: Vec<P2>,
    pub head: P2,
    pub head_r: f32,
    /// Eyes that face the viewer (0–2), for where the face looks.
    pub eyes: Vec<P2>,
    pub pelvis: P2,
    pub shoulders: [P2; 2],
}

impl Skeleton {
    /// Every drawn point with its stroke radius, for bounds.
    pub fn extent(&self) -> (f32, f32, f32, f32) {
        let mut b = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        let mut add = |p: P2, r: f32| {
            b.0 = b.0.min(p.x - r);
            b.1 = b.1.min(p.y - r);
            b.2 = b.2.max(p.x + r);
            b.3 = b.3.max(p.y + r);
        };
        for l in &self.limbs {
            add(l.from, l.width / 2.0);
            add(l.to, l.width / 2.0);
        }
        for p in &self.torso {
            add(*p, body::TORSO_W / 2.0);
        }
        add(self.head, self.head_r);
        b
    }

    pub fn limb(&self, part: Part, side: i8) -> Option<&Limb> {
        self.limbs.iter().find(|l| l.part == part && l.side == side)
    }
}

/// Forward kinematics: the pose's joints seen from its view.
pub fn skeleton(pose: &Pose) -> Skeleton {
    use body::*;
    let world = Frame {
        r: v3(1.0, 0.0, 0.0),
        u: v3(0.0, 1.0, 0.0),
        f: v3(0.0, 0.0, 1.0),
    };
    // Side view faces right with the left side near; front view faces the viewer.
    let (s3, c3) = THREE_QUARTER_DEG.to_radians().sin_cos();
    let project = |p: V3| match pose.view {
        View::ThreeQuarter => P2 {
            x: p.x * s3 + p.z * c3,
            y: p.y,
            depth: -p.x * c3 + p.z * s3,
        },
        View::Side => P2 {
            x: p.z,
            y: p.y,
            depth: -p.x,
        },
        View::Front => P2 {
            x: -p.x,
            y: p.y,
            depth: p.z,
        },
    };
    // The trunk: `lean` is the pelvis-to-neck chord; the spine curves around it, half below and
    // half above. The pelvis tilts with the lower half, and the legs hang from the pelvis.
    let chord = world.pitch(pose.lean);
    // A side bend bends the trunk above a level pelvis, so the legs stay under the body.
    let lower = chord.pitch(-pose.spine / 2.0);
    let upper = chord
        .pitch(pose.spine / 2.0)
        .roll(pose.bend)
        .yaw(pose.twist);
    let mid = chord.roll(pose.bend / 2.0).yaw(pose.twist / 2.0);
    let pelvis = v3(0.0, 0.0, 0.0);
    let top = pelvis + mid.u * TORSO;
    // Quadratic Bézier control point where the end tangents meet.
    let half = TORSO / 2.0;
    let tan_s = (pose.spine.to_radians() / 2.0).tan();
    let tan_b = (pose.bend.to_radians() / 2.0).tan();
    let ctrl = pelvis + mid.u * half - mid.f * (half * tan_s) - mid.r * (half * tan_b);
    let bez =
        |t: f32| pelvis * ((1.0 - t) * (1.0 - t)) + ctrl * (2.0 * t * (1.0 - t)) + top * (t * t);

    let mut limbs = Vec::new();
    let mut push = |part, a: V3, b: V3, width, side| {
        limbs.push(Limb {
            part,
            from: project(a),
            to: project(b),
            width,
            side,
        })
    };

    // Torso outline: hips to shoulders on each side of the curve.
    let mut shoulders = [P2::default(); 2];
    let mut shoulder_at = [V3::default(); 2];
    for (i, s) in [-1.0f32, 1.0].into_iter().enumerate() {
        let clav = (upper.r * s)
            .rot(upper.f, s * pose.shrug)
            .rot(upper.u, s * pose.retract);
        let joint = top + clav * SHOULDER_HALF - upper.u * 0.02;
        shoulder_at[i] = joint;
        shoulders[i] = project(joint);
    }
    let steps = 6;
    let mut left_edge = Vec::new();
    let mut right_edge = Vec::new();
    for k in 0..=steps {
        let t = k as f32 / steps as f32;
        let c = bez(t);
        let side_axis = (lower.r * (1.0 - t) + upper.r * t).norm();
        let w = HIP_HALF + (SHOULDER_HALF - HIP_HALF) * t * t;
        let edge = |s: f32| {
            if k == steps {
                shoulder_at[usize::from(s > 0.0)] - upper.u * 0.01
            } else {
                c + side_axis * (s * (w - TORSO_W / 4.0).max(0.0))
            }
        };
        left_edge.push(project(edge(-1.0)));
        right_edge.push(project(edge(1.0)));
    }
    let mut torso = left_edge;
    torso.extend(right_edge.into_iter().rev());

    // Neck and head.
    let neck_frame = upper.pitch(pose.neck).roll(pose.tilt).yaw(pose.turn);
    let head_frame = neck_frame.pitch(pose.nod);
    let neck_top = top + neck_frame.u * NECK;
    push(Part::Neck, top - upper.u * 0.01, neck_top, NECK_W, 0);
    let head = neck_top + head_frame.u * (HEAD_R * 0.85) + head_frame.f * (HEAD_R * 0.12);
    let toward_viewer = match pose.view {
        View::Side => v3(-1.0, 0.0, 0.0),
        View::Front => v3(0.0, 0.0, 1.0),
        View::ThreeQuarter => v3(-c3, 0.0, s3),
    };
    let mut eyes = Vec::new();
    for s in [-1.0f32, 1.0] {
        let dir = (head_frame.f * 0.82 + head_frame.r * (s * 0.42) + head_frame.u * 0.2).norm();
        if dir.dot(toward_viewer) > 0.05 {
            eyes.push(project(head + dir * (HEAD_R * 0.78)));
        }
    }

    // Arms from the shoulders, in the chest's frame.
    for (i, (s, arm)) in [(-1.0f32, pose.left), (1.0, pose.right)]
        .into_iter()
        .enumerate()
    {
        let side = if s < 0.0 { -1 } else { 1 };
        let (se, ce) = arm.raise.to_radians().sin_cos();
        let (sp, cp) = arm.plane.to_radians().sin_cos();
        let a = (-upper.u * ce + (upper.f * cp + upper.r * (s * sp)) * se).norm();
        // The forearm bends towards the front of the upper arm, turned by the arm's roll.
        let front = upper.f - a * a.dot(upper.f);
        let front = if front.dot(front) < 1e-4 {
            upper.u - a * a.dot(upper.u)
        } else {
            front
        }
        .norm();
        let (sr, cr) = arm.roll.to_radians().sin_cos();
        let bend = (front * cr - a.cross(front) * (s * sr)).norm();
        let (sb, cb) = arm.elbow.to_radians().sin_cos();
        let fore = (a * cb + bend * sb).norm();
        let elbow = shoulder_at[i] + a * UPPER_ARM;
        let hand = elbow + fore * FOREARM;
        push(Part::UpperArm, shoulder_at[i], elbow, UPPER_ARM_W, side);
        push(Part::Forearm, elbow, hand, FOREARM_W, side);
    }

    // Legs from the hips, in the pelvis's frame.
    for s in [-1.0f32, 1.0] {
        let side = if s < 0.0 { -1 } else { 1 };
        let hip = pelvis + lower.r * (s * HIP_HALF * 0.8);
        let (sh, ch) = pose.hip.to_radians().sin_cos();
        let thigh = (-lower.u * ch + lower.f * sh).norm();
        let front = (lower.f * ch + lower.u * sh).norm();
        let (sk, ck) = pose.knee.to_radians().sin_cos();
        let shin = (thigh * ck - front * sk).norm();
        let toes = (front * ck + thigh * sk).norm();
        let knee = hip + thigh * THIGH;
        let ankle = knee + shin * SHIN;
        push(Part::Thigh, hip, knee, THIGH_W, side);
        push(Part::Shin, knee, ankle, SHIN_W, side);
        push(Part::Foot, ankle, ankle + toes * FOOT, FOOT_W, side);
    }

    Skeleton {
        view: pose.view,
        prop: pose.prop,
        limbs,
        torso,
        head: project(head),
        head_r: HEAD_R,
        eyes,
        pelvis: project(pelvis),
        shoulders,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pose(text: &str) -> Result<Pose, String> {
        let raw: RawPose = toml::from_str(text).map_err(|e| e.to_string())?;
        raw.resolve(None).map_err(|(_, m)| m)
    }

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

    #[test]
    fn easing_starts_and_ends_at_rest() {
        assert_eq!(ease(0.0), 0.0);
        assert!((ease(1.0) - 1.0).abs() < 1e-6);
        assert!((ease(0.5) - 0.5).abs() < 1e-6);
        assert_eq!(ease(-1.0), 0.0);
        assert!((ease(2.0) - 1.0).abs() < 1e-6);
        // Slow at the ends, fast in the middle, never backwards.
        assert!(ease(0.05) < 0.05 && ease(0.95) > 0.95);
        let mut last = 0.0;
        for i in 0..=100 {
            let e = ease(i as f32 / 100.0);
            assert!(e >= last);
            last = e;
        }
    }

    #[test]
    fn lerp_is_exact_at_the_ends_and_halfway_between() {
        let a = pose("spine = -30\nneck = -20").unwrap();
        let b = pose("spine = 40\nneck = 40\nview = \"front\"").unwrap();
        assert_eq!(lerp(&a, &b, 0.0), a);
        assert_eq!(lerp(&a, &b, 1.0), b);
        let m = lerp(&a, &b, 0.5);
        assert_eq!((m.spine, m.neck), (5.0, 10.0));
        assert_eq!(lerp(&a, &b, 0.4).view, View::Side);
    }

    #[test]
    fn flowing_steps_loop_and_still_ones_rest() {
        let cow = pose("spine = -30").unwrap();
        let cat = pose("spine = 40").unwrap();
        let flow = [cow, cat];
        assert_eq!(shapes_at(&flow, 0.0), Some(cow));
        assert_eq!(shapes_at(&flow, MOVE_SECS), Some(cat));
        assert_eq!(shapes_at(&flow, 2.0 * MOVE_SECS), Some(cow));
        let mid = shapes_at(&flow, MOVE_SECS / 2.0).unwrap();
        assert!((mid.spine - 5.0).abs() < 1e-3, "{}", mid.spine);
        assert_eq!(frame(None, &[cow], 30.0), Some((cow, false)));
        assert_eq!(frame(None, &flow, 30.0).map(|f| f.1), Some(true));
        assert_eq!(frame(None, &[], 1.0), None);
    }

    #[test]
    fn a_new_step_eases_out_of_the_last_shape() {
        let cow = pose("spine = -30").unwrap();
        let cat = pose("spine = 40").unwrap();
        assert_eq!(frame(Some(&cow), &[cat], 0.0), Some((cow, true)));
        let (half, moving) = frame(Some(&cow), &[cat], TRANSITION_SECS / 2.0).unwrap();
        assert!(moving && (half.spine - 5.0).abs() < 1e-3);
        assert_eq!(
            frame(Some(&cow), &[cat], TRANSITION_SECS),
            Some((cat, false))
        );
        // Same shape, or another view: no transition.
        assert_eq!(frame(Some(&cat), &[cat], 0.0), Some((cat, false)));
        let front = pose("view = \"front\"").unwrap();
        assert_eq!(frame(Some(&cow), &[front], 0.1), Some((front, false)));
    }

    #[test]
    fn the_timeline_runs_step_by_step() {
        let a = pose("spine = -30").unwrap();
        let b = pose("spine = 40").unwrap();
        let c = pose("neck = 30").unwrap();
        let (sa, sbc, none) = ([a], [b, c], []);
        let steps: [(&[Pose], f32); 3] = [(&sa, 10.0), (&sbc, 10.0), (&none, 10.0)];
        assert_eq!(timeline(&steps, 5.0), Some((a, false)));
        // Step 2 starts by easing out of step 1's shape, then flows b -> c.
        assert_eq!(timeline(&steps, 10.0), Some((a, true)));
        let (p, moving) = timeline(&steps, 10.0 + TRANSITION_SECS).unwrap();
        assert!(moving && p == b, "{p:?}");
        assert_eq!(
            timeline(&steps, 25.0),
            None,
            "a step without a pose has no figure"
        );
        assert_eq!(timeline(&[], 1.0), None);
        assert_eq!(timeline(&steps[..1], 99.0), Some((a, false)));
    }

    #[test]
    fn standing_upright_stacks_head_over_feet() {
        let s = skeleton(&Pose::default());
        let foot = s.limb(Part::Shin, -1).unwrap().to;
        assert!(s.head.y > 0.3 && foot.y < -0.4, "{s:?}");
        assert!((s.head.x - foot.x).abs() < 0.05);
        let (x0, y0, x1, y1) = s.extent();
        assert!(y1 - y0 > 0.85 && y1 - y0 < 1.05, "height {}", y1 - y0);
        assert!(x1 - x0 < 0.3);
    }

    #[test]
    fn joints_move_the_limbs_they_should() {
        let base = skeleton(&Pose::default());
        // Arms forward in the side view: hands go forward (right) to shoulder height.
        let up = skeleton(&pose("arms = { raise = 90 }").unwrap());
        let hand = up.limb(Part::Forearm, -1).unwrap().to;
        assert!(
            hand.x > 0.25 && (hand.y - up.shoulders[0].y).abs() < 0.02,
            "{hand:?}"
        );
        // A side bend to the left: the head goes to the viewer's right, the feet stay put.
        let bent = skeleton(&pose("view = \"front\"\nbend = -28").unwrap());
        let upright = skeleton(&pose("view = \"front\"").unwrap());
        assert!(bent.head.x > upright.head.x + 0.1);
        let feet = |s: &Skeleton| s.limb(Part::Shin, 1).unwrap().to;
        assert!((feet(&bent).x - feet(&upright).x).abs() < 1e-3);
        // Left ear down in the front view: the head goes to the viewer's right.
        let tilt = skeleton(&pose("view = \"front\"\ntilt = -30").unwrap());
        let front = skeleton(&pose("view = \"front\"").unwrap());
        assert!(tilt.head.x > front.head.x + 0.02);
        // Hands and knees: back horizontal, thighs vertical.
        let table = skeleton(&pose("lean = 90\nhip = 90\nknee = 90").unwrap());
        let round = skeleton(&pose("lean = 90\nhip = 70\nknee = 90\nspine = 40").unwrap());
        let thigh = round.limb(Part::Thigh, 1).unwrap();
        assert!(
            (thigh.from.x - thigh.to.x).abs() < 1e-3,
            "the pelvis tilts with the back"
        );
        let thigh = table.limb(Part::Thigh, -1).unwrap();
        assert!((thigh.from.x - thigh.to.x).abs() < 1e-3);
        assert!((table.pelvis.y - table.shoulders[0].y).abs() < 0.05);
        // A round back lifts the middle of the back above the flat one.
        let cat = round;
        let top = |s: &Skeleton| s.torso.iter().map(|p| p.y).fold(f32::MIN, f32::max);
        assert!(top(&cat) > top(&table) + 0.02);
        // Goalpost: elbows out at shoulder height, hands above them.
        let goal = skeleton(
            &pose("view = \"front\"\narms = { raise = 90, plane = 90, elbow = 90, roll = 90 }")
                .unwrap(),
        );
        let fore = goal.limb(Part::Forearm, 1).unwrap();
        assert!(fore.to.y > fore.from.y + 0.1 && (fore.to.x - fore.from.x).abs() < 0.02);
        assert!(fore.from.x < -0.2, "the right arm is on the viewer's left");
        assert_ne!(base, goal);
        // A T seen three-quarter: both hands well apart, either side of the shoulders.
        let t = skeleton(
            &pose(
                "view = \"three-quarter\"\nlean = 60\nhip = 70\narms = { raise = 95, plane = 95 }",
            )
            .unwrap(),
        );
        let (l, r) = (
            t.limb(Part::Forearm, -1).unwrap().to,
            t.limb(Part::Forearm, 1).unwrap().to,
        );
        assert!((l.x - r.x).abs() > 0.3, "{l:?} {r:?}");
        assert!(l.depth > r.depth, "the left side is the near one");
    }
}
