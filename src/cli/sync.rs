//! `sync status [--json]`: the synced folder, this computer's name and the other computers
//! seen there, as the running app knows them (the same as `status --json`'s `sync`).

use std::process::ExitCode;

use anyhow::Context;

use super::control::request_at;
use super::SyncAction;
use crate::core::words::{self, Words};
use crate::ipc::{self, Request, SyncStatus};
use crate::t;

pub fn run(action: SyncAction) -> anyhow::Result<ExitCode> {
    let SyncAction::Status { json } = action;
    let response = request_at(&ipc::socket_path()?, Request::Status)?;
    let status = response.status.context("the running app sent no status")?;
    if json {
        println!("{}", serde_json::to_string_pretty(&status.sync)?);
    } else {
        for line in lines(&words::current(), status.sync.as_ref()) {
            println!("{line}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The report for a person: the folder and name, then one line per other computer.
fn lines(words: &Words, sync: Option<&SyncStatus>) -> Vec<String> {
    let Some(sync) = sync else {
        return vec![t!(words, "sync-off")];
    };
    let mut lines = vec![t!(
        words,
        "sync-here",
        name = sync.name.as_str(),
        folder = sync.folder.as_str()
    )];
    if sync.peers.is_empty() {
        lines.push(t!(words, "sync-no-peers"));
    }
    for peer in &sync.peers {
        lines.push(match &peer.last_event {
            Some(when) => t!(
                words,
                "sync-peer",
                name = peer.name.as_str(),
                presence = if peer.away { "away" } else { "here" },
                when = when.time().format("%Y-%m-%d %H:%M").to_string()
            ),
            None => t!(words, "sync-peer-silent", name = peer.name.as_str()),
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ipc::{PeerStatus, WireTime};
    use chrono::{FixedOffset, TimeZone};

    #[test]
    fn says_the_folder_and_each_computer() {
        let words = Words::english();
        assert_eq!(
            lines(&words, None),
            ["Sync is off: set [sync] folder in the config to share breaks between your computers."]
        );
        let tz = FixedOffset::east_opt(3600).unwrap();
        let when = WireTime::new(
            tz.with_ymd_and_hms(2026, 12, 7, 10, 5, 0).unwrap().to_utc(),
            &tz,
        );
        let peer = |name: &str, last_event, away| PeerStatus {
            name: name.into(),
            last_event,
            away,
        };
        let sync = SyncStatus {
            folder: "~/Sync/pb".into(),
            name: "laptop".into(),
            peers: vec![
                peer("desk", Some(when), false),
                peer("nas", None, true),
                peer("old", Some(when), true),
            ],
        };
        assert_eq!(
            lines(&words, Some(&sync)),
            [
                "This computer is laptop in ~/Sync/pb",
                "desk: in use, last heard from 2026-12-07 10:05",
                "nas: nothing readable yet",
                "old: away, last heard from 2026-12-07 10:05",
            ]
        );
        let alone = SyncStatus {
            peers: Vec::new(),
            ..sync
        };
        assert_eq!(
            lines(&words, Some(&alone))[1],
            "No other computer has written there yet."
        );
    }
}
