//! The control channel on Windows: a byte-mode named pipe `\\.\pipe\posture-break-<user SID>`.
//! Its DACL grants only the current user, remote clients are rejected, and each side checks the
//! other's process token: a client run by another user is closed without a word, and the CLI
//! refuses a pipe served by another user's process. The first instance is created with
//! `FILE_FLAG_FIRST_PIPE_INSTANCE`, so nobody can squat the name before the app binds it.
//!
//! All I/O is overlapped with a deadline (the same timeouts as the Unix socket), and the accept
//! thread blocks in `WaitForMultipleObjects` on "a client connected" or "stop": no wakeups while
//! nobody connects.

use std::ffi::OsStr;
use std::io::{self, Read, Write};
use std::mem::{size_of, zeroed};
use std::os::windows::ffi::OsStrExt;
use std::os::windows::io::{AsRawHandle, FromRawHandle, OwnedHandle};
use std::path::{Path, PathBuf};
use std::ptr::{null, null_mut};
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use windows_sys::Win32::Foundation::{
    GetLastError, LocalFree, ERROR_ACCESS_DENIED, ERROR_BROKEN_PIPE, ERROR_FILE_NOT_FOUND,
    ERROR_IO_PENDING, ERROR_PIPE_BUSY, ERROR_PIPE_CONNECTED, GENERIC_READ, GENERIC_WRITE, HANDLE,
    INVALID_HANDLE_VALUE, WAIT_OBJECT_0,
};
use windows_sys::Win32::Security::Authorization::{
    ConvertSidToStringSidW, ConvertStringSecurityDescriptorToSecurityDescriptorW, SDDL_REVISION_1,
};
use windows_sys::Win32::Security::{
    GetLengthSid, GetTokenInformation, TokenUser, PSECURITY_DESCRIPTOR, SECURITY_ATTRIBUTES,
    TOKEN_QUERY, TOKEN_USER,
};
use windows_sys::Win32::Storage::FileSystem::{
    CreateFileW, ReadFile, WriteFile, FILE_FLAG_FIRST_PIPE_INSTANCE, FILE_FLAG_OVERLAPPED,
    FILE_SHARE_NONE, OPEN_EXISTING, PIPE_ACCESS_DUPLEX, SECURITY_IDENTIFICATION,
    SECURITY_SQOS_PRESENT,
};
use windows_sys::Win32::System::Pipes::{
    ConnectNamedPipe, CreateNamedPipeW, GetNamedPipeClientProcessId, GetNamedPipeServerProcessId,
    WaitNamedPipeW, PIPE_READMODE_BYTE, PIPE_REJECT_REMOTE_CLIENTS, PIPE_TYPE_BYTE,
    PIPE_UNLIMITED_INSTANCES, PIPE_WAIT,
};
use windows_sys::Win32::System::Threading::{
    CreateEventW, GetCurrentProcess, OpenProcess, OpenProcessToken, SetEvent,
    WaitForMultipleObjects, WaitForSingleObject, INFINITE, PROCESS_QUERY_LIMITED_INFORMATION,
};
use windows_sys::Win32::System::IO::{CancelIoEx, GetOverlappedResult, OVERLAPPED};

use super::{
    admit, io_err, read_response, serve, Forward, IpcError, Request, Responder, Response,
    CLIENT_TIMEOUT, SERVER_TIMEOUT,
};

const PIPE_BUFFER: u32 = 4096;

fn wide(text: &OsStr) -> Vec<u16> {
    text.encode_wide().chain(Some(0)).collect()
}

