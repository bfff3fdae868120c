//! The control channel on Unix: a socket in the per-user runtime dir (mode 0700), peers checked
//! by uid (SO_PEERCRED / getpeereid).

use std::ffi::OsStr;
use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::io::AsRawFd;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use super::{
    admit, io_err, read_response, serve, Forward, IpcError, Request, Responder, Response,
    CLIENT_TIMEOUT, SERVER_TIMEOUT,
};

pub(super) fn euid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

// ---------------------------------------------------------------------------------------------
// Paths

/// `$XDG_RUNTIME_DIR/posture-break`, or `<temp>/posture-break-<uid>` when XDG_RUNTIME_DIR is
/// unset or not absolute (the XDG spec says relative values must be ignored).
pub fn runtime_dir() -> Result<PathBuf, IpcError> {
    Ok(runtime_dir_for(
        std::env::var_os("XDG_RUNTIME_DIR").as_deref(),
        euid(),
    ))
}

pub(super) fn runtime_dir_for(xdg_runtime_dir: Option<&OsStr>, uid: u32) -> PathBuf {
    match xdg_runtime_dir.map(Path::new) {
        Some(dir) if dir.is_absolute() => dir.join("posture-break"),
        _ => std::env::temp_dir().join(format!("posture-break-{uid}")),
    }
}

/// [`runtime_dir`], created with mode 0700 if missing; see [`ensure_private_dir`].
pub fn ensure_runtime_dir() -> Result<PathBuf, IpcError> {
    let dir = runtime_dir()?;
    ensure_private_dir(&dir)?;
    Ok(dir)
}

/// Creates `dir` (mode 0700) if needed, refuses a symlink or a directory owned by someone else
/// (the temp-dir fallback lives in a world-writable place), and tightens our own dir to 0700.
pub fn ensure_private_dir(dir: &Path) -> Result<(), IpcError> {
    let bad = |reason: String| IpcError::BadPath {
        path: dir.to_path_buf(),
        reason,
    };
    if let Err(e) = fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
    {
        // An existing non-directory is reported more clearly by the checks below.
        if e.kind() != io::ErrorKind::AlreadyExists {
            return Err(io_err(format!("creating {}", dir.display()))(e));
        }
    }
    // Check and fix through one descriptor opened without following symlinks, so the thing we
    // inspect is the thing we chmod.
    let handle = fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_DIRECTORY | libc::O_CLOEXEC)
        .open(dir)
        .map_err(|e| match e.raw_os_error() {
            // Linux reports a symlink as ENOTDIR here (O_DIRECTORY wins), others as ELOOP.
            Some(libc::ELOOP | libc::ENOTDIR) => {
                if fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
                    bad("is a symlink; refusing to use it".into())
                } else {
                    bad("exists and is not a directory".into())
                }
            }
            _ => io_err(format!("opening {}", dir.display()))(e),
        })?;
    let meta = handle
        .metadata()
        .map_err(io_err(format!("inspecting {}", dir.display())))?;
    let me = euid();
    if meta.uid() != me {
        return Err(bad(format!(
            "owned by uid {}, not by us (uid {me}); refusing to use it",
            meta.uid()
        )));
    }
    if meta.mode() & 0o7777 != 0o700 {
        handle
            .set_permissions(fs::Permissions::from_mode(0o700))
            .map_err(io_err(format!("setting mode 0700 on {}", dir.display())))?;
    }
    Ok(())
}

/// `<runtime dir>/control.sock`
pub fn socket_path() -> Result<PathBuf, IpcError> {
    Ok(runtime_dir()?.join("control.sock"))
}

/// `<runtime dir>/instance.lock`
pub fn lock_path() -> Result<PathBuf, IpcError> {
    Ok(runtime_dir()?.join("instance.lock"))
}

// ---------------------------------------------------------------------------------------------
// Server

/// The bound control socket. Nothing is accepted until [`Server::spawn`].
pub struct Server {
    listener: UnixListener,
    file: SocketFile,
}

/// Removes the socket file on drop, but only if it is still the one we created.
struct SocketFile {
    path: PathBuf,
    dev: u64,
    ino: u64,
}

impl Drop for SocketFile {
    fn drop(&mut self) {
        if let Ok(meta) = fs::symlink_metadata(&self.path) {
            if meta.dev() == self.dev && meta.ino() == self.ino {
                let _ = fs::remove_file(&self.path);
            }
        }
    }
}

