//! `autostart enable|disable|status`.

use std::process::ExitCode;

use anyhow::Context;

use super::AutostartAction;
use crate::autostart::{self, AutostartState};

pub fn run(action: AutostartAction) -> anyhow::Result<ExitCode> {
    let exe = std::env::current_exe().context("cannot find this program's path")?;
    match action {
        AutostartAction::Enable => {
            let entry = autostart::enable(&exe)?;
            println!("enabled: {}", entry.display());
            #[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
            eprintln!(
                "note: the login entry starts the tray app, but {}",
                super::NO_TRAY_APP
            );
        }
        AutostartAction::Disable => {
            let removed = autostart::disable()?;
            println!(
                "{}",
                if removed {
                    "disabled"
                } else {
                    "already disabled"
                }
            );
        }
        AutostartAction::Status => {
            let state = autostart::status(&exe)?;
            println!("{state}");
            if let AutostartState::Stale { .. } = state {
                println!(
                    "run `posture-break autostart enable` to point it at {}",
                    exe.display()
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
