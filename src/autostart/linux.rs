//! XDG autostart: `$XDG_CONFIG_HOME/autostart/posture-break.desktop`.

use std::path::{Path, PathBuf};

use crate::core::words::{Words, LANGUAGES};

use super::{
    absolute_exe, home_dir, read_entry, remove_entry, same_executable, write_atomic,
    AutostartError, AutostartState,
};

pub const FILE_NAME: &str = "posture-break.desktop";

/// `$XDG_CONFIG_HOME` if set and absolute (the XDG spec says to ignore relative values), else
/// `$HOME/.config`.
pub fn config_home() -> Result<PathBuf, AutostartError> {
    match std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from) {
        Some(dir) if dir.is_absolute() => Ok(dir),
        _ => Ok(home_dir()?.join(".config")),
    }
}

/// `<config_home>/autostart/posture-break.desktop`
pub fn entry_path(config_home: &Path) -> PathBuf {
    config_home.join("autostart").join(FILE_NAME)
}

pub fn entry_location() -> Result<PathBuf, AutostartError> {
    Ok(entry_path(&config_home()?))
}

/// Writes the entry at `entry` (atomically, creating the directory).
pub fn enable_at(entry: &Path, exe: &Path) -> Result<(), AutostartError> {
    let content = desktop_entry(&absolute_exe(exe)?)?;
    write_atomic(entry, content.as_bytes())
}

/// Removes `entry`; `Ok(false)` if it did not exist.
pub fn disable_at(entry: &Path) -> Result<bool, AutostartError> {
    remove_entry(entry)
}

pub fn status_at(entry: &Path, exe: &Path) -> Result<AutostartState, AutostartError> {
    let Some(text) = read_entry(entry)? else {
        return Ok(AutostartState::Disabled);
    };
    let parsed = parse_entry(&text);
    // Hidden=true is how desktops "delete" an entry; GNOME's switch is the second key.
    if parsed.hidden || parsed.gnome_enabled == Some(false) {
        return Ok(AutostartState::Disabled);
    }
    let Some(program) = parsed
        .exec
        .as_deref()
        .and_then(|exec| exec_args(exec).into_iter().next())
    else {
        return Ok(AutostartState::Stale {
            points_at: String::new(),
        });
    };
    let target = resolve_program(&program);
    if same_executable(&target, &absolute_exe(exe)?) {
        Ok(AutostartState::Enabled)
    } else {
        Ok(AutostartState::Stale { points_at: program })
    }
}

/// The Desktop Entry Specification version the entry conforms to. It uses only keys that 1.0
/// already has; validators reject versions newer than they know (desktop-file-utils 0.26, in
/// Debian 12, says `"1.5" is not a known version`), and every one of them knows 1.0.
const SPEC_VERSION: &str = "1.0";

/// The launcher's right-click actions (Desktop Actions), the same in the packaged entry and the
/// autostart entry: id, the catalog message that names it, the command's arguments. `--start`
/// starts the app first when it is not running, so an action works from a launcher either way.
pub const DESKTOP_ACTIONS: [(&str, &str, &str); 5] = [
    ("stretch", "menu-stretch-now", "--start stretch"),
    ("snooze", "menu-snooze", "--start snooze"),
    ("pause", "launcher-pause-hour", "--start pause 1h"),
    ("week", "menu-your-week", "--start week"),
    ("open", "launcher-open", "open"),
];

/// The messages an entry shows, in every language the app speaks: message id → (the English,
/// then `[ll_CC]`-suffixed lines). Launchers pick the line for the session's locale.
fn entry_words(ids: &[&str]) -> Vec<(String, Vec<String>)> {
    let english = Words::english();
    let mut words: Vec<(String, Vec<String>)> =
        ids.iter().map(|id| (english.get(id), Vec::new())).collect();
    // One catalog parsed at a time: the entry is written on a click, not kept.
    for language in &LANGUAGES[1..] {
        let Ok(catalog) = Words::new(language) else {
            continue;
        };
        let locale = language.tag.replace('-', "_");
        for (id, (_, lines)) in ids.iter().zip(words.iter_mut()) {
            lines.push(format!("[{locale}]={}", catalog.get(id)));
        }
    }
    words
}

