//! Where files live and how they are read and written: config layers, history (append-only
//! JSON lines), and the small state file (written atomically).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::core::config::{Config, ConfigSource, EXAMPLE_TOML, MAX_CONFIG_BYTES};
use crate::core::exercises::{ExerciseSet, MAX_EXERCISE_FILE_BYTES};
use crate::core::history::{self, Entry, Warning};
use crate::core::located::FileError;
use crate::core::rotation::Rotation;

pub const APP: &str = "posture-break";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot find the home directory (is $HOME set?)")]
    NoHome,
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    /// Transparent: the file error is the whole message (printed once, not once more as its
    /// own cause).
    #[error(transparent)]
    Invalid(#[from] FileError),
    #[error("{path} already exists; not overwriting it")]
    Exists { path: PathBuf },
}

impl StoreError {
    /// For the person: a file's error in their language; the rest (the OS's words) as is.
    pub fn said(&self, words: &crate::core::words::Words) -> String {
        match self {
            StoreError::Invalid(err) => err.said(words),
            other => other.to_string(),
        }
    }
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The app's files on this platform (XDG on Linux).
#[derive(Debug, Clone)]
pub struct Paths {
    /// The user's config file (`--config` or the platform default).
    pub config_file: PathBuf,
    /// System-wide defaults, lowest priority first.
    pub system_config_files: Vec<PathBuf>,
    pub exercises_file: PathBuf,
    pub history_file: PathBuf,
    pub state_file: PathBuf,
    pub log_file: PathBuf,
}

impl Paths {
    pub fn resolve(config_override: Option<&Path>) -> Result<Paths, StoreError> {
        let dirs = directories::ProjectDirs::from("", "", APP).ok_or(StoreError::NoHome)?;
        let config_dir = dirs.config_dir().to_path_buf();
        let config_file = match config_override {
            Some(path) => absolute(path),
            None => config_dir.join("config.toml"),
        };
        let state_dir = dirs
            .state_dir()
            .unwrap_or(dirs.data_local_dir())
            .to_path_buf();
        Ok(Paths {
            exercises_file: config_file.with_file_name("exercises.toml"),
            system_config_files: system_config_files(config_override.is_some()),
            config_file,
            history_file: dirs.data_dir().join("history.jsonl"),
            state_file: state_dir.join("state.json"),
            log_file: state_dir.join(format!("{APP}.log")),
        })
    }

    /// Reads and validates the config layers. A missing user file means defaults.
    pub fn load_config(&self) -> Result<Config, StoreError> {
        let mut sources = Vec::new();
        for path in self.system_config_files.iter().chain([&self.config_file]) {
            if let Some(bytes) = read_limited(path, MAX_CONFIG_BYTES)? {
                sources.push(ConfigSource {
                    path: path.clone(),
                    bytes,
                });
            }
        }
        Ok(Config::layered(&sources)?)
    }

    /// The bundled exercises plus the user's `exercises.toml`, if present.
    pub fn load_exercises(&self) -> Result<ExerciseSet, StoreError> {
        load_exercises_at(&self.exercises_file)
    }

    /// Writes the documented example to the user's config path; never overwrites.
    pub fn init_config(&self) -> Result<(), StoreError> {
        let path = &self.config_file;
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(io_error(dir))?;
        }
        let mut file = match OpenOptions::new().write(true).create_new(true).open(path) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                return Err(StoreError::Exists { path: path.clone() })
            }
            Err(e) => return Err(io_error(path)(e)),
        };
        file.write_all(EXAMPLE_TOML.as_bytes())
            .and_then(|()| file.sync_all())
            .map_err(io_error(path))
    }

    pub fn read_history(&self) -> Result<(Vec<Entry>, Vec<Warning>), StoreError> {
        match fs::read(&self.history_file) {
            Ok(bytes) => Ok(history::parse(&String::from_utf8_lossy(&bytes))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok((Vec::new(), Vec::new())),
            Err(e) => Err(io_error(&self.history_file)(e)),
        }
    }

    pub fn append_history(&self, entry: &Entry) -> Result<(), StoreError> {
        append_line(&self.history_file, &entry.to_line())
    }

    /// The persisted state; a missing or unreadable file starts fresh (it only holds the rotation).
    pub fn load_state(&self) -> AppState {
        fs::read(&self.state_file)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    pub fn save_state(&self, state: &AppState) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec_pretty(state).unwrap_or_default();
        crate::files::write_atomic(&self.state_file, &bytes).map_err(io_error(&self.state_file))
    }
}

