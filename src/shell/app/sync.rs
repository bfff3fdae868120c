//! Several computers, as the dispatcher hears them: this machine's events go out as lines, the
//! other machines' lines come in and become the scheduler's facts (a break elsewhere, a
//! reminder over elsewhere, which machine is in use) and part of the progress. The rules are
//! the core's (`core::sync`, `core::schedule`); this only routes.

use std::time::Duration;

use chrono::{DateTime, Local, Timelike, Utc};

use super::clock::Now;
use super::App;
use crate::core::history::{Entry, EventKind};
use crate::core::progress::Tally;
use crate::core::schedule::{Elsewhere, Input};
use crate::core::sync::{Line, Note, Peers, Shared, SKEW_LIMIT};
use crate::ipc::{PeerStatus, SyncStatus, WireTime};
use crate::sync_folder::SyncFact;

/// Sync's part of the app: who this machine is, and what the others said.
pub struct SyncState {
    pub name: String,
    /// The folder, as the person wrote it.
    pub folder: String,
    pub peers: Peers,
    /// The latest break and reminder end elsewhere already given to the scheduler.
    break_heard: Option<DateTime<Utc>>,
    over_heard: Option<DateTime<Utc>>,
    /// When this machine last said "active": an "away since" is never stamped before it (the
    /// idle source may date the last input before the app started and said "active").
    active_said: Option<DateTime<Utc>>,
}

impl SyncState {
    pub fn new(name: String, folder: String) -> SyncState {
        SyncState {
            name,
            folder,
            peers: Peers::default(),
            break_heard: None,
            over_heard: None,
            active_said: None,
        }
    }
}

/// What this machine's history entry tells the others, if anything.
fn shared_of(entry: &Entry) -> Option<Shared> {
    let exercise = || entry.exercise.clone().unwrap_or_default();
    Some(match entry.event {
        EventKind::Completed => Shared::Completed {
            exercise: exercise(),
        },
        EventKind::Skipped => Shared::Skipped {
            exercise: exercise(),
        },
        EventKind::NaturalBreak => Shared::NaturalBreak {
            secs: entry.secs.unwrap_or_default(),
        },
        _ => return None,
    })
}

impl App {
    /// How long another machine counts as in use after its newest line: it writes at least
    /// one a reminder interval while its person is there (its reminder ends).
    fn sync_fresh(&self) -> Duration {
        let config = self.config();
        config.schedule.interval + config.notification.timeout + SKEW_LIMIT
    }

    /// Tells the other machines something, stamped now (or at `at`).
    pub(super) fn share(&mut self, at: DateTime<Utc>, what: Shared) {
        let Some(sync) = &mut self.sync else {
            return;
        };
        let at = match what {
            Shared::Active => {
                sync.active_said = Some(at);
                at
            }
            Shared::Away => at.max(sync.active_said.unwrap_or(at)),
            _ => at,
        };
        let ts = at.with_timezone(&Local).fixed_offset();
        let line = Line {
            ts: ts.with_nanosecond(0).unwrap_or(ts),
            what,
        };
        match self.desktop.sync_append(&line) {
            Ok(()) => {
                if self.log.clear("sync-write") {
                    self.log.info("sync: writing to the folder works again");
                }
            }
            Err(err) => {
                self.log.warn_once(
                    "sync-write",
                    &format!("sync: {err}; this machine's lines wait and are written when it works again"),
                );
            }
        }
    }

    /// A history entry was written here: the stretches and breaks go to the other machines.
    pub(super) fn share_entry(&mut self, entry: &Entry) {
        if let Some(what) = shared_of(entry) {
            self.share(entry.ts.with_timezone(&Utc), what);
        }
    }

