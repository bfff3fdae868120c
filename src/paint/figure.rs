//! Draws a pose's skeleton into a pixmap: rounded limbs in the app's palette, far-side limbs
//! lighter, a thin background-coloured halo so overlapping parts stay readable, and the chair,
//! mat, wall or doorway the move uses. Everything is in physical pixels, so a HiDPI window gets
//! the same drawing at its scale rather than a blown-up bitmap.

use tiny_skia::{FillRule, LineCap, LineJoin, Path, PathBuilder, Pixmap, Rect, Stroke, Transform};

use super::kit::{rgb, solid as paint, BG, BODY, FAR, FLOOR, PROP, PROP_FILL};
use crate::core::pose::{body, skeleton, Limb, Part, Pose, Prop, Skeleton, View, P2};

/// Model units (body heights) per area: the figure keeps one size whatever its pose, so a move
/// never looks like a zoom.
const FIT_H: f32 = 1.34;
const FIT_W: f32 = 1.5;

/// Maps model units (y up) into the area's pixels (y down).
#[derive(Clone, Copy)]
struct Map {
    k: f32,
    ox: f32,
    oy: f32,
}

impl Map {
    fn x(&self, x: f32) -> f32 {
        self.ox + x * self.k
    }
    fn y(&self, y: f32) -> f32 {
        self.oy - y * self.k
    }
}

/// A prop's shapes in model units: rectangles (x0, y0, x1, y1), drawn behind the figure.
struct PropShapes {
    fills: Vec<[f32; 4]>,
}

fn props(s: &Skeleton, floor: f32, top: f32) -> PropShapes {
    let mut fills = Vec::new();
    let p = s.pelvis;
    let seat = p.y - body::TORSO_W * 0.5;
    match (s.prop, s.view) {
        (Some(Prop::Chair), View::Side | View::ThreeQuarter) => {
            fills.push([p.x - 0.09, seat - 0.03, p.x + 0.17, seat]);
            fills.push([p.x - 0.1, seat, p.x - 0.075, seat + 0.27]);
            fills.push([p.x - 0.09, floor, p.x - 0.07, seat]);
            fills.push([p.x + 0.14, floor, p.x + 0.16, seat]);
        }
        (Some(Prop::Chair), View::Front) => {
            fills.push([p.x - 0.16, seat - 0.03, p.x + 0.16, seat]);
            fills.push([p.x - 0.15, floor, p.x - 0.13, seat]);
            fills.push([p.x + 0.13, floor, p.x + 0.15, seat]);
        }
        (Some(Prop::Mat), _) => {
            let (x0, _, x1, _) = s.extent();
            fills.push([x0 - 0.05, floor - 0.02, x1 + 0.05, floor]);
        }
        (Some(Prop::Wall), View::Side | View::ThreeQuarter) => {
            let back = s
                .torso
                .iter()
                .map(|q| q.x)
                .chain([s.head.x - s.head_r])
                .fold(f32::MAX, f32::min);
            let x = back - body::TORSO_W / 2.0 - 0.01;
            fills.push([x - 0.06, floor, x, top + 0.06]);
        }
        (Some(Prop::Wall), View::Front) => {
            let (x0, _, x1, _) = s.extent();
            fills.push([x0 - 0.1, floor, x1 + 0.1, top + 0.06]);
        }
        (Some(Prop::Doorway), _) => {
            // Jambs just outside the forearms, which rest on them; a lintel above the head.
            let fore = s.limbs.iter().filter(|l| l.part == Part::Forearm);
            let xs: Vec<f32> = fore.flat_map(|l| [l.from.x, l.to.x]).collect();
            let lo = xs.iter().copied().fold(f32::MAX, f32::min) - body::FOREARM_W / 2.0;
            let hi = xs.iter().copied().fold(f32::MIN, f32::max) + body::FOREARM_W / 2.0;
            let lintel = top + 0.08;
            fills.push([lo - 0.05, floor, lo, lintel]);
            fills.push([hi, floor, hi + 0.05, lintel]);
            fills.push([lo - 0.05, lintel, hi + 0.05, lintel + 0.05]);
        }
        (None, _) => {}
    }
    PropShapes { fills }
}

