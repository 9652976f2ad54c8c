//! From a query word to the postings groups it should match: exact stem, prefix and typos.
//!
//! Typo matching uses [`Typos`], an automaton for the optimal-string-alignment distance
//! (Levenshtein plus adjacent transposition as one edit), so "recieve" finds "receive". The
//! dictionary is walked depth-first by [`Walker`], which decodes only the `fst` nodes the
//! automaton accepts (an `fst` stream decodes every child of a visited node, accepted or not).
//! It owns the dictionary walk only; it does not decode postings or rank.

use fst::Map;
use fst::raw::{Fst, Node, Output, Transition};

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
    // The word's own key only when it is not its stem (one dictionary lookup less).
    let own = (word_stem != word).then_some(word);
    let mut exact: Vec<u64> = [Some(word_stem.as_str()), own]
        .into_iter()
        .flatten()
        .filter_map(|k| terms.get(k))
        .collect();
    exact.dedup();
    let mut best: Vec<(u64, f32)> = exact.iter().map(|&o| (o, quality::EXACT)).collect();
    if prefix {
        let found = prefixed(terms.as_fst(), word.as_bytes());
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
            let typos = Typos::new(form.as_bytes(), budget, prefix);
            let found = within(terms.as_fst(), &typos, strict);
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

/// The groups of the keys that start with `prefix`, in key order (at most
/// [`MAX_KEYS_SCANNED`] keys read), each scored 0.
fn prefixed(fst: &Fst<&[u8]>, prefix: &[u8]) -> Vec<(u64, u8)> {
    let mut node = fst.root();
    let mut out = Output::zero();
    for &b in prefix {
        let Some(i) = node.find_input(b) else {
            return Vec::new();
        };
        let t = node.transition(i);
        out = out.cat(t.out);
        node = fst.node(t.addr);
    }
    let mut walker = Walker::new(fst, AnyKey);
    walker.key.extend_from_slice(prefix);
    if node.is_final() {
        walker.found.push((out.cat(node.final_output()).value(), 0));
        walker.left -= 1;
    }
    walker.visit(node, out, &());
    walker.found
}

/// The groups of the keys `typos` accepts, in key order (at most [`MAX_KEYS_SCANNED`] keys
/// read), each with its distance. With `strict`, keys shorter than the word or with another
/// first letter are read but left out.
fn within(fst: &Fst<&[u8]>, typos: &Typos<'_>, strict: bool) -> Vec<(u64, u8)> {
    let Some(start) = typos.start() else {
        return Vec::new();
    };
    let mut walker = Walker::new(fst, TypoKeys::new(typos, strict));
    walker.visit(fst.root(), Output::zero(), &start);
    walker.found
}

/// What a [`Walker`] follows and keeps.
trait Rules {
    /// Where the walk is after reading a key's bytes so far.
    type State;
    /// The state after `byte`, or `None` when no key continuing with it can match.
    fn step(&self, state: &Self::State, byte: u8) -> Option<Self::State>;
    /// Whether a key ending in `state` matches (it counts as read).
    fn matches(&self, state: &Self::State) -> bool;
    /// The score kept for a matching key, or `None` to leave it out.
    fn score(&self, key: &[u8]) -> Option<u8>;
    /// When only a few bytes can follow `state`: writes them, ascending and without repeats,
    /// to `few` and returns how many. `None`: any byte may.
    fn candidates(&self, _state: &Self::State, _few: &mut [u8; 8]) -> Option<usize> {
        None
    }
}

/// Every key below the start.
struct AnyKey;

impl Rules for AnyKey {
    type State = ();
    fn step(&self, _: &(), _: u8) -> Option<()> {
        Some(())
    }
    fn matches(&self, _: &()) -> bool {
        true
    }
    fn score(&self, _: &[u8]) -> Option<u8> {
        Some(0)
    }
}

/// The keys within a [`Typos`] budget.
struct TypoKeys<'t, 'q> {
    typos: &'t Typos<'q>,
    strict: bool,
    /// By depth: the bytes the automaton can take at the budget's edge (at depth 0: the
    /// query's first two bytes), ascending without repeats, and their count.
    few: Vec<([u8; 8], usize)>,
}

impl<'t, 'q> TypoKeys<'t, 'q> {
    fn new(typos: &'t Typos<'q>, strict: bool) -> Self {
        let depths = typos.query.len() + MAX_EDITS + 1;
        let few = (0..depths as u32)
            .map(|depth| sorted_set(typos.candidate_bytes(depth)))
            .collect();
        TypoKeys { typos, strict, few }
    }
}

/// `bytes` (at most 8 kept) ascending without repeats, and their count.
fn sorted_set(bytes: &[u8]) -> ([u8; 8], usize) {
    let mut set = [0u8; 8];
    let mut n = 0;
    for &b in bytes {
        if set[..n].contains(&b) {
            continue;
        }
        if let Some(slot) = set.get_mut(n) {
            *slot = b;
            n += 1;
        }
    }
    set[..n].sort_unstable();
    (set, n)
}

impl Rules for TypoKeys<'_, '_> {
    type State = TyposState;
    fn step(&self, state: &TyposState, byte: u8) -> Option<TyposState> {
        self.typos.accept(state, byte)
    }
    fn matches(&self, state: &TyposState) -> bool {
        self.typos.is_match(state)
    }
    fn candidates(&self, state: &TyposState, few: &mut [u8; 8]) -> Option<usize> {
        // Only the bytes the automaton can take: before any key byte, and at the budget's
        // edge (see `Typos::accept`).
        if state.done || (state.depth > 0 && state.floor < self.typos.max) {
            return None;
        }
        let (set, n) = self
            .few
            .get(state.depth as usize)
            .copied()
            .unwrap_or(([0; 8], 0));
        *few = set;
        Some(n)
    }
    fn score(&self, key: &[u8]) -> Option<u8> {
        let form = self.typos.query;
        let kept = !self.strict || (key.len() >= form.len() && key.first() == form.first());
        if kept { self.typos.distance(key) } else { None }
    }
}

/// A depth-first walk of the dictionary in key order that follows a transition only when its
/// [`Rules`] accept it, and stops after [`MAX_KEYS_SCANNED`] matching keys.
struct Walker<'f, 'd, R> {
    fst: &'f Fst<&'d [u8]>,
    rules: R,
    /// The key read so far.
    key: Vec<u8>,
    /// How many more matching keys may be read.
    left: usize,
    /// Group offsets and scores of the kept keys.
    found: Vec<(u64, u8)>,
}

impl<'f, 'd, R: Rules> Walker<'f, 'd, R> {
    fn new(fst: &'f Fst<&'d [u8]>, rules: R) -> Self {
        Walker {
            fst,
            rules,
            key: Vec::with_capacity(64),
            left: MAX_KEYS_SCANNED,
            found: Vec::new(),
        }
    }

    /// Walks below `node` (whose output so far is `out`) from `state`; false once the walk
    /// has read all the keys it may. When the rules name a few candidate bytes, only their
    /// transitions are looked up (in key order) instead of reading every transition.
    fn visit(&mut self, node: Node<'f>, out: Output, state: &R::State) -> bool {
        let mut few = [0u8; 8];
        match self.rules.candidates(state, &mut few) {
            Some(n) if n < node.len() => {
                for &b in few.get(..n).unwrap_or(&[]) {
                    let Some(i) = node.find_input(b) else {
                        continue;
                    };
                    if !self.follow(node.transition(i), out, state) {
                        return false;
                    }
                }
            }
            _ => {
                for t in node.transitions() {
                    if !self.follow(t, out, state) {
                        return false;
                    }
                }
            }
        }
        true
    }

    /// Follows transition `t` from `state` when the rules accept it; false as [`Self::visit`].
    fn follow(&mut self, t: Transition, out: Output, state: &R::State) -> bool {
        let Some(next) = self.rules.step(state, t.inp) else {
            return true;
        };
        let child = self.fst.node(t.addr);
        let out = out.cat(t.out);
        self.key.push(t.inp);
        if child.is_final() && self.rules.matches(&next) {
            if let Some(score) = self.rules.score(&self.key) {
                self.found
                    .push((out.cat(child.final_output()).value(), score));
            }
            self.left -= 1;
            if self.left == 0 {
                return false;
            }
        }
        let more = self.visit(child, out, &next);
        self.key.pop();
        more
    }
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

/// An automaton accepting keys within `max` OSA edits of a word (or, in prefix mode, keys
/// that start with something within `max` edits of it) that begin with the word's first
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
    /// The smallest cell of `cur`.
    floor: u8,
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
            let (next, floor) = self.next_row(&state, b);
            state = TyposState {
                prev: state.cur,
                cur: next,
                floor,
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

    /// The row after reading `b` in state `s`, and its smallest cell.
    fn next_row(&self, s: &TyposState, b: u8) -> (Band, u8) {
        let q = self.query;
        let depth = s.depth as usize + 1;
        let mut next = [FAR; BAND];
        let mut floor = FAR;
        for j in 0..BAND {
            // The query length this cell stands for (see `TyposState`).
            let Some(k) = (depth + j).checked_sub(MAX_EDITS).filter(|&k| k <= q.len()) else {
                continue;
            };
            let d = if k == 0 {
                depth.min(usize::from(FAR)) as u8
            } else {
                let delete = if j + 1 < BAND { s.cur[j + 1] } else { FAR };
                let insert = if j > 0 { next[j - 1] } else { FAR };
                let substitute = s.cur[j].saturating_add(u8::from(q[k - 1] != b));
                let mut d = delete.min(insert).saturating_add(1).min(substitute);
                if k >= 2 && s.depth > 0 && q[k - 1] == s.last && q[k - 2] == b {
                    d = d.min(s.prev[j].saturating_add(1));
                }
                d
            };
            next[j] = d;
            floor = floor.min(d);
        }
        (next, floor)
    }

    /// Whether `b` is one of the query bytes the row after `depth` key bytes compares with
    /// (for a substitution or a transposition).
    fn near(&self, depth: u32, b: u8) -> bool {
        let from = (depth as usize).saturating_sub(MAX_EDITS + 1);
        let to = (depth as usize + MAX_EDITS + 1).min(self.query.len());
        self.query.get(from..to).is_some_and(|w| w.contains(&b))
    }

    /// The bytes [`Self::accept`] can take after `depth` key bytes at the budget's edge: the
    /// query's bytes around that depth (before any key byte: its first two).
    fn candidate_bytes(&self, depth: u32) -> &[u8] {
        let q = self.query;
        if depth == 0 {
            return q.get(..2.min(q.len())).unwrap_or(&[]);
        }
        let from = (depth as usize).saturating_sub(MAX_EDITS + 1);
        let to = (depth as usize + MAX_EDITS + 1).min(q.len());
        q.get(from..to).unwrap_or(&[])
    }

    /// The state before any key byte (`None` for a query too long to handle).
    fn start(&self) -> Option<TyposState> {
        let n = self.query.len();
        if n > MAX_TYPO_BYTES {
            return None;
        }
        let mut cur = [FAR; BAND];
        for (j, cell) in cur.iter_mut().enumerate() {
            if let Some(k) = j.checked_sub(MAX_EDITS).filter(|&k| k <= n) {
                *cell = k as u8;
            }
        }
        let done = self.prefix && self.to_end(0, &cur) <= self.max;
        Some(TyposState {
            prev: [FAR; BAND],
            cur,
            floor: 0,
            last: 0,
            depth: 0,
            done,
        })
    }

    fn is_match(&self, s: &TyposState) -> bool {
        s.done || self.to_end(s.depth, &s.cur) <= self.max
    }

    /// The state after `byte`, or `None` when no key going on this way can be within budget.
    fn accept(&self, s: &TyposState, byte: u8) -> Option<TyposState> {
        if s.done {
            return Some(s.clone());
        }
        // Typos rarely touch the first letter: the key must start with it, or with the second
        // letter when the first two are swapped. This keeps the walk to one branch of the tree.
        if s.depth == 0 && self.query.first() != Some(&byte) && self.query.get(1) != Some(&byte) {
            return None;
        }
        // At the edge of the budget, a byte the query does not have around this depth raises
        // every cell and starts no transposition: nothing after it can be within budget.
        if s.floor >= self.max && !self.near(s.depth, byte) {
            return None;
        }
        let (next, floor) = self.next_row(s, byte);
        // A transposition can lower the row after next by reading this one: keep its floor.
        if floor > self.max && s.floor.saturating_add(1) > self.max {
            return None;
        }
        let depth = s.depth + 1;
        let done = self.prefix && self.to_end(depth, &next) <= self.max;
        Some(TyposState {
            prev: s.cur,
            cur: next,
            floor,
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
    fn prefixes_read_the_keys_they_start_in_order() {
        let keys = ["gov", "govern", "government", "governs", "grow", "over"];
        let map = Map::from_iter(keys.iter().enumerate().map(|(i, k)| (*k, i as u64))).unwrap();
        let bytes = map.as_fst().as_bytes().to_vec();
        let map = Map::new(&bytes[..]).unwrap();
        let found = |p: &str| -> Vec<u64> {
            prefixed(map.as_fst(), p.as_bytes())
                .into_iter()
                .map(|(i, _)| i)
                .collect()
        };
        assert_eq!(found("gov"), [0, 1, 2, 3]);
        assert_eq!(found("govern"), [1, 2, 3]);
        assert_eq!(found("governm"), [2]);
        assert_eq!(found("g"), [0, 1, 2, 3, 4]);
        assert!(found("gx").is_empty());
        assert!(found("governmental").is_empty());
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
            let mut got: Vec<String> = Vec::new();
            for (i, d) in within(map.as_fst(), &typos, false) {
                let key = keys[i as usize];
                // The distance the automaton computes for a key is the reference one.
                let want = osa_distance(query.as_bytes(), key.as_bytes(), prefix);
                assert_eq!(d, want as u8, "{query} {key:?}");
                got.push(key.to_string());
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
