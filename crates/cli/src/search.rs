//! `dossier search DIR QUERY [--json] [--limit N]`: ranked results from the browser's engine.
//!
//! Builds the corpus (and with it the index) from the folder, then calls
//! `dossier_model::search::search`, the very function the app calls. It formats only.

use anyhow::{Context, Result, bail};
use dossier_model::search::{self, Highlights, Results};
use serde::Serialize;

/// Arguments.
#[derive(clap::Args)]
pub struct Args {
    /// The folder of articles.
    pub dir: std::path::PathBuf,
    /// The query: words, "phrases", -exclusions, a OR b, source:, speaker:, date:, after:,
    /// before:. As in the browser, the last word matches as a prefix unless the query ends
    /// with a space.
    pub query: String,
    /// Print JSON: ranked sentence results, then events, claims and people.
    #[arg(long)]
    pub json: bool,
    /// At most this many documents (and events, claims, people).
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
}

/// One ranked sentence, as `--json` prints it.
#[derive(Serialize)]
struct Row<'a> {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    doc: Option<&'a str>,
    sentence: Option<u32>,
    score: f32,
    snippet: &'a str,
    highlights: &'a Highlights,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
}

/// Runs the command.
pub fn run(args: Args) -> Result<()> {
    let (files, _) = dossier_corpus::read_folder(&args.dir)
        .with_context(|| format!("cannot read {}", args.dir.display()))?;
    let corpus = dossier_corpus::build_corpus(&files);
    if corpus.documents.is_empty() {
        bail!(
            "no usable article in {} (looked for .txt files)",
            args.dir.display()
        );
    }
    let results = search::search(&corpus, &args.query, args.limit);
    for problem in &results.problems {
        eprintln!("dossier: query: {problem}");
    }
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&rows(&results))?);
    } else {
        out!("{}", render(&results));
    }
    Ok(())
}

/// Document sentences in rank order (score = the document's score), then the other kinds.
fn rows(results: &Results) -> Vec<Row<'_>> {
    let mut out = Vec::new();
    for d in &results.documents {
        for s in &d.sentences {
            out.push(Row {
                kind: "sentence",
                doc: Some(&d.doc),
                sentence: Some(s.sentence),
                score: d.score,
                snippet: &s.text,
                highlights: &s.highlights,
                id: None,
                speaker: None,
            });
        }
    }
    for c in &results.claims {
        out.push(Row {
            kind: "claim",
            doc: Some(&c.doc),
            sentence: Some(c.sentence),
            score: c.score,
            snippet: &c.text,
            highlights: &c.highlights,
            id: Some(&c.id),
            speaker: Some(&c.speaker),
        });
    }
    for e in &results.events {
        out.push(Row {
            kind: "event",
            doc: None,
            sentence: None,
            score: e.score,
            snippet: &e.label,
            highlights: &e.highlights,
            id: Some(&e.id),
            speaker: None,
        });
    }
    for p in &results.people {
        out.push(Row {
            kind: "person",
            doc: None,
            sentence: None,
            score: p.score,
            snippet: &p.name,
            highlights: &p.highlights,
            id: None,
            speaker: None,
        });
    }
    out
}

/// Marks highlighted ranges with [brackets].
fn mark(text: &str, highlights: &Highlights) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        let i = i as u32;
        if highlights.iter().any(|h| h[0] == i) {
            out.push('[');
        }
        out.push(c);
        if highlights.iter().any(|h| h[1] == i + 1) {
            out.push(']');
        }
    }
    out
}

fn render(results: &Results) -> String {
    let mut out = format!("{} document(s)\n", results.total_documents);
    for d in &results.documents {
        out += &format!(
            "\n{:.2}  {}  {}\n",
            d.score,
            d.doc,
            mark(&d.title, &d.title_highlights)
        );
        for s in &d.sentences {
            out += &format!(
                "      #{:<3} {}\n",
                s.sentence,
                mark(&s.text, &s.highlights)
            );
        }
    }
    if !results.claims.is_empty() {
        out += "\nclaims\n";
        for c in &results.claims {
            out += &format!(
                "{:.2}  {} ({}:{}): {}\n",
                c.score,
                c.speaker,
                c.doc,
                c.sentence,
                mark(&c.text, &c.highlights)
            );
        }
    }
    if !results.events.is_empty() {
        out += "\nevents\n";
        for e in &results.events {
            out += &format!(
                "{:.2}  {}  {}\n",
                e.score,
                e.value,
                mark(&e.label, &e.highlights)
            );
        }
    }
    if !results.people.is_empty() {
        out += "\npeople\n";
        for p in &results.people {
            out += &format!(
                "{:.2}  {} ({} claims in {} documents)\n",
                p.score,
                mark(&p.name, &p.highlights),
                p.claims,
                p.documents
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_highlights_by_character() {
        // Offsets are characters, so the accented letter counts once.
        assert_eq!(
            mark("Émile met Kerry", &vec![[0, 5], [10, 15]]),
            "[Émile] met [Kerry]"
        );
        assert_eq!(mark("no match", &Vec::new()), "no match");
    }

    #[test]
    fn json_rows_carry_doc_sentence_score_snippet() {
        let results = Results {
            documents: vec![search::DocumentHit {
                doc: "a".into(),
                doc_index: 0,
                title: "T".into(),
                title_highlights: Vec::new(),
                score: 2.0,
                sentences: vec![search::SentenceHit {
                    sentence: 3,
                    text: "Hello world".into(),
                    highlights: vec![[6, 11]],
                    score: 1.0,
                }],
            }],
            total_documents: 1,
            ..Results::default()
        };
        let json = serde_json::to_value(rows(&results)).unwrap();
        assert_eq!(
            json,
            serde_json::json!([{"kind": "sentence", "doc": "a", "sentence": 3, "score": 2.0, "snippet": "Hello world", "highlights": [[6, 11]]}])
        );
    }
}
