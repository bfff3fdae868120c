//! The command line: its definition ([`args`], clap; also read by the man page and completion
//! generator) and one module per group of subcommands. `main.rs` parses, dispatches here, and
//! turns errors into exit codes.

mod args;
pub mod autostart;
pub mod config;
pub mod control;
pub mod exercises;
pub mod stats;
pub mod status;
pub mod sync;

pub use args::*;

use crate::ipc::IpcError;

/// Exit code of an error: invalid config, I/O, refused request.
pub const EXIT_ERROR: u8 = 1;
/// Exit code when no app is running (or a `status --follow` saw it quit).
pub const EXIT_NOT_RUNNING: u8 = 3;

/// Whether `err` says that no app is running (exit code 3).
pub fn is_not_running(err: &anyhow::Error) -> bool {
    err.downcast_ref::<IpcError>()
        .is_some_and(|e| matches!(e, IpcError::NotRunning { .. }))
}

/// What starting the app says where the tray app does not exist (it exits 1).
#[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
pub const NO_TRAY_APP: &str = "the tray app is not yet available on this system; only the \
    commands work here (config, exercises, stats, autostart; see `posture-break --help`)";

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn only_a_missing_app_is_not_running() {
        let missing = IpcError::NotRunning {
            path: PathBuf::from("/run/x"),
        };
        assert!(is_not_running(&anyhow::Error::from(missing)));
        assert!(!is_not_running(&anyhow::Error::from(IpcError::Timeout)));
        assert!(!is_not_running(&anyhow::anyhow!(
            "posture-break is not running"
        )));
    }
}