/// Something to stroke, with the depth it is sorted by.
enum Piece<'a> {
    Limb(&'a Limb),
    Torso,
    Head,
}

fn line(a: (f32, f32), b: (f32, f32)) -> Option<Path> {
    let mut pb = PathBuilder::new();
    pb.move_to(a.0, a.1);
    pb.line_to(b.0 + 0.001, b.1); // a zero-length line still gets its round caps
    pb.finish()
}

fn stroke(width: f32) -> Stroke {
    Stroke {
        width,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        ..Stroke::default()
    }
}

/// Draws `pose` into `area` (x, y, width, height in pixels) of `pix`.
pub(crate) fn draw(pix: &mut Pixmap, pose: &Pose, area: [f32; 4]) {
    draw_skeleton(pix, &skeleton(pose), area);
}

pub(crate) fn draw_skeleton(pix: &mut Pixmap, s: &Skeleton, [ax, ay, aw, ah]: [f32; 4]) {
    let k = (ah / FIT_H).min(aw / FIT_W);
    if k <= 0.0 {
        return;
    }
    let (x0, floor, x1, top) = s.extent();
    let margin = 0.05 * k;
    let map = Map {
        k,
        ox: ax + aw / 2.0 - (x0 + x1) / 2.0 * k,
        oy: ay + ah - margin + floor * k,
    };
    let id = Transform::identity();
    let rect = |r: [f32; 4]| {
        let (l, t) = (map.x(r[0]), map.y(r[3]));
        Rect::from_ltrb(l, t, map.x(r[2]).max(l + 0.5), map.y(r[1]).max(t + 0.5))
    };

    // Behind everything: the props, then the floor line.
    let shapes = props(s, floor, top);
    for r in shapes.fills.iter().filter_map(|r| rect(*r)) {
        let path = PathBuilder::from_rect(r);
        pix.fill_path(&path, &paint(PROP_FILL), FillRule::Winding, id, None);
        pix.stroke_path(&path, &paint(PROP), &stroke(0.008 * k), id, None);
    }
    let fy = map.y(floor);
    if let Some(path) = line((ax + 0.04 * aw, fy), (ax + 0.96 * aw, fy)) {
        pix.stroke_path(&path, &paint(FLOOR), &stroke(0.012 * k), id, None);
    }

    // The figure, far parts first.
    let torso_depth = s.torso.iter().map(|p| p.depth).sum::<f32>() / s.torso.len().max(1) as f32;
    let mut pieces: Vec<(f32, Piece)> = vec![(torso_depth, Piece::Torso)];
    pieces.push((s.head.depth + 0.001, Piece::Head));
    for l in &s.limbs {
        let d = (l.from.depth + l.to.depth) / 2.0;
        // Neck sits just behind the head; limbs at the torso's depth go in front of it.
        let d = if l.part == Part::Neck {
            s.head.depth
        } else {
            d + 0.0005
        };
        pieces.push((d, Piece::Limb(l)));
    }
    pieces.sort_by(|a, b| a.0.total_cmp(&b.0));
    let halo = 0.014 * k;
    let pt = |p: P2| (map.x(p.x), map.y(p.y));
    for (depth, piece) in &pieces {
        let far = *depth < torso_depth - 0.02;
        let colour = if far { FAR } else { BODY };
        match piece {
            Piece::Limb(l) => {
                if let Some(path) = line(pt(l.from), pt(l.to)) {
                    let w = l.width * k;
                    pix.stroke_path(&path, &paint(BG), &stroke(w + 2.0 * halo), id, None);
                    pix.stroke_path(&path, &paint(colour), &stroke(w), id, None);
                }
            }
            Piece::Torso => {
                let mut pb = PathBuilder::new();
                for (i, p) in s.torso.iter().enumerate() {
                    let (x, y) = pt(*p);
                    if i == 0 {
                        pb.move_to(x, y);
                    } else {
                        pb.line_to(x, y);
                    }
                }
                pb.close();
                if let Some(path) = pb.finish() {
                    let w = body::TORSO_W * k;
                    pix.stroke_path(&path, &paint(BG), &stroke(w + 2.0 * halo), id, None);
                    pix.fill_path(&path, &paint(BODY), FillRule::Winding, id, None);
                    pix.stroke_path(&path, &paint(BODY), &stroke(w), id, None);
                }
            }
            Piece::Head => {
                let (x, y) = pt(s.head);
                let r = s.head_r * k;
                if let Some(c) = PathBuilder::from_circle(x, y, r + halo) {
                    pix.fill_path(&c, &paint(BG), FillRule::Winding, id, None);
                }
                if let Some(c) = PathBuilder::from_circle(x, y, r) {
                    pix.fill_path(&c, &paint(BODY), FillRule::Winding, id, None);
                }
                for e in &s.eyes {
                    let (ex, ey) = pt(*e);
                    if let Some(c) = PathBuilder::from_circle(ex, ey, 0.011 * k) {
                        pix.fill_path(&c, &paint(BG), FillRule::Winding, id, None);
                    }
                }
            }
        }
    }
}

