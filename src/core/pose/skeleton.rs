//! Forward kinematics: the pose's joint angles turned into the 2D skeleton its view shows.

use std::ops::{Add, Mul, Neg, Sub};

use super::model::{Pose, Prop, View};

/// How far the three-quarter view is turned from the side view.
const THREE_QUARTER_DEG: f32 = 40.0;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct V3 {
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
pub(crate) mod body {
    pub(crate) const HEAD_R: f32 = 0.066;
    pub(crate) const NECK: f32 = 0.05;
    pub(crate) const TORSO: f32 = 0.30;
    pub(crate) const SHOULDER_HALF: f32 = 0.095;
    pub(crate) const HIP_HALF: f32 = 0.055;
    pub(crate) const UPPER_ARM: f32 = 0.16;
    pub(crate) const FOREARM: f32 = 0.165;
    pub(crate) const THIGH: f32 = 0.24;
    pub(crate) const SHIN: f32 = 0.24;
    pub(crate) const FOOT: f32 = 0.065;
    /// Stroke widths.
    pub(crate) const TORSO_W: f32 = 0.095;
    pub(crate) const NECK_W: f32 = 0.042;
    pub(crate) const UPPER_ARM_W: f32 = 0.042;
    pub(crate) const FOREARM_W: f32 = 0.034;
    pub(crate) const THIGH_W: f32 = 0.056;
    pub(crate) const SHIN_W: f32 = 0.044;
    pub(crate) const FOOT_W: f32 = 0.03;
}

/// A point seen from the view: x right, y up, and depth towards the viewer.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct P2 {
    pub x: f32,
    pub y: f32,
    pub depth: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Neck,
    UpperArm,
    Forearm,
    Thigh,
    Shin,
    Foot,
}

/// A rounded stroke between two points (the torso is `spine` + `outline`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Limb {
    pub part: Part,
    pub from: P2,
    pub to: P2,
    pub width: f32,
    /// Which side of the body, for the tests and colouring: -1 left, 0 middle, 1 right.
    pub side: i8,
}

/// The figure seen from its view, in body units (y up; the renderer flips and scales).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Skeleton {
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
    pub(crate) fn extent(&self) -> (f32, f32, f32, f32) {
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

    #[cfg(test)]
    pub(crate) fn limb(&self, part: Part, side: i8) -> Option<&Limb> {
        self.limbs.iter().find(|l| l.part == part && l.side == side)
    }
}

/// Forward kinematics: the pose's joints seen from its view.
pub(crate) fn skeleton(pose: &Pose) -> Skeleton {
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
    use crate::core::pose::tests::pose;

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
