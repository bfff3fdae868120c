//! Plays a sound of the freedesktop sound theme with the desktop's own player, for notification
//! servers that ignore the `sound-name` hint. No audio crate and no audio thread while idle: a
//! short-lived thread runs the player and ends with it. `canberra-gtk-play` looks the name up in
//! the theme itself; otherwise the theme's file goes to `pw-play` (PipeWire) or `paplay`
//! (PulseAudio, and PipeWire's pulse server).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// A sound longer than this is cut off: the theme's sounds last about a second.
const LONGEST: Duration = Duration::from_secs(10);

/// Plays `name` in the background; `failed` hears why no player could play it.
pub fn play(name: &'static str, failed: impl FnOnce(String) + Send + 'static) {
    let spawned = thread::Builder::new().name("chime".into()).spawn(move || {
        if let Err(err) = play_now(name) {
            failed(err);
        }
    });
    if let Err(err) = spawned {
        eprintln!("posture-break: cannot start the chime thread: {err}");
    }
}

fn play_now(name: &str) -> Result<(), String> {
    let file = theme_file(name, &data_dirs());
    let mut tried = Vec::new();
    for (player, args) in players(name, file.as_deref()) {
        let Some(path) = on_path(player) else {
            continue;
        };
        match run(&path, &args) {
            Ok(()) => return Ok(()),
            Err(err) => tried.push(format!("{player}: {err}")),
        }
    }
    if tried.is_empty() {
        return Err(match file {
            Some(_) => "no sound player found (canberra-gtk-play, pw-play or paplay)".into(),
            None => format!(
                "no sound player found (canberra-gtk-play), and no {name} sound in the \
                 freedesktop sound theme for pw-play or paplay (Debian: sound-theme-freedesktop)"
            ),
        });
    }
    Err(tried.join("; "))
}

/// The players to try, in order, with their arguments.
fn players<'a>(name: &'a str, file: Option<&'a Path>) -> Vec<(&'static str, Vec<String>)> {
    let mut players = vec![(
        "canberra-gtk-play",
        vec!["--id".to_string(), name.to_string()],
    )];
    if let Some(file) = file {
        let file = file.display().to_string();
        players.push(("pw-play", vec![file.clone()]));
        players.push(("paplay", vec![file]));
    }
    players
}

fn run(player: &Path, args: &[String]) -> Result<(), String> {
    let mut child = Command::new(player)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|err| err.to_string())?;
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => return Err(format!("exited with {status}")),
            Ok(None) if started.elapsed() > LONGEST => {
                let _ = child.kill();
                let _ = child.wait();
                return Err("still playing after 10 s; stopped".into());
            }
            // Only while a sound plays: a few dozen looks at most.
            Ok(None) => thread::sleep(Duration::from_millis(100)),
            Err(err) => return Err(err.to_string()),
        }
    }
}

/// `$XDG_DATA_HOME` then `$XDG_DATA_DIRS`, as the sound theme specification searches them.
fn data_dirs() -> Vec<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    let mut dirs = Vec::new();
    match var("XDG_DATA_HOME") {
        Some(home) => dirs.push(PathBuf::from(home)),
        None => {
            if let Some(home) = var("HOME") {
                dirs.push(PathBuf::from(home).join(".local/share"));
            }
        }
    }
    let system = var("XDG_DATA_DIRS").unwrap_or_else(|| "/usr/local/share:/usr/share".into());
    dirs.extend(std::env::split_paths(&system));
    dirs
}

/// The theme's file for `name` (the freedesktop theme, stereo).
fn theme_file(name: &str, data_dirs: &[PathBuf]) -> Option<PathBuf> {
    data_dirs.iter().find_map(|dir| {
        ["oga", "ogg", "wav"]
            .iter()
            .map(|ext| dir.join(format!("sounds/freedesktop/stereo/{name}.{ext}")))
            .find(|path| path.is_file())
    })
}

fn on_path(program: &str) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| {
            candidate
                .metadata()
                .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_theme_file_is_found_in_the_first_data_dir_that_has_it() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let first = dir.path().join("home");
        let second = dir.path().join("system");
        let stereo = second.join("sounds/freedesktop/stereo");
        assert!(std::fs::create_dir_all(&stereo).is_ok());
        assert_eq!(
            theme_file("message-new-instant", &[first.clone(), second.clone()]),
            None
        );
        let file = stereo.join("message-new-instant.oga");
        assert!(std::fs::write(&file, b"OggS").is_ok());
        assert_eq!(
            theme_file("message-new-instant", &[first.clone(), second]),
            Some(file)
        );
        let own = first.join("sounds/freedesktop/stereo");
        assert!(std::fs::create_dir_all(&own).is_ok());
        let own_file = own.join("message-new-instant.wav");
        assert!(std::fs::write(&own_file, b"RIFF").is_ok());
        assert_eq!(
            theme_file("message-new-instant", &[first, dir.path().join("system")]),
            Some(own_file)
        );
    }

    #[test]
    fn without_a_theme_file_only_canberra_is_tried() {
        let players = players("message-new-instant", None);
        let names: Vec<&str> = players.iter().map(|(p, _)| *p).collect();
        assert_eq!(names, vec!["canberra-gtk-play"]);
        let file = PathBuf::from("/usr/share/sounds/freedesktop/stereo/message-new-instant.oga");
        let players = super::players("message-new-instant", Some(&file));
        let names: Vec<&str> = players.iter().map(|(p, _)| *p).collect();
        assert_eq!(names, vec!["canberra-gtk-play", "pw-play", "paplay"]);
        assert_eq!(players[2].1, vec![file.display().to_string()]);
    }
}
