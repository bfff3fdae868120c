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

use chrono::{DateTime, FixedOffset, SecondsFormat, SubsecRound, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::core::feeling::Feeling;
use crate::core::posture::Position;
use crate::core::schedule::HoldReason;
use crate::core::status::{Snapshot, StateKind};

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
    /// Sit/stand turns: the person now sits or stands (`{"cmd":"position","position":"standing"}`).
    Position {
        position: Position,
    },
    /// `exercises rate ID …` while the app runs: `{"cmd":"rate","exercise":"cat-cow",
    /// "feeling":"good"}`; without `feeling` the rating is cleared.
    Rate {
        exercise: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        feeling: Option<Feeling>,
    },
    /// Keep the connection: one status response now and one per change (see [`Subscriber`]).
    Follow,
    /// Show the week window (`week`, the launcher's *Your week*).
    Week,
    /// Show the app's own window (`open`, a launcher starting the app again).
    Open,
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
    Position {
        position: Position,
    },
    Rate {
        exercise: String,
        #[serde(default)]
        feeling: Option<Feeling>,
    },
    Follow {},
    Week {},
    Open {},
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
            WireRequest::Week {} => Request::Week,
            WireRequest::Open {} => Request::Open,
            WireRequest::Position { position } => Request::Position { position },
            WireRequest::Rate { exercise, feeling } => Request::Rate { exercise, feeling },
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
    pub state: StateKind,
    /// RFC 3339 with offset (see [`WireTime`]).
    pub next_reminder: Option<WireTime>,
    /// End of snooze/pause (RFC 3339); None when active or paused until resumed.
    pub until: Option<WireTime>,
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
    #[serde(default, with = "held_reason")]
    pub held_reason: Option<HoldReason>,
    /// Null without a `[working_hours]` section.
    #[serde(default)]
    pub working_hours: Option<WorkingHoursStatus>,
    /// When the next posture nudge shows (RFC 3339); null while nudges are off or none is due
    /// before the next reminder.
    #[serde(default)]
    pub next_nudge: Option<WireTime>,
    /// "sitting" or "standing"; null while sit/stand turns are off.
    #[serde(default)]
    pub position: Option<Position>,
    /// The synced folder and the other machines seen in it; null while sync is off.
    #[serde(default)]
    pub sync: Option<SyncStatus>,
}

/// `status --json`'s `sync`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncStatus {
    /// As written in `[sync] folder`.
    pub folder: String,
    /// This machine's name (its file is `<name>.jsonl`).
    pub name: String,
    /// The other machines, by name.
    pub peers: Vec<PeerStatus>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeerStatus {
    pub name: String,
    /// Its newest line (RFC 3339); null when none could be read.
    pub last_event: Option<WireTime>,
    /// Its person is away from it (as its last presence line says).
    pub away: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingHoursStatus {
    pub open: bool,
    /// When they open or close next (RFC 3339); null if never within the next week.
    pub next_change: Option<WireTime>,
}

impl Status {
    /// The facts the status words are made of, as the CLI knows them (no progress: that is
    /// beside the status, in [`Response::progress`]).
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            state: self.state,
            next_reminder: self.next_reminder.map(|t| t.to_utc()),
            until: self.until.map(|t| t.to_utc()),
            held_reason: self.held_reason,
            hours_change: self
                .working_hours
                .as_ref()
                .and_then(|h| h.next_change)
                .map(|t| t.to_utc()),
            back_from_break: false,
            position: self.position,
            exercise: self.exercise.clone(),
            interval: Duration::from_secs(self.interval_secs),
            config_path: self.config_path.clone(),
            progress: None,
        }
    }
}

/// A time as the protocol carries it: on the app's wall clock, to the second, written as RFC 3339
/// with the offset as `+HH:MM`, never `Z` (`2026-12-07T10:05:00+01:00`). Two are equal when they
/// read the same: the same instant with the same offset.
#[derive(Debug, Clone, Copy)]
pub struct WireTime(DateTime<FixedOffset>);

impl WireTime {
    /// `time` on the wall clock of `tz` (the app's local time), to the second.
    pub fn new<Tz: TimeZone>(time: DateTime<Utc>, tz: &Tz) -> WireTime {
        WireTime(time.with_timezone(tz).fixed_offset().trunc_subsecs(0))
    }

    pub fn time(&self) -> DateTime<FixedOffset> {
        self.0
    }

    pub fn to_utc(&self) -> DateTime<Utc> {
        self.0.to_utc()
    }
}

impl From<DateTime<FixedOffset>> for WireTime {
    fn from(time: DateTime<FixedOffset>) -> WireTime {
        WireTime(time)
    }
}

impl PartialEq for WireTime {
    fn eq(&self, other: &WireTime) -> bool {
        self.0 == other.0 && self.0.offset() == other.0.offset()
    }
}

impl Eq for WireTime {}

impl fmt::Display for WireTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::Secs, false))
    }
}

impl Serialize for WireTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Any RFC 3339 text.
impl<'de> Deserialize<'de> for WireTime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<WireTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        DateTime::parse_from_rfc3339(&text)
            .map(WireTime)
            .map_err(serde::de::Error::custom)
    }
}

/// Serde for `held_reason`: the names of [`HoldReason::name`].
mod held_reason {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    use crate::core::presence::Busy;
    use crate::core::schedule::HoldReason;

    pub fn serialize<S: Serializer>(
        reason: &Option<HoldReason>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match reason {
            Some(reason) => serializer.serialize_some(reason.name()),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<HoldReason>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|name| match name.as_str() {
                "away" => Ok(HoldReason::Away),
                "elsewhere" => Ok(HoldReason::Elsewhere),
                other => Busy::parse(other)
                    .map(HoldReason::Busy)
                    .ok_or_else(|| D::Error::custom(format!("unknown held_reason {other:?}"))),
            })
            .transpose()
    }
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

// The protocol's tests run on every platform; each transport has its own in its file.
#[cfg(test)]
mod tests;
