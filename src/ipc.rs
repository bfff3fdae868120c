//! Control protocol between the CLI and the running app: one JSON request line, one JSON
//! response line, over a per-user Unix socket in `$XDG_RUNTIME_DIR/posture-break/` ([`unix`]) or
//! a per-user named pipe on Windows ([`windows`]). The transports only connect and check who is
//! on the other end; reading, answering and the protocol are shared here.
//!
//! The server never decides anything itself: every valid request is handed to the app's main
//! loop together with a [`Responder`], so all state changes happen in one place.
//!
//! `{"cmd":"follow"}` is the one request that keeps its connection: the main loop turns its
//! responder into a [`Subscriber`] and writes a status line whenever the status changes (the
//! first one at once). The connection thread is done as soon as that happens, so subscribers
//! cost no thread; a subscriber that stops reading or goes away is dropped at the next write.

use std::fmt;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex, PoisonError};
use std::time::Duration;

use serde::{Deserialize, Serialize};

#[cfg(unix)]
mod unix;
#[cfg(unix)]
pub use unix::*;
#[cfg(windows)]
mod windows;
#[cfg(windows)]
pub use windows::*;

/// Longest accepted request line (without the newline).
pub const MAX_REQUEST_LEN: usize = 4096;
/// Per-connection read/write timeout on the server, and how long a connection waits for the
/// main loop to answer.
pub const SERVER_TIMEOUT: Duration = Duration::from_secs(2);
/// A sensible client timeout: longer than [`SERVER_TIMEOUT`] so the server's own
/// "did not answer in time" error reaches the client instead of a bare timeout.
pub const CLIENT_TIMEOUT: Duration = Duration::from_secs(5);
/// Responses are small (a status object); anything bigger is a protocol error.
const MAX_RESPONSE_LEN: u64 = 64 * 1024;
/// Concurrent connection threads; more clients than this get an immediate "busy" error.
const MAX_CONNECTIONS: usize = 16;

/// A control request, one JSON object per line: `{"cmd":"snooze","secs":60}`.
/// Unknown commands and extra fields are rejected (see [`WireRequest`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "cmd",
    rename_all = "snake_case",
    deny_unknown_fields,
    from = "WireRequest"
)]
pub enum Request {
    Status,
    Stretch,
    /// `secs: None` → the configured snooze length.
    Snooze {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        secs: Option<u64>,
    },
    /// `secs: None` and `until_tomorrow: false` → paused until resumed.
    Pause {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        secs: Option<u64>,
        #[serde(default, skip_serializing_if = "is_false")]
        until_tomorrow: bool,
    },
    Resume,
    Skip,
    Quit,
    /// Keep the connection: one status response now and one per change (see [`Subscriber`]).
    Follow,
}

/// Deserialization twin of [`Request`]: serde ignores `deny_unknown_fields` for unit variants of
/// an internally tagged enum, so `{"cmd":"status","x":1}` would slip through; empty struct
/// variants do enforce it.
#[derive(Deserialize)]
#[serde(tag = "cmd", rename_all = "snake_case", deny_unknown_fields)]
enum WireRequest {
    Status {},
    Stretch {},
    Snooze {
        #[serde(default)]
        secs: Option<u64>,
    },
    Pause {
        #[serde(default)]
        secs: Option<u64>,
        #[serde(default)]
        until_tomorrow: bool,
    },
    Resume {},
    Skip {},
    Quit {},
    Follow {},
}

impl From<WireRequest> for Request {
    fn from(wire: WireRequest) -> Self {
        match wire {
            WireRequest::Status {} => Request::Status,
            WireRequest::Stretch {} => Request::Stretch,
            WireRequest::Snooze { secs } => Request::Snooze { secs },
            WireRequest::Pause {
                secs,
                until_tomorrow,
            } => Request::Pause {
                secs,
                until_tomorrow,
            },
            WireRequest::Resume {} => Request::Resume,
            WireRequest::Skip {} => Request::Skip,
            WireRequest::Quit {} => Request::Quit,
            WireRequest::Follow {} => Request::Follow,
        }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// `{"ok":true,"status":{...}}` or `{"ok":false,"error":"message"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    pub ok: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Today's count and the streak, beside (not inside) the status, so `status --json` keeps
    /// its fields. Absent from older apps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<ProgressStatus>,
}

/// `{"completed_today":3,"streak_days":5,"text":"3 stretches today · 5-day streak"}`
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressStatus {
    pub completed_today: u32,
    pub streak_days: u32,
    pub text: String,
}

impl Response {
    /// `{"ok":true}`
    pub fn ok() -> Self {
        Response {
            ok: true,
            status: None,
            error: None,
            progress: None,
        }
    }

