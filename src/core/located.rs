//! Errors that point at a place in a file: `path:line:column: message`.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use super::words::Prose;

/// A problem in a user-editable file, with the position an editor can jump to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// What is wrong, said in English for the log ([`FileError::message`]) and in the person's
    /// language for them ([`FileError::said`]).
    pub prose: Prose,
}

impl FileError {
    /// An error at a byte offset span of `text`.
    pub fn at(path: &Path, text: &str, span: Option<Range<usize>>, prose: Prose) -> Self {
        let (line, column) = line_column(text, span.map_or(0, |s| s.start));
        FileError {
            path: path.to_path_buf(),
            line,
            column,
            prose,
        }
    }

    /// An error about the whole file (size, encoding), reported at its start.
    pub fn whole_file(path: &Path, prose: Prose) -> Self {
        FileError {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            prose,
        }
    }

    /// `path:line:column: message` in the language `words` speaks; the place stays as it is.
    pub fn said(&self, words: &super::words::Words) -> String {
        format!(
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.column,
            self.prose.said(words)
        )
    }

    /// The same error with other words (the place kept).
    pub fn with_prose(self, prose: Prose) -> Self {
        FileError { prose, ..self }
    }

    /// What is wrong, in English: for the log, and what `Display` shows after the place.
    pub fn message(&self) -> String {
        self.prose.english()
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
            self.message()
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
            Prose::new("config-too-big")
                .number("bytes", bytes.len())
                .number("max", max_bytes / 1024),
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
                prose: Prose::new("config-not-utf8"),
            })
        }
    }
}

/// Turns a TOML parse or type error into a positioned error, with a "did you mean" for unknown keys.
pub fn from_toml_error(path: &Path, text: &str, err: &toml::de::Error) -> FileError {
    let span = err.span();
    // The key or value the error points at, the brackets around it if it names a table in a
    // `[table]` or `[[array]]` header, and its line up to it.
    let (word, brackets, line_before) = match span
        .clone()
        .and_then(|s| Some((text.get(s.clone())?, text.get(..s.start)?)))
    {
        Some((word, before)) => {
            let line_before = before.rsplit('\n').next().unwrap_or_default();
            let before = before.trim_end_matches([' ', '\t']);
            (
                word,
                before.len() - before.trim_end_matches('[').len(),
                line_before,
            )
        }
        None => ("", 0, ""),
    };
    let prose = Prose::from_carried(err.message())
        .unwrap_or_else(|| explain_toml_message(err.message(), word, brackets, line_before));
    FileError::at(path, text, span, prose)
}

fn explain_toml_message(message: &str, word: &str, brackets: usize, line_before: &str) -> Prose {
    let (open, close) = ("[".repeat(brackets), "]".repeat(brackets));
    let message = message.trim();
    // serde: "unknown field `intervl`, expected one of `interval`, `snooze`" (or "expected `x`")
    if let Some(rest) = message.strip_prefix("unknown field `") {
        if let Some((unknown, expected)) = rest.split_once('`') {
            // `schedule = 1979-05-27`: the date's inner field, not a key the user wrote.
            if let Some((kind, written)) = date_or_time(word).filter(|_| unknown != word.trim()) {
                let key = line_before.trim_end().trim_end_matches('=').trim();
                return Prose::new("config-wrong-type")
                    .prose("found", found(kind, written))
                    .prose("expected", expected_what("table", key));
            }
            let allowed: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
            let what = if brackets > 0 { "section" } else { "key" };
            return Prose::new("config-unknown-name")
                .text("what", what)
                .text("name", format!("{open}{unknown}{close}"))
                .suggestion(
                    closest(unknown, &allowed)
                        .map(|best| format!("{open}{best}{close}"))
                        .as_deref(),
                )
                .text("allowed", allowed.join(", "));
        }
    }
    if message.starts_with("duplicate key") {
        let word = word.trim();
        let named = !word.is_empty() && word.len() <= 64 && !word.contains(['\n', '[', ']', '=']);
        return match (named, brackets > 0) {
            (true, true) => {
                Prose::new("config-duplicate-section").text("name", format!("{open}{word}{close}"))
            }
            (true, false) => Prose::new("config-duplicate-key").text("name", word),
            (false, _) => Prose::new("config-duplicate-key-unnamed"),
        };
    }
    if message.starts_with("string values must be quoted") {
        let word = word.trim();
        let yes_no = ["yes", "no", "on", "off", "true", "false"]
            .contains(&word.to_ascii_lowercase().as_str());
        return if yes_no {
            Prose::new("config-yes-no").text("value", word)
        } else if !word.is_empty() && word.len() <= 64 && !word.contains(['\n', '"']) {
            Prose::new("config-quote-text").text("value", word)
        } else {
            Prose::new("config-quote-text-example")
        };
    }
    if message.starts_with("invalid basic string, expected `\"`") {
        return Prose::new("config-unclosed-string");
    }
    // serde: "invalid type: integer `5`, expected a boolean"
    if let Some((unexpected, expected)) = message
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.split_once(", expected "))
    {
        return Prose::new("config-wrong-type")
            .prose("found", found_by_serde(unexpected, word))
            .prose("expected", expected_by_serde(expected));
    }
    if let Some(key) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return Prose::new("config-missing-key").text("key", key);
    }
    syntax(message)
}

