//! A small log: stderr plus `$XDG_STATE_HOME/posture-break/posture-break.log`. Problems with the
//! desktop (no tray host, no notification daemon) are said once, not on every attempt.

use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;

pub struct Log {
    file: Option<PathBuf>,
    said: HashSet<String>,
}

impl Log {
    pub fn new(file: PathBuf) -> Log {
        if let Some(dir) = file.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        Log {
            file: Some(file),
            said: HashSet::new(),
        }
    }

    pub fn info(&self, message: &str) {
        self.write("info", message);
    }

    pub fn warn(&self, message: &str) {
        self.write("warning", message);
    }

    /// Logs `message` the first time `topic` comes up; returns whether it did.
    pub fn warn_once(&mut self, topic: &str, message: &str) -> bool {
        if !self.said.insert(topic.to_string()) {
            return false;
        }
        self.warn(message);
        true
    }

    /// Forgets a topic, so it is reported again if it recurs (e.g. the daemon came back, then left).
    /// Returns whether it had been said.
    pub fn clear(&mut self, topic: &str) -> bool {
        self.said.remove(topic)
    }

    fn write(&self, level: &str, message: &str) {
        let line = format!(
            "{} posture-break {level}: {message}\n",
            chrono::Local::now().format("%Y-%m-%dT%H:%M:%S%:z")
        );
        let _ = std::io::stderr().write_all(line.as_bytes());
        if let Some(path) = &self.file {
            let _ = crate::store::append_line(path, &line);
        }
    }
}
