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
    let word_stem = stem(word);
    let mut exact: Vec<u64> = [word_stem.as_str(), word]
        .iter()
        .filter_map(|k| terms.get(k))
        .collect();
    exact.dedup();
    let mut best: Vec<(u64, f32)> = exact.iter().map(|&o| (o, quality::EXACT)).collect();
    if prefix {
        let found = collect(terms, Str::new(word).starts_with(), |_| Some(0));
        for (offset, _) in most_frequent(postings, found) {
            if !exact.contains(&offset) {
                best.push((offset, quality::PREFIX));
            }
        }
    }
    // A word the corpus uses often is taken as spelled: typos are tried for unknown or rare
    // words. While typing (prefix), the same holds for the words the typed letters start:
    // when they are common, the letters are taken as typed.
    let known = best
        .iter()
        .map(|&(offset, _)| postings.units(offset))
        .sum::<u32>()
        >= KNOWN_WORD_UNITS;
    let mut note = |offset: u64, q: f32| best.push((offset, q));
    let budget = if typos && !known {
        typo_budget(word.chars().count())
    } else {
        0
    };
    if budget > 0 {
        // The stem too, so an inflected typo ("recieve") reaches other forms ("receiving").
        // Stems are short, so their typo matches must keep the first letter and not shrink
        // ("gover" must not reach "over").
        let mut forms = vec![(word, budget, false)];
        if word_stem != word {
            forms.push((
                word_stem.as_str(),
                typo_budget(word_stem.chars().count()),
                true,
            ));
        }
        for (form, budget, strict) in forms.into_iter().filter(|f| f.1 > 0) {
            let form = form.as_bytes();
            let typos = Typos::new(form, budget, prefix);
            let distance = |key: &[u8]| {
                let kept = !strict || (key.len() >= form.len() && key.first() == form.first());
                if kept { typos.distance(key) } else { None }
            };
            let found = collect(terms, Typos::new(form, budget, prefix), distance);
            for (offset, d) in most_frequent(postings, found) {
                let q = match d {
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

/// The groups of the keys `automaton` accepts (at most [`MAX_KEYS_SCANNED`] keys read), each
/// with what `score` says of its key; keys it scores `None` are left out.
fn collect<A: Automaton>(
    terms: &Map<&[u8]>,
    automaton: A,
    score: impl Fn(&[u8]) -> Option<u8>,
) -> Vec<(u64, u8)> {
    let mut stream = terms.search(automaton).into_stream();
    let mut found = Vec::new();
    let mut scanned = 0;
    while let Some((key, offset)) = stream.next() {
        if let Some(s) = score(key) {
            found.push((offset, s));
        }
        scanned += 1;
        if scanned >= MAX_KEYS_SCANNED {
            break;
        }
    }
    found
}

/// Keeps the groups that cover the most units (the most frequent), each with its best
/// (smallest) score.
fn most_frequent(postings: &dyn Postings, mut found: Vec<(u64, u8)>) -> Vec<(u64, u8)> {
    found.sort_unstable();
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
/// Most edits the automaton counts; cells further than this from the diagonal are never
/// within budget, so each state keeps only a band of `2 × MAX_EDITS + 1` cells.
const MAX_EDITS: usize = 3;
const BAND: usize = 2 * MAX_EDITS + 1;
type Band = [u8; BAND];
const FAR: u8 = u8::MAX;

/// An `fst` automaton accepting keys within `max` OSA edits of a word (or, in prefix mode,
/// keys that start with something within `max` edits of it) that begin with the word's first
/// letter (or its second, for a swap of the first two). States are small fixed arrays (the
/// band of the distance table around its diagonal), so stepping allocates nothing.
pub struct Typos<'a> {
    query: &'a [u8],
    max: u8,
    prefix: bool,
}

/// The automaton's state: the band of the last two rows of the distance table. Cell `j` of
/// the row after `depth` key bytes is the distance to the query's first `depth + j - 3` bytes.
#[derive(Clone)]
pub struct TyposState {
    prev: Band,
    cur: Band,
    last: u8,
    depth: u32,
    done: bool,
}

impl<'a> Typos<'a> {
    /// Accepts words within `max` edits of `query` (`query` longer than 47 bytes matches nothing).
    pub fn new(query: &'a [u8], max: u32, prefix: bool) -> Self {
        Typos {
            query,
            max: max.min(MAX_EDITS as u32) as u8,
            prefix,
        }
    }

    /// The query length `k` that band cell `j` stands for after `depth` key bytes.
    fn k_of(depth: u32, j: usize) -> Option<usize> {
        (depth as usize + j).checked_sub(MAX_EDITS)
    }

    /// Distance to the whole query after `depth` key bytes, from that row's band.
    fn to_end(&self, depth: u32, row: &Band) -> u8 {
        let j = (self.query.len() + MAX_EDITS).checked_sub(depth as usize);
        j.and_then(|j| row.get(j)).copied().unwrap_or(FAR)
    }

    /// The distance between the query and `key` (in prefix mode, the smallest between the
    /// query and any prefix of `key`) when it is within the budget.
    pub fn distance(&self, key: &[u8]) -> Option<u8> {
        let mut state = self.start()?;
        let mut best = if self.prefix {
            self.to_end(0, &state.cur)
        } else {
            FAR
        };
        for &b in key {
            let next = self.next_row(&state, b);
            state = TyposState {
                prev: state.cur,
                cur: next,
                last: b,
                depth: state.depth + 1,
                done: false,
            };
            if self.prefix {
                best = best.min(self.to_end(state.depth, &state.cur));
            }
        }
        let d = if self.prefix {
            best
        } else {
            self.to_end(state.depth, &state.cur)
        };
        (d <= self.max).then_some(d)
    }

    fn next_row(&self, s: &TyposState, b: u8) -> Band {
        let q = self.query;
        let depth = s.depth + 1;
        let mut next = [FAR; BAND];
        for j in 0..BAND {
            let Some(k) = Self::k_of(depth, j).filter(|&k| k <= q.len()) else {
                continue;
            };
            if k == 0 {
                next[j] = depth.min(u32::from(FAR)) as u8;
                continue;
            }
            let delete = s.cur.get(j + 1).copied().unwrap_or(FAR).saturating_add(1);
            let insert = j.checked_sub(1).map_or(FAR, |i| next[i].saturating_add(1));
            let substitute = s.cur[j].saturating_add(u8::from(q[k - 1] != b));
            let mut d = delete.min(insert).min(substitute);
            if k >= 2 && s.depth > 0 && q[k - 1] == s.last && q[k - 2] == b {
                d = d.min(s.prev[j].saturating_add(1));
            }
            next[j] = d;
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
        let mut cur = [FAR; BAND];
        for (j, cell) in cur.iter_mut().enumerate() {
            if let Some(k) = Self::k_of(0, j).filter(|&k| k <= n) {
                *cell = k as u8;
            }
        }
        let done = self.prefix && self.to_end(0, &cur) <= self.max;
        Some(TyposState {
            prev: [FAR; BAND],
            cur,
            last: 0,
            depth: 0,
            done,
        })
    }

    fn is_match(&self, state: &Self::State) -> bool {
        state
            .as_ref()
            .is_some_and(|s| s.done || self.to_end(s.depth, &s.cur) <= self.max)
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
        // Typos rarely touch the first letter: the key must start with it, or with the second
        // letter when the first two are swapped. This keeps the walk to one branch of the tree.
        if s.depth == 0 && self.query.first() != Some(&byte) && self.query.get(1) != Some(&byte) {
            return None;
        }
        let next = self.next_row(s, byte);
        let floor = next.iter().min().copied().unwrap_or(FAR);
        // A transposition can lower the row after next by reading this one: keep its floor.
        let cur_floor = s.cur.iter().min().copied().unwrap_or(FAR);
        if floor > self.max && cur_floor.saturating_add(1) > self.max {
            return None;
        }
        let depth = s.depth + 1;
        let done = self.prefix && self.to_end(depth, &next) <= self.max;
        Some(TyposState {
            prev: s.cur,
            cur: next,
            last: byte,
            depth,
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
        let mut cases = vec![
            ("recieve", 1, false),
            ("goverment", 2, false),
            ("recie", 1, true),
            ("goverm", 1, true),
        ];
        // Every word against every other, with one to three edits, whole and as a prefix.
        // (A budget never reaches the word's length: then every key would be within it.)
        for w in &words {
            for max in (1..=3u32).filter(|&m| (m as usize) < w.len().min(4)) {
                cases.push((w, max, false));
                cases.push((w, max, true));
                cases.push((&w[..w.len().min(4)], max, true));
            }
        }
        for (query, max, prefix) in cases {
            let typos = Typos::new(query.as_bytes(), max, prefix);
            let mut stream = map
                .search(Typos::new(query.as_bytes(), max, prefix))
                .into_stream();
            let mut got: Vec<String> = Vec::new();
            while let Some((key, _)) = stream.next() {
                // The distance the automaton computes for a key is the reference one.
                let want = osa_distance(query.as_bytes(), key, prefix);
                assert_eq!(typos.distance(key), Some(want as u8), "{query} {key:?}");
                got.push(String::from_utf8(key.to_vec()).unwrap());
            }
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