    /// `{"ok":true,"status":{...}}`
    pub fn with_status(status: Status) -> Self {
        Response {
            ok: true,
            status: Some(status),
            error: None,
            progress: None,
        }
    }

    /// `{"ok":false,"error":"message"}`
    pub fn error(message: impl Into<String>) -> Self {
        Response {
            ok: false,
            status: None,
            error: Some(message.into()),
            progress: None,
        }
    }

    pub fn with_progress(mut self, progress: ProgressStatus) -> Self {
        self.progress = Some(progress);
        self
    }
}

/// The app's state as reported by `status` (also what `status --json` prints).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Status {
    /// "active" | "reminding" | "stretching" | "snoozed" | "paused" | "held" | "off_hours"
    pub state: String,
    /// RFC 3339 with offset.
    pub next_reminder: Option<String>,
    /// End of snooze/pause (RFC 3339); None when active or paused until resumed.
    pub until: Option<String>,
    pub interval_secs: u64,
    pub snooze_secs: u64,
    pub stretch_secs: u64,
    pub exercise: Option<String>,
    pub config_path: String,
    pub pid: u32,
    /// The user is away (no input for `presence.idle_after`, screen locked).
    #[serde(default)]
    pub away: bool,
    /// Where idle time comes from: "xsync", "mutter", "ext-idle-notify" or "none".
    #[serde(default)]
    pub idle_source: String,
    /// Why a due reminder waits (state "held"): "away", or the `hold_when` cause
    /// ("fullscreen", "do-not-disturb", "camera"); null otherwise.
    #[serde(default)]
    pub held_reason: Option<String>,
    /// Null without a `[working_hours]` section.
    #[serde(default)]
    pub working_hours: Option<WorkingHoursStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingHoursStatus {
    pub open: bool,
    /// When they open or close next (RFC 3339); null if never within the next week.
    pub next_change: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum IpcError {
    /// No socket, or nothing listening on it (ENOENT / ECONNREFUSED): exit code 3.
    #[error("posture-break is not running (nothing listening on {})", path.display())]
    NotRunning { path: PathBuf },
    #[error("timed out waiting for the running posture-break to answer")]
    Timeout,
    #[error("invalid response from the running posture-break: {0}")]
    Protocol(String),
    /// Something else answers on our socket path (the instance lock should make this impossible).
    #[error("another process is already listening on {}", path.display())]
    InUse { path: PathBuf },
    /// Runtime dir or socket path exists but is unsafe to use (symlink, wrong owner, not a socket).
    #[error("{}: {reason}", path.display())]
    BadPath { path: PathBuf, reason: String },
    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: io::Error,
    },
}

fn io_err(context: impl fmt::Display) -> impl FnOnce(io::Error) -> IpcError {
    let context = context.to_string();
    move |source| IpcError::Io { context, source }
}

// ---------------------------------------------------------------------------------------------
// Serving one connection (both transports)

type Forward = Arc<Mutex<dyn FnMut(Request, Responder) + Send>>;

struct ActiveGuard(Arc<AtomicUsize>);

impl Drop for ActiveGuard {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// An accepted client, on either transport: answered by `handle` on a thread of its own, or,
/// past `MAX_CONNECTIONS`, told the server is busy without waiting on a client that never
/// reads (the accept loop must not stall).
fn admit<C: Connection + 'static>(
    active: &Arc<AtomicUsize>,
    mut conn: C,
    handle: impl FnOnce(C) + Send + 'static,
) {
    if active.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
        active.fetch_sub(1, Ordering::SeqCst);
        if conn.never_wait_on_writes().is_ok() {
            let _ = write_response(&mut conn, &Response::error("server busy, try again"));
        }
        return;
    }
    let guard = ActiveGuard(Arc::clone(active));
    // If spawning fails the closure (connection + guard) is dropped: connection closed, count fixed.
    let _ = std::thread::Builder::new()
        .name("ipc-conn".into())
        .spawn(move || {
            let _guard = guard;
            handle(conn);
        });
}

enum ReadError {
    TooLong,
    Io(io::Error),
}

