//! The Dossier pipeline: raw article files in, a [`Corpus`] model out.
//!
//! Stages, in the order they run (one module each):
//! [`ingest`] (bytes → text) → [`clean`] (headline, furniture, paragraphs) → [`segment`]
//! (sentences with offsets) → [`time`] (dates, publication dates) → [`timeline`] (events) →
//! [`attribution`] (who said what, claims, groups) → [`index`] (search) → story (header).
//!
//! ```
//! use dossier_corpus::{build_corpus, SourceFile};
//! let file = SourceFile { name: "a.txt".into(), bytes: b"Bridge reopens\n\nThe bridge reopened on Monday. Traffic resumed.".to_vec() };
//! let corpus = build_corpus(&[file]);
//! assert_eq!(corpus.documents[0].title, "Bridge reopens");
//! assert_eq!(corpus.documents[0].sentences.len(), 2);
//! ```
//!
//! Native and build-time only. The crate does no I/O except [`ingest::read_folder`], which the
//! caller invokes; extraction never fails outright: problems become diagnostics in the corpus.
#![deny(missing_docs)]

pub mod attribution;
pub mod clean;
pub mod index;
pub mod ingest;
pub mod segment;
pub mod time;
pub mod timeline;
mod document;
mod numbers;
mod offsets;
mod story;

pub use ingest::{IngestError, SourceFile, read_folder};

use dossier_model::Corpus;

/// Runs the first stages (ingest, clean, segment): documents with titles, paragraphs and
/// sentences, not yet dated; plus what ingest noticed.
pub fn parse_documents(files: &[SourceFile]) -> (Vec<dossier_model::Document>, Vec<dossier_model::Diagnostic>) {
    let (texts, diagnostics) = ingest::decode(files);
    (texts.iter().map(document::build).collect(), diagnostics)
}

/// Runs the whole pipeline over the given files.
pub fn build_corpus(files: &[SourceFile]) -> Corpus {
    let (texts, mut diagnostics) = ingest::decode(files);
    let mut documents: Vec<_> = texts.iter().map(document::build).collect();
    let raw: Vec<&str> = texts.iter().map(|t| t.text.as_str()).collect();
    time::pubdate::date_documents(&mut documents, &raw);
    timeline::align_dates(&mut documents);
    let timeline = timeline::build(&documents);
    let claims = attribution::claims(&documents);
    let claim_groups = attribution::claim_groups(&documents, &claims);
    diagnostics.extend(documents.iter().filter(|d| d.sentences.is_empty()).map(|d| {
        dossier_model::Diagnostic {
            file: Some(d.id.clone()),
            severity: dossier_model::Severity::Warning,
            message: "has no sentences after cleaning".into(),
        }
    }));
    let mut corpus = Corpus {
        story: story::describe(&documents),
        documents,
        timeline,
        claims,
        claim_groups,
        diagnostics,
        ..Corpus::default()
    };
    corpus.search = index::build(&corpus);
    corpus
}
