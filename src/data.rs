//! The embedded corpus model: opened once, format version checked, shared read-only.

use std::sync::OnceLock;

use dossier_model::{Corpus, DecodeError};

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The embedded corpus, or why it cannot be opened (for example, a format-version mismatch).
pub fn corpus() -> Result<&'static Corpus, &'static DecodeError> {
    static OPENED: OnceLock<Result<Corpus, DecodeError>> = OnceLock::new();
    OPENED.get_or_init(|| Corpus::from_bytes(EMBEDDED)).as_ref()
}

/// The embedded corpus; only called below the app's root, which shows an error page instead of
/// the views when the corpus cannot be opened.
pub fn loaded() -> &'static Corpus {
    static EMPTY: OnceLock<Corpus> = OnceLock::new();
    corpus().unwrap_or_else(|_| EMPTY.get_or_init(Corpus::default))
}
