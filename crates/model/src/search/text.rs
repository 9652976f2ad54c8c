//! Words as the index sees them: tokenizing, normalizing, stemming and stop words.
//!
//! The builder and the query code both call these functions, so a word is cut and folded the
//! same way on both sides. It owns no index data and never looks at postings.

use frostem::{Algorithm, Stemmer};

/// Longest word (in bytes, after lowercasing) that is indexed; longer runs are skipped.
pub const MAX_WORD_BYTES: usize = 48;

/// One word of a text: where it is (character offsets) and its lowercased form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Character offset of its first character.
    pub start: u32,
    /// Character offset just past its last character.
    pub end: u32,
    /// The word lowercased, with typographic apostrophes folded to `'`.
    pub word: String,
}

/// Splits `text` into words: runs of letters and digits, keeping an apostrophe between two
/// letters ("Russia's", "don't"). Offsets are in characters, not bytes.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        let mut word = String::new();
        while i < chars.len() {
            let c = chars[i];
            if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
                i += 1;
            } else if is_apostrophe(c)
                && i > start
                && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())
            {
                word.push('\'');
                i += 1;
            } else {
                break;
            }
        }
        if word.len() <= MAX_WORD_BYTES {
            out.push(Token { start: start as u32, end: i as u32, word });
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}')
}

/// The English (Snowball) stem of a lowercased word; numbers are kept as they are.
pub fn stem(word: &str) -> String {
    if word.bytes().any(|b| b.is_ascii_digit()) {
        return word.to_string();
    }
    Stemmer::new(Algorithm::English).stem(word).into_owned()
}

/// Whether a lowercased word is an English function word, which ranking ignores unless the
/// query has nothing else (it is still indexed, so phrases keep it).
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

/// Function words, sorted (checked by a test).
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has",
    "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "it's", "its",
    "may", "more", "most", "no", "not", "of", "on", "one", "or", "other", "our", "out", "over",
    "s", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "to", "up", "us", "was", "we", "were", "what",
    "when", "which", "while", "who", "will", "with", "would", "you",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn tokens_have_char_offsets_and_fold_case() {
        let t = tokens("Ünïon’s “deal” — U.S. 2016");
        let words: Vec<_> = t.iter().map(|t| (t.word.as_str(), t.start, t.end)).collect();
        assert_eq!(
            words,
            [("ünïon's", 0, 7), ("deal", 9, 13), ("u", 17, 18), ("s", 19, 20), ("2016", 22, 26)]
        );
    }

    #[test]
    fn stems_inflections_together() {
        assert_eq!(stem("receiving"), stem("received"));
        assert_eq!(stem("governments"), stem("government"));
        assert_eq!(stem("2016"), "2016");
    }
}
