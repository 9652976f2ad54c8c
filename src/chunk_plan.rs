//! How a large corpus's search postings are shipped apart from the app: the size above which
//! they are cut into chunks, the content hash that names a chunk set, and where its chunks are
//! served from.
//!
//! Shared by `build.rs` (which cuts the postings and writes the chunks) and the app (which
//! fetches them), so both agree on names; `scripts/post-build.mjs` and `public/sw.js` match the
//! same `search-<hash>/<i>.bin` shape. Pure functions only: no I/O, no fetching, no cutting
//! (that is `dossier_model::search::split`).

/// The environment variable that sets the chunk size in bytes.
pub const CHUNK_BYTES_VAR: &str = "DOSSIER_SEARCH_CHUNK_BYTES";

/// Chunk size when the variable is not set (as the browser benchmark's chunks).
pub const DEFAULT_CHUNK_BYTES: usize = 64 * 1024;

/// Postings up to this many chunks' worth stay embedded: a few round trips would save too
/// little of the first load (the seeds' 15 KB of postings are far below 8 × 64 KiB).
pub const EMBEDDED_CHUNKS: usize = 8;

/// The chunk size the build asked for: `value` is the variable's text, `None` when unset.
pub fn chunk_bytes(value: Option<&str>) -> Result<usize, String> {
    let Some(text) = value else {
        return Ok(DEFAULT_CHUNK_BYTES);
    };
    match text.trim().parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!(
            "{CHUNK_BYTES_VAR} must be a positive number of bytes, not {text:?}"
        )),
    }
}

/// Whether postings of `postings_len` bytes are cut into chunks of `chunk_bytes`: only when they
/// are larger than [`EMBEDDED_CHUNKS`] chunks.
pub fn is_chunked(postings_len: usize, chunk_bytes: usize) -> bool {
    postings_len > chunk_bytes.saturating_mul(EMBEDDED_CHUNKS)
}

/// A 64-bit FNV-1a hash of the chunks (each one's length, then its bytes), as 16 hex digits:
/// the same chunks always give the same name, and a different cut or content another.
pub fn content_hash(chunks: &[Vec<u8>]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for chunk in chunks {
        for &byte in (chunk.len() as u64).to_le_bytes().iter().chain(chunk) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
    }
    format!("{hash:016x}")
}

/// The folder (under the site's root) that serves the chunks named by `hash`.
pub fn folder(hash: &str) -> String {
    format!("search-{hash}")
}

/// The absolute URL of chunk `i` under a folder's base (`/search-<hash>/`).
pub fn chunk_url(base: &str, i: u32) -> String {
    format!("{base}{i}.bin")
}

/// How many bytes chunk `i` holds, from where the chunks start and the postings' length;
/// `None` for a chunk that does not exist.
pub fn chunk_len(starts: &[u64], total: u64, i: u32) -> Option<u64> {
    let i = i as usize;
    let from = *starts.get(i)?;
    let to = starts.get(i + 1).copied().unwrap_or(total);
    to.checked_sub(from)
}

/// The Rust source `build.rs` writes for the app: the chunks' base URL, where each starts and
/// the length of the whole postings.
pub fn generated_source(hash: &str, starts: &[u64], total: u64) -> String {
    let starts: Vec<String> = starts.iter().map(u64::to_string).collect();
    format!(
        "// Written by build.rs: the search postings chunks of the embedded corpus.\n\
         /// Where the chunks are served from (the site root's `{folder}/`).\n\
         pub const BASE: &str = \"/{folder}/\";\n\
         /// The offset in the whole postings where each chunk starts.\n\
         pub const STARTS: &[u64] = &[{starts}];\n\
         /// The length of the whole postings (where the last chunk ends).\n\
         pub const TOTAL: u64 = {total};\n",
        folder = folder(hash),
        starts = starts.join(", "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_bytes_defaults_and_rejects_nonsense() {
        assert_eq!(chunk_bytes(None), Ok(64 * 1024));
        assert_eq!(chunk_bytes(Some("256")), Ok(256));
        assert_eq!(chunk_bytes(Some(" 4096\n")), Ok(4096));
        assert!(chunk_bytes(Some("0")).is_err());
        assert!(chunk_bytes(Some("-1")).is_err());
        assert!(
            chunk_bytes(Some("64k"))
                .unwrap_err()
                .contains(CHUNK_BYTES_VAR)
        );
    }

    #[test]
    fn only_postings_larger_than_eight_chunks_are_cut() {
        assert!(!is_chunked(0, 256));
        assert!(!is_chunked(2048, 256));
        assert!(is_chunked(2049, 256));
        // The seeds' postings (about 15 KB) stay embedded with the default chunk size.
        assert!(!is_chunked(15_000, DEFAULT_CHUNK_BYTES));
        assert!(is_chunked(2_445_760, DEFAULT_CHUNK_BYTES));
        assert!(!is_chunked(usize::MAX, usize::MAX), "no overflow");
    }

    #[test]
    fn content_hash_is_fnv1a_over_lengths_and_bytes() {
        // No chunk: the FNV-1a 64 offset basis itself.
        assert_eq!(content_hash(&[]), "cbf29ce484222325");
        // One chunk "a": FNV-1a 64 over 01 00 00 00 00 00 00 00 61, computed by a separate
        // Python implementation that reproduces the published vector for "a" (af63dc4c8601ec8c).
        let a = content_hash(&[b"a".to_vec()]);
        assert_eq!(a, "529a4ddc8ff56bbf");
        assert_eq!(a, content_hash(&[b"a".to_vec()]), "deterministic");
        // The same bytes cut differently are another chunk set.
        assert_ne!(
            content_hash(&[b"ab".to_vec()]),
            content_hash(&[b"a".to_vec(), b"b".to_vec()])
        );
        assert_ne!(
            content_hash(&[b"ab".to_vec()]),
            content_hash(&[b"ba".to_vec()])
        );
    }

    #[test]
    fn names_and_urls_share_one_shape() {
        assert_eq!(folder("00ff"), "search-00ff");
        assert_eq!(chunk_url("/search-00ff/", 3), "/search-00ff/3.bin");
        let source = generated_source("00ff", &[0, 700, 1500], 2000);
        assert!(
            source.contains("pub const BASE: &str = \"/search-00ff/\";"),
            "{source}"
        );
        assert!(
            source.contains("pub const STARTS: &[u64] = &[0, 700, 1500];"),
            "{source}"
        );
        assert!(source.contains("pub const TOTAL: u64 = 2000;"), "{source}");
    }

    #[test]
    fn chunk_lengths_follow_the_starts() {
        let starts = [0, 700, 1500];
        assert_eq!(chunk_len(&starts, 2000, 0), Some(700));
        assert_eq!(chunk_len(&starts, 2000, 1), Some(800));
        assert_eq!(chunk_len(&starts, 2000, 2), Some(500));
        assert_eq!(chunk_len(&starts, 2000, 3), None);
        assert_eq!(
            chunk_len(&starts, 1000, 2),
            None,
            "a total before the last start is no length"
        );
    }
}
