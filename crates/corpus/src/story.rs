//! Story: the header the app shows — a name for the story and its sources.
//!
//! The name is the most representative headline: the one whose words the other documents'
//! titles share most, per word, so a long title does not win by length alone. Titles that were
//! made from a lead sentence (no headline) are only used when no document has a headline. It
//! does not read article bodies.

use std::collections::HashMap;

use dossier_model::{Document, Story};

/// Names the story and lists its sources.
pub fn describe(documents: &[Document]) -> Story {
    let mut frequency: HashMap<String, usize> = HashMap::new();
    for doc in documents {
        let mut seen = words(&doc.title);
        seen.sort();
        seen.dedup();
        for w in seen {
            *frequency.entry(w).or_default() += 1;
        }
    }
    let score = |d: &Document| -> f64 {
        let words = words(&d.title);
        let shared: usize = words
            .iter()
            .map(|w| frequency.get(w).copied().unwrap_or(1) - 1)
            .sum();
        shared as f64 / (words.len().max(1) as f64).sqrt()
    };
    let headlines: Vec<&Document> = documents.iter().filter(|d| has_headline(d)).collect();
    let candidates: Vec<&Document> = if headlines.is_empty() {
        documents.iter().collect()
    } else {
        headlines
    };
    let title = candidates
        .iter()
        .max_by(|a, b| score(a).total_cmp(&score(b)).then_with(|| b.id.cmp(&a.id)))
        .map(|d| d.title.clone())
        .unwrap_or_default();
    Story {
        title,
        sources: documents.iter().map(|d| d.id.clone()).collect(),
    }
}

/// Content words of a title, lowercased.
fn words(title: &str) -> Vec<String> {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3)
        .map(str::to_lowercase)
        .collect()
}

/// Whether a document's title is a headline rather than made from one of its sentences.
fn has_headline(doc: &Document) -> bool {
    let stem = doc.title.trim_end_matches('…');
    !doc.sentences.iter().any(|s| s.text.starts_with(stem))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::Sentence;

    fn doc(id: &str, title: &str, first_sentence: &str) -> Document {
        let sentence = Sentence {
            text: first_sentence.into(),
            start: 0,
            end: 1,
        };
        Document {
            id: id.into(),
            title: title.into(),
            sentences: vec![sentence],
            ..Document::default()
        }
    }

    #[test]
    fn the_most_shared_headline_names_the_story() {
        let docs = [
            doc("a", "Floods close schools in the north", "Rain fell."),
            doc(
                "b",
                "The regional council said on Monday that floods had closed schools and roads in the north",
                "The regional council said on Monday that floods had closed schools and roads in the north of the county.",
            ),
            doc("c", "Northern floods close schools", "Rivers rose."),
            doc("d", "Minister visits", "She came."),
        ];
        let story = describe(&docs);
        assert_eq!(story.title, "Floods close schools in the north");
        assert_eq!(story.sources, ["a", "b", "c", "d"]);
    }

    #[test]
    fn without_headlines_a_lead_names_it() {
        let docs = [
            doc("a", "Rain fell for days", "Rain fell for days."),
            doc("b", "Rivers rose", "Rivers rose."),
        ];
        assert_eq!(describe(&docs).title, "Rain fell for days");
        assert_eq!(describe(&[]).title, "");
    }
}
