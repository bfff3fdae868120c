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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::status::StateKind;
    use crate::ipc::tests::sample_status;
    use crate::ipc::{ensure_private_dir, Subscriber, MAX_CONNECTIONS, MAX_REQUEST_LEN};
    use std::fs;
    use std::io::Read;
    use std::os::unix::fs::symlink;
    use std::sync::mpsc;
    use std::time::Instant;

    #[test]
    fn runtime_dir_respects_only_absolute_xdg() {
        assert_eq!(
            runtime_dir_for(Some(OsStr::new("/run/user/1000")), 1000),
            PathBuf::from("/run/user/1000/posture-break")
        );
        let fallback = std::env::temp_dir().join("posture-break-1000");
        assert_eq!(
            runtime_dir_for(Some(OsStr::new("run/user")), 1000),
            fallback
        );
        assert_eq!(runtime_dir_for(Some(OsStr::new("")), 1000), fallback);
        assert_eq!(runtime_dir_for(None, 1000), fallback);
    }

    #[test]
    fn private_dir_is_created_and_tightened() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("rt/posture-break");
        ensure_private_dir(&dir).unwrap();
        assert_eq!(fs::metadata(&dir).unwrap().mode() & 0o7777, 0o700);

        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        ensure_private_dir(&dir).unwrap();
        assert_eq!(fs::metadata(&dir).unwrap().mode() & 0o7777, 0o700);
    }

    #[test]
    fn private_dir_refuses_symlink_file_and_foreign_owner() {
        let tmp = tempfile::tempdir().unwrap();
        let real = tmp.path().join("real");
        fs::create_dir(&real).unwrap();
        let link = tmp.path().join("link");
        symlink(&real, &link).unwrap();
        let err = ensure_private_dir(&link).unwrap_err();
        assert!(matches!(err, IpcError::BadPath { .. }), "{err}");
        assert!(err.to_string().contains("symlink"), "{err}");

        let file = tmp.path().join("file");
        fs::write(&file, "").unwrap();
        let err = ensure_private_dir(&file).unwrap_err();
        assert!(matches!(err, IpcError::BadPath { .. }), "{err}");

        // Only root can hand a directory to someone else; skip the rest otherwise.
        let foreign = tmp.path().join("foreign");
        fs::create_dir(&foreign).unwrap();
        if std::os::unix::fs::chown(&foreign, Some(65534), Some(65534)).is_ok() && euid() != 65534 {
            let err = ensure_private_dir(&foreign).unwrap_err();
            assert!(err.to_string().contains("owned by uid 65534"), "{err}");
        }
    }

    /// A server whose "main loop" is a separate thread, like the app's.
    fn start_server(path: &Path) -> ServerHandle {
        let server = Server::bind(path).unwrap();
        let (tx, rx) = mpsc::channel::<(Request, Responder)>();
        thread::spawn(move || {
            for (req, responder) in rx {
                match req {
                    Request::Status => responder.respond(Response::with_status(sample_status())),
                    Request::Skip => drop(responder),
                    // Never answered: exercises the server-side timeout.
                    Request::Stretch => std::mem::forget(responder),
                    Request::Snooze { secs: Some(0) } => {
                        responder.respond(Response::error("zero snooze"))
                    }
                    _ => responder.respond(Response::ok()),
                }
            }
        });
        server
            .spawn(move |req, responder| {
                let _ = tx.send((req, responder));
            })
            .unwrap()
    }

    fn status_ok(sock: &Path) {
        let resp = send(sock, &Request::Status, CLIENT_TIMEOUT).unwrap();
        assert_eq!(resp, Response::with_status(sample_status()));
    }

    fn raw_exchange(sock: &Path, bytes: &[u8]) -> String {
        let mut stream = UnixStream::connect(sock).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let _ = stream.write_all(bytes);
        let _ = stream.shutdown(std::net::Shutdown::Write);
        let mut out = Vec::new();
        let _ = stream.read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    /// A follower gets the first line at once and one per push; the connection thread is gone
    /// meanwhile (a 17th follower is not "busy"); a follower that never reads is dropped once
    /// its socket buffer is full, without the sender ever blocking; one that hung up is dropped
    /// at the next write.
    #[test]
    fn follow_pushes_lines_and_drops_dead_subscribers() {
        let tmp = tempfile::tempdir().unwrap();
        let sock = tmp.path().join("control.sock");
        let server = Server::bind(&sock).unwrap();
        let subscribers: Arc<Mutex<Vec<Subscriber>>> = Arc::default();
        let handle = {
            let subscribers = Arc::clone(&subscribers);
            server
                .spawn(move |req, responder| match req {
                    Request::Follow => {
                        let mut sub = responder.into_subscriber().unwrap();
                        assert!(sub.send(&Response::with_status(sample_status())));
                        subscribers.lock().unwrap().push(sub);
                    }
                    _ => responder.respond(Response::ok()),
                })
                .unwrap()
        };
        let push = |state: &str| {
            let mut status = sample_status();
            status.state = StateKind::ALL
                .into_iter()
                .find(|kind| kind.name() == state)
                .unwrap();
            let line = Response::with_status(status);
            subscribers.lock().unwrap().retain_mut(|s| s.send(&line));
        };
        let wait_count = |n: usize| {
            let deadline = Instant::now() + Duration::from_secs(5);
            while subscribers.lock().unwrap().len() != n {
                assert!(Instant::now() < deadline, "never {n} subscribers");
                thread::sleep(Duration::from_millis(10));
            }
        };

        let (tx, rx) = mpsc::channel();
        let follower = {
            let sock = sock.clone();
            thread::spawn(move || {
                follow(&sock, |r| {
                    let state = r.status.map(|s| s.state.name()).unwrap_or_default();
                    let more = state != "paused";
                    tx.send(state).unwrap();
                    more
                })
            })
        };
        let next = || rx.recv_timeout(Duration::from_secs(5)).unwrap();
        assert_eq!(next(), "active", "first line at once");
        wait_count(1);
        // More followers than connection threads: none of them holds one.
        let idle: Vec<UnixStream> = (0..MAX_CONNECTIONS + 1)
            .map(|i| {
                let mut s = UnixStream::connect(&sock).unwrap();
                s.write_all(b"{\"cmd\":\"follow\"}\n").unwrap();
                wait_count(i + 2);
                s
            })
            .collect();
        status_ok_plain(&sock);
        push("snoozed");
        assert_eq!(next(), "snoozed");
        assert!(
            rx.recv_timeout(Duration::from_millis(200)).is_err(),
            "nothing unasked"
        );
        // The idle followers never read: pushing until their buffers fill must not block, and
        // drops them.
        let started = Instant::now();
        let mut pushes = 0;
        while subscribers.lock().unwrap().len() > 1 {
            push("reminding");
            // The live follower reads each line (so only the idle ones fill up).
            assert_eq!(next(), "reminding");
            pushes += 1;
            assert!(pushes < 100_000, "non-reading followers were never dropped");
        }
        assert!(started.elapsed() < Duration::from_secs(10));
        drop(idle);
        push("paused");
        assert_eq!(next(), "paused");
        follower.join().unwrap().unwrap(); // it stops after "paused" and hangs up
        let deadline = Instant::now() + Duration::from_secs(5);
        while !subscribers.lock().unwrap().is_empty() {
            assert!(
                Instant::now() < deadline,
                "the hung-up follower was never dropped"
            );
            push("active");
            thread::sleep(Duration::from_millis(10));
        }
        handle.shutdown();
    }

    fn status_ok_plain(sock: &Path) {
        assert_eq!(
            send(sock, &Request::Status, CLIENT_TIMEOUT).unwrap(),
            Response::ok()
        );
    }

    #[test]
    fn server_answers_and_sets_modes() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("posture-break");
        ensure_private_dir(&dir).unwrap();
        let sock = dir.join("control.sock");
        let handle = start_server(&sock);
        assert_eq!(fs::metadata(&sock).unwrap().mode() & 0o777, 0o600);
        assert_eq!(fs::metadata(&dir).unwrap().mode() & 0o7777, 0o700);

        status_ok(&sock);
        assert_eq!(
            send(&sock, &Request::Quit, CLIENT_TIMEOUT).unwrap(),
            Response::ok()
        );
        assert_eq!(
            send(&sock, &Request::Snooze { secs: Some(0) }, CLIENT_TIMEOUT).unwrap(),
            Response::error("zero snooze")
        );
        let dropped = send(&sock, &Request::Skip, CLIENT_TIMEOUT).unwrap();
        assert!(!dropped.ok);
        assert!(dropped.error.unwrap().contains("dropped"));

        handle.shutdown();
        assert!(!sock.exists(), "shutdown removes the socket file");
        assert!(matches!(
            send(&sock, &Request::Status, CLIENT_TIMEOUT),
            Err(IpcError::NotRunning { .. })
        ));
    }

    #[test]
    fn wait_closed_sees_the_socket_go() {
        let tmp = tempfile::tempdir().unwrap();
        let sock = tmp.path().join("control.sock");
        let handle = start_server(&sock);
        let id = SocketId::of(&sock);
        assert!(id.is_some());
        assert!(
            !wait_closed(&sock, id, Duration::from_millis(100)),
            "still listening"
        );
        let stopper = thread::spawn(move || {
            thread::sleep(Duration::from_millis(200));
            handle.shutdown();
        });
        let start = Instant::now();
        assert!(wait_closed(&sock, id, Duration::from_secs(5)));
        assert!(
            start.elapsed() < Duration::from_secs(4),
            "{:?}",
            start.elapsed()
        );
        stopper.join().unwrap();
        assert!(!sock.exists());

        // A new instance's socket at the same path is not the one we asked to quit.
        let handle = start_server(&sock);
        assert!(wait_closed(&sock, id, Duration::from_millis(100)));
        assert!(!wait_closed(
            &sock,
            SocketId::of(&sock),
            Duration::from_millis(100)
        ));
        handle.shutdown();

        // A file left behind with nothing listening counts as closed at the deadline.
        let stale = UnixListener::bind(tmp.path().join("stale.sock")).unwrap();
        drop(stale);
        let stale = tmp.path().join("stale.sock");
        assert!(wait_closed(
            &stale,
            SocketId::of(&stale),
            Duration::from_millis(50)
        ));
    }

    #[test]
    fn unanswered_request_times_out_on_the_server() {
        let tmp = tempfile::tempdir().unwrap();
        let sock = tmp.path().join("control.sock");
        let _handle = start_server(&sock);
        let start = Instant::now();
        let resp = send(&sock, &Request::Stretch, CLIENT_TIMEOUT).unwrap();
        assert_eq!(
            resp,
            Response::error("posture-break did not answer in time")
        );
        assert!(start.elapsed() >= SERVER_TIMEOUT);
        status_ok(&sock);
    }

    /// The 17th client gets the busy answer, whether or not its request was out before the
    /// server closed (the busy reply is written without reading the request).
    #[test]
    fn busy_answer_reaches_the_client() {
        let tmp = tempfile::tempdir().unwrap();
        let sock = tmp.path().join("control.sock");
        let _handle = start_server(&sock);
        let held: Vec<UnixStream> = (0..MAX_CONNECTIONS)
            .map(|_| UnixStream::connect(&sock).unwrap())
            .collect();
        thread::sleep(Duration::from_millis(100));
        for _ in 0..20 {
            let resp = send(&sock, &Request::Status, CLIENT_TIMEOUT).unwrap();
            assert_eq!(resp, Response::error("server busy, try again"));
        }
        drop(held);
        thread::sleep(Duration::from_millis(100));
        status_ok(&sock);
    }

    #[test]
    fn server_survives_hostile_clients() {
        let tmp = tempfile::tempdir().unwrap();
        let sock = tmp.path().join("control.sock");
        let _handle = start_server(&sock);

        let garbage = raw_exchange(&sock, b"\x00\xff\xfe garbage \x01\n");
        assert!(
            garbage.starts_with(r#"{"ok":false,"error":"invalid request: "#),
            "{garbage}"
        );
        let unknown = raw_exchange(&sock, b"{\"cmd\":\"dance\"}\n");
        assert!(unknown.contains("unknown variant"), "{unknown}");
        let extra = raw_exchange(&sock, b"{\"cmd\":\"snooze\",\"secs\":1,\"x\":2}\n");
        assert!(extra.contains("unknown field"), "{extra}");
        // A half line and EOF is still one request.
        assert!(raw_exchange(&sock, b"{\"cmd\":\"status\"}").contains(r#""state":"active""#));
        assert!(raw_exchange(&sock, b"{\"cmd\":\"sta").contains("invalid request"));
        // Nothing at all, and an immediate disconnect.
        assert_eq!(raw_exchange(&sock, b""), "");
        drop(UnixStream::connect(&sock).unwrap());

        // Exactly at the limit is fine (the padding is JSON whitespace); one byte more is not.
        let mut at_limit = b"{\"cmd\":\"status\"}".to_vec();
        at_limit.resize(MAX_REQUEST_LEN, b' ');
        at_limit.push(b'\n');
        assert!(raw_exchange(&sock, &at_limit).contains(r#""ok":true"#));
        let mut over = b"{\"cmd\":\"status\"}".to_vec();
        over.resize(MAX_REQUEST_LEN + 1, b' ');
        over.push(b'\n');
        assert_eq!(
            raw_exchange(&sock, &over),
            "{\"ok\":false,\"error\":\"request too long\"}\n"
        );

        // 1 MB without a newline.
        let big = vec![b'a'; 1 << 20];
        assert!(raw_exchange(&sock, &big).contains("request too long"));

        // A client that connects and says nothing is cut off by the read timeout.
        let silent = UnixStream::connect(&sock).unwrap();

        // Many simultaneous connections.
        let clients: Vec<_> = (0..64)
            .map(|i| {
                let sock = sock.clone();
                thread::spawn(move || match i % 3 {
                    0 => send(&sock, &Request::Status, CLIENT_TIMEOUT)
                        .map(|r| r.ok)
                        .ok(),
                    1 => Some(raw_exchange(&sock, b"\xff\xff\n").contains("invalid")),
                    _ => UnixStream::connect(&sock).ok().map(|_| true),
                })
            })
            .collect();
        for c in clients {
            c.join().unwrap();
        }
        let mut silent_out = String::new();
        let _ = (&silent).read_to_string(&mut silent_out);
        assert!(
            silent_out.contains("timed out reading request"),
            "{silent_out}"
        );

        status_ok(&sock);
    }

    #[test]
    fn not_running_for_missing_or_stale_socket() {
        let tmp = tempfile::tempdir().unwrap();
        let missing = tmp.path().join("nope.sock");
        assert!(matches!(
            send(&missing, &Request::Status, CLIENT_TIMEOUT),
            Err(IpcError::NotRunning { .. })
        ));

        // std does not unlink on drop, so this leaves a socket file nobody listens on.
        let stale = tmp.path().join("stale.sock");
        drop(UnixListener::bind(&stale).unwrap());
        assert!(stale.exists());
        assert!(matches!(
            send(&stale, &Request::Status, CLIENT_TIMEOUT),
            Err(IpcError::NotRunning { .. })
        ));
        // bind replaces the stale file.
        let _handle = start_server(&stale);
        status_ok(&stale);
    }

    #[test]
    fn bind_refuses_live_socket_and_non_socket() {
        let tmp = tempfile::tempdir().unwrap();
        let sock = tmp.path().join("control.sock");
        let _live = UnixListener::bind(&sock).unwrap();
        assert!(matches!(Server::bind(&sock), Err(IpcError::InUse { .. })));
        assert!(sock.exists());

        let file = tmp.path().join("plain");
        fs::write(&file, "x").unwrap();
        assert!(matches!(Server::bind(&file), Err(IpcError::BadPath { .. })));
        assert_eq!(fs::read_to_string(&file).unwrap(), "x");
    }

    #[test]
    fn dropping_an_unspawned_server_removes_its_socket() {
        let tmp = tempfile::tempdir().unwrap();
        let sock = tmp.path().join("control.sock");
        let server = Server::bind(&sock).unwrap();
        assert_eq!(server.path(), sock);
        drop(server);
        assert!(!sock.exists());
    }

    #[test]
    fn peer_uid_is_ours() {
        let (a, _b) = UnixStream::pair().unwrap();
        assert_eq!(peer_uid(&a).unwrap(), euid());
    }
}
