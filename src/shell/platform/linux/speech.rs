//! The spoken guide (`[stretch] cues = "voice"`): each step's text read aloud by
//! speech-dispatcher, the desktop's speech service, spoken to directly over its SSIP protocol on
//! its Unix socket (a few text commands; a client crate would add a C library for that). The
//! connection opens with the stretch and closes with it: one thread per stretch owns it and ends
//! when the `Guide` is dropped. As libspeechd does, the service is started on demand
//! (`speech-dispatcher --spawn`) unless `SPEECHD_ADDRESS` names one.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How long the service may take to answer, and to come up after `--spawn`.
const ANSWER_WITHIN: Duration = Duration::from_secs(5);
const SPAWN_WITHIN: Duration = Duration::from_secs(3);

/// The speech of one stretch; dropping it stops speaking and closes the connection.
pub struct Guide {
    steps: mpsc::Sender<String>,
}

impl Guide {
    /// Connects in the background; `failed` hears why nothing can be spoken (no service).
    pub fn start(failed: impl FnOnce(String) + Send + 'static) -> Guide {
        let (steps, texts) = mpsc::channel::<String>();
        let spawned = thread::Builder::new().name("speech".into()).spawn(move || {
            if let Err(err) = speak_all(&texts) {
                failed(err);
            }
        });
        if let Err(err) = spawned {
            eprintln!("posture-break: cannot start the speech thread: {err}");
        }
        Guide { steps }
    }

    /// Says `text`, cutting short what is still being said.
    pub fn say(&self, text: String) {
        let _ = self.steps.send(text);
    }
}

/// The service's socket, and whether it may be started here.
fn address() -> Result<(PathBuf, bool), String> {
    if let Some(address) = std::env::var_os("SPEECHD_ADDRESS") {
        let address = address.to_string_lossy().into_owned();
        return match address.strip_prefix("unix_socket:") {
            Some(path) if !path.is_empty() => Ok((PathBuf::from(path), false)),
            _ => Err(format!(
                "SPEECHD_ADDRESS={address:?}: only \"unix_socket:PATH\" is supported"
            )),
        };
    }
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")
        .ok_or("XDG_RUNTIME_DIR is not set, so speech-dispatcher's socket cannot be found")?;
    let path = PathBuf::from(runtime).join("speech-dispatcher/speechd.sock");
    Ok((path, true))
}

fn connect() -> Result<UnixStream, String> {
    let (path, may_spawn) = address()?;
    let first = match UnixStream::connect(&path) {
        Ok(stream) => return Ok(stream),
        Err(err) => err,
    };
    if !may_spawn {
        return Err(format!("speech-dispatcher at {}: {first}", path.display()));
    }
    // `--spawn` starts the server only if it is not running, and returns once it listens.
    let spawned = Command::new("speech-dispatcher")
        .arg("--spawn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if let Err(err) = spawned {
        return Err(format!(
            "speech-dispatcher is not running ({first}) and cannot be started: {err}"
        ));
    }
    let started = Instant::now();
    loop {
        match UnixStream::connect(&path) {
            Ok(stream) => return Ok(stream),
            Err(err) if started.elapsed() > SPAWN_WITHIN => {
                return Err(format!(
                    "speech-dispatcher was started but {} does not answer: {err}",
                    path.display()
                ))
            }
            Err(_) => thread::sleep(Duration::from_millis(50)),
        }
    }
}

/// One SSIP conversation: a command, then reply lines until the last (`NNN text`, a space after
/// the code; earlier ones have `NNN-`). Codes 2xx are success.
struct Session {
    writer: UnixStream,
    reader: BufReader<UnixStream>,
}

impl Session {
    fn send(&mut self, text: &str) -> Result<String, String> {
        self.writer
            .write_all(text.as_bytes())
            .map_err(|err| format!("speech-dispatcher: {err}"))?;
        let mut line = String::new();
        loop {
            line.clear();
            match self.reader.read_line(&mut line) {
                Ok(0) => return Err("speech-dispatcher closed the connection".into()),
                Ok(_) => {}
                Err(err) => return Err(format!("speech-dispatcher: {err}")),
            }
            let last = line.as_bytes().get(3) == Some(&b' ');
            if last {
                let reply = line.trim_end().to_string();
                return match reply.as_bytes().first() {
                    Some(b'2') => Ok(reply),
                    _ => Err(format!("speech-dispatcher answered {reply:?} to {text:?}")),
                };
            }
        }
    }

