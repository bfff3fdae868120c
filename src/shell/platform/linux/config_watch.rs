//! Watches the config files with inotify so that edits apply whatever happens to their path:
//! editors that save by renaming, the config directory (or a parent up to `$XDG_CONFIG_HOME`)
//! removed and recreated or swapped by a rename, the file replaced by a symlink or a symlink
//! retargeted (GNU Stow, chezmoi, home-manager).
//!
//! A watch is kept on every existing directory from `$XDG_CONFIG_HOME` down to the config
//! directory, on the directory of each symlink's target, and, while part of that chain is
//! missing, on its nearest existing ancestor. Any event on a path in the chain re-establishes the
//! watches at once, then reports a change; the main loop reads the files after its debounce, so
//! nothing written between the event and the new watch is missed. One thread blocked in read(2):
//! no timers, no polling.

use std::collections::{HashMap, HashSet};
use std::ffi::OsStr;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::thread;

/// A watched "file" of this name stands for every entry of its directory (the sync folder).
const ANY_ENTRY: &str = "*";

/// What a watched directory must report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Watch {
    /// A directory on the way to the files: only entries appearing, vanishing or moving.
    Chain,
    /// A directory holding a watched file (or a symlink's target): writes too.
    Files,
}

impl Watch {
    fn mask(self) -> u32 {
        let chain = libc::IN_CREATE
            | libc::IN_DELETE
            | libc::IN_MOVED_FROM
            | libc::IN_MOVED_TO
            | libc::IN_DELETE_SELF
            | libc::IN_MOVE_SELF
            | libc::IN_ONLYDIR
            // Several paths may lead to one directory: never narrow a mask another path needs.
            | libc::IN_MASK_ADD;
        match self {
            Watch::Chain => chain,
            Watch::Files => chain | libc::IN_CLOSE_WRITE | libc::IN_MODIFY,
        }
    }
}

/// Which directories to watch, and which paths matter when an event names them.
#[derive(Debug, Default, PartialEq, Eq)]
struct Plan {
    dirs: Vec<(PathBuf, Watch)>,
    relevant: HashSet<PathBuf>,
}

/// Works out the watches for `files` from what exists on disk now. `top` is the highest
/// directory whose replacement must be noticed (`$XDG_CONFIG_HOME`); a file outside it is
/// watched from its own directory.
fn plan(files: &[PathBuf], top: &Path) -> Plan {
    let mut dirs: HashMap<PathBuf, Watch> = HashMap::new();
    let mut relevant = HashSet::new();
    let mut watch = |dir: &Path, kind: Watch| {
        let entry = dirs.entry(dir.to_path_buf()).or_insert(kind);
        *entry = (*entry).max(kind);
    };
    for file in files {
        let Some(dir) = file.parent() else { continue };
        relevant.insert(file.clone());
        let top = if dir.starts_with(top) { top } else { dir };
        // From `top` down to the file's directory; every one of them may be replaced.
        let mut chain: Vec<&Path> = dir.ancestors().take_while(|a| a.starts_with(top)).collect();
        chain.reverse();
        relevant.extend(chain.iter().map(|c| c.to_path_buf()));
        if !top.is_dir() {
            // Wait for `top` to come back from the nearest directory that exists.
            if let Some(existing) = top.ancestors().skip(1).find(|a| a.is_dir()) {
                watch(existing, Watch::Chain);
                relevant.extend(
                    top.ancestors()
                        .take_while(|a| *a != existing)
                        .map(Path::to_path_buf),
                );
            }
            continue;
        }
        for component in chain {
            if !component.is_dir() {
                break; // its parent is watched and reports it when it appears
            }
            let kind = if component == dir {
                Watch::Files
            } else {
                Watch::Chain
            };
            watch(component, kind);
        }
        if let Some(target) = symlink_target(file) {
            if let Some(target_dir) = target.parent().filter(|d| d.is_dir()) {
                watch(target_dir, Watch::Files);
            }
            relevant.insert(target);
        }
    }
    let mut dirs: Vec<_> = dirs.into_iter().collect();
    dirs.sort();
    Plan { dirs, relevant }
}