/// One request line (newline stripped). `Ok(None)`: the client sent nothing. A final line without
/// newline followed by EOF counts as a request (a client may just shut down its write side).
fn read_request_line(stream: &mut impl Read) -> Result<Option<Vec<u8>>, ReadError> {
    let mut reader = BufReader::new(stream.by_ref().take(MAX_REQUEST_LEN as u64 + 1));
    let mut line = Vec::with_capacity(256);
    reader.read_until(b'\n', &mut line).map_err(ReadError::Io)?;
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        return Ok(Some(line));
    }
    if line.len() > MAX_REQUEST_LEN {
        return Err(ReadError::TooLong);
    }
    Ok((!line.is_empty()).then_some(line))
}

/// Serves one connection whose peer the transport has checked and whose read and write timeouts
/// it has set: reads the request, hands it to the main loop, waits for the answer.
fn serve(mut stream: impl Connection + 'static, forward: &Forward) {
    let line = match read_request_line(&mut stream) {
        Ok(Some(line)) => line,
        Ok(None) => return,
        Err(ReadError::TooLong) => {
            let _ = write_response(&mut stream, &Response::error("request too long"));
            return;
        }
        Err(ReadError::Io(e)) => {
            if matches!(
                e.kind(),
                io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
            ) {
                let _ = write_response(&mut stream, &Response::error("timed out reading request"));
            }
            return;
        }
    };
    let request = match serde_json::from_slice::<Request>(&line) {
        Ok(request) => request,
        Err(e) => {
            let _ = write_response(
                &mut stream,
                &Response::error(format!("invalid request: {e}")),
            );
            return;
        }
    };

    let slot: Slot = Arc::new(Mutex::new(Some(Box::new(stream))));
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let responder = Responder {
        target: Some(Target::Socket(Arc::clone(&slot))),
        _done: Some(done_tx),
    };
    {
        // A panic in an earlier forward must not take the control socket down with it.
        let mut forward = forward.lock().unwrap_or_else(PoisonError::into_inner);
        (*forward)(request, responder);
    }
    // Disconnected = the responder answered or was dropped (and answered with an error).
    if let Err(mpsc::RecvTimeoutError::Timeout) = done_rx.recv_timeout(SERVER_TIMEOUT) {
        let stream = slot.lock().unwrap_or_else(PoisonError::into_inner).take();
        if let Some(mut stream) = stream {
            let _ = write_response(
                &mut stream,
                &Response::error("posture-break did not answer in time"),
            );
        }
    }
}

fn write_response(stream: &mut (impl Write + ?Sized), response: &Response) -> io::Result<()> {
    let mut line = serde_json::to_vec(response)
        .unwrap_or_else(|_| br#"{"ok":false,"error":"internal error"}"#.to_vec());
    line.push(b'\n');
    stream.write_all(&line)?;
    stream.flush()
}

/// One-shot answer to a request. Call [`Responder::respond`] from the main loop; the response is
/// written to the client before `respond` returns (so answering `quit` and then exiting is safe).
/// Dropping it unanswered sends `{"ok":false,"error":"request was dropped without an answer"}`.
pub struct Responder {
    target: Option<Target>,
    // Dropped together with the responder: wakes the connection thread waiting for us.
    _done: Option<mpsc::Sender<()>>,
}

/// The connection a response goes to; `None` once answered (by the main loop or the timeout).
/// A served connection as a transport hands it over (its peer checked, its timeouts set).
trait Connection: Read + Write + Send {
    /// From now on a write that cannot go out at once fails instead of waiting: a `follow`
    /// client that stops reading must never stall the main loop.
    fn never_wait_on_writes(&mut self) -> io::Result<()>;
}

type Slot = Arc<Mutex<Option<Box<dyn Connection>>>>;

enum Target {
    Socket(Slot),
    Channel(mpsc::Sender<Response>),
}

impl Responder {
    /// A responder not tied to a socket: the response arrives on the receiver. For tests and for
    /// in-process callers (e.g. tray menu actions reusing the request dispatch).
    pub fn channel() -> (Responder, mpsc::Receiver<Response>) {
        let (tx, rx) = mpsc::channel();
        (
            Responder {
                target: Some(Target::Channel(tx)),
                _done: None,
            },
            rx,
        )
    }

    /// Sends the answer. Never blocks for long (a response is far smaller than a socket buffer;
    /// writes also time out after [`SERVER_TIMEOUT`]); errors mean the client went away.
    pub fn respond(mut self, response: Response) {
        self.deliver(response);
    }

    fn deliver(&mut self, response: Response) {
        match self.target.take() {
            Some(Target::Socket(slot)) => {
                // None: the connection already timed out and answered for us.
                let stream = slot.lock().unwrap_or_else(PoisonError::into_inner).take();
                if let Some(mut stream) = stream {
                    let _ = write_response(&mut stream, &response);
                }
            }
            Some(Target::Channel(tx)) => {
                let _ = tx.send(response);
            }
            None => {}
        }
    }
}

/// A `follow` client: the main loop keeps it and calls [`Subscriber::send`] on every change.
pub struct Subscriber {
    target: SubscriberTarget,
}

enum SubscriberTarget {
    Socket(Box<dyn Connection>),
    Channel(mpsc::Sender<Response>),
}

impl Responder {
    /// Turns the answer to a `follow` request into a lasting subscription. The socket becomes
    /// non-blocking, so a client that stops reading can never stall the main loop. None when
    /// the connection already gave up (it timed out and answered for us).
    pub fn into_subscriber(mut self) -> Option<Subscriber> {
        let target = match self.target.take()? {
            Target::Socket(slot) => {
                let mut stream = slot.lock().unwrap_or_else(PoisonError::into_inner).take()?;
                stream.never_wait_on_writes().ok()?;
                SubscriberTarget::Socket(stream)
            }
            Target::Channel(tx) => SubscriberTarget::Channel(tx),
        };
        Some(Subscriber { target })
    }
}

impl Subscriber {
    /// Writes one response line; false when the client is gone or not keeping up (its socket
    /// buffer is full): drop it then.
    pub fn send(&mut self, response: &Response) -> bool {
        match &mut self.target {
            SubscriberTarget::Socket(stream) => write_response(stream, response).is_ok(),
            SubscriberTarget::Channel(tx) => tx.send(response.clone()).is_ok(),
        }
    }
}

impl fmt::Debug for Subscriber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Subscriber")
    }
}