    fn command(&mut self, command: &str) -> Result<String, String> {
        self.send(&format!("{command}\r\n"))
    }

    /// SPEAK, then the text (a line that starts with a dot gets a second one), then a lone dot.
    fn speak(&mut self, text: &str) -> Result<(), String> {
        self.command("SPEAK")?;
        let mut body = String::new();
        for line in text.lines() {
            if line.starts_with('.') {
                body.push('.');
            }
            body.push_str(line);
            body.push_str("\r\n");
        }
        body.push_str(".\r\n");
        self.send(&body).map(|_| ())
    }
}

fn speak_all(texts: &mpsc::Receiver<String>) -> Result<(), String> {
    let stream = connect()?;
    let timeout = Some(ANSWER_WITHIN);
    let _ = stream.set_read_timeout(timeout);
    let _ = stream.set_write_timeout(timeout);
    let reader = stream
        .try_clone()
        .map(BufReader::new)
        .map_err(|err| format!("speech-dispatcher: {err}"))?;
    let mut session = Session {
        writer: stream,
        reader,
    };
    session.command("SET self CLIENT_NAME user:posture-break:guide")?;
    // The steps are in the app's language; a voice without it keeps the default (a refusal
    // here is no reason to fall back to chimes).
    let language = crate::core::words::current()
        .language()
        .tag
        .to_ascii_lowercase();
    let _ = session.command(&format!("SET self LANGUAGE {language}"));
    while let Ok(text) = texts.recv() {
        session.command("CANCEL self")?;
        session.speak(&text)?;
    }
    // The stretch is over: stop talking and hang up.
    let _ = session.command("CANCEL self");
    let _ = session.command("QUIT");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io;

    /// A speech-dispatcher stand-in on a socket pair: what the client writes, and canned replies.
    #[test]
    fn speaks_each_text_in_ssip_with_dots_escaped() -> io::Result<()> {
        let (client, server) = UnixStream::pair()?;
        let replies = thread::spawn(move || -> io::Result<String> {
            let mut reader = BufReader::new(server.try_clone()?);
            let mut writer = server;
            let mut seen = String::new();
            let mut line = String::new();
            let mut in_text = false;
            while reader.read_line(&mut line)? > 0 {
                seen.push_str(&line);
                let reply = match (in_text, line.trim_end()) {
                    (false, "SPEAK") => {
                        in_text = true;
                        "230 OK RECEIVING DATA\r\n"
                    }
                    (true, ".") => {
                        in_text = false;
                        "225-21\r\n225 OK MESSAGE QUEUED\r\n"
                    }
                    (true, _) => "",
                    (false, "QUIT") => "231 HAPPY HACKING\r\n",
                    (false, _) => "208 OK\r\n",
                };
                writer.write_all(reply.as_bytes())?;
                line.clear();
            }
            Ok(seen)
        });
        let mut session = Session {
            reader: BufReader::new(client.try_clone()?),
            writer: client,
        };
        session
            .command("SET self CLIENT_NAME user:posture-break:guide")
            .map_err(io::Error::other)?;
        session
            .speak("Breathe in.\n.5 seconds more")
            .map_err(io::Error::other)?;
        session.command("QUIT").map_err(io::Error::other)?;
        drop(session);
        let seen = replies
            .join()
            .map_err(|_| io::Error::other("server panicked"))??;
        assert_eq!(
            seen,
            "SET self CLIENT_NAME user:posture-break:guide\r\nSPEAK\r\nBreathe in.\r\n..5 seconds more\r\n.\r\nQUIT\r\n"
        );
        Ok(())
    }

    #[test]
    fn a_refusal_is_an_error_with_the_answer() -> io::Result<()> {
        let (client, server) = UnixStream::pair()?;
        let mut writer = server.try_clone()?;
        writer.write_all(b"300-ERR\r\n300 ERR UNKNOWN COMMAND\r\n")?;
        let mut session = Session {
            reader: BufReader::new(client.try_clone()?),
            writer: client,
        };
        let err = session.command("NONSENSE").unwrap_err();
        assert_eq!(
            err,
            "speech-dispatcher answered \"300 ERR UNKNOWN COMMAND\" to \"NONSENSE\\r\\n\""
        );
        drop(server);
        Ok(())
    }
}
