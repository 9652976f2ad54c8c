//! Words: a light tokenizer for the attribution rules, keeping byte offsets into the text.
//!
//! Words are letter/digit runs with inner apostrophes, hyphens and number separators
//! ("Clinton’s", "300,000", "U.S."); every other non-space character is its own token. It does
//! not decide what a word means.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"''|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[’'\-&][\p{L}\p{N}]+)*(?:[.,][0-9]{3})*(?:\.[0-9]+)?|\S")
        .expect("static regex")
});

/// One token: its byte range in the text it was read from.
#[derive(Debug, Clone)]
pub struct Word {
    /// Byte range.
    pub span: Range<usize>,
    /// The token, lower-cased.
    pub lower: String,
    /// Whether it starts with an upper-case letter.
    pub capital: bool,
    /// Whether it starts with a letter or digit (not punctuation).
    pub is_word: bool,
    /// Whether it is two or more letters, all capitals ("AP", "CNN"; not "U.S." or "Mr").
    pub acronym: bool,
}

/// Tokens of `text[range]`, with offsets into `text`.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Word> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    TOKEN
        .find_iter(slice)
        .flat_map(|m| {
            let start = range.start + m.start();
            split_contraction(m.as_str())
                .into_iter()
                .map(move |(from, piece)| word(start + from, piece))
        })
        .collect()
}

fn word(start: usize, s: &str) -> Word {
    let first = s.chars().next().unwrap_or(' ');
    Word {
        span: start..start + s.len(),
        lower: s.to_lowercase(),
        capital: first.is_uppercase(),
        is_word: first.is_alphanumeric(),
        acronym: s.chars().count() >= 2 && s.chars().all(|c| c.is_uppercase()),
    }
}

/// "he’s" → "he" + "’s", so a pronoun subject does not carry its auxiliary.
fn split_contraction(s: &str) -> Vec<(usize, &str)> {
    let lower = s.to_lowercase();
    let pronoun = [
        "he", "she", "it", "who", "that", "there", "they", "we", "i", "you",
    ];
    for suffix in [
        "’s", "'s", "’ve", "'ve", "’d", "'d", "’ll", "'ll", "’re", "'re", "’m", "'m",
    ] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            if pronoun.contains(&stem) {
                return vec![(0, &s[..stem.len()]), (stem.len(), &s[stem.len()..])];
            }
        }
    }
    vec![(0, s)]
}

/// Whether a token is an opening quotation mark in context (`prev` is the char before it).
pub fn is_open_quote(token: &str, prev: Option<char>) -> bool {
    match token {
        // A left mark glued to the word before it is a mistyped closing mark ("here,“ said X").
        "“" => prev.is_none_or(|c| !(c.is_alphanumeric() || ".,;:?!".contains(c))),
        "\"" | "''" => prev.is_none_or(|c| c.is_whitespace() || "([—–-:".contains(c)),
        _ => false,
    }
}

/// Whether a token is a closing quotation mark in context.
pub fn is_close_quote(token: &str, prev: Option<char>) -> bool {
    match token {
        "”" => true,
        "“" => !is_open_quote(token, prev),
        "\"" | "''" => !is_open_quote(token, prev),
        _ => false,
    }
}

/// Personal and relative pronouns that can be a speaker.
pub fn is_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who"
    )
}

/// Determiners and possessives that open a noun phrase.
pub fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "this"
            | "these"
            | "those"
            | "some"
            | "many"
            | "several"
            | "most"
            | "other"
            | "another"
            | "both"
            | "each"
            | "all"
            | "one"
            | "two"
            | "three"
            | "few"
            | "more"
    )
}

/// Function words that end a noun phrase when scanning backwards.
pub fn is_clause_word(lower: &str) -> bool {
    matches!(
        lower,
        "that"
            | "which"
            | "and"
            | "but"
            | "or"
            | "because"
            | "while"
            | "as"
            | "when"
            | "if"
            | "since"
            | "although"
            | "though"
            | "after"
            | "before"
            | "where"
            | "so"
            | "than"
            | "what"
            | "how"
            | "why"
            | "whether"
            | "whom"
            | "whose"
            | "until"
            | "unless"
            | "once"
            | "yet"
            | "nor"
            | "for"
            | "to"
            | "in"
            | "on"
            | "at"
            | "of"
            | "by"
            | "with"
            | "about"
            | "from"
            | "into"
            | "over"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "not"
            | "do"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_names_numbers_and_abbreviations_whole() {
        let text = "Mr. Lavrov’s U.S. visit cost $300,000.5 “today.”";
        let got: Vec<&str> = tokenize(text, 0..text.len())
            .iter()
            .map(|w| &text[w.span.clone()])
            .collect();
        assert_eq!(
            got,
            [
                "Mr",
                ".",
                "Lavrov’s",
                "U.S.",
                "visit",
                "cost",
                "$",
                "300,000.5",
                "“",
                "today",
                ".",
                "”"
            ]
        );
    }

    #[test]
    fn pronoun_contractions_split_off_their_auxiliary() {
        let text = "She’s said it";
        let got: Vec<&str> = tokenize(text, 0..text.len())
            .iter()
            .map(|w| &text[w.span.clone()])
            .collect();
        assert_eq!(got, ["She", "’s", "said", "it"]);
    }
}
