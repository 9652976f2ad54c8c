//! `dossier eval-polnear DIR`: scores attribution extraction on PolNeAR (brat standoff).
//!
//! DIR is either one split (holding `text/` and `attributions/`) or the corpus root, in which case
//! `train/` and `dev/` are scored in turn. Each article is parsed once; its predictions are scored
//! against every annotator's `.ann` file for it and the counts micro-averaged over all
//! (article, annotator) pairs, so an article annotated by three people counts three times.
//! `--dump FILE` also writes one JSON line per article (its text path, annotation paths and
//! predicted spans as character offsets) for error analysis outside the program.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use dossier_corpus::attribution::{
    self,
    score::{self, Counts},
    tagger,
};

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// The PolNeAR data folder (the one holding train/ and dev/), or one split of it.
    pub dir: PathBuf,
    /// Also write every article's predictions as JSON lines to this file (for error analysis).
    #[arg(long)]
    pub dump: Option<PathBuf>,
    /// Score the rules alone, without the tagger's additions.
    #[arg(long, conflicts_with = "tagger")]
    pub rules_only: bool,
    /// Use these tagger weights (from `dossier train-tagger`) instead of the shipped ones.
    #[arg(long)]
    pub tagger: Option<PathBuf>,
    /// Score the annotators against each other instead (articles with two or more of them):
    /// the human ceiling for the same measures.
    #[arg(long, conflicts_with_all = ["tagger", "rules_only", "dump"])]
    pub agreement: bool,
}

/// One article's predictions, as `--dump` writes them.
#[derive(serde::Serialize)]
struct Dumped<'a> {
    text: String,
    annotations: Vec<String>,
    predicted: Vec<DumpedAttribution<'a>>,
}

#[derive(serde::Serialize)]
struct DumpedAttribution<'a> {
    source: Option<[u32; 2]>,
    cue: [u32; 2],
    content: Vec<[u32; 2]>,
    act: &'a str,
    speaker: Option<&'a str>,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let splits: Vec<PathBuf> = if args.dir.join("text").is_dir() {
        vec![args.dir.clone()]
    } else {
        ["train", "dev"]
            .iter()
            .map(|s| args.dir.join(s))
            .filter(|p| p.join("text").is_dir())
            .collect()
    };
    if splits.is_empty() {
        bail!(
            "{} holds neither text/ nor train/ or dev/",
            args.dir.display()
        );
    }
    let mut dump = match &args.dump {
        Some(path) => Some(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        )),
        None => None,
    };
    let model = match &args.tagger {
        Some(path) => Some(
            tagger::Model::from_bytes(
                &std::fs::read(path).with_context(|| format!("reading {}", path.display()))?,
            )
            .with_context(|| format!("reading tagger weights {}", path.display()))?,
        ),
        None => None,
    };
    let extractors = match (&model, args.rules_only) {
        (_, true) => attribution::Extractors::Rules,
        (Some(m), false) => attribution::Extractors::RulesAndTagger(m),
        (None, false) => attribution::Extractors::shipped(),
    };
    for split in splits {
        let (source, content, pairs) = if args.agreement {
            agreement(&split)?
        } else {
            score_split(&split, extractors, dump.as_mut())?
        };
        let what = if args.agreement {
            "annotator pairs on shared articles"
        } else {
            "article-annotator pairs"
        };
        outln!("{} ({pairs} {what})", split.display());
        print_row("source", &source);
        print_row("content", &content);
    }
    Ok(())
}

/// Source and content counts over a split and the number of (article, annotator) pairs, writing
/// each article's predictions as a JSON line to `dump` if given.
fn score_split(
    split: &Path,
    extractors: attribution::Extractors<'_>,
    mut dump: Option<&mut impl std::io::Write>,
) -> Result<(Counts, Counts, usize)> {
    let (mut source, mut content, mut pairs) = (Counts::default(), Counts::default(), 0);
    for article in articles(split)? {
        let Article {
            stem,
            text_path,
            text,
            anns,
        } = article?;
        let anns: Vec<&PathBuf> = anns.iter().collect();
        let predicted = attribution::in_file_by(&stem, &text, extractors);
        if let Some(out) = dump.as_mut() {
            write_dump(out, &text_path, &anns, &predicted)?;
        }
        for ann in anns {
            let gold = std::fs::read_to_string(ann)
                .with_context(|| format!("reading {}", ann.display()))?;
            let (s, c) = attribution::score::score_article(&predicted, &gold);
            source.add(s);
            content.add(c);
            pairs += 1;
        }
    }
    Ok((source, content, pairs))
}

