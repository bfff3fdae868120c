//! `config path|check|init`.

use std::path::Path;
use std::process::ExitCode;

use super::{ConfigAction, EXIT_ERROR};
use crate::core::config::{Config, MAX_CONFIG_BYTES};
use crate::core::words;
use crate::store::{self, Paths, StoreError};

pub fn run(paths: &Paths, action: ConfigAction) -> anyhow::Result<ExitCode> {
    match action {
        ConfigAction::Path => println!("{}", paths.config_file.display()),
        ConfigAction::Init => {
            paths.init_config()?;
            println!("wrote {}", paths.config_file.display());
        }
        ConfigAction::Check { path } => {
            // The user's exercises live beside the config file checked.
            let config_file = path.as_deref().unwrap_or(&paths.config_file);
            let exercises_file = config_file.with_file_name("exercises.toml");
            let config = match &path {
                Some(path) => check_one_file(path),
                None => paths.load_config(),
            };
            let exercises = check_exercises(&exercises_file);
            let mut valid = true;
            match config {
                Ok(config) => {
                    println!("{}: valid ({})", config_file.display(), config.summary());
                }
                Err(StoreError::Invalid(err)) => {
                    eprintln!("{}", err.said(&words::current()));
                    valid = false;
                }
                Err(err) => return Err(err.into()),
            }
            match exercises {
                Ok(Some(count)) => println!(
                    "{}: valid ({count} exercise{})",
                    exercises_file.display(),
                    if count == 1 { "" } else { "s" }
                ),
                Ok(None) => {}
                Err(StoreError::Invalid(err)) => {
                    eprintln!("{}", err.said(&words::current()));
                    valid = false;
                }
                Err(err) => return Err(err.into()),
            }
            if !valid {
                return Ok(ExitCode::from(EXIT_ERROR));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The user's exercises file, if there is one: how many exercises it adds.
fn check_exercises(path: &Path) -> Result<Option<usize>, StoreError> {
    if !path.exists() {
        return Ok(None);
    }
    let set = store::load_exercises_at(path)?;
    Ok(Some(set.exercises.iter().filter(|e| e.custom).count()))
}

fn check_one_file(path: &Path) -> Result<Config, StoreError> {
    let bytes = store::read_limited(path, MAX_CONFIG_BYTES)?.ok_or_else(|| StoreError::Io {
        path: path.to_path_buf(),
        source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
    })?;
    Ok(Config::from_file_contents(path, &bytes)?)
}
