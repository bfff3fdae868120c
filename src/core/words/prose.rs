//! A sentence kept as a catalog message and its arguments until someone reads it. Errors are
//! made deep in the config's parser, long before anyone knows who reads them: the person in
//! their language (a notification, `config check`), the log in English.

use serde::{Deserialize, Serialize};

use super::Words;

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    /// Written into the sentence as it is: keys, values and paths from the file.
    Text(String),
    /// A number, which may choose a plural form.
    Number(i64),
    /// Another message, said in the same language first.
    Prose(Box<Prose>),
}

/// A catalog message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prose {
    id: String,
    args: Vec<(String, Arg)>,
}

/// Marks a serde error message that carries a [`Prose`]: serde's custom errors are strings.
const CARRIED: char = '\u{1}';

impl Prose {
    pub fn new(id: &str) -> Prose {
        Prose {
            id: id.to_string(),
            args: Vec::new(),
        }
    }

    pub fn text(mut self, name: &str, value: impl Into<String>) -> Prose {
        self.args.push((name.to_string(), Arg::Text(value.into())));
        self
    }

    pub fn number(mut self, name: &str, value: impl TryInto<i64>) -> Prose {
        let value = value.try_into().unwrap_or(i64::MAX);
        self.args.push((name.to_string(), Arg::Number(value)));
        self
    }

    pub fn prose(mut self, name: &str, value: Prose) -> Prose {
        self.args
            .push((name.to_string(), Arg::Prose(Box::new(value))));
        self
    }

    /// `$suggestion`: the closest allowed word, or "none" (the catalogs' variant for no hint).
    pub fn suggestion(self, closest: Option<&str>) -> Prose {
        self.text("suggestion", closest.unwrap_or("none"))
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// The text of argument `name`, if it is one.
    pub fn text_arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, arg)| match arg {
            Arg::Text(text) if n == name => Some(text.as_str()),
            _ => None,
        })
    }

    pub fn args(&self) -> &[(String, Arg)] {
        &self.args
    }

    /// In the language `words` speaks.
    pub fn said(&self, words: &Words) -> String {
        words.prose(self, false)
    }

    /// In English, whatever the language: for the log and the tests.
    pub fn english(&self) -> String {
        super::current().prose(self, true)
    }

    /// As a serde custom error's message, to travel through the TOML reader.
    pub fn carried(&self) -> String {
        let json = serde_json::to_string(self).unwrap_or_default();
        format!("{CARRIED}{json}")
    }

    /// The prose a serde error message carries, if it carries one.
    pub fn from_carried(message: &str) -> Option<Prose> {
        let json = message.trim().strip_prefix(CARRIED)?;
        serde_json::from_str(json).ok()
    }
}

impl std::fmt::Display for Prose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_travels_through_a_serde_message_and_comes_back_whole() {
        let prose = Prose::new("config-value-reason")
            .text("value", "5 \u{1}\"x`")
            .prose(
                "reason",
                Prose::new("config-duration-unknown-unit").text("unit", "x"),
            )
            .number("count", 3);
        assert_eq!(Prose::from_carried(&prose.carried()), Some(prose.clone()));
        // Shown, it is the English the log writes.
        assert_eq!(prose.to_string(), prose.english());
        assert!(prose.to_string().starts_with("`5 \u{1}\"x``: unknown unit"));
        assert_eq!(Prose::from_carried("a plain serde message"), None);
    }

    #[test]
    fn nested_prose_is_said_in_the_same_language() {
        let prose = Prose::new("config-value-reason").text("value", "5x").prose(
            "reason",
            Prose::new("config-duration-unknown-unit").text("unit", "x"),
        );
        assert_eq!(
            prose.said(&Words::english()),
            "`5x`: unknown unit `x`; use s, m or h (e.g. \"45m\", \"1h 30m\", \"90s\")"
        );
        let german = Words::new(crate::core::words::language::find("de").expect("de"))
            .expect("the German catalog");
        let said = prose.said(&german);
        assert!(said.starts_with("`5x`: "), "{said}");
        assert!(said.contains("`x`"), "{said}");
        assert_ne!(said, prose.said(&Words::english()));
    }
}
