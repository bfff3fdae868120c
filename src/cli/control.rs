//! The commands that ask the running app to do something: `stretch`, `snooze`, `pause`,
//! `resume`, `skip` (each prints the new status) and `quit` (waits until the app is gone).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{anyhow, bail};

use crate::core::duration::parse_duration;
use crate::ipc::{self, Request, Response};

/// How long `quit` waits for the app to close its control socket after it has answered.
const QUIT_WAIT: Duration = Duration::from_secs(10);

/// `snooze [DURATION]`: without one, the configured snooze.
pub fn snooze(duration: Option<&str>) -> anyhow::Result<Request> {
    Ok(Request::Snooze {
        secs: duration.map(parse_secs).transpose()?,
    })
}

/// `pause [DURATION | --until-tomorrow]`: without either, until resumed.
pub fn pause(duration: Option<&str>, until_tomorrow: bool) -> anyhow::Result<Request> {
    Ok(Request::Pause {
        secs: duration.map(parse_secs).transpose()?,
        until_tomorrow,
    })
}

/// A duration typed by the user ("90s", "1h 30m"), in whole seconds, at least one.
pub fn parse_secs(text: &str) -> anyhow::Result<u64> {
    let duration = parse_duration(text).map_err(|e| anyhow!("invalid duration {text:?}: {e}"))?;
    if duration.is_zero() {
        bail!("invalid duration {text:?}: must be at least 1s");
    }
    Ok(duration.as_secs())
}

/// How a control command reaches the app.
#[derive(Clone, Debug, Default)]
pub struct Control {
    /// Start the app first when none runs (`--start`, the launcher's actions, `open`).
    pub start: bool,
    /// The `--config` the started app gets.
    pub config: Option<PathBuf>,
}

/// How long a started app may take to listen on its control socket.
const START_WAIT: Duration = Duration::from_secs(10);

impl Control {
    /// Sends `req` and prints the status the app answers with.
    pub fn run(&self, req: Request) -> anyhow::Result<ExitCode> {
        let socket = ipc::socket_path()?;
        let response = match request_at(&socket, req.clone()) {
            Err(err) if self.start && super::is_not_running(&err) => {
                self.start_app(&socket)?;
                request_at(&socket, req)?
            }
            other => other?,
        };
        if let Some(status) = response.status {
            println!("{}", super::status::sentence(&status));
        }
        Ok(ExitCode::SUCCESS)
    }

    /// Starts the tray app in the background and waits until it answers.
    fn start_app(&self, socket: &Path) -> anyhow::Result<()> {
        let exe = std::env::current_exe()?;
        let mut command = std::process::Command::new(exe);
        if let Some(config) = &self.config {
            command.arg("--config").arg(config);
        }
        command
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|e| anyhow!("cannot start posture-break: {e}"))?;
        let deadline = std::time::Instant::now() + START_WAIT;
        while std::time::Instant::now() < deadline {
            if ipc::send(socket, &Request::Status, ipc::CLIENT_TIMEOUT).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        bail!(
            "started posture-break, but it did not answer within {} s",
            START_WAIT.as_secs()
        )
    }
}

/// One request and its answer; a refusal is an error.
pub(super) fn request_at(socket: &Path, req: Request) -> anyhow::Result<Response> {
    let response = ipc::send(socket, &req, ipc::CLIENT_TIMEOUT)?;
    if !response.ok {
        bail!(
            "{}",
            response.error.unwrap_or_else(|| "request refused".into())
        );
    }
    Ok(response)
}

/// Asks the app to quit and waits until it has closed its control socket, so "has quit" is true
/// when printed. Whatever status the app answers with (older versions send one) describes an app
/// that is going away, so none is printed.
pub fn quit() -> anyhow::Result<ExitCode> {
    let socket = ipc::socket_path()?;
    let id = ipc::SocketId::of(&socket);
    request_at(&socket, Request::Quit)?;
    if !ipc::wait_closed(&socket, id, QUIT_WAIT) {
        bail!(
            "posture-break was asked to quit but still listens on {} after {} s",
            socket.display(),
            QUIT_WAIT.as_secs()
        );
    }
    println!("posture-break has quit");
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_whole_seconds_and_never_zero() {
        assert_eq!(parse_secs("90s").unwrap(), 90);
        assert_eq!(parse_secs("1h 30m").unwrap(), 5400);
        assert_eq!(parse_secs("10m").unwrap(), 600);
        let zero = parse_secs("0s").unwrap_err().to_string();
        assert_eq!(zero, r#"invalid duration "0s": must be at least 1s"#);
        let bad = parse_secs("soon").unwrap_err().to_string();
        assert!(bad.starts_with(r#"invalid duration "soon": "#), "{bad}");
    }

    #[test]
    fn arguments_become_requests() {
        assert_eq!(snooze(None).unwrap(), Request::Snooze { secs: None });
        assert_eq!(
            snooze(Some("90s")).unwrap(),
            Request::Snooze { secs: Some(90) }
        );
        assert!(snooze(Some("0m")).is_err());
        assert_eq!(
            pause(None, false).unwrap(),
            Request::Pause {
                secs: None,
                until_tomorrow: false
            }
        );
        assert_eq!(
            pause(Some("2h"), false).unwrap(),
            Request::Pause {
                secs: Some(7200),
                until_tomorrow: false
            }
        );
        assert_eq!(
            pause(None, true).unwrap(),
            Request::Pause {
                secs: None,
                until_tomorrow: true
            }
        );
        assert!(pause(Some("x"), false).is_err());
    }
}
