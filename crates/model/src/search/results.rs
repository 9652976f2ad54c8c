//! What a search returns: documents with their best sentences, and event, claim and person hits.
//!
//! Plain data for the app and the CLI (serializable to JSON); no matching logic lives here.

use serde::Serialize;

/// Highlight ranges: `[start, end)` character offsets into the text they accompany.
pub type Highlights = Vec<[u32; 2]>;

/// Everything one query found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Results {
    /// Matching documents, best first, at most the limit asked for.
    pub documents: Vec<DocumentHit>,
    /// How many documents matched in all (before the limit).
    pub total_documents: usize,
    /// Timeline events whose label or mentions match, best first.
    pub events: Vec<EventHit>,
    /// Claims whose text or speaker match, best first.
    pub claims: Vec<ClaimHit>,
    /// People whose name matches (or who match a `speaker:` filter).
    pub people: Vec<PersonHit>,
    /// Parts of the query that could not be used, as readable messages.
    pub problems: Vec<String>,
}

/// A document and its best matching sentences.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentHit {
    /// The document id.
    pub doc: String,
    /// Index of the document in `Corpus::documents`.
    pub doc_index: u32,
    /// Its title.
    pub title: String,
    /// Matched words in the title.
    pub title_highlights: Highlights,
    /// Relevance (higher is better; only comparable within one query).
    pub score: f32,
    /// The best sentences, best first.
    pub sentences: Vec<SentenceHit>,
}

/// A sentence to show as a snippet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceHit {
    /// Sentence index within its document.
    pub sentence: u32,
    /// The sentence text.
    pub text: String,
    /// Matched words (stems, prefixes and typos included) in `text`.
    pub highlights: Highlights,
    /// How well this sentence matches.
    pub score: f32,
}

/// A timeline event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventHit {
    /// The event id.
    pub id: String,
    /// Index in `Corpus::timeline`.
    pub event_index: u32,
    /// Its TIMEX3 value.
    pub value: String,
    /// Its label.
    pub label: String,
    /// Matched words in the label.
    pub highlights: Highlights,
    /// Relevance.
    pub score: f32,
}

/// A claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimHit {
    /// The claim id.
    pub id: String,
    /// Index in `Corpus::claims`.
    pub claim_index: u32,
    /// Document id where it is said.
    pub doc: String,
    /// Sentence index within that document.
    pub sentence: u32,
    /// Who said it.
    pub speaker: String,
    /// What was said.
    pub text: String,
    /// Matched words in `text`.
    pub highlights: Highlights,
    /// Relevance.
    pub score: f32,
}

/// A person who is quoted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonHit {
    /// The name as first written.
    pub name: String,
    /// Matched words in the name.
    pub highlights: Highlights,
    /// How many claims they make.
    pub claims: u32,
    /// In how many documents.
    pub documents: u32,
    /// Relevance.
    pub score: f32,
}
