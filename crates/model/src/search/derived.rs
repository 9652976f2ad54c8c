//! Lookup tables derived from a loaded index on its first query, so that ranking starts from
//! the postings a query matched instead of scanning every event, claim and person.
//!
//! They are computed once per index (not shipped: nothing here is serialized) and only invert
//! or summarize tables the index already has. This module does not read postings or rank.

use std::sync::OnceLock;

use super::format::SearchIndex;

/// The tables, computed on first use.
#[derive(Debug, Default)]
pub struct DerivedCell(OnceLock<Derived>);

impl Clone for DerivedCell {
    /// A clone starts empty: the tables are recomputed from the cloned index when needed.
    fn clone(&self) -> Self {
        DerivedCell::default()
    }
}

impl PartialEq for DerivedCell {
    /// Derived data never makes two indexes differ.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl DerivedCell {
    /// The tables of `index`, computing them on first call.
    pub fn get(&self, index: &SearchIndex) -> &Derived {
        self.0.get_or_init(|| Derived::new(index))
    }
}

/// Inverted and summary tables of one index.
#[derive(Debug, Default)]
pub struct Derived {
    /// Sentence → events mentioning it, as compressed rows (`event_starts[s]..event_starts[s+1]`).
    event_starts: Vec<u32>,
    events: Vec<u32>,
    /// Person → claims (indices into `SearchIndex::claims`), as compressed rows.
    claim_starts: Vec<u32>,
    claims: Vec<u32>,
    /// Average title length in words (at least 1).
    pub avg_title: f32,
    /// Average body length in words (at least 1).
    pub avg_body: f32,
}

impl Derived {
    fn new(index: &SearchIndex) -> Self {
        let sentences = index
            .docs
            .iter()
            .map(|d| d.first_sentence.saturating_add(d.sentence_count))
            .max()
            .unwrap_or(0);
        let mentions = index
            .events
            .iter()
            .enumerate()
            .flat_map(|(e, entry)| entry.sentences.iter().map(move |&s| (s, e as u32)));
        let (event_starts, events) = rows(sentences as usize, mentions);
        let spoken = index
            .claims
            .iter()
            .enumerate()
            .filter_map(|(c, claim)| claim.person.map(|p| (p, c as u32)));
        let (claim_starts, claims) = rows(index.people.len(), spoken);
        let n = index.docs.len().max(1) as f32;
        let avg_title = index
            .docs
            .iter()
            .map(|d| f32::from(d.title_len))
            .sum::<f32>()
            / n;
        let avg_body = index.docs.iter().map(|d| d.body_len as f32).sum::<f32>() / n;
        Derived {
            event_starts,
            events,
            claim_starts,
            claims,
            avg_title: avg_title.max(1.0),
            avg_body: avg_body.max(1.0),
        }
    }

    /// The events that mention global sentence `sentence`, ascending.
    pub fn events_of(&self, sentence: u32) -> &[u32] {
        row(&self.event_starts, &self.events, sentence)
    }

    /// The claims (indices into `SearchIndex::claims`) of person `person`, ascending.
    pub fn claims_of(&self, person: u32) -> &[u32] {
        row(&self.claim_starts, &self.claims, person)
    }
}

/// Groups `(key, value)` pairs into rows by key (`keys` rows; out-of-range keys are dropped);
/// values keep their order within a row.
fn rows(keys: usize, pairs: impl Iterator<Item = (u32, u32)> + Clone) -> (Vec<u32>, Vec<u32>) {
    let mut starts = vec![0u32; keys + 1];
    for (k, _) in pairs.clone() {
        if let Some(count) = starts
            .get_mut(k as usize + 1)
            .filter(|_| (k as usize) < keys)
        {
            *count += 1;
        }
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut fill = starts.clone();
    let mut values = vec![0u32; starts.last().copied().unwrap_or(0) as usize];
    for (k, v) in pairs {
        if (k as usize) < keys
            && let Some(at) = fill.get_mut(k as usize)
            && let Some(slot) = values.get_mut(*at as usize)
        {
            *slot = v;
            *at += 1;
        }
    }
    (starts, values)
}

fn row<'a>(starts: &[u32], values: &'a [u32], key: u32) -> &'a [u32] {
    let (Some(&from), Some(&to)) = (starts.get(key as usize), starts.get(key as usize + 1)) else {
        return &[];
    };
    values.get(from as usize..to as usize).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::format::{ClaimEntry, EventEntry};

    #[test]
    fn inverts_mentions_and_speakers() {
        let index = SearchIndex {
            docs: vec![crate::search::format::DocEntry {
                sentence_count: 4,
                ..Default::default()
            }],
            events: vec![
                EventEntry {
                    days: None,
                    sentences: vec![1, 3],
                },
                EventEntry {
                    days: None,
                    sentences: vec![1],
                },
                EventEntry {
                    days: None,
                    // Out of range: ignored, not a panic.
                    sentences: vec![99],
                },
            ],
            claims: vec![
                ClaimEntry {
                    doc: 0,
                    sentence: 0,
                    person: Some(1),
                },
                ClaimEntry {
                    doc: 0,
                    sentence: 2,
                    person: None,
                },
                ClaimEntry {
                    doc: 0,
                    sentence: 3,
                    person: Some(1),
                },
            ],
            people: vec!["A".into(), "B".into()],
            ..SearchIndex::default()
        };
        let d = Derived::new(&index);
        assert_eq!(d.events_of(0), &[] as &[u32]);
        assert_eq!(d.events_of(1), &[0, 1]);
        assert_eq!(d.events_of(3), &[0]);
        assert_eq!(d.events_of(99), &[] as &[u32]);
        assert_eq!(d.claims_of(0), &[] as &[u32]);
        assert_eq!(d.claims_of(1), &[0, 2]);
        assert_eq!(d.claims_of(7), &[] as &[u32]);
    }
}
