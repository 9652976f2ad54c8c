//! Documents as the app shows them: cleaned title, paragraphs and sentences with provenance.
//!
//! Offsets are character (Unicode scalar) offsets into the original file text, so any sentence
//! can be traced back to the exact place it was read from.

use serde::{Deserialize, Serialize};

/// One article of the story.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id: the file stem (`002_20a8f80ab59bacb5` for `002_20a8f80ab59bacb5.txt`).
    pub id: String,
    /// The headline, or the first sentence when the article has none.
    pub title: String,
    /// When it was published, if known or inferred.
    pub date: Option<PublicationDate>,
    /// The dateline or "Updated: ..." line as written, if the article has one.
    pub dateline: Option<String>,
    /// Paragraphs in reading order, each a run of sentences.
    pub paragraphs: Vec<Paragraph>,
    /// Every kept sentence in reading order; sentence `n` is referred to as `(id, n)`.
    pub sentences: Vec<Sentence>,
}

/// A paragraph: sentences `first .. first + count` of its document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Index of its first sentence.
    pub first: u32,
    /// How many sentences it holds.
    pub count: u32,
    /// What kind of paragraph it is.
    pub kind: ParagraphKind,
}

/// The role a paragraph plays in the article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ParagraphKind {
    /// Running text.
    #[default]
    Text,
    /// A block quotation set off from the text (introduced by "X said:").
    Quote,
    /// A subheading inside the article.
    Heading,
}

/// One sentence, its text as in the source (whitespace folded), and where it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence text.
    pub text: String,
    /// Character offset of its first character in the original file.
    pub start: u32,
    /// Character offset just past its last character in the original file.
    pub end: u32,
}

/// A pointer to one sentence: the unit of provenance throughout the model.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SentenceRef {
    /// The document id.
    pub doc: String,
    /// The sentence index within the document.
    pub sentence: u32,
}

/// A publication date and how it was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicationDate {
    /// The date as `YYYY-MM-DD`.
    pub value: String,
    /// What it was read or inferred from.
    pub basis: DateBasis,
    /// How sure the pipeline is, from 0 to 100.
    pub confidence: u8,
    /// A readable account of the evidence ("dateline “Nov. 30, 2009”").
    pub evidence: String,
}

/// Where a publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateBasis {
    /// A dateline or "Updated:" line stated it.
    Dateline,
    /// Inferred from dates and weekdays mentioned in the text.
    Inferred,
    /// Inferred from the other articles of the story.
    Story,
}
