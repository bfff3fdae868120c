//! Motion: easing between shapes, flowing steps, and the figure along a stretch's timeline.

use super::model::{Arm, Pose};

/// How long one move of a flowing step takes (e.g. breathe in → breathe out).
pub(crate) const MOVE_SECS: f32 = 2.5;
/// How long the figure takes to move from one step's shape into the next one's.
pub(crate) const TRANSITION_SECS: f32 = 1.2;

/// Smooth start and stop (cosine ease-in-out) for t in 0..=1; clamped outside.
pub(crate) fn ease(t: f32) -> f32 {
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
pub(crate) fn lerp(a: &Pose, b: &Pose, t: f32) -> Pose {
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
pub(crate) fn shapes_at(shapes: &[Pose], secs: f32) -> Option<Pose> {
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
pub(crate) fn frame(previous: Option<&Pose>, current: &[Pose], secs: f32) -> Option<(Pose, bool)> {
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
pub(crate) fn timeline(steps: &[(&[Pose], f32)], elapsed: f32) -> Option<(Pose, bool)> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::pose::tests::pose;
    use crate::core::pose::View;

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
}