impl Server {
    /// Binds the socket at `path` (mode 0600). A leftover socket file is removed only if nothing
    /// answers on it; the caller must already hold the instance lock.
    pub fn bind(path: &Path) -> Result<Server, IpcError> {
        match fs::symlink_metadata(path) {
            Ok(meta) if meta.file_type().is_socket() => match UnixStream::connect(path) {
                Ok(_) => {
                    return Err(IpcError::InUse {
                        path: path.to_path_buf(),
                    })
                }
                Err(e) if is_not_running(&e) => match fs::remove_file(path) {
                    Ok(()) => {}
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(io_err(format!("removing stale {}", path.display()))(e)),
                },
                Err(e) => return Err(io_err(format!("probing {}", path.display()))(e)),
            },
            Ok(_) => {
                return Err(IpcError::BadPath {
                    path: path.to_path_buf(),
                    reason: "exists and is not a socket; refusing to replace it".into(),
                })
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err(format!("inspecting {}", path.display()))(e)),
        }

        let listener =
            UnixListener::bind(path).map_err(io_err(format!("binding {}", path.display())))?;
        let meta =
            fs::symlink_metadata(path).map_err(io_err(format!("inspecting {}", path.display())))?;
        let file = SocketFile {
            path: path.to_path_buf(),
            dev: meta.dev(),
            ino: meta.ino(),
        };
        // chmod after bind instead of juggling the process-wide umask (other threads may be
        // creating files). The 0700 dir and the peer-uid check already cover the short window.
        fs::set_permissions(path, fs::Permissions::from_mode(0o600))
            .map_err(io_err(format!("setting mode 0600 on {}", path.display())))?;
        Ok(Server { listener, file })
    }

    pub fn path(&self) -> &Path {
        &self.file.path
    }

    /// Starts the accept thread. Every valid request is passed to `forward` together with a
    /// [`Responder`]; `forward` should just hand both to the main loop (it runs on a connection
    /// thread, serialised by a mutex). The connection waits up to [`SERVER_TIMEOUT`] for the
    /// answer, then replies with an error itself.
    pub fn spawn<F>(self, forward: F) -> io::Result<ServerHandle>
    where
        F: FnMut(Request, Responder) + Send + 'static,
    {
        let listener = Arc::new(self.listener);
        let stop = Arc::new(AtomicBool::new(false));
        let forward: Arc<Mutex<dyn FnMut(Request, Responder) + Send>> =
            Arc::new(Mutex::new(forward));
        let thread = thread::Builder::new().name("ipc-accept".into()).spawn({
            let listener = Arc::clone(&listener);
            let stop = Arc::clone(&stop);
            move || accept_loop(&listener, &stop, &forward)
        })?;
        Ok(ServerHandle {
            listener,
            stop,
            thread: Some(thread),
            file: Some(self.file),
        })
    }
}

/// A running server. [`ServerHandle::shutdown`] (or dropping it) stops the accept thread and
/// removes the socket file.
pub struct ServerHandle {
    listener: Arc<UnixListener>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    file: Option<SocketFile>,
}

impl ServerHandle {
    pub fn path(&self) -> Option<&Path> {
        self.file.as_ref().map(|f| f.path.as_path())
    }

    pub fn shutdown(mut self) {
        self.stop_now();
    }

    fn stop_now(&mut self) {
        let Some(thread) = self.thread.take() else {
            return;
        };
        self.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept(): on Linux shutdown(2) on a listening socket makes accept
        // fail with EINVAL; elsewhere, connecting once does it.
        // SAFETY: the fd stays open (we hold an Arc to the listener) for the whole call.
        let shut = unsafe { libc::shutdown(self.listener.as_raw_fd(), libc::SHUT_RDWR) } == 0;
        let woke = shut
            || self
                .file
                .as_ref()
                .is_some_and(|f| UnixStream::connect(&f.path).is_ok());
        // Joining an accept() we could not wake would hang the quit path; leave it to process exit.
        if woke {
            let _ = thread.join();
        }
        self.file.take();
    }
}

impl Drop for ServerHandle {
    fn drop(&mut self) {
        self.stop_now();
        self.file.take();
    }
}

fn accept_loop(listener: &UnixListener, stop: &AtomicBool, forward: &Forward) {
    let active = Arc::new(AtomicUsize::new(0));
    let uid = euid();
    loop {
        // Blocking accept: no wakeups at all while nobody connects.
        let accepted = listener.accept();
        if stop.load(Ordering::SeqCst) {
            return;
        }
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                if !matches!(
                    e.kind(),
                    io::ErrorKind::Interrupted | io::ErrorKind::ConnectionAborted
                ) {
                    // e.g. EMFILE: back off instead of spinning.
                    thread::sleep(Duration::from_millis(100));
                }
                continue;
            }
        };
        let forward = Arc::clone(forward);
        admit(&active, stream, move |stream| {
            handle_connection(stream, uid, &forward)
        });
    }
}

fn handle_connection(stream: UnixStream, uid: u32, forward: &Forward) {
    match peer_uid(&stream) {
        Ok(peer) if peer == uid => {}
        // Another user (or unknown): close without a word.
        _ => return,
    }
    if stream.set_read_timeout(Some(SERVER_TIMEOUT)).is_err()
        || stream.set_write_timeout(Some(SERVER_TIMEOUT)).is_err()
    {
        return;
    }
    serve(stream, forward);
}

