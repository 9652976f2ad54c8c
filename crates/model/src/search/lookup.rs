//! From a query word to the postings groups it should match: exact stem, prefix and typos.
//!
//! Typo matching uses [`Typos`], an `fst` automaton for the optimal-string-alignment distance
//! (Levenshtein plus adjacent transposition as one edit), so "recieve" finds "receive". It owns
//! the dictionary walk only; it does not decode postings or rank.

use fst::automaton::{Automaton, Str};
use fst::{IntoStreamer, Map, Streamer};

use super::chunks::Postings;
use super::text::stem;

/// How much a match counts compared with the exact word.
pub mod quality {
    /// The word itself or another form of it (same stem).
    pub const EXACT: f32 = 1.0;
    /// A longer word the typed prefix starts.
    pub const PREFIX: f32 = 0.8;
    /// One edit away.
    pub const ONE_TYPO: f32 = 0.5;
    /// Two edits away.
    pub const TWO_TYPOS: f32 = 0.3;
}

/// Most groups one word may expand to by prefix or typo (the most frequent are kept).
const MAX_EXPANSIONS: usize = 48;
/// Most dictionary keys read for one expansion before choosing.
const MAX_KEYS_SCANNED: usize = 4096;

/// A word found in at least this many units (sentences, titles, ...) is not typo-expanded.
const KNOWN_WORD_UNITS: u32 = 5;

/// How many typos a word of this many characters may have: 1 from 5, 2 from 9.
pub fn typo_budget(chars: usize) -> u32 {
    match chars {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Groups (postings offsets) matching `word`, each with the best quality it matched with.
pub fn expand(
    terms: &Map<&[u8]>,
    postings: &dyn Postings,
    word: &str,
    prefix: bool,
    typos: bool,
) -> Vec<(u64, f32)> {
    let mut exact: Vec<u64> = [stem(word).as_str(), word]
        .iter()
        .filter_map(|k| terms.get(k))
        .collect();
    exact.dedup();
    // A word the corpus uses often is taken as spelled: typos are tried for unknown or rare words.
    let known = exact
        .iter()
        .map(|&offset| postings.units(offset))
        .sum::<u32>()
        >= KNOWN_WORD_UNITS;
    let mut best: Vec<(u64, f32)> = Vec::new();
    let mut note = |offset: u64, q: f32| best.push((offset, q));
    for &offset in &exact {
        note(offset, quality::EXACT);
    }
    if prefix {
        let found = collect(terms, Str::new(word).starts_with());
        for (offset, _) in most_frequent(postings, found) {
            note(offset, quality::PREFIX);
        }
    }
    let budget = if typos && !known {
        typo_budget(word.chars().count())
    } else {
        0
    };
    if budget > 0 {
        // The stem too, so an inflected typo ("recieve") reaches other forms ("receiving").
        // Stems are short, so their typo matches must keep the first letter and not shrink
        // ("gover" must not reach "over").
        let word_stem = stem(word);
        let mut forms = vec![(word, budget, false)];
        if word_stem != word {
            forms.push((
                word_stem.as_str(),
                typo_budget(word_stem.chars().count()),
                true,
            ));
        }
        for (form, budget, strict) in forms.into_iter().filter(|f| f.1 > 0) {
            let found = collect(terms, Typos::new(form.as_bytes(), budget, prefix));
            let kept = found.into_iter().filter(|(_, key)| {
                !strict || (key.len() >= form.len() && key.first() == form.as_bytes().first())
            });
            for (offset, key) in most_frequent(postings, kept.collect()) {
                let q = match osa_distance(form.as_bytes(), &key, prefix) {
                    0 => continue,
                    1 => quality::ONE_TYPO,
                    _ => quality::TWO_TYPOS,
                };
                note(offset, q);
            }
        }
    }
    // One entry per group, with its best quality.
    best.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    best.dedup_by_key(|g| g.0);
    best
}

fn collect<A: Automaton>(terms: &Map<&[u8]>, automaton: A) -> Vec<(u64, Vec<u8>)> {
    let mut stream = terms.search(automaton).into_stream();
    let mut found = Vec::new();
    while let Some((key, offset)) = stream.next() {
        found.push((offset, key.to_vec()));
        if found.len() >= MAX_KEYS_SCANNED {
            break;
        }
    }
    found
}

/// Keeps the groups that cover the most units (the most frequent), one key each.
fn most_frequent(postings: &dyn Postings, mut found: Vec<(u64, Vec<u8>)>) -> Vec<(u64, Vec<u8>)> {
    found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.len().cmp(&b.1.len())));
    found.dedup_by_key(|f| f.0);
    if found.len() > MAX_EXPANSIONS {
        found.sort_unstable_by_key(|f| std::cmp::Reverse(postings.units(f.0)));
        found.truncate(MAX_EXPANSIONS);
    }
    found
}

