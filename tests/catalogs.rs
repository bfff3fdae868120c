//! The catalogs (`assets/i18n/*.ftl`): every language has exactly English's messages, attributes
//! and variables, every message formats without an error, and plurals come out right where
//! languages have more than two forms.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use posture_break::core::words::{FluentValue, Language, Words, LANGUAGES};

/// A message's shape: whether it has a value, its attributes, and the variables each part
/// uses (through the messages it references, too).
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    value: Option<BTreeSet<String>>,
    attributes: BTreeMap<String, BTreeSet<String>>,
}

/// What a pattern uses: variables and referenced messages.
#[derive(Default)]
struct Uses {
    variables: BTreeSet<String>,
    messages: BTreeSet<String>,
}

fn walk_pattern(pattern: &Pattern<&str>, uses: &mut Uses) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, uses);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, uses: &mut Uses) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, uses),
        Expression::Select { selector, variants } => {
            walk_inline(selector, uses);
            for variant in variants {
                walk_pattern(&variant.value, uses);
            }
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, uses: &mut Uses) {
    match inline {
        InlineExpression::VariableReference { id } => {
            uses.variables.insert(id.name.to_string());
        }
        InlineExpression::MessageReference { id, .. } => {
            uses.messages.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, uses),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                walk_inline(argument, uses);
            }
        }
        _ => {}
    }
}

/// Every message of a catalog with its shape; a syntax error fails the test.
fn shapes(language: &Language) -> BTreeMap<String, Shape> {
    let source = language
        .source()
        .unwrap_or_else(|e| panic!("{}.ftl: {e}", language.tag));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", language.tag));
    let mut direct: BTreeMap<String, (Option<Uses>, BTreeMap<String, Uses>)> = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let value = message.value.as_ref().map(|pattern| {
                    let mut uses = Uses::default();
                    walk_pattern(pattern, &mut uses);
                    uses
                });
                let attributes = message
                    .attributes
                    .iter()
                    .map(|attribute| {
                        let mut uses = Uses::default();
                        walk_pattern(&attribute.value, &mut uses);
                        (attribute.id.name.to_string(), uses)
                    })
                    .collect();
                let id = message.id.name.to_string();
                assert!(
                    direct.insert(id.clone(), (value, attributes)).is_none(),
                    "{}.ftl defines {id} twice",
                    language.tag
                );
            }
            Entry::Junk { content } => panic!("{}.ftl has junk: {content}", language.tag),
            _ => {}
        }
    }
    // Variables through references: a translation may inline what English references.
    let resolve = |uses: &Uses| {
        let mut variables = uses.variables.clone();
        let mut pending: Vec<String> = uses.messages.iter().cloned().collect();
        let mut seen = BTreeSet::new();
        while let Some(id) = pending.pop() {
            if !seen.insert(id.clone()) {
                continue;
            }
            let (value, _) = direct
                .get(&id)
                .unwrap_or_else(|| panic!("{}.ftl refers to no message {id}", language.tag));
            if let Some(value) = value {
                variables.extend(value.variables.iter().cloned());
                pending.extend(value.messages.iter().cloned());
            }
        }
        variables
    };
    direct
        .iter()
        .map(|(id, (value, attributes))| {
            let shape = Shape {
                value: value.as_ref().map(&resolve),
                attributes: attributes
                    .iter()
                    .map(|(name, uses)| (name.clone(), resolve(uses)))
                    .collect(),
            };
            (id.clone(), shape)
        })
        .collect()
}

fn english() -> &'static Language {
    &LANGUAGES[0]
}

#[test]
fn there_are_the_thirteen_languages_english_first() {
    let tags: Vec<&str> = LANGUAGES.iter().map(|l| l.tag).collect();
    assert_eq!(
        tags,
        ["en", "de", "fr", "es", "it", "pt-BR", "nl", "pl", "ru", "tr", "ja", "zh-CN", "ar"]
    );
    let rtl: Vec<&str> = LANGUAGES.iter().filter(|l| l.rtl).map(|l| l.tag).collect();
    assert_eq!(rtl, ["ar"]);
}