/// Where a symlinked config file really lives (also for a dangling link), if it is a link.
fn symlink_target(file: &Path) -> Option<PathBuf> {
    let link = std::fs::read_link(file).ok()?;
    let dir = file.parent()?;
    Some(std::fs::canonicalize(file).unwrap_or_else(|_| dir.join(link)))
}

/// The inotify descriptor and what each watch descriptor stands for.
struct Watcher {
    fd: OwnedFd,
    files: Vec<PathBuf>,
    top: PathBuf,
    by_wd: HashMap<i32, Vec<PathBuf>>,
    relevant: HashSet<PathBuf>,
}

impl Watcher {
    fn new(files: Vec<PathBuf>, top: PathBuf) -> io::Result<Watcher> {
        // SAFETY: a plain syscall; the result is checked before it is wrapped.
        let fd = unsafe { libc::inotify_init1(libc::IN_CLOEXEC) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `fd` is a fresh descriptor that nothing else owns.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        let mut watcher = Watcher {
            fd,
            files,
            top,
            by_wd: HashMap::new(),
            relevant: HashSet::new(),
        };
        watcher.rewatch();
        Ok(watcher)
    }

    /// Adds the watches the paths need now and drops the ones they no longer need.
    fn rewatch(&mut self) {
        // A directory created after `plan` looked but before its parent's watch was added sends
        // no event: plan again until what is watched matches what exists (a few rounds at most).
        let mut wanted = plan(&self.files, &self.top);
        for _ in 0..8 {
            self.apply(&wanted);
            let now = plan(&self.files, &self.top);
            if now == wanted {
                break;
            }
            wanted = now;
        }
    }

    fn apply(&mut self, plan: &Plan) {
        let mut by_wd: HashMap<i32, Vec<PathBuf>> = HashMap::new();
        for (dir, kind) in &plan.dirs {
            let Ok(c_path) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else {
                continue;
            };
            // SAFETY: a valid descriptor and a NUL-terminated path.
            let wd = unsafe {
                libc::inotify_add_watch(self.fd.as_raw_fd(), c_path.as_ptr(), kind.mask())
            };
            // A directory that vanished since `plan` looked: its parent's watch reports it.
            if wd >= 0 {
                by_wd.entry(wd).or_default().push(dir.clone());
            }
        }
        for old in self.by_wd.keys().filter(|wd| !by_wd.contains_key(wd)) {
            // SAFETY: removing a watch of our own descriptor; an already-gone one answers EINVAL.
            unsafe { libc::inotify_rm_watch(self.fd.as_raw_fd(), *old) };
        }
        self.by_wd = by_wd;
        self.relevant = plan.relevant.clone();
    }

    /// Whether one event concerns the config files or the way to them.
    fn concerns(&self, wd: i32, mask: u32, name: Option<&OsStr>) -> bool {
        if mask & libc::IN_Q_OVERFLOW != 0 {
            return true; // events were lost: look again
        }
        if mask & libc::IN_IGNORED != 0 {
            return false; // a watch ended; the event that ended it was reported
        }
        self.by_wd.get(&wd).is_some_and(|dirs| {
            dirs.iter().any(|dir| {
                let path = name.map_or_else(|| dir.clone(), |name| dir.join(name));
                self.relevant.contains(&path)
                    || (name.is_some() && self.relevant.contains(&dir.join(ANY_ENTRY)))
            })
        })
    }

    fn run(mut self, on_change: impl Fn()) {
        // Room for many events with names up to NAME_MAX; u64s keep inotify_event aligned.
        let mut buffer = vec![0u64; 4096 / 8];
        loop {
            // SAFETY: reading into a buffer of exactly the length passed.
            let n = unsafe {
                libc::read(
                    self.fd.as_raw_fd(),
                    buffer.as_mut_ptr().cast(),
                    buffer.len() * 8,
                )
            };
            if n < 0 {
                if io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                    continue;
                }
                return; // unexpected: stop watching rather than spin
            }
            // SAFETY: the kernel wrote `n` bytes into the buffer, which outlives this slice.
            let bytes =
                unsafe { std::slice::from_raw_parts(buffer.as_ptr().cast::<u8>(), n as usize) };
            let changed = events(bytes).any(|(wd, mask, name)| self.concerns(wd, mask, name));
            if changed {
                self.rewatch();
                on_change();
            }
        }
    }
}

