//! macOS: a per-user LaunchAgent, `~/Library/LaunchAgents/io.github.posture-break.plist`.
//!
//! launchd loads it at the next login. We deliberately don't `launchctl bootstrap` it now: with
//! RunAtLoad that would immediately start a second copy next to the running one.

use std::path::{Path, PathBuf};

use super::{
    absolute_exe, home_dir, read_entry, remove_entry, same_executable, write_atomic,
    AutostartError, AutostartState,
};

pub const LABEL: &str = "io.github.posture-break";

/// `<home>/Library/LaunchAgents/io.github.posture-break.plist`
pub fn entry_path(home: &Path) -> PathBuf {
    home.join("Library")
        .join("LaunchAgents")
        .join(format!("{LABEL}.plist"))
}

pub fn entry_location() -> Result<PathBuf, AutostartError> {
    Ok(entry_path(&home_dir()?))
}

pub fn enable_at(entry: &Path, exe: &Path) -> Result<(), AutostartError> {
    let content = plist(&absolute_exe(exe)?)?;
    write_atomic(entry, content.as_bytes())
}

pub fn disable_at(entry: &Path) -> Result<bool, AutostartError> {
    remove_entry(entry)
}

pub fn status_at(entry: &Path, exe: &Path) -> Result<AutostartState, AutostartError> {
    let Some(text) = read_entry(entry)? else {
        return Ok(AutostartState::Disabled);
    };
    // A binary plist (e.g. after `plutil -convert binary1`) parses as "no program": Stale.
    if flag_is_true(&text, "Disabled") {
        return Ok(AutostartState::Disabled);
    }
    let Some(program) = program(&text) else {
        return Ok(AutostartState::Stale {
            points_at: String::new(),
        });
    };
    if same_executable(Path::new(&program), &absolute_exe(exe)?) {
        Ok(AutostartState::Enabled)
    } else {
        Ok(AutostartState::Stale { points_at: program })
    }
}

/// The LaunchAgent property list for `exe`.
pub fn plist(exe: &Path) -> Result<String, AutostartError> {
    let exe = exe
        .to_str()
        .ok_or_else(|| AutostartError::NonUtf8Path(exe.to_path_buf()))?;
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \
         \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n\
         <plist version=\"1.0\">\n\
         <dict>\n\
         \t<key>Label</key>\n\
         \t<string>{LABEL}</string>\n\
         \t<key>ProgramArguments</key>\n\
         \t<array>\n\
         \t\t<string>{}</string>\n\
         \t</array>\n\
         \t<key>RunAtLoad</key>\n\
         \t<true/>\n\
         </dict>\n\
         </plist>\n",
        xml_escape(exe)
    ))
}

use super::xml_escape;

fn xml_unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest.find(';') else { break };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .map(|hex| u32::from_str_radix(hex, 16))
                .or_else(|| entity.strip_prefix('#').map(str::parse::<u32>))
                .and_then(Result::ok)
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text right after `<key>{key}</key>`, leading whitespace skipped.
fn after_key<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let marker = format!("<key>{key}</key>");
    let start = text.find(&marker)? + marker.len();
    Some(text[start..].trim_start())
}

fn flag_is_true(text: &str, key: &str) -> bool {
    after_key(text, key).is_some_and(|v| v.starts_with("<true/>"))
}

fn leading_string(text: &str) -> Option<String> {
    let inner = text.strip_prefix("<string>")?;
    let end = inner.find("</string>")?;
    Some(xml_unescape(&inner[..end]))
}

/// The program launchd would run: `Program` if present, else `ProgramArguments[0]`.
fn program(text: &str) -> Option<String> {
    if let Some(program) = after_key(text, "Program").and_then(leading_string) {
        return Some(program);
    }
    let array = after_key(text, "ProgramArguments")?.strip_prefix("<array>")?;
    leading_string(array.trim_start())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn plist_content_and_round_trip() {
        let text = plist(Path::new(
            "/Applications/Posture Break.app/Contents/MacOS/pb",
        ))
        .unwrap();
        assert!(text.contains("<key>Label</key>\n\t<string>io.github.posture-break</string>"));
        assert!(text.contains(
            "<key>ProgramArguments</key>\n\t<array>\n\t\t<string>/Applications/Posture Break.app/Contents/MacOS/pb</string>\n\t</array>"
        ));
        assert!(text.contains("<key>RunAtLoad</key>\n\t<true/>"));

        let awkward = "/Users/a&b/<x>/\"q\"/'s'/pb";
        let text = plist(Path::new(awkward)).unwrap();
        assert!(text.contains("/Users/a&amp;b/&lt;x&gt;/&quot;q&quot;/&apos;s&apos;/pb"));
        assert_eq!(program(&text).as_deref(), Some(awkward));
        assert!(!flag_is_true(&text, "Disabled"));
    }

    #[test]
    fn entry_files_in_a_tempdir() {
        let tmp = tempfile::tempdir().unwrap();
        let entry = entry_path(tmp.path());
        assert!(entry.ends_with("Library/LaunchAgents/io.github.posture-break.plist"));
        let exe = tmp.path().join("pb");
        fs::write(&exe, "").unwrap();
        assert_eq!(status_at(&entry, &exe).unwrap(), AutostartState::Disabled);
        enable_at(&entry, &exe).unwrap();
        assert_eq!(status_at(&entry, &exe).unwrap(), AutostartState::Enabled);
        assert_eq!(
            status_at(&entry, Path::new("/elsewhere/pb")).unwrap(),
            AutostartState::Stale {
                points_at: exe.to_str().unwrap().to_owned()
            }
        );
        let text = fs::read_to_string(&entry).unwrap();
        let disabled = text.replace("</dict>", "\t<key>Disabled</key>\n\t<true/>\n</dict>");
        fs::write(&entry, disabled).unwrap();
        assert_eq!(status_at(&entry, &exe).unwrap(), AutostartState::Disabled);
        assert!(disable_at(&entry).unwrap());
        assert!(!disable_at(&entry).unwrap());
    }

    #[test]
    fn unescape_entities() {
        assert_eq!(xml_unescape("a&#38;b&#x3C;c&lt;&bogus;&"), "a&b<c<&bogus;&");
        assert_eq!(
            program("<key>Program</key> <string>/p</string><key>ProgramArguments</key>"),
            Some("/p".into())
        );
    }
}
