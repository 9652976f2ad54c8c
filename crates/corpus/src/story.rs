//! Story: the header the app shows — a name for the story and its sources.

use std::collections::HashMap;

use dossier_model::{Document, Story};

/// Names the story by the headline sharing the most words with the other documents' headlines.
pub fn describe(documents: &[Document]) -> Story {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 3).map(str::to_lowercase).collect()
    };
    let mut frequency: HashMap<String, usize> = HashMap::new();
    for doc in documents {
        let mut seen = words(&doc.title);
        seen.sort();
        seen.dedup();
        for w in seen {
            *frequency.entry(w).or_default() += 1;
        }
    }
    let score = |d: &Document| -> usize { words(&d.title).iter().map(|w| frequency[w] - 1).sum() };
    let title = documents
        .iter()
        .max_by_key(|d| (score(d), std::cmp::Reverse(d.id.clone())))
        .map(|d| d.title.clone())
        .unwrap_or_default();
    Story { title, sources: documents.iter().map(|d| d.id.clone()).collect() }
}
