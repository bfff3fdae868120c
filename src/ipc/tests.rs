//! The protocol itself, on every platform: the JSON of requests and responses, reading a request
//! line, and the client's reading of answers, over in-memory streams.

use super::*;
use crate::core::posture::Position;
use crate::core::presence::Busy;
use std::io::Cursor;

fn time(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

/// A status as the app sends it (also the transports' tests' answer).
pub(super) fn sample_status() -> Status {
    Status {
        state: StateKind::Active,
        next_reminder: Some(time("2026-11-26T14:35:00+00:00").into()),
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
        next_nudge: None,
        position: None,
        sync: None,
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
        (
            Request::Position {
                position: Position::Standing,
            },
            r#"{"cmd":"position","position":"standing"}"#,
        ),
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
        serde_json::from_str::<Request>(r#"{"cmd":"pause","secs":null,"until_tomorrow":false}"#)
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
        r#"{"ok":true,"status":{"state":"active","next_reminder":"2026-11-26T14:35:00+00:00","until":null,"interval_secs":2700,"snooze_secs":600,"stretch_secs":60,"exercise":null,"config_path":"/home/u/.config/posture-break/config.toml","pid":1234,"away":false,"idle_source":"xsync","held_reason":null,"working_hours":null,"next_nudge":null,"position":null,"sync":null}}"#
    );
    let back: Response = serde_json::from_str(&json).unwrap();
    assert_eq!(back, Response::with_status(sample_status()));
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

/// The exact bytes of `status --json` for a few states, and back: times on the local wall clock
/// to the second with the offset as `+HH:MM`, the state and held reason as their names.
#[test]
fn status_json_bytes_round_trip() {
    let plus_one = FixedOffset::east_opt(3600).unwrap();
    let at = |utc: &str| WireTime::new(time(utc).to_utc(), &plus_one);
    let cases = [
        (
            Status {
                state: StateKind::Snoozed,
                next_reminder: Some(at("2026-12-07T09:05:00.750Z")),
                until: Some(at("2026-12-07T09:05:00.750Z")),
                ..sample_status()
            },
            r#"{"state":"snoozed","next_reminder":"2026-12-07T10:05:00+01:00","until":"2026-12-07T10:05:00+01:00","interval_secs":2700,"snooze_secs":600,"stretch_secs":60,"exercise":null,"config_path":"/home/u/.config/posture-break/config.toml","pid":1234,"away":false,"idle_source":"xsync","held_reason":null,"working_hours":null,"next_nudge":null,"position":null,"sync":null}"#,
        ),
        (
            Status {
                state: StateKind::Held,
                next_reminder: None,
                away: true,
                held_reason: Some(HoldReason::Busy(Busy::DoNotDisturb)),
                ..sample_status()
            },
            r#"{"state":"held","next_reminder":null,"until":null,"interval_secs":2700,"snooze_secs":600,"stretch_secs":60,"exercise":null,"config_path":"/home/u/.config/posture-break/config.toml","pid":1234,"away":true,"idle_source":"xsync","held_reason":"do-not-disturb","working_hours":null,"next_nudge":null,"position":null,"sync":null}"#,
        ),
        (
            Status {
                state: StateKind::Held,
                next_reminder: None,
                held_reason: Some(HoldReason::Away),
                ..sample_status()
            },
            r#"{"state":"held","next_reminder":null,"until":null,"interval_secs":2700,"snooze_secs":600,"stretch_secs":60,"exercise":null,"config_path":"/home/u/.config/posture-break/config.toml","pid":1234,"away":false,"idle_source":"xsync","held_reason":"away","working_hours":null,"next_nudge":null,"position":null,"sync":null}"#,
        ),
        (
            Status {
                state: StateKind::OffHours,
                next_reminder: None,
                working_hours: Some(WorkingHoursStatus {
                    open: false,
                    next_change: Some(at("2026-12-08T08:00:00Z")),
                }),
                ..sample_status()
            },
            r#"{"state":"off_hours","next_reminder":null,"until":null,"interval_secs":2700,"snooze_secs":600,"stretch_secs":60,"exercise":null,"config_path":"/home/u/.config/posture-break/config.toml","pid":1234,"away":false,"idle_source":"xsync","held_reason":null,"working_hours":{"open":false,"next_change":"2026-12-08T09:00:00+01:00"},"next_nudge":null,"position":null,"sync":null}"#,
        ),
        (
            Status {
                state: StateKind::Stretching,
                next_reminder: None,
                exercise: Some("chin-tuck".into()),
                working_hours: Some(WorkingHoursStatus {
                    open: true,
                    next_change: None,
                }),
                ..sample_status()
            },
            r#"{"state":"stretching","next_reminder":null,"until":null,"interval_secs":2700,"snooze_secs":600,"stretch_secs":60,"exercise":"chin-tuck","config_path":"/home/u/.config/posture-break/config.toml","pid":1234,"away":false,"idle_source":"xsync","held_reason":null,"working_hours":{"open":true,"next_change":null},"next_nudge":null,"position":null,"sync":null}"#,
        ),
        (
            Status {
                state: StateKind::Held,
                next_reminder: None,
                held_reason: Some(HoldReason::Elsewhere),
                sync: Some(SyncStatus {
                    folder: "~/Sync/posture-break".into(),
                    name: "laptop".into(),
                    peers: vec![PeerStatus {
                        name: "desk".into(),
                        last_event: Some(at("2026-12-07T09:05:00Z")),
                        away: false,
                    }],
                }),
                ..sample_status()
            },
            r#"{"state":"held","next_reminder":null,"until":null,"interval_secs":2700,"snooze_secs":600,"stretch_secs":60,"exercise":null,"config_path":"/home/u/.config/posture-break/config.toml","pid":1234,"away":false,"idle_source":"xsync","held_reason":"elsewhere","working_hours":null,"next_nudge":null,"position":null,"sync":{"folder":"~/Sync/posture-break","name":"laptop","peers":[{"name":"desk","last_event":"2026-12-07T10:05:00+01:00","away":false}]}}"#,
        ),
    ];
    for (status, json) in cases {
        assert_eq!(serde_json::to_string(&status).unwrap(), json);
        let back: Status = serde_json::from_str(json).unwrap();
        assert_eq!(back, status, "{json}");
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }
    // Every state by its scheduler name.
    for kind in StateKind::ALL {
        let json = serde_json::to_string(&Status {
            state: kind,
            ..sample_status()
        })
        .unwrap();
        assert!(
            json.starts_with(&format!(r#"{{"state":"{}","#, kind.name())),
            "{json}"
        );
    }
    // UTC is written as +00:00, never Z; a zone east of it keeps its own date.
    assert_eq!(
        WireTime::new(time("2026-12-07T23:30:00Z").to_utc(), &Utc).to_string(),
        "2026-12-07T23:30:00+00:00"
    );
    let tokyo = FixedOffset::east_opt(9 * 3600).unwrap();
    assert_eq!(
        WireTime::new(time("2026-12-07T23:30:00Z").to_utc(), &tokyo).to_string(),
        "2026-12-08T08:30:00+09:00"
    );
    // The same instant with another offset reads differently, so it is another time (followers
    // hear of a change of time zone).
    let instant = time("2026-12-07T23:30:00Z").to_utc();
    assert_ne!(WireTime::new(instant, &Utc), WireTime::new(instant, &tokyo));
    assert_eq!(
        WireTime::new(instant, &tokyo).to_utc(),
        WireTime::new(instant, &Utc).to_utc()
    );
}

/// What older apps send: fields missing that were added later, and nulls.
#[test]
fn status_from_older_apps_is_accepted() {
    let old = r#"{"state":"paused","next_reminder":null,"until":"2026-12-07T10:05:00+01:00","interval_secs":2700,"snooze_secs":600,"stretch_secs":60,"exercise":null,"config_path":"c","pid":1}"#;
    let status: Status = serde_json::from_str(old).unwrap();
    assert_eq!(status.state, StateKind::Paused);
    assert_eq!(status.until, Some(time("2026-12-07T10:05:00+01:00").into()));
    assert_eq!(status.held_reason, None);
    assert_eq!(status.working_hours, None);
    assert_eq!(status.idle_source, "");
    let no_times = r#"{"state":"active","interval_secs":1,"snooze_secs":1,"stretch_secs":1,"exercise":null,"config_path":"c","pid":1,"working_hours":{"open":true}}"#;
    let status: Status = serde_json::from_str(no_times).unwrap();
    assert_eq!((status.next_reminder, status.until), (None, None));
    assert_eq!(
        status.working_hours,
        Some(WorkingHoursStatus {
            open: true,
            next_change: None
        })
    );
    for bad in [
        old.replace("paused", "dancing"),
        old.replace(
            r#""exercise":null"#,
            r#""exercise":null,"held_reason":"bored""#,
        ),
        old.replace("2026-12-07T10:05:00+01:00", "at ten"),
    ] {
        assert!(serde_json::from_str::<Status>(&bad).is_err(), "{bad}");
    }
}

#[test]
fn status_snapshot_reads_the_instants() {
    let status = Status {
        state: StateKind::OffHours,
        until: Some(time("2026-12-07T10:05:00+01:00").into()),
        held_reason: Some(HoldReason::Away),
        exercise: Some("x".into()),
        working_hours: Some(WorkingHoursStatus {
            open: false,
            next_change: Some(time("2026-12-08T09:00:00+01:00").into()),
        }),
        ..sample_status()
    };
    let snapshot = status.snapshot();
    assert_eq!(snapshot.state, StateKind::OffHours);
    assert_eq!(
        snapshot.next_reminder,
        Some(time("2026-11-26T14:35:00Z").to_utc())
    );
    assert_eq!(snapshot.until, Some(time("2026-12-07T09:05:00Z").to_utc()));
    assert_eq!(
        snapshot.hours_change,
        Some(time("2026-12-08T08:00:00Z").to_utc())
    );
    assert_eq!(snapshot.held_reason, Some(HoldReason::Away));
    assert_eq!(snapshot.exercise.as_deref(), Some("x"));
    assert_eq!(snapshot.interval, Duration::from_secs(2700));
    assert_eq!(snapshot.config_path, status.config_path);
    assert!(!snapshot.back_from_break);
    assert_eq!(snapshot.progress, None);
}

#[test]
fn request_lines_are_read_to_the_limit() {
    let read = |bytes: &[u8]| match read_request_line(&mut Cursor::new(bytes.to_vec())) {
        Ok(line) => Ok(line.map(|l| String::from_utf8_lossy(&l).into_owned())),
        Err(ReadError::TooLong) => Err("too long".to_string()),
        Err(ReadError::Io(e)) => Err(e.to_string()),
    };
    assert_eq!(
        read(b"{\"cmd\":\"status\"}\r\nmore"),
        Ok(Some(r#"{"cmd":"status"}"#.into()))
    );
    assert_eq!(read(b"{\"cmd\":\"sta"), Ok(Some(r#"{"cmd":"sta"#.into())));
    assert_eq!(read(b""), Ok(None));
    let mut at_limit = vec![b' '; MAX_REQUEST_LEN];
    at_limit.push(b'\n');
    assert_eq!(
        read(&at_limit).map(|l| l.map(|l| l.len())),
        Ok(Some(MAX_REQUEST_LEN))
    );
    assert_eq!(
        read(&vec![b'a'; MAX_REQUEST_LEN + 1]),
        Err("too long".into())
    );
    let mut over = vec![b' '; MAX_REQUEST_LEN + 1];
    over.push(b'\n');
    assert_eq!(read(&over), Err("too long".into()));
}

/// A client's side of one exchange and of a follow, over a stream that holds the app's lines.
#[test]
fn answers_are_read_line_by_line() {
    let never_timeout = |_: &io::Error| false;
    let line = format!(
        "{}\n",
        serde_json::to_string(&Response::with_status(sample_status())).unwrap()
    );
    assert_eq!(
        read_response(line.as_bytes(), never_timeout).unwrap(),
        Response::with_status(sample_status())
    );
    assert!(matches!(
        read_response(&b""[..], never_timeout),
        Err(IpcError::Protocol(_))
    ));
    assert!(matches!(
        read_response(&b"{\"ok\":tru\n"[..], never_timeout),
        Err(IpcError::Protocol(_))
    ));

    /// Reads from the app's lines; keeps what the client wrote.
    struct Duplex {
        app: Cursor<Vec<u8>>,
        sent: Vec<u8>,
    }
    impl Read for Duplex {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.app.read(buf)
        }
    }
    impl Write for Duplex {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.sent.write(buf)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let paused = Response::with_status(Status {
        state: StateKind::Paused,
        ..sample_status()
    });
    let lines = format!("{line}{}\n{line}", serde_json::to_string(&paused).unwrap());
    let mut duplex = Duplex {
        app: Cursor::new(lines.into_bytes()),
        sent: Vec::new(),
    };
    let mut seen = Vec::new();
    follow_on(&mut duplex, |r| {
        seen.push(r.status.map(|s| s.state));
        true
    })
    .unwrap();
    assert_eq!(
        seen,
        [
            Some(StateKind::Active),
            Some(StateKind::Paused),
            Some(StateKind::Active)
        ]
    );
    assert_eq!(duplex.sent, b"{\"cmd\":\"follow\"}\n");
    // The client may stop at any line.
    duplex.app.set_position(0);
    let mut count = 0;
    follow_on(&mut duplex, |_| {
        count += 1;
        false
    })
    .unwrap();
    assert_eq!(count, 1);
}