/// `Key=English` and `Key[ll_CC]=…` for each language.
fn localized_key(key: &str, (english, lines): &(String, Vec<String>)) -> String {
    let mut text = format!("{key}={english}\n");
    for line in lines {
        text.push_str(key);
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// The X11 class (WM_CLASS) and Wayland app id of the app's windows: the packaged desktop
/// entry's id, so docks show the windows under the app's launcher and icon.
pub const APP_ID: &str = "io.github.posture_break";

/// The full `.desktop` file for `exe`.
pub fn desktop_entry(exe: &Path) -> Result<String, AutostartError> {
    let exe = exe
        .to_str()
        .ok_or_else(|| AutostartError::NonUtf8Path(exe.to_path_buf()))?;
    let exec = exec_value(exe);
    let ids: String = DESKTOP_ACTIONS
        .iter()
        .map(|(id, _, _)| format!("{id};"))
        .collect();
    let mut ids_to_say = vec!["launcher-comment"];
    ids_to_say.extend(DESKTOP_ACTIONS.iter().map(|(_, message, _)| *message));
    let words = entry_words(&ids_to_say);
    let comment = localized_key("Comment", &words[0]);
    let mut entry = format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Version={SPEC_VERSION}\n\
         Name=posture-break\n\
         {comment}\
         Exec={exec}\n\
         Icon=posture-break\n\
         Terminal=false\n\
         StartupWMClass={APP_ID}\n\
         NoDisplay=false\n\
         Categories=Utility;\n\
         X-GNOME-Autostart-enabled=true\n\
         Actions={ids}\n"
    );
    for ((id, _, args), name) in DESKTOP_ACTIONS.iter().zip(&words[1..]) {
        let name = localized_key("Name", name);
        entry.push_str(&format!(
            "\n[Desktop Action {id}]\n{name}Exec={exec} {args}\n"
        ));
    }
    Ok(entry)
}

/// Characters that force quoting of an Exec argument (Desktop Entry spec, "The Exec key").
const RESERVED: &[char] = &[
    ' ', '\t', '\n', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(', ')',
    '`',
];

/// Encodes one program path as an Exec value: argument quoting, then `%` → `%%`, then the
/// string-value escapes (which is why a literal backslash ends up as four in the file).
pub fn exec_value(program: &str) -> String {
    let quoted = if program.is_empty() || program.contains(RESERVED) {
        let mut q = String::with_capacity(program.len() + 2);
        q.push('"');
        for c in program.chars() {
            if matches!(c, '"' | '`' | '$' | '\\') {
                q.push('\\');
            }
            q.push(c);
        }
        q.push('"');
        q
    } else {
        program.to_owned()
    };
    let mut out = String::with_capacity(quoted.len() + 8);
    for c in quoted.replace('%', "%%").chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// Undoes the string-value escapes (`\s \n \t \r \\`); unknown escapes are kept verbatim.
fn unescape_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('s') => out.push(' '),
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Splits a raw Exec value (as stored in the file) into arguments. `%%` becomes `%`; field codes
/// such as `%U` are dropped, and an argument consisting only of them disappears.
pub fn exec_args(raw: &str) -> Vec<String> {
    let value = unescape_string(raw);
    let mut args = Vec::new();
    let mut current = String::new();
    let mut has_arg = false;
    let mut in_quotes = false;
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' if !in_quotes => {
                if has_arg {
                    args.push(std::mem::take(&mut current));
                    has_arg = false;
                }
            }
            '"' => {
                in_quotes = !in_quotes;
                has_arg = true;
            }
            '\\' if in_quotes => match chars.peek() {
                Some(&next @ ('"' | '`' | '$' | '\\')) => {
                    chars.next();
                    current.push(next);
                }
                _ => current.push('\\'),
            },
            '%' => {
                // Anything but "%%" is a field code: it expands to nothing for our purpose.
                if chars.next() == Some('%') {
                    current.push('%');
                    has_arg = true;
                }
            }
            c => {
                current.push(c);
                has_arg = true;
            }
        }
    }
    if has_arg {
        args.push(current);
    }
    args
}

