//! The `procura` binary: parse the command line and settings, start logging,
//! run the command. Exit code 2 for bad configuration, 1 for failures.

use std::process::ExitCode;

use clap::Parser;
use procura::cli::{self, Cli};
use procura::config::Settings;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = match Settings::from_process_env() {
        Ok(settings) => settings,
        Err(err) => {
            eprintln!("procura: {err}");
            return ExitCode::from(2);
        }
    };
    procura::telemetry::init(settings.log_format);
    match actix_web::rt::System::new().block_on(cli::run(cli, settings)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // A connection error may quote the URL it was given.
            let err = procura::domain::logsafe::redact_url(&err.to_string());
            tracing::error!(error = %procura::domain::logsafe::Escaped(&err), "stopped with an error");
            eprintln!("procura: {err}");
            ExitCode::from(1)
        }
    }
}
