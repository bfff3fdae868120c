//! The language the system asks for, read where each platform keeps it; the core's
//! `words::language` chooses among the catalogs.

use crate::core::config::LanguageChoice;
use crate::core::words::{self, Language};

/// The language to speak: the config's, else the system's, else English.
pub fn choose(choice: LanguageChoice) -> &'static Language {
    match choice {
        LanguageChoice::Fixed(language) => language,
        LanguageChoice::Auto => {
            let requested = system_languages();
            words::negotiate(requested.iter().map(String::as_str))
        }
    }
}

/// Chooses and installs the words the process speaks from now on.
pub fn install(choice: LanguageChoice) -> &'static Language {
    let language = choose(choice);
    // Parsed on first use; a catalog that does not parse (only a broken build: they are
    // compiled in and tested) speaks English.
    words::install(language);
    language
}

/// The system's languages, most wanted first.
#[cfg(all(unix, not(target_os = "macos")))]
pub fn system_languages() -> Vec<String> {
    let var = |name| std::env::var(name).ok();
    words::language::posix_request(
        var("LANGUAGE").as_deref(),
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    )
}

/// macOS: the locale variables when a terminal sets them, then the preferred languages of
/// System Settings (`AppleLanguages`).
#[cfg(target_os = "macos")]
pub fn system_languages() -> Vec<String> {
    let var = |name| std::env::var(name).ok();
    let mut list = Vec::new();
    if [var("LC_ALL"), var("LC_MESSAGES"), var("LANG")]
        .iter()
        .flatten()
        .any(|v| !v.is_empty())
    {
        list = words::language::posix_request(
            var("LANGUAGE").as_deref(),
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        );
    }
    if let Ok(out) = std::process::Command::new("defaults")
        .args(["read", "-g", "AppleLanguages"])
        .output()
    {
        // A plist array: ( "de-AT", en ).
        let text = String::from_utf8_lossy(&out.stdout);
        list.extend(
            text.split([',', '(', ')', '\n'])
                .map(|entry| entry.trim().trim_matches('"').to_string())
                .filter(|entry| !entry.is_empty()),
        );
    }
    list
}

/// Windows: the display language the user chose (not the regional format), then its
/// fallbacks, as `GetUserPreferredUILanguages` lists them.
#[cfg(windows)]
pub fn system_languages() -> Vec<String> {
    use windows_sys::Win32::Globalization::{GetUserPreferredUILanguages, MUI_LANGUAGE_NAME};
    let mut count = 0u32;
    let mut len = 0u32;
    // SAFETY: the first call only measures; the second writes at most `len` u16s into `buf`.
    unsafe {
        if GetUserPreferredUILanguages(
            MUI_LANGUAGE_NAME,
            &mut count,
            std::ptr::null_mut(),
            &mut len,
        ) == 0
        {
            return Vec::new();
        }
        let mut buf = vec![0u16; len as usize];
        if GetUserPreferredUILanguages(MUI_LANGUAGE_NAME, &mut count, buf.as_mut_ptr(), &mut len)
            == 0
        {
            return Vec::new();
        }
        // A list of NUL-terminated names, ended by an empty one.
        buf.split(|&c| c == 0)
            .filter(|name| !name.is_empty())
            .map(String::from_utf16_lossy)
            .collect()
    }
}

/// The system font for a language whose script the bundled font lacks (Arabic, Japanese,
/// Chinese): the one file fontconfig chooses for it. None for the others, and when there is none.
#[cfg(all(unix, not(target_os = "macos")))]
pub fn system_font(language: &Language) -> Option<std::path::PathBuf> {
    let fc_language = language.system_font?;
    let out = std::process::Command::new("fc-match")
        .args([
            "--format=%{file}",
            &format!("sans-serif:lang={fc_language}"),
        ])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let path = std::path::PathBuf::from(String::from_utf8(out.stdout).ok()?);
    path.is_file().then_some(path)
}

/// Windows: the UI font Windows itself uses for the script.
#[cfg(windows)]
pub fn system_font(language: &Language) -> Option<std::path::PathBuf> {
    let file = match language.system_font? {
        "ja" => "YuGothR.ttc",
        "zh-cn" => "msyh.ttc",
        _ => "segoeui.ttf",
    };
    let windir = std::env::var_os("WINDIR")?;
    let path = std::path::Path::new(&windir).join("Fonts").join(file);
    path.is_file().then_some(path)
}

/// macOS: the system's fonts for the script.
#[cfg(target_os = "macos")]
pub fn system_font(language: &Language) -> Option<std::path::PathBuf> {
    let file = match language.system_font? {
        "ja" => "/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc",
        "zh-cn" => "/System/Library/Fonts/PingFang.ttc",
        _ => "/System/Library/Fonts/GeezaPro.ttc",
    };
    let path = std::path::PathBuf::from(file);
    path.is_file().then_some(path)
}
