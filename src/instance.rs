//! One running app per user: an exclusive advisory lock on `<runtime dir>/instance.lock`.
//!
//! The OS drops the lock when the process dies, so a crash never leaves a stale "running" state.
//! The PID written into the file is only for humans; the lock is the truth.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum InstanceError {
    /// Another process holds the lock. `pid` is what that process wrote, if readable.
    #[error("posture-break is already running{}", pid.map(|p| format!(" (pid {p})")).unwrap_or_default())]
    AlreadyRunning { pid: Option<u32> },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// Held for the lifetime of the app; dropping it (or exiting) releases the lock.
#[derive(Debug)]
pub struct InstanceLock {
    file: File,
    path: PathBuf,
}

impl InstanceLock {
    /// Takes the lock without waiting. The file is opened without truncation so a losing
    /// contender never wipes the winner's PID.
    pub fn acquire(path: &Path) -> Result<InstanceLock, InstanceError> {
        let io_err = |source| InstanceError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut file = options.open(path).map_err(io_err)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(InstanceError::AlreadyRunning {
                    pid: read_pid(&mut file),
                })
            }
            Err(TryLockError::Error(e)) => return Err(io_err(e)),
        }
        file.set_len(0).map_err(io_err)?;
        file.seek(SeekFrom::Start(0)).map_err(io_err)?;
        writeln!(file, "{}", std::process::id()).map_err(io_err)?;
        Ok(InstanceLock {
            file,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for InstanceLock {
    fn drop(&mut self) {
        // Still locked here, so clearing our PID cannot race a new owner; closing unlocks.
        let _ = self.file.set_len(0);
    }
}

fn read_pid(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.take(64).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_open_file_description_is_refused_until_drop() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("instance.lock");
        let lock = InstanceLock::acquire(&path).unwrap();
        assert_eq!(lock.path(), path);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            format!("{}\n", std::process::id())
        );

        // flock locks belong to the open file description, so a second open conflicts even
        // within this process, just as another process would.
        match InstanceLock::acquire(&path) {
            Err(InstanceError::AlreadyRunning { pid }) => assert_eq!(pid, Some(std::process::id())),
            other => panic!("expected AlreadyRunning, got {other:?}"),
        }
        let other = File::open(&path).unwrap();
        assert!(matches!(other.try_lock(), Err(TryLockError::WouldBlock)));
        drop(other);
        // The loser must not have clobbered the PID.
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            format!("{}\n", std::process::id())
        );

        drop(lock);
        let again = InstanceLock::acquire(&path).unwrap();
        drop(again);
    }

    /// Runs this test binary again as a child that takes the lock, then kills it: the OS must
    /// release the lock without any cleanup from the dead process.
    #[test]
    fn lock_is_released_when_the_holder_dies() {
        const CHILD_ENV: &str = "POSTURE_BREAK_TEST_LOCK_CHILD";
        if let Some(path) = std::env::var_os(CHILD_ENV) {
            let _lock = InstanceLock::acquire(Path::new(&path)).unwrap();
            println!("CHILD-HOLDS-LOCK");
            std::io::stdout().flush().unwrap();
            std::thread::sleep(std::time::Duration::from_secs(60));
            return;
        }
        use std::io::BufRead;
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("instance.lock");
        // Test names omit the crate name that module_path! starts with.
        let module = module_path!()
            .split_once("::")
            .map_or(module_path!(), |(_, rest)| rest);
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                &format!("{module}::lock_is_released_when_the_holder_dies"),
                "--exact",
            ])
            .args(["--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let locked = std::io::BufReader::new(stdout)
            .lines()
            .any(|l| l.unwrap().contains("CHILD-HOLDS-LOCK"));
        assert!(locked, "child never took the lock");
        let held = InstanceLock::acquire(&path);
        child.kill().unwrap();
        child.wait().unwrap();
        assert!(
            matches!(held, Err(InstanceError::AlreadyRunning { .. })),
            "{held:?}"
        );
        InstanceLock::acquire(&path).unwrap();
    }

    #[test]
    fn stale_content_is_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("instance.lock");
        std::fs::write(&path, "999999999 and some long leftover text\n").unwrap();
        let _lock = InstanceLock::acquire(&path).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            format!("{}\n", std::process::id())
        );
    }

    #[test]
    fn missing_directory_is_an_io_error() {
        let tmp = tempfile::tempdir().unwrap();
        let err = InstanceLock::acquire(&tmp.path().join("no/such/dir/instance.lock")).unwrap_err();
        assert!(matches!(err, InstanceError::Io { .. }), "{err}");
    }

    #[test]
    fn already_running_message() {
        assert_eq!(
            InstanceError::AlreadyRunning { pid: Some(42) }.to_string(),
            "posture-break is already running (pid 42)"
        );
        assert_eq!(
            InstanceError::AlreadyRunning { pid: None }.to_string(),
            "posture-break is already running"
        );
    }
}