/// What survives a restart besides history.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppState {
    #[serde(default)]
    pub rotation: Rotation,
    /// The first-start notification was shown; it is never shown again.
    #[serde(default)]
    pub welcomed: bool,
    /// The tray's *Posture nudges* switch; `None` until used: the config decides
    /// (`posture.nudge_every` written or not).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nudges: Option<bool>,
    /// The stretch window's speaker toggle: step cues (chimes or voice) silenced.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cues_muted: bool,
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// `$XDG_CONFIG_DIRS/posture-break/config.toml`, lowest priority first. Skipped with `--config`.
fn system_config_files(explicit_config: bool) -> Vec<PathBuf> {
    if explicit_config || !cfg!(target_os = "linux") {
        return Vec::new();
    }
    let dirs = std::env::var("XDG_CONFIG_DIRS")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "/etc/xdg".to_string());
    let mut files: Vec<PathBuf> = dirs
        .split(':')
        .filter(|d| Path::new(d).is_absolute())
        .map(|d| Path::new(d).join(APP).join("config.toml"))
        .collect();
    files.reverse(); // the first directory in the list is the most important
    files
}

/// The bundled exercises plus those of the exercise file at `path`, if there is one.
pub fn load_exercises_at(path: &Path) -> Result<ExerciseSet, StoreError> {
    let mut set = ExerciseSet::bundled()?;
    if let Some(bytes) = read_limited(path, MAX_EXERCISE_FILE_BYTES)? {
        set.add_user_file(path, &bytes)?;
    }
    Ok(set)
}

/// The file's bytes, `None` if it does not exist; refuses to read more than `limit` (+1 to detect).
pub fn read_limited(path: &Path, limit: usize) -> Result<Option<Vec<u8>>, StoreError> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_error(path)(e)),
    };
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error(path))?;
    Ok(Some(bytes))
}

/// Appends one whole line with a single write; if an earlier write was cut short, the damaged
/// line is closed first so the new one stays readable.
pub fn append_line(path: &Path, line: &str) -> Result<(), StoreError> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(io_error(dir))?;
    }
    let mut file = OpenOptions::new()
        .create(true)
        .append(true)
        .read(true)
        .open(path)
        .map_err(io_error(path))?;
    let mut buffer = String::with_capacity(line.len() + 1);
    let len = file.metadata().map_err(io_error(path))?.len();
    if len > 0 {
        let mut last = [0u8; 1];
        file.seek(SeekFrom::End(-1))
            .and_then(|_| file.read_exact(&mut last))
            .map_err(io_error(path))?;
        if last[0] != b'\n' {
            buffer.push('\n');
        }
    }
    buffer.push_str(line);
    file.write_all(buffer.as_bytes()).map_err(io_error(path))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::history::EventKind;

    fn paths_in(dir: &Path) -> Paths {
        Paths {
            config_file: dir.join("config.toml"),
            system_config_files: vec![],
            exercises_file: dir.join("exercises.toml"),
            history_file: dir.join("data/history.jsonl"),
            state_file: dir.join("state/state.json"),
            log_file: dir.join("state/posture-break.log"),
        }
    }

    #[test]
    fn history_appends_whole_lines_after_a_cut_write() {
        let dir = tempfile::tempdir().unwrap();
        let paths = paths_in(dir.path());
        let entry = Entry {
            ts: chrono::DateTime::parse_from_rfc3339("2026-11-26T10:00:00+00:00").unwrap(),
            event: EventKind::Completed,
            exercise: Some("chin-tucks".into()),
            secs: None,
            feeling: None,
        };
        paths.append_history(&entry).unwrap();
        // Simulate a process killed mid-write.
        let mut file = OpenOptions::new()
            .append(true)
            .open(&paths.history_file)
            .unwrap();
        file.write_all(b"{\"ts\":\"2026-11-26T1").unwrap();
        paths.append_history(&entry).unwrap();
        let (entries, warnings) = paths.read_history().unwrap();
        assert_eq!(entries, vec![entry.clone(), entry]);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, 2);
    }

    #[test]
    fn config_init_never_overwrites_and_state_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let paths = paths_in(dir.path());
        assert_eq!(paths.load_config().unwrap(), Config::default());
        paths.init_config().unwrap();
        assert_eq!(
            fs::read_to_string(&paths.config_file).unwrap(),
            EXAMPLE_TOML
        );
        assert!(matches!(
            paths.init_config(),
            Err(StoreError::Exists { .. })
        ));

        assert_eq!(paths.load_state(), AppState::default());
        let state = AppState {
            rotation: Rotation {
                credits: [("a".to_string(), -3)].into(),
                kind_credits: [(crate::core::exercises::Kind::Strength, 2)].into(),
                mobility_run: 1,
                last: Some("a".into()),
            },
            welcomed: true,
            nudges: Some(false),
            cues_muted: true,
        };
        paths.save_state(&state).unwrap();
        assert_eq!(paths.load_state(), state);
        fs::write(&paths.state_file, b"garbage").unwrap();
        assert_eq!(paths.load_state(), AppState::default());
    }

    #[test]
    fn oversized_config_is_refused_with_a_position() {
        let dir = tempfile::tempdir().unwrap();
        let paths = paths_in(dir.path());
        fs::write(&paths.config_file, vec![b'#'; 1024 * 1024]).unwrap();
        let err = paths.load_config().unwrap_err().to_string();
        assert!(
            err.contains("config.toml:1:1:") && err.contains("at most"),
            "{err}"
        );
    }
}
