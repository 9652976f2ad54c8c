//! Where each query term occurs: decoded postings per field, and phrase matching on positions.
//!
//! It turns one [`Term`] into [`TermHits`] using the dictionary walk of `lookup`; it does not
//! score, filter or group.

use fst::Map;

use super::chunks::Postings;
use super::derived::Derived;
use super::format::{Field, decode_group};
use super::lookup::{expand, quality};
use super::query::Term;

/// One unit where a term occurs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// The unit (see [`Field`]).
    pub unit: u32,
    /// How well it matched (1 exact, less for prefixes and typos).
    pub quality: f32,
    /// How often it occurs there.
    pub tf: u32,
    /// Start of its positions in [`TermHits::positions`].
    pub pos_start: u32,
}

/// Everywhere one term occurs, per field, units ascending (a unit may repeat when several
/// dictionary words matched it).
#[derive(Debug, Default)]
pub struct TermHits {
    fields: [Vec<Hit>; 6],
    positions: Vec<u32>,
}

impl TermHits {
    /// The hits in one field, by unit.
    pub fn field(&self, field: Field) -> &[Hit] {
        &self.fields[field as usize]
    }

    /// The word positions of a hit.
    pub fn positions(&self, hit: &Hit) -> &[u32] {
        let start = hit.pos_start as usize;
        self.positions
            .get(start..start + hit.tf as usize)
            .unwrap_or(&[])
    }

    /// The hits of `unit` in `field`.
    pub fn in_unit(&self, field: Field, unit: u32) -> &[Hit] {
        let hits = self.field(field);
        let from = hits.partition_point(|h| h.unit < unit);
        // A unit has few hits (one per matching dictionary word): read them instead of a
        // second binary search.
        let rest = hits.get(from..).unwrap_or(&[]);
        let len = rest.iter().take_while(|h| h.unit == unit).count();
        &rest[..len]
    }

    /// Best quality and total frequency of the term in `unit`.
    pub fn unit_score(&self, field: Field, unit: u32) -> Option<(f32, u32)> {
        let hits = self.in_unit(field, unit);
        let best = hits.iter().map(|h| h.quality).fold(0.0, f32::max);
        (!hits.is_empty()).then(|| (best, hits.iter().map(|h| h.tf).sum()))
    }

    /// All positions of the term in `unit`, sorted, without repeats, written to `out`
    /// (cleared first).
    pub fn unit_positions_into(&self, field: Field, unit: u32, out: &mut Vec<u32>) {
        out.clear();
        for h in self.in_unit(field, unit) {
            out.extend_from_slice(self.positions(h));
        }
        out.sort_unstable();
        out.dedup();
    }

    fn push(&mut self, field: Field, unit: u32, quality: f32, positions: &[u32]) {
        let pos_start = self.positions.len() as u32;
        self.positions.extend_from_slice(positions);
        self.fields[field as usize].push(Hit {
            unit,
            quality,
            tf: positions.len() as u32,
            pos_start,
        });
    }
}

/// The open dictionary and postings.
pub struct View<'a> {
    /// The term dictionary.
    pub terms: Map<&'a [u8]>,
    /// The postings.
    pub postings: &'a dyn Postings,
    /// The index's derived tables (for the speaker postings, which are not stored).
    pub derived: &'a Derived,
}

impl View<'_> {
    /// Where `term` occurs.
    pub fn term_hits(&self, term: &Term) -> TermHits {
        match term {
            Term::Word { word, prefix } => self.word_hits(word, *prefix, true),
            Term::Phrase(words) => self.phrase_hits(words),
        }
    }

    fn word_hits(&self, word: &str, prefix: bool, typos: bool) -> TermHits {
        let mut hits = TermHits::default();
        let groups = expand(&self.terms, self.postings, word, prefix, typos);
        let merged = groups.len() > 1;
        for (offset, q) in groups {
            let Some((bytes, at)) = self.postings.group(offset) else {
                continue;
            };
            let TermHits { fields, positions } = &mut hits;
            decode_group(bytes, at, positions, |field, p| {
                fields[field as usize].push(Hit {
                    unit: p.unit,
                    quality: q,
                    tf: p.tf,
                    pos_start: p.pos_start,
                });
            });
        }
        self.add_speakers(&mut hits);
        if merged {
            for list in &mut hits.fields {
                list.sort_unstable_by_key(|h| h.unit);
            }
        }
        hits
    }

    /// A claim's speaker is its person's name: speaker hits are the person hits, claim by claim.
    fn add_speakers(&self, hits: &mut TermHits) {
        let [.., speakers, _, people] = &mut hits.fields;
        for h in people.iter() {
            speakers.extend(
                self.derived
                    .claims_of(h.unit)
                    .iter()
                    .map(|&claim| Hit { unit: claim, ..*h }),
            );
        }
        speakers.sort_unstable_by_key(|h| h.unit);
    }

    fn phrase_hits(&self, words: &[String]) -> TermHits {
        let parts: Vec<TermHits> = words
            .iter()
            .map(|w| self.word_hits(w, false, false))
            .collect();
        let mut out = TermHits::default();
        // Buffers reused from unit to unit: each word's positions, and the covered ones.
        let mut lists: Vec<Vec<u32>> = vec![Vec::new(); parts.len()];
        let mut covered = Vec::new();
        for field in Field::ALL {
            let Some(rarest) = parts.iter().min_by_key(|p| p.field(field).len()) else {
                continue;
            };
            let mut last = None;
            for unit in rarest.field(field).iter().map(|h| h.unit) {
                if last == Some(unit) {
                    continue;
                }
                last = Some(unit);
                for (list, part) in lists.iter_mut().zip(&parts) {
                    part.unit_positions_into(field, unit, list);
                }
                phrase_positions(&lists, &mut covered);
                if !covered.is_empty() {
                    out.push(field, unit, quality::EXACT, &covered);
                }
            }
        }
        out
    }
}

/// Positions covered by occurrences of consecutive words, given each word's positions,
/// written to `covered` (cleared first).
fn phrase_positions(lists: &[Vec<u32>], covered: &mut Vec<u32>) {
    covered.clear();
    let Some(first) = lists.first() else {
        return;
    };
    for &p in first {
        let follows = lists
            .iter()
            .enumerate()
            .skip(1)
            .all(|(i, l)| l.binary_search(&(p + i as u32)).is_ok());
        if follows {
            covered.extend(p..p + lists.len() as u32);
        }
    }
    covered.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_need_consecutive_positions() {
        let mut covered = vec![99];
        phrase_positions(&[vec![1, 5, 9], vec![2, 7, 10], vec![3, 11]], &mut covered);
        assert_eq!(covered, [1, 2, 3, 9, 10, 11]);
        phrase_positions(&[vec![1], vec![3]], &mut covered);
        assert!(covered.is_empty());
    }
}
