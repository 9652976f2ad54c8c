//! `dossier eval-timeml <DIR-or-jsonl>...`: scores the time engine on TimeML gold data the
//! TempEval-3 way (strict and relaxed extent P/R/F1, value and type accuracy, value F1).
//!
//! A DIR is searched for `*.jsonl` files (the shared `eval/timeml` layout). `--errors` lists the
//! mismatches for rule development (`--matches` adds the right ones). Scoring lives in `dossier_corpus::time::eval`.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use dossier_corpus::time::eval::{self, Counts, GoldDoc};

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// `.jsonl` files, or folders holding them.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Also print every missed, spurious or wrongly valued expression.
    #[arg(long)]
    pub errors: bool,
    /// With `--errors`, also print the expressions matched with the right value (`OK` lines).
    #[arg(long, requires = "errors")]
    pub matches: bool,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let mut files = Vec::new();
    for input in &args.inputs {
        files.extend(jsonl_files(input)?);
    }
    if files.is_empty() {
        bail!("no .jsonl file in {:?}", args.inputs);
    }
    let mut total = Counts::default();
    for file in &files {
        let content = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let docs = eval::read_jsonl(&content).with_context(|| format!("in {}", file.display()))?;
        if args.errors {
            docs.iter().for_each(|d| print_errors(d, args.matches));
        }
        let counts = eval::evaluate(&docs);
        print_row(
            &file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            &counts,
        );
        total.add(counts);
    }
    if files.len() > 1 {
        print_row("all", &total);
    }
    Ok(())
}

fn jsonl_files(input: &Path) -> Result<Vec<PathBuf>> {
    if input.is_file() {
        return Ok(vec![input.to_owned()]);
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir(input)
        .with_context(|| format!("cannot read {}", input.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    found.sort();
    Ok(found)
}

fn print_row(name: &str, c: &Counts) {
    let (s, r) = (c.strict(), c.relaxed());
    outln!(
        "{name:10} gold {:4} system {:4} | strict P {:.3} R {:.3} F1 {:.3} | relaxed P {:.3} R {:.3} F1 {:.3} | value acc {:.3} type acc {:.3} | value F1 {:.3}",
        c.gold,
        c.system,
        s.p,
        s.r,
        s.f1,
        r.p,
        r.r,
        r.f1,
        c.value_accuracy(),
        c.type_accuracy(),
        c.value_f1()
    );
}

fn print_errors(doc: &GoldDoc, matches: bool) {
    let system = eval::system_spans(doc);
    let chars: Vec<char> = doc.text.chars().collect();
    let text = |s: &eval::Span| {
        chars[s.start.min(chars.len())..s.end.min(chars.len())]
            .iter()
            .collect::<String>()
            .replace('\n', " ")
    };
    let context = |s: &eval::Span| {
        let from = s.start.saturating_sub(40).min(chars.len());
        chars[from..(s.end + 30).min(chars.len())]
            .iter()
            .collect::<String>()
            .replace('\n', " ")
    };
    let overlaps = |a: &eval::Span, b: &eval::Span| a.start < b.end && b.start < a.end;
    for g in &doc.timexes {
        match system.iter().find(|s| overlaps(s, g)) {
            None => outln!(
                "MISS {} {:?} {} {} | {}",
                doc.dct,
                text(g),
                g.kind,
                g.value,
                context(g)
            ),
            Some(s) if s.value != g.value => {
                outln!(
                    "VALUE {} {:?} gold {} {} | sys {:?} {} {} | {}",
                    doc.dct,
                    text(g),
                    g.kind,
                    g.value,
                    text(s),
                    s.kind,
                    s.value,
                    context(g)
                )
            }
            Some(s) if (s.start, s.end) != (g.start, g.end) => {
                outln!(
                    "EXTENT {} {:?} gold | sys {:?} {} {}",
                    doc.dct,
                    text(g),
                    text(s),
                    s.kind,
                    s.value
                )
            }
            Some(s) if matches => {
                outln!(
                    "OK {} {:?} {} {} | {}",
                    doc.dct,
                    text(s),
                    s.kind,
                    s.value,
                    context(g)
                )
            }
            Some(_) => {}
        }
    }
    for s in system
        .iter()
        .filter(|s| !doc.timexes.iter().any(|g| overlaps(s, g)))
    {
        outln!(
            "EXTRA {} {:?} {} {} | {}",
            doc.dct,
            text(s),
            s.kind,
            s.value,
            context(s)
        );
    }
}
