//! The pure core: no clock, no display; time and file contents come in as values.

pub mod calendar;
pub mod config;
pub mod duration;
pub mod exercises;
pub mod feeling;
pub mod history;
pub mod located;
pub mod pose;
pub mod position_time;
pub mod posture;
pub mod presence;
pub mod progress;
pub mod rotation;
pub mod schedule;
pub mod sound;
pub mod status;
pub mod sync;
pub mod words;
pub mod working_hours;