fn owned(handle: HANDLE) -> io::Result<OwnedHandle> {
    if handle.is_null() || handle == INVALID_HANDLE_VALUE {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a valid handle that nothing else owns (just returned by the OS to us).
    Ok(unsafe { OwnedHandle::from_raw_handle(handle) })
}

fn event() -> io::Result<OwnedHandle> {
    // SAFETY: no attributes, no name: a fresh manual-reset event, initially not signalled.
    owned(unsafe { CreateEventW(null(), 1, 0, null()) })
}

fn millis(duration: Duration) -> u32 {
    duration.as_millis().clamp(1, u128::from(INFINITE - 1)) as u32
}

// ---------------------------------------------------------------------------------------------
// Users

/// The SID of the user a process runs as, as bytes (equal bytes = `EqualSid`).
fn process_user(process: HANDLE) -> io::Result<Vec<u8>> {
    let mut token = null_mut();
    // SAFETY: `process` is a process handle with query rights; `token` is an out-parameter.
    if unsafe { OpenProcessToken(process, TOKEN_QUERY, &mut token) } == 0 {
        return Err(io::Error::last_os_error());
    }
    let token = owned(token)?;
    let mut len = 0u32;
    // SAFETY: asks for the size only (null buffer, length 0).
    unsafe { GetTokenInformation(token.as_raw_handle(), TokenUser, null_mut(), 0, &mut len) };
    // u64s so the TOKEN_USER at its start is aligned.
    let mut buf = vec![0u64; (len as usize).div_ceil(8).max(1)];
    let size = (buf.len() * 8) as u32;
    // SAFETY: `buf` holds `size` writable bytes.
    let ok = unsafe {
        GetTokenInformation(
            token.as_raw_handle(),
            TokenUser,
            buf.as_mut_ptr().cast(),
            size,
            &mut len,
        )
    };
    if ok == 0 || (len as usize) < size_of::<TOKEN_USER>() {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: the OS wrote a TOKEN_USER (aligned, see above) whose SID points into `buf`.
    let sid = unsafe { (*buf.as_ptr().cast::<TOKEN_USER>()).User.Sid };
    // SAFETY: a valid SID from the token; GetLengthSid gives its size in bytes.
    let sid_len = unsafe { GetLengthSid(sid) } as usize;
    // SAFETY: `sid_len` bytes at `sid` lie inside `buf`, which lives until the copy is done.
    Ok(unsafe { std::slice::from_raw_parts(sid.cast::<u8>(), sid_len) }.to_vec())
}

fn current_user() -> io::Result<Vec<u8>> {
    // SAFETY: the pseudo handle of our own process needs no closing.
    process_user(unsafe { GetCurrentProcess() })
}

fn user_of_process(pid: u32) -> io::Result<Vec<u8>> {
    // SAFETY: plain call; the handle is owned (and closed) below.
    let process = owned(unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) })?;
    process_user(process.as_raw_handle())
}

/// The user of the process at the other end of `pipe` (client or server side).
fn peer_user(pipe: &OwnedHandle, server_side: bool) -> io::Result<Vec<u8>> {
    let mut pid = 0u32;
    // SAFETY: a connected pipe handle and an out-parameter.
    let ok = unsafe {
        if server_side {
            GetNamedPipeClientProcessId(pipe.as_raw_handle(), &mut pid)
        } else {
            GetNamedPipeServerProcessId(pipe.as_raw_handle(), &mut pid)
        }
    };
    if ok == 0 {
        return Err(io::Error::last_os_error());
    }
    user_of_process(pid)
}

/// `S-1-5-21-…` for SDDL and the pipe's name.
fn sid_string(sid: &[u8]) -> io::Result<String> {
    let mut text = null_mut();
    // SAFETY: `sid` is a valid SID (from a token); the OS allocates `text` (freed below).
    if unsafe { ConvertSidToStringSidW(sid.as_ptr().cast_mut().cast(), &mut text) } == 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a NUL-terminated UTF-16 string from the OS.
    let len = (0..).take_while(|&i| unsafe { *text.add(i) } != 0).count();
    // SAFETY: `len` units before the NUL.
    let result = String::from_utf16_lossy(unsafe { std::slice::from_raw_parts(text, len) });
    // SAFETY: allocated by ConvertSidToStringSidW with LocalAlloc.
    unsafe { LocalFree(text.cast()) };
    Ok(result)
}

