//! The config watcher on Windows: `ReadDirectoryChangesW` on the nearest existing directory on
//! the way to the config files and on its parent, which is what sees that directory itself
//! removed, renamed or made again. Both requests are overlapped on one thread that sleeps in
//! `WaitForMultipleObjects` until a change: no wakeups while nothing changes.
//!
//! Never with the subtree: wine reports nothing from subdirectories, and on Windows a recursive
//! watch of `%APPDATA%` would wake for every other application's writes.

use std::io;
use std::mem::zeroed;
use std::os::windows::io::{AsRawHandle, FromRawHandle, OwnedHandle};
use std::path::{Path, PathBuf};
use std::ptr::{null, null_mut};
use std::thread;

use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE, WAIT_OBJECT_0};
use windows_sys::Win32::Storage::FileSystem::{
    CreateFileW, ReadDirectoryChangesW, FILE_FLAG_BACKUP_SEMANTICS, FILE_FLAG_OVERLAPPED,
    FILE_LIST_DIRECTORY, FILE_NOTIFY_CHANGE_DIR_NAME, FILE_NOTIFY_CHANGE_FILE_NAME,
    FILE_NOTIFY_CHANGE_LAST_WRITE, FILE_NOTIFY_CHANGE_SIZE, FILE_NOTIFY_INFORMATION,
    FILE_SHARE_DELETE, FILE_SHARE_READ, FILE_SHARE_WRITE, OPEN_EXISTING,
};
use windows_sys::Win32::System::Threading::{CreateEventW, WaitForMultipleObjects, INFINITE};
use windows_sys::Win32::System::IO::{CancelIoEx, GetOverlappedResult, OVERLAPPED};

use super::wide;

/// Rounds in a row that end in an error rather than a change before the watcher gives up (a
/// directory the OS refuses to watch must not turn the thread into a busy loop).
const MAX_FAILED_ROUNDS: u32 = 5;

/// The directories to watch for `files`: the nearest existing one on the way to them (their own
/// directory while it exists), with the changes that matter there, and its parent for directory
/// names only.
fn watch_targets(files: &[PathBuf]) -> Vec<(PathBuf, u32)> {
    let Some(nearest) = files
        .first()
        .and_then(|file| file.parent())
        .and_then(|dir| dir.ancestors().find(|a| a.is_dir()))
    else {
        return Vec::new();
    };
    let contents = FILE_NOTIFY_CHANGE_FILE_NAME
        | FILE_NOTIFY_CHANGE_DIR_NAME
        | FILE_NOTIFY_CHANGE_LAST_WRITE
        | FILE_NOTIFY_CHANGE_SIZE;
    let mut targets = vec![(nearest.to_path_buf(), contents)];
    if let Some(parent) = nearest.parent() {
        targets.push((parent.to_path_buf(), FILE_NOTIFY_CHANGE_DIR_NAME));
    }
    targets
}

/// Whether a change to `changed` can change one of `files` (the file itself, or a directory on
/// the way to it).
fn relevant(changed: &Path, files: &[PathBuf]) -> bool {
    let lower = |p: &Path| p.to_string_lossy().to_lowercase();
    let changed_parent = changed.parent().map(lower);
    let changed = lower(changed);
    files.iter().any(|f| {
        let file = lower(f);
        let any_entry = f.file_name().is_some_and(|n| n == ANY_ENTRY)
            && f.parent().map(lower) == changed_parent;
        any_entry || file == changed || file.starts_with(&format!("{changed}\\"))
    })
}

/// A watched "file" of this name stands for every entry of its directory (the sync folder);
/// no Windows file can be called `*`.
const ANY_ENTRY: &str = "*";

