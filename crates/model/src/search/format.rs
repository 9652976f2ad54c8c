//! The shipped index: its serialized tables and the byte layout of its postings.
//!
//! Writer and reader share these types: the native builder (`dossier_corpus::index`) fills a
//! [`SearchIndex`] with [`encode_group`]; the query code reads it with [`decode_group`]. This
//! module knows the layout only: it does not tokenize, parse queries or rank.
//!
//! Layout. `terms` is an `fst` map from every indexed surface word *and* every stem to the byte
//! offset of its stem's group in `postings`. A group is
//! `varint(len) { field:u8 varint(seg_len) varint(units) { varint(Δunit) varint(tf) varint(Δpos)×tf }×units }×fields`,
//! units ascending within a field, positions ascending within a unit (word indices in the
//! unit's text).

use serde::{Deserialize, Serialize};

use super::derived::DerivedCell;

/// The text fields of the index. Each names what its units are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Field {
    /// A document's title; unit = document index.
    Title = 0,
    /// A sentence of a document; unit = global sentence index (see [`DocEntry::first_sentence`]).
    Body = 1,
    /// The text of a claim; unit = claim index.
    Quote = 2,
    /// The speaker of a claim; unit = claim index.
    Speaker = 3,
    /// The label of a timeline event; unit = event index.
    Event = 4,
    /// A person's name; unit = person index.
    Person = 5,
}

impl Field {
    /// Every field, in layout order.
    pub const ALL: [Field; 6] = [
        Field::Title,
        Field::Body,
        Field::Quote,
        Field::Speaker,
        Field::Event,
        Field::Person,
    ];

    fn from_byte(b: u8) -> Option<Field> {
        Field::ALL.get(b as usize).copied()
    }
}

/// The search index shipped inside the corpus. Indices refer to the corpus's own vectors
/// (`documents`, `claims`, `timeline`) in their order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// The term dictionary: `fst` map bytes (word or stem → group offset in `postings`).
    pub terms: Vec<u8>,
    /// The postings groups, back to back.
    pub postings: Vec<u8>,
    /// One entry per document.
    pub docs: Vec<DocEntry>,
    /// Word count of every sentence (global sentence order), saturated at 255.
    pub sentence_lengths: Vec<u8>,
    /// One entry per claim.
    pub claims: Vec<ClaimEntry>,
    /// One entry per timeline event.
    pub events: Vec<EventEntry>,
    /// The people who speak in the claims, by name as first written.
    pub people: Vec<String>,
    /// Tables derived on the first query (never serialized).
    #[serde(skip)]
    pub(crate) derived: DerivedCell,
}

/// What ranking and filtering need to know about one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocEntry {
    /// Global index of its first sentence; its sentences follow consecutively.
    pub first_sentence: u32,
    /// How many sentences it has.
    pub sentence_count: u32,
    /// Word count of the title.
    pub title_len: u16,
    /// Word count of all its sentences.
    pub body_len: u32,
    /// Publication date as days since 1970-01-01, if known.
    pub date: Option<i32>,
}

/// What the query code needs to know about one claim.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimEntry {
    /// Document index.
    pub doc: u32,
    /// Global sentence index of where it is said.
    pub sentence: u32,
    /// Index into [`SearchIndex::people`], if the claim has a speaker.
    pub person: Option<u32>,
}

/// What the query code needs to know about one timeline event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventEntry {
    /// First and last day covered by its value (days since 1970-01-01), if it is a date.
    pub days: Option<(i32, i32)>,
    /// Global sentence indices of its mentions, ascending.
    pub sentences: Vec<u32>,
}

/// One unit's postings in a field, as the builder hands them over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitPostings {
    /// The unit (document, sentence, claim, event or person index).
    pub unit: u32,
    /// Word positions within the unit's text, ascending.
    pub positions: Vec<u32>,
}

/// Appends one group (all postings of one stem) to `out`; `fields` must be in field order with
/// units ascending. Returns the group's offset.
pub fn encode_group(out: &mut Vec<u8>, fields: &[(Field, Vec<UnitPostings>)]) -> u64 {
    let mut body = Vec::new();
    for (field, units) in fields.iter().filter(|(_, u)| !u.is_empty()) {
        let mut seg = Vec::new();
        put_varint(&mut seg, units.len() as u32);
        let mut last_unit = 0;
        for u in units {
            put_varint(&mut seg, u.unit - last_unit);
            last_unit = u.unit;
            put_varint(&mut seg, u.positions.len() as u32);
            let mut last_pos = 0;
            for &p in &u.positions {
                put_varint(&mut seg, p - last_pos);
                last_pos = p;
            }
        }
        body.push(*field as u8);
        put_varint(&mut body, seg.len() as u32);
        body.extend_from_slice(&seg);
    }
    let offset = out.len() as u64;
    put_varint(out, body.len() as u32);
    out.extend_from_slice(&body);
    offset
}

