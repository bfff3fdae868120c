//! Watches the config directory (not the file: editors save by writing a new file and renaming
//! it over the old one) and reports changes to the files we read.

use std::path::{Path, PathBuf};

use notify::event::{EventKind, ModifyKind, RenameMode};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

/// Keeps the watch alive; dropping it stops watching.
pub struct ConfigWatch {
    _watcher: RecommendedWatcher,
}

/// Calls `on_change` when any of `files` (all in one directory) is created, written or renamed
/// into place. The caller debounces.
pub fn spawn(
    files: Vec<PathBuf>,
    on_change: impl Fn() + Send + 'static,
) -> notify::Result<ConfigWatch> {
    let Some(dir) = files
        .first()
        .and_then(|f| f.parent())
        .map(Path::to_path_buf)
    else {
        return Err(notify::Error::generic("no config directory"));
    };
    std::fs::create_dir_all(&dir).map_err(notify::Error::io)?;
    let names: Vec<_> = files
        .iter()
        .filter_map(|f| f.file_name().map(|n| n.to_os_string()))
        .collect();
    let mut watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
        let Ok(event) = result else { return };
        let relevant_kind = match event.kind {
            // The old name of a rename tells nothing about the new content.
            EventKind::Modify(ModifyKind::Name(RenameMode::From)) => false,
            EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) => true,
            _ => false,
        };
        let ours = event.paths.iter().any(|p| {
            p.file_name()
                .is_some_and(|n| names.iter().any(|ours| ours == n))
        });
        if relevant_kind && ours {
            on_change();
        }
    })?;
    watcher.watch(&dir, RecursiveMode::NonRecursive)?;
    Ok(ConfigWatch { _watcher: watcher })
}