/// The TOML reader's own findings: "unclosed table, expected `]`".
fn syntax(message: &str) -> Prose {
    let (finding, expected) = match message.split_once(", expected ") {
        Some((finding, expected)) => (finding, Some(expected)),
        None => (message, None),
    };
    let problem = match finding {
        "key with no value" => "key-no-value",
        "unclosed table" => "unclosed-table",
        "unclosed array table" => "unclosed-array-table",
        "unclosed array" => "unclosed-array",
        "unclosed inline table" => "unclosed-inline-table",
        "missing comma between array elements" => "missing-comma-array",
        "missing comma between key-value pairs" => "missing-comma-table",
        "missing value" | "missing value for key" => "missing-value",
        "extra comma in array" | "extra comma in inline table" => "extra-comma",
        "extra `=`" => "extra-equals",
        "invalid unquoted key" => "invalid-key",
        "invalid value" => "invalid-value",
        "unexpected content" => "unexpected-content",
        other if other.starts_with("invalid") && other.ends_with("string") => "invalid-string",
        _ => "other",
    };
    let finding = Prose::new("config-syntax")
        .text("problem", problem)
        .text("detail", finding);
    let Some(expected) = expected else {
        return finding;
    };
    let prose = Prose::new("config-syntax-expected").prose("syntax", finding);
    match expected {
        "key" | "value" => prose.prose(
            "expected",
            Prose::new("config-syntax-thing").text("thing", expected),
        ),
        // Marks such as `=` or `]` are written as they are; the reader's rarer words too.
        marks => prose.text("expected", marks),
    }
}

fn found(kind: &str, written: &str) -> Prose {
    Prose::new("config-found")
        .text("kind", kind)
        .text("value", written)
}

/// serde's name for what the file has: "integer `5`", "string \"yes\"", "sequence", "map".
fn found_by_serde(unexpected: &str, written: &str) -> Prose {
    let quoted = |rest: &str| rest.trim_matches('`').to_string();
    if let Some(rest) = unexpected.strip_prefix("integer ") {
        return found("integer", &quoted(rest));
    }
    if let Some(rest) = unexpected.strip_prefix("floating point ") {
        return found("float", &quoted(rest));
    }
    if let Some(rest) = unexpected.strip_prefix("boolean ") {
        return found("boolean", &quoted(rest));
    }
    if let Some(rest) = unexpected.strip_prefix("string ") {
        return found("string", rest);
    }
    match unexpected {
        "sequence" => found("list", ""),
        // toml hands dates and times to serde as a one-entry map, so "map" is said both for
        // a table and for `interval = 1979-05-27`; the text the error points at tells them apart.
        "map" => match date_or_time(written) {
            Some((kind, written)) => found(kind, written),
            None => found("table", ""),
        },
        other => found("other", other),
    }
}

fn expected_what(what: &str, name: &str) -> Prose {
    Prose::new("config-expected")
        .text("what", what)
        .text("name", name)
}

