//! Features: what the tagger looks at for each token, as hashed ids.
//!
//! A feature is a template name and a value ("w-1=said", "rule=CueBegin"), hashed with FNV-1a
//! into a fixed number of buckets. Templates cover the word and its neighbours, its shape and
//! ending, the rules' tag for it and its neighbours, whether it sits inside quotation marks, and
//! how far the nearest known cue word is on either side within its sentence. It must not decide
//! anything; the weights do.

use super::super::cues::{cue_word, report_noun};
use super::super::quotes;
use super::super::text::DocText;
use super::super::words::{is_determiner, is_pronoun};
use super::{Tag, Tokens};

/// log2 of the number of feature buckets.
pub const BUCKET_BITS: u32 = 20;

/// Feature ids of every token of a document, given the rules' tags.
pub(crate) fn extract(doc: &DocText, tokens: &Tokens, rule_tags: &[Tag]) -> Vec<Vec<u32>> {
    let in_quote = quoted(doc, tokens);
    let cue_at: Vec<bool> = tokens.words.iter().map(|w| is_cue(&w.lower)).collect();
    (0..tokens.words.len())
        .map(|i| {
            let mut f = Features::default();
            token_features(&mut f, tokens, i);
            context_features(&mut f, tokens, &cue_at, i);
            let rule = |j: Option<usize>| j.map_or("-", |j| tag_name(rule_tags[j]));
            let (prev, next) = (neighbour(tokens, i, -1), neighbour(tokens, i, 1));
            f.add("r0", rule(Some(i)));
            f.add("r-1", rule(prev));
            f.add("r+1", rule(next));
            f.add2("r0|r-1", rule(Some(i)), rule(prev));
            f.add2("r0|w0", rule(Some(i)), &tokens.words[i].lower);
            f.add2("q|r0", if in_quote[i] { "q" } else { "-" }, rule(Some(i)));
            f.ids
        })
        .collect()
}

#[derive(Default)]
struct Features {
    ids: Vec<u32>,
}

impl Features {
    fn add(&mut self, template: &str, value: &str) {
        self.add2(template, value, "");
    }

    fn add2(&mut self, template: &str, a: &str, b: &str) {
        let mut h: u32 = 0x811c_9dc5;
        for byte in template
            .bytes()
            .chain([0])
            .chain(a.bytes())
            .chain([0])
            .chain(b.bytes())
        {
            h ^= u32::from(byte);
            h = h.wrapping_mul(0x0100_0193);
        }
        self.ids.push(h >> (32 - BUCKET_BITS));
    }
}

fn token_features(f: &mut Features, tokens: &Tokens, i: usize) {
    let w = &tokens.words[i];
    f.add("bias", "");
    f.add("w0", &w.lower);
    f.add("stem", stem(&w.lower));
    f.add("suf3", suffix(&w.lower, 3));
    f.add("shape", shape(w.capital, w.is_word, &w.lower));
    let word_at = |d: isize| neighbour(tokens, i, d).map_or("<s>", |j| &tokens.words[j].lower);
    for (name, d) in [("w-2", -2), ("w-1", -1), ("w+1", 1), ("w+2", 2)] {
        f.add(name, word_at(d));
    }
    f.add2("w-1|w0", word_at(-1), &w.lower);
    f.add2("w0|w+1", &w.lower, word_at(1));
    f.add("stem-1", stem(word_at(-1)));
    f.add("stem+1", stem(word_at(1)));
    let kind = if is_pronoun(&w.lower) {
        "pron"
    } else if is_determiner(&w.lower) {
        "det"
    } else {
        "-"
    };
    f.add("kind", kind);
    let first = neighbour(tokens, i, -1).is_none();
    f.add("first", if first { "y" } else { "n" });
}

fn context_features(f: &mut Features, tokens: &Tokens, cue_at: &[bool], i: usize) {
    let s = tokens.sentence[i];
    let same = |j: &usize| tokens.sentence[*j] == s;
    let left = (0..i).rev().take_while(same).find(|&j| cue_at[j]);
    let right = (i + 1..tokens.words.len())
        .take_while(same)
        .find(|&j| cue_at[j]);
    let bucket = |d: Option<usize>| match d {
        None => "none",
        Some(0..=1) => "1",
        Some(2) => "2",
        Some(3) => "3",
        Some(4..=6) => "4-6",
        Some(7..=12) => "7-12",
        Some(_) => "13+",
    };
    f.add("cueL", bucket(left.map(|j| i - j)));
    f.add("cueR", bucket(right.map(|j| j - i)));
    f.add2(
        "cueL|w",
        bucket(left.map(|j| i - j)),
        left.map_or("", |j| stem(&tokens.words[j].lower)),
    );
    f.add2(
        "cueR|w",
        bucket(right.map(|j| j - i)),
        right.map_or("", |j| stem(&tokens.words[j].lower)),
    );
    f.add("cue0", if cue_at[i] { "y" } else { "n" });
    let comma_left = (0..i)
        .rev()
        .take_while(same)
        .any(|j| tokens.words[j].lower == ",");
    f.add("commaL", if comma_left { "y" } else { "n" });
}

/// Whether each token lies inside quotation marks of its paragraph.
fn quoted(doc: &DocText, tokens: &Tokens) -> Vec<bool> {
    let mut spans = Vec::new();
    for (range, _) in &doc.paragraphs {
        let words: Vec<_> = tokens
            .words
            .iter()
            .filter(|w| range.start <= w.span.start && w.span.end <= range.end)
            .cloned()
            .collect();
        spans.extend(quotes::find(&doc.text, &words, range.end));
    }
    tokens
        .words
        .iter()
        .map(|w| quotes::inside(&spans, w.span.start))
        .collect()
}

/// The index `d` tokens away from `i` within its sentence.
fn neighbour(tokens: &Tokens, i: usize, d: isize) -> Option<usize> {
    let j = i.checked_add_signed(d)?;
    (j < tokens.words.len() && tokens.sentence[j] == tokens.sentence[i]).then_some(j)
}

fn is_cue(lower: &str) -> bool {
    cue_word(lower).is_some() || report_noun(lower).is_some() || lower == "according"
}

fn tag_name(tag: Tag) -> &'static str {
    match tag {
        Tag::Outside => "O",
        Tag::SourceBegin => "SB",
        Tag::SourceInside => "SI",
        Tag::CueBegin => "QB",
        Tag::CueInside => "QI",
        Tag::ContentBegin => "CB",
        Tag::ContentInside => "CI",
    }
}

/// A crude stem: common verb and plural endings cut, so forms of one word share weights.
fn stem(lower: &str) -> &str {
    for ending in ["ing", "ed", "es", "s"] {
        if let Some(stem) = lower.strip_suffix(ending)
            && stem.chars().count() >= 3
        {
            return stem;
        }
    }
    lower
}

fn suffix(lower: &str, n: usize) -> &str {
    let start = lower
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &lower[start..]
}

fn shape(capital: bool, is_word: bool, lower: &str) -> &'static str {
    if !is_word {
        return match lower {
            "“" | "”" | "\"" | "‘" | "’" | "'" | "''" => "quote",
            "," => "comma",
            "." | "!" | "?" => "stop",
            ":" => "colon",
            _ => "punct",
        };
    }
    if lower.starts_with(|c: char| c.is_ascii_digit()) {
        "digit"
    } else if capital {
        "Cap"
    } else {
        "low"
    }
}
