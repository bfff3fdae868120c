//! Packs the catalogs (`assets/i18n/*.ftl`) with deflate: the binary carries 13 languages but
//! parses one (and English), so the rest are kept small. The inflater is already in the binary
//! for the tray's PNG icons.

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
        let text = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let packed = miniz_oxide::deflate::compress_to_vec(&text, 10);
        let Some(name) = path.file_name() else {
            continue;
        };
        let target = packed_dir.join(name).with_extension("ftl.z");
        fs::write(&target, packed).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    }
}
