//! The readable summary `dossier parse` prints without `--json`.

use std::fmt::Write;

use dossier_model::Corpus;

/// A few lines per document plus totals.
pub fn render(corpus: &Corpus) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Story: {}", corpus.story.title);
    for doc in &corpus.documents {
        let date = doc.date.as_ref().map_or("date unknown", |d| d.value.as_str());
        let _ = writeln!(out, "\n{} — {} ({date})", doc.id, doc.title);
        let _ = writeln!(out, "  {} paragraphs, {} sentences", doc.paragraphs.len(), doc.sentences.len());
        for s in doc.sentences.iter().take(3) {
            let _ = writeln!(out, "  · {}", s.text);
        }
    }
    let _ = writeln!(
        out,
        "\n{} documents, {} events, {} claims, {} claim groups, {} diagnostics",
        corpus.documents.len(),
        corpus.timeline.len(),
        corpus.claims.len(),
        corpus.claim_groups.len(),
        corpus.diagnostics.len()
    );
    out
}
