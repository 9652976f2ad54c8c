//! Tagger: a learned second opinion on attributions, for what the rules miss.
//!
//! An averaged-perceptron sequence tagger marks each token of a document as part of a source,
//! a cue or a content (begin/inside tags). It sees the rules' own marks as features, so it can
//! keep what they do well and reach cues they do not know ("invoked", "pushed back against",
//! "is looking to fill"). [`features`] turns tokens into hashed feature ids; [`model`] holds the weights and
//! their file format; [`train`] learns them from annotated examples; [`decode`] finds the best
//! tag sequence and turns it into attributions the rules did not find. The weights ship in
//! `crates/corpus/data/attribution-tagger.bin`, trained by `dossier train-tagger` on PolNeAR's
//! train split; they hold hashed feature ids and numbers, no text. It must not read files
//! (the caller does) nor change an attribution the rules found.

mod decode;
mod features;
mod model;
mod train;

pub(crate) use decode::additions;
pub use model::{Model, ModelError};
pub use train::{Example, example, train};

use std::ops::Range;
use std::sync::LazyLock;

use super::reported::Found;
use super::text::DocText;
use super::words::{Word, tokenize};

/// The shipped weights, or `None` when the file is empty or unreadable (the rules then work alone).
pub static SHIPPED: LazyLock<Option<Model>> = LazyLock::new(|| {
    Model::from_bytes(include_bytes!("../../../data/attribution-tagger.bin")).ok()
});

/// Number of tags.
pub const TAGS: usize = 7;

/// A token's part in an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tag {
    /// Outside every span.
    Outside,
    /// First token of a source.
    SourceBegin,
    /// Later token of a source.
    SourceInside,
    /// First token of a cue.
    CueBegin,
    /// Later token of a cue.
    CueInside,
    /// First token of a content.
    ContentBegin,
    /// Later token of a content.
    ContentInside,
}

/// Which span a tag belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Who speaks.
    Source,
    /// The cue.
    Cue,
    /// What is said.
    Content,
}

impl Tag {
    /// Every tag, in index order.
    pub const ALL: [Tag; TAGS] = [
        Tag::Outside,
        Tag::SourceBegin,
        Tag::SourceInside,
        Tag::CueBegin,
        Tag::CueInside,
        Tag::ContentBegin,
        Tag::ContentInside,
    ];

    /// The tag's index in weight rows.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The span the tag belongs to, if any.
    pub fn part(self) -> Option<Part> {
        match self {
            Tag::Outside => None,
            Tag::SourceBegin | Tag::SourceInside => Some(Part::Source),
            Tag::CueBegin | Tag::CueInside => Some(Part::Cue),
            Tag::ContentBegin | Tag::ContentInside => Some(Part::Content),
        }
    }

    /// Whether it continues a span.
    pub fn is_inside(self) -> bool {
        matches!(
            self,
            Tag::SourceInside | Tag::CueInside | Tag::ContentInside
        )
    }

    /// Whether `self` may follow `previous` (an inside tag only continues its own part).
    pub fn may_follow(self, previous: Option<Tag>) -> bool {
        !self.is_inside() || previous.is_some_and(|p| p.part() == self.part())
    }

    /// The begin or inside tag of `part`.
    pub fn of(part: Part, begin: bool) -> Tag {
        match (part, begin) {
            (Part::Source, true) => Tag::SourceBegin,
            (Part::Source, false) => Tag::SourceInside,
            (Part::Cue, true) => Tag::CueBegin,
            (Part::Cue, false) => Tag::CueInside,
            (Part::Content, true) => Tag::ContentBegin,
            (Part::Content, false) => Tag::ContentInside,
        }
    }
}

/// A document's tokens, with what the tagger needs to know of each.
pub(crate) struct Tokens {
    /// Tokens of the joined text.
    pub words: Vec<Word>,
    /// The sentence each token is in.
    pub sentence: Vec<usize>,
}

