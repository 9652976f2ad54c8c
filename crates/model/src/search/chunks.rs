//! Where the query code reads postings from: the whole postings in memory, or chunks of them
//! fetched on demand (as Pagefind does) so a large corpus's first load stays small.
//!
//! [`split`] cuts an index into a root (dictionary and document table), the claim, event and
//! person tables (needed from the first query on, not at load) and postings chunks at group
//! boundaries; [`ChunkSet`] serves the chunks that are loaded and records the
//! ones a query needed but did not have, so the caller fetches them and runs the query again.
//! The query code is the same either way: it only sees [`Postings`]. This module does not
//! fetch anything itself and does not rank.

use std::cell::RefCell;

use serde::{Deserialize, Serialize};

use super::format::{SearchIndex, group_units};

/// A source of postings groups by their offset in the index's postings.
pub trait Postings {
    /// The bytes holding the group at `offset` and the group's offset within them, or `None`
    /// when that part of the postings is not available (yet).
    fn group(&self, offset: u64) -> Option<(&[u8], u64)>;

    /// How many units the group at `offset` covers (0 when unavailable).
    fn units(&self, offset: u64) -> u32 {
        self.group(offset)
            .map(|(bytes, at)| group_units(bytes, at))
            .unwrap_or(0)
    }
}

impl Postings for Vec<u8> {
    fn group(&self, offset: u64) -> Option<(&[u8], u64)> {
        Some((self, offset))
    }
}

/// The first load of a chunked index: the index without its postings and its claim, event
/// and person tables, and where each postings chunk starts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChunkedRoot {
    /// Dictionary and document table; `postings`, `claims`, `events` and `people` are empty
    /// until [`ChunkedRoot::add_tables`].
    pub index: SearchIndex,
    /// Offset (in the whole postings) where each chunk starts, ascending; the first is 0.
    pub starts: Vec<u64>,
    /// Length of the whole postings.
    pub total: u64,
}

/// The claim, event and person tables of a chunked index, loaded separately from the root.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChunkedTables {
    /// [`SearchIndex::claims`].
    pub claims: Vec<super::format::ClaimEntry>,
    /// [`SearchIndex::events`].
    pub events: Vec<super::format::EventEntry>,
    /// [`SearchIndex::people`].
    pub people: Vec<String>,
}

impl ChunkedRoot {
    /// Puts the tables into the root's index (before, queries find documents only).
    pub fn add_tables(&mut self, tables: ChunkedTables) {
        let index = std::mem::take(&mut self.index);
        // A fresh index: its derived tables are recomputed with the new claims and events.
        self.index = SearchIndex {
            claims: tables.claims,
            events: tables.events,
            people: tables.people,
            ..SearchIndex {
                terms: index.terms,
                docs: index.docs,
                ..SearchIndex::default()
            }
        };
    }
}

/// Cuts `index` into a root, its tables and postings chunks of about `target` bytes each (a
/// group is never split, so a chunk may be longer).
pub fn split(index: &SearchIndex, target: usize) -> (ChunkedRoot, ChunkedTables, Vec<Vec<u8>>) {
    let mut groups: Vec<u64> = match fst::Map::new(index.terms.as_slice()) {
        Ok(map) => {
            let mut stream = fst::IntoStreamer::into_stream(map.stream());
            let mut v = Vec::new();
            while let Some((_, offset)) = fst::Streamer::next(&mut stream) {
                v.push(offset);
            }
            v
        }
        Err(_) => Vec::new(),
    };
    groups.sort_unstable();
    groups.dedup();
    let total = index.postings.len() as u64;
    let mut starts = vec![0u64];
    for &g in &groups {
        let last = starts.last().copied().unwrap_or(0);
        if g > last && g - last >= target as u64 && g < total {
            starts.push(g);
        }
    }
    let chunks = starts
        .iter()
        .enumerate()
        .map(|(i, &from)| {
            let to = starts.get(i + 1).copied().unwrap_or(total);
            index
                .postings
                .get(from as usize..to as usize)
                .unwrap_or(&[])
                .to_vec()
        })
        .collect();
    let root = ChunkedRoot {
        index: SearchIndex {
            terms: index.terms.clone(),
            docs: index.docs.clone(),
            ..SearchIndex::default()
        },
        starts,
        total,
    };
    let tables = ChunkedTables {
        claims: index.claims.clone(),
        events: index.events.clone(),
        people: index.people.clone(),
    };
    (root, tables, chunks)
}

/// The postings chunks of a [`ChunkedRoot`] loaded so far.
#[derive(Debug, Default)]
pub struct ChunkSet {
    starts: Vec<u64>,
    chunks: Vec<Option<Vec<u8>>>,
    missing: RefCell<Vec<u32>>,
}

impl ChunkSet {
    /// No chunk loaded yet, for the chunks `root` describes.
    pub fn new(root: &ChunkedRoot) -> Self {
        ChunkSet {
            starts: root.starts.clone(),
            chunks: vec![None; root.starts.len()],
            missing: RefCell::new(Vec::new()),
        }
    }

    /// How many chunks the index has.
    pub fn len(&self) -> usize {
        self.chunks.len()
    }

    /// Whether the index has no chunk.
    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }

    /// Keeps chunk `i`'s bytes (ignored for a chunk that does not exist).
    pub fn insert(&mut self, i: u32, bytes: Vec<u8>) {
        if let Some(slot) = self.chunks.get_mut(i as usize) {
            *slot = Some(bytes);
        }
    }

    /// Whether chunk `i` is loaded.
    pub fn has(&self, i: u32) -> bool {
        self.chunks.get(i as usize).is_some_and(Option::is_some)
    }

    /// The chunks asked for since the last call but not loaded, ascending, without repeats.
    pub fn take_missing(&self) -> Vec<u32> {
        let mut missing = std::mem::take(&mut *self.missing.borrow_mut());
        missing.sort_unstable();
        missing.dedup();
        missing
    }
}

impl Postings for ChunkSet {
    fn group(&self, offset: u64) -> Option<(&[u8], u64)> {
        let i = self
            .starts
            .partition_point(|&s| s <= offset)
            .checked_sub(1)?;
        match self.chunks.get(i) {
            Some(Some(bytes)) => Some((bytes.as_slice(), offset - self.starts[i])),
            Some(None) => {
                self.missing.borrow_mut().push(i as u32);
                None
            }
            None => None,
        }
    }
}
