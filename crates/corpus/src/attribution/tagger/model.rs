//! Model: the tagger's weights and their file format.
//!
//! Weights are kept per feature bucket (one number per tag) plus a tag-to-tag transition table.
//! On disk: `DTAG`, a version byte, the bucket bits, a scale, the transition table as f32, then
//! each non-zero bucket as its id and one i16 per tag (weights divided by the scale), all
//! little-endian. It does not train or decode.

use std::collections::HashMap;

use super::TAGS;
use super::features::BUCKET_BITS;

const MAGIC: &[u8; 4] = b"DTAG";
const VERSION: u8 = 1;
/// Rows of the transition table: one per previous tag, and one for a sequence's start.
pub const FROM_ROWS: usize = TAGS + 1;
/// The transition row for a sequence's first token.
pub const START: usize = TAGS;

/// Why weights could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    /// Not a tagger file (or an empty one).
    #[error("not a tagger weights file")]
    NotWeights,
    /// Written for another version or bucket count.
    #[error(
        "tagger weights of version {version} with {bits} bucket bits; this build reads version {VERSION} with {BUCKET_BITS}"
    )]
    Incompatible {
        /// The file's version.
        version: u8,
        /// The file's bucket bits.
        bits: u8,
    },
    /// Ends early.
    #[error("tagger weights file is truncated")]
    Truncated,
}

/// Trained weights.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Weight per tag, for each feature bucket that has any.
    pub(super) rows: HashMap<u32, [f32; TAGS]>,
    /// Weight of each (previous tag or start, tag) pair.
    pub(super) transitions: [[f32; TAGS]; FROM_ROWS],
}

impl Model {
    /// Tag scores of a token with features `ids`.
    pub fn emission(&self, ids: &[u32]) -> [f32; TAGS] {
        let mut out = [0.0; TAGS];
        for row in ids.iter().filter_map(|id| self.rows.get(id)) {
            for (o, w) in out.iter_mut().zip(row) {
                *o += w;
            }
        }
        out
    }

    /// The same model without the feature rows whose every weight is below `min` in size (most
    /// rows are features seen once or twice, which barely move a score).
    pub fn pruned(mut self, min: f32) -> Model {
        self.rows
            .retain(|_, row| row.iter().any(|w| w.abs() >= min));
        self
    }

    /// Number of feature rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether it has no feature rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The weights as bytes (see the module doc).
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self
            .rows
            .values()
            .flatten()
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 {
            max / f32::from(i16::MAX)
        } else {
            1.0
        };
        let mut ids: Vec<u32> = self.rows.keys().copied().collect();
        ids.sort_unstable();
        let mut out = Vec::with_capacity(16 + ids.len() * (4 + 2 * TAGS));
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.push(BUCKET_BITS as u8);
        out.extend_from_slice(&scale.to_le_bytes());
        for w in self.transitions.iter().flatten() {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&(ids.len() as u32).to_le_bytes());
        for id in ids {
            out.extend_from_slice(&id.to_le_bytes());
            for w in &self.rows[&id] {
                let q = (w / scale)
                    .round()
                    .clamp(f32::from(i16::MIN), f32::from(i16::MAX));
                out.extend_from_slice(&(q as i16).to_le_bytes());
            }
        }
        out
    }

    /// Reads weights written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(ModelError::NotWeights);
        }
        let (version, bits) = (r.take(1)?[0], r.take(1)?[0]);
        if version != VERSION || u32::from(bits) != BUCKET_BITS {
            return Err(ModelError::Incompatible { version, bits });
        }
        let scale = r.f32()?;
        let mut transitions = [[0.0; TAGS]; FROM_ROWS];
        for w in transitions.iter_mut().flatten() {
            *w = r.f32()?;
        }
        let n = r.u32()? as usize;
        let mut rows = HashMap::with_capacity(n);
        for _ in 0..n {
            let id = r.u32()?;
            let mut row = [0.0; TAGS];
            for w in &mut row {
                let b = r.take(2)?;
                *w = f32::from(i16::from_le_bytes([b[0], b[1]])) * scale;
            }
            rows.insert(id, row);
        }
        Ok(Model { rows, transitions })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let slice = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or(if self.at == 0 {
                ModelError::NotWeights
            } else {
                ModelError::Truncated
            })?;
        self.at += n;
        Ok(slice)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Model {
        let mut rows = HashMap::new();
        rows.insert(7, [1.0, -2.0, 0.5, 0.0, 0.0, 3.0, -1.0]);
        rows.insert(900, [0.0, 0.25, 0.0, 0.0, 0.0, 0.0, 0.0]);
        let mut transitions = [[0.0; TAGS]; FROM_ROWS];
        transitions[START][1] = 1.5;
        Model { rows, transitions }
    }

    #[test]
    fn weights_survive_a_round_trip_within_quantisation() {
        let m = small();
        let back = Model::from_bytes(&m.to_bytes()).expect("round trip");
        assert_eq!(back.transitions, m.transitions);
        let e = back.emission(&[7, 900, 12345]);
        // 1.0 + 0, -2.0 + 0.25, ...: the unknown id 12345 adds nothing.
        assert!(
            (e[0] - 1.0).abs() < 1e-3 && (e[1] + 1.75).abs() < 1e-3 && (e[5] - 3.0).abs() < 1e-3
        );
    }

    #[test]
    fn empty_or_cut_files_are_errors_not_panics() {
        assert_eq!(Model::from_bytes(b""), Err(ModelError::NotWeights));
        assert_eq!(Model::from_bytes(b"nope"), Err(ModelError::NotWeights));
        let bytes = small().to_bytes();
        assert_eq!(
            Model::from_bytes(&bytes[..bytes.len() - 3]),
            Err(ModelError::Truncated)
        );
    }
}
