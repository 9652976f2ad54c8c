//! The last stage: the search index over the finished corpus (documents, claims, events, people).
//!
//! It tokenizes and stems with the model's own `search::text` functions, so the browser's query
//! code cuts words exactly as they were indexed, and writes groups with the model's
//! `encode_group`. It only reads the corpus; it does not rank or parse queries.

use std::collections::{BTreeMap, HashMap};

use dossier_model::search::{
    ClaimEntry, DocEntry, EventEntry, Field, SearchIndex, UnitPostings, day_range, encode_group,
    text::{stem, tokens},
};
use dossier_model::{Corpus, SentenceRef};

/// Builds the search index of `corpus` (its `search` field is ignored).
pub fn build(corpus: &Corpus) -> SearchIndex {
    let mut words = Words::default();
    let mut index = SearchIndex::default();
    let mut first_sentence = 0u32;
    for (d, doc) in corpus.documents.iter().enumerate() {
        let title_len = words.add(Field::Title, d as u32, &doc.title);
        let mut body_len = 0u32;
        for (i, sentence) in doc.sentences.iter().enumerate() {
            let n = words.add(Field::Body, first_sentence + i as u32, &sentence.text);
            body_len += n;
        }
        index.docs.push(DocEntry {
            first_sentence,
            sentence_count: doc.sentences.len() as u32,
            title_len: title_len.min(u32::from(u16::MAX)) as u16,
            body_len,
            date: doc
                .date
                .as_ref()
                .and_then(|date| day_range(&date.value))
                .map(|(from, _)| from),
        });
        first_sentence += doc.sentences.len() as u32;
    }
    let global = GlobalSentences::new(corpus, &index.docs);
    let mut people: HashMap<String, u32> = HashMap::new();
    for (c, claim) in corpus.claims.iter().enumerate() {
        // Speakers are not indexed per claim: the query code reads them from the person's name.
        words.add(Field::Quote, c as u32, &claim.text);
        let person = person_id(&mut people, &mut index.people, &claim.speaker);
        // One entry per claim, so claim indices agree with the corpus's; a claim pointing at
        // no known sentence gets a document no filter lets through.
        let sentence = global.of(&claim.at).unwrap_or(u32::MAX);
        let doc = global.doc_index(&claim.at.doc).unwrap_or(u32::MAX);
        index.claims.push(ClaimEntry {
            doc,
            sentence,
            person,
        });
    }
    for (e, event) in corpus.timeline.iter().enumerate() {
        words.add(Field::Event, e as u32, &event.label);
        let mut sentences: Vec<u32> = event
            .mentions
            .iter()
            .filter_map(|m| global.of(&m.at))
            .collect();
        sentences.sort_unstable();
        sentences.dedup();
        index.events.push(EventEntry {
            days: day_range(&event.value),
            sentences,
        });
    }
    for (p, name) in index.people.iter().enumerate() {
        words.add(Field::Person, p as u32, name);
    }
    let (terms, postings) = words.finish();
    index.terms = terms;
    index.postings = postings;
    index
}

/// The person index of a speaker, adding it on first sight (names compared case-insensitively).
fn person_id(
    ids: &mut HashMap<String, u32>,
    people: &mut Vec<String>,
    speaker: &str,
) -> Option<u32> {
    let name = speaker.trim();
    if name.is_empty() {
        return None;
    }
    let key = name.to_lowercase();
    if let Some(&id) = ids.get(&key) {
        return Some(id);
    }
    let id = people.len() as u32;
    people.push(name.to_string());
    ids.insert(key, id);
    Some(id)
}

/// Maps sentence references to global sentence indices.
struct GlobalSentences<'a> {
    docs: HashMap<&'a str, (u32, u32, u32)>,
}

impl<'a> GlobalSentences<'a> {
    fn new(corpus: &'a Corpus, entries: &[DocEntry]) -> Self {
        let docs = corpus
            .documents
            .iter()
            .zip(entries)
            .enumerate()
            .map(|(i, (d, e))| {
                (
                    d.id.as_str(),
                    (i as u32, e.first_sentence, e.sentence_count),
                )
            })
            .collect();
        GlobalSentences { docs }
    }

    fn of(&self, at: &SentenceRef) -> Option<u32> {
        let &(_, first, count) = self.docs.get(at.doc.as_str())?;
        (at.sentence < count).then_some(first + at.sentence)
    }

    fn doc_index(&self, id: &str) -> Option<u32> {
        self.docs.get(id).map(|&(i, _, _)| i)
    }
}

/// Postings being collected: per stem, per field, units in the order they were added.
#[derive(Default)]
struct Words {
    groups: BTreeMap<String, [Vec<UnitPostings>; 6]>,
    stems: HashMap<String, String>,
}

impl Words {
    /// Indexes `text` as unit `unit` of `field` (units must come in ascending order per field);
    /// returns its word count.
    fn add(&mut self, field: Field, unit: u32, text: &str) -> u32 {
        let toks = tokens(text);
        for (position, token) in toks.iter().enumerate() {
            let stem = self
                .stems
                .entry(token.word.clone())
                .or_insert_with(|| stem(&token.word))
                .clone();
            let units = &mut self.groups.entry(stem).or_default()[field as usize];
            match units.last_mut() {
                Some(last) if last.unit == unit => last.positions.push(position as u32),
                _ => units.push(UnitPostings {
                    unit,
                    positions: vec![position as u32],
                }),
            }
        }
        toks.len() as u32
    }

    /// The dictionary (`fst` bytes) and the postings.
    fn finish(self) -> (Vec<u8>, Vec<u8>) {
        let mut postings = Vec::new();
        let mut offsets: HashMap<&str, u64> = HashMap::new();
        for (stem, fields) in &self.groups {
            let fields: Vec<(Field, Vec<UnitPostings>)> = Field::ALL
                .iter()
                .zip(fields.iter())
                .map(|(f, u)| (*f, u.clone()))
                .collect();
            offsets.insert(stem.as_str(), encode_group(&mut postings, &fields));
        }
        let mut keys: BTreeMap<&[u8], u64> = BTreeMap::new();
        for (surface, stem) in &self.stems {
            if let Some(&offset) = offsets.get(stem.as_str()) {
                keys.insert(surface.as_bytes(), offset);
            }
        }
        // A stem that is also another word's surface form points at its own group.
        for (stem, &offset) in &offsets {
            keys.insert(stem.as_bytes(), offset);
        }
        let mut builder = fst::MapBuilder::memory();
        for (key, offset) in keys {
            // Keys are unique and sorted (BTreeMap), so insertion cannot fail.
            let _ = builder.insert(key, offset);
        }
        (builder.into_inner().unwrap_or_default(), postings)
    }
}