/// A security descriptor whose protected DACL grants everything to one user and nothing to
/// anyone else.
struct OnlyUser(PSECURITY_DESCRIPTOR);

// SAFETY: the descriptor is immutable after creation and only read by CreateNamedPipeW.
unsafe impl Send for OnlyUser {}

impl OnlyUser {
    fn new(user: &[u8]) -> io::Result<OnlyUser> {
        let sddl = wide(OsStr::new(&format!("D:P(A;;GA;;;{})", sid_string(user)?)));
        let mut descriptor = null_mut();
        // SAFETY: a NUL-terminated SDDL string; the OS allocates `descriptor` (freed on drop).
        let ok = unsafe {
            ConvertStringSecurityDescriptorToSecurityDescriptorW(
                sddl.as_ptr(),
                SDDL_REVISION_1,
                &mut descriptor,
                null_mut(),
            )
        };
        if ok == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(OnlyUser(descriptor))
    }
}

impl Drop for OnlyUser {
    fn drop(&mut self) {
        // SAFETY: allocated with LocalAlloc by the conversion above.
        unsafe { LocalFree(self.0) };
    }
}

// ---------------------------------------------------------------------------------------------
// Paths

/// `%LOCALAPPDATA%\posture-break`: the instance lock lives here.
pub fn runtime_dir() -> Result<PathBuf, IpcError> {
    directories::BaseDirs::new()
        .map(|dirs| dirs.data_local_dir().join("posture-break"))
        .ok_or_else(|| IpcError::BadPath {
            path: PathBuf::from("%LOCALAPPDATA%"),
            reason: "cannot find the local application data folder".into(),
        })
}

/// [`runtime_dir`], created if missing (the user's profile already keeps others out).
pub fn ensure_runtime_dir() -> Result<PathBuf, IpcError> {
    let dir = runtime_dir()?;
    std::fs::create_dir_all(&dir).map_err(io_err(format!("creating {}", dir.display())))?;
    Ok(dir)
}

/// `\\.\pipe\posture-break-<SID of this user>`
pub fn socket_path() -> Result<PathBuf, IpcError> {
    let user = current_user().map_err(io_err("reading this process's user"))?;
    let sid = sid_string(&user).map_err(io_err("reading this process's user"))?;
    Ok(PathBuf::from(format!(r"\\.\pipe\posture-break-{sid}")))
}

/// `<runtime dir>\instance.lock`
pub fn lock_path() -> Result<PathBuf, IpcError> {
    Ok(runtime_dir()?.join("instance.lock"))
}

// ---------------------------------------------------------------------------------------------
// One end of a connected pipe

/// A connected pipe handle (opened for overlapped I/O) whose reads and writes give up after a
/// timeout, like a socket's.
struct Pipe {
    handle: OwnedHandle,
    event: OwnedHandle,
    timeout: Duration,
}

impl Pipe {
    fn new(handle: OwnedHandle, timeout: Duration) -> io::Result<Pipe> {
        Ok(Pipe {
            handle,
            event: event()?,
            timeout,
        })
    }

