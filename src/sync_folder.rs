//! Several computers: the synced folder on disk. The reader keeps each peer file's read
//! position and finds the complete lines that are new (the app's folder watch, `shell::sync`,
//! asks it at every change; `stats` once); the writer appends this machine's lines to its own
//! `<name>.jsonl`. What the lines mean is the core's (`core::sync`).
//!
//! What sync folders do, and what happens:
//! - a line without its newline (still being written or synced) waits for the next change;
//! - Syncthing replaces a file by renaming a new copy over it: when the start of the file and
//!   the last line read are unchanged, reading goes on from where it was; otherwise (a file
//!   replaced by another, or truncated) it is read again from its start, which the core's
//!   merge makes harmless, with one log line;
//! - conflict copies are read like the machine's own file (`core::sync::machine_of`);
//! - a file that leaves the folder keeps what it said; a folder that disappears (an unmounted
//!   share) is said once and awaited; lines this machine could not write wait in memory and
//!   are written when the folder works again. The local history file keeps everything anyway.

use std::collections::{BTreeMap, VecDeque};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::core::config::{check_machine_name, SyncConfig};
use crate::core::sync::{complete_lines, machine_of, Line, Peers};

/// A peer file larger than this is not read (a sync folder holds a few lines a day per
/// machine; a file this big is not one of ours and must not fill the memory).
const MAX_PEER_FILE: u64 = 64 * 1024 * 1024;
/// How much of a file's start identifies it (its first line).
const HEAD: usize = 256;
/// How much of the last line read identifies the place reading goes on from.
const TAIL: usize = 64;
/// Lines kept while the folder cannot be written (about a month of a person's lines).
const MAX_PENDING: usize = 5000;

/// What the folder said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncFact {
    /// New complete lines of a machine's file (or of its conflict copy).
    Lines { machine: String, lines: Vec<String> },
    /// The folder is there (again, after it was missing) or not.
    Folder { present: bool },
    /// Something the person should find in the log, once: a file truncated or replaced, a
    /// file that left the folder, one that cannot be read.
    Note(String),
}

/// The folder from the config: `~` is the home directory.
pub fn folder_path(config: &SyncConfig) -> Option<PathBuf> {
    let written = config.folder.as_str();
    let home_relative = written
        .strip_prefix("~/")
        .or_else(|| written.strip_prefix("~\\"))
        .or((written == "~").then_some(""));
    match home_relative {
        Some(rest) => directories::BaseDirs::new().map(|dirs| dirs.home_dir().join(rest)),
        None => Some(PathBuf::from(written)),
    }
}

/// This machine's name: `[sync] name`, else the hostname made fit to name a file.
pub fn machine_name(config: &SyncConfig) -> String {
    if let Some(name) = &config.name {
        return name.clone();
    }
    let host = gethostname::gethostname().to_string_lossy().into_owned();
    let cleaned: String = host
        .trim_start_matches('.')
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .take(crate::core::config::MAX_MACHINE_NAME)
        .collect();
    if check_machine_name(&cleaned).is_ok() {
        cleaned
    } else {
        "this-computer".to_string()
    }
}

/// Where reading a file goes on from, and what identifies that place.
#[derive(Debug, Default)]
struct Seen {
    offset: u64,
    head: Vec<u8>,
    tail: Vec<u8>,
}

/// Where reading each of the other machines' files goes on from.
#[derive(Debug, Default)]
pub struct Reader {
    folder: PathBuf,
    own: String,
    files: BTreeMap<String, Seen>,
    /// Whether the folder was there at the last look (`None` before the first).
    present: Option<bool>,
    /// Files already named in the log for a problem, so each is said once.
    named: std::collections::BTreeSet<String>,
}

/// Reads `len` bytes at `at` (fewer at the end of the file).
fn read_at(file: &mut File, at: u64, len: usize) -> io::Result<Vec<u8>> {
    file.seek(SeekFrom::Start(at))?;
    let mut bytes = Vec::with_capacity(len);
    file.take(len as u64).read_to_end(&mut bytes)?;
    Ok(bytes)
}

