//! Which catalog speaks to the person: the languages the app has, and the choice among them from
//! what the system or the config asks for. Pure: the caller reads the environment.

/// One language the app speaks, with its catalog.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    /// The BCP 47 tag of the catalog, as `[general] language` takes it.
    pub tag: &'static str,
    /// Written right to left: windows mirror their layout.
    pub rtl: bool,
    /// Its script is not in the bundled font: the windows load one system font that covers
    /// this fontconfig language (`fc-match :lang=…`), and only while they draw.
    pub system_font: Option<&'static str>,
    /// The Fluent source.
    pub(super) source: &'static str,
}

macro_rules! catalog {
    ($tag:literal) => {
        include_str!(concat!("../../../assets/i18n/", $tag, ".ftl"))
    };
}

/// English first: it is the source and the fallback for every message.
pub static LANGUAGES: &[Language] = &[Language {
    tag: "en",
    rtl: false,
    system_font: None,
    source: catalog!("en"),
}];

/// The pseudo-language for layout tests: English, accented and about 40% longer.
pub static PSEUDO: Language = Language {
    tag: "en-XA",
    rtl: false,
    system_font: None,
    source: catalog!("en"),
};

pub fn english() -> &'static Language {
    &LANGUAGES[0]
}

/// The language for one requested tag (`de-AT`, `pt_BR.UTF-8`, `zh-Hant`), if the app has it.
/// Regional catalogs match only their region: `pt-PT` finds nothing in `pt-BR`, nor `zh-TW` in
/// `zh-CN`; a bare `pt` or `zh` gets the one there is, as CLDR's likely subtags would.
pub fn find(requested: &str) -> Option<&'static Language> {
    let tag = normalize(requested)?;
    if tag.eq_ignore_ascii_case(PSEUDO.tag) {
        return Some(&PSEUDO);
    }
    let id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
    let language = id.language.as_str();
    let region = id.region.as_ref().map(|r| r.as_str());
    let script = id.script.as_ref().map(|s| s.as_str());
    LANGUAGES.iter().find(|candidate| {
        let (want_language, want_region) = match candidate.tag.split_once('-') {
            Some((l, r)) => (l, Some(r)),
            None => (candidate.tag, None),
        };
        if want_language != language {
            return false;
        }
        match (want_language, want_region) {
            // Simplified Chinese: the Hans script, or the regions that write it.
            ("zh", _) => match script {
                Some(script) => script == "Hans",
                None => matches!(region, None | Some("CN" | "SG" | "MY")),
            },
            (_, Some(want)) => region.is_none_or(|r| r == want),
            (_, None) => true,
        }
    })
}

/// The first of `requested` the app speaks, else English. English asked for before another
/// language wins, so `LANGUAGE=en:de` stays English.
pub fn negotiate<'a>(requested: impl IntoIterator<Item = &'a str>) -> &'static Language {
    requested.into_iter().find_map(find).unwrap_or_else(english)
}

/// What a POSIX system asks for, in gettext's order: `LANGUAGE` (a colon-separated list) is
/// honoured only when the locale (`LC_ALL`, else `LC_MESSAGES`, else `LANG`) is not `C` or
/// `POSIX`; the locale comes last.
pub fn posix_request(
    language: Option<&str>,
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
) -> Vec<String> {
    let locale = [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|value| !value.is_empty())
        .unwrap_or("C");
    if is_c_locale(locale) {
        return vec!["en".to_string()];
    }
    let mut list: Vec<String> = language
        .unwrap_or_default()
        .split(':')
        .filter(|entry| !entry.is_empty())
        .map(str::to_string)
        .collect();
    list.push(locale.to_string());
    list
}

/// `C`, `POSIX` and `C.UTF-8` name no language: English.
fn is_c_locale(locale: &str) -> bool {
    let base = locale.split(['.', '@']).next().unwrap_or_default();
    base == "C" || base == "POSIX"
}

/// `de_AT.UTF-8@euro` → `de-AT`; `C` and empty → None.
fn normalize(requested: &str) -> Option<String> {
    let trimmed = requested.trim();
    if trimmed.is_empty() || is_c_locale(trimmed) {
        return None;
    }
    let base = trimmed.split(['.', '@']).next().unwrap_or_default();
    Some(base.replace('_', "-"))
}

/// The tags `[general] language` accepts, for its error message.
pub fn tags() -> Vec<&'static str> {
    LANGUAGES.iter().map(|l| l.tag).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_first_and_the_fallback() {
        assert_eq!(english().tag, "en");
        assert_eq!(negotiate(["xx", "tlh"]).tag, "en");
        assert_eq!(negotiate([]).tag, "en");
    }

    #[test]
    fn the_c_locale_is_english_even_with_language_set() {
        assert_eq!(
            posix_request(Some("de"), None, None, Some("C.UTF-8")),
            ["en"]
        );
        assert_eq!(posix_request(Some("de"), None, None, None), ["en"]);
        assert_eq!(
            posix_request(Some("de"), Some("POSIX"), None, Some("fr_FR.UTF-8")),
            ["en"]
        );
    }

    #[test]
    fn language_comes_before_the_locale_in_order() {
        assert_eq!(
            posix_request(
                Some("de:fr"),
                None,
                Some("it_IT.UTF-8"),
                Some("es_ES.UTF-8")
            ),
            ["de", "fr", "it_IT.UTF-8"]
        );
        assert_eq!(
            posix_request(Some(""), Some(""), None, Some("nl_NL.UTF-8")),
            ["nl_NL.UTF-8"]
        );
        assert_eq!(
            posix_request(None, Some("pl_PL.UTF-8"), Some("ru_RU.UTF-8"), None),
            ["pl_PL.UTF-8"]
        );
    }

    #[test]
    fn normalizing_drops_codeset_and_modifier() {
        assert_eq!(normalize("de_AT.UTF-8@euro").as_deref(), Some("de-AT"));
        assert_eq!(normalize(" ja_JP "), Some("ja-JP".to_string()));
        assert_eq!(normalize("C.UTF-8"), None);
        assert_eq!(normalize(""), None);
    }

    #[test]
    fn unknown_and_malformed_tags_find_nothing() {
        assert!(find("xx-YY").is_none());
        assert!(find("not a tag").is_none());
        assert!(find("").is_none());
    }
}