impl Drop for Responder {
    fn drop(&mut self) {
        if self.target.is_some() {
            self.deliver(Response::error("request was dropped without an answer"));
        }
    }
}

impl fmt::Debug for Responder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.target {
            Some(Target::Socket(_)) => "socket",
            Some(Target::Channel(_)) => "channel",
            None => "answered",
        };
        f.debug_tuple("Responder").field(&kind).finish()
    }
}

// ---------------------------------------------------------------------------------------------
// Client (both transports)

/// The transport-independent half of `follow`: sends the request on a connected stream, then
/// calls `each` with every response line the app pushes, until the app closes the connection (it
/// quit) or `each` returns false. The transports' `follow` connect and make reads wait without a
/// timeout, so a follower waits in the OS and costs no wakeups while nothing changes.
fn follow_on(
    mut stream: impl Read + Write,
    mut each: impl FnMut(Response) -> bool,
) -> Result<(), IpcError> {
    let mut line =
        serde_json::to_vec(&Request::Follow).map_err(|e| IpcError::Protocol(e.to_string()))?;
    line.push(b'\n');
    stream.write_all(&line).map_err(io_err("sending request"))?;
    let mut reader = BufReader::new(stream);
    let mut answer = Vec::new();
    loop {
        answer.clear();
        (&mut reader)
            .take(MAX_RESPONSE_LEN)
            .read_until(b'\n', &mut answer)
            .map_err(io_err("reading from the running posture-break"))?;
        if answer.last() != Some(&b'\n') {
            // EOF (the app quit), or a line cut short when it dropped us.
            return Ok(());
        }
        let response: Response = serde_json::from_slice(answer.trim_ascii_end())
            .map_err(|e| IpcError::Protocol(e.to_string()))?;
        if !each(response) {
            return Ok(());
        }
    }
}

/// One response line from the app.
fn read_response(
    stream: impl Read,
    is_timeout: impl Fn(&io::Error) -> bool,
) -> Result<Response, IpcError> {
    let mut reader = BufReader::new(stream.take(MAX_RESPONSE_LEN));
    let mut answer = Vec::new();
    reader.read_until(b'\n', &mut answer).map_err(|e| {
        if is_timeout(&e) {
            IpcError::Timeout
        } else {
            io_err("reading response")(e)
        }
    })?;
    if answer.is_empty() {
        return Err(IpcError::Protocol(
            "connection closed without a response".into(),
        ));
    }
    if answer.last() != Some(&b'\n') && answer.len() as u64 >= MAX_RESPONSE_LEN {
        return Err(IpcError::Protocol("response too long".into()));
    }
    serde_json::from_slice(answer.trim_ascii_end()).map_err(|e| IpcError::Protocol(e.to_string()))
}

