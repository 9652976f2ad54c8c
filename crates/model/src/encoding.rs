//! The framing of the embedded model: a magic tag and a format version before the bitcode body.
//!
//! It owns byte layout only; it knows nothing of what the types mean.

use crate::Corpus;

/// The version of the serialized model. Bump it whenever a serialized type changes shape.
pub const FORMAT_VERSION: u32 = 4;

const MAGIC: &[u8; 4] = b"DSSR";

/// Why bytes could not be opened as a [`Corpus`].
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeError {
    /// The bytes do not start with the Dossier tag.
    #[error("not a Dossier model (missing header)")]
    NotAModel,
    /// The bytes were written by another format version.
    #[error("model format version {found} cannot be read by this app (it reads version {expected}); rebuild the app and its data together")]
    VersionMismatch {
        /// The version in the data.
        found: u32,
        /// The version this code reads.
        expected: u32,
    },
    /// The header is right but the body is damaged.
    #[error("the model data is damaged: {0}")]
    Corrupt(String),
}

impl Corpus {
    /// Serializes the corpus with its header.
    pub fn to_bytes(&self) -> Vec<u8> {
        let body = bitcode::serialize(self).expect("the corpus model is always serializable");
        let mut bytes = Vec::with_capacity(body.len() + 8);
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        bytes.extend_from_slice(&body);
        bytes
    }

    /// Opens bytes written by [`Corpus::to_bytes`], checking the format version first.
    pub fn from_bytes(bytes: &[u8]) -> Result<Corpus, DecodeError> {
        if bytes.len() < 8 || &bytes[..4] != MAGIC {
            return Err(DecodeError::NotAModel);
        }
        let found = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]);
        if found != FORMAT_VERSION {
            return Err(DecodeError::VersionMismatch { found, expected: FORMAT_VERSION });
        }
        bitcode::deserialize(&bytes[8..]).map_err(|e| DecodeError::Corrupt(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Story;

    #[test]
    fn round_trips() {
        let corpus = Corpus::new(Story { title: "A story".into(), sources: vec!["a".into()] });
        assert_eq!(Corpus::from_bytes(&corpus.to_bytes()), Ok(corpus));
    }

    #[test]
    fn rejects_other_version() {
        let mut bytes = Corpus::default().to_bytes();
        bytes[4..8].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
        assert_eq!(
            Corpus::from_bytes(&bytes),
            Err(DecodeError::VersionMismatch { found: FORMAT_VERSION + 1, expected: FORMAT_VERSION })
        );
    }

    #[test]
    fn rejects_foreign_and_damaged_bytes() {
        assert_eq!(Corpus::from_bytes(b"hello world"), Err(DecodeError::NotAModel));
        let mut bytes = Corpus::default().to_bytes();
        bytes.truncate(9);
        assert!(matches!(Corpus::from_bytes(&bytes), Err(DecodeError::Corrupt(_))));
    }
}
