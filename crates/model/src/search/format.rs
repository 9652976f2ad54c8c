//! The shipped index: its serialized tables and the byte layout of its postings.
//!
//! Writer and reader share these types: the native builder (`dossier_corpus::index`) fills a
//! [`SearchIndex`] with [`encode_group`]; the query code reads it with [`decode_group`]. This
//! module knows the layout only: it does not tokenize, parse queries or rank.
//!
//! Layout. `terms` is an `fst` map from every indexed surface word *and* every stem to the byte
//! offset of its stem's group in `postings`. A group is
//! `mask:u8 varint(units)×fields { varint(Δunit) { varint(Δpos << 1 | more) }×tf }×units×fields`:
//! the mask has bit `f` set for each field with postings, the unit counts come first (so a
//! group's frequency is read without decoding it), units ascend within a field and positions
//! (word indices in the unit's text) within a unit; the low bit of a position says whether
//! another follows, so the term frequency costs no byte. Speaker postings are not stored: they
//! are the Person postings of each claim's speaker (see `derived`).

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
/// units ascending; units without positions are left out. Returns the group's offset.
pub fn encode_group(out: &mut Vec<u8>, fields: &[(Field, Vec<UnitPostings>)]) -> u64 {
    let offset = out.len() as u64;
    let present: Vec<(Field, Vec<&UnitPostings>)> = fields
        .iter()
        .map(|(f, units)| {
            (
                *f,
                units.iter().filter(|u| !u.positions.is_empty()).collect(),
            )
        })
        .filter(|(_, units): &(Field, Vec<&UnitPostings>)| !units.is_empty())
        .collect();
    out.push(
        present
            .iter()
            .fold(0u8, |mask, (f, _)| mask | 1 << (*f as u8)),
    );
    for (_, units) in &present {
        put_varint(out, units.len() as u32);
    }
    for (_, units) in &present {
        let mut last_unit = 0;
        for u in units {
            put_varint(out, u.unit.wrapping_sub(last_unit));
            last_unit = u.unit;
            let mut last_pos = 0;
            for (i, &p) in u.positions.iter().enumerate() {
                let more = u32::from(i + 1 < u.positions.len());
                put_varint(
                    out,
                    (p.wrapping_sub(last_pos) & (u32::MAX >> 1)) << 1 | more,
                );
                last_pos = p;
            }
        }
    }
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

/// The fields of a group and their unit counts, and where their postings start.
fn group_header(postings: &[u8], offset: u64) -> Option<(Vec<(Field, u32)>, usize)> {
    let mut at = usize::try_from(offset).ok()?;
    let mask = *postings.get(at)?;
    at += 1;
    let mut fields = Vec::new();
    for field in Field::ALL
        .into_iter()
        .filter(|f| mask & (1 << (*f as u8)) != 0)
    {
        fields.push((field, get_varint(postings, &mut at)?));
    }
    Some((fields, at))
}

/// How many units a group's postings cover, summed over fields, without decoding them.
pub fn group_units(postings: &[u8], offset: u64) -> u32 {
    group_header(postings, offset)
        .map(|(fields, _)| fields.iter().fold(0u32, |n, (_, c)| n.saturating_add(*c)))
        .unwrap_or(0)
}

/// Decodes the group at `offset`, calling `each` with every posting and its field (fields in
/// order, units ascending within a field) and appending their positions to `positions`.
/// Damaged bytes end the decoding early instead of failing.
pub fn decode_group(
    postings: &[u8],
    offset: u64,
    positions: &mut Vec<u32>,
    mut each: impl FnMut(Field, Posting),
) {
    let Some((fields, mut at)) = group_header(postings, offset) else {
        return;
    };
    for (field, count) in fields {
        let complete = decode_units(postings, &mut at, count, positions, |p| each(field, p));
        if !complete {
            return;
        }
    }
}

/// Decodes `count` postings at `*at`; false when the bytes ran out first.
fn decode_units(
    bytes: &[u8],
    at: &mut usize,
    count: u32,
    positions: &mut Vec<u32>,
    mut out: impl FnMut(Posting),
) -> bool {
    let mut unit = 0u32;
    for _ in 0..count {
        let Some(du) = get_varint(bytes, at) else {
            return false;
        };
        unit = unit.wrapping_add(du);
        let pos_start = positions.len() as u32;
        let mut pos = 0u32;
        loop {
            let Some(v) = get_varint(bytes, at) else {
                return false;
            };
            pos = pos.wrapping_add(v >> 1);
            positions.push(pos);
            if v & 1 == 0 {
                break;
            }
        }
        out(Posting {
            unit,
            pos_start,
            tf: positions.len() as u32 - pos_start,
        });
    }
    true
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
            (Field::Quote, Vec::new()),
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
        // mask (title | body), counts 1 and 2, then: unit 3 pos 0; unit 5 pos 2 (more) pos +5;
        // unit +895 (two bytes) pos 1.
        assert_eq!(out[2..], [0b11, 1, 2, 3, 0, 5, 5, 10, 0xff, 6, 2]);
        assert_eq!(group_units(&out, offset), 3);
        let mut positions = Vec::new();
        let mut seen = Vec::new();
        decode_group(&out, offset, &mut positions, |f, p| {
            seen.push((f, p.unit, p.tf))
        });
        assert_eq!(
            seen,
            [
                (Field::Title, 3, 1),
                (Field::Body, 5, 2),
                (Field::Body, 900, 1)
            ]
        );
        assert_eq!(positions, [0, 2, 7, 1]);
        // Truncated or absent groups decode to nothing, or less, without panicking.
        let mut none = Vec::new();
        decode_group(&out, 999, &mut positions, |f, p| none.push((f, p.unit)));
        assert!(none.is_empty());
        decode_group(&out[..8], offset, &mut positions, |f, p| {
            none.push((f, p.unit))
        });
        assert_eq!(none, [(Field::Title, 3)]);
    }
}
