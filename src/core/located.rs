//! Errors that point at a place in a file: `path:line:column: message`.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A problem in a user-editable file, with the position an editor can jump to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    pub message: String,
}

impl FileError {
    /// An error at a byte offset span of `text`.
    pub fn at(
        path: &Path,
        text: &str,
        span: Option<Range<usize>>,
        message: impl Into<String>,
    ) -> Self {
        let (line, column) = line_column(text, span.map_or(0, |s| s.start));
        FileError {
            path: path.to_path_buf(),
            line,
            column,
            message: message.into(),
        }
    }

    /// An error about the whole file (size, encoding), reported at its start.
    pub fn whole_file(path: &Path, message: impl Into<String>) -> Self {
        FileError {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            message: message.into(),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.column,
            self.message
        )
    }
}

impl std::error::Error for FileError {}

/// 1-based line and character column of a byte offset; offsets past the end clamp to the end.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Decodes a file's bytes, reporting invalid UTF-8 and oversized files with a position.
pub fn decode_text(path: &Path, bytes: &[u8], max_bytes: usize) -> Result<String, FileError> {
    if bytes.len() > max_bytes {
        return Err(FileError::whole_file(
            path,
            format!(
                "file is {} bytes; a file here may be at most {} KiB, is this the right file?",
                bytes.len(),
                max_bytes / 1024
            ),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            // The valid prefix is UTF-8 by definition, so this cannot fail.
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            let (line, column) = line_column(prefix, prefix.len());
            Err(FileError {
                path: path.to_path_buf(),
                line,
                column,
                message: "invalid UTF-8: the file must be saved as UTF-8 text".into(),
            })
        }
    }
}

/// Turns a TOML parse or type error into a positioned error, with a "did you mean" for unknown keys.
pub fn from_toml_error(path: &Path, text: &str, err: &toml::de::Error) -> FileError {
    let span = err.span();
    // The key or value the error points at, and the brackets around it if it names a table
    // in a `[table]` or `[[array]]` header.
    let (word, brackets) = match span
        .clone()
        .and_then(|s| Some((text.get(s.clone())?, text.get(..s.start)?)))
    {
        Some((word, before)) => {
            let before = before.trim_end_matches([' ', '\t']);
            (word, before.len() - before.trim_end_matches('[').len())
        }
        None => ("", 0),
    };
    let message = explain_toml_message(err.message(), word, brackets);
    FileError::at(path, text, span, message)
}

fn explain_toml_message(message: &str, word: &str, brackets: usize) -> String {
    let (open, close) = ("[".repeat(brackets), "]".repeat(brackets));
    let message = message.trim();
    // serde: "unknown field `intervl`, expected one of `interval`, `snooze`" (or "expected `x`")
    if let Some(rest) = message.strip_prefix("unknown field `") {
        if let Some((unknown, expected)) = rest.split_once('`') {
            // `schedule = 1979-05-27`: the date's inner field, not a key the user wrote.
            if let Some(found) = date_or_time(word).filter(|_| unknown != word.trim()) {
                return format!("wrong type: found {found}, expected a table (a [section])");
            }
            let allowed: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
            let what = if brackets > 0 { "section" } else { "key" };
            let mut text = format!("unknown {what} `{open}{unknown}{close}`");
            if let Some(best) = closest(unknown, &allowed) {
                text.push_str(&format!("; did you mean `{open}{best}{close}`?"));
            }
            if !allowed.is_empty() {
                text.push_str(&format!(" (allowed here: {})", allowed.join(", ")));
            }
            return text;
        }
    }
    if message.starts_with("duplicate key") {
        let word = word.trim();
        let named = !word.is_empty() && word.len() <= 64 && !word.contains(['\n', '[', ']', '=']);
        return match (named, brackets > 0) {
            (true, true) => format!(
                "duplicate section `{open}{word}{close}`: each section may appear once; merge its keys into the first one"
            ),
            (true, false) => format!("duplicate key `{word}`: each key may appear once"),
            (false, _) => "duplicate key: each key may appear once".to_string(),
        };
    }
    if message.starts_with("string values must be quoted") {
        let word = word.trim();
        let yes_no = ["yes", "no", "on", "off", "true", "false"]
            .contains(&word.to_ascii_lowercase().as_str());
        return if yes_no {
            format!(
                "`{word}` is not a value: for yes/no write true or false (lower case, no quotes)"
            )
        } else if !word.is_empty() && word.len() <= 64 && !word.contains(['\n', '"']) {
            format!("text must be quoted: write \"{word}\"")
        } else {
            "text must be quoted, e.g. \"45m\"".to_string()
        };
    }
    // Parser and serde wording that means little to someone editing a config file.
    message
        .replace(
            "invalid basic string, expected `\"`",
            "unclosed string: the closing `\"` is missing",
        )
        .replace("invalid basic string", "invalid string")
        .replace("invalid literal string", "invalid string")
        .replace("invalid type: ", "wrong type: found ")
        .replace("found sequence", "found a list")
        .replace("found map", &format!("found {}", what_map_is(word)))
        .replace(
            "expected a sequence",
            "expected a list in brackets, e.g. [\"a\", \"b\"]",
        )
        .replace("expected a boolean", "expected true or false")
}

/// What a value that serde calls a "map" really is. toml hands dates and times to serde as a
/// one-entry map, so a wrong-type error says "found map" both for a table and for
/// `interval = 1979-05-27`; the text the error points at tells them apart.
fn what_map_is(written: &str) -> String {
    date_or_time(written).unwrap_or_else(|| "a table".to_string())
}

/// "a date `1979-05-27`", "a date and time `…`" (local or with an offset) or "a time `07:32:00`"
/// when `written` is a TOML date or time.
fn date_or_time(written: &str) -> Option<String> {
    let written = written.trim();
    let datetime = written.parse::<toml::value::Datetime>().ok()?;
    let what = match (datetime.date.is_some(), datetime.time.is_some()) {
        (true, true) => "a date and time",
        (true, false) => "a date",
        (false, _) => "a time",
    };
    Some(format!("{what} `{written}`"))
}

/// The allowed word closest to `word` by edit distance, if it is plausibly a typo.
pub fn closest<'a>(word: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    allowed
        .iter()
        .map(|candidate| (edit_distance(&word, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= (candidate.len() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_from_one() {
        let text = "ab\nçd\nxyz";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, 5), (2, 2)); // after the two-byte ç
        assert_eq!(line_column(text, 999), (3, 4));
    }

    #[test]
    fn suggests_close_keys_only() {
        assert_eq!(
            closest("intervl", &["interval", "snooze"]),
            Some("interval")
        );
        assert_eq!(closest("Snoze", &["interval", "snooze"]), Some("snooze"));
        assert_eq!(closest("colour", &["interval", "snooze"]), None);
    }

    #[test]
    fn reports_invalid_utf8_position() {
        let err = decode_text(Path::new("c.toml"), b"a = 1\nb = \"\xff\"", 1000).unwrap_err();
        assert_eq!((err.line, err.column), (2, 6));
        let err = decode_text(Path::new("c.toml"), &[b' '; 2000], 1000).unwrap_err();
        assert!(err.message.contains("at most"), "{}", err.message);
    }
}