impl Reader {
    pub fn new(folder: PathBuf, own: String) -> Reader {
        Reader {
            folder,
            own,
            ..Reader::default()
        }
    }

    fn note_once(&mut self, key: String, text: String, facts: &mut Vec<SyncFact>) {
        if self.named.insert(key) {
            facts.push(SyncFact::Note(text));
        }
    }

    /// Looks at every file of the folder and reads what is new.
    pub fn scan(&mut self) -> Vec<SyncFact> {
        let mut facts = Vec::new();
        let entries = match fs::read_dir(&self.folder) {
            Ok(entries) => entries,
            Err(_) => {
                if self.present != Some(false) {
                    facts.push(SyncFact::Folder { present: false });
                }
                self.present = Some(false);
                return facts;
            }
        };
        if self.present != Some(true) {
            facts.push(SyncFact::Folder { present: true });
        }
        self.present = Some(true);
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|name| machine_of(name).is_some_and(|m| m != self.own))
            .collect();
        names.sort();
        for gone in self
            .files
            .keys()
            .filter(|f| !names.contains(f))
            .cloned()
            .collect::<Vec<_>>()
        {
            self.files.remove(&gone);
            facts.push(SyncFact::Note(format!(
                "sync: {gone} left the folder; what it said is kept"
            )));
        }
        for name in names {
            let Some(machine) = machine_of(&name).map(str::to_string) else {
                continue;
            };
            match self.read_file(&name) {
                Ok((lines, restarted)) => {
                    if let Some(why) = restarted {
                        facts.push(SyncFact::Note(format!(
                            "sync: {name} {why}; read again from its start"
                        )));
                    }
                    self.named.remove(&name);
                    if !lines.is_empty() {
                        facts.push(SyncFact::Lines { machine, lines });
                    }
                }
                Err(err) => {
                    let text = format!("sync: cannot read {name}: {err}");
                    self.note_once(name, text, &mut facts);
                }
            }
        }
        facts
    }

    /// The new complete lines of one file, and why it was read from its start again, if it was.
    fn read_file(&mut self, name: &str) -> io::Result<(Vec<String>, Option<&'static str>)> {
        let mut file = File::open(self.folder.join(name))?;
        let len = file.metadata()?.len();
        if len > MAX_PEER_FILE {
            return Err(io::Error::other(format!(
                "{len} bytes is more than a machine's file ever holds; not read"
            )));
        }
        let seen = self.files.entry(name.to_string()).or_default();
        let mut restarted = None;
        if seen.offset > 0 {
            let head = read_at(&mut file, 0, seen.head.len())?;
            let tail_at = seen.offset - seen.tail.len() as u64;
            let tail = read_at(&mut file, tail_at, seen.tail.len())?;
            if len < seen.offset {
                restarted = Some("got shorter");
            } else if head != seen.head || tail != seen.tail {
                restarted = Some("was replaced by a different file");
            }
            if restarted.is_some() {
                *seen = Seen::default();
            }
        }
        let new = read_at(
            &mut file,
            seen.offset,
            (len - seen.offset.min(len)) as usize,
        )?;
        let (lines, used) = complete_lines(&new);
        if used > 0 {
            seen.offset += used as u64;
            let tail_len = TAIL.min(seen.offset as usize);
            seen.tail = read_at(&mut file, seen.offset - tail_len as u64, tail_len)?;
            seen.head = read_at(&mut file, 0, HEAD.min(seen.offset as usize))?;
        }
        Ok((lines, restarted))
    }
}

/// The other machines' lines as they are in the folder now, read once (`stats`, without the
/// app running).
pub fn read_once(folder: &Path, own: &str, now: chrono::DateTime<chrono::Utc>) -> Peers {
    let mut reader = Reader::new(folder.to_path_buf(), own.to_string());
    let mut peers = Peers::default();
    for fact in reader.scan() {
        if let SyncFact::Lines { machine, lines } = fact {
            peers.add(&machine, lines.iter().map(String::as_str), now);
        }
    }
    peers
}

