//! `dossier train-tagger SPLIT --out FILE`: learns the attribution tagger's weights.
//!
//! Reads every article of a PolNeAR split (`text/` and `attributions/`) and each annotator's
//! spans, trains the averaged perceptron and writes the weights file the corpus crate ships
//! (`crates/corpus/data/attribution-tagger.bin`). Train on `train/` only, so `dev/` stays a
//! held-out check (`dossier eval-polnear`).

use std::path::PathBuf;

use anyhow::{Context, Result};
use dossier_corpus::attribution::{score, tagger};

use crate::eval_polnear::{Article, articles};

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// A PolNeAR split folder holding text/ and attributions/ (use train/).
    pub split: PathBuf,
    /// Where to write the weights.
    #[arg(long)]
    pub out: PathBuf,
    /// Passes over the data.
    #[arg(long, default_value_t = 8)]
    pub epochs: usize,
    /// Drop feature rows whose largest weight is smaller than this (keeps the file small).
    #[arg(long, default_value_t = 0.0)]
    pub prune: f32,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let mut examples = Vec::new();
    let mut pairs = 0;
    for article in articles(&args.split)? {
        let Article {
            stem, text, anns, ..
        } = article?;
        for ann in &anns {
            let gold = std::fs::read_to_string(ann)
                .with_context(|| format!("reading {}", ann.display()))?;
            examples.extend(tagger::example(&stem, &text, &score::parse_ann(&gold)));
            pairs += 1;
        }
    }
    eprintln!(
        "training on {pairs} article-annotator pairs ({} paragraphs), {} epochs",
        examples.len(),
        args.epochs
    );
    let model = tagger::train(&examples, args.epochs).pruned(args.prune);
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({} feature rows, {} bytes)",
        args.out.display(),
        model.len(),
        bytes.len()
    );
    Ok(())
}