/// Splits a read(2) of an inotify descriptor into (wd, mask, name) records.
fn events(mut bytes: &[u8]) -> impl Iterator<Item = (i32, u32, Option<&OsStr>)> {
    const HEADER: usize = std::mem::size_of::<libc::inotify_event>();
    std::iter::from_fn(move || {
        let header = bytes.get(..HEADER)?;
        let field = |at: usize| {
            let mut four = [0u8; 4];
            four.copy_from_slice(&header[at..at + 4]);
            four
        };
        let wd = i32::from_ne_bytes(field(0));
        let mask = u32::from_ne_bytes(field(4));
        let len = u32::from_ne_bytes(field(12)) as usize;
        let raw_name = bytes.get(HEADER..HEADER + len)?;
        bytes = &bytes[HEADER + len..];
        let end = raw_name
            .iter()
            .position(|b| *b == 0)
            .unwrap_or(raw_name.len());
        let name = (end > 0).then(|| OsStr::from_bytes(&raw_name[..end]));
        Some((wd, mask, name))
    })
}

/// Calls `on_change` whenever any of `files` may have changed, for as long as the process runs.
/// The caller debounces and then reads the files. `top` is `$XDG_CONFIG_HOME`.
pub fn spawn(
    files: Vec<PathBuf>,
    top: PathBuf,
    on_change: impl Fn() + Send + 'static,
) -> io::Result<()> {
    if files.is_empty() {
        return Err(io::Error::other("no config file to watch"));
    }
    let watcher = Watcher::new(files, top)?;
    thread::Builder::new()
        .name("config-watch".into())
        .spawn(move || watcher.run(on_change))?;
    Ok(())
}

/// Calls `on_change` whenever an entry of `folder` may have been written, made, removed or
/// renamed, and when the folder itself goes (its own watch says so) or comes back (watched
/// from the nearest existing ancestor while it is gone: an unmounted share). Its parent is not
/// watched while it exists: in a synced tree (`~/Sync`) other files come and go there all day.
pub fn spawn_folder(folder: PathBuf, on_change: impl Fn() + Send + 'static) -> io::Result<()> {
    let watcher = Watcher::new(vec![folder.join(ANY_ENTRY)], folder.clone())?;
    thread::Builder::new()
        .name("folder-watch".into())
        .spawn(move || watcher.run(on_change))?;
    Ok(())
}

