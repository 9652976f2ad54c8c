//! Timeline: one event per dated sentence, in date order.
//!
//! Foundation level: every sentence with an explicit date yields an event labelled by that
//! sentence; merging the same happening across documents belongs to the time engine.

use dossier_model::{Document, Event, Mention, SentenceRef};

use crate::time;

/// Events for every explicitly dated sentence of the documents, sorted by date.
pub fn build(documents: &[Document]) -> Vec<Event> {
    let year = time::likely_year(documents.iter().flat_map(|d| d.sentences.iter().map(|s| s.text.as_str())));
    let mut events = Vec::new();
    for doc in documents {
        for (i, sentence) in doc.sentences.iter().enumerate() {
            for timex in time::explicit_dates(&sentence.text, year) {
                let start = sentence.text[..timex.start].chars().count() as u32;
                let end = start + timex.text.chars().count() as u32;
                events.push(Event {
                    id: format!("{}-{}-{}", timex.value, doc.id, i),
                    value: timex.value,
                    granularity: timex.granularity,
                    label: sentence.text.clone(),
                    mentions: vec![Mention {
                        at: SentenceRef { doc: doc.id.clone(), sentence: i as u32 },
                        text: timex.text,
                        start,
                        end,
                    }],
                });
            }
        }
    }
    events.sort_by(|a, b| a.value.cmp(&b.value).then_with(|| a.id.cmp(&b.id)));
    events
}
