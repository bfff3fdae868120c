//! X11 idle time: the XSync extension's `IDLETIME` system counter (milliseconds since the last
//! input) with two alarms, the way KDE's KIdleTime and mutter's old X11 monitor do it. One fires
//! when the counter rises past `idle_after`, the other when it falls back below (input again).
//! One thread blocked on our own X connection; the server wakes it only at those two moments.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use chrono::{TimeDelta, Utc};
use x11rb::connection::{Connection, RequestConnection};
use x11rb::protocol::sync::{
    self, Alarm, ChangeAlarmAux, ConnectionExt as _, Counter, CreateAlarmAux, Int64, TESTTYPE,
    VALUETYPE,
};
use x11rb::protocol::Event;
use x11rb::rust_connection::RustConnection;

use crate::core::presence::Fact;
use crate::shell::platform::IdleSource;
use crate::shell::{AppEvent, EventSink};

pub struct IdleWatch {
    connection: Arc<RustConnection>,
    idle_alarm: Alarm,
    back_alarm: Alarm,
    idle_after_ms: Arc<AtomicU64>,
}

fn int64(value: u64) -> Int64 {
    let value = value.min(i64::MAX as u64);
    Int64 {
        hi: (value >> 32) as i32,
        lo: value as u32,
    }
}

fn millis(value: Int64) -> i64 {
    ((value.hi as i64) << 32) | value.lo as i64
}

fn as_millis(duration: Duration) -> u64 {
    duration.as_millis().min(u64::MAX as u128) as u64
}

/// Sets both alarms to `ms`: "idle" on the way up past it, "back" on the way down.
fn arm(
    connection: &RustConnection,
    idle_alarm: Alarm,
    back_alarm: Alarm,
    ms: u64,
) -> Result<(), String> {
    for alarm in [idle_alarm, back_alarm] {
        connection
            .sync_change_alarm(alarm, &ChangeAlarmAux::new().value(int64(ms)).events(1))
            .map_err(|e| e.to_string())?;
    }
    connection.flush().map_err(|e| e.to_string())
}

pub fn start(idle_after: Duration, sink: EventSink) -> Result<IdleWatch, String> {
    let (connection, _screen) = x11rb::connect(None).map_err(|e| e.to_string())?;
    if connection
        .extension_information(sync::X11_EXTENSION_NAME)
        .map_err(|e| e.to_string())?
        .is_none()
    {
        return Err("the X server has no SYNC extension".into());
    }
    connection
        .sync_initialize(3, 1)
        .map_err(|e| e.to_string())?
        .reply()
        .map_err(|e| e.to_string())?;
    let counters = connection
        .sync_list_system_counters()
        .map_err(|e| e.to_string())?
        .reply()
        .map_err(|e| e.to_string())?;
    let counter: Counter = counters
        .counters
        .iter()
        .find(|c| c.name == b"IDLETIME")
        .map(|c| c.counter)
        .ok_or("the X server has no IDLETIME counter")?;
    let ms = as_millis(idle_after);
    let mut alarms = [0; 2];
    for (alarm, test) in alarms
        .iter_mut()
        .zip([TESTTYPE::POSITIVE_TRANSITION, TESTTYPE::NEGATIVE_TRANSITION])
    {
        *alarm = connection.generate_id().map_err(|e| e.to_string())?;
        connection
            .sync_create_alarm(
                *alarm,
                &CreateAlarmAux::new()
                    .counter(counter)
                    .value_type(VALUETYPE::ABSOLUTE)
                    .value(int64(ms))
                    .test_type(test)
                    .delta(int64(0))
                    .events(1),
            )
            .map_err(|e| e.to_string())?
            .check()
            .map_err(|e| e.to_string())?;
    }
    let [idle_alarm, back_alarm] = alarms;
    // Already idle when we start: a transition alarm would not say so.
    let idle_now = connection
        .sync_query_counter(counter)
        .map_err(|e| e.to_string())?
        .reply()
        .map_err(|e| e.to_string())?
        .counter_value;
    if millis(idle_now) >= ms as i64 {
        let since = Utc::now() - TimeDelta::milliseconds(millis(idle_now));
        sink(AppEvent::Presence(Fact::Idle { since }));
    }
    let connection = Arc::new(connection);
    let idle_after_ms = Arc::new(AtomicU64::new(ms));
    {
        let connection = Arc::clone(&connection);
        let idle_after_ms = Arc::clone(&idle_after_ms);
        thread::Builder::new()
            .name("xsync-idle".into())
            .spawn(move || loop {
                let Ok(event) = connection.wait_for_event() else {
                    return; // the X connection is gone: no more idle facts
                };
                let Event::SyncAlarmNotify(alarm) = event else {
                    continue;
                };
                if alarm.alarm == idle_alarm {
                    // The counter says how long ago the last input was.
                    let since = Utc::now() - TimeDelta::milliseconds(millis(alarm.counter_value));
                    sink(AppEvent::Presence(Fact::Idle { since }));
                } else if alarm.alarm == back_alarm {
                    sink(AppEvent::Presence(Fact::Active));
                } else {
                    continue;
                }
                // Some servers do not re-arm a transition alarm by themselves (mutter's note).
                let ms = idle_after_ms.load(Ordering::SeqCst);
                if arm(&connection, idle_alarm, back_alarm, ms).is_err() {
                    return;
                }
            })
            .map_err(|e| e.to_string())?;
    }
    Ok(IdleWatch {
        connection,
        idle_alarm,
        back_alarm,
        idle_after_ms,
    })
}

impl IdleSource for IdleWatch {
    fn name(&self) -> &'static str {
        "xsync"
    }

    fn set_idle_after(&self, idle_after: Duration) {
        let ms = as_millis(idle_after);
        if self.idle_after_ms.swap(ms, Ordering::SeqCst) != ms {
            let _ = arm(&self.connection, self.idle_alarm, self.back_alarm, ms);
        }
    }
}
