//! `exercises list|show|sheet`.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{anyhow, bail, Context};

use super::ExercisesAction;
use crate::core::exercises::{Exercise, ExerciseSet};
use crate::core::located::closest;
use crate::paint;
use crate::store::Paths;

pub fn run(paths: &Paths, action: ExercisesAction) -> anyhow::Result<ExitCode> {
    let set = paths.load_exercises()?;
    match action {
        ExercisesAction::List { json: true } => {
            println!("{}", serde_json::to_string_pretty(&set.exercises)?);
        }
        ExercisesAction::List { json: false } => {
            let width = set.exercises.iter().map(|e| e.id.len()).max().unwrap_or(0);
            for e in &set.exercises {
                println!(
                    "{:width$}  {:8}  {}  ({})",
                    e.id,
                    e.position.as_str(),
                    e.name,
                    e.areas.join(", ")
                );
            }
            println!("\n{}", set.notice);
        }
        ExercisesAction::Sheet { file } => {
            let sheet = paint::contact_sheet(&set.exercises)
                .context("cannot draw the contact sheet (bundled font missing?)")?;
            paint::write_png(&sheet, &file)?;
            println!("wrote {}", file.display());
        }
        ExercisesAction::Show {
            id,
            json,
            png,
            step,
        } => {
            let exercise = find_exercise(&set, &id)?;
            if let Some(file) = png {
                write_figure(exercise, step, &file)?;
                println!("wrote {}", file.display());
            } else if json {
                println!("{}", serde_json::to_string_pretty(exercise)?);
            } else {
                print_exercise(&set, exercise);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn find_exercise<'a>(set: &'a ExerciseSet, id: &str) -> anyhow::Result<&'a Exercise> {
    set.get(id).ok_or_else(|| {
        let ids: Vec<&str> = set.exercises.iter().map(|e| e.id.as_str()).collect();
        match closest(id, &ids) {
            Some(best) => anyhow!(
                "no exercise {id:?}; did you mean {best:?}? (see `posture-break exercises list`)"
            ),
            None => anyhow!("no exercise {id:?} (see `posture-break exercises list`)"),
        }
    })
}

/// `exercises show ID --png FILE [--step N]`: the step's first shape as an image.
fn write_figure(exercise: &Exercise, step: Option<usize>, file: &Path) -> anyhow::Result<()> {
    let count = exercise.steps.len();
    let n = step.unwrap_or(1);
    if n == 0 || n > count {
        bail!(
            "{} has steps 1 to {count}; there is no step {n}",
            exercise.id
        );
    }
    let Some(pose) = exercise.steps[n - 1].pose else {
        bail!(
            "step {n} of {} has no pose, so there is no figure to draw (add `pose = {{ … }}` to the step)",
            exercise.id
        );
    };
    let pix = paint::figure::image(&pose, paint::FIGURE_W, paint::FIGURE_H)
        .context("cannot allocate the image")?;
    paint::write_png(&pix, file)
}

fn print_exercise(set: &ExerciseSet, e: &Exercise) {
    println!(
        "{} ({}, {})",
        e.name,
        e.position.as_str(),
        e.areas.join(", ")
    );
    for (n, step) in e.steps.iter().enumerate() {
        println!("  {}. {} ({} s)", n + 1, step.text, step.secs);
    }
    println!("Caution: {}", e.caution);
    println!("\n{}\n{}", set.red_flags, set.notice);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_ids_get_the_closest_one() {
        let set = ExerciseSet::bundled().unwrap();
        let first = set.exercises[0].id.clone();
        assert_eq!(find_exercise(&set, &first).unwrap().id, first);
        let typo = format!("{first}x");
        let err = find_exercise(&set, &typo).unwrap_err().to_string();
        assert_eq!(
            err,
            format!(
                "no exercise {typo:?}; did you mean {first:?}? (see `posture-break exercises list`)"
            )
        );
    }

    #[test]
    fn figure_steps_count_from_one() {
        let set = ExerciseSet::bundled().unwrap();
        let exercise = &set.exercises[0];
        let file = Path::new("never-written.png");
        for step in [0, exercise.steps.len() + 1] {
            let err = write_figure(exercise, Some(step), file).unwrap_err();
            assert_eq!(
                err.to_string(),
                format!(
                    "{} has steps 1 to {}; there is no step {step}",
                    exercise.id,
                    exercise.steps.len()
                )
            );
        }
        assert!(!file.exists());
    }
}
