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
            let dct = chrono::NaiveDate::from_ymd_opt(year.unwrap_or(2000), 7, 1).unwrap_or_default();
            for timex in time::extract(&sentence.text, dct) {
                let Some(granularity) = timex.granularity else { continue };
                let start = timex.char_start as u32;
                let end = timex.char_end as u32;
                events.push(Event {
                    id: format!("{}-{}-{}", timex.value, doc.id, i),
                    value: timex.value,
                    granularity,
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
