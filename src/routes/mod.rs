//! One module per page; small helpers shared by the pages.

pub mod claims;
pub mod reader;
pub mod search;
pub mod timeline;

use dossier_model::SentenceRef;

/// The Reader URL that opens a document at one sentence, highlighted.
pub fn reader_href(at: &SentenceRef) -> String {
    format!("/read/{}?s={}#s-{}", at.doc, at.sentence, at.sentence)
}

/// The title of a document, for source labels.
pub fn doc_title(doc: &str) -> String {
    crate::data::loaded().document(doc).map(|d| d.title.clone()).unwrap_or_else(|| doc.to_owned())
}