/// What serde or the config's own `expecting` says a key takes.
fn expected_by_serde(expected: &str) -> Prose {
    if let Some(section) = expected
        .strip_prefix("a table: [")
        .and_then(|rest| rest.strip_suffix(']'))
    {
        return expected_what("table", section);
    }
    let what = match expected {
        "a boolean" => "boolean",
        "a string" => "string",
        "a sequence" => "list",
        "i64" | "u64" | "i32" | "u32" | "an integer" => "integer",
        "f64" | "f32" | "a float" => "number",
        _ if expected.starts_with("a duration string") => "duration",
        _ if expected.starts_with("a table of two durations") => "sit-stand",
        _ => "other",
    };
    expected_what(what, expected)
}

/// `("date", "1979-05-27")`, `("datetime", …)` (local or with an offset) or `("time", …)` when
/// `written` is a TOML date or time.
fn date_or_time(written: &str) -> Option<(&'static str, &str)> {
    let written = written.trim();
    let datetime = written.parse::<toml::value::Datetime>().ok()?;
    let kind = match (datetime.date.is_some(), datetime.time.is_some()) {
        (true, true) => "datetime",
        (true, false) => "date",
        (false, _) => "time",
    };
    Some((kind, written))
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
    use crate::core::words::Arg;

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

    /// The word a message selects its variant by: `$problem`, `$kind` or `$what`, looked for
    /// in the prose and the prose inside it.
    fn selector(prose: &Prose, name: &str) -> Option<String> {
        prose.text_arg(name).map(str::to_string).or_else(|| {
            prose.args().iter().find_map(|(_, arg)| match arg {
                Arg::Prose(inner) => selector(inner, name),
                _ => None,
            })
        })
    }

    /// The TOML reader's findings, each said by its own message (the English here is the
    /// catalog's; the other languages translate the same variant).
    #[test]
    fn the_readers_findings_are_put_into_words() {
        for (finding, problem, said) in [
            (
                "key with no value, expected `=`",
                "key-no-value",
                "key with no value, expected `=`",
            ),
            (
                "unclosed table, expected `]`",
                "unclosed-table",
                "unclosed table, expected `]`",
            ),
            (
                "unclosed array table, expected `]]`",
                "unclosed-array-table",
                "unclosed array of tables, expected `]]`",
            ),
            (
                "unclosed array, expected `]`",
                "unclosed-array",
                "unclosed array, expected `]`",
            ),
            (
                "unclosed inline table, expected `}`",
                "unclosed-inline-table",
                "unclosed inline table, expected `}`",
            ),
            (
                "missing comma between array elements, expected `,`",
                "missing-comma-array",
                "missing comma between array elements, expected `,`",
            ),
            (
                "missing comma between key-value pairs, expected `,`",
                "missing-comma-table",
                "missing comma between key-value pairs, expected `,`",
            ),
            (
                "missing value, expected value",
                "missing-value",
                "missing value, expected a value",
            ),
            ("missing value for key", "missing-value", "missing value"),
            ("extra comma in array", "extra-comma", "extra comma"),
            ("extra comma in inline table", "extra-comma", "extra comma"),
            ("extra `=`", "extra-equals", "extra `=`"),
            (
                "invalid unquoted key, expected key",
                "invalid-key",
                "invalid unquoted key, expected a key",
            ),
            ("invalid literal string", "invalid-string", "invalid string"),
            (
                "invalid multi-line basic string",
                "invalid-string",
                "invalid string",
            ),
            ("invalid value", "invalid-value", "invalid value"),
            (
                "unexpected content",
                "unexpected-content",
                "unexpected content",
            ),
            // A finding without its own message keeps the reader's words.
            (
                "invalid comment character",
                "other",
                "invalid comment character",
            ),
            (
                "radix must be lowercase",
                "other",
                "radix must be lowercase",
            ),
            (
                "redundant numeric sign, expected digits",
                "other",
                "redundant numeric sign, expected digits",
            ),
        ] {
            let prose = syntax(finding);
            assert_eq!(
                selector(&prose, "problem").as_deref(),
                Some(problem),
                "{finding}"
            );
            assert_eq!(prose.english(), said, "{finding}");
        }
    }

    #[test]
    fn serdes_type_words_are_put_into_words() {
        for (unexpected, written, kind, said) in [
            ("integer `5`", "5", "integer", "integer `5`"),
            (
                "floating point `2.5`",
                "2.5",
                "float",
                "floating point `2.5`",
            ),
            ("boolean `true`", "true", "boolean", "boolean `true`"),
            ("string \"yes\"", "\"yes\"", "string", "string \"yes\""),
            ("sequence", "[1]", "list", "a list"),
            ("map", "{ a = 1 }", "table", "a table"),
            ("map", "1979-05-27", "date", "a date `1979-05-27`"),
            ("map", "07:32:00", "time", "a time `07:32:00`"),
            (
                "map",
                "1979-05-27T07:32:00",
                "datetime",
                "a date and time `1979-05-27T07:32:00`",
            ),
            ("unit value", "", "other", "unit value"),
        ] {
            let prose = found_by_serde(unexpected, written);
            assert_eq!(
                selector(&prose, "kind").as_deref(),
                Some(kind),
                "{unexpected}"
            );
            assert_eq!(prose.english(), said);
        }
        for (expected, what, said) in [
            ("a boolean", "boolean", "true or false"),
            ("a string", "string", "a string"),
            (
                "a sequence",
                "list",
                "a list in brackets, e.g. [\"a\", \"b\"]",
            ),
            ("a table: [stretch]", "table", "a table: [stretch]"),
            ("i64", "integer", "a whole number"),
            ("u32", "integer", "a whole number"),
            ("f64", "number", "a number"),
            (
                "a duration string such as \"45m\"",
                "duration",
                "a duration string such as \"45m\", \"1h 30m\" or \"90s\"",
            ),
            (
                "a table of two durations: …",
                "sit-stand",
                "a table of two durations: { sit = \"40m\", stand = \"20m\" }",
            ),
            ("a sit-stand pair", "other", "a sit-stand pair"),
        ] {
            let prose = expected_by_serde(expected);
            assert_eq!(
                selector(&prose, "what").as_deref(),
                Some(what),
                "{expected}"
            );
            assert_eq!(prose.english(), said, "{expected}");
        }
    }

    /// An unquoted word is quoted back when it is short and plain; yes/no words get true/false.
    #[test]
    fn unquoted_text_is_quoted_back_when_plain() {
        let said = |word: &str| explain_toml_message("string values must be quoted", word, 0, "");
        assert_eq!(said("45m").id(), "config-quote-text");
        assert_eq!(said(" 45m ").text_arg("value"), Some("45m"));
        assert_eq!(said("On").id(), "config-yes-no");
        assert_eq!(said("").id(), "config-quote-text-example");
        assert_eq!(said(&"m".repeat(65)).id(), "config-quote-text-example");
        assert_eq!(said("a\"b").id(), "config-quote-text-example");
        assert_eq!(said("a\nb").id(), "config-quote-text-example");
    }

    /// A duplicate key or section is named when what the error points at is a plain name.
    #[test]
    fn duplicates_are_named_when_the_name_is_plain() {
        let said = |word: &str, brackets| explain_toml_message("duplicate key", word, brackets, "");
        assert_eq!(said("interval", 0).id(), "config-duplicate-key");
        assert_eq!(said("schedule", 1).id(), "config-duplicate-section");
        assert_eq!(said("schedule", 1).text_arg("name"), Some("[schedule]"));
        assert_eq!(said("  ", 0).id(), "config-duplicate-key-unnamed");
        assert_eq!(
            said(&"k".repeat(65), 0).id(),
            "config-duplicate-key-unnamed"
        );
        assert_eq!(said("a = 1\nb", 0).id(), "config-duplicate-key-unnamed");
        assert_eq!(said("a]", 0).id(), "config-duplicate-key-unnamed");
    }

    #[test]
    fn reports_invalid_utf8_position() {
        let err = decode_text(Path::new("c.toml"), b"a = 1\nb = \"\xff\"", 1000).unwrap_err();
        assert_eq!((err.line, err.column), (2, 6));
        let err = decode_text(Path::new("c.toml"), &[b' '; 2000], 1000).unwrap_err();
        assert!(err.message().contains("at most"), "{}", err.message());
    }
}
