//! "Start at login": an XDG autostart entry (Linux/BSD), a LaunchAgent (macOS) or a
//! `HKCU\...\Run` value (Windows). Each platform module offers the same public functions.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

// XDG autostart is also what desktops on the BSDs implement, hence "unix but not macOS".
#[cfg(all(unix, not(target_os = "macos")))]
pub mod linux;
#[cfg(all(unix, not(target_os = "macos")))]
use linux as imp;

#[cfg(target_os = "macos")]
pub mod macos;
#[cfg(target_os = "macos")]
use macos as imp;

#[cfg(windows)]
pub mod windows;
#[cfg(windows)]
use windows as imp;

#[cfg(not(any(unix, windows)))]
mod imp {
    use super::{AutostartError, AutostartState};
    use std::path::{Path, PathBuf};

    pub fn entry_location() -> Result<PathBuf, AutostartError> {
        Err(AutostartError::Unsupported)
    }
    pub fn enable(_exe: &Path) -> Result<PathBuf, AutostartError> {
        Err(AutostartError::Unsupported)
    }
    pub fn disable() -> Result<bool, AutostartError> {
        Err(AutostartError::Unsupported)
    }
    pub fn status(_exe: &Path) -> Result<AutostartState, AutostartError> {
        Err(AutostartError::Unsupported)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AutostartState {
    Enabled,
    Disabled,
    /// An entry exists and is active but starts another binary (e.g. an old install location).
    Stale {
        points_at: String,
    },
}

impl fmt::Display for AutostartState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AutostartState::Enabled => f.write_str("enabled"),
            AutostartState::Disabled => f.write_str("disabled"),
            AutostartState::Stale { points_at } => {
                write!(f, "enabled for another executable: {points_at}")
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AutostartError {
    #[error("cannot determine the home directory")]
    NoHome,
    #[error("executable path is not valid UTF-8: {}", .0.display())]
    NonUtf8Path(PathBuf),
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// A helper program (reg.exe on Windows) failed.
    #[error("{0}")]
    Command(String),
    #[error("autostart is not supported on this platform")]
    Unsupported,
}

/// Writes an entry atomically (see [`crate::files::write_atomic`]).
#[cfg(unix)]
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), AutostartError> {
    crate::files::write_atomic(path, bytes).map_err(|source| AutostartError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Removes an entry file; `Ok(false)` if there was none.
#[cfg(unix)]
pub(crate) fn remove_entry(entry: &Path) -> Result<bool, AutostartError> {
    crate::files::remove_if_exists(entry).map_err(|source| AutostartError::Io {
        path: entry.to_path_buf(),
        source,
    })
}

/// An entry file's text, or `None` if there is none.
#[cfg(unix)]
pub(crate) fn read_entry(entry: &Path) -> Result<Option<String>, AutostartError> {
    crate::files::read_if_exists(entry)
        .map(|bytes| bytes.map(|b| String::from_utf8_lossy(&b).into_owned()))
        .map_err(|source| AutostartError::Io {
            path: entry.to_path_buf(),
            source,
        })
}

/// Whether `entry_target` (from an autostart entry) and `exe` are the same program: compared
/// after resolving symlinks when both exist, else literally (case-insensitively on Windows).
pub(crate) fn same_executable(entry_target: &Path, exe: &Path) -> bool {
    if let (Ok(a), Ok(b)) = (
        std::fs::canonicalize(entry_target),
        std::fs::canonicalize(exe),
    ) {
        return a == b;
    }
    if cfg!(windows) {
        entry_target.to_string_lossy().to_lowercase() == exe.to_string_lossy().to_lowercase()
    } else {
        entry_target == exe
    }
}

/// The user's home directory ($HOME, else the password database); must be absolute.
#[cfg(unix)]
pub(crate) fn home_dir() -> Result<PathBuf, AutostartError> {
    directories::BaseDirs::new()
        .map(|dirs| dirs.home_dir().to_path_buf())
        .filter(|home| home.is_absolute())
        .ok_or(AutostartError::NoHome)
}

/// `exe` made absolute without touching the file system (it may be a relative argv[0]).
pub(crate) fn absolute_exe(exe: &Path) -> Result<PathBuf, AutostartError> {
    std::path::absolute(exe).map_err(|source| AutostartError::Io {
        path: exe.to_path_buf(),
        source,
    })
}

/// Where the entry lives (a file path; on Windows the registry value, written as a path).
pub fn entry_location() -> Result<PathBuf, AutostartError> {
    imp::entry_location()
}

/// Creates or replaces the entry so that `exe` starts at login; returns [`entry_location`].
pub fn enable(exe: &Path) -> Result<PathBuf, AutostartError> {
    #[cfg(unix)]
    {
        // Unix platforms keep the entry in a file: write it where `entry_location` says.
        let entry = imp::entry_location()?;
        imp::enable_at(&entry, exe)?;
        Ok(entry)
    }
    #[cfg(not(unix))]
    imp::enable(exe)
}

/// Removes the entry; `Ok(false)` if there was none.
pub fn disable() -> Result<bool, AutostartError> {
    #[cfg(unix)]
    return imp::disable_at(&imp::entry_location()?);
    #[cfg(not(unix))]
    imp::disable()
}

/// Whether an active entry exists and whether it starts `exe`.
pub fn status(exe: &Path) -> Result<AutostartState, AutostartError> {
    #[cfg(unix)]
    return imp::status_at(&imp::entry_location()?, exe);
    #[cfg(not(unix))]
    imp::status(exe)
}

/// Text as XML character data or an attribute value: the LaunchAgent's plist (macOS) and the
/// toast's button labels (Windows) both need it.
#[cfg_attr(not(any(windows, target_os = "macos")), allow(dead_code))]
pub(crate) fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}
