//! `dossier timex --dct YYYY-MM-DD FILE`: time expressions of one file as JSON.
//!
//! Prints `[{start, end, text, type, value}]` with character (Unicode scalar) offsets into the
//! file's text, plus `mod` when the text gives one. No analysis here: it calls the corpus engine.

use anyhow::{Context, Result};
use serde::Serialize;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// The document creation time the expressions are anchored on.
    #[arg(long)]
    pub dct: String,
    /// The text file.
    pub file: std::path::PathBuf,
}

#[derive(Serialize)]
struct TimexOut {
    start: usize,
    end: usize,
    text: String,
    #[serde(rename = "type")]
    kind: &'static str,
    value: String,
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    modifier: Option<&'static str>,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let dct = chrono::NaiveDate::parse_from_str(&args.dct, "%Y-%m-%d")
        .with_context(|| format!("--dct {:?} is not a YYYY-MM-DD date", args.dct))?;
    let bytes = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let out: Vec<TimexOut> = dossier_corpus::time::extract(&text, dct)
        .into_iter()
        .map(|t| TimexOut {
            start: t.char_start,
            end: t.char_end,
            text: t.text,
            kind: t.kind.as_str(),
            value: t.value,
            modifier: t.modifier,
        })
        .collect();
    outln!("{}", serde_json::to_string_pretty(&out)?);
    Ok(())
}