    /// Runs one overlapped operation to its end, or cancels it at the timeout.
    fn complete(&self, start: impl FnOnce(HANDLE, *mut OVERLAPPED) -> i32) -> io::Result<usize> {
        let handle = self.handle.as_raw_handle();
        // SAFETY: OVERLAPPED is plain data; all zero is its documented initial state.
        let mut overlapped: OVERLAPPED = unsafe { zeroed() };
        overlapped.hEvent = self.event.as_raw_handle();
        if start(handle, &mut overlapped) == 0 {
            // SAFETY: plain call.
            let error = unsafe { GetLastError() };
            if error != ERROR_IO_PENDING {
                return Err(io::Error::from_raw_os_error(error as i32));
            }
            // SAFETY: our event handle.
            let waited = unsafe { WaitForSingleObject(overlapped.hEvent, millis(self.timeout)) };
            if waited != WAIT_OBJECT_0 {
                // The OS still owns `overlapped` until the cancelled operation has ended.
                let mut done = 0u32;
                // SAFETY: the operation started above on this handle; waiting for its end.
                let finished = unsafe {
                    CancelIoEx(handle, &overlapped);
                    GetOverlappedResult(handle, &overlapped, &mut done, 1)
                };
                if finished != 0 {
                    return Ok(done as usize);
                }
                return Err(io::ErrorKind::TimedOut.into());
            }
        }
        let mut done = 0u32;
        // SAFETY: the operation on this handle has completed (signalled or synchronous).
        if unsafe { GetOverlappedResult(handle, &overlapped, &mut done, 0) } == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(done as usize)
    }
}

impl Read for Pipe {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let len = buf.len().min(u32::MAX as usize) as u32;
        let ptr = buf.as_mut_ptr();
        // SAFETY: `buf` outlives the operation (complete() waits for its end).
        match self.complete(|h, o| unsafe { ReadFile(h, ptr, len, null_mut(), o) }) {
            // The other end closed: end of file, as on a socket.
            Err(e) if e.raw_os_error() == Some(ERROR_BROKEN_PIPE as i32) => Ok(0),
            other => other,
        }
    }
}

impl Write for Pipe {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let len = buf.len().min(u32::MAX as usize) as u32;
        let ptr = buf.as_ptr();
        // SAFETY: `buf` outlives the operation (complete() waits for its end).
        self.complete(|h, o| unsafe { WriteFile(h, ptr, len, null_mut(), o) })
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Server

/// The bound pipe (its first instance). Nothing is accepted until [`Server::spawn`].
pub struct Server {
    path: PathBuf,
    name: Vec<u16>,
    first: OwnedHandle,
    security: OnlyUser,
    /// Clients must run as this user.
    user: Vec<u8>,
}

fn create_instance(name: &[u16], security: &OnlyUser, first: bool) -> io::Result<OwnedHandle> {
    let attributes = SECURITY_ATTRIBUTES {
        nLength: size_of::<SECURITY_ATTRIBUTES>() as u32,
        lpSecurityDescriptor: security.0,
        bInheritHandle: 0,
    };
    let mut open_mode = PIPE_ACCESS_DUPLEX | FILE_FLAG_OVERLAPPED;
    if first {
        open_mode |= FILE_FLAG_FIRST_PIPE_INSTANCE;
    }
    // SAFETY: a NUL-terminated name and attributes that outlive the call.
    owned(unsafe {
        CreateNamedPipeW(
            name.as_ptr(),
            open_mode,
            PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS,
            PIPE_UNLIMITED_INSTANCES,
            PIPE_BUFFER,
            PIPE_BUFFER,
            0,
            &attributes,
        )
    })
}

impl Server {
    /// Creates the pipe's first instance. The name must be free: a running app (or anyone else)
    /// holding it gives [`IpcError::InUse`].
    pub fn bind(path: &Path) -> Result<Server, IpcError> {
        let user = current_user().map_err(io_err("reading this process's user"))?;
        Server::bind_for(path, user)
    }