/// A pose alone as a `width` x `height` px image on the window's background.
pub fn image(pose: &Pose, width: u32, height: u32) -> Option<Pixmap> {
    let mut pix = Pixmap::new(width, height)?;
    pix.fill(rgb(BG));
    let pad = width.min(height) as f32 * 0.04;
    draw(
        &mut pix,
        pose,
        [
            pad,
            pad,
            width as f32 - 2.0 * pad,
            height as f32 - 2.0 * pad,
        ],
    );
    Some(pix)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_pixels(pix: &Pixmap) -> usize {
        pix.pixels()
            .iter()
            .filter(|p| [p.red(), p.green(), p.blue()] == BODY)
            .count()
    }

    #[test]
    fn a_hidpi_window_gets_the_same_figure_at_its_scale() {
        // Drawn into twice the pixels, the figure covers four times as many (not a blown-up
        // bitmap: the edges stay one anti-aliased pixel wide).
        let pose = Pose {
            lean: 90.0,
            hip: 90.0,
            knee: 90.0,
            ..Pose::default()
        };
        let one = image(&pose, 240, 200).unwrap();
        let two = image(&pose, 480, 400).unwrap();
        let (a, b) = (body_pixels(&one), body_pixels(&two));
        assert!(a > 500, "{a}");
        let ratio = b as f64 / a as f64;
        assert!((3.6..4.8).contains(&ratio), "{a} vs {b}: {ratio}");
        // Blended edge pixels grow with the outline's length (x2), not its area (x4).
        let edges = |pix: &Pixmap| {
            let plain = [BG, BODY, FAR, FLOOR];
            pix.pixels()
                .iter()
                .filter(|p| !plain.contains(&[p.red(), p.green(), p.blue()]))
                .count()
        };
        let edge_ratio = edges(&two) as f64 / edges(&one) as f64;
        assert!((1.5..3.0).contains(&edge_ratio), "edges grew {edge_ratio}x");
    }

    #[test]
    fn nothing_is_drawn_outside_the_area() {
        let mut pix = Pixmap::new(400, 300).unwrap();
        let arms_up = Pose {
            left: crate::core::pose::Arm {
                raise: 180.0,
                ..Default::default()
            },
            right: crate::core::pose::Arm {
                raise: 180.0,
                ..Default::default()
            },
            prop: Some(Prop::Wall),
            ..Pose::default()
        };
        draw(&mut pix, &arms_up, [100.0, 50.0, 200.0, 200.0]);
        for (i, p) in pix.pixels().iter().enumerate() {
            let (x, y) = (i % 400, i / 400);
            let inside = (100..300).contains(&x) && (50..250).contains(&y);
            assert!(inside || p.alpha() == 0, "drawn at {x},{y}");
        }
        assert!(body_pixels(&pix) > 300);
    }
}
