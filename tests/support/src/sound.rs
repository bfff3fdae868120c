//! The session's sound server (tests/desktop/session.sh starts PulseAudio with one null sink):
//! what the app plays is recorded from the sink's monitor with `parec` and measured with `sox`.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// One recording at a time: every test shares the session's one sink.
pub fn sound_lock() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Below this RMS amplitude a recording is silence (a null sink records exact zeros; the theme's
/// `message-new-instant` measured 0.011 over 2.5 s).
pub const SILENCE: f64 = 0.0005;

/// A recording of everything played into the session's sink, from `start` to `stop`.
pub struct Recording {
    child: Child,
    file: PathBuf,
}

impl Recording {
    pub fn start(dir: &Path) -> Recording {
        let sink =
            std::env::var("PB_SOUND_SINK").expect("PB_SOUND_SINK (tests/desktop/session.sh)");
        let n = crate::SEQ.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let file = dir.join(format!("recording-{n}.raw"));
        let out = File::create(&file).expect("create the recording file");
        let child = Command::new("parec")
            .args(["-d", &format!("{sink}.monitor"), "--latency-msec=20"])
            .args(["--format=s16le", "--channels=1", "--rate=16000"])
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(Stdio::null())
            .spawn()
            .expect("start parec");
        // The first half second of a recording is lost.
        std::thread::sleep(Duration::from_millis(700));
        Recording { child, file }
    }

    /// Ends the recording; its RMS amplitude (0 for silence) and length in seconds.
    pub fn stop(mut self) -> (f64, f64) {
        self.end();
        let out = Command::new("sox")
            .args([
                "-t", "raw", "-r", "16000", "-e", "signed", "-b", "16", "-c", "1",
            ])
            .arg(&self.file)
            .args(["-n", "stat"])
            .output()
            .expect("run sox");
        // sox prints its statistics on stderr.
        let text = String::from_utf8_lossy(&out.stderr).into_owned();
        let field = |name: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|rest| rest.trim_start_matches(':').trim().parse::<f64>().ok())
                .unwrap_or_else(|| panic!("no {name} in sox's output: {text}"))
        };
        (field("RMS     amplitude"), field("Length (seconds)"))
    }

    /// SIGINT: parec writes out what it holds.
    fn end(&mut self) {
        // SAFETY: kill(2) on our own child's pid.
        unsafe { libc::kill(self.child.id() as libc::pid_t, libc::SIGINT) };
        let _ = self.child.wait();
    }

    /// Ends the recording and finds the sounds in it: stretches of 20 ms windows louder than
    /// silence, with gaps under 150 ms joined.
    pub fn stop_bursts(mut self) -> Vec<Burst> {
        self.end();
        let bytes = std::fs::read(&self.file).expect("read the recording");
        let samples: Vec<f64> = bytes
            .chunks_exact(2)
            .map(|b| f64::from(i16::from_le_bytes([b[0], b[1]])) / 32768.0)
            .collect();
        const WINDOW: usize = 320; // 20 ms at 16 kHz
        let loud: Vec<bool> = samples
            .chunks(WINDOW)
            .map(|w| (w.iter().map(|s| s * s).sum::<f64>() / w.len() as f64).sqrt() > SILENCE * 4.0)
            .collect();
        let window_s = WINDOW as f64 / 16000.0;
        let mut bursts: Vec<Burst> = Vec::new();
        for (i, _) in loud.iter().enumerate().filter(|(_, l)| **l) {
            let at = i as f64 * window_s;
            match bursts.last_mut() {
                Some(last) if at - (last.start + last.length) < 0.15 => {
                    last.length = at + window_s - last.start;
                }
                _ => bursts.push(Burst {
                    start: at,
                    length: window_s,
                }),
            }
        }
        bursts
    }
}

/// One sound in a recording: when it starts (seconds from the start) and how long it lasts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Burst {
    pub start: f64,
    pub length: f64,
}