// The transport tests are Unix's; the named pipe has its own in `windows`.
#[cfg(all(test, unix))]
mod tests {
    use super::unix::{euid, peer_uid, runtime_dir_for};
    use super::*;
    use std::ffi::OsStr;
    use std::fs;
    use std::os::unix::fs::{symlink, MetadataExt, PermissionsExt};
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::path::Path;
    use std::thread;
    use std::time::Instant;

    fn sample_status() -> Status {
        Status {
            state: "active".into(),
            next_reminder: Some("2026-11-26T14:35:00+00:00".into()),
            until: None,
            interval_secs: 2700,
            snooze_secs: 600,
            stretch_secs: 60,
            exercise: None,
            config_path: "/home/u/.config/posture-break/config.toml".into(),
            pid: 1234,
            away: false,
            idle_source: "xsync".into(),
            held_reason: None,
            working_hours: None,
        }
    }

    #[test]
    fn requests_match_spec_json() {
        let cases = [
            (Request::Status, r#"{"cmd":"status"}"#),
            (Request::Stretch, r#"{"cmd":"stretch"}"#),
            (
                Request::Snooze { secs: Some(60) },
                r#"{"cmd":"snooze","secs":60}"#,
            ),
            (Request::Snooze { secs: None }, r#"{"cmd":"snooze"}"#),
            (
                Request::Pause {
                    secs: Some(1800),
                    until_tomorrow: false,
                },
                r#"{"cmd":"pause","secs":1800}"#,
            ),
            (
                Request::Pause {
                    secs: None,
                    until_tomorrow: true,
                },
                r#"{"cmd":"pause","until_tomorrow":true}"#,
            ),
            (
                Request::Pause {
                    secs: None,
                    until_tomorrow: false,
                },
                r#"{"cmd":"pause"}"#,
            ),
            (Request::Resume, r#"{"cmd":"resume"}"#),
            (Request::Skip, r#"{"cmd":"skip"}"#),
            (Request::Quit, r#"{"cmd":"quit"}"#),
            (Request::Follow, r#"{"cmd":"follow"}"#),
        ];
        for (req, json) in cases {
            assert_eq!(serde_json::to_string(&req).unwrap(), json);
            assert_eq!(
                serde_json::from_str::<Request>(json).unwrap(),
                req,
                "{json}"
            );
        }
        // Explicit defaults are accepted too.
        assert_eq!(
            serde_json::from_str::<Request>(
                r#"{"cmd":"pause","secs":null,"until_tomorrow":false}"#
            )
            .unwrap(),
            Request::Pause {
                secs: None,
                until_tomorrow: false
            }
        );
    }

    #[test]
    fn bad_requests_are_rejected() {
        for bad in [
            r#"{"cmd":"dance"}"#,
            r#"{"cmd":"status","x":1}"#,
            r#"{"cmd":"quit","secs":1}"#,
            r#"{"cmd":"snooze","secs":60,"extra":1}"#,
            r#"{"cmd":"pause","until":"x"}"#,
            r#"{"cmd":"snooze","secs":-1}"#,
            r#"{"cmd":"snooze","secs":"60"}"#,
            r#"{"secs":60}"#,
            "",
            "status",
        ] {
            assert!(serde_json::from_str::<Request>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn response_and_status_json_shape() {
        assert_eq!(
            serde_json::to_string(&Response::ok()).unwrap(),
            r#"{"ok":true}"#
        );
        assert_eq!(
            serde_json::to_string(&Response::error("nope")).unwrap(),
            r#"{"ok":false,"error":"nope"}"#
        );
        let json = serde_json::to_string(&Response::with_status(sample_status())).unwrap();
        assert_eq!(
            json,
            r#"{"ok":true,"status":{"state":"active","next_reminder":"2026-11-26T14:35:00+00:00","until":null,"interval_secs":2700,"snooze_secs":600,"stretch_secs":60,"exercise":null,"config_path":"/home/u/.config/posture-break/config.toml","pid":1234,"away":false,"idle_source":"xsync","held_reason":null,"working_hours":null}}"#
        );
        let back: Response = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Response::with_status(sample_status()));
    }

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
            status.state = state.into();
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
                    let state = r.status.map(|s| s.state).unwrap_or_default();
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

    #[test]
    fn channel_responder() {
        let (responder, rx) = Responder::channel();
        assert_eq!(format!("{responder:?}"), r#"Responder("channel")"#);
        responder.respond(Response::ok());
        assert_eq!(rx.recv().unwrap(), Response::ok());

        let (responder, rx) = Responder::channel();
        drop(responder);
        assert!(!rx.recv().unwrap().ok);
    }
}
