//! `exercises list|show|sheet|next|rate`.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{anyhow, bail, Context};
use serde::Serialize;

use super::ExercisesAction;
use crate::core::exercises::{Exercise, ExerciseSet};
use crate::core::feeling::{self, ExerciseLog, Feeling, RatingChange};
use crate::core::history::Entry;
use crate::core::located::closest;
use crate::core::rotation::Rotation;
use crate::core::words::{self, Words};
use crate::ipc::{self, IpcError, Request};
use crate::paint;
use crate::store::Paths;
use crate::t;

/// The most `exercises next --count` looks ahead.
const MAX_NEXT: usize = 100;

/// One exercise as `exercises list --json` prints it.
#[derive(Serialize)]
struct Listed<'a> {
    #[serde(flatten)]
    exercise: &'a Exercise,
    /// The latest answer to "How did that feel?", if any.
    rating: Option<Feeling>,
    /// Times completed.
    done: u32,
}

pub fn run(paths: &Paths, action: ExercisesAction) -> anyhow::Result<ExitCode> {
    let set = paths.load_exercises()?;
    match action {
        ExercisesAction::List { json } => list(paths, &set, json)?,
        ExercisesAction::Next { count } => next(paths, &set, count)?,
        ExercisesAction::Rate { id, rating } => rate(paths, &set, &id, &rating)?,
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

/// The ratings and counts from the history; corrupt lines are `stats`'s to report.
fn exercise_log(paths: &Paths) -> anyhow::Result<ExerciseLog> {
    let (entries, _) = paths.read_history()?;
    Ok(ExerciseLog::from_entries(&entries))
}

fn list(paths: &Paths, set: &ExerciseSet, json: bool) -> anyhow::Result<()> {
    let log = exercise_log(paths)?;
    if json {
        let listed: Vec<Listed> = set
            .exercises
            .iter()
            .map(|exercise| Listed {
                exercise,
                rating: log.rating(&exercise.id),
                done: log.done(&exercise.id),
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&listed)?);
        return Ok(());
    }
    let words = words::current();
    let width = set.exercises.iter().map(|e| e.id.len()).max().unwrap_or(0);
    let column = |texts: Vec<String>| {
        let width = texts.iter().map(|t| t.chars().count()).max().unwrap_or(0);
        texts
            .into_iter()
            .map(move |t| format!("{t:width$}"))
            .collect::<Vec<_>>()
    };
    let positions = column(
        set.exercises
            .iter()
            .map(|e| words.position(e.position))
            .collect(),
    );
    let kinds = column(set.exercises.iter().map(|e| words.kind(e.kind)).collect());
    for ((e, position), kind) in set.exercises.iter().zip(positions).zip(kinds) {
        let details = t!(
            words,
            "exercise-list-details",
            areas = areas(&words, e),
            done = log.done(&e.id),
            rating = log
                .rating(&e.id)
                .map_or("none".to_string(), |f| f.label(&words))
        );
        println!(
            "{:width$}  {position}  {kind}  {}  ({details})",
            e.id,
            words.exercise_name(e),
        );
    }
    println!("\n{}", words.notice(set));
    Ok(())
}

/// `exercises next [--count N]`: the rotation's next picks from the saved state, unchanged.
fn next(paths: &Paths, set: &ExerciseSet, count: usize) -> anyhow::Result<()> {
    if !(1..=MAX_NEXT).contains(&count) {
        bail!("--count {count} is out of range; allowed is 1 to {MAX_NEXT}");
    }
    let config = paths.load_config()?;
    let log = exercise_log(paths)?;
    let mut rotation: Rotation = paths.load_state().rotation;
    let eligible = set.eligible(&config.stretch.positions);
    let words = words::current();
    for n in 1..=count {
        match rotation.pick(&eligible, |id| log.rating(id)) {
            Ok(pick) => {
                let e = pick.exercise;
                println!(
                    "{n}. {} ({}, {}): {}",
                    words.exercise_name(e),
                    words.position(e.position),
                    words.kind(e.kind),
                    pick.reason.describe(&words)
                );
            }
            Err(why) => {
                println!("{}", feeling::nothing_left(&words, why));
                break;
            }
        }
    }
    Ok(())
}

/// `exercises rate ID RATING`: through the running app, so its rotation sees it at once; when
/// none runs, straight into the history.
fn rate(paths: &Paths, set: &ExerciseSet, id: &str, rating: &str) -> anyhow::Result<()> {
    let change = RatingChange::parse(rating).map_err(|e| anyhow!(e))?;
    let exercise = find_exercise(set, id)?;
    let feeling = match change {
        RatingChange::Set(feeling) => Some(feeling),
        RatingChange::Clear => None,
    };
    let request = Request::Rate {
        exercise: exercise.id.clone(),
        feeling,
    };
    match ipc::socket_path().map(|socket| super::control::request_at(&socket, request)) {
        Ok(Ok(_)) => {}
        Ok(Err(err)) if !is_not_running(&err) => return Err(err),
        Ok(Err(_)) | Err(_) => {
            let (event, feeling) = change.event();
            let now = chrono::Local::now().fixed_offset();
            let entry = Entry {
                ts: chrono::SubsecRound::trunc_subsecs(now, 0),
                event,
                exercise: Some(exercise.id.clone()),
                secs: None,
                feeling,
            };
            paths.append_history(&entry)?;
        }
    }
    let words = words::current();
    let name = words.exercise_name(exercise);
    match change {
        RatingChange::Set(feeling) => {
            println!(
                "{}",
                t!(
                    words,
                    "exercise-rated",
                    exercise = name.as_str(),
                    rating = feeling.label(&words)
                )
            );
            if feeling == Feeling::Hurt {
                for line in feeling::hurt_advice(&words, &name, &exercise.id) {
                    println!("{line}");
                }
            }
        }
        RatingChange::Clear => {
            println!("{}", t!(words, "exercise-rating-cleared", exercise = name))
        }
    }
    Ok(())
}

fn is_not_running(err: &anyhow::Error) -> bool {
    matches!(
        err.downcast_ref::<IpcError>(),
        Some(IpcError::NotRunning { .. })
    )
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
    let words = words::current();
    println!(
        "{} ({}, {})",
        words.exercise_name(e),
        words.position(e.position),
        areas(&words, e)
    );
    for (n, step) in e.steps.iter().enumerate() {
        let text = words.exercise_step(e, n);
        println!(
            "  {}",
            t!(
                words,
                "exercise-show-step",
                number = n + 1,
                text = text,
                secs = step.secs
            )
        );
    }
    println!(
        "{}",
        t!(
            words,
            "exercise-caution",
            caution = words.exercise_caution(e)
        )
    );
    println!("\n{}\n{}", words.red_flags(set), words.notice(set));
}

/// The exercise's body areas in words, joined.
fn areas(words: &Words, e: &Exercise) -> String {
    let separator = words.get("list-separator");
    let named: Vec<String> = e.areas.iter().map(|a| words.area(a)).collect();
    named.join(&separator)
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
