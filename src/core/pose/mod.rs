//! A step's figure: a simple human body described by joint angles (degrees), its anatomical
//! limits, easing between shapes, and the forward kinematics that turn angles into 2D points.
//! Pure: drawing lives in `crate::paint::figure`.
//!
//! `model`: the pose as data, its limits and its TOML form; `motion`: easing and the figure along
//! a stretch; `skeleton`: forward kinematics into 2D points.
//!
//! Body axes: `r` to the figure's right, `u` up, `f` forward. The side view shows the figure
//! facing right (its left side towards the viewer); the front view faces the viewer.
//! Signs: forward / to the right / chin down / round back are positive.

mod model;
mod motion;
mod skeleton;

pub use model::*;
pub(crate) use motion::*;
pub(crate) use skeleton::*;

#[cfg(test)]
mod tests {
    use super::{Pose, RawPose};

    /// A pose from TOML text, for the tests of every part.
    pub(super) fn pose(text: &str) -> Result<Pose, String> {
        let raw: RawPose = toml::from_str(text).map_err(|e| e.to_string())?;
        raw.resolve(None).map_err(|(_, m)| m)
    }
}
