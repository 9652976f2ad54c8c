//! The Dossier corpus model: everything the browser app renders, as plain serde types.
//!
//! The native pipeline (`dossier-corpus`) produces a [`Corpus`]; [`Corpus::to_bytes`] frames it
//! with a format header and the app opens it with [`Corpus::from_bytes`], which rejects data
//! written by another format version instead of misreading it.
//!
//! ```
//! use dossier_model::{Corpus, Story};
//! let corpus = Corpus::new(Story::default());
//! let bytes = corpus.to_bytes();
//! assert_eq!(Corpus::from_bytes(&bytes).unwrap(), corpus);
//! ```
//!
//! This crate is compiled into the wasm: it depends on serde, bitcode and thiserror only, and it
//! never parses article text.
#![deny(missing_docs)]

mod claims;
mod document;
mod encoding;
pub mod search;
mod timeline;

pub use claims::{Claim, ClaimDate, ClaimGroup, ClaimKind, Difference, Polarity, Qualifier, Quantity, Side, Verdict};
pub use document::{
    DateBasis, Document, Paragraph, ParagraphKind, PublicationDate, Sentence, SentenceRef,
};
pub use encoding::{DecodeError, FORMAT_VERSION};
pub use timeline::{Event, Granularity, Mention};

use serde::{Deserialize, Serialize};

/// The whole model of one story: its documents and everything derived from them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// What the story is, for the app's header.
    pub story: Story,
    /// The articles, in file-name order.
    pub documents: Vec<Document>,
    /// Dated happenings, in date order.
    pub timeline: Vec<Event>,
    /// Attributed statements.
    pub claims: Vec<Claim>,
    /// Claims about the same matter across documents.
    pub claim_groups: Vec<ClaimGroup>,
    /// What the pipeline noticed but could work around (lossy UTF-8, skipped files, ...).
    pub diagnostics: Vec<Diagnostic>,
    /// The full-text index over documents, claims, events and people (built last).
    pub search: search::SearchIndex,
}

impl Corpus {
    /// An empty corpus for `story`.
    pub fn new(story: Story) -> Self {
        Corpus { story, ..Corpus::default() }
    }

    /// The document with this id, if any.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The sentence a reference points at, if it exists.
    pub fn sentence(&self, at: &SentenceRef) -> Option<&Sentence> {
        self.document(&at.doc)?.sentences.get(at.sentence as usize)
    }
}

/// The story the documents tell, as shown in the app's header.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    /// A short name for the story (the most representative headline).
    pub title: String,
    /// The distinct sources (outlets or files) the documents come from.
    pub sources: Vec<String>,
}

/// A problem the pipeline met and worked around; shown to people, never fatal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The file it concerns (its name, not a full path), if any.
    pub file: Option<String>,
    /// How serious it is.
    pub severity: Severity,
    /// A readable sentence saying what happened and what was done about it.
    pub message: String,
}

/// How serious a [`Diagnostic`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Severity {
    /// Something was repaired (for example, invalid UTF-8 replaced).
    Warning,
    /// Something was left out (for example, an unreadable or empty file).
    Error,
}