    /// What the other machines say now, for the scheduler's next `input`. Whether another
    /// machine is in use matters only while the person is not away from this one (away, a due
    /// reminder waits for them here anyway), so this one counts as used now. The person's
    /// return here (`Back`) is the surest sign of where they are: a reminder then shows here.
    pub(super) fn elsewhere(&self, now: Now, input: Input) -> Elsewhere {
        let Some(sync) = &self.sync else {
            return Elsewhere::default();
        };
        let fresh = self.sync_fresh();
        Elsewhere {
            in_use: input != Input::Back
                && !sync
                    .peers
                    .reminder_here(&sync.name, now.utc, now.utc, fresh),
            last_used: sync.peers.last_used(now.utc, fresh),
        }
    }

    pub(super) fn on_sync(&mut self, now: Now, fact: SyncFact) {
        let Some(sync) = &mut self.sync else {
            return;
        };
        match fact {
            SyncFact::Folder { present: false } => {
                self.log.warn_once(
                    "sync-folder",
                    &format!(
                        "sync: the folder {} is missing (an unmounted share, or removed); waiting for it",
                        sync.folder
                    ),
                );
            }
            SyncFact::Folder { present: true } => {
                if self.log.clear("sync-folder") {
                    self.log
                        .info(&format!("sync: the folder {} is back", sync.folder));
                }
                if let Err(err) = self.desktop.sync_flush() {
                    self.log.warn_once("sync-write", &format!("sync: {err}"));
                }
            }
            SyncFact::Note(text) => self.log.warn(&text),
            SyncFact::Lines { machine, lines } => {
                let notes = sync
                    .peers
                    .add(&machine, lines.iter().map(String::as_str), now.utc);
                for note in notes {
                    match note {
                        Note::ClockAhead { machine, ahead } => self.log.warn(&format!(
                            "sync: {machine}'s clock is {} s ahead of this one's; its times count as no later than now",
                            ahead.as_secs()
                        )),
                        Note::BadLine { machine, why } => {
                            self.log.warn_once(
                                &format!("sync-line-{machine}"),
                                &format!("sync: a line of {machine}'s file is not one of posture-break's ({why}); skipped"),
                            );
                        }
                    }
                }
                self.heard_from_elsewhere(now);
            }
        }
    }

    /// New lines from elsewhere: a newer break or reminder end moves the schedule; the
    /// progress counts the other machines' stretches.
    fn heard_from_elsewhere(&mut self, now: Now) {
        let Some(sync) = &mut self.sync else {
            return;
        };
        let latest_break = sync.peers.latest_break(now.utc);
        let latest_over = sync.peers.latest_reminder_over(now.utc);
        let new_break = latest_break.filter(|at| sync.break_heard < Some(*at));
        let new_over = latest_over.filter(|at| sync.over_heard < Some(*at));
        sync.break_heard = latest_break.max(sync.break_heard);
        sync.over_heard = latest_over.max(sync.over_heard);
        self.recount_progress();
        if let Some(at) = new_over {
            self.input(now, Input::ReminderOverElsewhere { at });
        }
        if let Some(at) = new_break {
            let before = self.scheduler.next_reminder();
            self.input(now, Input::BreakElsewhere { at });
            if self.scheduler.next_reminder() != before {
                self.log.info(&format!(
                    "sync: a break on another machine at {} restarts the interval",
                    at.with_timezone(&Local).format("%H:%M:%S")
                ));
            }
        }
        self.refresh_tray(now);
    }

    /// The tally is this machine's history plus the other machines' stretches and breaks.
    fn recount_progress(&mut self) {
        let Some(sync) = &self.sync else {
            return;
        };
        let mut tally: Tally = self.progress.local.clone();
        for entry in sync.peers.history() {
            tally.add(&entry);
        }
        self.progress.tally = tally;
    }

    /// `status --json`'s `sync`.
    pub(super) fn sync_status(&self) -> Option<SyncStatus> {
        let sync = self.sync.as_ref()?;
        Some(SyncStatus {
            folder: sync.folder.clone(),
            name: sync.name.clone(),
            peers: sync
                .peers
                .view()
                .into_iter()
                .map(|peer| PeerStatus {
                    name: peer.name,
                    last_event: peer.last_event.map(|at| WireTime::new(at, &Local)),
                    away: peer.away,
                })
                .collect(),
        })
    }
}
