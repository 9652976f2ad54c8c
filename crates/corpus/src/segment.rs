//! Segment: paragraph blocks in, sentences with exact offsets out.
//!
//! Uses `sentencex` (abbreviation- and quote-aware) on each block, then repairs one scraper
//! artefact it cannot see: a full stop with no space after it ("the city.After three days").
//! It does not decide what is content; the clean stage did that.

use crate::clean::Block;

/// A sentence as a byte range of the original text, with its paragraph index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceSpan {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Index of the block it belongs to.
    pub block: usize,
}

/// Splits every block into sentences.
pub fn segment(text: &str, blocks: &[Block]) -> Vec<SentenceSpan> {
    let mut spans = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        for (start, end) in split_block(&text[block.start..block.end]) {
            spans.push(SentenceSpan { start: block.start + start, end: block.start + end, block: index });
        }
    }
    spans
}

/// Sentence byte ranges within one block.
fn split_block(block: &str) -> Vec<(usize, usize)> {
    // Line breaks inside a block are hard wraps; hide them from the splitter without moving bytes.
    let flat: String = block.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
    let pieces: Vec<(usize, usize)> = sentencex::get_sentence_boundaries("en", &flat)
        .iter()
        .flat_map(|b| split_glued(&flat, b.start_byte, b.end_byte))
        .filter_map(|(s, e)| trim_range(&flat, s, e))
        .collect();
    merge_after_initials(&flat, pieces)
}

/// Rejoins pieces split after a one-letter abbreviation ("Russian-U." + "S. talks", "John F." +
/// "Kennedy"): a sentence almost never ends in a lone capital initial.
fn merge_after_initials(text: &str, pieces: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match merged.last_mut() {
            Some(last) if ends_with_initial(&text[last.0..last.1]) => last.1 = piece.1,
            _ => merged.push(piece),
        }
    }
    merged
}

fn ends_with_initial(sentence: &str) -> bool {
    let mut rev = sentence.chars().rev();
    let (dot, letter, before) = (rev.next(), rev.next(), rev.next());
    dot == Some('.')
        && letter.is_some_and(|c| c.is_ascii_uppercase())
        && before.is_none_or(|c| !c.is_alphanumeric())
}

/// Splits "word.Next" (a missing space after a full stop) inside a range.
fn split_glued(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut from = start;
    let bytes = text.as_bytes();
    for i in start + 2..end.saturating_sub(2) {
        let glued = bytes[i] == b'.'
            && bytes[i - 1].is_ascii_lowercase()
            && bytes[i - 2].is_ascii_lowercase()
            && bytes[i + 1].is_ascii_uppercase()
            && bytes[i + 2].is_ascii_lowercase();
        if glued && !looks_like_domain(&text[i..end]) {
            pieces.push((from, i + 1));
            from = i + 1;
        }
    }
    pieces.push((from, end));
    pieces
}

/// "Example.Com" style names are not two sentences. `from_dot` starts at the full stop.
fn looks_like_domain(from_dot: &str) -> bool {
    let after = &from_dot[1..];
    let word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    matches!(word.to_lowercase().as_str(), "com" | "org" | "net" | "gov" | "edu" | "io" | "co")
}

/// Trims whitespace from both ends of a range; drops it if nothing is left.
fn trim_range(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    (!trimmed.is_empty()).then(|| (start + lead, start + lead + trimmed.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::ParagraphKind;

    fn sentences(text: &str) -> Vec<&str> {
        let block = Block { start: 0, end: text.len(), kind: ParagraphKind::Text };
        segment(text, &[block]).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "The U.S. and the U.N. met on Oct. 1 in Geneva. Mr. Smith and Gen. Jones spoke in Sept. about it. Then they left.";
        assert_eq!(
            sentences(text),
            [
                "The U.S. and the U.N. met on Oct. 1 in Geneva.",
                "Mr. Smith and Gen. Jones spoke in Sept. about it.",
                "Then they left."
            ]
        );
    }

    #[test]
    fn one_letter_abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Fighting goes on despite Russian-U.S. agreements. It is late."),
            ["Fighting goes on despite Russian-U.S. agreements.", "It is late."]
        );
    }

    #[test]
    fn missing_space_after_full_stop_still_splits() {
        assert_eq!(
            sentences("It reached the east of the city.After three days it stopped."),
            ["It reached the east of the city.", "After three days it stopped."]
        );
        assert_eq!(split_glued("see Example.Com now", 0, 19), [(0, 19)]);
    }

    #[test]
    fn hard_wrap_does_not_split_and_offsets_stay_exact() {
        let text = "Delays in getting the\napprovals slowed work. It ended.";
        let got = sentences(text);
        assert_eq!(got, ["Delays in getting the\napprovals slowed work.", "It ended."]);
    }

    #[test]
    fn a_quoted_sentence_with_its_attribution_stays_whole() {
        let text = "“It will get worse. We cannot stop it,” she said. Others agreed.";
        assert_eq!(sentences(text)[0..1].len(), 1);
        assert!(sentences(text).iter().any(|s| s.ends_with("she said.")));
    }
}
