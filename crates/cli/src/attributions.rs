//! `dossier attributions FILE`: the attributions of one file as JSON.
//!
//! Runs the normal clean/segment pipeline on the file and prints an array of
//! `{source, cue, content, speaker}` with character (Unicode scalar) offsets into the file.
//! A quote split by its cue ("“A,” he said. “B.”") has a `content` covering both parts and a
//! `content_parts` list of the parts.

use anyhow::{Context, Result};
use dossier_corpus::attribution::{self, FileSpan};
use serde::Serialize;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// The text file.
    pub file: std::path::PathBuf,
    /// The rules alone, without the shipped tagger's additions.
    #[arg(long)]
    pub rules_only: bool,
}

#[derive(Serialize)]
struct SpanOut {
    start: u32,
    end: u32,
    text: String,
}

#[derive(Serialize)]
struct AttributionOut {
    source: Option<SpanOut>,
    cue: SpanOut,
    content: SpanOut,
    content_parts: Vec<SpanOut>,
    speaker: Option<String>,
    act: &'static str,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let id = args
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let chars: Vec<char> = text.chars().collect();
    let span = |s: FileSpan| SpanOut {
        start: s.start,
        end: s.end,
        text: chars
            .get(s.start as usize..s.end as usize)
            .map(|c| c.iter().collect())
            .unwrap_or_default(),
    };
    let extractors = if args.rules_only {
        attribution::Extractors::Rules
    } else {
        attribution::Extractors::shipped()
    };
    let out: Vec<AttributionOut> = attribution::in_file_by(&id, &text, extractors)
        .into_iter()
        .map(|a| {
            let whole = FileSpan {
                start: a.content.first().map_or(a.cue.end, |c| c.start),
                end: a.content.last().map_or(a.cue.end, |c| c.end),
            };
            AttributionOut {
                source: a.source.map(span),
                cue: span(a.cue),
                content: span(whole),
                content_parts: a.content.iter().copied().map(span).collect(),
                speaker: a.speaker.clone(),
                act: a.act.as_str(),
            }
        })
        .collect();
    outln!("{}", serde_json::to_string_pretty(&out)?);
    Ok(())
}
