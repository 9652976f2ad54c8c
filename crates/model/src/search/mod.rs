//! Full-text search over a corpus: the shipped index format and all query code.
//!
//! The native builder (`dossier_corpus::index`) writes a [`SearchIndex`] into the corpus; the
//! browser and the CLI call [`search`] on it, so both run exactly this code. The index is an
//! `fst` dictionary of words and stems over delta/varint postings with word positions, per field
//! (title, sentence, quote, speaker, event label, person name); ranking is BM25F over documents,
//! with sentences as snippets. Nothing here parses articles or builds the index.
//!
//! How a query runs, module by module: [`Query::parse`] (`query`) → each word is expanded
//! against the dictionary (`lookup`: same stem, prefix for the word being typed, typos by an
//! optimal-string-alignment automaton) → postings are decoded and phrases checked on positions
//! (`matching`) → filters, BM25F and grouping (`rank`) → [`Results`].
//!
//! Ranking rules, in order: every clause that is not a stop word must match; documents whose
//! words matched exactly (or by stem) come before prefix matches, which come before typo
//! matches; then BM25F with field weights title 3, speaker 2, quote 1.5, sentence 1. Within a
//! document, sentences are ranked by the idf of the clauses they contain.
//!
//! ```
//! use dossier_model::search::{Query, SYNTAX_HELP};
//! let q = Query::parse("\"peace talks\" recieve -weapons source:ap");
//! assert_eq!(q.to_string(), "\"peace talks\" recieve -weapons source:ap");
//! assert!(SYNTAX_HELP.contains("OR"));
//! ```

mod chunks;
mod dates;
mod derived;
mod format;
mod lookup;
mod matching;
mod query;
mod rank;
mod results;
pub mod text;

pub use chunks::{ChunkSet, ChunkedRoot, ChunkedTables, Postings, split};
pub use dates::day_range;
pub use format::{
    ClaimEntry, DocEntry, EventEntry, Field, Posting, SearchIndex, UnitPostings, decode_group,
    encode_group, group_units,
};
pub use lookup::{osa_distance, typo_budget};
pub use query::{Filter, Query, SYNTAX_HELP, Term};
pub use results::{ClaimHit, DocumentHit, EventHit, Highlights, PersonHit, Results, SentenceHit};

use crate::{Claim, Corpus, Event};

/// Runs `query` over the corpus's own index, returning at most `limit` documents (and at most
/// `limit` events, claims and people).
pub fn search(corpus: &Corpus, query: &str, limit: usize) -> Results {
    search_query(corpus, &Query::parse(query), limit)
}

/// Like [`search`], for a query already parsed.
pub fn search_query(corpus: &Corpus, query: &Query, limit: usize) -> Results {
    rank::run(
        &corpus.search,
        &corpus.search.postings,
        corpus,
        query,
        limit,
    )
}

/// Runs `query` over an index whose texts come from elsewhere (for example, documents loaded
/// in chunks on demand): `texts` must hold the documents, claims and events the index was
/// built from, in the same order.
pub fn search_index(
    index: &SearchIndex,
    texts: &dyn Texts,
    query: &Query,
    limit: usize,
) -> Results {
    rank::run(index, &index.postings, texts, query, limit)
}

/// Like [`search_index`], reading postings from `postings` (for example a [`ChunkSet`] of
/// chunks fetched on demand) instead of the index's own. With chunks, a query that needed a
/// chunk not loaded yet leaves it in [`ChunkSet::take_missing`]: load it and run the query
/// again (the results of the first run are incomplete).
pub fn search_postings(
    index: &SearchIndex,
    postings: &dyn Postings,
    texts: &dyn Texts,
    query: &Query,
    limit: usize,
) -> Results {
    rank::run(index, postings, texts, query, limit)
}

/// Where results take their text from: ids, titles, sentences, claims and events, by the
/// indices the index uses.
pub trait Texts {
    /// The id of document `doc`.
    fn doc_id(&self, doc: u32) -> Option<&str>;
    /// The title of document `doc`.
    fn title(&self, doc: u32) -> Option<&str>;
    /// The text of sentence `sentence` of document `doc`.
    fn sentence(&self, doc: u32, sentence: u32) -> Option<&str>;
    /// Claim `claim`.
    fn claim(&self, claim: u32) -> Option<&Claim>;
    /// Timeline event `event`.
    fn event(&self, event: u32) -> Option<&Event>;
}

impl Texts for Corpus {
    fn doc_id(&self, doc: u32) -> Option<&str> {
        self.documents.get(doc as usize).map(|d| d.id.as_str())
    }

    fn title(&self, doc: u32) -> Option<&str> {
        self.documents.get(doc as usize).map(|d| d.title.as_str())
    }

    fn sentence(&self, doc: u32, sentence: u32) -> Option<&str> {
        let doc = self.documents.get(doc as usize)?;
        doc.sentences
            .get(sentence as usize)
            .map(|s| s.text.as_str())
    }

    fn claim(&self, claim: u32) -> Option<&Claim> {
        self.claims.get(claim as usize)
    }

    fn event(&self, event: u32) -> Option<&Event> {
        self.timeline.get(event as usize)
    }
}

impl SearchIndex {
    /// The index's size in bytes (dictionary, postings and tables), as shipped before bitcode.
    pub fn byte_size(&self) -> usize {
        self.terms.len()
            + self.postings.len()
            + self.docs.len() * std::mem::size_of::<DocEntry>()
            + self.claims.len() * std::mem::size_of::<ClaimEntry>()
            + self
                .events
                .iter()
                .map(|e| 16 + 4 * e.sentences.len())
                .sum::<usize>()
            + self.people.iter().map(|p| p.len() + 4).sum::<usize>()
    }
}
