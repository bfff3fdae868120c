//! Malformed config corpus: every file in `tests/config_errors/` must be rejected with
//! `path:line:column: message`, the message telling the user what to change. No input may panic.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use std::collections::BTreeSet;

use posture_break::core::config::{Config, MAX_CONFIG_BYTES};
use posture_break::core::words::{Words, LANGUAGES};

/// File name → (line, column, a part of the message the user needs).
const CASES: &[(&str, usize, usize, &str)] = &[
    // TOML syntax
    ("01-syntax-unclosed-string.toml", 2, 16, "unclosed string"),
    ("02-syntax-missing-equals.toml", 2, 10, "expected `=`"),
    (
        "03-syntax-bad-table-header.toml",
        1,
        10,
        "unclosed table, expected `]`",
    ),
    ("04-syntax-unclosed-array.toml", 3, 1, "expected `,`"),
    (
        "05-syntax-bare-value.toml",
        2,
        12,
        "text must be quoted: write \"45m\"",
    ),
    // wrong types
    (
        "06-type-interval-number.toml",
        2,
        12,
        "durations are strings with a unit: write \"45m\"",
    ),
    ("07-type-sound-string.toml", 2, 9, "expected true or false"),
    (
        "08-type-positions-string.toml",
        2,
        13,
        "expected a list in brackets",
    ),
    (
        "09-type-schedule-number.toml",
        1,
        12,
        "expected a table: [schedule]",
    ),
    ("10-type-interval-float.toml", 2, 12, "not the number 2.5"),
    (
        "11-type-day-starts-at-number.toml",
        2,
        17,
        "a time of day is written in quotes, such as \"08:00\"",
    ),
    // unknown keys and sections
    (
        "12-unknown-key-typo.toml",
        2,
        1,
        "unknown key `intervl`; did you mean `interval`?",
    ),
    (
        "13-unknown-section-typo.toml",
        1,
        2,
        "unknown section `[schedul]`; did you mean `[schedule]`?",
    ),
    (
        "14-unknown-key-in-stretch.toml",
        2,
        1,
        "did you mean `duration`?",
    ),
    (
        "15-unknown-key-no-suggestion.toml",
        3,
        1,
        "unknown key `colour` (allowed here: interval, snooze",
    ),
    // durations
    (
        "16-duration-no-unit.toml",
        2,
        12,
        "`45` has no unit; write \"45m\"",
    ),
    (
        "17-duration-negative.toml",
        2,
        10,
        "negative durations are not allowed",
    ),
    (
        "18-duration-zero.toml",
        2,
        11,
        "`notification.timeout` must not be zero: it is 0s, allowed is 1s to 1h",
    ),
    (
        "19-duration-unparsable.toml",
        2,
        10,
        "cannot read `soon` as a duration",
    ),
    (
        "20-duration-unknown-unit.toml",
        2,
        12,
        "unknown unit `fortnights`; use s, m or h",
    ),
    (
        "21-interval-too-large.toml",
        2,
        12,
        "`schedule.interval` is out of range: it is 25h, allowed is 1s to 24h",
    ),
    (
        "22-stretch-too-large.toml",
        2,
        12,
        "`stretch.duration` is out of range: it is 2h, allowed is 1s to 30m",
    ),
    (
        "23-stretch-longer-than-interval.toml",
        5,
        12,
        "(10m) is longer than `schedule.interval` (5m)",
    ),
    // times of day
    (
        "24-time-hour-out-of-range.toml",
        2,
        17,
        "`25:00` is not a time of day; use 24-hour \"HH:MM\"",
    ),
    ("25-time-am-pm.toml", 2, 17, "`8am` is not a time of day"),
    (
        "26-time-minute-out-of-range.toml",
        2,
        17,
        "`12:60` is not a time of day",
    ),
    // lists
    (
        "27-positions-empty.toml",
        2,
        13,
        "`stretch.positions` is empty",
    ),
    (
        "28-positions-typo.toml",
        2,
        24,
        "unknown position \"standng\"; did you mean \"standing\"?",
    ),
    (
        "29-positions-unknown.toml",
        2,
        14,
        "unknown position \"lying\"; allowed: \"seated\", \"standing\", \"floor\"",
    ),
    (
        "30-snooze-choices-empty.toml",
        2,
        18,
        "`schedule.snooze_choices` is empty",
    ),
    (
        "31-pause-choices-too-many.toml",
        2,
        17,
        "has 9 entries; at most 8",
    ),
    // duplicates
    ("32-duplicate-key.toml", 4, 1, "duplicate key `interval`"),
    (
        "33-duplicate-table.toml",
        7,
        2,
        "duplicate section `[schedule]`",
    ),
    // more
    ("34-snooze-choice-bad-entry.toml", 2, 25, "`10` has no unit"),
    (
        "35-pause-choice-too-long.toml",
        2,
        25,
        "it is 200h, allowed is 1s to 168h",
    ),
    (
        "36-duration-empty.toml",
        2,
        12,
        "empty duration; write e.g. \"45m\"",
    ),
    (
        "37-key-outside-table.toml",
        1,
        1,
        "unknown key `interval` (allowed here: general, schedule, stretch, notification, presence, working_hours, posture, sync)",
    ),
    (
        "38-positions-number-entry.toml",
        2,
        24,
        "found integer `3`, expected a string",
    ),
    ("39-sound-number.toml", 2, 9, "expected true or false"),
    (
        "40-snooze-choices-string.toml",
        2,
        18,
        "expected a list in brackets",
    ),
    ("41-timeout-too-long.toml", 2, 11, "allowed is 1s to 1h"),
    (
        "42-duration-too-large-number.toml",
        2,
        10,
        "duration is too large",
    ),
    (
        "43-dotted-unknown-key.toml",
        2,
        9,
        "unknown key `lenght` (allowed here: duration, positions, cues, motion)",
    ),
    (
        "44-unicode-before-error.toml",
        3,
        14,
        "unknown position \"sitzend\"",
    ),
    ("45-interval-crlf.toml", 3, 12, "unknown unit `x`"),
    ("46-invalid-utf8.toml", 3, 6, "invalid UTF-8"),
    (
        "47-bare-word-bool.toml",
        2,
        9,
        "for yes/no write true or false",
    ),
    (
        "48-bare-duration-with-space.toml",
        2,
        12,
        "text must be quoted: write \"1h 30m\"",
    ),
    (
        "49-array-of-tables.toml",
        1,
        1,
        "must be one table, written [schedule], not a list of them like [[schedule]]",
    ),
    (
        "50-unknown-section-later.toml",
        4,
        2,
        "unknown section `[notifcation]`; did you mean `[notification]`?",
    ),
    (
        "51-duration-inline-table.toml",
        2,
        12,
        "found a table, expected a duration string",
    ),
    ("52-unknown-subtable.toml", 4, 11, "unknown key `extra`"),
    (
        "53-time-unquoted.toml",
        2,
        17,
        "a time of day is written in quotes",
    ),
    (
        "54-sound-quoted-bool.toml",
        2,
        9,
        "found string \"true\", expected true or false",
    ),
    (
        "55-positions-capitalised.toml",
        2,
        14,
        "did you mean \"seated\"?",
    ),
    // dates and times where a duration belongs: toml hands them to serde as a map, but the
    // message names what was written, not "a table"
    (
        "56-interval-date.toml",
        2,
        12,
        "found a date `1979-05-27`, expected a duration string",
    ),
    (
        "57-snooze-local-datetime.toml",
        2,
        10,
        "found a date and time `1979-05-27T07:32:00`, expected a duration string",
    ),
    (
        "58-timeout-offset-datetime.toml",
        2,
        11,
        "found a date and time `1979-05-27 07:32:00-08:00`, expected a duration string",
    ),
    (
        "59-duration-local-time.toml",
        2,
        12,
        "found a time `00:01:00`, expected a duration string",
    ),
    // working hours and holds
    (
        "60-working-hours-bad-day.toml",
        2,
        16,
        "`tues` is not a day (did you mean `tue`?); use mon, tue",
    ),
    (
        "61-working-hours-no-minutes.toml",
        2,
        10,
        "`9-17`: `9` is not a time; write ranges as \"HH:MM-HH:MM\"",
    ),
    (
        "62-working-hours-overlap.toml",
        2,
        25,
        "`12:00-18:00` overlaps `09:00-12:30`",
    ),
    (
        "63-working-hours-24-as-start.toml",
        2,
        10,
        "24:00 only as an end",
    ),
    (
        "64-working-hours-empty-days.toml",
        2,
        8,
        "`working_hours.days` is empty",
    ),
    (
        "65-hold-when-unknown.toml",
        2,
        28,
        "`dnd` is not something that can hold a reminder; allowed: fullscreen, do-not-disturb, camera",
    ),
    (
        "66-idle-after-longer-than-break.toml",
        2,
        14,
        "`presence.idle_after` (5m) is longer than `presence.natural_break` (3m)",
    ),
    (
        "67-working-hours-day-key-overlap.toml",
        2,
        23,
        "`working_hours.sat`: `11:30-13:00` overlaps `10:00-12:00`",
    ),
    // posture nudges and sit/stand turns
    (
        "68-posture-nudge-not-shorter.toml",
        2,
        15,
        "`posture.nudge_every` (45m) must be shorter than `schedule.interval` (45m)",
    ),
    (
        "69-posture-nudge-longer-than-interval.toml",
        5,
        15,
        "`posture.nudge_every` (30m) must be shorter than `schedule.interval` (20m)",
    ),
    (
        "70-posture-sit-stand-missing-stand.toml",
        2,
        13,
        "missing field `stand`",
    ),
    (
        "71-posture-stand-zero.toml",
        2,
        36,
        "`posture.sit_stand.stand` must not be zero",
    ),
    (
        "72-posture-sit-stand-typo.toml",
        2,
        28,
        "unknown key `stnd`; did you mean `stand`?",
    ),
    (
        "73-posture-nudge-number.toml",
        2,
        15,
        "durations are strings with a unit: write \"15m\"",
    ),
    (
        "74-stretch-cues-unknown.toml",
        2,
        8,
        "`stretch.cues` is \"chimes\" (did you mean \"chime\"?); allowed: \"off\", \"chime\", \"voice\"",
    ),
    (
        "75-sync-folder-relative.toml",
        2,
        10,
        "`sync.folder` \"Sync/posture-break\" is relative: write a full path or one under your home, e.g. \"~/Sync/posture-break\"",
    ),
    (
        "76-sync-name-space.toml",
        3,
        8,
        "`sync.name` \"my laptop\" has ' ': use letters, digits, '-', '_' and '.' (it names a file)",
    ),
];

