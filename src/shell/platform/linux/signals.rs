//! SIGTERM and SIGINT (a desktop session logging out, Ctrl+C) end the app the way `quit` does:
//! through the main loop, so the control socket is removed and no history line is cut short.
//! The signals are blocked in every thread and taken by one thread blocked in sigwait(2).

use std::io;
use std::thread;

fn termination_signals() -> libc::sigset_t {
    // SAFETY: sigemptyset/sigaddset initialise and fill a set we own.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGTERM);
        libc::sigaddset(&mut set, libc::SIGINT);
        set
    }
}

/// Blocks SIGTERM and SIGINT in the calling thread and every thread it starts afterwards. Call it
/// first thing on the main thread, before any other thread exists.
pub fn block_termination() -> io::Result<()> {
    let set = termination_signals();
    // SAFETY: changes only this thread's signal mask, with a valid set.
    let rc = unsafe { libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut()) };
    if rc != 0 {
        return Err(io::Error::from_raw_os_error(rc));
    }
    Ok(())
}

/// Lets a child process (an opener we spawn) receive the signals again; it inherits our mask.
pub fn unblock_in_child(command: &mut std::process::Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: the closure runs between fork and exec and only calls pthread_sigmask, which is
    // async-signal-safe, on a set built before the fork.
    unsafe {
        let set = termination_signals();
        command.pre_exec(move || {
            libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
            Ok(())
        });
    }
}

/// Calls `on_signal` with the signal's name each time SIGTERM or SIGINT arrives.
pub fn spawn(on_signal: impl Fn(&'static str) + Send + 'static) -> io::Result<()> {
    thread::Builder::new()
        .name("signal-watch".into())
        .spawn(move || {
            let set = termination_signals();
            loop {
                let mut signal: libc::c_int = 0;
                // SAFETY: waits for one of the blocked signals in `set`.
                let rc = unsafe { libc::sigwait(&set, &mut signal) };
                if rc != 0 {
                    return;
                }
                on_signal(if signal == libc::SIGINT {
                    "SIGINT"
                } else {
                    "SIGTERM"
                });
            }
        })?;
    Ok(())
}
