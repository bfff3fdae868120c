//! Windows: the value `posture-break` under `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`,
//! holding the quoted exe path. Driven through `reg.exe` to avoid a registry crate.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use super::{absolute_exe, same_executable, AutostartError, AutostartState};

pub const RUN_KEY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run";
/// Where Task Manager / Settings record "disabled" for Run entries; it survives rewriting the Run
/// value, so enable() clears it.
pub const APPROVED_KEY: &str =
    r"HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run";
pub const VALUE_NAME: &str = "posture-break";

/// `HKCU\...\Run\posture-break`, as a display path.
pub fn entry_location() -> Result<PathBuf, AutostartError> {
    Ok(PathBuf::from(format!(r"{RUN_KEY}\{VALUE_NAME}")))
}

pub fn enable(exe: &Path) -> Result<PathBuf, AutostartError> {
    let data = run_value(&absolute_exe(exe)?)?;
    let args: [&OsStr; 9] = [
        "add".as_ref(),
        RUN_KEY.as_ref(),
        "/v".as_ref(),
        VALUE_NAME.as_ref(),
        "/t".as_ref(),
        "REG_SZ".as_ref(),
        "/d".as_ref(),
        data.as_ref(),
        "/f".as_ref(),
    ];
    check(reg(&args)?, "reg add")?;
    // Best effort: absent unless the user disabled us in Task Manager.
    let _ = delete_value(APPROVED_KEY);
    entry_location()
}

pub fn disable() -> Result<bool, AutostartError> {
    if query(RUN_KEY)?.is_none() {
        return Ok(false);
    }
    check(delete_value(RUN_KEY)?, "reg delete")?;
    let _ = delete_value(APPROVED_KEY);
    Ok(true)
}

pub fn status(exe: &Path) -> Result<AutostartState, AutostartError> {
    let Some((_, data)) = query(RUN_KEY)? else {
        return Ok(AutostartState::Disabled);
    };
    if let Some((_, approved)) = query(APPROVED_KEY)? {
        if approved_disabled(&approved) {
            return Ok(AutostartState::Disabled);
        }
    }
    Ok(state_for(&data, &absolute_exe(exe)?))
}

/// The Run value for `exe`: the path in double quotes (Windows paths cannot contain `"`), so
/// spaces in "Program Files" are not split.
pub fn run_value(exe: &Path) -> Result<String, AutostartError> {
    let exe = exe
        .to_str()
        .ok_or_else(|| AutostartError::NonUtf8Path(exe.to_path_buf()))?;
    Ok(format!("\"{exe}\""))
}

/// The program part of a Run value: the quoted prefix, or up to the first space.
fn program_of(data: &str) -> &str {
    let data = data.trim();
    if let Some(rest) = data.strip_prefix('"') {
        return rest.split('"').next().unwrap_or(rest);
    }
    data.split_whitespace().next().unwrap_or(data)
}

fn state_for(data: &str, exe: &Path) -> AutostartState {
    let program = program_of(data);
    if same_executable(Path::new(program), exe) {
        AutostartState::Enabled
    } else {
        AutostartState::Stale {
            points_at: program.to_owned(),
        }
    }
}

/// StartupApproved data is REG_BINARY; an odd first byte (01, 03, 07) means disabled, even
/// (02, 06) enabled.
fn approved_disabled(hex: &str) -> bool {
    hex.get(..2)
        .and_then(|b| u8::from_str_radix(b, 16).ok())
        .is_some_and(|b| b & 1 == 1)
}

/// `(type, data)` of our value under `key`, or None when absent. reg.exe exits 1 when the key
/// or value does not exist; any other failure also reads as "absent", which is the safe answer.
/// `reg delete <key> /v posture-break /f`
fn delete_value(key: &str) -> Result<Output, AutostartError> {
    reg(&[
        "delete".as_ref(),
        key.as_ref(),
        "/v".as_ref(),
        VALUE_NAME.as_ref(),
        "/f".as_ref(),
    ])
}

fn query(key: &str) -> Result<Option<(String, String)>, AutostartError> {
    let out = reg(&[
        "query".as_ref(),
        key.as_ref(),
        "/v".as_ref(),
        VALUE_NAME.as_ref(),
    ])?;
    if !out.status.success() {
        return Ok(None);
    }
    Ok(parse_query(&String::from_utf8_lossy(&out.stdout)))
}

/// Parses `reg query` output:
/// ```text
/// HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run
///     posture-break    REG_SZ    "C:\Program Files\posture-break\posture-break.exe"
/// ```
fn parse_query(stdout: &str) -> Option<(String, String)> {
    stdout.lines().find_map(|line| {
        let rest = line.trim_start().strip_prefix(VALUE_NAME)?;
        // The name must be followed by the column gap, not be a prefix of a longer name.
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
        let rest = rest.trim_start();
        let (kind, data) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        kind.starts_with("REG_")
            .then(|| (kind.to_owned(), data.trim().to_owned()))
    })
}

fn reg_exe() -> PathBuf {
    // An absolute path, so a reg.exe next to our binary or in the cwd is never picked up.
    std::env::var_os("SystemRoot")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .unwrap_or_else(|| PathBuf::from(r"C:\Windows"))
        .join("System32")
        .join("reg.exe")
}

fn reg(args: &[&OsStr]) -> Result<Output, AutostartError> {
    let exe = reg_exe();
    let mut cmd = Command::new(&exe);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        // A tray app has no console; without this every call flashes a console window.
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        cmd.creation_flags(CREATE_NO_WINDOW);
    }
    cmd.output()
        .map_err(|source| AutostartError::Io { path: exe, source })
}

fn check(out: Output, what: &str) -> Result<(), AutostartError> {
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    Err(AutostartError::Command(format!(
        "{what} failed ({}): {}",
        out.status,
        stderr.trim()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_value_is_quoted() {
        assert_eq!(
            run_value(Path::new(
                r"C:\Program Files\posture-break\posture-break.exe"
            ))
            .unwrap(),
            r#""C:\Program Files\posture-break\posture-break.exe""#
        );
    }

    #[test]
    fn parses_reg_query_output() {
        let out =
            "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\r\n    \
                   posture-break    REG_SZ    \"C:\\Program Files\\pb\\pb.exe\"\r\n\r\n";
        assert_eq!(
            parse_query(out),
            Some(("REG_SZ".into(), r#""C:\Program Files\pb\pb.exe""#.into()))
        );
        assert_eq!(
            parse_query("    posture-break-old    REG_SZ    x\r\n"),
            None
        );
        assert_eq!(parse_query(""), None);
        assert_eq!(
            program_of(r#""C:\Program Files\pb\pb.exe" --flag"#),
            r"C:\Program Files\pb\pb.exe"
        );
        assert_eq!(program_of(r"C:\pb\pb.exe --flag"), r"C:\pb\pb.exe");
    }

    #[test]
    fn stale_and_approved() {
        assert_eq!(
            state_for(r#""C:\old\pb.exe""#, Path::new(r"C:\new\pb.exe")),
            AutostartState::Stale {
                points_at: r"C:\old\pb.exe".into()
            }
        );
        assert!(approved_disabled("030000000000000000000000"));
        assert!(!approved_disabled("020000000000000000000000"));
        assert!(!approved_disabled(""));
    }
}
