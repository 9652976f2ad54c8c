//! `dossier timex --dct YYYY-MM-DD FILE`: time expressions of one file as JSON.
//!
//! Not implemented yet: its issue fills it in.

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// The document creation time the expressions are anchored on.
    #[arg(long)]
    pub dct: String,
    /// The text file.
    pub file: std::path::PathBuf,
}

/// Runs the command.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("not implemented yet")
}
