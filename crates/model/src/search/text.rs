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
    Tokens::new(text).collect()
}

/// The words of a text, one by one (see [`tokens`]). Walks the bytes, decoding a character
/// only where the text is not ASCII.
pub struct Tokens<'a> {
    text: &'a str,
    /// Byte offset of the next character.
    byte: usize,
    /// Character offset of the next character.
    at: u32,
}

impl<'a> Tokens<'a> {
    /// Starts at the beginning of `text`.
    pub fn new(text: &'a str) -> Self {
        Tokens {
            text,
            byte: 0,
            at: 0,
        }
    }
}

/// The character at byte offset `byte` of `text` and its length in bytes.
#[inline(always)]
fn char_at(text: &str, byte: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(byte)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(byte..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Moves `byte` and `at` (byte and character offsets) to the next word character of `text`;
/// returns its character offset, or `None` at the end.
#[inline(always)]
fn skip_to_word(text: &str, byte: &mut usize, at: &mut u32) -> Option<u32> {
    loop {
        let b = *text.as_bytes().get(*byte)?;
        let len = if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                return Some(*at);
            }
            1
        } else {
            let (c, len) = char_at(text, *byte)?;
            if is_word_char(c) {
                return Some(*at);
            }
            len
        };
        *byte += len;
        *at += 1;
    }
}

#[inline(always)]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        // General punctuation (dashes, curly quotes, spaces) is common in news and has no
        // letter or digit: no need for the Unicode tables.
        !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
    }
}

/// The Unicode block of dashes, typographic quotes and special spaces.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

impl Tokens<'_> {
    /// The next word's character span, and its normalized form when `word` is given.
    fn next_span(&mut self, mut word: Option<&mut String>) -> Option<(u32, u32)> {
        // Offsets live in locals while scanning (kept in registers) and are stored once.
        let (mut byte, mut at) = (self.byte, self.at);
        let span = loop {
            let Some(start) = skip_to_word(self.text, &mut byte, &mut at) else {
                break None;
            };
            let mut bytes = 0;
            loop {
                // Without a word to build, a run of ASCII letters and digits needs no decoding.
                if word.is_none() {
                    while self
                        .text
                        .as_bytes()
                        .get(byte)
                        .is_some_and(u8::is_ascii_alphanumeric)
                    {
                        byte += 1;
                        at += 1;
                        bytes += 1;
                    }
                }
                let Some((c, len)) = char_at(self.text, byte) else {
                    break;
                };
                if is_word_char(c) {
                    bytes += len;
                    if let Some(w) = word.as_deref_mut() {
                        push_lower(w, c);
                    }
                } else if is_apostrophe(c) {
                    // Keep it only between letters: look one character further.
                    let letter_follows =
                        char_at(self.text, byte + len).is_some_and(|(n, _)| n.is_alphabetic());
                    if !letter_follows {
                        break;
                    }
                    bytes += 1;
                    if let Some(w) = word.as_deref_mut() {
                        w.push('\'');
                    }
                } else {
                    break;
                }
                byte += len;
                at += 1;
            }
            let too_long = match word.as_deref() {
                Some(w) => w.len() > MAX_WORD_BYTES,
                None => bytes > MAX_WORD_BYTES,
            };
            if !too_long {
                break Some((start, at));
            }
            if let Some(w) = word.as_deref_mut() {
                w.clear();
            }
        };
        self.byte = byte;
        self.at = at;
        span
    }

    /// The character spans of the words, without building their normalized forms (for
    /// highlighting; the same words as [`tokens`], except where lowercasing changes a word's
    /// length past the limit).
    pub fn spans(mut self) -> impl Iterator<Item = (u32, u32)> {
        std::iter::from_fn(move || self.next_span(None))
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let mut word = String::new();
        let (start, end) = self.next_span(Some(&mut word))?;
        Some(Token { start, end, word })
    }
}

fn push_lower(word: &mut String, c: char) {
    if c.is_ascii() {
        word.push(c.to_ascii_lowercase());
    } else {
        word.extend(c.to_lowercase());
    }
}

#[inline(always)]
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
    "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "it's", "its", "may",
    "more", "most", "no", "not", "of", "on", "one", "or", "other", "our", "out", "over", "s",
    "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
    "these", "they", "this", "those", "to", "up", "us", "was", "we", "were", "what", "when",
    "which", "while", "who", "will", "with", "would", "you",
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
        let words: Vec<_> = t
            .iter()
            .map(|t| (t.word.as_str(), t.start, t.end))
            .collect();
        assert_eq!(
            words,
            [
                ("ünïon's", 0, 7),
                ("deal", 9, 13),
                ("u", 17, 18),
                ("s", 19, 20),
                ("2016", 22, 26)
            ]
        );
    }

    #[test]
    fn general_punctuation_has_no_word_characters() {
        assert!(GENERAL_PUNCTUATION.clone().all(|c| !c.is_alphanumeric()));
    }

    #[test]
    fn spans_are_the_tokens_spans() {
        let text = "Ünïon’s “deal” — U.S. 2016, ’tis o’clock—it’s 'quoted' x’ 日本語 a\u{2060}b";
        let spans: Vec<(u32, u32)> = Tokens::new(text).spans().collect();
        let want: Vec<(u32, u32)> = tokens(text).iter().map(|t| (t.start, t.end)).collect();
        assert_eq!(spans, want);
        // Ünïon’s deal U S 2016 tis o’clock it’s quoted x 日本語 a b
        assert_eq!(spans.len(), 13);
    }

    #[test]
    fn stems_inflections_together() {
        assert_eq!(stem("receiving"), stem("received"));
        assert_eq!(stem("governments"), stem("government"));
        assert_eq!(stem("2016"), "2016");
    }
}