impl Tokens {
    /// Tokens of every sentence of `doc`.
    pub fn new(doc: &DocText) -> Self {
        let mut words = Vec::new();
        let mut sentence = Vec::new();
        let mut i = 0;
        loop {
            let range = doc.sentence_range(i);
            if range.start >= doc.text.len() {
                break;
            }
            let here = tokenize(&doc.text, range);
            sentence.extend(std::iter::repeat_n(i, here.len()));
            words.extend(here);
            i += 1;
        }
        Tokens { words, sentence }
    }

    /// Tags marking `spans` (byte ranges per part).
    pub fn tags_of(&self, spans: &[(Part, Range<usize>)]) -> Vec<Tag> {
        let token_spans: Vec<Range<usize>> = self.words.iter().map(|w| w.span.clone()).collect();
        tag_spans(&token_spans, spans)
    }
}

/// Tags for tokens at `token_spans` marking `spans` (same unit: bytes or characters), later parts
/// written over earlier ones so a cue or source inside a content keeps its own tag.
pub(crate) fn tag_spans(token_spans: &[Range<usize>], spans: &[(Part, Range<usize>)]) -> Vec<Tag> {
    let mut tags = vec![Tag::Outside; token_spans.len()];
    for part in [Part::Content, Part::Cue, Part::Source] {
        for (_, span) in spans.iter().filter(|(p, _)| *p == part) {
            let mut begin = true;
            for (t, w) in tags.iter_mut().zip(token_spans) {
                if span.start <= w.start && w.end <= span.end && w.start < w.end {
                    *t = Tag::of(part, begin);
                    begin = false;
                }
            }
        }
    }
    // A content resumed after a cue inside it starts again.
    for i in 1..tags.len() {
        if !tags[i].may_follow(Some(tags[i - 1])) {
            tags[i] = Tag::of(tags[i].part().unwrap_or(Part::Content), true);
        }
    }
    if tags.first().is_some_and(|t| t.is_inside()) {
        tags[0] = Tag::of(tags[0].part().unwrap_or(Part::Content), true);
    }
    tags
}

/// The spans of the rules' attributions, by part.
pub(crate) fn rule_spans(found: &[Found]) -> Vec<(Part, Range<usize>)> {
    let mut spans = Vec::new();
    for f in found {
        spans.extend(f.source.clone().map(|s| (Part::Source, s)));
        spans.push((Part::Cue, f.cue.clone()));
        spans.extend(f.content.iter().map(|c| (Part::Content, c.clone())));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cue_inside_a_content_splits_it_and_the_rest_begins_again() {
        // Tokens: [0..2) [3..5) [6..8) [9..11) [12..14); content covers all, a cue the middle one.
        let tokens: Vec<Range<usize>> = vec![0..2, 3..5, 6..8, 9..11, 12..14];
        let spans = vec![
            (Part::Content, 0..14),
            (Part::Cue, 6..8),
            (Part::Source, 100..120),
        ];
        let tags = tag_spans(&tokens, &spans);
        assert_eq!(
            tags,
            vec![
                Tag::ContentBegin,
                Tag::ContentInside,
                Tag::CueBegin,
                Tag::ContentBegin,
                Tag::ContentInside,
            ]
        );
    }

    #[test]
    fn tokens_only_partly_inside_a_span_stay_outside() {
        let tokens: Vec<Range<usize>> = vec![0..4, 5..9];
        let tags = tag_spans(&tokens, &[(Part::Source, 2..9)]);
        assert_eq!(tags, vec![Tag::Outside, Tag::SourceBegin]);
    }

    #[test]
    fn inside_tags_only_continue_their_own_part() {
        assert!(!Tag::ContentInside.may_follow(None));
        assert!(!Tag::ContentInside.may_follow(Some(Tag::CueBegin)));
        assert!(Tag::ContentInside.may_follow(Some(Tag::ContentBegin)));
        assert!(Tag::CueBegin.may_follow(Some(Tag::SourceInside)));
    }
}