/// Appends this machine's lines to its file in the folder.
pub struct Writer {
    file: PathBuf,
    /// Lines not yet written (the folder was missing or unwritable), oldest first.
    pending: VecDeque<String>,
}

impl Writer {
    pub fn new(folder: &Path, own: &str) -> Writer {
        Writer {
            file: folder.join(format!("{own}.jsonl")),
            pending: VecDeque::new(),
        }
    }

    /// Appends `line` after any that wait. On failure the lines wait for the next try; the
    /// oldest are dropped past `MAX_PENDING` (the local history still has them).
    pub fn append(&mut self, line: &Line) -> Result<(), String> {
        if self.pending.len() >= MAX_PENDING {
            self.pending.pop_front();
        }
        self.pending.push_back(line.to_line());
        self.flush()
    }

    /// Writes the lines that wait, in one append: a file only ever gains whole lines.
    pub fn flush(&mut self) -> Result<(), String> {
        if self.pending.is_empty() {
            return Ok(());
        }
        // Never creates the folder: an unmounted share's mount point must stay empty.
        let folder = self.file.parent().unwrap_or(Path::new("."));
        if !folder.is_dir() {
            return Err(format!("{} is missing", folder.display()));
        }
        let text: String = self.pending.iter().map(String::as_str).collect();
        OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.file)
            .and_then(|mut file| file.write_all(text.as_bytes()))
            .map_err(|err| format!("cannot write {}: {err}", self.file.display()))?;
        self.pending.clear();
        Ok(())
    }

    #[cfg(test)]
    fn waiting(&self) -> usize {
        self.pending.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sync::Shared;
    use chrono::{FixedOffset, TimeZone};

    fn line(min: u32, what: Shared) -> String {
        let ts = FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 12, 7, 10, min, 0)
            .unwrap();
        Line { ts, what }.to_line()
    }

    fn done(min: u32) -> String {
        line(
            min,
            Shared::Completed {
                exercise: "chin-tuck".into(),
            },
        )
    }

    fn lines_of(facts: &[SyncFact]) -> Vec<(String, usize)> {
        facts
            .iter()
            .filter_map(|f| match f {
                SyncFact::Lines { machine, lines } => Some((machine.clone(), lines.len())),
                _ => None,
            })
            .collect()
    }

    fn notes(facts: &[SyncFact]) -> Vec<String> {
        facts
            .iter()
            .filter_map(|f| match f {
                SyncFact::Note(text) => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn reads_only_new_complete_lines_of_other_machines() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path();
        fs::write(folder.join("laptop.jsonl"), done(1)).unwrap();
        fs::write(folder.join("desk.jsonl"), done(2)).unwrap();
        fs::write(folder.join(".syncthing.desk.jsonl.tmp"), done(3)).unwrap();
        fs::write(folder.join("notes.txt"), "hello\n").unwrap();
        let mut reader = Reader::new(folder.to_path_buf(), "laptop".into());
        let facts = reader.scan();
        assert_eq!(facts[0], SyncFact::Folder { present: true });
        assert_eq!(lines_of(&facts), [("desk".to_string(), 1)]);
        assert!(reader.scan().is_empty(), "nothing new: nothing sent");
        // Half a line waits for its newline.
        let mut desk = OpenOptions::new()
            .append(true)
            .open(folder.join("desk.jsonl"))
            .unwrap();
        let next = done(4);
        desk.write_all(&next.as_bytes()[..10]).unwrap();
        assert!(reader.scan().is_empty());
        desk.write_all(&next.as_bytes()[10..]).unwrap();
        let facts = reader.scan();
        assert_eq!(
            facts,
            [SyncFact::Lines {
                machine: "desk".into(),
                lines: vec![next.trim_end().to_string()]
            }]
        );
        // A conflict copy is the same machine's.
        fs::write(
            folder.join("desk.sync-conflict-20261207-101010-ABCDEFG.jsonl"),
            done(5),
        )
        .unwrap();
        assert_eq!(lines_of(&reader.scan()), [("desk".to_string(), 1)]);
    }

    #[test]
    fn a_replaced_or_truncated_file_is_read_again_and_said_once() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path();
        let desk = folder.join("desk.jsonl");
        fs::write(&desk, done(1) + &done(2)).unwrap();
        let mut reader = Reader::new(folder.to_path_buf(), "laptop".into());
        assert_eq!(lines_of(&reader.scan()), [("desk".to_string(), 2)]);
        // Syncthing's way: a new copy with one more line renamed over the old one.
        let tmp = folder.join(".syncthing.desk.jsonl.tmp");
        fs::write(&tmp, done(1) + &done(2) + &done(3)).unwrap();
        fs::rename(&tmp, &desk).unwrap();
        let facts = reader.scan();
        assert_eq!(lines_of(&facts), [("desk".to_string(), 1)], "{facts:?}");
        assert!(notes(&facts).is_empty(), "{facts:?}");
        // Truncated: read from the start, said.
        fs::write(&desk, done(7)).unwrap();
        let facts = reader.scan();
        assert_eq!(lines_of(&facts), [("desk".to_string(), 1)]);
        assert_eq!(
            notes(&facts),
            ["sync: desk.jsonl got shorter; read again from its start"]
        );
        // Replaced by different lines of the same length or more.
        fs::write(&desk, done(8) + &done(9)).unwrap();
        let facts = reader.scan();
        assert_eq!(lines_of(&facts), [("desk".to_string(), 2)]);
        assert_eq!(
            notes(&facts),
            ["sync: desk.jsonl was replaced by a different file; read again from its start"]
        );
        // Removed: said, nothing else.
        fs::remove_file(&desk).unwrap();
        assert_eq!(
            notes(&reader.scan()),
            ["sync: desk.jsonl left the folder; what it said is kept"]
        );
    }

    #[test]
    fn a_missing_folder_is_said_once_and_its_return_too() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("share");
        let mut reader = Reader::new(folder.clone(), "laptop".into());
        assert_eq!(reader.scan(), [SyncFact::Folder { present: false }]);
        assert!(reader.scan().is_empty());
        fs::create_dir(&folder).unwrap();
        fs::write(folder.join("desk.jsonl"), done(1)).unwrap();
        let facts = reader.scan();
        assert_eq!(facts[0], SyncFact::Folder { present: true });
        assert_eq!(lines_of(&facts), [("desk".to_string(), 1)]);
    }

    #[test]
    fn the_writer_keeps_lines_while_the_folder_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("share");
        let mut writer = Writer::new(&folder, "laptop");
        let first = Line::parse(done(1).trim_end()).unwrap();
        let second = Line::parse(done(2).trim_end()).unwrap();
        assert!(writer.append(&first).unwrap_err().contains("is missing"));
        assert!(!folder.exists(), "the folder is never made");
        assert_eq!(writer.waiting(), 1);
        fs::create_dir(&folder).unwrap();
        writer.append(&second).unwrap();
        assert_eq!(writer.waiting(), 0);
        assert_eq!(
            fs::read_to_string(folder.join("laptop.jsonl")).unwrap(),
            done(1) + &done(2)
        );
    }

    #[test]
    fn names_and_folders_from_the_config() {
        let config = |folder: &str, name: Option<&str>| SyncConfig {
            folder: folder.into(),
            name: name.map(Into::into),
        };
        assert_eq!(machine_name(&config("/s", Some("desk"))), "desk");
        let host = machine_name(&config("/s", None));
        assert!(check_machine_name(&host).is_ok(), "{host}");
        assert_eq!(
            folder_path(&config("/srv/pb", None)),
            Some(PathBuf::from("/srv/pb"))
        );
        let home = directories::BaseDirs::new()
            .unwrap()
            .home_dir()
            .to_path_buf();
        assert_eq!(
            folder_path(&config("~/Sync/pb", None)),
            Some(home.join("Sync/pb"))
        );
        assert_eq!(folder_path(&config("~", None)), Some(home.join("")));
    }
}
