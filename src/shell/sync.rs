//! Several computers: the synced folder as the app's source. One look at start (the lines so
//! far), then one at every change the folder watch reports (`platform::watch_folder`: one
//! blocked thread, nothing wakes while nothing changes); what is new goes to the main loop as
//! `AppEvent::Sync`. Reading and writing the files is `crate::sync_folder`'s.

use std::io;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use crate::sync_folder::Reader;

use super::{platform, AppEvent, EventSink};

/// Starts reading the folder: one look now (the lines so far), then one at every change the
/// folder watch reports.
pub fn spawn(folder: PathBuf, own: String, sink: &EventSink) -> io::Result<()> {
    let reader = Arc::new(Mutex::new(Reader::new(folder.clone(), own)));
    let look = {
        let sink = Arc::clone(sink);
        move || {
            let facts = reader.lock().unwrap_or_else(PoisonError::into_inner).scan();
            for fact in facts {
                sink(AppEvent::Sync(fact));
            }
        }
    };
    look();
    platform::watch_folder(folder, look)
}