/// Inter-annotator agreement: every ordered pair of annotators of one article, the first read
/// as predictions and the second as gold, micro-averaged like a system's score. Also prints the
/// system's score on the same articles, for a like-for-like comparison.
fn agreement(split: &Path) -> Result<(Counts, Counts, usize)> {
    let (mut source, mut content, mut pairs) = (Counts::default(), Counts::default(), 0);
    let (mut ours_source, mut ours_content) = (Counts::default(), Counts::default());
    for article in articles(split)? {
        let article = article?;
        if article.anns.len() < 2 {
            continue;
        }
        let predicted = attribution::in_file(&article.stem, &article.text);
        let golds: Vec<score::Gold> = article
            .anns
            .iter()
            .map(|ann| {
                std::fs::read_to_string(ann)
                    .with_context(|| format!("reading {}", ann.display()))
                    .map(|text| score::parse_ann(&text))
            })
            .collect::<Result<_>>()?;
        for ann in &article.anns {
            let gold = std::fs::read_to_string(ann)
                .with_context(|| format!("reading {}", ann.display()))?;
            let (s, c) = attribution::score::score_article(&predicted, &gold);
            ours_source.add(s);
            ours_content.add(c);
        }
        for (i, a) in golds.iter().enumerate() {
            for b in golds.iter().skip(i + 1).chain(golds.iter().take(i)) {
                source.add(score::score(&a.sources, &b.sources));
                content.add(score::score(&a.contents, &b.contents));
                pairs += 1;
            }
        }
    }
    outln!("{} (Dossier on the same articles)", split.display());
    print_row("source", &ours_source);
    print_row("content", &ours_content);
    Ok((source, content, pairs))
}

fn write_dump(
    out: &mut impl std::io::Write,
    text_path: &Path,
    anns: &[&PathBuf],
    predicted: &[attribution::FileAttribution],
) -> Result<()> {
    let pair = |s: attribution::FileSpan| [s.start, s.end];
    let line = Dumped {
        text: text_path.display().to_string(),
        annotations: anns.iter().map(|a| a.display().to_string()).collect(),
        predicted: predicted
            .iter()
            .map(|a| DumpedAttribution {
                source: a.source.map(pair),
                cue: pair(a.cue),
                content: a.content.iter().copied().map(pair).collect(),
                act: a.act.as_str(),
                speaker: a.speaker.as_deref(),
            })
            .collect(),
    };
    writeln!(out, "{}", serde_json::to_string(&line)?).context("writing the dump")?;
    Ok(())
}

/// One article of a split: its name, text and annotation files.
pub struct Article {
    /// The file name without `.txt`.
    pub stem: String,
    /// The text file.
    pub text_path: PathBuf,
    /// The text.
    pub text: String,
    /// Its annotators' `.ann` files.
    pub anns: Vec<PathBuf>,
}

/// The annotated articles of a split (holding `text/` and `attributions/`), read one by one.
pub fn articles(split: &Path) -> Result<impl Iterator<Item = Result<Article>>> {
    let annotations = list(&split.join("attributions"), "ann")?;
    let texts = list(&split.join("text"), "txt")?;
    Ok(texts.into_iter().filter_map(move |text_path| {
        let stem = text_path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let anns: Vec<PathBuf> = annotations
            .iter()
            .filter(|a| annotation_of(a, &stem))
            .cloned()
            .collect();
        if anns.is_empty() {
            return None;
        }
        let text = std::fs::read_to_string(&text_path)
            .with_context(|| format!("reading {}", text_path.display()));
        Some(text.map(|text| Article {
            stem,
            text_path,
            text,
            anns,
        }))
    }))
}

/// Whether `ann` is `<stem>_<annotator>.ann`.
fn annotation_of(ann: &Path, stem: &str) -> bool {
    ann.file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.strip_prefix(stem))
        .is_some_and(|rest| rest.starts_with('_') && !rest[1..].contains('_'))
}

fn list(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("listing {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    paths.sort();
    Ok(paths)
}

fn print_row(name: &str, c: &Counts) {
    let (ep, er, ef) = c.prf(c.exact);
    let (op, or, of) = c.prf(c.overlap);
    outln!(
        "  {name:<8} exact P {ep:5.1} R {er:5.1} F1 {ef:5.1} | overlap P {op:5.1} R {or:5.1} F1 {of:5.1} | predicted {} gold {}",
        c.predicted,
        c.gold
    );
}
