//! Wakes the main loop when the wall clock jumps: the clock being set, and resume from suspend
//! (the kernel cancels TFD_TIMER_CANCEL_ON_SET timers in both cases). One thread blocked in
//! read(2): no wake-ups otherwise.

use std::io;
use std::thread;

/// Calls `on_change` after every wall-clock discontinuity, forever.
pub fn spawn(on_change: impl Fn() + Send + 'static) -> io::Result<()> {
    // SAFETY: plain syscalls on a descriptor this thread owns; every result is checked.
    let fd = unsafe { libc::timerfd_create(libc::CLOCK_REALTIME, libc::TFD_CLOEXEC) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    arm(fd)?;
    thread::Builder::new()
        .name("clock-watch".into())
        .spawn(move || {
            let mut expirations = [0u8; 8];
            loop {
                // SAFETY: reading 8 bytes into an 8-byte buffer from our timerfd.
                let n =
                    unsafe { libc::read(fd, expirations.as_mut_ptr().cast(), expirations.len()) };
                let error = io::Error::last_os_error();
                if n < 0 && error.raw_os_error() == Some(libc::EINTR) {
                    continue;
                }
                if n < 0 && error.raw_os_error() != Some(libc::ECANCELED) {
                    return; // unexpected: stop watching rather than spin
                }
                on_change();
                if arm(fd).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}

/// An absolute timer far in the future that is cancelled when the clock is set.
fn arm(fd: libc::c_int) -> io::Result<()> {
    let spec = libc::itimerspec {
        it_interval: libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        },
        it_value: libc::timespec {
            tv_sec: libc::time_t::MAX / 2,
            tv_nsec: 0,
        },
    };
    let flags = libc::TFD_TIMER_ABSTIME | libc::TFD_TIMER_CANCEL_ON_SET;
    // SAFETY: valid descriptor and a properly initialised itimerspec.
    let rc = unsafe { libc::timerfd_settime(fd, flags, &spec, std::ptr::null_mut()) };
    if rc < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}
