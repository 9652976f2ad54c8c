//! The document as one string for the attribution rules, and the way back to sentence offsets.
//!
//! Sentences are joined with single spaces (paragraphs too), so quotes that run over sentence
//! breaks can be matched; every byte of the joined text maps back to a sentence and a character
//! offset in its (whitespace-folded) text, and from there to the original file. It does not
//! look for quotes or speakers.

use std::ops::Range;

use dossier_model::{Document, ParagraphKind, Sentence};

/// A place in a document: a sentence and a character offset within its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Point {
    /// The sentence index.
    pub sentence: u32,
    /// Character offset within the sentence's (whitespace-folded) text.
    pub offset: u32,
}

/// The joined text of one document.
pub(crate) struct DocText {
    /// All sentences joined by single spaces.
    pub text: String,
    /// Byte offset of each sentence in `text`.
    starts: Vec<usize>,
    /// Each paragraph's byte range in `text` and its kind.
    pub paragraphs: Vec<(Range<usize>, ParagraphKind)>,
}

impl DocText {
    /// Joins the sentences of `doc`.
    pub fn new(doc: &Document) -> Self {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(doc.sentences.len());
        for s in &doc.sentences {
            if !text.is_empty() {
                text.push(' ');
            }
            starts.push(text.len());
            text.push_str(&s.text);
        }
        let end_of = |i: usize| {
            starts
                .get(i)
                .map(|&s| s + doc.sentences[i].text.len())
                .unwrap_or(text.len())
        };
        let paragraphs = doc
            .paragraphs
            .iter()
            .filter(|p| p.count > 0 && ((p.first + p.count) as usize) <= starts.len())
            .map(|p| {
                let first = p.first as usize;
                let last = first + p.count as usize - 1;
                (starts[first]..end_of(last), p.kind)
            })
            .collect();
        DocText {
            text,
            starts,
            paragraphs,
        }
    }

    /// The sentence holding byte `at` (a joining space belongs to the sentence before it).
    pub fn sentence_of(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at).saturating_sub(1)
    }

    /// Byte range of sentence `i`.
    pub fn sentence_range(&self, i: usize) -> Range<usize> {
        let start = self.starts.get(i).copied().unwrap_or(self.text.len());
        let end = self
            .starts
            .get(i + 1)
            .map(|&n| n - 1)
            .unwrap_or(self.text.len());
        start..end
    }

    /// The sentence-relative point of byte `at`; `is_end` puts a boundary at the end of the
    /// sentence before rather than the start of the next.
    pub fn point(&self, at: usize, is_end: bool) -> Point {
        let probe = if is_end { at.saturating_sub(1) } else { at };
        let s = self.sentence_of(probe.min(self.text.len()));
        let range = self.sentence_range(s);
        let at = at.clamp(range.start, range.end);
        let offset = self
            .text
            .get(range.start..at)
            .map(|t| t.chars().count())
            .unwrap_or(0);
        Point {
            sentence: s as u32,
            offset: offset as u32,
        }
    }
}

/// Maps a point to a character offset in the original file text (`original` as chars).
///
/// Sentence texts are the original with whitespace runs folded to one space, so the mapping walks
/// the original words; an offset past the text maps to the sentence's end.
pub fn original_offset(original: &[char], sentence: &Sentence, offset: u32) -> u32 {
    let (from, to) = (
        sentence.start as usize,
        (sentence.end as usize).min(original.len()),
    );
    let mut folded = 0u32;
    let mut in_space = false;
    let mut seen_word = false;
    for (i, &c) in original.iter().enumerate().take(to).skip(from) {
        if c.is_whitespace() {
            if seen_word && !in_space {
                if folded == offset {
                    return i as u32;
                }
                folded += 1;
            }
            in_space = true;
        } else {
            if folded == offset {
                return i as u32;
            }
            folded += 1;
            in_space = false;
            seen_word = true;
        }
    }
    sentence.end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_offsets_map_back_over_whitespace_runs() {
        let original: Vec<char> = "xx  A  b\n c".chars().collect();
        let s = Sentence {
            text: "A b c".into(),
            start: 4,
            end: 11,
        };
        assert_eq!(original_offset(&original, &s, 0), 4);
        assert_eq!(original_offset(&original, &s, 2), 7);
        assert_eq!(original_offset(&original, &s, 4), 10);
        assert_eq!(original_offset(&original, &s, 5), 11);
    }
}
