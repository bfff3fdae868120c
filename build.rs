//! Packs the catalogs (`assets/i18n/*.ftl`) with deflate: the binary carries 13 languages but
//! parses one (and English), so the rest are kept small. The inflater is already in the binary
//! for the tray's PNG icons.
//!
//! Each catalog is packed in two parts: the config errors' messages (`config-*`), parsed only
//! when an error is put into words, and the rest, parsed at start and kept.

use std::path::Path;
use std::{env, fs};

fn main() {
    let sources = Path::new("assets/i18n");
    println!("cargo::rerun-if-changed={}", sources.display());
    let Some(out_dir) = env::var_os("OUT_DIR") else {
        panic!("cargo sets OUT_DIR for build scripts");
    };
    let packed_dir = Path::new(&out_dir).join("i18n");
    fs::create_dir_all(&packed_dir).unwrap_or_else(|e| panic!("{}: {e}", packed_dir.display()));
    let entries = fs::read_dir(sources).unwrap_or_else(|e| panic!("{}: {e}", sources.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|ext| ext != "ftl") {
            continue;
        }
        let Some(tag) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (resident, errors) = split(&text);
        for (part, text) in [("ftl", resident), ("errors.ftl", errors)] {
            let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 10);
            let target = packed_dir.join(format!("{tag}.{part}.z"));
            fs::write(&target, packed).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
        }
    }
}

/// The catalog without its `config-*` messages, and those messages. A message runs from its
/// `id =` line through the lines that continue it (indented, or closing a select with `}`);
/// comments and blank lines stay with the rest (the parser ignores where they are).
fn split(text: &str) -> (String, String) {
    let (mut resident, mut errors) = (String::new(), String::new());
    let mut in_error = false;
    for line in text.lines() {
        let continues = line.starts_with([' ', '}']);
        if !continues {
            in_error = message_id(line).is_some_and(|id| id.starts_with("config-"));
        }
        let part = if in_error { &mut errors } else { &mut resident };
        part.push_str(line);
        part.push('\n');
    }
    (resident, errors)
}

/// The id a line starts a message with, if it does.
fn message_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let plain = id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    plain.then_some(id)
}
