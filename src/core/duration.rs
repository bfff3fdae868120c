//! Human durations: "45m", "1h 30m", "90s", "2 hours".

use std::time::Duration;

use super::words::Prose;

/// Why a duration string was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DurationError {
    Empty,
    /// The number written without a unit.
    NoUnit(String),
    Negative,
    UnknownUnit(String),
    Unparsable(String),
    TooLarge,
}

impl DurationError {
    /// The error in words, for whoever reads it.
    pub fn prose(&self) -> Prose {
        match self {
            DurationError::Empty => Prose::new("config-duration-empty"),
            DurationError::NoUnit(number) => {
                Prose::new("config-duration-no-unit").text("value", number)
            }
            DurationError::Negative => Prose::new("config-duration-negative"),
            DurationError::UnknownUnit(unit) => {
                Prose::new("config-duration-unknown-unit").text("unit", unit)
            }
            DurationError::Unparsable(text) => {
                Prose::new("config-duration-unreadable").text("value", text)
            }
            DurationError::TooLarge => Prose::new("config-duration-too-large"),
        }
    }
}

impl std::fmt::Display for DurationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.prose().english())
    }
}

impl std::error::Error for DurationError {}

/// Parses "45m", "1h 30m", "1h30m", "90s", "2 hours". Whole seconds only.
pub fn parse_duration(text: &str) -> Result<Duration, DurationError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(DurationError::Empty);
    }
    if trimmed.starts_with('-') {
        return Err(DurationError::Negative);
    }
    let mut total: u64 = 0;
    let mut rest = trimmed;
    while !rest.is_empty() {
        let digits_end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if digits_end == 0 {
            return Err(DurationError::Unparsable(trimmed.to_string()));
        }
        let number: u64 = rest[..digits_end]
            .parse()
            .map_err(|_| DurationError::TooLarge)?;
        rest = rest[digits_end..].trim_start();
        let unit_end = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let unit = &rest[..unit_end];
        if unit.is_empty() {
            return Err(if rest.is_empty() {
                DurationError::NoUnit(number.to_string())
            } else {
                DurationError::Unparsable(trimmed.to_string())
            });
        }
        let factor = match unit.to_ascii_lowercase().as_str() {
            "s" | "sec" | "secs" | "second" | "seconds" => 1,
            "m" | "min" | "mins" | "minute" | "minutes" => 60,
            "h" | "hr" | "hrs" | "hour" | "hours" => 3600,
            _ => return Err(DurationError::UnknownUnit(unit.to_string())),
        };
        total = number
            .checked_mul(factor)
            .and_then(|secs| total.checked_add(secs))
            .ok_or(DurationError::TooLarge)?;
        rest = rest[unit_end..].trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    }
    Ok(Duration::from_secs(total))
}

/// Formats as the config would write it: "45m", "1h 30m", "90s" stays "1m 30s".
pub fn format_duration(duration: Duration) -> String {
    let secs = duration.as_secs();
    let (hours, minutes, seconds) = (secs / 3600, secs % 3600 / 60, secs % 60);
    let mut parts = Vec::new();
    if hours > 0 {
        parts.push(format!("{hours}h"));
    }
    if minutes > 0 {
        parts.push(format!("{minutes}m"));
    }
    if seconds > 0 || parts.is_empty() {
        parts.push(format!("{seconds}s"));
    }
    parts.join(" ")
}

/// Words for menus and notifications: "10 minutes", "1 hour", "1 hour 30 minutes", "45 seconds".
pub fn describe_duration(duration: Duration) -> String {
    let secs = duration.as_secs();
    let (hours, minutes, seconds) = (secs / 3600, secs % 3600 / 60, secs % 60);
    let plural = |n: u64, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut parts = Vec::new();
    if hours > 0 {
        parts.push(plural(hours, "hour"));
    }
    if minutes > 0 {
        parts.push(plural(minutes, "minute"));
    }
    if seconds > 0 || parts.is_empty() {
        parts.push(plural(seconds, "second"));
    }
    parts.join(" ")
}

/// The adjective form for "a 1-minute stretch": "1-minute", "90-second", "2-minute", "5-second".
pub fn adjective_duration(duration: Duration) -> String {
    let secs = duration.as_secs();
    if secs >= 60 && secs.is_multiple_of(60) {
        format!("{}-minute", secs / 60)
    } else {
        format!("{secs}-second")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_shown_in_the_catalogs_english() {
        for error in [
            DurationError::Empty,
            DurationError::NoUnit("45".into()),
            DurationError::Negative,
            DurationError::UnknownUnit("x".into()),
            DurationError::Unparsable("soon".into()),
            DurationError::TooLarge,
        ] {
            let shown = error.to_string();
            assert!(
                !shown.is_empty() && !shown.starts_with("config-"),
                "{shown}"
            );
            assert_eq!(shown, error.prose().english());
        }
        assert_eq!(
            DurationError::NoUnit("45".into()).to_string(),
            "`45` has no unit; write \"45m\" for minutes or \"45s\" for seconds"
        );
    }

    #[test]
    fn parses_the_documented_forms() {
        let cases = [
            ("45m", 2700),
            ("1h 30m", 5400),
            ("1h30m", 5400),
            ("90s", 90),
            ("2 hours", 7200),
            (" 10 min ", 600),
            ("1h, 5m, 3s", 3903),
        ];
        for (text, secs) in cases {
            assert_eq!(
                parse_duration(text),
                Ok(Duration::from_secs(secs)),
                "{text}"
            );
        }
    }

    #[test]
    fn rejects_with_a_reason() {
        assert_eq!(
            parse_duration("45"),
            Err(DurationError::NoUnit("45".into()))
        );
        assert_eq!(parse_duration(""), Err(DurationError::Empty));
        assert_eq!(parse_duration("-5m"), Err(DurationError::Negative));
        assert_eq!(
            parse_duration("5 fortnights"),
            Err(DurationError::UnknownUnit("fortnights".into()))
        );
        assert!(matches!(
            parse_duration("abc"),
            Err(DurationError::Unparsable(_))
        ));
        assert!(matches!(
            parse_duration("5m 3"),
            Err(DurationError::NoUnit(_))
        ));
        assert_eq!(
            parse_duration("99999999999999999999s"),
            Err(DurationError::TooLarge)
        );
        assert_eq!(
            parse_duration("9999999999999999h"),
            Err(DurationError::TooLarge)
        );
    }

    #[test]
    fn formats_round_trip() {
        for secs in [1, 59, 60, 90, 2700, 3600, 5400, 86400] {
            let d = Duration::from_secs(secs);
            assert_eq!(parse_duration(&format_duration(d)), Ok(d));
        }
        assert_eq!(describe_duration(Duration::from_secs(600)), "10 minutes");
        assert_eq!(describe_duration(Duration::from_secs(3600)), "1 hour");
        assert_eq!(adjective_duration(Duration::from_secs(60)), "1-minute");
        assert_eq!(adjective_duration(Duration::from_secs(5)), "5-second");
    }
}
