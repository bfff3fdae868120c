//! Helpers shared by the test binaries that run on every target (tests/support is Linux-only).

use std::process::{Command, Output};

/// The command's output. Under wine (the Windows build's tests), CreateProcess now and then
/// fails with ERROR_INTERNAL_ERROR (1359) before the program runs (seen once in ~70 starts);
/// that start is tried again, up to three times. Any other failure is the test's.
#[allow(dead_code)] // not every test binary starts the program this way
pub fn output_of(command: &mut Command) -> Output {
    const WINE_CREATE_PROCESS_FLAKE: i32 = 1359;
    let mut attempts = 0;
    loop {
        attempts += 1;
        match command.output() {
            Ok(output) => return output,
            Err(e)
                if cfg!(windows)
                    && e.raw_os_error() == Some(WINE_CREATE_PROCESS_FLAKE)
                    && attempts < 3 =>
            {
                eprintln!("starting posture-break failed ({e}); trying again");
                std::thread::sleep(std::time::Duration::from_millis(200));
            }
            Err(e) => panic!("run posture-break: {e}"),
        }
    }
}

/// English, whatever the machine's locale: for the tests that read the program's words.
#[allow(dead_code)]
pub fn in_english(command: &mut Command) -> &mut Command {
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
}