/// Words that would mean the message leaks implementation details.
const JARGON: &[&str] = &[
    "Raw",
    "struct",
    "serde",
    "sequence",
    "map",
    "invalid type",
    "Duration(",
    "TimeValue",
    "basic string",
    "literal string",
];

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("config_errors")
}

fn corpus_files() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("corpus directory")
        .map(|entry| {
            entry
                .expect("directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

fn check_message(path: &Path, bytes: &[u8], line: usize, column: usize, needle: &str) {
    let err = Config::from_file_contents(path, bytes)
        .expect_err(&format!("{} must be rejected", path.display()));
    let text = err.to_string();
    let prefix = format!("{}:{line}:{column}: ", path.display());
    assert!(
        text.starts_with(&prefix),
        "expected prefix {prefix:?}, got {text:?}"
    );
    assert!(text.contains(needle), "expected {needle:?} in {text:?}");
    for word in JARGON {
        assert!(!err.message().contains(word), "jargon {word:?} in {text:?}");
    }
}

#[test]
fn table_covers_the_whole_corpus() {
    let in_table: Vec<String> = CASES.iter().map(|case| case.0.to_string()).collect();
    assert_eq!(
        corpus_files(),
        in_table,
        "every corpus file has exactly one row, in order"
    );
    assert!(CASES.len() >= 30);
}

#[test]
fn every_malformed_file_is_reported_with_its_position() {
    for &(name, line, column, needle) in CASES {
        let path = corpus_dir().join(name);
        let bytes = std::fs::read(&path).expect("corpus file");
        check_message(&path, &bytes, line, column, needle);
    }
}

#[test]
fn invalid_utf8_is_located() {
    let path = Path::new("/home/u/.config/posture-break/config.toml");
    check_message(
        path,
        b"[schedule]\nsnooze = \"5m\xff\"\n",
        2,
        13,
        "must be saved as UTF-8",
    );
    check_message(path, b"\xfe\xff[schedule]\n", 1, 1, "invalid UTF-8");
    // Truncated multi-byte character at the very end.
    check_message(
        path,
        "# Rücken\n# é".as_bytes().split_last().expect("bytes").1,
        2,
        3,
        "invalid UTF-8",
    );
}

#[test]
fn huge_file_is_refused_without_parsing() {
    let path = Path::new("big.toml");
    let mut bytes = b"[schedule]\ninterval = \"45m\"\n".to_vec();
    while bytes.len() <= 1024 * 1024 {
        bytes.extend_from_slice(b"# filler filler filler filler filler filler filler filler\n");
    }
    check_message(
        path,
        &bytes,
        1,
        1,
        &format!("at most {} KiB", MAX_CONFIG_BYTES / 1024),
    );
    // Just over the limit, and garbage rather than comments: still the size message.
    check_message(
        path,
        &vec![b'['; MAX_CONFIG_BYTES + 1],
        1,
        1,
        "is this the right file?",
    );
}

#[test]
fn empty_and_comment_only_files_are_the_defaults() {
    let path = Path::new("c.toml");
    for text in [
        "",
        "\n",
        "   \n\t\n",
        "# just a comment\n",
        "# a\n\n# b\r\n",
        "# no newline at the end",
    ] {
        assert_eq!(
            Config::from_file_contents(path, text.as_bytes()),
            Ok(Config::default()),
            "{text:?}"
        );
    }
    // Empty sections are fine too.
    let text = "[schedule]\n[stretch]\n[notification]\n";
    assert_eq!(
        Config::from_file_contents(path, text.as_bytes()),
        Ok(Config::default())
    );
}

/// Cheap deterministic generator so the fuzzing needs no extra crate.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// Parses arbitrary bytes; any error must point inside the file.
fn parse_anything(path: &Path, bytes: &[u8]) {
    if let Err(err) = Config::from_file_contents(path, bytes) {
        let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
        assert!(
            err.line >= 1 && err.line <= lines,
            "line out of file: {err} for {bytes:?}"
        );
        assert!(err.column >= 1, "{err}");
        assert!(err.to_string().starts_with(&format!(
            "{}:{}:{}: ",
            path.display(),
            err.line,
            err.column
        )));
        assert!(
            !err.message().trim().is_empty(),
            "empty message for {bytes:?}"
        );
    }
}

#[test]
fn truncated_and_mangled_files_never_panic() {
    let path = Path::new("fuzz.toml");
    let mut rng = Lcg(0x5eed);
    let mut sources: Vec<Vec<u8>> = corpus_files()
        .iter()
        .map(|name| std::fs::read(corpus_dir().join(name)).expect("corpus file"))
        .collect();
    sources.push(include_bytes!("../config.example.toml").to_vec());
    let replacements = b"\"'[]{}=,.#\n\r\t\\ 0-_:\x00\x7f\xc3\xa9\xff";
    for bytes in &sources {
        for end in 0..=bytes.len() {
            parse_anything(path, &bytes[..end]);
        }
        if bytes.is_empty() {
            continue;
        }
        for _ in 0..200 {
            let mut mangled = bytes.clone();
            for _ in 0..1 + rng.next() % 3 {
                let at = (rng.next() as usize) % mangled.len();
                mangled[at] = match rng.next() % 3 {
                    0 => mangled[at] ^ (1 << (rng.next() % 8)),
                    1 => replacements[(rng.next() as usize) % replacements.len()],
                    _ => rng.next() as u8,
                };
            }
            if rng.next().is_multiple_of(4) {
                let at = (rng.next() as usize) % mangled.len();
                let copy = mangled[at..].to_vec();
                mangled.extend_from_slice(&copy); // duplicate a tail: duplicate keys and tables
            }
            parse_anything(path, &mangled);
        }
    }
}

// ---- every language ----

/// What a message quotes from the file in backticks (keys, values, marks), without the
/// isolation marks Fluent puts around them in right-to-left text.
fn quoted_from_the_file(text: &str) -> BTreeSet<String> {
    let plain: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    plain
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn every_error_is_said_in_every_language_quoting_the_file_as_written() {
    let english = Words::english();
    for name in corpus_files() {
        let path = corpus_dir().join(&name);
        let bytes = std::fs::read(&path).expect("corpus file");
        let err = Config::from_file_contents(&path, &bytes).expect_err(&name);
        let in_english = err.said(&english);
        assert_eq!(
            in_english,
            err.to_string(),
            "the log's English is the catalog's"
        );
        let place = format!("{}:{}:{}: ", path.display(), err.line, err.column);
        for language in &LANGUAGES[1..] {
            let words = Words::new(language).unwrap_or_else(|e| panic!("{e}"));
            let said = err.said(&words);
            let tag = language.tag;
            assert!(said.starts_with(&place), "{tag} {name}: {said}");
            assert_ne!(said, in_english, "{tag} {name}: still English");
            assert!(
                !said.contains("config-") && !said.contains("{$") && !said.contains("{ $"),
                "{tag} {name}: a message id or variable left in {said:?}"
            );
            assert_eq!(
                quoted_from_the_file(&said),
                quoted_from_the_file(&in_english),
                "{tag} {name}: the file's words must stay as written\n{said}\n{in_english}"
            );
        }
    }
}

// ---- the real binary: `posture-break config check PATH` ----

#[cfg(unix)] // Windows takes the UI language from the system, not from LANG
#[test]
fn config_check_says_the_error_in_the_persons_language() {
    let home = tempfile::tempdir().expect("temp dir");
    let path = corpus_dir().join("20-duration-unknown-unit.toml");
    let err = Config::from_file_contents(&path, &std::fs::read(&path).expect("corpus file"))
        .expect_err("rejected");
    let german = posture_break::core::words::language::find("de").expect("de");
    let german = Words::new(german).expect("the German catalog");
    let mut command = Command::new(env!("CARGO_BIN_EXE_posture-break"));
    common::in_english(&mut command).env("LANG", "de_DE.UTF-8");
    let out = config_check_with(command, &path, home.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.trim_end(), err.said(&german));
    assert_ne!(stderr.trim_end(), err.to_string());
}

fn config_check(path: &Path, home: &Path) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_posture-break"));
    common::in_english(&mut command);
    config_check_with(command, path, home)
}

fn config_check_with(mut command: Command, path: &Path, home: &Path) -> std::process::Output {
    command
        .args(["config", "check"])
        .arg(path)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_RUNTIME_DIR", home.join("run"))
        .env("HOME", home)
        .env_remove("RUST_BACKTRACE");
    common::output_of(&mut command)
}

#[test]
fn config_check_rejects_every_corpus_file() {
    let home = tempfile::tempdir().expect("temp dir");
    let mut paths: Vec<(PathBuf, usize, usize)> = CASES
        .iter()
        .map(|&(name, line, column, _)| (corpus_dir().join(name), line, column))
        .collect();
    let big = home.path().join("big.toml");
    std::fs::write(&big, vec![b'#'; 1024 * 1024 + 1]).expect("write big file");
    paths.push((big, 1, 1));
    for (path, line, column) in paths {
        let out = config_check(&path, home.path());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{}: {stderr}", path.display());
        assert!(!stderr.contains("panicked"), "{}: {stderr}", path.display());
        let location = format!("{}:{line}:{column}: ", path.display());
        assert!(
            stderr.contains(&location),
            "expected {location:?} on stderr, got {stderr:?}"
        );
    }
}

#[test]
fn config_check_accepts_valid_files() {
    let home = tempfile::tempdir().expect("temp dir");
    let empty = home.path().join("empty.toml");
    std::fs::write(&empty, "").expect("write");
    let comments = home.path().join("comments.toml");
    std::fs::write(&comments, "# only comments\n# here\n").expect("write");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    for path in [example, empty, comments] {
        let out = config_check(&path, home.path());
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: stdout {:?} stderr {:?}",
            path.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
