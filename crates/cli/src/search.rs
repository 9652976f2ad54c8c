//! `dossier search DIR QUERY --json`: ranked results with the same engine as the browser.
//!
//! Not implemented yet: its issue fills it in.

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// The folder of articles.
    pub dir: std::path::PathBuf,
    /// The query.
    pub query: String,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs the command.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("not implemented yet")
}
