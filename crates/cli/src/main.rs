//! The `dossier` command: parse a folder of articles and print the corpus (JSON or a summary).
//!
//! A thin shell over `dossier-corpus`: argument parsing, file reading, printing. Exit code 0
//! when anything usable was read, 1 otherwise, 2 for usage errors (clap's).

/// `print!` to standard output that ends the program quietly when the reader has gone away
/// (`dossier … | head`), instead of panicking as `print!` does.
macro_rules! out {
    ($($arg:tt)*) => { $crate::output::write(format_args!($($arg)*)) };
}

/// `println!` with the behaviour of [`out!`].
macro_rules! outln {
    ($($arg:tt)*) => { $crate::output::write(format_args!("{}\n", format_args!($($arg)*))) };
}

mod attributions;
mod eval_polnear;
mod eval_timeml;
mod export;
mod output;
mod search;
mod summary;
mod timex;
mod train_tagger;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "dossier",
    version,
    about = "Turn a folder of news articles into a timeline, claims and search."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse every .txt file of a folder and print the corpus.
    Parse {
        /// The folder of articles.
        dir: PathBuf,
        /// Print the corpus as JSON (the stable export contract) instead of a summary.
        #[arg(long)]
        json: bool,
    },
    /// Find and normalise time expressions in one file against a document date (JSON).
    Timex(timex::Args),
    /// Score the time engine on TimeML gold data (TempEval-3 measures).
    EvalTimeml(eval_timeml::Args),
    /// Find attributions (source, cue, content) in one file (JSON).
    Attributions(attributions::Args),
    /// Score attribution extraction on PolNeAR (source and content spans, P/R/F1).
    EvalPolnear(eval_polnear::Args),
    /// Search a folder of articles with the same engine as the browser.
    Search(search::Args),
    /// Learn the attribution tagger's weights from a PolNeAR split.
    TrainTagger(train_tagger::Args),
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Parse { dir, json } => parse(&dir, json),
        Command::Timex(args) => timex::run(args),
        Command::EvalTimeml(args) => eval_timeml::run(args),
        Command::Attributions(args) => attributions::run(args),
        Command::EvalPolnear(args) => eval_polnear::run(args),
        Command::Search(args) => search::run(args),
        Command::TrainTagger(args) => train_tagger::run(args),
    }
}

fn parse(dir: &std::path::Path, json: bool) -> Result<()> {
    let (files, mut read_problems) = dossier_corpus::read_folder(dir)
        .with_context(|| format!("cannot parse {}", dir.display()))?;
    let mut corpus = dossier_corpus::build_corpus(&files);
    read_problems.append(&mut corpus.diagnostics);
    corpus.diagnostics = read_problems;
    for d in &corpus.diagnostics {
        eprintln!(
            "dossier: {}: {}",
            d.file.as_deref().unwrap_or("-"),
            d.message
        );
    }
    if corpus.documents.is_empty() {
        bail!(
            "no usable article in {} (looked for .txt files)",
            dir.display()
        );
    }
    if json {
        let out = serde_json::to_string_pretty(&export::Export::from(&corpus))?;
        outln!("{out}");
    } else {
        out!("{}", summary::render(&corpus));
    }
    Ok(())
}