#[cfg(any(target_os = "linux", target_os = "android"))]
pub(super) fn peer_uid(stream: &UnixStream) -> io::Result<u32> {
    let mut cred = libc::ucred {
        pid: 0,
        uid: 0,
        gid: 0,
    };
    let mut len = std::mem::size_of::<libc::ucred>() as libc::socklen_t;
    // SAFETY: valid open fd; `cred`/`len` are a correctly sized out-parameter pair.
    let rc = unsafe {
        libc::getsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_PEERCRED,
            (&mut cred as *mut libc::ucred).cast(),
            &mut len,
        )
    };
    if rc != 0 {
        return Err(io::Error::last_os_error());
    }
    if len as usize != std::mem::size_of::<libc::ucred>() {
        return Err(io::Error::other("short SO_PEERCRED answer"));
    }
    Ok(cred.uid)
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
pub(super) fn peer_uid(stream: &UnixStream) -> io::Result<u32> {
    let mut uid: libc::uid_t = 0;
    let mut gid: libc::gid_t = 0;
    // SAFETY: valid open fd; uid/gid are valid out-parameters.
    let rc = unsafe { libc::getpeereid(stream.as_raw_fd(), &mut uid, &mut gid) };
    if rc != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(uid)
}

// ---------------------------------------------------------------------------------------------
// Client

fn is_not_running(e: &io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(libc::ENOENT) | Some(libc::ECONNREFUSED)
    ) || matches!(
        e.kind(),
        io::ErrorKind::NotFound | io::ErrorKind::ConnectionRefused
    )
}

/// [`IpcError::NotRunning`] when there is no socket or nothing listens on it.
fn connect(socket: &Path) -> Result<UnixStream, IpcError> {
    UnixStream::connect(socket).map_err(|e| {
        if is_not_running(&e) {
            IpcError::NotRunning {
                path: socket.to_path_buf(),
            }
        } else {
            io_err(format!("connecting to {}", socket.display()))(e)
        }
    })
}

/// Sends one request to the running app and waits up to `timeout` for each read/write.
/// [`IpcError::NotRunning`] when there is no socket or nothing listens on it.
pub fn send(socket: &Path, req: &Request, timeout: Duration) -> Result<Response, IpcError> {
    let stream = connect(socket)?;
    // A zero timeout is rejected by the OS API; treat it as "as short as possible".
    let timeout = timeout.max(Duration::from_millis(1));
    stream
        .set_read_timeout(Some(timeout))
        .map_err(io_err("setting socket timeout"))?;
    stream
        .set_write_timeout(Some(timeout))
        .map_err(io_err("setting socket timeout"))?;

    let is_timeout = |e: &io::Error| {
        matches!(
            e.kind(),
            io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
        )
    };
    let mut line = serde_json::to_vec(req).map_err(|e| IpcError::Protocol(e.to_string()))?;
    line.push(b'\n');
    if let Err(e) = (&stream).write_all(&line) {
        if is_timeout(&e) {
            return Err(IpcError::Timeout);
        }
        // A busy server answers and closes without reading the request: the write then fails,
        // but its answer is waiting in the socket.
        if matches!(
            e.kind(),
            io::ErrorKind::BrokenPipe | io::ErrorKind::ConnectionReset
        ) {
            if let Ok(response) = read_response(&stream, is_timeout) {
                return Ok(response);
            }
        }
        return Err(io_err("sending request")(e));
    }
    read_response(&stream, is_timeout)
}

/// The socket file a running app listens on, to tell when it goes away. The change time is part
/// of it because a file system may give a new socket the inode number of the one just removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SocketId {
    dev: u64,
    ino: u64,
    ctime: (i64, i64),
}

impl SocketId {
    /// `None` when nothing is at `socket`.
    pub fn of(socket: &Path) -> Option<SocketId> {
        fs::symlink_metadata(socket).ok().map(|meta| SocketId {
            dev: meta.dev(),
            ino: meta.ino(),
            ctime: (meta.ctime(), meta.ctime_nsec()),
        })
    }
}

/// After the app has answered `quit`: waits up to `timeout` for it to close the socket `id`
/// (an app removes its socket file on the way out). `true` once the file is gone or is another
/// one (a new instance started meanwhile), or, at the deadline, nothing listens on it any more
/// (an app that died without removing it).
pub fn wait_closed(socket: &Path, id: Option<SocketId>, timeout: Duration) -> bool {
    let deadline = std::time::Instant::now() + timeout;
    loop {
        let now = SocketId::of(socket);
        if now.is_none() || now != id {
            return true;
        }
        if std::time::Instant::now() >= deadline {
            return matches!(UnixStream::connect(socket), Err(e) if is_not_running(&e));
        }
        thread::sleep(Duration::from_millis(20));
    }
}

impl super::Connection for UnixStream {
    fn never_wait_on_writes(&mut self) -> io::Result<()> {
        self.set_nonblocking(true)
    }
}

/// Sends `follow` and calls `each` with every line the app pushes (see [`super::follow_on`]).
/// Reads block without a timeout: the follower waits in `read(2)`.
pub fn follow(socket: &Path, each: impl FnMut(Response) -> bool) -> Result<(), IpcError> {
    let stream = connect(socket)?;
    stream
        .set_write_timeout(Some(CLIENT_TIMEOUT))
        .map_err(io_err("setting socket timeout"))?;
    super::follow_on(stream, each)
}
