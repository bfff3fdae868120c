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
    /// The Fluent source, deflated by the build script (`build.rs`).
    packed: Packed,
}

/// A catalog's two parts, deflated.
#[derive(Debug, PartialEq, Eq)]
struct Packed {
    resident: &'static [u8],
    config_errors: &'static [u8],
}

/// Which part of a catalog: what the app says all the time, parsed at start and kept, or the
/// config errors' messages (`config-*`), parsed only when an error is put into words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Resident,
    ConfigErrors,
}

/// A catalog larger than this when inflated is not one of ours.
const MAX_CATALOG_BYTES: usize = 1 << 20;

impl Language {
    /// One part of the catalog's Fluent source; an error only if the build packed it wrongly.
    pub fn part(&self, part: Part) -> Result<String, String> {
        let packed = match part {
            Part::Resident => self.packed.resident,
            Part::ConfigErrors => self.packed.config_errors,
        };
        let mut bytes =
            miniz_oxide::inflate::decompress_to_vec_with_limit(packed, MAX_CATALOG_BYTES)
                .map_err(|e| format!("catalog {}: cannot inflate it: {e}", self.tag))?;
        // The parsed catalog keeps this text: no spare capacity.
        bytes.shrink_to_fit();
        String::from_utf8(bytes).map_err(|e| format!("catalog {}: {e}", self.tag))
    }

    /// The whole catalog, as translators write it (both parts): for the tests.
    pub fn source(&self) -> Result<String, String> {
        Ok(self.part(Part::Resident)? + &self.part(Part::ConfigErrors)?)
    }
}

macro_rules! catalog {
    ($tag:literal) => {
        Packed {
            resident: include_bytes!(concat!(env!("OUT_DIR"), "/i18n/", $tag, ".ftl.z")),
            config_errors: include_bytes!(concat!(
                env!("OUT_DIR"),
                "/i18n/",
                $tag,
                ".errors.ftl.z"
            )),
        }
    };
}

/// English first: it is the source and the fallback for every message.
pub static LANGUAGES: &[Language] = &[
    Language {
        tag: "en",
        rtl: false,
        system_font: None,
        packed: catalog!("en"),
    },
    Language {
        tag: "de",
        rtl: false,
        system_font: None,
        packed: catalog!("de"),
    },
    Language {
        tag: "fr",
        rtl: false,
        system_font: None,
        packed: catalog!("fr"),
    },
    Language {
        tag: "es",
        rtl: false,
        system_font: None,
        packed: catalog!("es"),
    },
    Language {
        tag: "it",
        rtl: false,
        system_font: None,
        packed: catalog!("it"),
    },
    Language {
        tag: "pt-BR",
        rtl: false,
        system_font: None,
        packed: catalog!("pt-BR"),
    },
    Language {
        tag: "nl",
        rtl: false,
        system_font: None,
        packed: catalog!("nl"),
    },
    Language {
        tag: "pl",
        rtl: false,
        system_font: None,
        packed: catalog!("pl"),
    },
    Language {
        tag: "ru",
        rtl: false,
        system_font: None,
        packed: catalog!("ru"),
    },
    Language {
        tag: "tr",
        rtl: false,
        system_font: None,
        packed: catalog!("tr"),
    },
    Language {
        tag: "ja",
        rtl: false,
        system_font: Some("ja"),
        packed: catalog!("ja"),
    },
    Language {
        tag: "zh-CN",
        rtl: false,
        system_font: Some("zh-cn"),
        packed: catalog!("zh-CN"),
    },
    Language {
        tag: "ar",
        rtl: true,
        system_font: Some("ar"),
        packed: catalog!("ar"),
    },
];