/// Optimal-string-alignment distance between `query` and `key` (bytes); with `prefix`, the
/// smallest distance between `query` and any prefix of `key`.
pub fn osa_distance(query: &[u8], key: &[u8], prefix: bool) -> u32 {
    let n = query.len();
    let mut prev: Vec<u32> = Vec::new();
    let mut cur: Vec<u32> = (0..=n as u32).collect();
    let mut best = cur[n];
    let mut last = 0u8;
    for (i, &b) in key.iter().enumerate() {
        let next = step(query, &prev, &cur, last, b, i > 0);
        best = best.min(next[n]);
        prev = std::mem::replace(&mut cur, next);
        last = b;
    }
    if prefix { best } else { cur[n] }
}

fn step(query: &[u8], prev: &[u32], cur: &[u32], last: u8, b: u8, has_last: bool) -> Vec<u32> {
    let n = query.len();
    let mut next = vec![0; n + 1];
    next[0] = cur[0] + 1;
    for k in 1..=n {
        let cost = u32::from(query[k - 1] != b);
        let mut d = (cur[k] + 1).min(next[k - 1] + 1).min(cur[k - 1] + cost);
        if k >= 2 && has_last && !prev.is_empty() && query[k - 1] == last && query[k - 2] == b {
            d = d.min(prev[k - 2] + 1);
        }
        next[k] = d;
    }
    next
}

/// Longest word the typo automaton handles (longer words match exactly only).
const MAX_TYPO_BYTES: usize = 47;
type Row = [u8; MAX_TYPO_BYTES + 1];

/// An `fst` automaton accepting keys within `max` OSA edits of a word (or, in prefix mode,
/// keys that start with something within `max` edits of it) that begin with the word's first
/// letter (or its second, for a swap of the first two). Rows are fixed arrays, so stepping
/// allocates nothing.
pub struct Typos<'a> {
    query: &'a [u8],
    max: u8,
    prefix: bool,
}

/// The automaton's state: the last two rows of the distance table.
#[derive(Clone)]
pub struct TyposState {
    prev: Row,
    cur: Row,
    last: u8,
    depth: u32,
    done: bool,
}

impl<'a> Typos<'a> {
    /// Accepts words within `max` edits of `query` (`query` longer than 47 bytes matches nothing).
    pub fn new(query: &'a [u8], max: u32, prefix: bool) -> Self {
        Typos {
            query,
            max: max.min(3) as u8,
            prefix,
        }
    }

    fn next_row(&self, s: &TyposState, b: u8) -> Row {
        let q = self.query;
        let n = q.len();
        let mut next = [u8::MAX; MAX_TYPO_BYTES + 1];
        next[0] = s.cur[0].saturating_add(1);
        for k in 1..=n {
            let cost = u8::from(q[k - 1] != b);
            let mut d = s.cur[k]
                .saturating_add(1)
                .min(next[k - 1].saturating_add(1))
                .min(s.cur[k - 1].saturating_add(cost));
            if k >= 2 && s.depth > 0 && q[k - 1] == s.last && q[k - 2] == b {
                d = d.min(s.prev[k - 2].saturating_add(1));
            }
            next[k] = d;
        }
        next
    }
}

