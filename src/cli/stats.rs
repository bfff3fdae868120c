//! `stats [--json]`: today, the last 7 and 28 days, completion rate and streak.

use std::process::ExitCode;

use serde::Serialize;

use crate::core::exercises::ExerciseSet;
use crate::core::feeling::{ExerciseLog, ExerciseSummary};
use crate::core::history;
use crate::core::words::{self, Words};
use crate::store::Paths;
use crate::sync_folder;
use crate::t;

pub fn run(paths: &Paths, json: bool) -> anyhow::Result<ExitCode> {
    let (entries, warnings) = paths.read_history()?;
    for warning in &warnings {
        eprintln!(
            "warning: {}:{}: {}",
            paths.history_file.display(),
            warning.line,
            warning.message
        );
    }
    let now = chrono::Local::now().fixed_offset();
    // With sync on, the other machines' stretches count too (each once). The ratings below
    // stay this machine's.
    let mut counted = entries.clone();
    if let Some(sync) = paths.load_config().ok().and_then(|config| config.sync) {
        if let Some(folder) = sync_folder::folder_path(&sync) {
            let own = sync_folder::machine_name(&sync);
            counted.extend(sync_folder::read_once(&folder, &own, now.to_utc()).history());
            counted.sort_by_key(|entry| entry.ts);
        }
    }
    let stats = history::stats(&counted, now);
    // A broken exercises.toml is `config check`'s to report: the bundled set still names kinds.
    let set = match paths.load_exercises() {
        Ok(set) => set,
        Err(_) => ExerciseSet::bundled()?,
    };
    let words = words::current();
    let exercises = ExerciseLog::from_entries(&entries).summary(&words, &set, now.date_naive());
    if json {
        let out = StatsOut {
            stats: &stats,
            exercises: &exercises,
        };
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(ExitCode::SUCCESS);
    }
    for (label, value) in labelled(lines(&words, &stats, &exercises)) {
        println!("{label}{value}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The text report: (label id, value) rows; an empty label id continues the row above.
fn lines(
    words: &Words,
    stats: &history::Stats,
    exercises: &ExerciseSummary,
) -> Vec<(&'static str, String)> {
    let rate = match stats.completion_rate_percent {
        Some(percent) => t!(words, "stats-completion-rate", percent = percent),
        None => t!(words, "stats-no-reminders-yet"),
    };
    let mut rows = vec![
        ("stats-today", day_line(words, &stats.today)),
        ("stats-last-7-days", day_line(words, &stats.last_7_days)),
        ("stats-last-28-days", day_line(words, &stats.last_28_days)),
        ("stats-completion", rate),
    ];
    if stats.last_28_days.sitting_secs + stats.last_28_days.standing_secs > 0 {
        rows.push(("stats-positions", positions(words, "today", &stats.today)));
        rows.push(("", positions(words, "last_7_days", &stats.last_7_days)));
    }
    rows.push((
        "stats-streak",
        t!(words, "week-streak-days", days = stats.streak_days),
    ));
    let split = exercises.last_7_days;
    rows.push((
        "stats-kinds",
        t!(
            words,
            "stats-kinds-value",
            mobility = split.mobility,
            strength = split.strength
        ),
    ));
    if !exercises.rated_good_names.is_empty() {
        let separator = words.get("list-separator");
        rows.push((
            "stats-rated-good",
            exercises.rated_good_names.join(&separator),
        ));
    }
    rows
}

/// Labels in the person's language, padded to one column: "Today:        3 completed, …".
fn labelled(rows: Vec<(&'static str, String)>) -> Vec<(String, String)> {
    let words = words::current();
    let labels: Vec<String> = rows
        .iter()
        .map(|(id, _)| match id.is_empty() {
            true => String::new(),
            false => t!(words, "stats-label", label = words.get(id)),
        })
        .collect();
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 1;
    labels
        .into_iter()
        .zip(rows)
        .map(|(label, (_, value))| {
            let pad = width - label.chars().count();
            (format!("{label}{}", " ".repeat(pad)), value)
        })
        .collect()
}

/// `stats --json`: the history's figures and the exercises' side.
#[derive(Serialize)]
struct StatsOut<'a> {
    #[serde(flatten)]
    stats: &'a history::Stats,
    exercises: &'a ExerciseSummary,
}

/// "today standing 1 h 20 min, sitting 5 h"; `span` is today or last_7_days.
fn positions(words: &Words, span: &str, day: &history::DayStats) -> String {
    t!(
        words,
        "stats-positions-value",
        span = span,
        standing = words.hours_minutes(day.standing_secs),
        sitting = words.hours_minutes(day.sitting_secs)
    )
}

fn day_line(words: &Words, day: &history::DayStats) -> String {
    t!(
        words,
        "stats-day",
        completed = day.completed,
        natural_breaks = day.natural_breaks,
        skipped = day.skipped,
        reminded = day.reminded
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_line_counts_and_plurals() {
        let day = |natural_breaks| history::DayStats {
            reminded: 5,
            completed: 3,
            skipped: 1,
            snoozed: 2,
            natural_breaks,
            sitting_secs: 0,
            standing_secs: 0,
        };
        let words = Words::english();
        assert_eq!(
            day_line(&words, &day(1)),
            "3 completed, 1 natural break, 1 skipped, 5 reminders"
        );
        assert_eq!(
            day_line(&words, &day(0)),
            "3 completed, 0 natural breaks, 1 skipped, 5 reminders"
        );
    }
}