/// The pseudo-language for layout tests: English, accented and about 40% longer.
pub static PSEUDO: Language = Language {
    tag: "en-XA",
    rtl: false,
    system_font: None,
    packed: catalog!("en"),
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
    /// The build script puts exactly the `config-*` messages in the part parsed on an error,
    /// and both parts parse whole.
    #[test]
    fn each_catalog_keeps_its_config_errors_apart() {
        use fluent_bundle::FluentResource;
        use fluent_syntax::ast::Entry;
        for language in LANGUAGES {
            for part in [Part::Resident, Part::ConfigErrors] {
                let text = language.part(part).expect("the part inflates");
                let resource = FluentResource::try_new(text)
                    .unwrap_or_else(|(_, e)| panic!("{} {part:?}: {e:?}", language.tag));
                let ids: Vec<&str> = resource
                    .entries()
                    .filter_map(|entry| match entry {
                        Entry::Message(message) => Some(message.id.name),
                        _ => None,
                    })
                    .collect();
                assert!(ids.len() > 50, "{} {part:?}: {}", language.tag, ids.len());
                let apart = part == Part::ConfigErrors;
                for id in ids {
                    assert_eq!(id.starts_with("config-"), apart, "{} {id}", language.tag);
                }
            }
        }
    }

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

    /// What the system or the config asks for, and the language chosen.
    #[test]
    fn negotiation_table() {
        let table: &[(&[&str], &str)] = &[
            (&["de_DE.UTF-8"], "de"),
            (&["de-AT"], "de"),
            (&["de_CH.UTF-8@euro"], "de"),
            (&["fr_CA"], "fr"),
            (&["es-MX"], "es"),
            (&["pt_BR.UTF-8"], "pt-BR"),
            (&["pt"], "pt-BR"),
            (&["pt_PT.UTF-8"], "en"),
            (&["pt-PT", "es"], "es"),
            (&["zh_CN.UTF-8"], "zh-CN"),
            (&["zh"], "zh-CN"),
            (&["zh-Hans-HK"], "zh-CN"),
            (&["zh-SG"], "zh-CN"),
            (&["zh_TW.UTF-8"], "en"),
            (&["zh-Hant"], "en"),
            (&["zh-HK", "ja"], "ja"),
            (&["ja_JP.UTF-8"], "ja"),
            (&["ar_EG.UTF-8"], "ar"),
            (&["ru_RU.UTF-8"], "ru"),
            (&["pl_PL"], "pl"),
            (&["tr_TR.UTF-8"], "tr"),
            (&["nl_BE"], "nl"),
            (&["it_CH"], "it"),
            (&["sv_SE", "de"], "de"),
            (&["en_GB", "de"], "en"),
            (&["C.UTF-8"], "en"),
            (&["xx", "yy"], "en"),
        ];
        for (requested, want) in table {
            assert_eq!(
                negotiate(requested.iter().copied()).tag,
                *want,
                "{requested:?}"
            );
        }
    }

    /// From the environment to the language, as Linux passes it.
    #[test]
    fn environment_table() {
        type Env = (
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
        );
        let table: &[(Env, &str)] = &[
            ((None, None, None, Some("de_DE.UTF-8")), "de"),
            ((Some("fr:de"), None, None, Some("de_DE.UTF-8")), "fr"),
            ((Some("sv:pt_PT:ja"), None, None, Some("de_DE.UTF-8")), "ja"),
            ((Some("ru"), None, None, Some("C.UTF-8")), "en"),
            (
                (
                    None,
                    Some("it_IT.UTF-8"),
                    Some("es_ES.UTF-8"),
                    Some("de_DE.UTF-8"),
                ),
                "it",
            ),
            ((None, None, Some("es_ES.UTF-8"), Some("de_DE.UTF-8")), "es"),
            ((None, Some("POSIX"), None, Some("de_DE.UTF-8")), "en"),
            ((None, None, None, None), "en"),
            ((Some("en_US:de"), None, None, Some("de_DE.UTF-8")), "en"),
        ];
        for ((language, lc_all, lc_messages, lang), want) in table {
            let request = posix_request(*language, *lc_all, *lc_messages, *lang);
            let chosen = negotiate(request.iter().map(String::as_str));
            assert_eq!(
                chosen.tag, *want,
                "{language:?} {lc_all:?} {lc_messages:?} {lang:?}"
            );
        }
    }

    #[test]
    fn only_arabic_is_right_to_left_and_only_arabic_japanese_chinese_need_a_system_font() {
        for language in LANGUAGES {
            assert_eq!(language.rtl, language.tag == "ar", "{}", language.tag);
            assert_eq!(
                language.system_font.is_some(),
                ["ar", "ja", "zh-CN"].contains(&language.tag),
                "{}",
                language.tag
            );
        }
        assert_eq!(tags().len(), 13);
        assert!(find("en-XA").is_some_and(|l| l.tag == "en-XA"));
        assert!(
            !tags().contains(&"en-XA"),
            "the pseudo-language is for tests"
        );
    }

    #[test]
    fn unknown_and_malformed_tags_find_nothing() {
        assert!(find("xx-YY").is_none());
        assert!(find("not a tag").is_none());
        assert!(find("").is_none());
    }
}
