//! `stats [--json]`: today, the last 7 and 28 days, completion rate and streak.

use std::process::ExitCode;

use serde::Serialize;

use crate::core::exercises::ExerciseSet;
use crate::core::feeling::{ExerciseLog, ExerciseSummary};
use crate::core::history;
use crate::core::position_time::hours_minutes;
use crate::store::Paths;

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
    let stats = history::stats(&entries, now);
    // A broken exercises.toml is `config check`'s to report: the bundled set still names kinds.
    let set = match paths.load_exercises() {
        Ok(set) => set,
        Err(_) => ExerciseSet::bundled()?,
    };
    let exercises = ExerciseLog::from_entries(&entries).summary(&set, now.date_naive());
    if json {
        let out = StatsOut {
            stats: &stats,
            exercises: &exercises,
        };
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(ExitCode::SUCCESS);
    }
    let rate = stats
        .completion_rate_percent
        .map_or("no reminders yet".to_string(), |p| format!("{p}%"));
    println!("Today:        {}", day_line(&stats.today));
    println!("Last 7 days:  {}", day_line(&stats.last_7_days));
    println!("Last 28 days: {}", day_line(&stats.last_28_days));
    println!("Completion:   {rate} (last 7 days)");
    if stats.last_28_days.sitting_secs + stats.last_28_days.standing_secs > 0 {
        println!("Positions:    today {}", positions(&stats.today));
        println!(
            "              last 7 days {}",
            positions(&stats.last_7_days)
        );
    }
    println!(
        "Streak:       {} day{}",
        stats.streak_days,
        if stats.streak_days == 1 { "" } else { "s" }
    );
    let split = exercises.last_7_days;
    println!(
        "Kinds:        {} mobility, {} strength (last 7 days)",
        split.mobility, split.strength
    );
    if !exercises.rated_good_names.is_empty() {
        println!("Rated good:   {}", exercises.rated_good_names.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}

/// `stats --json`: the history's figures and the exercises' side.
#[derive(Serialize)]
struct StatsOut<'a> {
    #[serde(flatten)]
    stats: &'a history::Stats,
    exercises: &'a ExerciseSummary,
}

/// "standing 1 h 20 min, sitting 5 h".
fn positions(day: &history::DayStats) -> String {
    format!(
        "standing {}, sitting {}",
        hours_minutes(day.standing_secs),
        hours_minutes(day.sitting_secs)
    )
}

fn day_line(day: &history::DayStats) -> String {
    format!(
        "{} completed, {} natural break{}, {} skipped, {} reminders",
        day.completed,
        day.natural_breaks,
        if day.natural_breaks == 1 { "" } else { "s" },
        day.skipped,
        day.reminded
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
        assert_eq!(
            day_line(&day(1)),
            "3 completed, 1 natural break, 1 skipped, 5 reminders"
        );
        assert_eq!(
            day_line(&day(0)),
            "3 completed, 0 natural breaks, 1 skipped, 5 reminders"
        );
    }
}