/// An Exec program without a slash is looked up in PATH, like the desktop would.
fn resolve_program(program: &str) -> PathBuf {
    if program.contains('/') {
        return PathBuf::from(program);
    }
    std::env::var_os("PATH")
        .and_then(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join(program))
                .find(|p| p.is_file())
        })
        .unwrap_or_else(|| PathBuf::from(program))
}

#[derive(Debug, Default, PartialEq)]
struct ParsedEntry {
    exec: Option<String>,
    hidden: bool,
    gnome_enabled: Option<bool>,
}

/// Reads the keys we care about from the `[Desktop Entry]` group (first occurrence wins).
fn parse_entry(text: &str) -> ParsedEntry {
    let mut parsed = ParsedEntry::default();
    let mut in_main_group = false;
    for line in text.lines() {
        let line = line.trim_start();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            in_main_group = line.trim_end() == "[Desktop Entry]";
            continue;
        }
        if !in_main_group {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        // The spec allows spaces around '='.
        let (key, value) = (key.trim_end(), value.trim());
        match key {
            "Exec" if parsed.exec.is_none() => parsed.exec = Some(value.to_owned()),
            "Hidden" => parsed.hidden = value == "true",
            "X-GNOME-Autostart-enabled" => parsed.gnome_enabled = Some(value != "false"),
            _ => {}
        }
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    fn fake_exe(dir: &Path, name: &str) -> PathBuf {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&path, "#!/bin/sh\n").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    #[test]
    fn entry_path_layout() {
        assert_eq!(
            entry_path(Path::new("/home/u/.config")),
            PathBuf::from("/home/u/.config/autostart/posture-break.desktop")
        );
    }

    #[test]
    fn enable_writes_a_valid_entry() {
        let tmp = tempfile::tempdir().unwrap();
        let entry = entry_path(tmp.path());
        let exe = fake_exe(tmp.path(), "bin/posture-break");
        enable_at(&entry, &exe).unwrap();
        let text = fs::read_to_string(&entry).unwrap();
        let shown = exe.display();
        // In English, with a line per other language after each localized key.
        let english: String = text
            .lines()
            .filter(|line| !line.contains("]="))
            .map(|line| format!("{line}\n"))
            .collect();
        assert_eq!(
            english,
            format!(
                "[Desktop Entry]\nType=Application\nVersion=1.0\nName=posture-break\n\
                 Comment=Offers a one-minute guided stretch for the middle back, neck and shoulders every 45 minutes\nExec={shown}\n\
                 Icon=posture-break\nTerminal=false\nStartupWMClass=io.github.posture_break\n\
                 NoDisplay=false\nCategories=Utility;\n\
                 X-GNOME-Autostart-enabled=true\nActions=stretch;snooze;pause;week;open;\n\
                 \n[Desktop Action stretch]\nName=Start stretch now\nExec={shown} --start stretch\n\
                 \n[Desktop Action snooze]\nName=Snooze\nExec={shown} --start snooze\n\
                 \n[Desktop Action pause]\nName=Pause 1 hour\nExec={shown} --start pause 1h\n\
                 \n[Desktop Action week]\nName=Your week\nExec={shown} --start week\n\
                 \n[Desktop Action open]\nName=Open the window\nExec={shown} open\n"
            )
        );
        assert!(
            text.contains("Name=Start stretch now\nName[de]=Dehnung jetzt starten\n"),
            "{text}"
        );
        assert!(text.contains("Name[pt_BR]=Pausar por 1 hora\n"), "{text}");
        assert!(text.contains("Comment[zh_CN]=每 45 分钟"), "{text}");
        assert_eq!(text.matches("Name[ar]=").count(), 5, "{text}");
        assert_eq!(
            fs::metadata(&entry).unwrap().permissions().mode() & 0o777,
            0o644
        );
        // No temp files left behind.
        assert_eq!(fs::read_dir(entry.parent().unwrap()).unwrap().count(), 1);
        assert_eq!(status_at(&entry, &exe).unwrap(), AutostartState::Enabled);
        // Re-enabling replaces the file in place.
        enable_at(&entry, &exe).unwrap();
        assert_eq!(fs::read_to_string(&entry).unwrap(), text);
    }

    /// `desktop-file-validate` (desktop-file-utils) on `entry`: `None` when it is not installed.
    fn desktop_file_validate(entry: &Path) -> Option<std::process::Output> {
        match std::process::Command::new("desktop-file-validate")
            .arg(entry)
            .output()
        {
            Ok(out) => Some(out),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let set = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
                assert!(
                    !set("CI") && !set("PB_REQUIRE_DESKTOP"),
                    "desktop-file-validate is not installed (Debian: desktop-file-utils, see \
                     tests/desktop/install-deps.sh); CI/PB_REQUIRE_DESKTOP is set, so this fails"
                );
                println!(
                    "skipped: desktop-file-validate is not installed (Debian: desktop-file-utils)"
                );
                None
            }
            Err(e) => panic!("cannot run desktop-file-validate: {e}"),
        }
    }

    #[test]
    fn written_entry_passes_desktop_file_validate() {
        let tmp = tempfile::tempdir().unwrap();
        let entry = entry_path(tmp.path());
        for name in [
            "bin/posture-break",
            "with space/and \"quote\"/posture-break",
        ] {
            let exe = fake_exe(tmp.path(), name);
            enable_at(&entry, &exe).unwrap();
            let Some(out) = desktop_file_validate(&entry) else {
                return;
            };
            let report = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            let text = fs::read_to_string(&entry).unwrap();
            assert!(
                out.status.success(),
                "desktop-file-validate failed ({}):\n{report}\nfor:\n{text}",
                out.status
            );
            // It prints errors, warnings and hints; a clean entry gets none of them.
            assert!(
                report.trim().is_empty(),
                "desktop-file-validate complained:\n{report}\nfor:\n{text}"
            );
        }
    }

    #[test]
    fn exec_quoting_follows_the_spec() {
        assert_eq!(
            exec_value("/usr/bin/posture-break"),
            "/usr/bin/posture-break"
        );
        assert_eq!(exec_value("/opt/my apps/pb"), r#""/opt/my apps/pb""#);
        assert_eq!(exec_value("/a$b"), r#""/a\\$b""#);
        assert_eq!(exec_value(r"/a\b"), r#""/a\\\\b""#);
        assert_eq!(exec_value(r#"/a"b"#), r#""/a\\"b""#);
        assert_eq!(exec_value("/a`b"), r#""/a\\`b""#);
        assert_eq!(exec_value("/100%/pb"), "/100%%/pb");
        assert_eq!(exec_value("/a b%c"), r#""/a b%%c""#);
        assert_eq!(exec_value("/new\nline"), r#""/new\nline""#);
    }

    #[test]
    fn exec_parsing() {
        assert_eq!(
            exec_args("/usr/bin/pb %U --flag"),
            ["/usr/bin/pb", "--flag"]
        );
        assert_eq!(
            exec_args(r#""/opt/my apps/pb" x"#),
            ["/opt/my apps/pb", "x"]
        );
        assert_eq!(exec_args(r#""/a\\$b\\\\c""#), [r"/a$b\c"]);
        // \s is a space after string unescaping: a separator unless quoted.
        assert_eq!(exec_args("/a\\sb"), ["/a", "b"]);
        assert_eq!(exec_args("\"/a\\sb\""), ["/a b"]);
        assert_eq!(exec_args(r#""""#), [""]);
        assert!(exec_args("  ").is_empty());
    }

    #[test]
    fn awkward_paths_round_trip() {
        let tmp = tempfile::tempdir().unwrap();
        let entry = entry_path(&tmp.path().join("config"));
        for name in [
            "plain/posture-break",
            "with space/posture-break",
            "quote\"d/pb",
            "dollar$HOME/pb",
            "percent%U/pb",
            "back\\slash/pb",
            "tick`s/pb",
            "semi;colon & (paren)/pb ~ #hash?*<>|'",
            "new\nline/tab\there/pb",
            "ünïcödé/pb",
        ] {
            let exe = fake_exe(&tmp.path().join("bins"), name);
            enable_at(&entry, &exe).unwrap();
            let text = fs::read_to_string(&entry).unwrap();
            let exec = parse_entry(&text).exec.unwrap();
            assert_eq!(
                exec_args(&exec),
                [exe.to_str().unwrap()],
                "{name}: Exec={exec}"
            );
            assert_eq!(
                status_at(&entry, &exe).unwrap(),
                AutostartState::Enabled,
                "{name}"
            );
        }
    }

    #[test]
    fn disable_removes_once() {
        let tmp = tempfile::tempdir().unwrap();
        let entry = entry_path(tmp.path());
        let exe = fake_exe(tmp.path(), "pb");
        assert!(!disable_at(&entry).unwrap());
        enable_at(&entry, &exe).unwrap();
        assert!(disable_at(&entry).unwrap());
        assert!(!entry.exists());
        assert!(!disable_at(&entry).unwrap());
        assert_eq!(status_at(&entry, &exe).unwrap(), AutostartState::Disabled);
    }

    #[test]
    fn stale_and_disabled_entries() {
        let tmp = tempfile::tempdir().unwrap();
        let entry = entry_path(tmp.path());
        let old = fake_exe(tmp.path(), "old/posture-break");
        let new = fake_exe(tmp.path(), "new/posture-break");
        enable_at(&entry, &old).unwrap();
        assert_eq!(
            status_at(&entry, &new).unwrap(),
            AutostartState::Stale {
                points_at: old.to_str().unwrap().to_owned()
            }
        );
        // A symlink to the same binary counts as the same program.
        let link = tmp.path().join("link-to-old");
        std::os::unix::fs::symlink(&old, &link).unwrap();
        assert_eq!(status_at(&entry, &link).unwrap(), AutostartState::Enabled);

        let text = fs::read_to_string(&entry).unwrap();
        // Hidden=true in the entry's own group (not in an action's, after it).
        let hidden = text.replacen("[Desktop Entry]\n", "[Desktop Entry]\nHidden=true\n", 1);
        fs::write(&entry, hidden).unwrap();
        assert_eq!(status_at(&entry, &old).unwrap(), AutostartState::Disabled);
        fs::write(
            &entry,
            text.replace("Autostart-enabled=true", "Autostart-enabled=false"),
        )
        .unwrap();
        assert_eq!(status_at(&entry, &old).unwrap(), AutostartState::Disabled);

        // Keys outside [Desktop Entry] don't count; a missing Exec is stale.
        fs::write(
            &entry,
            "[Desktop Entry]\nName=x\n[Desktop Action y]\nExec=/x\n",
        )
        .unwrap();
        assert_eq!(
            status_at(&entry, &old).unwrap(),
            AutostartState::Stale {
                points_at: String::new()
            }
        );
        fs::write(&entry, "[Desktop Entry]\nExec = /somewhere/else --x\n").unwrap();
        assert_eq!(
            status_at(&entry, &old).unwrap(),
            AutostartState::Stale {
                points_at: "/somewhere/else".into()
            }
        );
    }

    #[test]
    fn relative_exe_is_made_absolute() {
        let tmp = tempfile::tempdir().unwrap();
        let entry = entry_path(tmp.path());
        enable_at(&entry, Path::new("target/pb")).unwrap();
        let exec = parse_entry(&fs::read_to_string(&entry).unwrap())
            .exec
            .unwrap();
        let program = PathBuf::from(&exec_args(&exec)[0]);
        assert!(program.is_absolute());
        assert!(program.ends_with("target/pb"));
    }
}