fn owned(handle: HANDLE) -> io::Result<OwnedHandle> {
    if handle.is_null() || handle == INVALID_HANDLE_VALUE {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a handle just returned to us, closed only by OwnedHandle.
    Ok(unsafe { OwnedHandle::from_raw_handle(handle) })
}

/// One directory with its change request outstanding.
struct DirWatch {
    dir: PathBuf,
    filter: u32,
    handle: OwnedHandle,
    /// Signalled by the OS when the request completes.
    event: OwnedHandle,
    /// Boxed: the OS writes to both while a request is outstanding, so they must not move.
    overlapped: Box<OVERLAPPED>,
    /// u32s for the alignment FILE_NOTIFY_INFORMATION needs.
    buf: Box<[u32]>,
    pending: bool,
}

impl DirWatch {
    fn open(dir: &Path, filter: u32) -> io::Result<DirWatch> {
        let name = wide(dir.as_os_str());
        // SAFETY: a NUL-terminated path; BACKUP_SEMANTICS is what opens a directory. Sharing
        // delete lets the user remove the directory while we watch it.
        let handle = owned(unsafe {
            CreateFileW(
                name.as_ptr(),
                FILE_LIST_DIRECTORY,
                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                null(),
                OPEN_EXISTING,
                FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OVERLAPPED,
                null_mut(),
            )
        })?;
        // SAFETY: a manual-reset event, unnamed.
        let event = owned(unsafe { CreateEventW(null(), 1, 0, null()) })?;
        // SAFETY: OVERLAPPED is plain data; all zero is its documented initial state.
        let mut overlapped: Box<OVERLAPPED> = Box::new(unsafe { zeroed() });
        overlapped.hEvent = event.as_raw_handle();
        Ok(DirWatch {
            dir: dir.to_path_buf(),
            filter,
            handle,
            event,
            overlapped,
            buf: vec![0u32; 16 * 1024].into_boxed_slice(),
            pending: false,
        })
    }

    /// Asks for the next change. Changes between two requests are queued on the handle.
    fn request(&mut self) -> io::Result<()> {
        // SAFETY: our handle, buffer and OVERLAPPED, all kept in place until the request ends
        // (finish, or cancel in drop).
        let ok = unsafe {
            ReadDirectoryChangesW(
                self.handle.as_raw_handle(),
                self.buf.as_mut_ptr().cast(),
                (self.buf.len() * 4) as u32,
                0,
                self.filter,
                null_mut(),
                &mut *self.overlapped,
                None,
            )
        };
        if ok == 0 {
            return Err(io::Error::last_os_error());
        }
        self.pending = true;
        Ok(())
    }

    /// The changed paths of the completed request; `Err` when it failed (the directory went),
    /// `Ok(None)` for an overflow (anything may have changed).
    fn finish(&mut self) -> io::Result<Option<Vec<PathBuf>>> {
        self.pending = false;
        let mut returned = 0u32;
        // SAFETY: the request this OVERLAPPED belongs to has completed (its event is set).
        let ok = unsafe {
            GetOverlappedResult(
                self.handle.as_raw_handle(),
                &*self.overlapped,
                &mut returned,
                0,
            )
        };
        if ok == 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: the OS wrote `returned` bytes into `buf`.
        let bytes = unsafe {
            std::slice::from_raw_parts(self.buf.as_ptr().cast::<u8>(), returned as usize)
        };
        Ok(changed_names(&self.dir, bytes))
    }
}

impl Drop for DirWatch {
    fn drop(&mut self) {
        if self.pending {
            let mut returned = 0u32;
            // SAFETY: cancels our own request and waits for it to end, so the OS is done with
            // the buffer and OVERLAPPED before they are freed.
            unsafe {
                CancelIoEx(self.handle.as_raw_handle(), &*self.overlapped);
                GetOverlappedResult(
                    self.handle.as_raw_handle(),
                    &*self.overlapped,
                    &mut returned,
                    1,
                );
            }
        }
    }
}

/// The changed paths of one `ReadDirectoryChangesW` answer; `None` for an overflow.
fn changed_names(dir: &Path, buf: &[u8]) -> Option<Vec<PathBuf>> {
    if buf.is_empty() {
        return None;
    }
    let mut names = Vec::new();
    let mut offset = 0usize;
    let header = std::mem::offset_of!(FILE_NOTIFY_INFORMATION, FileName);
    while offset + header <= buf.len() {
        let at = &buf[offset..];
        let field = |o: usize| u32::from_le_bytes([at[o], at[o + 1], at[o + 2], at[o + 3]]);
        let next = field(0) as usize;
        let len = field(8) as usize;
        let name_bytes = at.get(header..header + len)?;
        let units: Vec<u16> = name_bytes
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        names.push(dir.join(String::from_utf16_lossy(&units)));
        if next == 0 {
            break;
        }
        offset += next;
    }
    Some(names)
}

/// Opens and arms the watches for `files`; the nearest directory must work, its parent may not.
/// Plans again until what is watched matches what exists (a directory made between the plan
/// and its parent's watch would go unseen); `true` with the watches when it had to.
fn arm(files: &[PathBuf]) -> io::Result<(Vec<DirWatch>, bool)> {
    let mut replanned = false;
    for _ in 0..10 {
        let targets = watch_targets(files);
        let mut watches = Vec::new();
        for (i, (dir, filter)) in targets.iter().enumerate() {
            let armed = DirWatch::open(dir, *filter).and_then(|mut watch| {
                watch.request()?;
                Ok(watch)
            });
            match armed {
                Ok(watch) => watches.push(watch),
                Err(err) if i == 0 => return Err(err),
                Err(_) => {}
            }
        }
        if watches.is_empty() {
            return Err(io::Error::other(
                "no existing directory above the config file",
            ));
        }
        if watch_targets(files) == targets {
            return Ok((watches, replanned));
        }
        replanned = true;
    }
    Err(io::Error::other("the config directories keep changing"))
}

/// How one round of waiting ended.
enum Round {
    Changed,
    Failed,
}

/// Waits until something that matters to `files` changes in one of `watches`.
fn wait_for_change(watches: &mut [DirWatch], files: &[PathBuf]) -> Round {
    let events: Vec<HANDLE> = watches.iter().map(|w| w.event.as_raw_handle()).collect();
    loop {
        // SAFETY: our own event handles, alive for the call.
        let woke =
            unsafe { WaitForMultipleObjects(events.len() as u32, events.as_ptr(), 0, INFINITE) };
        let Some(watch) = woke
            .checked_sub(WAIT_OBJECT_0)
            .and_then(|i| watches.get_mut(i as usize))
        else {
            return Round::Failed;
        };
        let matters = match watch.finish() {
            Err(_) => return Round::Failed,
            Ok(None) => true,
            Ok(Some(names)) => names.iter().any(|name| relevant(name, files)),
        };
        if matters {
            return Round::Changed;
        }
        if watch.request().is_err() {
            return Round::Failed;
        }
    }
}

/// Calls `on_change` after each change to `files` or to a directory on the way to them (the
/// main loop reads the files after its debounce). Fails only when nothing can be watched.
/// Calls `on_change` whenever an entry of `folder` may have changed, and when the folder itself
/// goes or comes back (watched from the nearest existing directory above it meanwhile).
pub(super) fn spawn_folder(
    folder: PathBuf,
    on_change: impl Fn() + Send + 'static,
) -> io::Result<()> {
    spawn(vec![folder.join(ANY_ENTRY)], on_change)
}

pub(super) fn spawn(files: Vec<PathBuf>, on_change: impl Fn() + Send + 'static) -> io::Result<()> {
    // The watches hold OS pointers and stay on their thread; the first result comes back.
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<io::Result<()>>();
    thread::Builder::new()
        .name("config-watch".into())
        .spawn(move || {
            let mut watches = match arm(&files) {
                Ok((watches, _)) => {
                    let _ = ready_tx.send(Ok(()));
                    Some(watches)
                }
                Err(err) => {
                    let _ = ready_tx.send(Err(err));
                    return;
                }
            };
            let mut failed_rounds = 0;
            loop {
                let mut current = match watches.take() {
                    Some(watches) => watches,
                    None => match arm(&files) {
                        Ok((watches, replanned)) => {
                            if replanned {
                                on_change();
                            }
                            watches
                        }
                        Err(_) => return,
                    },
                };
                let round = wait_for_change(&mut current, &files);
                // Closed before reporting and before the next plan: an open handle keeps a
                // removed directory "delete pending", and the directory to watch may have
                // changed (made, removed, renamed).
                drop(current);
                match round {
                    Round::Changed => failed_rounds = 0,
                    Round::Failed => {
                        failed_rounds += 1;
                        if failed_rounds > MAX_FAILED_ROUNDS {
                            return;
                        }
                    }
                }
                // A failed round is reported too: the directory that failed may be gone.
                on_change();
            }
        })?;
    ready_rx
        .recv()
        .unwrap_or_else(|_| Err(io::Error::other("the config watcher ended")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn config_changes_that_matter() {
        let files = vec![
            PathBuf::from(r"C:\u\AppData\Roaming\posture-break\config\config.toml"),
            PathBuf::from(r"C:\u\AppData\Roaming\posture-break\config\exercises.toml"),
        ];
        assert!(relevant(
            Path::new(r"C:\u\AppData\Roaming\posture-break\config\Config.toml"),
            &files
        ));
        assert!(relevant(
            Path::new(r"C:\u\AppData\Roaming\posture-break"),
            &files
        ));
        assert!(!relevant(
            Path::new(r"C:\u\AppData\Roaming\posture-break\config\other.toml"),
            &files
        ));
        assert!(!relevant(
            Path::new(r"C:\u\AppData\Roaming\posture"),
            &files
        ));
    }

    #[test]
    fn a_folder_watch_takes_every_entry_and_the_way_to_it() {
        let files = vec![PathBuf::from(r"C:\u\Sync\pb").join(ANY_ENTRY)];
        for (changed, matters) in [
            (r"C:\u\Sync\pb\laptop.jsonl", true),
            (r"C:\u\Sync\PB\.syncthing.desk.jsonl.tmp", true),
            (r"C:\u\Sync\pb", true),
            (r"C:\u\Sync", true),
            (r"C:\u\Sync\other", false),
            (r"C:\u\Sync\pb\sub\x", false),
        ] {
            assert_eq!(relevant(Path::new(changed), &files), matters, "{changed}");
        }
    }

    /// Receives `on_change` calls.
    struct Changes(std::sync::mpsc::Receiver<()>);

    impl Changes {
        /// Waits until the watcher has been quiet for 300 ms.
        fn quiet(&self) {
            let mut n = 0;
            while self.0.recv_timeout(Duration::from_millis(300)).is_ok() {
                n += 1;
                assert!(n < 100, "the watcher reports changes without end");
            }
        }

        fn seen(&self, what: &str) {
            self.0
                .recv_timeout(Duration::from_secs(10))
                .unwrap_or_else(|_| panic!("no change seen after {what}"));
            self.quiet();
        }

        fn none(&self, what: &str) {
            assert!(
                self.0.recv_timeout(Duration::from_millis(500)).is_err(),
                "{what} is not a config change"
            );
        }
    }

    /// `posture-break\config\config.toml` under `tmp`, watched, and the watch seen working
    /// (it starts with the thread's first ReadDirectoryChangesW call: write until it is there).
    fn watched_config(tmp: &Path) -> (PathBuf, PathBuf, Changes) {
        let dir = tmp.join("posture-break").join("config");
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("config.toml");
        let (tx, rx) = std::sync::mpsc::channel();
        spawn(vec![file.clone()], move || {
            let _ = tx.send(());
        })
        .unwrap();
        let changes = Changes(rx);
        let seen = (0..50).any(|_| {
            std::fs::write(&file, "[schedule]\n").unwrap();
            changes.0.recv_timeout(Duration::from_millis(200)).is_ok()
        });
        assert!(seen, "writing the file was never seen");
        changes.quiet();
        (dir, file, changes)
    }

    /// The real watcher on a real directory: an edit, a rename onto the file; another file in
    /// the directory is no change.
    #[test]
    fn config_watch_sees_edits_and_renames() {
        let tmp = tempfile::tempdir().unwrap();
        let (dir, file, changes) = watched_config(tmp.path());
        std::fs::write(dir.join("unrelated.txt"), "x").unwrap();
        changes.none("another file in the directory");
        std::fs::create_dir(tmp.path().join("elsewhere")).unwrap();
        changes.none("another directory beside posture-break");
        std::fs::write(&file, "[schedule]\ninterval = \"40m\"\n").unwrap();
        changes.seen("writing the file again");
        std::fs::write(dir.join("new.tmp"), "[schedule]\ninterval = \"20m\"\n").unwrap();
        std::fs::rename(dir.join("new.tmp"), &file).unwrap();
        changes.seen("renaming onto the file");
        // Left in place: the watcher thread lives on, and removing the directories under it
        // would race its handles (wine's remove_dir_all then waits for ever).
        let _ = tmp.keep();
    }

    /// The config directory itself removed and made again: each step is seen, and the watcher
    /// follows the new directory (its handle never keeps the old one from going).
    #[test]
    fn config_watch_follows_its_directory_removed_and_made_again() {
        let tmp = tempfile::tempdir().unwrap();
        let (dir, file, changes) = watched_config(tmp.path());
        std::fs::remove_dir_all(&dir).unwrap();
        changes.seen("removing the config directory");
        assert!(
            !dir.exists(),
            "the removed directory lingers (delete pending)"
        );
        std::fs::create_dir(&dir).unwrap();
        changes.seen("making the config directory again");
        std::fs::write(&file, "[schedule]\ninterval = \"20m\"\n").unwrap();
        changes.seen("writing the file in the new directory");
        std::fs::write(&file, "[schedule]\ninterval = \"25m\"\n").unwrap();
        changes.seen("a second edit in the new directory");
        let _ = tmp.keep();
    }
}