#[test]
fn every_catalog_has_exactly_the_english_messages_attributes_and_variables() {
    let want = shapes(english());
    assert!(want.len() > 100, "English has {} messages", want.len());
    let mut problems = Vec::new();
    for language in &LANGUAGES[1..] {
        let got = shapes(language);
        for (id, shape) in &want {
            match got.get(id) {
                None => problems.push(format!("{}: no {id}", language.tag)),
                Some(theirs) if theirs != shape => problems.push(format!(
                    "{}: {id} is {theirs:?}, English {shape:?}",
                    language.tag
                )),
                Some(_) => {}
            }
        }
        for id in got.keys().filter(|id| !want.contains_key(*id)) {
            problems.push(format!("{}: {id} is not in English", language.tag));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Sample arguments for every variable a message uses: numbers, then words.
fn samples(variables: &BTreeSet<String>, number: bool) -> Vec<(&str, FluentValue<'static>)> {
    variables
        .iter()
        .map(|name| {
            let value = match number {
                true => FluentValue::from(5),
                false => FluentValue::from("x"),
            };
            (name.as_str(), value)
        })
        .collect()
}

#[test]
fn every_message_formats_without_errors() {
    let mut problems = Vec::new();
    for language in LANGUAGES {
        let words = Words::new(language).unwrap_or_else(|e| panic!("{e}"));
        for (id, shape) in shapes(language) {
            let parts = shape.value.iter().map(|variables| (None, variables)).chain(
                shape
                    .attributes
                    .iter()
                    .map(|(name, variables)| (Some(name.as_str()), variables)),
            );
            for (attr, variables) in parts {
                for number in [true, false] {
                    let args = samples(variables, number);
                    match words.format_checked(&id, attr, &args) {
                        Ok(text) if text.trim().is_empty() && id != "list-separator" => {
                            problems.push(format!("{}: {id} {attr:?} is empty", language.tag))
                        }
                        Ok(_) => {}
                        Err(err) => problems.push(err),
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The streak in `language` for each of 0, 1, 2, 5, 11, 21 and 101 days.
fn streaks(tag: &str) -> Vec<String> {
    let language = LANGUAGES
        .iter()
        .find(|l| l.tag == tag)
        .unwrap_or_else(|| panic!("no {tag}"));
    let words = Words::new(language).unwrap_or_else(|e| panic!("{e}"));
    [0, 1, 2, 5, 11, 21, 101]
        .into_iter()
        .map(|days| {
            words
                .format_checked(
                    "week-streak-days",
                    None,
                    &[("days", FluentValue::from(days))],
                )
                .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
}

#[test]
fn plural_forms_come_out_right_in_russian_polish_and_arabic() {
    // CLDR: ru one (1, 21, 101), few (2), many (0, 5, 11).
    assert_eq!(
        streaks("ru"),
        [
            "0 дней",
            "1 день",
            "2 дня",
            "5 дней",
            "11 дней",
            "21 день",
            "101 день"
        ]
    );
    // CLDR: pl one (1 only), few (2), many (0, 5, 11, 21, 101).
    assert_eq!(
        streaks("pl"),
        ["0 dni", "1 dzień", "2 dni", "5 dni", "11 dni", "21 dni", "101 dni"]
    );
    // CLDR: ar zero (0), one (1), two (2), few (3-10: 5), many (11-99: 11, 21), other (101).
    // Arabic wraps placeables in isolation marks (U+2068 ... U+2069).
    let n = |days: &str| format!("\u{2068}{days}\u{2069}");
    assert_eq!(
        streaks("ar"),
        [
            format!("{} يوم", n("0")),
            "يوم واحد".to_string(),
            "يومان".to_string(),
            format!("{} أيام", n("5")),
            format!("{} يومًا", n("11")),
            format!("{} يومًا", n("21")),
            format!("{} يوم", n("101")),
        ]
    );
}

#[test]
fn english_plurals_and_durations() {
    let words = Words::english();
    assert_eq!(
        streaks("en"),
        ["0 days", "1 day", "2 days", "5 days", "11 days", "21 days", "101 days"]
    );
    assert_eq!(
        words.duration(std::time::Duration::from_secs(5400)),
        "1 hour 30 minutes"
    );
    assert_eq!(
        words.duration(std::time::Duration::from_secs(1)),
        "1 second"
    );
    assert_eq!(
        words.duration_short(std::time::Duration::from_secs(600)),
        "10 min"
    );
    assert_eq!(
        words.duration_adjective(std::time::Duration::from_secs(90)),
        "90-second"
    );
    assert_eq!(words.hours_minutes(3600 + 20 * 60), "1 h 20 min");
}