    fn bind_for(path: &Path, user: Vec<u8>) -> Result<Server, IpcError> {
        let ours = current_user().map_err(io_err("reading this process's user"))?;
        let security = OnlyUser::new(&ours).map_err(io_err("building the pipe's access list"))?;
        let name = wide(path.as_os_str());
        // FILE_FLAG_FIRST_PIPE_INSTANCE refuses a taken name on Windows, but wine ignores it:
        // look first as well.
        if pipe_exists(&name) {
            return Err(IpcError::InUse {
                path: path.to_path_buf(),
            });
        }
        let first = create_instance(&name, &security, true).map_err(|e| {
            match e.raw_os_error().map(|c| c as u32) {
                Some(ERROR_ACCESS_DENIED | ERROR_PIPE_BUSY) => IpcError::InUse {
                    path: path.to_path_buf(),
                },
                _ => io_err(format!("creating {}", path.display()))(e),
            }
        })?;
        Ok(Server {
            path: path.to_path_buf(),
            name,
            first,
            security,
            user,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Starts the accept thread; see the Unix server's `spawn` for the contract.
    pub fn spawn<F>(self, forward: F) -> io::Result<ServerHandle>
    where
        F: FnMut(Request, Responder) + Send + 'static,
    {
        let stop = event()?;
        let thread_stop = stop.try_clone()?;
        let forward: Forward = Arc::new(Mutex::new(forward));
        let path = self.path.clone();
        let thread = thread::Builder::new()
            .name("ipc-accept".into())
            .spawn(move || accept_loop(self, &thread_stop, &forward))?;
        Ok(ServerHandle {
            path,
            stop,
            thread: Some(thread),
        })
    }
}

/// A running server; [`ServerHandle::shutdown`] (or dropping it) stops accepting and closes
/// the pipe (its name disappears with the last instance).
pub struct ServerHandle {
    path: PathBuf,
    stop: OwnedHandle,
    thread: Option<JoinHandle<()>>,
}

impl ServerHandle {
    pub fn path(&self) -> Option<&Path> {
        self.thread.as_ref().map(|_| self.path.as_path())
    }

    pub fn shutdown(mut self) {
        self.stop_now();
    }

    fn stop_now(&mut self) {
        if let Some(thread) = self.thread.take() {
            // SAFETY: our event handle.
            unsafe { SetEvent(self.stop.as_raw_handle()) };
            let _ = thread.join();
        }
    }
}

impl Drop for ServerHandle {
    fn drop(&mut self) {
        self.stop_now();
    }
}

/// Waits for a client on `pipe`. `Ok(false)`: stop was signalled.
fn wait_for_client(
    pipe: &OwnedHandle,
    connected: &OwnedHandle,
    stop: &OwnedHandle,
) -> io::Result<bool> {
    let handle = pipe.as_raw_handle();
    // SAFETY: OVERLAPPED is plain data; all zero is its documented initial state.
    let mut overlapped: OVERLAPPED = unsafe { zeroed() };
    overlapped.hEvent = connected.as_raw_handle();
    // SAFETY: `overlapped` lives until the operation has ended (waited for on every path).
    if unsafe { ConnectNamedPipe(handle, &mut overlapped) } != 0 {
        return Ok(true);
    }
    // SAFETY: plain call.
    match unsafe { GetLastError() } {
        // A client connected between CreateNamedPipe and ConnectNamedPipe.
        ERROR_PIPE_CONNECTED => return Ok(true),
        ERROR_IO_PENDING => {}
        error => return Err(io::Error::from_raw_os_error(error as i32)),
    }
    let handles = [connected.as_raw_handle(), stop.as_raw_handle()];
    // SAFETY: two valid event handles; blocks without waking until one is signalled.
    let woke = unsafe { WaitForMultipleObjects(2, handles.as_ptr(), 0, INFINITE) };
    let mut done = 0u32;
    if woke != WAIT_OBJECT_0 {
        // SAFETY: cancels our pending connect and waits for it to end before `overlapped` goes.
        unsafe {
            CancelIoEx(handle, &overlapped);
            GetOverlappedResult(handle, &overlapped, &mut done, 1);
        }
        return Ok(false);
    }
    // SAFETY: the connect has completed.
    if unsafe { GetOverlappedResult(handle, &overlapped, &mut done, 0) } == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(true)
}

fn accept_loop(server: Server, stop: &OwnedHandle, forward: &Forward) {
    let Ok(connected) = event() else { return };
    let active = Arc::new(AtomicUsize::new(0));
    let mut next = Some(server.first);
    loop {
        let pipe = match next.take() {
            Some(pipe) => pipe,
            None => match create_instance(&server.name, &server.security, false) {
                Ok(pipe) => pipe,
                Err(_) => {
                    // e.g. out of handles: back off instead of spinning (stop still works).
                    // SAFETY: our event handle.
                    if unsafe { WaitForSingleObject(stop.as_raw_handle(), 100) } == WAIT_OBJECT_0 {
                        return;
                    }
                    continue;
                }
            },
        };
        match wait_for_client(&pipe, &connected, stop) {
            Ok(true) => {}
            Ok(false) => return,
            // The client went away before we saw it: drop this instance, make another.
            Err(_) => continue,
        }
        // The next instance before this client is served: once this one closes, a pipe name
        // with no instance would tell the next client that the app is not running.
        next = create_instance(&server.name, &server.security, false).ok();
        // Another user (or unknown): close without a word.
        if !peer_user(&pipe, true).is_ok_and(|peer| peer == server.user) {
            continue;
        }
        let Ok(pipe) = Pipe::new(pipe, SERVER_TIMEOUT) else {
            continue;
        };
        let forward = Arc::clone(forward);
        admit(&active, pipe, move |pipe| serve(pipe, &forward));
    }
}

// ---------------------------------------------------------------------------------------------
// Client

fn connect(socket: &Path, timeout: Duration) -> Result<Pipe, IpcError> {
    let name = wide(socket.as_os_str());
    let deadline = Instant::now() + timeout;
    let handle = loop {
        // SAFETY: a NUL-terminated name; SECURITY_IDENTIFICATION: the server may learn who we
        // are but cannot act as us.
        let handle = unsafe {
            CreateFileW(
                name.as_ptr(),
                GENERIC_READ | GENERIC_WRITE,
                FILE_SHARE_NONE,
                null(),
                OPEN_EXISTING,
                FILE_FLAG_OVERLAPPED | SECURITY_SQOS_PRESENT | SECURITY_IDENTIFICATION,
                null_mut(),
            )
        };
        if let Ok(handle) = owned(handle) {
            break handle;
        }
        // SAFETY: plain call.
        match unsafe { GetLastError() } {
            ERROR_FILE_NOT_FOUND => {
                return Err(IpcError::NotRunning {
                    path: socket.to_path_buf(),
                })
            }
            // Every instance is taken: wait for one (the server makes a new one per client).
            ERROR_PIPE_BUSY => {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Err(IpcError::Timeout);
                }
                // SAFETY: a NUL-terminated name.
                unsafe { WaitNamedPipeW(name.as_ptr(), millis(left)) };
            }
            error => {
                return Err(io_err(format!("connecting to {}", socket.display()))(
                    io::Error::from_raw_os_error(error as i32),
                ))
            }
        }
    };
    let ours = current_user().map_err(io_err("reading this process's user"))?;
    if !peer_user(&handle, false).is_ok_and(|server| server == ours) {
        return Err(IpcError::BadPath {
            path: socket.to_path_buf(),
            reason: "served by a process of another user; refusing to talk to it".into(),
        });
    }
    Pipe::new(handle, timeout).map_err(io_err("preparing the pipe"))
}

/// Sends one request to the running app and waits up to `timeout` for each read/write.
/// [`IpcError::NotRunning`] when no pipe of that name exists.
pub fn send(socket: &Path, req: &Request, timeout: Duration) -> Result<Response, IpcError> {
    let timeout = timeout.max(Duration::from_millis(1));
    let mut pipe = connect(socket, timeout)?;
    let is_timeout = |e: &io::Error| e.kind() == io::ErrorKind::TimedOut;
    let mut line = serde_json::to_vec(req).map_err(|e| IpcError::Protocol(e.to_string()))?;
    line.push(b'\n');
    if let Err(e) = pipe.write_all(&line) {
        if is_timeout(&e) {
            return Err(IpcError::Timeout);
        }
        // A busy server answers and closes without reading: its answer may still be there.
        if let Ok(response) = read_response(&mut pipe, is_timeout) {
            return Ok(response);
        }
        return Err(io_err("sending request")(e));
    }
    read_response(&mut pipe, is_timeout)
}

impl super::Connection for Pipe {
    fn never_wait_on_writes(&mut self) -> io::Result<()> {
        // Overlapped writes complete at once while the pipe has room; one that would wait for a
        // follower that stopped reading is cancelled after this (and the follower dropped).
        self.timeout = Duration::from_millis(50);
        Ok(())
    }
}

/// Sends `follow` and calls `each` with every line the app pushes (see [`super::follow_on`]).
pub fn follow(socket: &Path, each: impl FnMut(Response) -> bool) -> Result<(), IpcError> {
    let mut pipe = connect(socket, CLIENT_TIMEOUT)?;
    // Reads wait in the OS for the next pushed line, however long that takes (INFINITE - 1 ms).
    pipe.timeout = Duration::MAX;
    super::follow_on(pipe, each)
}

/// A pipe has no file to tell one listener from the next; "closed" is "no such pipe".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SocketId;

impl SocketId {
    pub fn of(_socket: &Path) -> Option<SocketId> {
        Some(SocketId)
    }
}

fn pipe_exists(name: &[u16]) -> bool {
    // SAFETY: a NUL-terminated name. FALSE + ERROR_FILE_NOT_FOUND: no instance exists.
    let ok = unsafe { WaitNamedPipeW(name.as_ptr(), 1) };
    ok != 0 || unsafe { GetLastError() } != ERROR_FILE_NOT_FOUND
}

/// After the app has answered `quit`: waits up to `timeout` for its pipe to disappear.
pub fn wait_closed(socket: &Path, _id: Option<SocketId>, timeout: Duration) -> bool {
    let name = wide(socket.as_os_str());
    let deadline = Instant::now() + timeout;
    loop {
        if !pipe_exists(&name) {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    fn unique_pipe(test: &str) -> PathBuf {
        PathBuf::from(format!(
            r"\\.\pipe\posture-break-test-{}-{test}",
            std::process::id()
        ))
    }

    fn sample_status() -> super::super::Status {
        serde_json::from_str(
            r#"{"state":"active","next_reminder":null,"until":null,"interval_secs":2700,
            "snooze_secs":600,"stretch_secs":60,"exercise":null,"config_path":"C:\\c.toml",
            "pid":1,"away":false,"idle_source":"last-input","held_reason":null,
            "working_hours":null}"#,
        )
        .unwrap()
    }

    fn serve_on(server: Server) -> ServerHandle {
        let (tx, rx) = mpsc::channel::<(Request, Responder)>();
        thread::spawn(move || {
            for (req, responder) in rx {
                match req {
                    Request::Status => responder.respond(Response::with_status(sample_status())),
                    Request::Skip => drop(responder),
                    Request::Stretch => std::mem::forget(responder),
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

    fn raw_exchange(path: &Path, bytes: &[u8]) -> String {
        let mut pipe = connect(path, Duration::from_secs(5)).unwrap();
        let _ = pipe.write_all(bytes);
        let mut out = Vec::new();
        let _ = pipe.read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn pipe_name_is_per_user() {
        let path = socket_path().unwrap();
        let text = path.to_string_lossy().into_owned();
        assert!(text.starts_with(r"\\.\pipe\posture-break-S-1-"), "{text}");
        assert!(lock_path()
            .unwrap()
            .ends_with(r"posture-break\instance.lock"));
    }

    #[test]
    fn server_answers_over_the_pipe_and_goes_away() {
        let path = unique_pipe("answers");
        let handle = serve_on(Server::bind(&path).unwrap());
        assert_eq!(handle.path(), Some(path.as_path()));
        for _ in 0..3 {
            let response = send(&path, &Request::Status, Duration::from_secs(5)).unwrap();
            assert_eq!(response, Response::with_status(sample_status()));
        }
        let response = send(&path, &Request::Quit, Duration::from_secs(5)).unwrap();
        assert_eq!(response, Response::ok());
        // Dropped without an answer: the responder says so.
        let dropped = send(&path, &Request::Skip, Duration::from_secs(5)).unwrap();
        assert_eq!(
            dropped.error.as_deref(),
            Some("request was dropped without an answer")
        );
        assert!(!wait_closed(
            &path,
            SocketId::of(&path),
            Duration::from_millis(100)
        ));
        handle.shutdown();
        assert!(wait_closed(
            &path,
            SocketId::of(&path),
            Duration::from_secs(5)
        ));
        assert!(matches!(
            send(&path, &Request::Status, Duration::from_secs(1)),
            Err(IpcError::NotRunning { .. })
        ));
    }

    #[test]
    fn second_server_on_the_same_name_is_refused() {
        let path = unique_pipe("twice");
        let _first = Server::bind(&path).unwrap();
        match Server::bind(&path) {
            Err(IpcError::InUse { path: p }) => assert_eq!(p, path),
            other => panic!("expected InUse, got {:?}", other.map(|s| s.path)),
        }
    }

    /// A client right after another always finds an instance: the server makes the next one
    /// before serving the current client, so the name never goes missing ("not running").
    #[test]
    fn back_to_back_clients_always_find_the_pipe() {
        let path = unique_pipe("busy");
        let _handle = serve_on(Server::bind(&path).unwrap());
        // Bad requests: answered by the connection's own thread at once, the quickest close.
        for i in 0..300 {
            match connect(&path, Duration::from_secs(5)) {
                Ok(mut pipe) => {
                    let _ = pipe.write_all(b"{\"cmd\":\"fly\"}\n");
                    let mut out = Vec::new();
                    let _ = pipe.read_to_end(&mut out);
                    assert!(String::from_utf8_lossy(&out).contains("invalid request"));
                }
                Err(err) => panic!("client {i}: {err:?}"),
            }
        }
    }

    #[test]
    fn bad_requests_get_errors_and_the_server_lives_on() {
        let path = unique_pipe("bad");
        let _handle = serve_on(Server::bind(&path).unwrap());
        let answer = raw_exchange(&path, b"{\"cmd\":\"fly\"}\n");
        assert!(answer.contains("invalid request"), "{answer}");
        let long = vec![b'x'; super::super::MAX_REQUEST_LEN + 10];
        let answer = raw_exchange(&path, &long);
        assert!(answer.contains("request too long"), "{answer}");
        // Never answered by the main loop: the connection answers at its own timeout.
        let answer = raw_exchange(&path, b"{\"cmd\":\"stretch\"}\n");
        assert!(answer.contains("did not answer in time"), "{answer}");
        let response = send(&path, &Request::Status, Duration::from_secs(5)).unwrap();
        assert!(response.ok);
    }

    /// The refusal path for real: a server that expects another user (LocalSystem) sees our
    /// client's token and closes the connection without a word.
    #[test]
    fn clients_of_another_user_are_closed_without_a_word() {
        let path = unique_pipe("other-user");
        // S-1-5-18 (LocalSystem): revision 1, one sub-authority, NT authority 5, RID 18.
        let system = vec![1, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0];
        assert_eq!(sid_string(&system).unwrap(), "S-1-5-18");
        let _handle = serve_on(Server::bind_for(&path, system).unwrap());
        match send(&path, &Request::Status, Duration::from_secs(5)) {
            Err(IpcError::Protocol(message)) => {
                assert!(message.contains("closed without a response"), "{message}")
            }
            // The server may close before the request is written: the same refusal, seen sooner.
            Err(IpcError::Io { source, .. }) if source.kind() == io::ErrorKind::BrokenPipe => {}
            other => panic!("expected a silent close, got {other:?}"),
        }
    }
}