/// `$XDG_CONFIG_HOME` (or its platform default), the top of the watched chain.
pub fn config_home() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| dirs.config_dir().to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::os::unix::fs::symlink;

    struct Tree {
        _tmp: tempfile::TempDir,
        home: PathBuf,
        dir: PathBuf,
        files: Vec<PathBuf>,
    }

    fn tree() -> Tree {
        let tmp = tempfile::tempdir().unwrap();
        let home = tmp.path().join("config");
        let dir = home.join("posture-break");
        fs::create_dir_all(&dir).unwrap();
        let files = vec![dir.join("config.toml"), dir.join("exercises.toml")];
        Tree {
            _tmp: tmp,
            home,
            dir,
            files,
        }
    }

    fn watched(plan: &Plan) -> Vec<(&Path, Watch)> {
        plan.dirs.iter().map(|(d, k)| (d.as_path(), *k)).collect()
    }

    #[test]
    fn watches_the_chain_from_config_home_down() {
        let t = tree();
        let plan = plan(&t.files, &t.home);
        assert_eq!(
            watched(&plan),
            [
                (t.home.as_path(), Watch::Chain),
                (t.dir.as_path(), Watch::Files)
            ]
        );
        for path in [&t.home, &t.dir, &t.files[0], &t.files[1]] {
            assert!(plan.relevant.contains(path.as_path()), "{path:?}");
        }
        assert!(!plan.relevant.contains(&t.dir.join("other.toml")));
    }

    #[test]
    fn a_missing_config_dir_is_awaited_from_its_parent() {
        let t = tree();
        fs::remove_dir_all(&t.dir).unwrap();
        let plan = plan(&t.files, &t.home);
        assert_eq!(watched(&plan), [(t.home.as_path(), Watch::Chain)]);
        assert!(plan.relevant.contains(&t.dir));
    }

    #[test]
    fn a_missing_config_home_is_awaited_from_the_nearest_existing_ancestor() {
        let t = tree();
        fs::remove_dir_all(&t.home).unwrap();
        let parent = t.home.parent().unwrap();
        let plan = plan(&t.files, &t.home);
        assert_eq!(watched(&plan), [(parent, Watch::Chain)]);
        assert!(plan.relevant.contains(&t.home));
    }

    #[test]
    fn a_symlinked_file_also_watches_its_target() {
        let t = tree();
        let store = t.home.parent().unwrap().join("store");
        fs::create_dir_all(&store).unwrap();
        fs::write(store.join("cfg"), "").unwrap();
        symlink(store.join("cfg"), &t.files[0]).unwrap();
        let plan = plan(&t.files, &t.home);
        let store = fs::canonicalize(&store).unwrap();
        assert!(watched(&plan).contains(&(store.as_path(), Watch::Files)));
        assert!(plan.relevant.contains(&store.join("cfg")));
    }

    #[test]
    fn a_file_outside_config_home_is_watched_from_its_own_dir() {
        let t = tree();
        let elsewhere = t.home.parent().unwrap().join("elsewhere");
        fs::create_dir_all(&elsewhere).unwrap();
        let plan = plan(&[elsewhere.join("my.toml")], &t.home);
        assert_eq!(watched(&plan), [(elsewhere.as_path(), Watch::Files)]);
    }

    #[test]
    fn a_folder_watch_takes_every_entry_and_awaits_the_folder() {
        let t = tree();
        let any = t.dir.join(ANY_ENTRY);
        // Only the folder itself while it exists: its siblings' comings and goings wake nothing.
        let folder_plan = plan(std::slice::from_ref(&any), &t.dir);
        assert_eq!(watched(&folder_plan), [(t.dir.as_path(), Watch::Files)]);
        let watcher = Watcher::new(vec![any], t.home.clone()).unwrap();
        let wd_of = |dir: &Path| {
            *watcher
                .by_wd
                .iter()
                .find(|(_, dirs)| dirs.iter().any(|d| d == dir))
                .unwrap()
                .0
        };
        let (folder, home) = (wd_of(&t.dir), wd_of(&t.home));
        let name = |n: &'static str| Some(OsStr::new(n));
        assert!(watcher.concerns(folder, libc::IN_MODIFY, name("laptop.jsonl")));
        assert!(watcher.concerns(folder, libc::IN_MOVED_TO, name(".syncthing.x.tmp")));
        assert!(watcher.concerns(home, libc::IN_DELETE, name("posture-break")));
        assert!(!watcher.concerns(home, libc::IN_CREATE, name("other")));
        // The folder gone (its own watch reports that): awaited from its parent.
        assert!(watcher.concerns(folder, libc::IN_DELETE_SELF, None));
        fs::remove_dir_all(&t.dir).unwrap();
        let gone = plan(&[t.dir.join(ANY_ENTRY)], &t.dir);
        assert_eq!(watched(&gone), [(t.home.as_path(), Watch::Chain)]);
    }

    #[test]
    fn parses_inotify_records() {
        let mut bytes = Vec::new();
        for (wd, mask, name) in [
            (1i32, 2u32, &b"config.toml\0\0\0\0\0"[..]),
            (3, 4, &b""[..]),
        ] {
            bytes.extend(wd.to_ne_bytes());
            bytes.extend(mask.to_ne_bytes());
            bytes.extend(0u32.to_ne_bytes());
            bytes.extend((name.len() as u32).to_ne_bytes());
            bytes.extend(name);
        }
        let got: Vec<_> = events(&bytes).collect();
        assert_eq!(got, [(1, 2, Some(OsStr::new("config.toml"))), (3, 4, None)]);
        // A cut-short record ends the iteration instead of reading past the buffer.
        assert_eq!(events(&bytes[..20]).count(), 0);
    }
}
