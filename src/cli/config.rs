//! `config path|check|init`.

use std::path::Path;
use std::process::ExitCode;

use super::{ConfigAction, EXIT_ERROR};
use crate::core::config::{Config, MAX_CONFIG_BYTES};
use crate::store::{self, Paths, StoreError};

pub fn run(paths: &Paths, action: ConfigAction) -> anyhow::Result<ExitCode> {
    match action {
        ConfigAction::Path => println!("{}", paths.config_file.display()),
        ConfigAction::Init => {
            paths.init_config()?;
            println!("wrote {}", paths.config_file.display());
        }
        ConfigAction::Check { path } => {
            let result = match &path {
                Some(path) => check_one_file(path),
                None => paths.load_config(),
            };
            match result {
                Ok(config) => {
                    let shown = path.as_deref().unwrap_or(&paths.config_file);
                    println!("{}: valid ({})", shown.display(), config.summary());
                }
                Err(StoreError::Invalid(err)) => {
                    eprintln!("{err}");
                    return Ok(ExitCode::from(EXIT_ERROR));
                }
                Err(err) => return Err(err.into()),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn check_one_file(path: &Path) -> Result<Config, StoreError> {
    let bytes = store::read_limited(path, MAX_CONFIG_BYTES)?.ok_or_else(|| StoreError::Io {
        path: path.to_path_buf(),
        source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
    })?;
    Ok(Config::from_file_contents(path, &bytes)?)
}