/// One decoded posting: a unit of a field, its term frequency and where its positions are.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Posting {
    /// The unit index.
    pub unit: u32,
    /// Start of its positions in the shared positions buffer.
    pub pos_start: u32,
    /// How many positions (the term frequency).
    pub tf: u32,
}

/// The byte segments of one group, by field.
pub fn group_segments(postings: &[u8], offset: u64) -> Vec<(Field, &[u8])> {
    let mut out = Vec::new();
    let Some(mut at) = usize::try_from(offset).ok() else {
        return out;
    };
    let Some(len) = get_varint(postings, &mut at) else {
        return out;
    };
    let end = at.saturating_add(len as usize).min(postings.len());
    while at < end {
        let Some(field) = Field::from_byte(postings[at]) else {
            break;
        };
        at += 1;
        let Some(seg_len) = get_varint(postings, &mut at) else {
            break;
        };
        let seg_end = at.saturating_add(seg_len as usize).min(end);
        out.push((field, &postings[at..seg_end]));
        at = seg_end;
    }
    out
}

/// Decodes a segment, appending its postings to `out` and positions to `positions`.
/// Damaged bytes end the decoding early instead of failing.
pub fn decode_segment(segment: &[u8], out: &mut Vec<Posting>, positions: &mut Vec<u32>) {
    let mut at = 0;
    let Some(count) = get_varint(segment, &mut at) else {
        return;
    };
    let mut unit = 0u32;
    for _ in 0..count {
        let (Some(du), Some(tf)) = (get_varint(segment, &mut at), get_varint(segment, &mut at))
        else {
            return;
        };
        unit = unit.wrapping_add(du);
        let pos_start = positions.len() as u32;
        let mut pos = 0u32;
        for _ in 0..tf {
            let Some(dp) = get_varint(segment, &mut at) else {
                return;
            };
            pos = pos.wrapping_add(dp);
            positions.push(pos);
        }
        out.push(Posting {
            unit,
            pos_start,
            tf,
        });
    }
}

/// Appends `v` as LEB128.
pub fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads a LEB128 value at `*at`, advancing it; `None` on truncated or overlong input.
pub fn get_varint(bytes: &[u8], at: &mut usize) -> Option<u32> {
    let mut v = 0u32;
    for shift in (0..35).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        v |= u32::from(b & 0x7f).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip() {
        let mut buf = Vec::new();
        for v in [0, 1, 127, 128, 300, u32::MAX] {
            put_varint(&mut buf, v);
        }
        let mut at = 0;
        let back: Vec<_> = (0..6).map(|_| get_varint(&buf, &mut at).unwrap()).collect();
        assert_eq!(back, [0, 1, 127, 128, 300, u32::MAX]);
        assert_eq!(get_varint(&[0x80], &mut 0), None);
    }

    #[test]
    fn groups_round_trip() {
        let mut out = vec![9, 9];
        let fields = vec![
            (
                Field::Title,
                vec![UnitPostings {
                    unit: 3,
                    positions: vec![0],
                }],
            ),
            (
                Field::Body,
                vec![
                    UnitPostings {
                        unit: 5,
                        positions: vec![2, 7],
                    },
                    UnitPostings {
                        unit: 900,
                        positions: vec![1],
                    },
                ],
            ),
        ];
        let offset = encode_group(&mut out, &fields);
        assert_eq!(offset, 2);
        let segs = group_segments(&out, offset);
        assert_eq!(segs.len(), 2);
        let (mut p, mut pos) = (Vec::new(), Vec::new());
        decode_segment(segs[1].1, &mut p, &mut pos);
        assert_eq!(
            p[1],
            Posting {
                unit: 900,
                pos_start: 2,
                tf: 1
            }
        );
        assert_eq!(pos, [2, 7, 1]);
        assert!(group_segments(&out, 999).is_empty());
    }
}
