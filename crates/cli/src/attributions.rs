//! `dossier attributions FILE`: attributions of one file as JSON.
//!
//! Not implemented yet: its issue fills it in.

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// The text file.
    pub file: std::path::PathBuf,
}

/// Runs the command.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("not implemented yet")
}