impl Automaton for Typos<'_> {
    type State = Option<TyposState>;

    fn start(&self) -> Self::State {
        let n = self.query.len();
        if n > MAX_TYPO_BYTES {
            return None;
        }
        let mut cur = [u8::MAX; MAX_TYPO_BYTES + 1];
        for (k, c) in cur.iter_mut().enumerate().take(n + 1) {
            *c = k as u8;
        }
        let done = self.prefix && cur[n] <= self.max;
        Some(TyposState {
            prev: [u8::MAX; MAX_TYPO_BYTES + 1],
            cur,
            last: 0,
            depth: 0,
            done,
        })
    }

    fn is_match(&self, state: &Self::State) -> bool {
        state
            .as_ref()
            .is_some_and(|s| s.done || s.cur[self.query.len()] <= self.max)
    }

    fn can_match(&self, state: &Self::State) -> bool {
        state.is_some()
    }

    fn will_always_match(&self, state: &Self::State) -> bool {
        state.as_ref().is_some_and(|s| s.done)
    }

    fn accept(&self, state: &Self::State, byte: u8) -> Self::State {
        let s = state.as_ref()?;
        if s.done {
            return Some(s.clone());
        }
        let n = self.query.len();
        // Typos rarely touch the first letter: the key must start with it, or with the second
        // letter when the first two are swapped. This keeps the walk to one branch of the tree.
        if s.depth == 0 && self.query.first() != Some(&byte) && self.query.get(1) != Some(&byte) {
            return None;
        }
        let next = self.next_row(s, byte);
        let floor = next[..=n].iter().min().copied().unwrap_or(u8::MAX);
        // A transposition can lower the row after next by reading this one: keep its floor.
        let cur_floor = s.cur[..=n].iter().min().copied().unwrap_or(u8::MAX);
        if floor > self.max && cur_floor.saturating_add(1) > self.max {
            return None;
        }
        let done = self.prefix && next[n] <= self.max;
        Some(TyposState {
            prev: s.cur,
            cur: next,
            last: byte,
            depth: s.depth + 1,
            done,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transposition_is_one_edit() {
        assert_eq!(osa_distance(b"recieve", b"receive", false), 1);
        assert_eq!(osa_distance(b"goverment", b"government", false), 1);
        assert_eq!(osa_distance(b"kitten", b"sitting", false), 3);
        assert_eq!(osa_distance(b"govn", b"government", true), 1);
        assert_eq!(osa_distance(b"", b"abc", true), 0);
    }

    #[test]
    fn automaton_agrees_with_distance() {
        let words = [
            "receive",
            "recieve",
            "received",
            "relieve",
            "deceive",
            "ecreive",
            "erceive",
            "recipe",
            "government",
            "governments",
            "governed",
            "gov",
            "ogvernment",
        ];
        let mut keys: Vec<&str> = words.to_vec();
        keys.sort();
        let map = Map::from_iter(keys.iter().enumerate().map(|(i, k)| (*k, i as u64))).unwrap();
        let bytes = map.as_fst().as_bytes().to_vec();
        let map = Map::new(&bytes[..]).unwrap();
        for (query, max, prefix) in [
            ("recieve", 1, false),
            ("goverment", 2, false),
            ("recie", 1, true),
            ("goverm", 1, true),
        ] {
            let mut got: Vec<String> = collect(&map, Typos::new(query.as_bytes(), max, prefix))
                .into_iter()
                .map(|(_, k)| String::from_utf8(k).unwrap())
                .collect();
            got.sort();
            let first_ok = |k: &str| {
                k.as_bytes().first() == query.as_bytes().first()
                    || k.as_bytes().first() == query.as_bytes().get(1)
            };
            let mut want: Vec<String> = keys
                .iter()
                .filter(|k| {
                    first_ok(k) && osa_distance(query.as_bytes(), k.as_bytes(), prefix) <= max
                })
                .map(|k| k.to_string())
                .collect();
            want.sort();
            assert_eq!(got, want, "{query}");
        }
    }
}
